// `make bench`, part 2: the emulator HTTP server under 32 concurrent clients sending 10,000
// mixed requests (creates, shows, pages, updates, deletes), against a baseline measured in the
// same run: a bare Node HTTP server answering every request with a fixed JSON body. Prints
// throughput, p50/p99 latency, errors, and the server's peak RSS after 5,000 and 10,000 requests.
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const PROJECT = "0123456789abcdef0123456789abcdef";
const HEADERS = { "Content-Type": "application/json", "X-Auth-Token": "emulator-token" };
const CLIENTS = 32;
const REQUESTS = 10_000;

function startEmulator() {
  const child = spawn(process.execPath, [...(process.env.BENCH_NODE_FLAGS ?? "").split(" ").filter(Boolean), join(root, "pkg/bin/cloudvpn-emulator.cjs"), "--port", "0", "--quiet", "--transition-ms", "0"], { stdio: ["ignore", "pipe", process.env.BENCH_CHILD_STDERR ? "inherit" : "ignore"] });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
      const m = /listening on (\S+)/.exec(out);
      if (m) resolve({ url: m[1], child });
    });
    child.once("exit", (code) => reject(new Error(`emulator exited with ${code}`)));
  });
}

/** Peak resident memory of a process, in MiB (Linux /proc). */
async function peakRss(pid) {
  const { readFile } = await import("node:fs/promises");
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return (kb / 1024).toFixed(1);
}

async function run(base, plan, onHalf) {
  const latencies = [];
  let errors = 0;
  let next = 0;
  let halfDone = false;
  const started = performance.now();
  async function client() {
    while (next < REQUESTS) {
      const i = next++;
      const { method, path, body } = plan(i);
      const t0 = performance.now();
      try {
        const res = await fetch(`${base}/v5/${PROJECT}/${path}`, { method, headers: HEADERS, body: body && JSON.stringify(body) });
        await res.arrayBuffer();
        if (res.status >= 500) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t0);
      if (!halfDone && latencies.length >= REQUESTS / 2) {
        halfDone = true;
        await onHalf?.();
      }
    }
  }
  await Promise.all(Array.from({ length: CLIENTS }, client));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((latencies.length * p) / 100))].toFixed(2);
  return { rps: REQUESTS / seconds, p50: pct(50), p99: pct(99), errors };
}

// The emulator needs a gateway and a customer gateway before connections.
const emulator = process.env.BENCH_URL ? { url: process.env.BENCH_URL, child: { pid: 0, kill() {} } } : await startEmulator();
const post = async (path, body) => (await fetch(`${emulator.url}/v5/${PROJECT}/${path}`, { method: "POST", headers: HEADERS, body: JSON.stringify(body) })).json();
const gw = (await post("vpn-gateways", { vpn_gateway: { vpc_id: "7e1e6bb4-2e3b-4b6c-9e4b-2a0b7c3d9f10", connect_subnet: "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9", local_subnets: ["10.0.0.0/16"] } })).vpn_gateway;
const cgw = (await post("customer-gateways", { customer_gateway: { id_value: "203.0.113.7" } })).customer_gateway;
const created = [];
const plan = (i) => {
  const id = created[i % Math.max(1, created.length)] ?? "11111111-2222-4333-8444-555555555555";
  switch (i % 10) {
    case 0:
    case 1:
    case 2:
      return { method: "POST", path: "vpn-connection", body: { vpn_connection: { vgw_id: gw.id, vgw_ip: gw.eip1.id, cgw_id: cgw.id, peer_subnets: ["192.168.44.0/24"], psk: "Abcd1234!x" } } };
    case 3:
    case 4:
    case 5:
      return { method: "GET", path: `vpn-connection/${id}` };
    case 6:
      return { method: "GET", path: "vpn-connection?limit=100" };
    case 7:
      return { method: "PUT", path: `vpn-connection/${id}`, body: { vpn_connection: { name: `renamed-${i}` } } };
    case 8:
      return { method: "GET", path: "vpn/quotas" };
    default:
      return { method: "DELETE", path: `vpn-connection/${id}` };
  }
};
// Fill the id pool first so shows, updates and deletes have targets.
for (let i = 0; i < 50; i++) created.push((await post("vpn-connection", plan(0).body)).vpn_connection.id);

let rssHalf;
const emu = await run(emulator.url, plan, async () => {
  rssHalf = await peakRss(emulator.child.pid);
});
const rssEnd = await peakRss(emulator.child.pid);
emulator.child.kill("SIGTERM");

const fixed = JSON.stringify({ vpn_connection: { id: "98c5af8a-6ee2-4482-99a2-ae2280a6f4c3", status: "DOWN" }, request_id: "x" });
const bare = createServer((req, res) => {
  req.resume();
  req.on("end", () => res.writeHead(200, { "Content-Type": "application/json" }).end(fixed));
});
await new Promise((r) => bare.listen(0, "127.0.0.1", r));
const base = await run(`http://127.0.0.1:${bare.address().port}`, plan);
bare.close();

console.log(`emulator HTTP server, ${CLIENTS} concurrent clients, ${REQUESTS.toLocaleString("en")} mixed requests`);
console.log(`  cloudvpn-emulator   ${emu.rps.toFixed(0)} req/s   p50 ${emu.p50} ms   p99 ${emu.p99} ms   errors ${emu.errors}   peak RSS ${rssHalf} MiB after 5,000, ${rssEnd} MiB after 10,000`);
console.log(`  baseline bare http  ${base.rps.toFixed(0)} req/s   p50 ${base.p50} ms   p99 ${base.p99} ms   errors ${base.errors}`);
console.log(`  ratio               the emulator serves ${(emu.rps / base.rps).toFixed(2)}× the baseline's throughput`);
