// Writes src/data/regions/wilayah.tsv, the official list of Indonesia's provinces and
// kabupaten/kota with their kode wilayah (Kemendagri), from npm's idn-area-data (pinned in
// package.json, data under ODbL: see src/data/regions/LICENSE-ODbL.md).
//
// Refresh: bump idn-area-data in package.json, `npm ci`, `make regions`, review the diff, and
// run `make check-data` (a renamed or re-coded region then shows up as a data problem).
import { readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve("idn-area-data/package.json"));
const version = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")).version;

/** Rows of a simple CSV (the package quotes no field; a quote or an empty field is an error). */
function rows(file, columns) {
  const [header, ...lines] = readFileSync(join(pkgDir, "data", file), "utf8").trim().split(/\r?\n/);
  if (header !== columns.join(",")) throw new Error(`${file}: expected header ${columns}, got ${header}`);
  return lines.map((line, i) => {
    const cells = line.split(",");
    if (cells.length !== columns.length || cells.some((c) => c === "" || c.includes('"')))
      throw new Error(`${file} line ${i + 2}: unexpected row ${line}`);
    return Object.fromEntries(columns.map((c, j) => [c, cells[j].trim()]));
  });
}

const provinces = rows("provinces.csv", ["code", "name"]);
const regencies = rows("regencies.csv", ["code", "province_code", "name"]);
const provinceCodes = new Set(provinces.map((p) => p.code));
for (const r of regencies) {
  if (!provinceCodes.has(r.province_code) || !r.code.startsWith(r.province_code + "."))
    throw new Error(`regency ${r.code} does not belong to province ${r.province_code}`);
  if (!/^(Kota|Kabupaten) /.test(r.name)) throw new Error(`regency ${r.code}: neither Kota nor Kabupaten: ${r.name}`);
}

const out = [
  `# kode wilayah\tnama — idn-area-data ${version} (npm), data under ODbL 1.0; written by scripts/regions.mjs`,
  `# ${provinces.length} provinces, ${regencies.length} kabupaten/kota`,
  ...provinces.map((p) => `${p.code}\t${p.name}`),
  ...regencies.map((r) => `${r.code}\t${r.name}`),
].join("\n") + "\n";
const here = dirname(new URL(import.meta.url).pathname);
const target = join(here, "..", "src", "data", "regions");
writeFileSync(join(target, "wilayah.tsv"), out);
copyFileSync(join(pkgDir, "data", "LICENSE.md"), join(target, "LICENSE-ODbL.md"));
console.log(`wrote src/data/regions/wilayah.tsv: ${provinces.length} provinces, ${regencies.length} kabupaten/kota (idn-area-data ${version})`);
