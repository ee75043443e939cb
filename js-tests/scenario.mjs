// The foundation scenario, run against the installed package from Node ESM, Node CJS and
// Chromium alike. It returns one entry per check; the caller asserts that every one passed.
// `api` is the package ('cloudvpn'), `Emulator` its in-process emulator, `endpoint` the URL of a
// running emulator server.

const PROJECT = "0123456789abcdef0123456789abcdef";
const TOKEN = "emulator-token";
const CANARY_PSK = "Canary!Psk42";
const CANARY_TOKEN = "canary-token-9d1c";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function seed(overrides = {}) {
  return {
    vpn_connection: {
      vgw_id: "b32d91a4-3f0e-4c1a-a8df-e907174eb11d",
      vgw_ip: "0c464dad-1d2c-4a8d-9f5e-c22bb0eb0bde",
      cgw_id: "5247ae10-7b1e-4d0a-8c3f-dd36659a7f5d",
      peer_subnets: ["192.168.44.0/24"],
      psk: "Abcd1234!x",
      ...overrides,
    },
  };
}

/**
 * Creates what a connection needs (a VPN gateway and a customer gateway) with plain fetch, waits
 * until the gateway is ACTIVE, and returns the ids a connection body takes.
 */
async function infrastructure(fetchFn, endpoint) {
  const url = (path) => `${endpoint}/v5/${PROJECT}/${path}`;
  const headers = { "Content-Type": "application/json", "X-Auth-Token": TOKEN };
  const post = async (path, body) => (await fetchFn(url(path), { method: "POST", headers, body: JSON.stringify(body) })).json();
  const gateway = await post("vpn-gateways", {
    vpn_gateway: { vpc_id: "7e1e6bb4-2e3b-4b6c-9e4b-2a0b7c3d9f10", connect_subnet: "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9", local_subnets: ["10.0.0.0/16"] },
  });
  const cgw = await post("customer-gateways", { customer_gateway: { id_value: "203.0.113.7", bgp_asn: 65000 } });
  const id = gateway.vpn_gateway.id;
  for (let i = 0; i < 100; i++) {
    const shown = await (await fetchFn(url(`vpn-gateways/${id}`), { headers })).json();
    if (shown.vpn_gateway.status === "ACTIVE") break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return { vgw_id: id, vgw_ip: gateway.vpn_gateway.eip1.id, cgw_id: cgw.customer_gateway.id };
}

export async function scenario({ api, Emulator, endpoint }) {
  const results = [];
  const check = (name, ok, detail = "") => results.push({ name, ok: Boolean(ok), detail: String(detail) });
  const errorsOf = (report) => report.issues.filter((i) => i.severity === "error");
  const attempt = async (name, fn) => {
    try {
      await fn();
    } catch (e) {
      check(name, false, `threw ${e && e.name}: ${e && e.message}`);
    }
  };
  const rejection = async (promise) => {
    try {
      await promise;
    } catch (e) {
      return e;
    }
    throw new Error("expected a rejection");
  };

  // Validation
  const ok = api.validateCreateVpnConnection(seed());
  check("seed request is ok", ok.ok === true && errorsOf(ok).length === 0, JSON.stringify(ok));
  ok.issues.push({ changed: true });
  const again = api.validateCreateVpnConnection(seed());
  check("each report is a new object: changing one changes no other", again !== ok && again.issues.length === 0 && again.ok === true);
  const weak = api.validateCreateVpnConnection(seed({ psk: "abcd****" }));
  check("seed PSK abcd**** is an error at vpn_connection.psk", !weak.ok && errorsOf(weak).some((i) => i.path === "vpn_connection.psk"), JSON.stringify(weak));
  check("no issue message quotes the PSK", !JSON.stringify(weak).includes("abcd****"));
  const overlap = api.validateCreateVpnConnection(seed({ peer_subnets: ["10.0.0.0/16", "10.0.1.0/24"] }));
  const pair = errorsOf(overlap).find((i) => i.code === "cidr.overlap");
  check(
    "overlap names both entries",
    pair && [pair.path, pair.related].sort().join() === "vpn_connection.peer_subnets[0],vpn_connection.peer_subnets[1]",
    JSON.stringify(overlap),
  );
  const prefix = api.validateCreateVpnConnection(seed({ peer_subnets: ["10.1.0.0/16", "192.168.44.0/33"] }));
  check("a /33 is an error at its index", errorsOf(prefix).some((i) => i.path === "vpn_connection.peer_subnets[1]"), JSON.stringify(prefix));
  check("any value gets a report", [undefined, null, 42, "x", [], { vpn_connection: [] }].every((v) => api.validateCreateVpnConnection(v).ok === false));

  // Every validator takes any value and returns a report; the module stays usable afterwards.
  const validators = [
    "validateCreateVpnConnection", "validateUpdateVpnConnection", "validateBatchCreateVpnConnections",
    "validateCreateCustomerGateway", "validateUpdateCustomerGateway", "validateCreateVpnGateway",
    "validateUpdateVpnGateway", "validateCreateConnectionMonitor", "validateAddTags", "validateRemoveTags",
    "validateFilterResourcesByTags", "validateCountResourcesByTags",
  ];
  const cyclic = { vpn_connection: {} };
  cyclic.vpn_connection.self = cyclic;
  let deep = {};
  for (let i = 0; i < 5000; i++) deep = { a: deep };
  const odd = [undefined, null, NaN, 10n, Symbol("s"), () => 1, "x".repeat(1 << 20), [], cyclic, deep,
    { vpn_connection: { peer_subnets: Array.from({ length: 100_000 }, () => "10.0.0.0/24"), psk: "p".repeat(1 << 20) } },
    { vpn_connection: { lifetime: 1n } }, new Date(0), new Map([["a", 1]])];
  for (const name of validators) {
    const fn = api[name];
    // A Map reads as {}, which is a valid (empty) tag filter.
    const inputs = name.includes("ResourcesByTags") ? odd.filter((v) => !(v instanceof Map)) : odd;
    let reports = [];
    try {
      reports = inputs.map((v) => fn(v));
    } catch (e) {
      check(`${name}: never throws`, false, `${e && e.name}: ${e && e.message}`);
      continue;
    }
    check(`${name}: every odd value gets a failed report`, reports.every((r) => r.ok === false && Array.isArray(r.issues) && r.issues.length > 0));
  }
  check("cycles are reported at their path", api.validateCreateVpnConnection(cyclic).issues.some((i) => i.code === "input.unsupported" && i.path === "vpn_connection.self"));
  check("BigInt is reported", api.validateCreateVpnConnection({ vpn_connection: { name: 1n } }).issues.some((i) => i.code === "input.unsupported"));
  const big = api.validateCreateVpnConnection(odd[10]);
  check("huge lists give a bounded report", big.issues.length <= 1001 && big.issues.some((i) => i.code === "list.length" && /has 100000 items/.test(i.message)), big.issues.length);
  check("bad options give an options.invalid issue", api.validateCreateVpnConnection(seed(), { cloud: "aws" }).issues[0]?.code === "options.invalid");
  check("still usable after odd input", api.validateCreateVpnConnection(seed()).ok === true);
  check("otc drops Huawei-only fields", api.validateCreateVpnConnection(seed({ enable_health_check: true }), { cloud: "otc" }).issues.some((i) => i.code === "field.unknown"));
  check("unknownEnums: warning", api.validateCreateVpnConnection(seed({ ha_role: "primary" }), { unknownEnums: "warning" }).ok === true);
  const hostBits = api.validateCreateVpnConnection(seed({ peer_subnets: ["10.0.0.1/24"] })).issues[0];
  check("host bits: a warning with the network form as hint", hostBits?.severity === "warning" && hostBits.hint === "did you mean 10.0.0.0/24?", JSON.stringify(hostBits));

  // Standard Schema v1
  const schema = api.createVpnConnectionSchema;
  check("schema: ~standard v1 by cloudvpn", schema?.["~standard"]?.version === 1 && schema["~standard"].vendor === "cloudvpn");
  const good = schema["~standard"].validate(seed());
  check("schema: a valid body gives { value }", good.value?.vpn_connection?.psk === "Abcd1234!x" && good.issues === undefined);
  const bad = schema["~standard"].validate(seed({ peer_subnets: ["10.0.0.0/16", "10.0.1.0/24"] }));
  check(
    "schema: issues carry key paths",
    Array.isArray(bad.issues) && JSON.stringify(bad.issues[0].path) === JSON.stringify(["vpn_connection", "peer_subnets", 1]) && typeof bad.issues[0].message === "string",
    JSON.stringify(bad),
  );
  const warned = seed({ peer_subnets: ["10.0.0.1/16"] });
  const onlyWarnings = schema["~standard"].validate(warned);
  check("schema: warnings do not block, and value is the input itself", onlyWarnings.value === warned && onlyWarnings.issues === undefined);
  const cgw = api.createCustomerGatewaySchema["~standard"].validate({ customer_gateway: { id_value: "203.0.113.300" } });
  check("schema: each schema runs its own validator", JSON.stringify(cgw.issues?.map((i) => [i.path, i.code])) === JSON.stringify([[["customer_gateway", "id_value"], "ipv4.syntax"]]), JSON.stringify(cgw));
  const tagsSchema = api.countResourcesByTagsSchema["~standard"].validate({ tags: [{ key: "k", values: "v" }] });
  check("schema: the last schema too", tagsSchema.issues?.[0]?.path?.join(".") === "tags.0.values", JSON.stringify(tagsSchema));
  const schemaNames = validators.map((v) => v[8].toLowerCase() + v.slice(9) + "Schema");
  check("schema: one per validator", schemaNames.every((n) => typeof api[n]?.["~standard"]?.validate === "function"), schemaNames.filter((n) => !api[n]).join());

  // Create then get, in process and over HTTP
  const roundTrip = async (label, client, ids) => {
    await attempt(`${label}: create then get`, async () => {
      const created = await client.createVpnConnection(seed(ids));
      const c = created.vpn_connection;
      check(`${label}: created id is a UUID`, UUID.test(c.id), c.id);
      check(`${label}: generated name vpn-xxxx`, /^vpn-[0-9a-f]{4}$/.test(c.name), c.name);
      check(`${label}: style is uppercase`, c.style === "STATIC", c.style);
      check(`${label}: default IKE policy`, c.ikepolicy.ike_version === "v2" && c.ikepolicy.dh_group === "group15" && c.ikepolicy.lifetime_seconds === 86400, JSON.stringify(c.ikepolicy));
      check(`${label}: default IPsec policy`, c.ipsecpolicy.pfs === "group15" && c.ipsecpolicy.lifetime_seconds === 3600, JSON.stringify(c.ipsecpolicy));
      check(`${label}: timestamps with milliseconds`, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(c.created_at), c.created_at);
      check(`${label}: request_id`, typeof created.request_id === "string" && created.request_id.length > 0);
      check(`${label}: no PSK in the response`, !JSON.stringify(created).includes("Abcd1234!x"));
      const shown = await client.getVpnConnection(c.id);
      check(`${label}: get returns the same connection`, shown.vpn_connection.id === c.id && shown.vpn_connection.peer_subnets[0] === "192.168.44.0/24");
      check(`${label}: get has a status`, ["PENDING_CREATE", "DOWN"].includes(shown.vpn_connection.status), shown.vpn_connection.status);
    });
    await attempt(`${label}: unknown id`, async () => {
      const e = await rejection(client.getVpnConnection("11111111-2222-4333-8444-555555555555"));
      check(`${label}: unknown id is an ApiError`, e instanceof api.ApiError && e instanceof Error, e && e.name);
      check(`${label}: 404 VPN.0004 with a request id`, e.status === 404 && e.code === "VPN.0004" && typeof e.requestId === "string" && e.requestId.length > 0, JSON.stringify(e));
    });
  };
  const emulator = new Emulator({ transitionMs: 0 });
  const inProcess = new api.VpnClient({ endpoint: "http://emulator.local", projectId: PROJECT, auth: { token: TOKEN }, fetch: emulator.fetch });
  await roundTrip("in-process", inProcess, await infrastructure(emulator.fetch, "http://emulator.local"));
  const overHttp = new api.VpnClient({ endpoint, projectId: PROJECT, auth: { token: TOKEN } });
  await roundTrip("http", overHttp, await infrastructure(fetch, endpoint));
  await attempt("references", async () => {
    const e = await rejection(inProcess.createVpnConnection(seed()));
    check("a connection on a gateway that does not exist is a 404 VPN.0509", e instanceof api.ApiError && e.status === 404 && e.code === "VPN.0509", JSON.stringify(e));
  });

  // Auth
  await attempt("wrong token", async () => {
    const client = new api.VpnClient({ endpoint, projectId: PROJECT, auth: { token: CANARY_TOKEN } });
    const e = await rejection(client.createVpnConnection(seed({ psk: CANARY_PSK })));
    check("a wrong token is refused with 401", e instanceof api.ApiError && e.status === 401, JSON.stringify(e));
    const shown = `${e.message} ${e.stack} ${JSON.stringify(e)} ${String(e)}`;
    check("the error never shows the token or the PSK", !shown.includes(CANARY_TOKEN) && !shown.includes(CANARY_PSK), shown);
  });
  await attempt("no token", async () => {
    const res = await fetch(`${endpoint}/v5/${PROJECT}/vpn-connection`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(seed()) });
    const body = await res.json();
    check("a call without a token is refused with 401", res.status === 401 && typeof body.error_code === "string", `${res.status} ${JSON.stringify(body)}`);
  });

  // Errors before sending
  await attempt("validation error", async () => {
    const e = await rejection(inProcess.createVpnConnection(seed({ psk: "abcd****" })));
    check("an invalid body rejects with a ValidationError", e instanceof api.ValidationError && e instanceof Error && e.code === "VALIDATION", e && e.name);
    check("the ValidationError lists the issues", Array.isArray(e.issues) && e.issues.some((i) => i.path === "vpn_connection.psk"));
    check("nothing was sent", emulator.connectionCount(PROJECT) === 1, emulator.connectionCount(PROJECT));
  });
  await attempt("config error", async () => {
    let thrown;
    try {
      new api.VpnClient({ endpoint: "http://vpn.example.com", projectId: PROJECT, auth: { token: TOKEN } });
    } catch (e) {
      thrown = e;
    }
    check("plain http to a remote host is refused with a ConfigError", thrown instanceof api.ConfigError && thrown.code === "CONFIG", thrown && thrown.message);
  });
  return results;
}
