#!/usr/bin/env bash
# Runs tests/wasm_boundary.rs under wasm-bindgen-test in Node, then in headless Chromium, against
# an emulator server started here on a free loopback port (with CORS, since the test runner's page
# is served from another port). The server's URL reaches the tests at compile time.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

log=$(mktemp)
node pkg/bin/cloudvpn-emulator.cjs --port 0 --cors '*' --quiet --transition-ms 0 >"$log" 2>&1 &
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
# What a connection needs on that server: a gateway and a customer gateway, made with plain fetch.
eval "$(node --input-type=module -e '
  const url = (p) => `${process.argv[1]}/v5/0123456789abcdef0123456789abcdef/${p}`;
  const post = async (p, body) => (await fetch(url(p), { method: "POST", body: JSON.stringify(body),
    headers: { "Content-Type": "application/json", "X-Auth-Token": "emulator-token" } })).json();
  const g = await post("vpn-gateways", { vpn_gateway: { vpc_id: "7e1e6bb4-2e3b-4b6c-9e4b-2a0b7c3d9f10",
    connect_subnet: "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9", local_subnets: ["10.0.0.0/16"] } });
  const c = await post("customer-gateways", { customer_gateway: { id_value: "203.0.113.7" } });
  console.log(`export CLOUDVPN_TEST_VGW_ID=${g.vpn_gateway.id} CLOUDVPN_TEST_EIP_ID=${g.vpn_gateway.eip1.id} CLOUDVPN_TEST_CGW_ID=${c.customer_gateway.id}`);
' "$url")"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
run() { cargo test --target wasm32-unknown-unknown --features emulator --test wasm_boundary; }

echo "test-wasm: Node, against $url"
run
echo "test-wasm: headless Chromium, against $url"
WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER="$(command -v chromedriver)" run
