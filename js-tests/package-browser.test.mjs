// The packed tarball in Chromium, as a plain `<script type="module">` page with an import map:
// the same scenario as in Node, over real fetch to the emulator on the page's own origin.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createServer } from "node:http";
import { installTarball, launchChromium, ROOT } from "./helpers.mjs";
import { staticHandler } from "../scripts/static.mjs";

let dir;
let running;
let browser;

before(async () => {
  dir = installTarball();
  mkdirSync(join(dir, "page"));
  writeFileSync(
    join(dir, "page", "index.html"),
    `<!doctype html><meta charset="utf-8"><title>consumer</title>
<script type="importmap">{"imports": {"cloudvpn": "/node_modules/cloudvpn/index.js", "cloudvpn/emulator": "/node_modules/cloudvpn/emulator.js", "cloudvpn/validate": "/node_modules/cloudvpn/validate.js"}}</script>
<script type="module">
  import * as api from "cloudvpn";
  import { Emulator } from "cloudvpn/emulator";
  import { validateCreateVpnConnection, createVpnConnectionSchema } from "cloudvpn/validate";
  import { scenario } from "/tests/scenario.mjs";
  window.api = api;
  const body = { vpn_connection: { peer_subnets: ["10.0.0.0/16", "10.0.1.0/24"], psk: "weakpass" } };
  const small = [
    { name: "cloudvpn/validate in the browser: the same report as the main entry",
      ok: JSON.stringify(validateCreateVpnConnection(body)) === JSON.stringify(api.validateCreateVpnConnection(body)) },
    { name: "cloudvpn/validate in the browser: Standard Schema issues",
      ok: createVpnConnectionSchema["~standard"].validate(body).issues.length > 0 },
  ];
  scenario({ api, Emulator, endpoint: location.origin })
    .then((r) => { window.results = [...small, ...r]; }, (e) => { window.results = [{ name: "scenario", ok: false, detail: String(e) }]; });
</script>`,
  );
  const { startEmulatorServer } = createRequire(import.meta.url)(join(dir, "node_modules", "cloudvpn", "emulator-server.cjs"));
  running = await startEmulatorServer({
    port: 0,
    fallback: staticHandler([
      ["/node_modules/", join(dir, "node_modules")],
      ["/tests/", join(ROOT, "js-tests")],
      ["/", join(dir, "page")],
    ]),
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await running?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test("Chromium: validation (both entries), create and get, typed errors, through the packed tarball", async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${running.url}/`);
  await page.waitForFunction(() => Array.isArray(window.results), null, { timeout: 20_000 });
  const results = await page.evaluate(() => window.results);
  assert.deepEqual(errors, []);
  assert.deepEqual(results.filter((r) => !r.ok), []);
  assert.ok(results.length >= 55, `only ${results.length} checks ran`);
});

/** A loopback server for the page: CORS for any origin, `answer(req, res)` for anything else. */
function corsServer(host, answer) {
  const seen = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.setHeader("Access-Control-Allow-Origin", "*");
    if (req.method === "OPTIONS") {
      res.writeHead(204, { "Access-Control-Allow-Headers": "*", "Access-Control-Allow-Methods": "*" });
      return res.end();
    }
    answer(req, res);
  });
  return new Promise((resolve) => server.listen(0, host, () => resolve({
    url: `http://${host}:${server.address().port}`, seen, close: () => new Promise((r) => { server.closeAllConnections(); server.close(r); }),
  })));
}

test("Chromium: a redirect is not followed (the browser hides it: status 0), and the other host gets nothing", async () => {
  const other = await corsServer("127.0.0.2", (_, res) => res.end("{}"));
  const redirecting = await corsServer("127.0.0.1", (_, res) => res.writeHead(302, { Location: `${other.url}/v5/x` }).end());
  try {
    const page = await browser.newPage();
    await page.goto(`${running.url}/`);
    await page.waitForFunction(() => Array.isArray(window.results), null, { timeout: 20_000 });
    const error = await page.evaluate(async (endpoint) => {
      const client = new window.api.VpnClient({ endpoint, projectId: "0123456789abcdef0123456789abcdef", auth: { token: "page-token" } });
      return client.getQuotas().then(() => null, (e) => ({ name: e.name, code: e.code, status: e.status, attempts: e.attempts, message: e.message }));
    }, redirecting.url);
    assert.deepEqual([error?.name, error?.code, error?.status, error?.attempts], ["ApiError", "RESPONSE.REDIRECT", 0, 1], JSON.stringify(error));
    assert.equal(redirecting.seen.filter((r) => r.startsWith("GET")).length, 1);
    assert.deepEqual(other.seen, []);
  } finally {
    await redirecting.close();
    await other.close();
  }
});
