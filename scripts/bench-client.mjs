// `make bench`, part 3: the client. signRequest on a POST against the vendor's AKSKSigner
// (@huaweicloud/huaweicloud-sdk-core) signing the same request, and a GET through VpnClient
// against a raw fetch of the same URL on the emulator's HTTP server, each pair in the same run.
// Prints medians and ratios; timing never decides a test.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const { signRequest, VpnClient } = require(join(root, "pkg", "index.cjs"));
const { AKSKSigner } = require("@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner");
const PROJECT = "0123456789abcdef0123456789abcdef";

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median µs per call over 15 rounds of `n` calls (after a warm-up round). */
async function measure(fn, n) {
  for (let i = 0; i < n; i++) await fn();
  const rounds = [];
  for (let r = 0; r < 15; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) await fn();
    rounds.push(Number(process.hrtime.bigint() - t0) / 1000 / n);
  }
  return median(rounds);
}

/** The same for a synchronous function: awaiting each call would time the microtask queue too. */
function measureSync(fn, n) {
  for (let i = 0; i < n; i++) fn();
  const rounds = [];
  for (let r = 0; r < 15; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) fn();
    rounds.push(Number(process.hrtime.bigint() - t0) / 1000 / n);
  }
  return median(rounds);
}

const url = `https://vpn.eu-de.otc.t-systems.com/v5/${PROJECT}/vpn-connection`;
const body = JSON.stringify({ vpn_connection: { vgw_id: "b32d91a4-3f0e-4c1a-a8df-e907174eb11d",
  vgw_ip: "0c464dad-1d2c-4a8d-9f5e-c22bb0eb0bde", cgw_id: "5247ae10-7b1e-4d0a-8c3f-dd36659a7f5d",
  peer_subnets: ["192.168.44.0/24"], psk: "Abcd1234!x" } });
const date = "20250626T134134Z";
const ours = () => signRequest({ method: "POST", url, headers: { "Content-Type": "application/json", "X-Sdk-Date": date },
  body, accessKey: "EMULATORACCESSKEY000", secretKey: "emulator-secret-key" });
const vendor = () => AKSKSigner.sign({ method: "POST", endpoint: url, queryParams: {}, data: JSON.parse(body),
  headers: { "content-type": "application/json", "X-Sdk-Date": date } }, { getAk: () => "EMULATORACCESSKEY000", getSk: () => "emulator-secret-key" });
const signOurs = measureSync(ours, 2000);
const signVendor = measureSync(vendor, 2000);
console.log("signRequest, a POST with a JSON body (median of 15 rounds of 2,000 calls)");
console.log(`  cloudvpn signRequest                  ${signOurs.toFixed(2)} µs/call`);
console.log(`  vendor AKSKSigner.sign                ${signVendor.toFixed(2)} µs/call`);
console.log(`  ratio                                 cloudvpn is ${(signVendor / signOurs).toFixed(1)}× faster`);

const child = spawn(process.execPath, [join(root, "pkg/bin/cloudvpn-emulator.cjs"), "--port", "0", "--quiet", "--transition-ms", "0"], { stdio: ["ignore", "pipe", "ignore"] });
const base = await new Promise((resolve, reject) => {
  let out = "";
  child.stdout.on("data", (d) => {
    out += d;
    const m = /listening on (\S+)/.exec(out);
    if (m) resolve(m[1]);
  });
  child.once("exit", (code) => reject(new Error(`emulator exited with ${code}`)));
});
try {
  const client = new VpnClient({ endpoint: base, projectId: PROJECT, auth: { token: "emulator-token" } });
  const quotas = `${base}/v5/${PROJECT}/vpn/quotas`;
  const raw = async () => (await fetch(quotas, { headers: { "X-Auth-Token": "emulator-token" } })).json();
  const viaClient = () => client.getQuotas();
  // Rounds alternate between the two, so that drift of the server and the machine hits both.
  for (let i = 0; i < 300; i++) await raw(), await viaClient();
  const rawRounds = [];
  const clientRounds = [];
  for (let r = 0; r < 15; r++) {
    for (const [fn, into] of [[raw, rawRounds], [viaClient, clientRounds]]) {
      const t0 = process.hrtime.bigint();
      for (let i = 0; i < 200; i++) await fn();
      into.push(Number(process.hrtime.bigint() - t0) / 1000 / 200);
    }
  }
  const tRaw = median(rawRounds);
  const tClient = median(clientRounds);
  console.log("GET /vpn/quotas on the emulator's HTTP server (median of 15 alternating rounds of 200 calls)");
  console.log(`  raw fetch + json()                    ${tRaw.toFixed(1)} µs/call`);
  console.log(`  VpnClient.getQuotas                   ${tClient.toFixed(1)} µs/call`);
  console.log(`  ratio                                 VpnClient takes ${(tClient / tRaw).toFixed(2)}× the raw fetch`);
} finally {
  child.kill();
}
