// VpnClient's flows through the packed tarball: pagination, waiters, maxConcurrency, and 1,000
// creates at concurrency 32 under injected faults.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { installedPackage } from "./helpers.mjs";

const PROJECT = "0123456789abcdef0123456789abcdef";
const MISSING = "11111111-2222-4333-8444-555555555555";
let dir;
let api;
let Emulator;

before(() => {
  ({ dir, api, Emulator } = installedPackage());
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function clientOf(fetch, extra = {}) {
  return new api.VpnClient({
    endpoint: "http://emulator.local", projectId: PROJECT, auth: { token: "emulator-token" }, fetch, ...extra,
  });
}

/** An ACTIVE gateway and a customer gateway on `emulator`; returns what a connection needs. */
async function gatewayFor(client) {
  const g = await client.createVpnGateway({ vpn_gateway: { vpc_id: "7e1e6bb4-2e3b-4b6c-9e4b-2a0b7c3d9f10",
    connect_subnet: "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9", local_subnets: ["10.0.0.0/16"] } });
  await client.waitForVpnGateway(g.vpn_gateway.id, { minDelayMs: 5, maxDelayMs: 20 });
  const c = await client.createCustomerGateway({ customer_gateway: { id_value: "203.0.113.7" } });
  return { vgw_id: g.vpn_gateway.id, vgw_ip: g.vpn_gateway.eip1.id, cgw_id: c.customer_gateway.id };
}

function connection(ids, n) {
  return { vpn_connection: { ...ids, name: `c-${n}`, psk: "Abcd1234!x",
    peer_subnets: [`172.${16 + (n >> 8) % 16}.${n % 256}.0/24`] } };
}

test("paginateVpnConnections yields each of 2,500 connections exactly once, 100 per request", { timeout: 120_000 }, async () => {
  const emulator = new Emulator({ transitionMs: 0, quotas: { vpn_connection: 3000 } });
  let lists = 0;
  const counting = (url, init) => {
    if (String(url).includes("vpn-connection?")) lists++;
    return emulator.fetch(url, init);
  };
  const client = clientOf(counting, { validation: "off", allowInsecureHttp: true });
  const ids = await gatewayFor(client);
  const created = new Set();
  for (let n = 0; n < 2500; n++) created.add((await client.createVpnConnection(connection(ids, n))).vpn_connection.id);
  const seen = [];
  for await (const c of client.paginateVpnConnections({ limit: 100 })) seen.push(c.id);
  assert.equal(seen.length, 2500);
  assert.deepEqual(new Set(seen), created);
  assert.equal(lists, 26, "25 full pages and the empty one that ends the list");
  const few = [];
  for await (const c of client.paginateVpnConnections({ vgw_id: ids.vgw_id })) few.push(c);
  assert.equal(few.length, 2500, "one request with the default limit of 2000, then the rest");
});

test("paginateCustomerGateways walks pages; a bad query rejects at the first next()", async () => {
  const emulator = new Emulator({ transitionMs: 0 });
  const client = clientOf(emulator.fetch);
  for (let i = 1; i <= 7; i++) await client.createCustomerGateway({ customer_gateway: { id_value: `198.51.100.${i}` } });
  const names = [];
  for await (const g of client.paginateCustomerGateways({ limit: 3 })) names.push(g.id_value);
  assert.equal(names.length, 7);
  assert.equal(new Set(names).size, 7);
  const it = client.paginateCustomerGateways({ limit: { not: "a number" } });
  await assert.rejects(() => it.next(), (e) => e instanceof api.CloudVpnError);
  // A limit the pager cannot use is an error, not a page size of its own choosing: the end of
  // the list is a page shorter than the limit asked for.
  for (const limit of [201, -1, 1.5, "abc"]) {
    const e = await client.paginateCustomerGateways({ limit }).next().catch((x) => x);
    assert.ok(e instanceof api.ConfigError && /limit must be a whole number 0–200/.test(e.message), `${limit}: ${e?.name} ${e?.message}`);
  }
  const all = [];
  for await (const g of client.paginateCustomerGateways({ limit: 0 })) all.push(g.id);
  assert.equal(all.length, 7, "0 is the API's default page size");
  await assert.rejects(() => client.paginateVpnConnections({ limit: 2001 }).next(), api.ConfigError);
});

test("waiters: a gateway becomes ACTIVE, a connection settles, a deletion ends at the 404", { timeout: 20_000 }, async () => {
  const emulator = new Emulator({ transitionMs: 200 });
  const client = clientOf(emulator.fetch);
  const ids = await gatewayFor(client);
  const created = await client.createVpnConnection(connection(ids, 1));
  const id = created.vpn_connection.id;
  const settled = await client.waitForVpnConnection(id, { minDelayMs: 10, maxDelayMs: 50 });
  assert.ok(["ACTIVE", "DOWN"].includes(settled.vpn_connection.status), settled.vpn_connection.status);
  await client.deleteVpnConnection(id);
  assert.equal(await client.waitForDeletion("vpn-connection", id, { minDelayMs: 10, maxDelayMs: 50 }), undefined);
  const e = await client.waitForVpnConnection(id, { minDelayMs: 10 }).catch((x) => x);
  assert.ok(e instanceof api.WaitError && e.code === "WAIT" && e.status === null, `${e.name}: ${e.message}`);
  await assert.rejects(client.waitForDeletion("vpn-thing", id), api.ConfigError);
});

test("waiters end with a WaitError on failOn, a TimeoutError at timeoutMs, an AbortError on abort", { timeout: 20_000 }, async () => {
  const emulator = new Emulator({ transitionMs: 60_000 });
  const client = clientOf(emulator.fetch);
  const g = await client.createVpnGateway({ vpn_gateway: { vpc_id: "7e1e6bb4-2e3b-4b6c-9e4b-2a0b7c3d9f10",
    connect_subnet: "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9", local_subnets: ["10.0.0.0/16"] } });
  const id = g.vpn_gateway.id;
  const failed = await client.waitForVpnGateway(id, { failOn: "PENDING_CREATE" }).catch((x) => x);
  assert.ok(failed instanceof api.WaitError && failed.status === "PENDING_CREATE", failed.message);
  const t0 = Date.now();
  const late = await client.waitForVpnGateway(id, { timeoutMs: 300, minDelayMs: 20, maxDelayMs: 50 }).catch((x) => x);
  assert.ok(late instanceof api.TimeoutError, `${late.name}: ${late.message}`);
  assert.ok(Date.now() - t0 < 5_000);
  // It says what it waited for, what it saw last and how often it looked.
  assert.equal(late.lastStatus, "PENDING_CREATE");
  assert.ok(late.polls >= 2, `${late.polls} polls`);
  assert.equal(late.timeoutMs, 300);
  assert.equal(late.message, `vpn gateway ${id} did not reach ACTIVE within 300 ms; last status "PENDING_CREATE" (${late.polls} polls)`);
  assert.equal(failed.polls, 1);
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 50);
  const aborted = await client.waitForVpnGateway(id, { minDelayMs: 10_000, signal: controller.signal }).catch((x) => x);
  assert.ok(aborted instanceof api.AbortError, `${aborted.name}: ${aborted.message}`);
  assert.ok(await client.waitForVpnGateway(MISSING, { minDelayMs: 10 }).catch((x) => x instanceof api.WaitError));
  // A wait that could only time out is refused.
  await assert.rejects(client.waitForVpnGateway(id, { until: [] }), api.ConfigError);
});

test("waiters take documented statuses only, report each poll, and refuse options they do not know", { timeout: 20_000 }, async () => {
  let gets = 0;
  const emulator = new Emulator({ transitionMs: 60_000 });
  const client = clientOf((url, init) => {
    if (init?.method === "GET") gets++;
    return emulator.fetch(url, init);
  }, { allowInsecureHttp: true });
  const g = await client.createVpnGateway({ vpn_gateway: { vpc_id: "7e1e6bb4-2e3b-4b6c-9e4b-2a0b7c3d9f10",
    connect_subnet: "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9", local_subnets: ["10.0.0.0/16"] } });
  const id = g.vpn_gateway.id;
  for (const [options, message] of [
    [{ until: ["ACTVE"] }, 'options.until: "ACTVE" is not a status: did you mean ACTIVE?'],
    [{ until: "active" }, 'options.until: "active" is not a status: did you mean ACTIVE?'],
    [{ failOn: ["DOWN"] }, 'options.failOn: "DOWN" is not a status: the documented ones are ACTIVE, PENDING_CREATE, PENDING_UPDATE, PENDING_DELETE, FAULT, FREEZED'],
    [{ timeout: 5 }, 'options has an unknown option "timeout": did you mean timeoutMs?'],
    [{ onpoll: () => {} }, 'options has an unknown option "onpoll": did you mean onPoll?'],
    [{ onPoll: "log" }, "options.onPoll must be a function"],
    [{ until: new Proxy([], { get: (t, k) => (k === "length" ? 1e9 : "ACTIVE") }) }, "options.until must be a status or an array of statuses"],
  ]) {
    const e = await client.waitForVpnGateway(id, options).catch((x) => x);
    assert.ok(e instanceof api.ConfigError, `${message}: ${e?.name}`);
    assert.equal(e.message, message);
  }
  assert.equal(gets, 0, "refused at once, before any poll");
  // Each resource has its own statuses: FAULT is a gateway's, not a connection's.
  await assert.rejects(client.waitForVpnConnection(id, { until: ["FAULT"] }), (e) => e instanceof api.ConfigError && /"FAULT" is not a status/.test(e.message));

  const seen = [];
  const late = await client.waitForVpnGateway(id, { timeoutMs: 200, minDelayMs: 20, maxDelayMs: 40,
    onPoll: (p) => seen.push(p) }).catch((x) => x);
  assert.ok(late instanceof api.TimeoutError);
  assert.equal(seen.length, late.polls);
  assert.deepEqual(seen.map((p) => [p.status, p.polls]), seen.map((_, i) => ["PENDING_CREATE", i + 1]));
  assert.ok(seen.every((p, i) => p.elapsedMs >= (seen[i - 1]?.elapsedMs ?? 0)));
  const thrown = new Error("stop now");
  assert.equal(await client.waitForVpnGateway(id, { onPoll: () => { throw thrown; } }).catch((x) => x), thrown);

  // Options that do not exist are refused, with the closest known one, everywhere.
  for (const [make, message] of [
    [() => clientOf(emulator.fetch, { timeout: 5 }), 'options has an unknown option "timeout": did you mean timeoutMs?'],
    [() => clientOf(emulator.fetch, { retries: 2 }), 'options has an unknown option "retries": did you mean retry?'],
    [() => clientOf(emulator.fetch, { retry: { attempts: 2 } }), 'options.retry has an unknown option "attempts": the known ones are maxAttempts, baseDelayMs, maxDelayMs'],
    [() => new api.VpnClient({ endpoint: "https://vpn.eu-de.otc.t-systems.com", projectId: PROJECT, auth: { tokn: "t" } }), 'options.auth has an unknown option "tokn": did you mean token?'],
  ]) {
    assert.throws(make, (e) => e instanceof api.ConfigError && e.message === message, message);
  }
  assert.doesNotThrow(() => clientOf(emulator.fetch, { timeoutMs: undefined }), "an option set to undefined is absent");
  const before = gets;
  const call = await client.getVpnGateway(id, { singal: AbortSignal.timeout(10) }).catch((x) => x);
  assert.ok(call instanceof api.ConfigError && /did you mean signal\?/.test(call.message), call.message);
  const paged = client.paginateCustomerGateways({}, { limit: 5 })[Symbol.asyncIterator]();
  await assert.rejects(paged.next(), (e) => e instanceof api.ConfigError && /unknown option "limit"/.test(e.message));
  assert.equal(gets, before, "nothing was sent");
});

test("maxConcurrency: no more requests in flight than allowed; the rest wait their turn", { timeout: 20_000 }, async () => {
  const emulator = new Emulator({ transitionMs: 0 });
  let inFlight = 0;
  let most = 0;
  const slow = async (url, init) => {
    inFlight++;
    most = Math.max(most, inFlight);
    await new Promise((r) => setTimeout(r, 5));
    try {
      return await emulator.fetch(url, init);
    } finally {
      inFlight--;
    }
  };
  const client = clientOf(slow, { maxConcurrency: 3, allowInsecureHttp: true });
  const results = await Promise.all(Array.from({ length: 30 }, () => client.getQuotas()));
  assert.equal(results.length, 30);
  assert.equal(most, 3);
  // A call aborted while it waits for its turn ends with an AbortError and sends nothing; the
  // place it never held is not lost: later calls still run.
  let sent = 0;
  const countingSlow = (url, init) => { sent++; return slow(url, init); };
  const gated = clientOf(countingSlow, { maxConcurrency: 1, allowInsecureHttp: true });
  const first = gated.getQuotas();
  const controller = new AbortController();
  const queued = gated.getQuotas({ signal: controller.signal });
  controller.abort();
  const e = await queued.catch((x) => x);
  assert.ok(e instanceof api.AbortError, `${e.name}: ${e.message}`);
  await first;
  await Promise.all([gated.getQuotas(), gated.getQuotas()]);
  assert.equal(sent, 3, "the aborted call was never sent; the two later ones were");
  const bad = [0, 1.5, "4", 10_001];
  for (const maxConcurrency of bad) assert.throws(() => clientOf(emulator.fetch, { maxConcurrency }), api.ConfigError);
});

test("1,000 creates at concurrency 32 under 10% 429/503/dropped: none twice, every failure typed", { timeout: 180_000 }, async () => {
  const chaos = new Emulator({ transitionMs: 0, seed: 11, quotas: { vpn_connection: 2000 },
    faults: [{ method: "POST", path: "vpn-connection", rate: 0.1, kinds: ["429", "503", "drop-after"], retryAfterS: 0 }] });
  const base = clientOf(chaos.fetch);
  const chaosIds = await gatewayFor(base);
  const client = clientOf(chaos.fetch, { maxConcurrency: 32, retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 10 } });
  const outcomes = await Promise.allSettled(
    Array.from({ length: 1000 }, (_, n) => client.createVpnConnection(connection(chaosIds, n))),
  );
  const byName = new Map();
  for (const c of chaos.snapshot().vpn_connections) byName.set(c.name, (byName.get(c.name) ?? 0) + 1);
  for (const [name, count] of byName) assert.equal(count, 1, `${name} was created ${count} times`);
  let done = 0;
  let failed = 0;
  outcomes.forEach((o, n) => {
    const name = `c-${n}`;
    if (o.status === "fulfilled") {
      done++;
      assert.equal(o.value.vpn_connection.name, name);
      assert.equal(byName.get(name), 1, `${name} was reported created and exists`);
    } else {
      failed++;
      const e = o.reason;
      assert.ok(e instanceof api.CloudVpnError, `${name}: ${e}`);
      assert.equal(typeof e.attempts, "number");
      if (!e.mayHaveActed) assert.equal(byName.get(name), undefined, `${name} failed without mayHaveActed but exists`);
    }
  });
  assert.equal(done + failed, 1000);
  assert.ok(failed > 0 && failed < 200, `about 10% of first attempts fail; ${failed} calls failed in the end`);
});

test("with connectMs the emulator brings a connection up, so waiting for ACTIVE ends", { timeout: 20_000 }, async () => {
  const emulator = new Emulator({ transitionMs: 20, connectMs: 60 });
  const client = clientOf(emulator.fetch);
  const ids = await gatewayFor(client);
  const { vpn_connection } = await client.createVpnConnection(connection(ids, 1));
  const seen = [];
  const up = await client.waitForVpnConnection(vpn_connection.id, { until: "ACTIVE", minDelayMs: 10, maxDelayMs: 20,
    timeoutMs: 10_000, onPoll: (p) => seen.push(p.status) });
  assert.equal(up.vpn_connection.status, "ACTIVE");
  assert.ok(seen.includes("DOWN") || seen.includes("PENDING_CREATE"), seen.join());
  assert.throws(() => new Emulator({ connectMs: -1 }), (e) => e instanceof api.ConfigError && /connectMs/.test(e.message));
});
