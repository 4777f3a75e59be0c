#!/usr/bin/env bash
# Installs whatever the build and the tests need and is missing; skips what is there, so a
# second run takes seconds. Never downloads binaries from GitHub: Rust tools (trunk,
# wasm-bindgen, geckodriver) come from crates.io, wasm-opt and axe-core from npm, the browsers
# (Chromium, Firefox ESR, WebKitGTK) and their drivers from Debian.
set -euo pipefail
cd "$(dirname "$0")/.."
# `setup.sh build`: only what building and serving need; `setup.sh` (all): also the browsers.
MODE=${1:-all}

TRUNK_VERSION=0.21.14
GECKODRIVER_VERSION=0.37.1
say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"

# The wasm-bindgen CLI must match the wasm-bindgen crate exactly; Cargo.lock decides.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if ! grep -q "wasm_bindgen = \"$WASM_BINDGEN_VERSION\"" Trunk.toml; then
  echo "setup: Trunk.toml [tools] wasm_bindgen must be \"$WASM_BINDGEN_VERSION\" (the version in Cargo.lock)" >&2
  exit 1
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding $component"
    rustup component add "$component"
  fi
done

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 6 minutes, once)"
  # --force: cargo's install record may say "installed" when the binary is gone.
  cargo install --locked --force trunk --version "$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: its lock file pins a crate version the registry no longer has.
  cargo install --force wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if [ "$MODE" = all ] && [ "$(geckodriver --version 2>/dev/null | head -n 1 | cut -d' ' -f1-2 || true)" != "geckodriver $GECKODRIVER_VERSION" ]; then
  say "installing geckodriver $GECKODRIVER_VERSION (Firefox's WebDriver)"
  cargo install --locked --force geckodriver --version "$GECKODRIVER_VERSION"
fi

# wasm-opt (binaryen 132), axe-core and lighthouse from npm, exactly as package-lock.json pins them.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -f node_modules/axe-core/axe.min.js ] \
  || [ ! -x node_modules/.bin/lighthouse ] \
  || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm tools (wasm-opt, axe-core, lighthouse)"
  npm ci --no-audit --no-fund
fi

missing=()
command -v brotli >/dev/null || missing+=(brotli)
command -v python3 >/dev/null || missing+=(python3)
if [ "$MODE" = all ]; then
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
  command -v Xvfb >/dev/null || missing+=(xvfb)
fi
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi
# Check what is really on PATH now, so a failed install stops here with a clear message.
check() { local got; got=$("$1" --version 2>/dev/null | head -n 1 || true)
  [ "$got" = "$2" ] || { echo "setup: expected '$2' from $1, found '${got:-nothing}'" >&2; exit 1; }; }
check trunk "trunk $TRUNK_VERSION"
check wasm-bindgen "wasm-bindgen $WASM_BINDGEN_VERSION"
check node_modules/.bin/wasm-opt "wasm-opt version 132 (version_132)"
if [ "$MODE" = all ]; then
  for tool in chromium chromedriver firefox-esr geckodriver WebKitWebDriver Xvfb; do
    command -v "$tool" >/dev/null || { echo "setup: $tool missing after install" >&2; exit 1; }
  done
  [ -x /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser ] \
    || { echo "setup: WebKitGTK's MiniBrowser missing (package webkit2gtk-driver)" >&2; exit 1; }
fi
say "ready ($MODE): $(trunk --version), $(wasm-bindgen --version), $(node_modules/.bin/wasm-opt --version)"
