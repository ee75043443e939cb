// Hostile servers through the packed tarball: redirects to another host, endless and oversized
// answers, and answers that echo the request's credentials and PSK back. Every server listens on
// loopback (127.0.0.1 plays the API, 127.0.0.2 the other host) and stops inside the test.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { rmSync } from "node:fs";
import { installedPackage } from "./helpers.mjs";

const PROJECT = "0123456789abcdef0123456789abcdef";
const ID = "b32d91a4-3f0e-4c1a-a8df-e907174eb11d";
const TOKEN = "MIIT-session-token-0123456789abcdef";
const SECRET_KEY = "secret-key-0123456789abcdef";
const SECURITY_TOKEN = "security-token-0123456789abcdef";
// Quotes and backslashes are not PSK characters the validators allow; with validation off they
// go out, and a server echoes them in every escaped form.
const PSK = 'Abcd1234!x"\\q';
const body = (psk) => ({ vpn_connection: { vgw_id: ID, vgw_ip: "0c464dad-1d2c-4a8d-9f5e-c22bb0eb0bde",
  cgw_id: "5247ae10-7b1e-4d0a-8c3f-dd36659a7f5d", peer_subnets: ["192.168.44.0/24"], psk } });
const BODY = body("Abcd1234!x+Secret");
const AUTHS = { token: { token: TOKEN }, aksk: { accessKey: "AKEXAMPLE", secretKey: SECRET_KEY, securityToken: SECURITY_TOKEN } };

let dir;
let api;
before(() => {
  ({ dir, api } = installedPackage());
});
after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A server on `host` answering with `handler`; resolves to { url, requests, close() }. Every
 * request it receives is recorded (method, url, headers, body). */
function serve(host, handler) {
  const requests = [];
  const server = createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const record = { method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(chunks).toString() };
      requests.push(record);
      handler(record, res);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, host, () => {
      const url = `http://${host}:${server.address().port}`;
      resolve({ url, requests, close: () => new Promise((r) => { server.closeAllConnections(); server.close(r); }) });
    });
  });
}

function client(endpoint, auth, extra = {}) {
  return new api.VpnClient({ endpoint, projectId: PROJECT, auth, ...extra });
}

test("a redirect is never followed: no credential reaches the other host, and the call fails at once", async () => {
  const other = await serve("127.0.0.2", (_, res) => res.end(JSON.stringify({ vpn_connection: { id: ID } })));
  let status = 301;
  const apiServer = await serve("127.0.0.1", (_, res) => {
    res.writeHead(status, { Location: `${other.url}/v5/${PROJECT}/vpn-connection/${ID}?token=${TOKEN}`, "X-Request-Id": "req-1" });
    res.end("moved");
  });
  try {
    for (const [mode, auth] of Object.entries(AUTHS)) {
      for (status of [301, 302, 303, 307, 308]) {
        for (const [method, call] of [["GET", (c) => c.getVpnConnection(ID)], ["POST", (c) => c.createVpnConnection(BODY)]]) {
          const before = apiServer.requests.length;
          const e = await call(client(apiServer.url, auth)).then(() => null, (x) => x);
          const what = `${mode} ${method} ${status}`;
          assert.ok(e instanceof api.ApiError, `${what}: ${e?.name} ${e?.message}`);
          assert.deepEqual([e.status, e.code, e.attempts, e.retryable, e.requestId], [status, "RESPONSE.REDIRECT", 1, false, "req-1"], what);
          assert.match(e.message, new RegExp(`redirect to "127\\.0\\.0\\.2:\\d+"`), what);
          assert.ok(!e.message.includes("token=") && !e.message.includes("/v5/"), `${what}: ${e.message}`);
          assert.equal(apiServer.requests.length - before, 1, `${what}: sent once, never retried`);
        }
      }
    }
    // A relative Location: the same host, still not followed.
    const relative = await serve("127.0.0.1", (_, res) => res.writeHead(302, { Location: "/elsewhere?x=1" }).end());
    const e = await client(relative.url, AUTHS.token).getQuotas().catch((x) => x);
    assert.equal(e.code, "RESPONSE.REDIRECT");
    assert.match(e.message, /another path of the endpoint's host/);
    assert.equal(relative.requests.length, 1);
    await relative.close();
    assert.deepEqual(other.requests, [], "the other host received nothing");
  } finally {
    await apiServer.close();
    await other.close();
  }
});

test("a custom fetch that follows a redirect anyway: its answer is not taken for the API's", async () => {
  const followed = async () => Object.assign(new Response(JSON.stringify({ vpn_connection: { id: ID } })), {});
  const fetch = async (url, init) => {
    assert.equal(init.redirect, "manual", "the client asks for redirects not to be followed");
    const response = await followed();
    Object.defineProperty(response, "redirected", { value: true });
    return response;
  };
  const e = await client("https://vpn.eu-de.otc.t-systems.com", AUTHS.token, { fetch }).getVpnConnection(ID).catch((x) => x);
  assert.ok(e instanceof api.ApiError, `${e?.name}`);
  assert.equal(e.code, "RESPONSE.REDIRECT");
});

test("answers are read up to maxResponseBytes, then cut off with a typed error; memory stays flat", async () => {
  let written = 0;
  let stop = false;
  const endless = await serve("127.0.0.1", (_, res) => {
    res.writeHead(200, { "Content-Type": "application/json", "X-Request-Id": "req-endless" });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      while (!stop && !res.destroyed && res.write(chunk)) written += chunk.length;
      if (!stop && !res.destroyed) res.once("drain", pump);
    };
    res.on("close", () => (stop = true));
    pump();
  });
  const declared = await serve("127.0.0.1", (_, res) => {
    res.writeHead(200, { "Content-Length": String(64 * 1024 * 1024) });
    res.write("{");
  });
  try {
    const rss = process.memoryUsage().rss;
    const e = await client(endless.url, AUTHS.token, { maxResponseBytes: 1024 * 1024, timeoutMs: 20_000 }).getVpnConnection(ID).catch((x) => x);
    assert.ok(e instanceof api.ApiError, `${e?.name}: ${e?.message}`);
    assert.deepEqual([e.status, e.code, e.retryable, e.attempts, e.requestId], [200, "RESPONSE.TOO_LARGE", false, 1, "req-endless"]);
    assert.match(e.message, /longer than 1048576 bytes \(maxResponseBytes\)/);
    await new Promise((r) => setTimeout(r, 200));
    assert.ok(written < 64 * 1024 * 1024, `the server wrote ${written} bytes before the client let go`);
    assert.ok(process.memoryUsage().rss - rss < 256 * 1024 * 1024, "memory stays flat");

    // A declared length past the limit is refused before the body is read (the default: 16 MiB).
    const big = await client(declared.url, AUTHS.token, { timeoutMs: 5_000 }).getVpnConnection(ID).catch((x) => x);
    assert.equal(big.code, "RESPONSE.TOO_LARGE");
    assert.match(big.message, /16777216 bytes/);

    // A caller's fetch whose Response streams without end: the same limit.
    let pulled = 0;
    const stream = new ReadableStream({ pull(c) { pulled++; c.enqueue(new Uint8Array(65536)); } });
    const fetch = async () => new Response(stream, { status: 200 });
    const mine = await client("https://vpn.eu-de.otc.t-systems.com", AUTHS.token, { fetch, maxResponseBytes: 100_000 })
      .getVpnConnection(ID).catch((x) => x);
    assert.equal(mine.code, "RESPONSE.TOO_LARGE");
    assert.ok(pulled < 10, `${pulled} chunks pulled`);

    for (const bad of [0, 1023, 2 ** 30 + 1, 1.5, "1"]) {
      assert.throws(() => client(endless.url, AUTHS.token, { maxResponseBytes: bad }), (x) => x instanceof api.ConfigError && /maxResponseBytes/.test(x.message));
    }
  } finally {
    stop = true;
    await endless.close();
    await declared.close();
  }
});

test("a server that echoes the request puts no credential and no PSK into the error", async () => {
  const echo = (status, html) => (req, res) => {
    const echoed = `${JSON.stringify(req.headers)} ${req.body}`;
    if (html) return res.writeHead(status, { "Content-Type": "text/html" }).end(`<html>${echoed}</html>`);
    const credential = req.headers["x-auth-token"] ?? req.headers["x-security-token"];
    res.writeHead(status, { "Content-Type": "application/json", "X-Request-Id": credential });
    res.end(JSON.stringify({ error_code: `VPN.${credential}`, error_msg: `bad request: ${echoed} ${JSON.stringify(echoed)}`, request_id: credential }));
  };
  for (const [status, html] of [[400, false], [502, true], [401, false]]) {
    const server = await serve("127.0.0.1", echo(status, html));
    try {
      for (const [mode, auth] of Object.entries(AUTHS)) {
        for (const call of [(c) => c.createVpnConnection(body(PSK)), (c) => c.updateVpnConnection(ID, { vpn_connection: { psk: PSK } }), (c) => c.getVpnConnection(ID)]) {
          const e = await call(client(server.url, auth, { retry: { maxAttempts: 1 }, validation: "off" })).catch((x) => x);
          assert.ok(e instanceof api.ApiError, `${e?.name}`);
          const shown = [e.message, e.stack, String(e), JSON.stringify(e), e.code, e.requestId].join("\n");
          const received = server.requests.at(-1);
          assert.ok(received.body.includes("Abcd1234") || received.method === "GET", "the PSK was sent (and echoed)");
          for (const secret of [TOKEN, SECRET_KEY, SECURITY_TOKEN, PSK, JSON.stringify(PSK).slice(1, -1), "Abcd1234!x"]) {
            // (the secret key is never sent, so no server can echo it)
            assert.ok(!shown.includes(secret), `${mode} ${status}: ${secret} in ${shown}`);
          }
          assert.match(shown, /\*\*\*/, "what was scrubbed shows as ***");
        }
      }
    } finally {
      await server.close();
    }
  }
});
