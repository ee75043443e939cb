#!/usr/bin/env bash
# Runs tests/wasm_boundary.rs under wasm-bindgen-test in Node, then in headless Chromium, against
# an emulator server started here on a free loopback port (with CORS, since the test runner's page
# is served from another port). The server's URL reaches the tests at compile time.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

log=$(mktemp)
node pkg/bin/cloudvpn-emulator.cjs --port 0 --cors '*' --quiet >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 100); do
  grep -q 'listening on' "$log" && break
  kill -0 $server 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.1
done
url=$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$log")
[ -n "$url" ] || { echo "test-wasm: the emulator did not start" >&2; cat "$log"; exit 1; }

export CLOUDVPN_TEST_ENDPOINT="$url"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
run() { cargo test --target wasm32-unknown-unknown --features emulator --test wasm_boundary; }

echo "test-wasm: Node, against $url"
run
echo "test-wasm: headless Chromium, against $url"
WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER="$(command -v chromedriver)" run
