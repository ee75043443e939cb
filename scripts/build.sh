#!/usr/bin/env bash
# Builds the npm package into pkg/: the main wasm (web and Node targets), the validators-only wasm
# of `cloudvpn/validate` (no "client" feature), and the emulator's own wasm (feature "emulator"),
# each through wasm-pack, then npm's wasm-opt -Oz, then merged with pkg-template/, whose entries
# get their export lists from scripts/entry-exports.mjs.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

WASM_OPT="$PWD/node_modules/.bin/wasm-opt"   # npm binaryen; never Debian's (it breaks the output)
stage="target/pkg-stage"
rm -rf "$stage" pkg
mkdir -p "$stage" pkg

build() { # <dir> <wasm-pack target> [cargo args…]
  local dir=$1 target=$2
  shift 2
  wasm-pack --quiet build --release --no-pack --target "$target" --out-name cloudvpn \
    --out-dir "$stage/$dir" . "$@"
  "$WASM_OPT" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$stage/$dir/cloudvpn_bg.wasm" -o "$stage/$dir/cloudvpn_bg.wasm"
  rm -f "$stage/$dir/.gitignore" "$stage/$dir"/*_bg.wasm.d.ts
}

build web web
build node nodejs
build validate-web web --no-default-features
build validate-node nodejs --no-default-features
build emulator-web web --features emulator
build emulator-node nodejs --features emulator

for dir in node validate-node emulator-node; do
  node scripts/snippets-to-cjs.mjs "$stage/$dir" >/dev/null
  printf '{ "type": "commonjs" }\n' > "$stage/$dir/package.json"
done

cp -R "$stage"/* pkg/
cp -R pkg-template/. pkg/
cp README.md pkg/README.md
node scripts/entry-exports.mjs pkg   # the entries' export lists, from what the wasm exports
echo "build: pkg/ ready ($(du -sh pkg | cut -f1)); main wasm $(wc -c < pkg/web/cloudvpn_bg.wasm) bytes"
