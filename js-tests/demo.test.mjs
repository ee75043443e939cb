// The demo page (www/) in Debian's Chromium, served as `make demo` serves it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { launchChromium, ROOT } from "./helpers.mjs";

let server;
let url;
let browser;

before(async () => {
  server = spawn(process.execPath, [join(ROOT, "scripts", "demo-server.mjs"), "--port", "0", "--quiet"], { stdio: ["ignore", "pipe", "inherit"] });
  url = await new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`demo server did not start: ${out}`)), 10_000);
    server.stdout.on("data", (d) => {
      out += d;
      const m = /open (http:\/\/\S+?)\/? /.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    server.once("exit", (code) => reject(new Error(`demo server exited with ${code}`)));
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.kill("SIGTERM");
});

test("demo: an invalid CIDR shows a message at its field; a valid form creates a connection", async () => {
  const page = await browser.newPage();
  const pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  await page.goto(`${url}/`);
  // The page makes a VPN gateway and a customer gateway first and fills in their ids.
  await page.waitForFunction(() => !/Preparing|^$/.test(document.getElementById("form-state").textContent), null, { timeout: 15_000 });

  // An invalid CIDR: the message appears at the peer-subnets field, which is marked invalid.
  await page.fill("#peer_subnets", "192.168.44.0/24\n10.0.0.0/33");
  const subnetMessage = page.locator("#peer_subnets-msg li.error");
  await subnetMessage.first().waitFor();
  assert.match(await subnetMessage.first().textContent(), /Line 2: .*prefix length must be 0–32, got 33/);
  assert.equal(await page.getAttribute("#peer_subnets", "aria-invalid"), "true");
  assert.equal(await page.getAttribute("#vgw_id", "aria-invalid"), "false");

  // A weak PSK: its message names the missing classes, and the PSK appears nowhere else in the DOM.
  await page.fill("#psk", "weakpass");
  await page.locator("#psk-msg li.error").first().waitFor();
  assert.match(await page.locator("#psk-msg").textContent(), /missing: uppercase letters, digits, special characters/);
  const html = await page.content();
  assert.ok(!html.includes("weakpass"), "the PSK leaked into the DOM");

  // A valid form creates a connection, which the page then shows.
  await page.fill("#peer_subnets", "192.168.44.0/24");
  await page.fill("#psk", "Abcd1234!x");
  await page.waitForFunction(() => document.getElementById("form-state").textContent === "Ready to create.");
  await page.click("#create");
  await page.locator("#status").filter({ hasText: /PENDING_CREATE|DOWN/ }).waitFor({ timeout: 10_000 });
  const shown = JSON.parse(await page.textContent("#result"));
  assert.match(shown.vpn_connection.id, /^[0-9a-f-]{36}$/);
  assert.equal(shown.vpn_connection.style, "STATIC");
  assert.deepEqual(shown.vpn_connection.peer_subnets, ["192.168.44.0/24"]);
  assert.ok(!(await page.content()).includes("Abcd1234!x"), "the PSK leaked into the DOM");
  mkdirSync(join(ROOT, "test-artifacts"), { recursive: true });
  await page.screenshot({ path: join(ROOT, "test-artifacts", "demo.png"), fullPage: true });
  assert.deepEqual(pageErrors, []);
});
