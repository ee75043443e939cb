// `make bench`: validateCreateVpnConnection through the built package (pkg/) on the seed request
// with 50 disjoint peer subnets, against a baseline measured in the same run: plain JS doing the
// same CIDR checks with ipaddr.js (strict syntax, host bits, pairwise overlap). Prints the medians
// of 15 rounds and the ratio; timing never decides a test.
import { createRequire } from "node:module";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const { validateCreateVpnConnection } = require(join(root, "pkg", "index.cjs"));
const ipaddr = require("ipaddr.js");

const body = {
  vpn_connection: {
    vgw_id: "b32d91a4-3f0e-4c1a-a8df-e907174eb11d",
    vgw_ip: "0c464dad-1d2c-4a8d-9f5e-c22bb0eb0bde",
    cgw_id: "5247ae10-7b1e-4d0a-8c3f-dd36659a7f5d",
    peer_subnets: Array.from({ length: 50 }, (_, i) => `10.${i}.0.0/16`),
    psk: "Abcd1234!x",
  },
};

/** The baseline: what a JS form would do with ipaddr.js for the same subnets. */
function ipaddrChecks(subnets) {
  const problems = [];
  const parsed = [];
  for (const s of subnets) {
    const [addr, prefix] = s.split("/");
    if (!ipaddr.IPv4.isValidFourPartDecimal(addr) || !/^(0|[1-9]\d?)$/.test(prefix ?? "") || Number(prefix) > 32) {
      problems.push(["syntax", s]);
      continue;
    }
    const cidr = ipaddr.IPv4.parseCIDR(s);
    if (ipaddr.IPv4.networkAddressFromCIDR(s).toString() !== addr) problems.push(["host_bits", s]);
    parsed.push(cidr);
  }
  for (let i = 0; i < parsed.length; i++) {
    for (let j = i + 1; j < parsed.length; j++) {
      if (parsed[i][0].match(parsed[j]) || parsed[j][0].match(parsed[i])) problems.push(["overlap", i, j]);
    }
  }
  return problems;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median microseconds per call of `fn` over 15 rounds of `n` calls, after a warm-up round. */
function measure(fn, n) {
  for (let i = 0; i < n; i++) fn();
  const rounds = [];
  for (let r = 0; r < 15; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) fn();
    rounds.push(Number(process.hrtime.bigint() - t0) / 1000 / n);
  }
  return median(rounds);
}

if (!validateCreateVpnConnection(body).ok || ipaddrChecks(body.vpn_connection.peer_subnets).length) {
  throw new Error("the benchmark body must be valid for both");
}
const n = 2000;
const cloudvpn = measure(() => validateCreateVpnConnection(body), n);
const baseline = measure(() => ipaddrChecks(body.vpn_connection.peer_subnets), n);
console.log("validateCreateVpnConnection, seed request with 50 disjoint peer subnets (median of 15 rounds of 2,000 calls)");
console.log(`  cloudvpn (whole body, every rule)          ${cloudvpn.toFixed(2)} µs/call`);
console.log(`  baseline ipaddr.js (subnets: syntax, host bits, pairwise overlap)  ${baseline.toFixed(2)} µs/call`);
console.log(`  ratio                                      cloudvpn is ${(baseline / cloudvpn).toFixed(1)}× faster than the baseline`);
