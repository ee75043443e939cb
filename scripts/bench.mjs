// `make bench`: validation cost of the seed request through the built package (pkg/), against a
// baseline measured in the same run: a JSON round trip (JSON.parse(JSON.stringify(body))) of the
// same body. Prints medians of 7 rounds and the ratio; timing never decides a test.
import { createRequire } from "node:module";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { validateCreateVpnConnection } = createRequire(import.meta.url)(join(root, "pkg", "index.cjs"));

const body = {
  vpn_connection: {
    vgw_id: "b32d91a4-3f0e-4c1a-a8df-e907174eb11d",
    vgw_ip: "0c464dad-1d2c-4a8d-9f5e-c22bb0eb0bde",
    cgw_id: "5247ae10-7b1e-4d0a-8c3f-dd36659a7f5d",
    peer_subnets: Array.from({ length: 50 }, (_, i) => `10.${i}.0.0/16`),
    psk: "Abcd1234!x",
  },
};

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median microseconds per call of `fn` over 7 rounds of `n` calls, after a warm-up round. */
function measure(fn, n) {
  for (let i = 0; i < n; i++) fn();
  const rounds = [];
  for (let r = 0; r < 7; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) fn();
    rounds.push(Number(process.hrtime.bigint() - t0) / 1000 / n);
  }
  return median(rounds);
}

const report = validateCreateVpnConnection(body);
if (!report.ok) throw new Error(`the benchmark body must be valid: ${JSON.stringify(report)}`);
const n = 2000;
const cloudvpn = measure(() => validateCreateVpnConnection(body), n);
const baseline = measure(() => JSON.parse(JSON.stringify(body)), n);
console.log("validateCreateVpnConnection, 50 peer subnets, median of 7 rounds of 2,000 calls");
console.log(`  cloudvpn validate      ${cloudvpn.toFixed(1)} µs/call`);
console.log(`  baseline JSON trip     ${baseline.toFixed(1)} µs/call`);
console.log(`  ratio                  ${(cloudvpn / baseline).toFixed(2)}× the baseline`);
