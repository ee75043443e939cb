// Hostile JS values through the packed tarball: cycles through two references, objects in two
// places, arrays that claim billions of items, Proxies that answer differently each time, getters.
// Every validator, Standard Schema object and client call must return with a report or a typed
// error. The cases are synchronous, so each runs in a worker that is stopped after a deadline:
// a regression fails here instead of hanging the run.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { installTarball } from "./helpers.mjs";

let dir;
before(() => {
  dir = installTarball();
});
after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Runs `cases` (the source of an async function of the package's exports, returning JSON data)
 * in a worker; rejects when it has not finished within `ms`. */
function inWorker(cases, ms = 20_000) {
  const source = `
    const { parentPort, workerData } = require("node:worker_threads");
    const { createRequire } = require("node:module");
    const load = createRequire(workerData.dir + "/package.json");
    const api = { ...load("cloudvpn"), Emulator: load("cloudvpn/emulator").Emulator };
    (${cases})(api).then((result) => parentPort.postMessage({ result }), (e) => parentPort.postMessage({ error: String(e && e.stack || e) }));
  `;
  const worker = new Worker(source, { eval: true, workerData: { dir } });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      worker.terminate();
      reject(new Error(`still running after ${ms} ms: the input was not bounded`));
    }, ms);
    worker.once("message", (m) => {
      clearTimeout(timer);
      worker.terminate();
      m.error ? reject(new Error(m.error)) : resolve(m.result);
    });
    worker.once("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

/** Shared by the worker sources: a valid connection, and the issues of a report as "path code". */
const PRELUDE = `
  const base = () => ({ vgw_id: "b32d91a4-3f0e-4c1a-a8df-e907174eb11d", vgw_ip: "0c464dad-1d2c-4a8d-9f5e-c22bb0eb0bde",
    cgw_id: "5247ae10-7b1e-4d0a-8c3f-dd36659a7f5d", peer_subnets: ["192.168.44.0/24"], psk: "Abcd1234!x" });
  const brief = (report) => report.issues.map((i) => i.path + " " + i.code);
  const VALIDATORS = Object.keys(api).filter((k) => k.startsWith("validate"));
  const SCHEMAS = Object.keys(api).filter((k) => k.endsWith("Schema"));
`;

test("two references to one object: a cycle at each, reported by every validator and schema", async () => {
  const result = await inWorker(`async (api) => {
    ${PRELUDE}
    const o = {}; o.a = o; o.b = o;
    const body = { vpn_connection: { ...base(), name: o } };
    const out = { validators: {}, schemas: {} };
    for (const name of VALIDATORS) out.validators[name] = brief(api[name](body)).concat(brief(api[name](o)));
    for (const name of SCHEMAS) out.schemas[name] = api[name]["~standard"].validate(body).issues.map((i) => i.path.join("."));
    out.create = brief(api.validateCreateVpnConnection(body));
    return out;
  }`);
  assert.deepEqual(result.create.filter((i) => i.includes("input.unsupported")), [
    "vpn_connection.name.a input.unsupported",
    "vpn_connection.name.b input.unsupported",
  ]);
  assert.ok(Object.keys(result.validators).length >= 12);
  for (const [name, issues] of Object.entries(result.validators)) {
    for (const at of ["vpn_connection.name.a", "vpn_connection.name.b", "a", "b"]) {
      assert.ok(issues.includes(`${at} input.unsupported`), `${name}: ${issues}`);
    }
  }
  for (const [name, paths] of Object.entries(result.schemas)) assert.ok(paths.length > 0, name);
});

test("lists that claim billions of items are read no further than any rule looks", async () => {
  const result = await inWorker(`async (api) => {
    ${PRELUDE}
    const sparse = ["10.0.0.0/24"]; sparse.length = 1e7;
    const proxy = new Proxy(["10.0.0.0/24"], { get: (t, k) => (k === "length" ? 1e7 : t[k]) });
    let lengthReads = 0;
    const liar = new Proxy(["10.1.0.0/24"], { get: (t, k) => (k === "length" ? (lengthReads++ ? 1e9 : 1) : t[k]) });
    const out = {};
    for (const [name, list] of Object.entries({ max: new Array(2 ** 32 - 1), sparse, proxy, liar })) {
      const report = api.validateCreateVpnConnection({ vpn_connection: { ...base(), peer_subnets: list } });
      out[name] = report.issues.filter((i) => i.path === "vpn_connection.peer_subnets");
    }
    out.lengthReads = lengthReads;
    // (its 51 holes read as null, each a type error of its own)
    out.tags = brief(api.validateAddTags({ tags: new Array(2 ** 32 - 1) })).filter((i) => i.startsWith("tags "));
    out.schema = api.createVpnConnectionSchema["~standard"].validate({ vpn_connection: { ...base(), peer_subnets: proxy } }).issues[0].path;
    return out;
  }`);
  for (const [name, count] of [["max", "4294967295"], ["sparse", "10000000"], ["proxy", "10000000"]]) {
    assert.equal(result[name].length, 1, name);
    assert.equal(result[name][0].code, "list.length");
    assert.match(result[name][0].message, new RegExp(`has ${count} items`));
  }
  assert.deepEqual(result.liar, [], "the liar said 1 item, once");
  assert.equal(result.lengthReads, 1, "a list's length is read once");
  assert.deepEqual(result.tags, ["tags list.length"]);
  assert.deepEqual(result.schema, ["vpn_connection", "peer_subnets"]);
});

test("an object in two places is taken when the input is plain data, within the value budget", async () => {
  const result = await inWorker(`async (api) => {
    ${PRELUDE}
    const ike = { encryption_algorithm: "aes-256", lifetime_seconds: 86400 };
    const second = { ...base(), vgw_ip: "1c464dad-1d2c-4a8d-9f5e-c22bb0eb0bde", peer_subnets: ["192.168.45.0/24"], ikepolicy: ike };
    const batch = { vpn_connections: [{ ...base(), ikepolicy: ike }, second] };
    let diamond = { x: "y" };
    for (let i = 0; i < 60; i++) diamond = { a: diamond, b: diamond };
    const sent = [];
    const client = new api.VpnClient({ endpoint: "https://vpn.eu-de.otc.t-systems.com", projectId: "0123456789abcdef0123456789abcdef",
      auth: { token: "t" }, validation: "off", retry: { maxAttempts: 1 },
      fetch: async (url, init) => { sent.push(init.body ? new TextDecoder().decode(init.body) : ""); return new Response("{}", { status: 500 }); } });
    const refused = await client.createVpnConnection({ vpn_connection: { ...base(), name: diamond } }).then(() => "sent", (e) => e.name + " " + e.issues.map((i) => i.code).join());
    await client.batchCreateVpnConnections(batch).catch(() => {});
    return {
      batch: api.validateBatchCreateVpnConnections(batch),
      sentBatch: sent[0] === JSON.stringify(batch),
      diamond: brief(api.validateCreateVpnConnection({ vpn_connection: { ...base(), name: diamond } })).length > 0,
      refused,
      sends: sent.length,
    };
  }`);
  assert.deepEqual(result.batch, { ok: true, issues: [] });
  assert.ok(result.sentBatch, "the shared object went out in both places, as JSON.stringify writes it");
  assert.ok(result.diamond, "2^60 paths through 61 objects: a report, not a hang");
  assert.match(result.refused, /^ValidationError /, "nothing is sent for the diamond, even with validation off");
  assert.equal(result.sends, 1);
});

test("every client call with validation off returns for these inputs, and sends nothing", async () => {
  const result = await inWorker(`async (api) => {
    ${PRELUDE}
    const o = {}; o.a = o; o.b = o;
    let sends = 0;
    const client = new api.VpnClient({ endpoint: "https://vpn.eu-de.otc.t-systems.com", projectId: "0123456789abcdef0123456789abcdef",
      auth: { token: "t" }, validation: "off", fetch: async () => { sends++; return new Response("{}", { status: 500 }); } });
    const id = "b32d91a4-3f0e-4c1a-a8df-e907174eb11d";
    const hostile = [o, { vpn_connection: { ...base(), name: o } }, { tags: new Array(2 ** 32 - 1) },
      { vpn_connection: { peer_subnets: new Proxy([], { get: (t, k) => (k === "length" ? 2 ** 32 - 1 : undefined) }) } }];
    const calls = [
      (b) => client.createVpnConnection(b), (b) => client.updateVpnConnection(id, b), (b) => client.batchCreateVpnConnections(b),
      (b) => client.createCustomerGateway(b), (b) => client.updateCustomerGateway(id, b), (b) => client.createVpnGateway(b),
      (b) => client.updateVpnGateway(id, b), (b) => client.createConnectionMonitor(b), (b) => client.addTags("vpn-gateway", id, b),
      (b) => client.removeTags("vpn-gateway", id, b), (b) => client.filterResourcesByTags("vpn-gateway", b),
      (b) => client.countResourcesByTags("vpn-gateway", b), (b) => client.listVpnConnections(b),
    ];
    const names = new Set();
    for (const call of calls) for (const body of hostile) names.add(await call(body).then(() => "resolved", (e) => e.name));
    return { names: [...names], sends };
  }`);
  assert.deepEqual(result.names.sort(), ["ConfigError", "ValidationError"]);
  assert.equal(result.sends, 0);
});

test("getters run once, and values JSON.stringify would change are named, not changed", async () => {
  const result = await inWorker(`async (api) => {
    ${PRELUDE}
    let reads = 0;
    const connection = base();
    Object.defineProperty(connection, "name", { enumerable: true, get: () => (reads++ ? { huge: new Array(1e6).fill("x") } : "vpn-1") });
    const once = api.validateCreateVpnConnection({ vpn_connection: connection });
    const proto = api.validateCreateVpnConnection(JSON.parse('{"vpn_connection": {"__proto__": {"x": 1}}}'));
    class Body { constructor() { this.vpn_connection = base(); } }
    return {
      once, reads, proto: brief(proto),
      klass: api.validateCreateVpnConnection(new Body()),
      boxed: brief(api.validateCreateVpnConnection({ vpn_connection: { ...base(), name: new String("a b") } })),
      tooLong: brief(api.validateCreateVpnConnection({ vpn_connection: { ...base(), name: "x".repeat(2 * 1024 * 1024) } })),
    };
  }`);
  assert.deepEqual(result.once, { ok: true, issues: [] });
  assert.equal(result.reads, 1);
  assert.ok(result.proto.includes("vpn_connection.__proto__ field.unknown"), result.proto.join());
  assert.deepEqual(result.klass, { ok: true, issues: [] });
  assert.ok(result.boxed.includes("vpn_connection.name name.format"), result.boxed.join());
  assert.deepEqual(result.tooLong, ["vpn_connection.name input.too_large"]);
});

test("the emulator's options and handle() read lists no further than they may go", async () => {
  const result = await inWorker(`async (api) => {
    const lying = new Proxy([], { get: (t, k) => (k === "length" ? 1e9 : undefined) });
    const out = {};
    for (const [name, options] of Object.entries({
      projects: { projects: new Array(2 ** 32 - 1) }, tokens: { tokens: lying }, credentials: { credentials: lying },
      faults: { faults: lying }, kinds: { faults: [{ rate: 1, kinds: new Array(2 ** 32 - 1) }] },
    })) {
      try { new api.Emulator(options); out[name] = "accepted"; } catch (e) { out[name] = e.name + ": " + e.message; }
    }
    const emulator = new api.Emulator();
    out.handle = emulator.handle("GET", "/v5/0123456789abcdef0123456789abcdef/vpn-connection", lying, new Uint8Array(0)).status;
    return out;
  }`);
  for (const name of ["projects", "tokens", "credentials", "faults"]) {
    assert.equal(result[name], `ConfigError: options.${name} may hold at most 10000 items`);
  }
  assert.match(result.kinds, /^ConfigError: options.faults\[\].kinds may hold at most 10000 items/);
  assert.equal(result.handle, 431);
});
