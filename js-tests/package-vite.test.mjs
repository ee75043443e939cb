// The packed tarball through a bundler, as a web console would use it: a Vite production build of
// a page that imports cloudvpn and cloudvpn/emulator, served as built and run in Chromium. The
// wasm files must come out of the build as assets (Vite follows `new URL(…, import.meta.url)`).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { copyFileSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { installTarball, launchChromium, ROOT } from "./helpers.mjs";
import { staticHandler } from "../scripts/static.mjs";

let dir;
let running;
let browser;
let built;
let formBuilt;

before(async () => {
  dir = installTarball();
  const app = join(dir, "app");
  mkdirSync(app);
  copyFileSync(join(ROOT, "js-tests", "scenario.mjs"), join(app, "scenario.mjs"));
  writeFileSync(join(app, "index.html"), `<!doctype html><meta charset="utf-8"><title>bundled</title>
<script type="module" src="./main.js"></script>`);
  writeFileSync(join(app, "main.js"), `import * as api from "cloudvpn";
import { Emulator } from "cloudvpn/emulator";
import { scenario } from "./scenario.mjs";
scenario({ api, Emulator, endpoint: location.origin })
  .then((r) => { window.results = r; }, (e) => { window.results = [{ name: "scenario", ok: false, detail: String(e) }]; });
`);
  // A form that only validates imports `cloudvpn/validate`: its bundle carries the small wasm only.
  const form = join(dir, "form");
  mkdirSync(form);
  writeFileSync(join(form, "index.html"), `<!doctype html><meta charset="utf-8"><title>form</title>
<script type="module" src="./main.js"></script>`);
  writeFileSync(join(form, "main.js"), `import { validateCreateVpnConnection, createVpnConnectionSchema } from "cloudvpn/validate";
const report = validateCreateVpnConnection({ vpn_connection: { peer_subnets: ["10.0.0.0/16", "10.0.1.0/24"], psk: "weakpass" } });
window.results = [
  { name: "overlap found", ok: report.issues.some((i) => i.code === "cidr.overlap") },
  { name: "weak PSK found", ok: report.issues.some((i) => i.code.startsWith("psk.")) },
  { name: "schema works", ok: createVpnConnectionSchema["~standard"].validate({}).issues.length > 0 },
];
`);
  const { build } = await import("vite");
  built = join(dir, "dist");
  formBuilt = join(dir, "dist-form");
  await build({ root: app, logLevel: "silent", build: { outDir: built, target: "es2022", emptyOutDir: true } });
  await build({ root: form, base: "/form/", logLevel: "silent", build: { outDir: formBuilt, target: "es2022", emptyOutDir: true } });
  const { startEmulatorServer } = createRequire(import.meta.url)(join(dir, "node_modules", "cloudvpn", "emulator-server.cjs"));
  running = await startEmulatorServer({ port: 0, fallback: staticHandler([["/form/", formBuilt], ["/", built]]) });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await running?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test("a Vite build of a page using cloudvpn runs the scenario in Chromium", { timeout: 60_000 }, async () => {
  const assets = readdirSync(join(built, "assets"));
  assert.ok(assets.filter((f) => f.endsWith(".wasm")).length >= 2, `the wasm files are emitted as assets: ${assets}`);
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${running.url}/`);
  await page.waitForFunction(() => Array.isArray(window.results), null, { timeout: 30_000 });
  const results = await page.evaluate(() => window.results);
  assert.deepEqual(errors, []);
  assert.deepEqual(results.filter((r) => !r.ok), []);
  assert.ok(results.length >= 55, `only ${results.length} checks ran`);
});

test("a Vite build of a form using only cloudvpn/validate carries the small wasm alone, and runs", { timeout: 60_000 }, async () => {
  const wasm = readdirSync(join(formBuilt, "assets")).filter((f) => f.endsWith(".wasm"));
  assert.equal(wasm.length, 1, `one wasm: ${wasm}`);
  const small = statSync(join(formBuilt, "assets", wasm[0])).size;
  const main = statSync(join(dir, "node_modules", "cloudvpn", "web", "cloudvpn_bg.wasm")).size;
  assert.ok(small < main / 2, `the form's wasm (${small} bytes) is the validators-only one, not the main (${main})`);
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${running.url}/form/`);
  await page.waitForFunction(() => Array.isArray(window.results), null, { timeout: 30_000 });
  const results = await page.evaluate(() => window.results);
  assert.deepEqual(errors, []);
  assert.deepEqual(results.filter((r) => !r.ok), []);
  assert.equal(results.length, 3);
});
