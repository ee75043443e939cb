// What a caller can see of a call: hooks with redacted records, the caller's frames in an error's
// stack, and a browser's bare "Failed to fetch" explained. Through the packed tarball.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { installedPackage } from "./helpers.mjs";

const PROJECT = "0123456789abcdef0123456789abcdef";
const ID = "b32d91a4-3f0e-4c1a-a8df-e907174eb11d";
const TOKEN = "hook-token-0123456789abcdef";
let dir;
let api;
let Emulator;
before(() => {
  ({ dir, api, Emulator } = installedPackage());
});
after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test("onRequest, onResponse and onRetry receive records without a secret; a hook that throws changes nothing", async () => {
  const records = [];
  let calls = 0;
  const fetch = async () => (++calls === 1
    ? new Response("<html>busy</html>", { status: 503, headers: { "Retry-After": "0" } })
    : new Response(JSON.stringify({ quotas: { resources: [] } }), { status: 200, headers: { "X-Request-Id": "req-2" } }));
  const client = new api.VpnClient({ endpoint: "https://vpn.eu-de.otc.t-systems.com", projectId: PROJECT, auth: { token: TOKEN }, fetch,
    onRequest: (r) => records.push(["request", r]), onResponse: (r) => records.push(["response", r]),
    onRetry: (r) => { records.push(["retry", r]); throw new Error("a broken logger"); } });
  const answer = await client.getQuotas();
  assert.deepEqual(answer, { quotas: { resources: [] } });
  assert.deepEqual(records.map(([kind, r]) => [kind, r.method, r.path, r.attempt]), [
    ["request", "GET", `/v5/${PROJECT}/vpn/quotas`, 1],
    ["response", "GET", `/v5/${PROJECT}/vpn/quotas`, 1],
    ["retry", "GET", `/v5/${PROJECT}/vpn/quotas`, 1],
    ["request", "GET", `/v5/${PROJECT}/vpn/quotas`, 2],
    ["response", "GET", `/v5/${PROJECT}/vpn/quotas`, 2],
  ]);
  const [, first] = records[1];
  assert.deepEqual([first.status, first.requestId, typeof first.durationMs], [503, null, "number"]);
  assert.deepEqual(records[2][1].error, { name: "ApiError", code: "HTTP.503", status: 503 });
  assert.equal(records[2][1].delayMs, 0);
  assert.deepEqual([records[4][1].status, records[4][1].requestId], [200, "req-2"]);
  assert.ok(!JSON.stringify(records).includes(TOKEN));
  for (const hook of ["onRequest", "onResponse", "onRetry"]) {
    assert.throws(() => new api.VpnClient({ endpoint: "https://vpn.eu-de.otc.t-systems.com", projectId: PROJECT, auth: { token: TOKEN }, [hook]: "log" }),
      (e) => e instanceof api.ConfigError && e.message === `options.${hook} must be a function`);
  }
});

test("a rejection's stack holds the caller's frames", async () => {
  const emulator = new Emulator();
  const client = new api.VpnClient({ endpoint: "http://emulator.local", projectId: PROJECT, auth: { token: "emulator-token" }, fetch: emulator.fetch });
  async function theCallerOfGet() {
    await client.getVpnConnection(ID);
  }
  const e = await theCallerOfGet().catch((x) => x);
  assert.ok(e instanceof api.ApiError && e.status === 404, `${e?.name}`);
  assert.match(e.stack, /theCallerOfGet/);
  assert.match(e.stack, /observability\.test\.mjs/);
});

test("a browser's bare 'Failed to fetch' names CORS as the likely cause", async () => {
  const client = new api.VpnClient({ endpoint: "https://vpn.eu-de.otc.t-systems.com", projectId: PROJECT, auth: { token: TOKEN },
    retry: { maxAttempts: 1 }, fetch: async () => { throw new TypeError("Failed to fetch"); } });
  const e = await client.getQuotas().catch((x) => x);
  assert.ok(e instanceof api.NetworkError, `${e?.name}`);
  assert.match(e.message, /^network error: Failed to fetch \(the browser gives no reason: most often the endpoint does not allow this page's origin \(CORS\)/);
  const node = new api.VpnClient({ endpoint: "https://vpn.eu-de.otc.t-systems.com", projectId: PROJECT, auth: { token: TOKEN },
    retry: { maxAttempts: 1 }, fetch: async () => { throw new TypeError("fetch failed"); } });
  assert.doesNotMatch((await node.getQuotas().catch((x) => x)).message, /CORS/, "Node's own message is left as it is");
});
