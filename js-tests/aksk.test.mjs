// AK/SK through the packed tarball: requests signed by the vendor's own signer (AKSKSigner of
// @huaweicloud/huaweicloud-sdk-core) are accepted by the emulator server, and refused with one
// byte changed; cloudvpn's signRequest produces the vendor's Authorization byte for byte.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { installTarball, startEmulatorBin, ROOT } from "./helpers.mjs";

const require = createRequire(join(ROOT, "package.json"));
const { AKSKSigner } = require("@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner");
const PROJECT = "0123456789abcdef0123456789abcdef";
const AK = "EMULATORACCESSKEY000";
const SK = "emulator-secret-key";

let dir;
let server;
let api;

before(async () => {
  dir = installTarball();
  server = await startEmulatorBin(dir);
  api = createRequire(join(dir, "package.json"))("cloudvpn");
});

after(async () => {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The vendor's signature of a request, as its HTTP client would send it. */
function vendorSign({ method, path, query = {}, body, date }) {
  const headers = { "content-type": "application/json" };
  if (date) headers["X-Sdk-Date"] = date;
  const request = { method, endpoint: `${server.url}${path}`, queryParams: query, headers, data: body };
  return AKSKSigner.sign(request, { getAk: () => AK, getSk: () => SK });
}

test("the emulator accepts what the vendor's signer signs, and refuses it with one byte changed", async () => {
  const body = { customer_gateway: { id_value: "203.0.113.9", name: "signed-by-vendor" } };
  const headers = vendorSign({ method: "POST", path: `/v5/${PROJECT}/customer-gateways`, body });
  const send = (text) => fetch(`${server.url}/v5/${PROJECT}/customer-gateways`, { method: "POST", headers, body: text });
  const ok = await send(JSON.stringify(body));
  assert.equal(ok.status, 201, await ok.clone().text());
  assert.equal((await ok.json()).customer_gateway.name, "signed-by-vendor");
  const changed = JSON.stringify(body).replace("signed-by-vendor", "signed-by-vendos");
  const refused = await send(changed);
  assert.equal(refused.status, 401);
  assert.equal((await refused.json()).error_code, "APIGW.0301");

  const listHeaders = vendorSign({ method: "GET", path: `/v5/${PROJECT}/customer-gateways`, query: { limit: 10 } });
  const list = await fetch(`${server.url}/v5/${PROJECT}/customer-gateways?limit=10`, { headers: listHeaders });
  assert.equal(list.status, 200);
  const other = await fetch(`${server.url}/v5/${PROJECT}/customer-gateways?limit=11`, { headers: listHeaders });
  assert.equal(other.status, 401, "a query changed after signing");
});

test("signRequest matches the vendor's signer byte for byte", () => {
  const date = "20251126T101500Z";
  const cases = [
    { method: "GET", path: `/v5/${PROJECT}/vpn-connection`, query: { limit: 100, marker: "2025-06-11T13:59:59.633Z", vgw_id: "b32d91a4-3f0e-4c1a-a8df-e907174eb11d" } },
    { method: "POST", path: `/v5/${PROJECT}/vpn-connection`, body: { vpn_connection: { name: "ä ö/é", psk: "Abcd1234!x" } } },
    { method: "DELETE", path: `/v5/${PROJECT}/vpn-connection/98c5af8a-6ee2-4482-99a2-ae2280a6f4c3` },
  ];
  for (const c of cases) {
    const vendor = vendorSign({ ...c, date });
    const search = new URLSearchParams(Object.entries(c.query ?? {}).map(([k, v]) => [k, String(v)])).toString().replaceAll("+", "%20");
    const ours = api.signRequest({
      method: c.method,
      url: `${server.url}${c.path}${search ? `?${search}` : ""}`,
      headers: { "content-type": "application/json", "X-Sdk-Date": date },
      body: c.body === undefined ? undefined : JSON.stringify(c.body),
      accessKey: AK,
      secretKey: SK,
    });
    assert.equal(ours.Authorization, vendor.Authorization, `${c.method} ${c.path}`);
    assert.equal(ours.host, vendor.host);
  }
});

test("signRequest rejects unusable input with a ConfigError and never shows the secret key", () => {
  for (const bad of [undefined, {}, { method: "GET", url: "/relative", accessKey: AK, secretKey: "sk-canary-77" }]) {
    assert.throws(() => api.signRequest(bad), (e) => e instanceof api.ConfigError && !String(e.message).includes("sk-canary-77"));
  }
  const base = { method: "GET", url: "https://vpn.eu-de.otc.t-systems.com/v5/p/vpn-connection", accessKey: AK, secretKey: SK };
  const wrong = [
    [{ headers: "content-type: application/json" }, /headers must be an object/],
    [{ headers: ["a", "b"] }, /headers must be an object/],
    [{ headers: { "X-Count": 3 } }, /header values must be strings/],
    [{ headers: { "X-Gone": undefined } }, /header values must be strings/],
    [{ securityToken: 42 }, /securityToken must be a string/],
    [{ body: 42 }, /body must be a string or a Uint8Array/],
    [{ date: "yesterday" }, /date must be YYYYMMDDTHHMMSSZ/],
    [{ date: Number.NaN }, /date must be a valid Date/],
    [{ date: new Date("not a date") }, /date must be a valid Date/],
    [{ date: -1 }, /date must be a valid Date/],
  ];
  for (const [change, message] of wrong) {
    assert.throws(() => api.signRequest({ ...base, ...change }), (e) => e instanceof api.ConfigError && message.test(e.message), JSON.stringify(change));
  }
  const headers = api.signRequest({ ...base, securityToken: "tok", date: new Date(Date.UTC(2025, 0, 2, 3, 4, 5)) });
  assert.equal(headers["X-Sdk-Date"], "20250102T030405Z");
  assert.equal(headers["X-Security-Token"], "tok");
  assert.match(headers.Authorization, /SignedHeaders=host;x-sdk-date;x-security-token,/);
});

test("signRequest signs the same request alike however its fields are given", () => {
  const body = { vpn_connection: { name: "quote \" back\\slash ä 🚀", psk: "Abcd1234!x" } };
  // A body with newlines too: the fast path puts the body after the first newline of its text.
  for (const text of [JSON.stringify(body), `${JSON.stringify(body, null, 2)}\n\n`]) signedAlike(text);
});

function signedAlike(text) {
  const request = { method: "POST", url: `https://vpn.eu-de.otc.t-systems.com/v5/${PROJECT}/vpn-connection?b=2&a=1`, accessKey: AK, secretKey: SK };
  const expected = api.signRequest({ ...request, headers: { "Content-Type": "application/json" }, body: text, date: "20250102T030405Z" });
  // Plain strings cross as one JSON text; a Uint8Array body, a getter or a class instance is read field by field.
  const variants = [
    { ...request, headers: { "Content-Type": "application/json" }, body: new TextEncoder().encode(text), date: "20250102T030405Z" },
    { ...request, headers: { "Content-Type": "application/json" }, body: text, date: Date.UTC(2025, 0, 2, 3, 4, 5) },
    { ...request, headers: { "Content-Type": "application/json" }, body: text, date: new Date(Date.UTC(2025, 0, 2, 3, 4, 5)) },
    { ...request, headers: { "Content-Type": "application/json", "X-Sdk-Date": "20250102T030405Z" }, body: text },
    Object.assign(Object.create({ get body() { return text; } }), { ...request, headers: { "Content-Type": "application/json" }, date: "20250102T030405Z" }),
  ];
  for (const input of variants) {
    const got = api.signRequest(input);
    assert.equal(got.Authorization, expected.Authorization);
    assert.equal(got["X-Sdk-Date"], "20250102T030405Z");
    assert.equal(got["Content-Type"], "application/json");
    assert.equal(got.host, "vpn.eu-de.otc.t-systems.com");
  }
  // An Authorization header given is replaced, never signed.
  const resigned = api.signRequest({ ...request, headers: { "Content-Type": "application/json", Authorization: "old" }, body: text, date: "20250102T030405Z" });
  assert.equal(resigned.Authorization, expected.Authorization);
}

test("signRequest returns every header as an own property, even one named __proto__", () => {
  const headers = JSON.parse('{"__proto__": "p", "X-A": "1"}');
  const got = api.signRequest({ method: "GET", url: `https://vpn.eu-de.otc.t-systems.com/v5/${PROJECT}/vpn-connection`, headers, accessKey: AK, secretKey: SK, date: "20250102T030405Z" });
  assert.equal(Object.getPrototypeOf(got), Object.prototype);
  assert.deepEqual(Object.keys(got), ["__proto__", "X-A", "host", "X-Sdk-Date", "Authorization"]);
  assert.equal(Object.getOwnPropertyDescriptor(got, "__proto__").value, "p");
  assert.match(got.Authorization, /SignedHeaders=__proto__;host;x-a;x-sdk-date,/);
});
