#!/usr/bin/env bash
# Prints the bytes of every file in dist/, raw and compressed, and the first-load total: what a
# reader on a slow phone connection downloads before the cards appear.
set -euo pipefail
dist=${1:-dist}
printf '%-48s %10s %10s %10s\n' file raw gzip brotli
total_raw=0 total_gz=0 total_br=0
while IFS= read -r f; do
  raw=$(stat -c%s "$f")
  gz=$(gzip -9c "$f" | wc -c)
  br=$(brotli -c -q 11 "$f" | wc -c)
  printf '%-48s %10d %10d %10d\n' "${f#"$dist"/}" "$raw" "$gz" "$br"
  total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz)) total_br=$((total_br + br))
done < <(find "$dist" -type f ! -path '*/.stage/*' | sort)
printf '%-48s %10d %10d %10d\n' "first load (all files)" "$total_raw" "$total_gz" "$total_br"
