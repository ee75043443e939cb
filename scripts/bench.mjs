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

// Hostile inputs (the cases of js-tests/hostile-inputs.test.mjs, which only checks that each
// returns): the slowest of 20 calls of each, against one call on the valid body above.
const hostile = () => {
  const base = () => ({ ...body.vpn_connection, peer_subnets: ["192.168.44.0/24"] });
  const cyclic = {};
  cyclic.a = cyclic;
  cyclic.b = cyclic;
  const sparse = ["10.0.0.0/24"];
  sparse.length = 1e7;
  let diamond = { x: "y" };
  for (let i = 0; i < 60; i++) diamond = { a: diamond, b: diamond };
  return {
    "two references to itself": { vpn_connection: { ...base(), name: cyclic } },
    "an array of length 2^32-1": { vpn_connection: { ...base(), peer_subnets: new Array(2 ** 32 - 1) } },
    "a sparse array of length 1e7": { vpn_connection: { ...base(), peer_subnets: sparse } },
    "a Proxy claiming 1e7 items": { vpn_connection: { ...base(), peer_subnets: new Proxy(["10.0.0.0/24"], { get: (t, k) => (k === "length" ? 1e7 : t[k]) }) } },
    "2^60 paths through 61 objects": { vpn_connection: { ...base(), name: diamond } },
    "a 2 MiB string": { vpn_connection: { ...base(), name: "x".repeat(2 << 20) } },
  };
};
const slowest = (input) => {
  let worst = 0;
  for (let i = 0; i < 20; i++) {
    const t0 = process.hrtime.bigint();
    validateCreateVpnConnection(input);
    worst = Math.max(worst, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return worst;
};
console.log("validateCreateVpnConnection on hostile input (slowest of 20 calls; the goal is under 50 ms)");
for (const [name, input] of Object.entries(hostile())) {
  const ms = slowest(input);
  console.log(`  ${name.padEnd(32)} ${ms.toFixed(2).padStart(7)} ms  (${(ms * 1000 / cloudvpn).toFixed(0)}× a valid body)`);
}
