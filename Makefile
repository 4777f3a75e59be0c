# Koperasi Kota. Every target installs what it needs first (scripts/setup.sh is idempotent).
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: setup serve dist size lint test-unit test-browser test clean

setup:
	@scripts/setup.sh

## serve: the app with Trunk's dev server on http://127.0.0.1:8080/
serve: setup
	@echo "Koperasi Kota: http://127.0.0.1:8080/"
	trunk serve --offline

## dist: the optimised release bundle in dist/, with its sizes
dist: setup
	trunk build --release --offline
	@scripts/size.sh dist

size:
	@scripts/size.sh dist

lint: setup
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p koperasi-kota --lib --bins --target wasm32-unknown-unknown -- -D warnings

test-unit: setup
	cargo test -p koperasi-kota

## test-browser: the browser tests against the built dist/, in Chromium, Firefox and WebKit
## (BROWSERS="chromium" make test-browser for one engine)
BROWSERS ?= chromium firefox webkit
test-browser: dist
	@for b in $(BROWSERS); do \
	  echo "== browser tests in $$b"; \
	  BROWSER=$$b cargo test -p e2e --test browser -- --dist $(CURDIR)/dist || exit 1; \
	done

## test: everything CI runs
test: lint test-unit test-browser

clean:
	rm -rf dist target node_modules
