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

/** Asserts that `run` throws the package's ConfigError, code CONFIG, naming `field`, and that the
 * secret key shows nowhere in it (message, stack, JSON). */
function assertConfigError(run, field, label) {
  let error;
  try {
    run();
  } catch (e) {
    error = e;
  }
  assert.ok(error !== undefined, `${label}: signRequest did not throw`);
  assert.ok(error instanceof api.ConfigError, `${label}: ${error?.constructor?.name}: ${error?.message}`);
  assert.equal(error.code, "CONFIG", label);
  assert.ok(String(error.message).includes(field), `${label}: ${JSON.stringify(error.message)} does not name ${field}`);
  for (const text of [String(error.message), String(error.stack), JSON.stringify(error)]) {
    assert.ok(!text.includes(FORGE_SK), `${label}: the secret key shows in ${text}`);
    assert.ok(!text.includes(FORGE_TOKEN), `${label}: the security token shows in ${text}`);
  }
  return error;
}

const FORGE_SK = "sk-forge-canary-3b8e";
const FORGE_TOKEN = "token-forge-canary-91c4";
const forgeBase = () => ({
  method: "GET",
  url: `https://vpn.eu-de.otc.t-systems.com/v5/${PROJECT}/vpn-connection`,
  headers: { "Content-Type": "application/json" },
  accessKey: AK,
  secretKey: FORGE_SK,
  securityToken: FORGE_TOKEN,
  date: "20250102T030405Z",
});

test("signRequest refuses an access key, header or token that would forge or break a header", () => {
  const cases = [
    [{ accessKey: "AK\r\nX-Injected: 1" }, "accessKey"],
    [{ accessKey: "AK, SignedHeaders=host, Signature=00" }, "accessKey"],
    [{ accessKey: "AK=1" }, "accessKey"],
    [{ accessKey: "AK;host" }, "accessKey"],
    [{ accessKey: 'AK"' }, "accessKey"],
    [{ accessKey: "AK\0" }, "accessKey"],
    [{ accessKey: "" }, "accessKey"],
    [{ headers: { "X-A\r\nX-Injected": "1" } }, "header name"],
    [{ headers: { "X A": "1" } }, "header name"],
    [{ headers: { "X:A": "1" } }, "header name"],
    [{ headers: { "X-Value": "1\r\nX-Injected: 1" } }, "X-Value"],
    [{ headers: { "X-Value": "a\0b" } }, "X-Value"],
    [{ headers: { "X-Value": "a\u001bb" } }, "X-Value"],
    [{ headers: { "X-Auth-Token": `${FORGE_TOKEN}\n` } }, "X-Auth-Token"],
    [{ headers: { "X-Sdk-Date": "19691231T235959Z" } }, "X-Sdk-Date"],
    [{ securityToken: `${FORGE_TOKEN}\r\nX-Injected: 1` }, "securityToken"],
    [{ securityToken: "tok\0" }, "securityToken"],
    [{ method: "GET\r\nX-Injected: 1" }, "method"],
    [{ method: "GE T" }, "method"],
    [{ url: "https://vpn.example.com\r\nX-Injected: 1/v5" }, "url"],
  ];
  for (const [change, field] of cases) {
    const label = JSON.stringify(change);
    // The same refusal whether the input crosses as one text or is read field by field (a
    // Uint8Array body takes the second way).
    assertConfigError(() => api.signRequest({ ...forgeBase(), ...change }), field, label);
    assertConfigError(() => api.signRequest({ ...forgeBase(), ...change, body: new Uint8Array([123, 125]) }), field, `${label}, bytes`);
  }
  // What is not a delimiter still signs: a tab in a value, visible ASCII in the access key.
  const ok = api.signRequest({ ...forgeBase(), accessKey: "AK-1_(x)/y:z", headers: { "X-Tabbed": "a\tb" } });
  assert.match(ok.Authorization, /^SDK-HMAC-SHA256 Access=AK-1_\(x\)\/y:z, SignedHeaders=host;x-sdk-date;x-security-token;x-tabbed, Signature=[0-9a-f]{64}$/);
});

test("signRequest refuses dates outside 1970–9999", () => {
  const cases = [
    [{ date: 1e20 }, "date"],
    [{ date: -1 }, "date"],
    [{ date: new Date(Number.NaN) }, "date"],
    [{ date: 253402300800000 }, "date"], // 10000-01-01T00:00:00Z
    [{ date: new Date(8.64e15) }, "date"], // the last Date, in 275760
    [{ date: Number.POSITIVE_INFINITY }, "date"],
    [{ date: "19691231T235959Z" }, "date"],
    [{ date: "20250230T000000Z" }, "date"],
  ];
  for (const [change, field] of cases) {
    const label = String(change.date);
    assertConfigError(() => api.signRequest({ ...forgeBase(), ...change }), field, label);
    assertConfigError(() => api.signRequest({ ...forgeBase(), ...change, body: new Uint8Array(0) }), field, `${label}, bytes`);
  }
  assert.equal(api.signRequest({ ...forgeBase(), date: 253402300799999 })["X-Sdk-Date"], "99991231T235959Z");
  assert.equal(api.signRequest({ ...forgeBase(), date: 0 })["X-Sdk-Date"], "19700101T000000Z");
});

test("signRequest turns every exception from reading its input into a ConfigError naming the field", () => {
  const throwing = () => {
    throw new Error(`boom ${FORGE_SK}`);
  };
  const proxyHeaders = new Proxy({ "X-A": "1" }, { ownKeys: throwing, get: throwing, getOwnPropertyDescriptor: throwing });
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  class BadDate extends Date {
    getTime() {
      throw new Error(`boom ${FORGE_SK}`);
    }
  }
  const withGetter = (name) => Object.defineProperty(forgeBase(), name, { get: throwing, enumerable: true });
  const cases = [
    [{ ...forgeBase(), headers: proxyHeaders }, "headers", "a Proxy headers object that throws"],
    [{ ...forgeBase(), headers: revoked.proxy }, "headers", "revoked Proxy headers"],
    [{ ...forgeBase(), headers: Object.defineProperty({}, "X-A", { get: throwing, enumerable: true }) }, "headers", "a throwing header getter"],
    [withGetter("accessKey"), "accessKey", "a throwing getter on accessKey"],
    [withGetter("secretKey"), "secretKey", "a throwing getter on secretKey"],
    [withGetter("method"), "method", "a throwing getter on method"],
    [withGetter("body"), "body", "a throwing getter on body"],
    [withGetter("date"), "date", "a throwing getter on date"],
    [{ ...forgeBase(), date: new BadDate(0) }, "date", "a Date subclass whose getTime throws"],
    [{ ...forgeBase(), date: new Proxy(new Date(0), { getPrototypeOf: throwing }) }, "date", "a Proxy date"],
    [new Proxy(forgeBase(), { get: (target, key) => (key === "url" ? throwing() : target[key]) }), "url", "a Proxy input"],
  ];
  for (const [input, field, label] of cases) assertConfigError(() => api.signRequest(input), field, label);
  // A field of the wrong type whose toString throws is named too, and its toString never called.
  const sneaky = { toString: throwing, valueOf: throwing, [Symbol.toPrimitive]: throwing };
  for (const name of ["method", "url", "accessKey", "secretKey", "securityToken", "body", "date"]) {
    assertConfigError(() => api.signRequest({ ...forgeBase(), [name]: sneaky }), name, `a throwing toString as ${name}`);
  }
  assertConfigError(() => api.signRequest({ ...forgeBase(), headers: { "X-A": sneaky } }), "header", "a throwing toString as a header");
  // A getter that throws only the second time it is read: each field is read once.
  let reads = 0;
  const once = Object.defineProperty(forgeBase(), "accessKey", {
    get() {
      reads += 1;
      if (reads > 1) throw new Error("read twice");
      return AK;
    },
  });
  assert.match(api.signRequest(once).Authorization, /^SDK-HMAC-SHA256 Access=EMULATORACCESSKEY000, /);
  assert.equal(reads, 1);
});

test("signRequest signs the bytes a Uint8Array holds, whatever length a subclass claims", () => {
  class Short extends Uint8Array {
    get length() {
      return 0;
    }
  }
  const text = '{"a":1}';
  const real = api.signRequest({ ...forgeBase(), body: text });
  const lying = new Short(new TextEncoder().encode(text));
  assert.equal(api.signRequest({ ...forgeBase(), body: lying }).Authorization, real.Authorization);
});
