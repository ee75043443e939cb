// `make bench`, part 4: cold start. In a fresh Node process each: load cloudvpn (CommonJS entry;
// also its validators-only entry, cloudvpn/validate), instantiate its wasm and run one
// validation, against loading ipaddr.js and parsing one CIDR.
// Timed inside the process from before the require to after the first result, so Node's own
// start-up is left out; 15 alternating runs, medians, and the ratio.
import { execFileSync } from "node:child_process";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const seed = JSON.stringify({ vpn_connection: { vgw_id: "b32d91a4-3f0e-4c1a-a8df-e907174eb11d",
  vgw_ip: "0c464dad-1d2c-4a8d-9f5e-c22bb0eb0bde", cgw_id: "5247ae10-7b1e-4d0a-8c3f-dd36659a7f5d",
  peer_subnets: ["192.168.44.0/24"], psk: "Abcd1234!x" } });
const programs = {
  cloudvpn: `const t0 = performance.now(); const { validateCreateVpnConnection } = require(${JSON.stringify(join(root, "pkg", "index.cjs"))});
    const ok = validateCreateVpnConnection(${seed}).ok; const t1 = performance.now(); if (!ok) process.exit(1); console.log(t1 - t0);`,
  validate: `const t0 = performance.now(); const { validateCreateVpnConnection } = require(${JSON.stringify(join(root, "pkg", "validate.cjs"))});
    const ok = validateCreateVpnConnection(${seed}).ok; const t1 = performance.now(); if (!ok) process.exit(1); console.log(t1 - t0);`,
  ipaddr: `const t0 = performance.now(); const ipaddr = require(${JSON.stringify(join(root, "node_modules", "ipaddr.js"))});
    const ok = ipaddr.IPv4.parseCIDR("192.168.44.0/24")[1] === 24; const t1 = performance.now(); if (!ok) process.exit(1); console.log(t1 - t0);`,
};
const runs = { cloudvpn: [], validate: [], ipaddr: [] };
for (let i = 0; i < 15; i++) {
  for (const [name, code] of Object.entries(programs)) {
    runs[name].push(Number(execFileSync(process.execPath, ["-e", code], { encoding: "utf8" }).trim()));
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ours = median(runs.cloudvpn);
const small = median(runs.validate);
const base = median(runs.ipaddr);
console.log("cold start in a fresh Node process (median of 15 alternating runs; Node's own start-up excluded)");
console.log(`  cloudvpn: require, instantiate the wasm, one validateCreateVpnConnection   ${ours.toFixed(2)} ms`);
console.log(`  cloudvpn/validate: the same with the validators-only wasm                 ${small.toFixed(2)} ms`);
console.log(`  baseline: require ipaddr.js, one parseCIDR                                   ${base.toFixed(2)} ms`);
console.log(`  ratio                                                                        cloudvpn takes ${(ours / base).toFixed(1)}× the baseline, cloudvpn/validate ${(small / base).toFixed(1)}×`);
