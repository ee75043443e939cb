// A canary PSK, token, secret key and security token run through every path of the client,
// the validators, the signer and the emulator; none may appear in any error (message, stack,
// JSON, inspection), any console line, or the client object.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { inspect } from "node:util";
import { installedPackage } from "./helpers.mjs";

const PROJECT = "0123456789abcdef0123456789abcdef";
const PSK = "Canary!Psk#4711";
const WEAK_PSK = "canarypskweak";
const TOKEN = "tok-canary-5150";
const SK = "sk-canary-8086-xyz";
const STS = "sts-canary-4242";
const CANARIES = [PSK, WEAK_PSK, TOKEN, SK, STS];
let dir;
let api;
let Emulator;

before(() => {
  ({ dir, api, Emulator } = installedPackage());
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Every way a caller could print `value`. */
function renderings(value) {
  const out = [String(value), inspect(value, { depth: 20, showHidden: true })];
  try {
    out.push(JSON.stringify(value));
  } catch {
    // a value JSON cannot hold has nothing to leak through it
  }
  if (value instanceof Error) out.push(value.message, value.stack ?? "");
  return out.join("\n");
}

function assertClean(label, text) {
  for (const canary of CANARIES) assert.ok(!text.includes(canary), `${label} shows ${canary}:\n${text.slice(0, 2000)}`);
}

test("no canary secret appears in any error, console line or object of any path", { timeout: 60_000 }, async () => {
  const printed = [];
  const saved = {};
  for (const level of ["log", "info", "warn", "error", "debug"]) {
    saved[level] = console[level];
    console[level] = (...args) => printed.push(args.map((a) => renderings(a)).join(" "));
  }
  const seen = [];
  const capture = async (label, run) => {
    try {
      const value = await run();
      seen.push([label, renderings(value)]);
    } catch (e) {
      seen.push([label, renderings(e)]);
    }
  };
  try {
    const emulator = new Emulator({ transitionMs: 0, tokens: [TOKEN, "emulator-token"],
      credentials: [{ accessKey: "AKCANARY000000000000", secretKey: SK }] });
    const byToken = new api.VpnClient({ endpoint: "http://emulator.local", projectId: PROJECT, auth: { token: TOKEN }, fetch: emulator.fetch });
    const byAkSk = new api.VpnClient({ endpoint: "http://emulator.local", projectId: PROJECT, fetch: emulator.fetch,
      auth: { accessKey: "AKCANARY000000000000", secretKey: SK, securityToken: STS } });
    const warnMode = new api.VpnClient({ endpoint: "http://emulator.local", projectId: PROJECT, auth: { token: TOKEN },
      fetch: emulator.fetch, validation: "warn" });
    const refused = new api.VpnClient({ endpoint: "http://127.0.0.1:9", projectId: PROJECT, auth: { token: TOKEN },
      retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 } });
    const hanging = new api.VpnClient({ endpoint: "http://127.0.0.1:9", projectId: PROJECT, auth: { accessKey: "AKCANARY000000000000", secretKey: SK },
      fetch: () => new Promise(() => {}), allowInsecureHttp: true, timeoutMs: 20, retry: { maxAttempts: 1 } });
    const wrongToken = new api.VpnClient({ endpoint: "http://emulator.local", projectId: PROJECT, auth: { token: `${TOKEN}-wrong` }, fetch: emulator.fetch });
    for (const [label, client] of [["token client", byToken], ["AK/SK client", byAkSk], ["refused client", refused]]) {
      seen.push([label, renderings(client)]);
    }

    const g = await byToken.createVpnGateway({ vpn_gateway: { vpc_id: "7e1e6bb4-2e3b-4b6c-9e4b-2a0b7c3d9f10",
      connect_subnet: "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9", local_subnets: ["10.0.0.0/16"] } });
    const cgw = await byAkSk.createCustomerGateway({ customer_gateway: { id_value: "203.0.113.7" } });
    const good = { vpn_connection: { vgw_id: g.vpn_gateway.id, vgw_ip: g.vpn_gateway.eip1.id, cgw_id: cgw.customer_gateway.id,
      peer_subnets: ["192.168.44.0/24"], psk: PSK } };
    const withPsk = (psk, extra = {}) => ({ vpn_connection: { ...good.vpn_connection, psk, ...extra } });

    await capture("create (token)", () => byToken.createVpnConnection(good));
    await capture("create (AK/SK)", () => byAkSk.createVpnConnection(withPsk(PSK, { peer_subnets: ["192.168.45.0/24"] })));
    await capture("weak PSK, validation error", () => byToken.createVpnConnection(withPsk(WEAK_PSK)));
    await capture("weak PSK, warn mode sends and logs", () => warnMode.createVpnConnection(withPsk(WEAK_PSK, { peer_subnets: ["192.168.46.0/24"] })));
    await capture("overlap, validation error", () => byToken.createVpnConnection(withPsk(PSK, { peer_subnets: ["10.1.0.0/16", "10.1.1.0/24"] })));
    await capture("unknown customer gateway, API error", () => byToken.createVpnConnection(withPsk(PSK, { cgw_id: "11111111-2222-4333-8444-555555555555" })));
    await capture("update with a PSK", async () => {
      const list = await byToken.listVpnConnections();
      return byToken.updateVpnConnection(list.vpn_connections[0].id, { vpn_connection: { psk: PSK } });
    });
    await capture("list", () => byAkSk.listVpnConnections());
    await capture("paginate", async () => {
      const all = [];
      for await (const c of byToken.paginateVpnConnections({ limit: 1 })) all.push(c);
      return all;
    });
    await capture("wrong token, 401", () => wrongToken.getQuotas());
    await capture("refused, network error", () => refused.createVpnConnection(good));
    await capture("timeout (AK/SK)", () => hanging.getQuotas());
    await capture("abort", () => {
      const c = new AbortController();
      c.abort();
      return byToken.createVpnConnection(good, { signal: c.signal });
    });
    await capture("wait error", () => byToken.waitForVpnConnection("11111111-2222-4333-8444-555555555555", { minDelayMs: 1 }));
    await capture("bad options", () => new api.VpnClient({ endpoint: "http://vpn.example.com", projectId: PROJECT, auth: { token: TOKEN } }));
    await capture("bad auth", () => new api.VpnClient({ endpoint: "https://vpn.example.com", projectId: PROJECT, auth: { token: TOKEN, secretKey: SK } }));
    await capture("validator", () => api.validateCreateVpnConnection(withPsk(WEAK_PSK)));
    await capture("validator, PSK too long", () => api.validateCreateVpnConnection(withPsk(`${PSK}${"x".repeat(130)}`)));
    await capture("schema", () => api.createVpnConnectionSchema["~standard"].validate(withPsk(WEAK_PSK)));
    await capture("signer error", () => api.signRequest({ method: "GET", url: "/relative", accessKey: "AK", secretKey: SK }));
    await capture("emulator snapshot", () => emulator.snapshot());
  } finally {
    Object.assign(console, saved);
  }
  assert.ok(seen.length >= 20);
  for (const [label, text] of seen) assertClean(label, text);
  assert.ok(printed.length > 0, "warn mode printed its warnings");
  for (const line of printed) assertClean("console", line);
});
