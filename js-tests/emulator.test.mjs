// The emulator through the packed tarball: the seed's scenario with plain fetch (no cloudvpn
// client) over the HTTP server, fault injection over HTTP and in process, its options, and the
// server's bounds on slow clients and open connections.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { rmSync } from "node:fs";
import net from "node:net";
import { join } from "node:path";
import { installTarball, startEmulatorBin } from "./helpers.mjs";

const PROJECT = "0123456789abcdef0123456789abcdef";
const HEADERS = { "Content-Type": "application/json", "X-Auth-Token": "emulator-token" };
let dir;
let pkg;

before(() => {
  dir = installTarball();
  pkg = createRequire(join(dir, "package.json"));
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function api(base, fetchFn = fetch) {
  const url = (path) => `${base}/v5/${PROJECT}/${path}`;
  const call = async (method, path, body) => {
    const res = await fetchFn(url(path), { method, headers: HEADERS, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
  };
  return { call, url };
}

test("the seed's scenario with plain fetch over HTTP", async () => {
  const server = await startEmulatorBin(dir, ["--transition-ms", "300"]);
  try {
    const { call } = api(server.url);
    const g = await call("POST", "vpn-gateways", { vpn_gateway: { vpc_id: "7e1e6bb4-2e3b-4b6c-9e4b-2a0b7c3d9f10", connect_subnet: "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9", local_subnets: ["10.0.0.0/16"] } });
    assert.equal(g.status, 201);
    assert.equal(g.body.vpn_gateway.status, "PENDING_CREATE");
    const vgw = g.body.vpn_gateway;
    const cgw = (await call("POST", "customer-gateways", { customer_gateway: { id_value: "203.0.113.7" } })).body.customer_gateway;
    const seed = { vpn_connection: { vgw_id: vgw.id, vgw_ip: vgw.eip1.id, cgw_id: cgw.id, peer_subnets: ["192.168.44.0/24"], psk: "Abcd1234!x" } };
    const early = await call("POST", "vpn-connection", seed);
    assert.deepEqual([early.status, early.body.error_code], [400, "VPN.0506"], "the gateway is still being created");
    let status;
    for (let i = 0; i < 50 && status !== "ACTIVE"; i++) {
      await sleep(50);
      status = (await call("GET", `vpn-gateways/${vgw.id}`)).body.vpn_gateway.status;
    }
    assert.equal(status, "ACTIVE");
    const created = await call("POST", "vpn-connection", seed);
    assert.equal(created.status, 201);
    const c = created.body.vpn_connection;
    assert.equal(created.headers.get("x-request-id"), created.body.request_id);
    assert.equal(c.style, "STATIC");
    assert.match(c.name, /^vpn-[0-9a-f]{4}$/);
    assert.equal(c.ikepolicy.local_id, vgw.eip1.ip_address);
    assert.equal(c.ikepolicy.peer_id, "203.0.113.7");
    assert.equal((await call("GET", `vpn-connection/${c.id}`)).body.vpn_connection.status, "PENDING_CREATE");
    await sleep(350);
    assert.equal((await call("GET", `vpn-connection/${c.id}`)).body.vpn_connection.status, "DOWN");
    const list = await call("GET", `vpn-connection?vgw_id=${vgw.id}&limit=10`);
    assert.deepEqual([list.body.total_count, list.body.page_info.current_count], [1, 1]);
    const monitor = await call("POST", "connection-monitors", { connection_monitor: { vpn_connection_id: c.id } });
    assert.equal(monitor.status, 201);
    const quotas = (await call("GET", "vpn/quotas")).body.quotas.resources;
    assert.deepEqual(quotas.map((q) => [q.type, q.used]), [["customer_gateway", 1], ["vpn_connection", 1], ["vpn_gateway", 1]]);
    assert.equal((await call("DELETE", `vpn-connection/${c.id}`)).status, 204);
    await sleep(350);
    assert.equal((await call("GET", `vpn-connection/${c.id}`)).status, 404);
    assert.equal((await call("DELETE", `customer-gateways/${cgw.id}`)).status, 204);

    // Many clients at once: 3,000 mixed requests from 32 clients, and the server stays up. (Node
    // 20's V8 once crashed here while deoptimizing an async request handler.)
    const ids = [];
    let next = 0;
    const failures = [];
    const client = async () => {
      while (next < 3000) {
        const i = next++;
        const id = ids[i % Math.max(1, ids.length)] ?? "11111111-2222-4333-8444-555555555555";
        const [method, path, body] = [
          ["POST", "vpn-connection", seed],
          ["GET", `vpn-connection/${id}`],
          ["GET", "vpn-connection?limit=100"],
          ["PUT", `vpn-connection/${id}`, { vpn_connection: { name: `n-${i}` } }],
          ["DELETE", `vpn-connection/${id}`],
        ][i % 5];
        try {
          const r = await call(method, path, body);
          if (r.status >= 500) failures.push(`${method} ${path}: ${r.status}`);
          if (r.status === 201) ids.push(r.body.vpn_connection.id);
        } catch (e) {
          failures.push(`${method} ${path}: ${e.cause?.code ?? e.message}`);
        }
      }
    };
    await Promise.all(Array.from({ length: 32 }, client));
    assert.deepEqual(failures.slice(0, 5), []);
    assert.equal((await call("GET", "vpn/quotas")).status, 200);
  } finally {
    await server.stop();
  }
});

test("faults over HTTP: dropped connections and 429 with Retry-After", async () => {
  const dropping = await startEmulatorBin(dir, ["--fault-rate", "1", "--fault-kinds", "drop-before", "--seed", "1"]);
  try {
    await assert.rejects(fetch(`${dropping.url}/v5/${PROJECT}/vpn/quotas`, { headers: HEADERS }), TypeError);
  } finally {
    await dropping.stop();
  }
  const limited = await startEmulatorBin(dir, ["--fault-rate", "1", "--fault-kinds", "429"]);
  try {
    const res = await fetch(`${limited.url}/v5/${PROJECT}/vpn/quotas`, { headers: HEADERS });
    assert.equal(res.status, 429);
    assert.equal(res.headers.get("retry-after"), "1");
    assert.equal((await res.json()).error_code, "VPN.0429");
  } finally {
    await limited.stop();
  }
  const bad = await startEmulatorBin(dir, ["--fault-rate", "2"]).catch((e) => e);
  assert.ok(bad instanceof Error && /fault-rate/.test(bad.message));
});

test("faults in process: a drop after the commit leaves the resource behind", async () => {
  const { Emulator } = pkg("cloudvpn/emulator");
  const { VpnClient, NetworkError, ConfigError } = pkg("cloudvpn");
  const emulator = new Emulator({ faults: [{ method: "POST", path: "customer-gateways", rate: 1, kinds: ["drop-after"] }], seed: 5 });
  const { call } = api("http://emulator.local", emulator.fetch);
  await assert.rejects(call("POST", "customer-gateways", { customer_gateway: { id_value: "203.0.113.7" } }), TypeError);
  assert.equal(emulator.snapshot().customer_gateways.length, 1, "the create was committed");
  assert.equal((await call("GET", "vpn/quotas")).status, 200, "other routes are not affected");

  const dropping = new Emulator({ faults: [{ rate: 1, kinds: ["drop-before"] }] });
  const client = new VpnClient({ endpoint: "http://emulator.local", projectId: PROJECT, auth: { token: "emulator-token" }, fetch: dropping.fetch });
  await assert.rejects(client.getVpnConnection("11111111-2222-4333-8444-555555555555"), NetworkError);

  assert.throws(() => new Emulator({ faults: [{ rate: 2 }] }), ConfigError, "one ConfigError class for the main and the emulator wasm");
  assert.throws(() => new Emulator({ faults: [{ rate: 1, kinds: ["teapot"] }] }), /unknown kind "teapot"/);
  const slow = new Emulator({ delayMs: 30 });
  const t0 = Date.now();
  await api("http://emulator.local", slow.fetch).call("GET", "vpn/quotas");
  assert.ok(Date.now() - t0 >= 25, "delayMs delays the answer");
});

/**
 * A raw client on loopback: connects, writes `head`, then writes `drip` every 50 ms, until the
 * server closes the connection or `limitMs` passes (then it closes it itself). Resolves to
 * `{ closed (by the server), ms, received }`.
 */
function rawClient(url, head, drip, limitMs) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = net.connect({ host: hostname, port: Number(port) });
    let received = "";
    let interval;
    let settled = false;
    const finish = (closed) => {
      if (settled) return;
      settled = true;
      clearInterval(interval);
      clearTimeout(limit);
      socket.destroy();
      resolve({ closed, ms: Date.now() - started, received });
    };
    const limit = setTimeout(() => finish(false), limitMs);
    socket.on("data", (d) => (received += d));
    socket.on("error", () => {}); // a reset is a close too ("close" follows)
    socket.on("close", () => finish(true));
    socket.on("connect", () => {
      if (head) socket.write(head);
      if (drip) interval = setInterval(() => socket.destroyed || socket.write(drip), 50);
    });
  });
}

/** Waits (at most 5 s) until `running.server` holds `n` connections. */
async function connections(running, n) {
  let count = -1;
  for (let i = 0; i < 250 && count !== n; i++) {
    count = await new Promise((r) => running.server.getConnections((e, c) => r(e ? -1 : c)));
    if (count !== n) await sleep(20);
  }
  assert.equal(count, n, "connections open");
}

const QUOTAS = `/v5/${PROJECT}/vpn/quotas`;
const CGWS = `/v5/${PROJECT}/customer-gateways`;

test("the HTTP server cuts off slow headers, slow bodies and silent connections within its bounds", async () => {
  const { startEmulatorServer } = pkg(join(dir, "node_modules", "cloudvpn", "emulator-server.cjs"));
  const BOUND = 300;
  const LIMIT = BOUND + 5000; // generous: only a hang past this fails
  const lines = [];
  const running = await startEmulatorServer({ port: 0, headersTimeoutMs: BOUND, bodyTimeoutMs: BOUND, log: (l) => lines.push(l) });
  try {
    const headers = await rawClient(running.url, `GET ${QUOTAS} HTTP/1.1\r\nHost: x\r\n`, "X-Slow: 1\r\n", LIMIT);
    assert.ok(headers.closed, `headers that never end: still open after ${headers.ms} ms`);
    assert.match(headers.received, /^(HTTP\/1\.1 408 |$)/, "408 or just closed");

    const start = `POST ${CGWS} HTTP/1.1\r\nHost: x\r\nX-Auth-Token: emulator-token\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{`;
    const body = await rawClient(running.url, start, " ", LIMIT);
    assert.ok(body.closed, `a body that never ends: still open after ${body.ms} ms`);
    assert.match(body.received, /^HTTP\/1\.1 408 /);
    assert.match(body.received, /\r\nconnection: close\r\n/i);
    assert.match(body.received, /"error_code":"APIGW\.0201"/);
    assert.ok(lines.some((l) => l.startsWith(`POST ${CGWS} 408 `)), lines.join("\n"));

    const silent = await rawClient(running.url, "", "", LIMIT);
    assert.ok(silent.closed, `a connection that sends nothing: still open after ${silent.ms} ms`);

    const big = await rawClient(running.url, `POST ${CGWS} HTTP/1.1\r\nHost: x\r\nX-Auth-Token: emulator-token\r\nContent-Length: ${(1 << 20) + 1}\r\n\r\n`, "", LIMIT);
    assert.ok(big.closed);
    assert.match(big.received, /^HTTP\/1\.1 413 /, "a declared body over 1 MiB, refused before it is sent");
    assert.match(big.received, /"error_code":"APIGW\.0201"/);

    const res = await fetch(`${running.url}${CGWS}`, { method: "POST", headers: HEADERS, body: JSON.stringify({ customer_gateway: { id_value: "203.0.113.7" } }) });
    assert.equal(res.status, 201, "a request in time is answered");
    assert.equal(running.emulator.snapshot().customer_gateways.length, 1, "only the complete request created anything");
  } finally {
    await running.close();
  }

  for (const bad of [{ headersTimeoutMs: 0 }, { bodyTimeoutMs: -1 }, { bodyTimeoutMs: 1.5 }, { bodyTimeoutMs: "10" }, { maxConnections: 0 }, { headersTimeoutMs: 2 ** 31 }]) {
    assert.throws(() => startEmulatorServer({ port: 0, ...bad }), (e) => e instanceof RangeError && e.message.includes(Object.keys(bad)[0]), JSON.stringify(bad));
  }
});

test("the HTTP server closes connections past maxConnections", async () => {
  const { startEmulatorServer } = pkg(join(dir, "node_modules", "cloudvpn", "emulator-server.cjs"));
  const lines = [];
  const running = await startEmulatorServer({ port: 0, maxConnections: 2, log: (l) => lines.push(l) });
  const held = [];
  try {
    for (let i = 0; i < 2; i++) {
      const socket = net.connect({ host: "127.0.0.1", port: running.port });
      socket.on("error", () => {});
      socket.write(`GET ${QUOTAS} HTTP/1.1\r\nHost: x\r\n`);
      held.push(socket);
    }
    await connections(running, 2);
    const request = `GET ${QUOTAS} HTTP/1.1\r\nHost: x\r\nX-Auth-Token: emulator-token\r\nConnection: close\r\n\r\n`;
    const third = await rawClient(running.url, request, "", 5000);
    assert.deepEqual([third.closed, third.received], [true, ""], "the third connection is closed unanswered");
    assert.ok(lines.some((l) => l.startsWith("connection refused")), lines.join("\n"));

    held.shift().destroy();
    await connections(running, 1);
    const answered = await rawClient(running.url, request, "", 5000);
    assert.match(answered.received, /^HTTP\/1\.1 200 /, "with one closed, a new connection is served");
  } finally {
    for (const socket of held) socket.destroy();
    await running.close();
  }
});

test("cloudvpn-emulator: --headers-timeout-ms, --body-timeout-ms and --max-connections", async () => {
  const server = await startEmulatorBin(dir, ["--headers-timeout-ms", "300", "--body-timeout-ms", "300", "--max-connections", "4", "--quiet"]);
  try {
    const start = `POST ${CGWS} HTTP/1.1\r\nHost: x\r\nX-Auth-Token: emulator-token\r\nContent-Length: 1000\r\n\r\n{`;
    const body = await rawClient(server.url, start, " ", 5300);
    assert.ok(body.closed, `a body that never ends: still open after ${body.ms} ms`);
    assert.match(body.received, /^HTTP\/1\.1 408 /);
    const headers = await rawClient(server.url, `GET ${QUOTAS} HTTP/1.1\r\n`, "X-Slow: 1\r\n", 5300);
    assert.ok(headers.closed, `headers that never end: still open after ${headers.ms} ms`);
    assert.equal((await fetch(`${server.url}${QUOTAS}`, { headers: HEADERS })).status, 200);
  } finally {
    await server.stop();
  }
  for (const args of [["--body-timeout-ms", "0"], ["--headers-timeout-ms", "2147483648"], ["--max-connections", "0"], ["--max-connections", "x"]]) {
    const refused = await startEmulatorBin(dir, args).catch((e) => e);
    assert.ok(refused instanceof Error && refused.message.includes(args[0]), `${args.join(" ")}: ${refused.message}`);
  }
});

test("an emulator's fetch keeps working once the Emulator object is freed (or collected)", async () => {
  const { Emulator } = pkg("cloudvpn/emulator");
  const { VpnClient } = pkg("cloudvpn");
  const emulator = new Emulator();
  const client = new VpnClient({ endpoint: "http://emulator.local", projectId: PROJECT, auth: { token: "emulator-token" },
    fetch: emulator.fetch });
  await client.createCustomerGateway({ customer_gateway: { id_value: "203.0.113.7" } });
  // What a garbage collection of an unreachable Emulator does; its fetch, held by the client, stays.
  emulator.free();
  const { customer_gateways } = await client.listCustomerGateways();
  assert.equal(customer_gateways.length, 1, "the store lives on with the fetch that holds it");
});
