# Koperasi Kota. Every target installs what it needs first (scripts/setup.sh is idempotent).
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

PHONY_DATA := coverage add-data city
.PHONY: setup setup-build serve dist size budget lighthouse lint check-data $(PHONY_DATA) migrate-data regions fuzz bench test-unit test-browser test clean

## setup: everything (build tools and the three browsers); setup-build: only the build tools
setup:
	@scripts/setup.sh all

setup-build:
	@scripts/setup.sh build

## serve: the app with Trunk's dev server on http://127.0.0.1:8080/
serve: setup-build
	@echo "Koperasi Kota: http://127.0.0.1:8080/"
	trunk serve --offline

## dist: the optimised release bundle in dist/ (a static page per view, written by the
## prerender hook in Trunk.toml), with .br/.gz copies and its sizes
dist: setup-build
	trunk build --release --offline
	@scripts/size.sh dist

size:
	@scripts/size.sh dist

## budget: first paint (home HTML + CSS) <= 30 KB and wasm <= 317.9 KB, brotli (scripts/size.sh)
budget: dist
	@scripts/size.sh dist --check

## lighthouse: mobile Lighthouse on the home and a city page beside the same pages without the
## app; RUNS=5 make lighthouse for medians. In `make test` one run with the gates, up to three
## for a page under the performance floor (scripts/lighthouse.mjs).
RUNS ?= 1
lighthouse: setup dist
	CHROME_PATH=/usr/bin/chromium node scripts/lighthouse.mjs dist --runs $(RUNS) --check

## lint: formatting, clippy (native and wasm32), and the source's layers: no import against the
## layer map in src/lib.rs, no import cycle (scripts/layers.py)
lint: setup
	python3 scripts/layers.py src
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p koperasi-kota --lib --bins --target wasm32-unknown-unknown -- -D warnings

## check-data: validates a dataset (DATA=…, default the bundled one) with the app's own code, and
## that every quote stands word for word in its source's local copy (in TEXTS=…). Rust only.
DATA ?= public/data/koperasi.json
TEXTS ?= tests/fixtures/seeds
check-data:
	cargo run --quiet -p data-tool -- check $(DATA) --texts $(TEXTS)

## coverage: by province, the kabupaten/kota with counts, with counts on 3+ dates, with awards
## and with health results, and the province totals (DATA=…, default the bundled file)
coverage:
	@cargo run --quiet -p data-tool -- coverage $(DATA)

## add-data: RECORDS="batch.json …" make add-data adds records to DATA (sources already there by
## address are reused, cities named by their slugged official name are added from the official
## list, province and national observations go to totals); then run `make check-data`.
add-data:
	@cargo run --quiet -p data-tool -- add $(DATA) $(RECORDS)

## city: NAME="Kabupaten Jember" (or NAME=35.09) make city prints the city's record
city:
	@cargo run --quiet -p data-tool -- city $(NAME)

## migrate-data: FILE=old.json make migrate-data > new.json (schema 1 to schema 2)
migrate-data:
	@cargo run --quiet -p data-tool -- migrate $(FILE)

## regions: rewrites src/data/regions/wilayah.tsv from npm's idn-area-data (pinned in package.json)
regions: setup-build
	node scripts/regions.mjs

## fuzz: the fuzz properties (tests/fuzz.rs) for FUZZ_CASES cases each, optimised;
## `make test` runs 256 of each.
FUZZ_CASES ?= 100000
fuzz:
	PROPTEST_CASES=$(FUZZ_CASES) cargo test --release -p koperasi-kota --test fuzz -- --nocapture

## bench: the national-scale benchmark, not part of `make test` (docs in README, "Benchmark"):
## a synthetic dataset of all 514 kabupaten/kota (`data-tool synth`, SEED), the static pages
## written for it (timed), its bytes, headless Chromium on the release build (BENCH_RUNS runs,
## medians) and the native benches of the pure functions.
SEED ?= 1
BENCH_RUNS ?= 5
bench: setup
	mkdir -p target/bench
	cargo run --release --quiet -p data-tool -- synth --seed $(SEED) > target/bench/synthetic.json
	set -o pipefail; PRERENDER_DATA=target/bench/synthetic.json trunk build --release --offline --dist target/bench/dist 2>&1 | { grep -E 'prerender|error' || true; }
	@echo "bench data bytes: whole $$(stat -c%s target/bench/synthetic.json) raw, $$(brotli -c -q 11 target/bench/synthetic.json | wc -c) brotli (no view loads it: the parts below)"
	@echo "bench data bytes: summary $$(stat -c%s target/bench/dist/data/ringkasan.json) raw, $$(brotli -c -q 11 target/bench/dist/data/ringkasan.json | wc -c) brotli (the home and health pages load it)"
	@echo "bench data bytes: awards $$(stat -c%s target/bench/dist/data/penghargaan.json) raw, $$(brotli -c -q 11 target/bench/dist/data/penghargaan.json | wc -c) brotli (the timeline loads it)"
	@f=$$(ls -S target/bench/dist/data/kota/*.json | head -n 1); echo "bench data bytes: largest city part $$(stat -c%s $$f) raw, $$(brotli -c -q 11 $$f | wc -c) brotli (a city page loads it)"
	cargo run --release --quiet -p e2e --bin bench -- --dist target/bench/dist --runs $(BENCH_RUNS)
	cargo bench -p data-tool --bench pure

test-unit: setup
	cargo test -p koperasi-kota -p prerender -p data-tool
	$(MAKE) --no-print-directory check-data

## test-browser: the browser tests in Chromium, Firefox and WebKit (BROWSERS="chromium" make
## test-browser for one engine) against a site built with the seed data (target/seeds: the cases
## count on its figures, which collecting data does not change), the bundled one (dist/: what it
## covers), and the synthetic national-scale dataset for the cases that load it: linked with
## ?data=, and built into a site of its own (target/national, written in parts)
BROWSERS ?= chromium firefox webkit
test-browser: setup dist
	cargo run --quiet -p data-tool -- synth --seed 1 > target/synthetic.json
	set -o pipefail; PRERENDER_DATA=target/synthetic.json trunk build --release --offline --dist target/national 2>&1 | { grep -E 'prerender|error' || true; }
	set -o pipefail; PRERENDER_DATA=tests/fixtures/seed-data.json trunk build --release --offline --dist target/seeds 2>&1 | { grep -E 'prerender|error' || true; }
	@for b in $(BROWSERS); do \
	  echo "== browser tests in $$b"; \
	  BROWSER=$$b cargo test -p e2e --test browser -- --dist $(CURDIR)/target/seeds --bundled $(CURDIR)/dist --synthetic $(CURDIR)/target/synthetic.json --national $(CURDIR)/target/national || exit 1; \
	done

## test: everything CI runs
test: lint test-unit test-browser budget lighthouse

clean:
	rm -rf dist target node_modules
