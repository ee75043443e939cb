// Every VpnClient operation through the packed tarball, against the in-process emulator (token)
// and the HTTP emulator (AK/SK).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { installedPackage, startEmulatorBin } from "./helpers.mjs";

const PROJECT = "0123456789abcdef0123456789abcdef";
let dir;
let api;
let Emulator;

before(() => {
  ({ dir, api, Emulator } = installedPackage());
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function walkEveryOperation(client) {
  const gw = (await client.createVpnGateway({ vpn_gateway: { vpc_id: "7e1e6bb4-2e3b-4b6c-9e4b-2a0b7c3d9f10", connect_subnet: "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9", local_subnets: ["10.0.0.0/16"] } })).vpn_gateway;
  assert.equal((await client.listVpnGateways()).vpn_gateways.length, 1);
  assert.equal((await client.updateVpnGateway(gw.id, { vpn_gateway: { name: "gw-2" } })).vpn_gateway.name, "gw-2");
  assert.ok((await client.listAvailabilityZones()).availability_zones.professional1);
  assert.equal((await client.updateVpnGatewaySpecification(gw.id, { vpn_gateway: { flavor: "Professional2" } })).vpn_gateway.flavor, "Professional2");
  let status;
  for (let i = 0; i < 100 && status !== "ACTIVE"; i++) {
    status = (await client.getVpnGateway(gw.id)).vpn_gateway.status;
    if (status !== "ACTIVE") await new Promise((r) => setTimeout(r, 20));
  }
  assert.equal(status, "ACTIVE");

  const cgw = (await client.createCustomerGateway({ customer_gateway: { id_value: "203.0.113.7" } })).customer_gateway;
  assert.equal((await client.getCustomerGateway(cgw.id)).customer_gateway.id_value, "203.0.113.7");
  assert.equal((await client.updateCustomerGateway(cgw.id, { customer_gateway: { name: "office" } })).customer_gateway.name, "office");
  assert.equal((await client.listCustomerGateways({ limit: 10 })).total_count, 1);

  const item = { vgw_id: gw.id, vgw_ip: gw.eip1.id, cgw_id: cgw.id, peer_subnets: ["192.168.44.0/24"], psk: "Abcd1234!x" };
  const conn = (await client.createVpnConnection({ vpn_connection: item })).vpn_connection;
  assert.equal((await client.batchCreateVpnConnections({ vpn_connections: [item] })).vpn_connections.length, 1);
  const page = await client.listVpnConnections({ limit: 1, vgw_id: gw.id });
  assert.deepEqual([page.total_count, page.vpn_connections.length], [2, 1]);
  const next = await client.listVpnConnections({ limit: 1, marker: page.page_info.next_marker });
  assert.notEqual(next.vpn_connections[0].id, page.vpn_connections[0].id);
  assert.equal((await client.updateVpnConnection(conn.id, { vpn_connection: { name: "renamed" } })).vpn_connection.name, "renamed");
  assert.equal((await client.getVpnConnectionLog(conn.id)).logs.length, 1);

  const monitor = (await client.createConnectionMonitor({ connection_monitor: { vpn_connection_id: conn.id } })).connection_monitor;
  assert.equal((await client.getConnectionMonitor(monitor.id)).connection_monitor.id, monitor.id);
  assert.equal((await client.listConnectionMonitors({ vpn_connection_id: conn.id })).connection_monitors.length, 1);
  assert.equal(await client.deleteConnectionMonitor(monitor.id), undefined);
  assert.ok((await client.getQuotas()).quotas.resources.some((q) => q.type === "vpn_connection" && q.used === 2));

  await client.addTags("vpn-connection", conn.id, { tags: [{ key: "env", value: "prod" }] });
  assert.deepEqual((await client.listTags("vpn-connection", conn.id)).tags, [{ key: "env", value: "prod" }]);
  assert.deepEqual((await client.listProjectTags("vpn-connection")).tags, [{ key: "env", values: ["prod"] }]);
  const filter = { tags: [{ key: "env", values: ["prod"] }] };
  assert.equal((await client.filterResourcesByTags("vpn-connection", filter, { limit: 10, offset: 0 })).total_count, 1);
  assert.equal((await client.countResourcesByTags("vpn-connection", filter)).total_count, 1);
  await client.removeTags("vpn-connection", conn.id, { tags: [{ key: "env" }] });

  await client.deleteVpnConnection(conn.id);
  const e = await client.deleteCustomerGateway(cgw.id).catch((x) => x);
  assert.ok(e instanceof api.ApiError && e.status === 400, "the batch connection still uses it");
  await assert.rejects(client.getVpnGateway("../quotas"), api.ValidationError);
  // A number is no id; the message shows what was given.
  await assert.rejects(client.getVpnConnection(42), (e) => e instanceof api.ValidationError && /got "42"/.test(e.message));
  await assert.rejects(client.listTags("vpn-gateways", gw.id), api.ValidationError);
}

test("every operation with a token, in process", async () => {
  const emulator = new Emulator({ transitionMs: 0 });
  const client = new api.VpnClient({ endpoint: "http://emulator.local", projectId: PROJECT, auth: { token: "emulator-token" }, fetch: emulator.fetch });
  await walkEveryOperation(client);
});

test("every operation with AK/SK over HTTP; a wrong secret key is refused", async () => {
  const server = await startEmulatorBin(dir, ["--transition-ms", "0", "--access-key", "AKCANARY000000000000", "--secret-key", "sk-canary-3141"]);
  try {
    const client = new api.VpnClient({ endpoint: server.url, projectId: PROJECT, auth: { accessKey: "AKCANARY000000000000", secretKey: "sk-canary-3141" } });
    await walkEveryOperation(client);
    const wrong = new api.VpnClient({ endpoint: server.url, projectId: PROJECT, auth: { accessKey: "AKCANARY000000000000", secretKey: "not-it" } });
    const e = await wrong.getQuotas().catch((x) => x);
    assert.ok(e instanceof api.ApiError && e.status === 401 && e.code === "APIGW.0301", JSON.stringify(e));
    assert.ok(!`${e.message} ${e.stack} ${JSON.stringify(e)}`.includes("sk-canary-3141"));
  } finally {
    await server.stop();
  }
});

test("endpointFor", () => {
  assert.equal(api.VpnClient.endpointFor("otc", "eu-de"), "https://vpn.eu-de.otc.t-systems.com");
  assert.equal(api.VpnClient.endpointFor("huawei", "ap-southeast-1"), "https://vpn.ap-southeast-1.myhuaweicloud.com");
  assert.equal(api.VpnClient.endpointFor("otc", "eu-ch2"), "https://vpn.eu-ch2.sc.otc.t-systems.com");
  assert.throws(() => api.VpnClient.endpointFor("aws", "eu-de"), api.ConfigError);
  assert.throws(() => api.VpnClient.endpointFor("otc", "eu-de.evil.com/"), api.ConfigError);
});

test("a caller's fetch that answers oddly gives a typed error, never a crash", async () => {
  const clientWith = (fetch) => new api.VpnClient({ endpoint: "http://127.0.0.1:9", projectId: PROJECT,
    auth: { token: "emulator-token" }, fetch, retry: { maxAttempts: 1 } });
  const networkError = async (fetch, pattern) => {
    const e = await clientWith(fetch).getQuotas().catch((x) => x);
    assert.ok(e instanceof api.NetworkError, `${e?.name}: ${e?.message}`);
    assert.match(e.message, pattern);
    assert.equal(e.attempts, 1);
  };
  await networkError(() => 42, /fetch did not return a Promise/);
  await networkError(() => { throw new TypeError("bad header value"); }, /bad header value/);
  await networkError(async () => ({}), /no HTTP status/);
  await networkError(async () => ({ status: 700, headers: new Headers() }), /no HTTP status/);
  await networkError(async () => ({ status: 200, headers: new Headers() }), /no body reader/);
  await networkError(async () => ({ status: 200, headers: new Headers(), arrayBuffer: () => "x" }), /did not return a Promise/);
  await networkError(async () => ({ status: 200, headers: new Headers(), arrayBuffer: async () => 5 }), /gave no bytes/);
  await networkError(async () => Promise.reject(null), /fetch failed/);

  // Headers as [name, value] pairs are read too (names in any case); a Headers whose get throws
  // only loses the header, and the request id then comes from the body.
  const bytesOf = (body) => new TextEncoder().encode(JSON.stringify(body)).buffer;
  const answer = (headers, body) => async () => ({ status: 404, headers, arrayBuffer: async () => bytesOf(body) });
  const noId = { error_code: "VPN.0004", error_msg: "resource not found" };
  let e = await clientWith(answer([["X-Request-Id", "rid-header"]], noId)).getQuotas().catch((x) => x);
  assert.ok(e instanceof api.ApiError && e.code === "VPN.0004" && e.status === 404, `${e?.name}: ${e?.message}`);
  assert.equal(e.requestId, "rid-header");
  const withId = { ...noId, request_id: "rid-body" };
  e = await clientWith(answer({ get() { throw new Error("no"); } }, withId)).getQuotas().catch((x) => x);
  assert.ok(e instanceof api.ApiError && e.requestId === "rid-body", `${e?.name}: ${e?.requestId}`);
});

test("a success body is handed over as the server wrote it, once it has its documented envelope", async () => {
  const reply = (status, text, headers = {}) => async () => new Response(text, { status, headers });
  const clientWith = (fetch) => new api.VpnClient({ endpoint: "http://127.0.0.1:9", projectId: PROJECT,
    auth: { token: "emulator-token" }, fetch, retry: { maxAttempts: 1 } });
  const id = "b32d91a4-3f0e-4c1a-a8df-e907174eb11d";
  // Fields this version does not know, and numbers past 2^53 as JSON.parse reads them, arrive as
  // a plain JSON.parse of the body would give them.
  const body = { vpn_connection: { id, status: "ACTIVE", bgp_peer: { peer_asn: 4294967295 }, future: [1, { x: null }] },
    request_id: "r-1", total: 9007199254740993 };
  const text = JSON.stringify(body).replace("9007199254740992", "9007199254740993");
  assert.deepEqual(await clientWith(reply(200, text)).getVpnConnection(id), JSON.parse(text));

  const invalid = async (call, status, text, pattern) => {
    const e = await call(clientWith(reply(status, text, { "x-request-id": "rid-h" }))).catch((x) => x);
    assert.ok(e instanceof api.ApiError, `${e?.name}: ${e?.message}`);
    assert.equal(e.code, "RESPONSE.INVALID");
    assert.equal(e.status, status);
    assert.equal(e.requestId, "rid-h");
    assert.equal(e.retryable, false);
    assert.match(e.message, pattern);
  };
  const get = (c) => c.getVpnConnection(id);
  await invalid(get, 200, "<html>OK</html>", /200 response body is not the documented shape: it is not JSON/);
  await invalid(get, 200, "", /not JSON/);
  await invalid(get, 200, JSON.stringify({ request_id: "r" }), /it has no vpn_connection object/);
  await invalid(get, 200, JSON.stringify({ vpn_connection: [] }), /it has no vpn_connection object/);
  await invalid((c) => c.listVpnConnections(), 200, JSON.stringify({ vpn_connections: {} }), /it has no vpn_connections list/);
  await invalid((c) => c.getQuotas(), 200, "null", /it has no quotas object/);
  await invalid((c) => c.getVpnConnectionLog(id), 200, JSON.stringify({ logs: "none" }), /it has no logs list/);
  // A 201 where a 200 is documented is not a success of this call; a 204 resolves to undefined
  // whatever its body.
  const e = await clientWith(reply(201, JSON.stringify(body))).getVpnConnection(id).catch((x) => x);
  assert.ok(e instanceof api.ApiError && e.status === 201, `${e?.name}: ${e?.message}`);
  assert.equal(await clientWith(reply(204, null)).deleteVpnConnection(id), undefined);
  // Gateways and tags are held to their documented envelopes as well.
  await invalid((c) => c.listProjectTags("vpn-connection"), 200, "[1,2]", /it has no tags list/);
  await invalid((c) => c.getVpnGateway(id), 200, JSON.stringify({ request_id: "r" }), /it has no vpn_gateway object/);
  await invalid((c) => c.listVpnGateways(), 200, JSON.stringify({ vpn_gateways: null }), /it has no vpn_gateways list/);
});

test("a body is sent as the text JSON.stringify gives; one nested past 64 levels is refused before sending, even with validation off", async () => {
  const sent = [];
  const recording = async (url, init) => {
    sent.push(new TextDecoder().decode(init.body));
    return new Response(JSON.stringify({ error_code: "VPN.0001", error_msg: "invalid request" }), { status: 400 });
  };
  const clientWith = (validation) => new api.VpnClient({ endpoint: "http://127.0.0.1:9", projectId: PROJECT,
    auth: { token: "emulator-token" }, fetch: recording, retry: { maxAttempts: 1 }, validation });
  const body = { customer_gateway: { name: "cgw-1", id_value: "203.0.113.7", bgp_asn: 65000, note: "x".repeat(3) } };
  await clientWith("off").createCustomerGateway(body).catch(() => {});
  assert.deepEqual(sent, [JSON.stringify(body)]);

  let deep = {};
  for (let i = 0; i < 200; i++) deep = { a: deep };
  const e = await clientWith("error").createCustomerGateway({ customer_gateway: { id_value: "203.0.113.7", deep } }).catch((x) => x);
  assert.ok(e instanceof api.ValidationError, `${e?.name}: ${e?.message}`);
  const at = `customer_gateway.deep${".a".repeat(62)}`;
  assert.deepEqual(e.issues.map((i) => [i.path, i.code]), [[at, "input.unsupported"]]);
  assert.match(e.issues[0].message, /nested deeper than 64 levels/);
  assert.equal(sent.length, 1, "nothing was sent");
  // The body is read to be sent, and no reader goes past 64 levels: with validation off too.
  const off = await clientWith("off").createCustomerGateway({ customer_gateway: { deep } }).catch((x) => x);
  assert.ok(off instanceof api.ValidationError && off.issues[0].path.startsWith("customer_gateway.deep.a"), `${off?.name}`);
  assert.equal(sent.length, 1, "nothing was sent");
  const q = await clientWith("off").listVpnConnections({ vgw_id: deep }).catch((x) => x);
  assert.ok(q instanceof api.ConfigError && /query parameter vgw_id\.a.*nested deeper than 64 levels/.test(q.message), `${q?.name}: ${q?.message}`);
});

test("query values JSON cannot carry are a ConfigError, not left out", async () => {
  let sent = 0;
  const client = new api.VpnClient({ endpoint: "http://127.0.0.1:9", projectId: PROJECT, auth: { token: "emulator-token" },
    fetch: async () => { sent++; return new Response("{}"); } });
  for (const limit of [NaN, Infinity]) {
    const e = await client.listVpnConnections({ limit }).catch((x) => x);
    assert.ok(e instanceof api.ConfigError && /query parameter limit: NaN and Infinity/.test(e.message), `${e?.name}: ${e?.message}`);
  }
  assert.equal(sent, 0);
});

test("a call's own validateOptions are laid over the client's", async () => {
  const emulator = new Emulator({ transitionMs: 0 });
  const client = new api.VpnClient({ endpoint: "http://emulator.local", projectId: PROJECT, auth: { token: "emulator-token" },
    fetch: emulator.fetch, validateOptions: { cloud: "otc", context: { gateway: null } } });
  const gateway = (await client.createVpnGateway({ vpn_gateway: { attachment_type: "er", er_id: "7e1e6bb4-2e3b-4b6c-9e4b-2a0b7c3d9f10" } })).vpn_gateway;
  await client.waitForVpnGateway(gateway.id, { minDelayMs: 5 });
  const cgw = (await client.createCustomerGateway({ customer_gateway: { id_value: "203.0.113.7" } })).customer_gateway;
  const body = { vpn_connection: { vgw_id: gateway.id, vgw_ip: gateway.eip1.id, cgw_id: cgw.id, style: "bgp", psk: "Abcd1234!x",
    tunnel_local_address: "169.254.1.1/30", tunnel_peer_address: "169.254.1.2/30" } };
  // Without the gateway in the context, peer_subnets is required.
  const refused = await client.createVpnConnection(body).catch((x) => x);
  assert.ok(refused instanceof api.ValidationError, `${refused?.name}: ${refused?.message}`);
  assert.deepEqual(refused.issues.map((i) => i.code), ["field.required"]);
  // With it, an er gateway's bgp connection may leave them out.
  const context = { gateway: { attachment_type: "er" } };
  const created = await client.createVpnConnection(body, { validateOptions: { context } });
  assert.equal(created.vpn_connection.style, "BGP");
  // The client's cloud still holds: a Huawei-only field is refused on OTC.
  const huaweiOnly = { vpn_connection: { ...body.vpn_connection, enable_health_check: true } };
  const e = await client.createVpnConnection(huaweiOnly, { validateOptions: { context } }).catch((x) => x);
  assert.ok(e instanceof api.ValidationError && e.issues.some((i) => i.code === "field.unknown"), `${e?.name}: ${e?.message}`);
  // and a key given replaces the client's.
  const huawei = await client.createVpnConnection(
    { vpn_connection: { ...huaweiOnly.vpn_connection, tunnel_local_address: "169.254.2.1/30", tunnel_peer_address: "169.254.2.2/30" } },
    { validateOptions: { context, cloud: "huawei" }, signal: new AbortController().signal },
  ).catch((x) => x);
  assert.ok(!(huawei instanceof api.ValidationError), `${huawei?.name}: ${huawei?.message}`);
  for (const validateOptions of [{ cloud: "aws" }, "otc"]) {
    await assert.rejects(client.createVpnConnection(body, { validateOptions }), api.ConfigError);
  }
});
