// The packed tarball through a bundler, as a web console would use it: a Vite production build of
// a page that imports cloudvpn and cloudvpn/emulator, served as built and run in Chromium. The
// wasm files must come out of the build as assets (Vite follows `new URL(…, import.meta.url)`).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { installTarball, launchChromium, ROOT } from "./helpers.mjs";
import { staticHandler } from "../scripts/static.mjs";

let dir;
let running;
let browser;
let built;

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
  const { build } = await import("vite");
  built = join(dir, "dist");
  await build({ root: app, logLevel: "silent", build: { outDir: built, target: "es2022", emptyOutDir: true } });
  const { startEmulatorServer } = createRequire(import.meta.url)(join(dir, "node_modules", "cloudvpn", "emulator-server.cjs"));
  running = await startEmulatorServer({ port: 0, fallback: staticHandler([["/", built]]) });
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
