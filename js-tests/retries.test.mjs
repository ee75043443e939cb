// Retries, timeouts and aborts of VpnClient through the packed tarball, against the emulator's
// fault injection: each case counts the attempts its rule allows.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { installedPackage } from "./helpers.mjs";

const PROJECT = "0123456789abcdef0123456789abcdef";
const ID = "11111111-2222-4333-8444-555555555555";
let dir;
let api;
let Emulator;

before(() => {
  ({ dir, api, Emulator } = installedPackage());
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A client on an emulator whose rules fail every matching request with `kinds`. */
function faulty(faults, extra = {}) {
  const emulator = new Emulator({ transitionMs: 0, faults, seed: 9 });
  const client = new api.VpnClient({
    endpoint: "http://emulator.local", projectId: PROJECT, auth: { token: "emulator-token" }, fetch: emulator.fetch,
    retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5 }, ...extra,
  });
  return { emulator, client };
}

const cgwBody = { customer_gateway: { id_value: "203.0.113.7" } };

test("GET is retried after 503 and 502 until the attempts run out", { timeout: 10_000 }, async () => {
  for (const kind of ["503", "502", "504", "drop-before"]) {
    const { client } = faulty([{ method: "GET", rate: 1, kinds: [kind], retryAfterS: 0 }]);
    const e = await client.getQuotas().catch((x) => x);
    assert.equal(e.attempts, 3, `${kind}: ${e.name} ${e.message}`);
    assert.equal(e.mayHaveActed, false);
  }
});

test("a create is retried after 429 and 503, never after 500, 502, 504 or a lost answer", { timeout: 10_000 }, async () => {
  for (const kind of ["429", "503"]) {
    const { client, emulator } = faulty([{ method: "POST", rate: 1, kinds: [kind], retryAfterS: 0 }]);
    const e = await client.createCustomerGateway(cgwBody).catch((x) => x);
    assert.deepEqual([e.name, e.attempts, e.mayHaveActed], ["ApiError", 3, false], kind);
    assert.equal(emulator.snapshot().customer_gateways.length, 0);
  }
  for (const kind of ["500", "502", "504", "drop-after", "latency"]) {
    const { client, emulator } = faulty([{ method: "POST", rate: 1, kinds: [kind], latencyMs: 300 }], { timeoutMs: 50 });
    const e = await client.createCustomerGateway(cgwBody).catch((x) => x);
    assert.equal(e.attempts, 1, `${kind}: ${e.name} ${e.message}`);
    assert.equal(e.mayHaveActed, true, kind);
    if (kind === "drop-after") {
      assert.ok(e instanceof api.NetworkError && e.refused === false);
      assert.equal(emulator.snapshot().customer_gateways.length, 1, "the create was committed: look before retrying");
    }
    if (kind === "latency") assert.ok(e instanceof api.TimeoutError && e.timeoutMs === 50);
  }
});

test("a flaky GET succeeds once a retry gets through", { timeout: 10_000 }, async () => {
  const { client } = faulty([{ method: "GET", rate: 0.5, kinds: ["503"], retryAfterS: 0 }], { retry: { maxAttempts: 10, baseDelayMs: 1, maxDelayMs: 2 } });
  for (let i = 0; i < 20; i++) {
    assert.ok((await client.getQuotas()).quotas);
  }
});

test("an abort ends a backoff wait at once; an overall timeout ends the call", { timeout: 10_000 }, async () => {
  const { client } = faulty([{ rate: 1, kinds: ["503"] }], { retry: { maxAttempts: 5, baseDelayMs: 60_000, maxDelayMs: 60_000 } });
  const controller = new AbortController();
  const pending = client.getVpnConnection(ID, { signal: controller.signal });
  setTimeout(() => controller.abort(), 20);
  const e = await pending.catch((x) => x);
  assert.ok(e instanceof api.AbortError, `${e.name}: ${e.message}`);
  assert.equal(e.attempts, 1);

  // Each answer takes 2 s; the whole call may take 100 ms, however many attempts remain.
  const slow = faulty([{ rate: 1, kinds: ["latency"], latencyMs: 2000 }], { retry: { maxAttempts: 5, baseDelayMs: 1, maxDelayMs: 2 }, overallTimeoutMs: 100 });
  const t = await slow.client.getQuotas().catch((x) => x);
  assert.ok(t instanceof api.TimeoutError, `${t.name}: ${t.message}`);
  assert.match(t.message, /within 100 ms/);
  // Attempts of 50 ms within 120 ms: the third has what is left, and when it runs out the error
  // names the call's limit, not the few ms that were left.
  const capped = faulty([{ rate: 1, kinds: ["latency"], latencyMs: 2000 }], { retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2 }, timeoutMs: 50, overallTimeoutMs: 120 });
  const c = await capped.client.getQuotas().catch((x) => x);
  assert.ok(c instanceof api.TimeoutError, `${c.name}: ${c.message}`);
  assert.match(c.message, /within 120 ms/);
  assert.equal(c.attempts, 3);

  // A call whose signal has already fired sends nothing and counts no attempt.
  let sent = 0;
  const counting = new api.VpnClient({ endpoint: "http://127.0.0.1:9", projectId: PROJECT, auth: { token: "emulator-token" },
    fetch: async () => { sent++; return new Response("{}"); } });
  const a = await counting.getQuotas({ signal: AbortSignal.abort() }).catch((x) => x);
  assert.ok(a instanceof api.AbortError, `${a.name}: ${a.message}`);
  assert.deepEqual([a.attempts, a.mayHaveActed, sent], [0, false, 0]);
});

test("a refused connection is retried, even for a create", { timeout: 20_000 }, async () => {
  // A port that was just free: nothing listens there now.
  const { createServer } = await import("node:net");
  const probe = createServer();
  await new Promise((r) => probe.listen(0, "127.0.0.1", r));
  const port = probe.address().port;
  await new Promise((r) => probe.close(r));
  const client = new api.VpnClient({
    endpoint: `http://127.0.0.1:${port}`, projectId: PROJECT, auth: { token: "emulator-token" },
    retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 },
  });
  const e = await client.createCustomerGateway(cgwBody).catch((x) => x);
  assert.ok(e instanceof api.NetworkError, `${e.name}: ${e.message}`);
  assert.deepEqual([e.refused, e.attempts, e.mayHaveActed], [true, 2, false]);
});

test("bad retry options are a ConfigError", () => {
  for (const bad of [{ retry: { maxAttempts: 0 } }, { timeoutMs: -1 }, { retry: { baseDelayMs: 1.5 } }]) {
    assert.throws(() => new api.VpnClient({ endpoint: "http://emulator.local", projectId: PROJECT, auth: { token: "t" }, ...bad }), api.ConfigError);
  }
});
