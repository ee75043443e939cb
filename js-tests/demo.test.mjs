// The demo page (www/) in Debian's Chromium via playwright-core, served as `make demo` serves it:
// messages at their fields, overlaps marked on both sides, one-click hints, a weak PSK, and the
// whole flow (gateways → connection → paginated list with its status → delete) with the HTTP
// panel redacted. Leaves a screenshot in test-artifacts/demo.png.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { launchChromium, ROOT } from "./helpers.mjs";

const PROJECT = "0123456789abcdef0123456789abcdef";
const TOKEN = "emulator-token";
const PSK = "Vpn-Canary-42:x";

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

/** A fresh page that records uncaught errors. */
async function open() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${url}/`);
  await page.locator("#form-state", { hasText: "Create the gateways first" }).waitFor();
  return { page, errors };
}

/** The text of the visible DOM, inputs' values excluded (the PSK's own input may hold it). */
const domText = (page) => page.evaluate(() => document.documentElement.outerHTML);

test("demo: messages at their fields, overlaps marked on both sides, one-click hints, a weak PSK", async () => {
  const { page, errors } = await open();

  // Step 1 is checked as you type too.
  await page.fill("#cgw_ip", "203.0.113.300");
  await page.locator("#cgw_ip-msg li.error[data-code='ipv4.syntax']").waitFor();
  assert.equal(await page.getAttribute("#cgw_ip", "aria-invalid"), "true");
  await page.fill("#cgw_ip", "203.0.113.7");
  await page.locator("#cgw_ip-msg li").first().waitFor({ state: "detached" });

  // An invalid subnet: a message at that field and line; the field is marked invalid.
  await page.fill("#peer_subnets", "192.168.44.0/24\n10.0.0.0/33");
  const subnetError = page.locator("#peer_subnets-msg li.error");
  await subnetError.first().waitFor();
  assert.match(await subnetError.first().textContent(), /^Line 2: .*prefix length must be 0–32, got 33/);
  assert.equal(await page.getAttribute("#peer_subnets", "aria-invalid"), "true");
  assert.equal(await page.getAttribute("#peer_subnets", "aria-describedby"), "peer_subnets-msg");
  assert.equal(await page.getAttribute("#name", "aria-invalid"), "false");
  assert.equal(await page.locator("label[for=peer_subnets]").count(), 1);

  // Overlapping subnets: the message names both, and the drawing marks both (and not the third).
  await page.fill("#peer_subnets", "172.16.0.0/16\n192.168.10.0/24\n172.16.5.0/24");
  await page.locator("#peer_subnets-msg li[data-code='cidr.overlap']").first().waitFor();
  assert.match(await page.textContent("#peer_subnets-msg"), /Line 3: 172\.16\.5\.0\/24 overlaps 172\.16\.0\.0\/16/);
  const bad = await page.locator("#drawing .subnet.bad").evaluateAll((nodes) => nodes.map((n) => n.dataset.subnet));
  assert.deepEqual(bad.sort(), ["172.16.0.0/16", "172.16.5.0/24"]);
  assert.equal(await page.locator("#drawing .subnet:not(.bad)[data-subnet='192.168.10.0/24']").count(), 1);
  // …and says so in words for screen readers (the SVG's desc, named by its aria-labelledby).
  assert.match(await page.textContent("#drawing desc"), /marked: 172\.16\.0\.0\/16: .*overlaps.*; 172\.16\.5\.0\/24: .*overlaps/);

  // A reserved block is drawn red too.
  await page.fill("#peer_subnets", "100.64.0.0/10");
  await page.locator("#drawing .subnet.bad[data-subnet='100.64.0.0/10']").waitFor();

  // A hint that applies with one click: the network form of a CIDR with host bits.
  await page.fill("#peer_subnets", "192.168.44.0/24\n10.1.2.5/24");
  await page.click("#peer_subnets-msg button.fix");
  assert.equal(await page.inputValue("#peer_subnets"), "192.168.44.0/24\n10.1.2.0/24");
  assert.equal(await page.locator("#peer_subnets-msg li").count(), 0);

  // Tunnel addresses not in one /30: the message is at the field and the tunnel is drawn red.
  await page.fill("#tunnel_local_address", "169.254.1.1/30");
  await page.fill("#tunnel_peer_address", "169.254.1.6/30");
  await page.locator("#tunnel_peer_address-msg li.error").first().waitFor();
  assert.equal(await page.locator("#drawing .tunnel.bad").count(), 1);
  await page.fill("#tunnel_peer_address", "169.254.1.2/30");
  await page.locator("#drawing .tunnel:not(.bad)").waitFor();

  // Policy style needs policy rules: the message is at their field until one is given.
  await page.selectOption("#style", "policy");
  await page.locator("#policy_rules-msg li.error").first().waitFor();
  await page.fill("#policy_rules", "10.0.0.0/16 -> 192.168.44.0/24, 192.168.45.0/24");
  await page.locator("#policy_rules-msg li.error").first().waitFor({ state: "detached" });
  await page.fill("#policy_rules", "10.0.0.0/16 -> 192.168.44.0/33");
  assert.match(await page.locator("#policy_rules-msg li.error").first().textContent(), /^Line 1: .*33/);
  await page.fill("#policy_rules", "");
  await page.selectOption("#style", "static");
  await page.fill("#tunnel_local_address", "");
  await page.fill("#tunnel_peer_address", "");

  // The advanced section shows the defaults; a weak choice is a warning at its field.
  assert.equal(await page.inputValue("#ikepolicy-dh_group"), "group15");
  assert.equal(await page.isDisabled("#ikepolicy-phase1_negotiation_mode"), true);
  await page.click("#advanced summary");
  await page.selectOption("#ikepolicy-dh_group", "group2");
  await page.locator("#ikepolicy-dh_group-msg li.warning").waitFor();
  await page.fill("#ipsecpolicy-lifetime_seconds", "10");
  assert.match(await page.locator("#ipsecpolicy-lifetime_seconds-msg li.error").textContent(), /30/);

  // A weak PSK: the missing classes are listed, and the PSK is nowhere in the DOM.
  await page.fill("#psk", "weakpass");
  await page.locator("#psk-msg li.error").first().waitFor();
  assert.match(await page.textContent("#psk-msg"), /missing: uppercase letters, digits, special characters/);
  assert.ok(!(await domText(page)).includes("weakpass"), "the PSK leaked into the DOM");
  assert.deepEqual(errors, []);
  await page.close();
});

test("demo: gateways, then a connection listed with its status on a later page, errors with code and request id, delete", async () => {
  const { page, errors } = await open();
  await page.click("#create-gateways");
  await page.locator("#gateways-state", { hasText: "VPN gateway ACTIVE;" }).waitFor({ timeout: 20_000 });
  await page.locator("#form-state", { hasText: /Ready to create|Fix the marked/ }).waitFor();
  const vgwId = await page.inputValue("#vgw_id");
  const vgwIp = await page.inputValue("#vgw_ip");
  const cgwId = await page.inputValue("#cgw_id");
  assert.match(vgwId, /^[0-9a-f-]{36}$/);
  // The drawing shows both gateways' addresses once they exist.
  assert.match(await page.textContent("#drawing"), /203\.0\.113\.7/);

  // Five connections made elsewhere fill page 1, so the page's own lands on page 2.
  for (let i = 0; i < 5; i++) {
    const answer = await fetch(`${url}/v5/${PROJECT}/vpn-connection`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Auth-Token": TOKEN },
      body: JSON.stringify({ vpn_connection: { name: `other-${i}`, vgw_id: vgwId, vgw_ip: vgwIp, cgw_id: cgwId, peer_subnets: [`192.168.${100 + i}.0/24`], psk: "Abcd1234!x" } }),
    });
    assert.equal(answer.status, 201, await answer.text());
  }

  await page.fill("#name", "demo-office");
  await page.fill("#psk", PSK);
  await page.locator("#form-state", { hasText: "Ready to create." }).waitFor();
  await page.click("#create");
  const row = page.locator("#connections tbody tr", { hasText: "demo-office" });
  await row.waitFor({ timeout: 15_000 });
  // The waiter brings the status from PENDING_CREATE to where it settles (DOWN: no peer answers).
  await row.locator(".status", { hasText: "DOWN" }).waitFor({ timeout: 20_000 });
  assert.match(await page.textContent("#page-caption"), /^Page 2 of 2 \(6 connections\)/);
  assert.equal(await page.isDisabled("#previous-page"), false);
  await page.click("#previous-page");
  await page.locator("#connections tbody tr", { hasText: "other-0" }).waitFor();
  assert.equal(await page.locator("#connections tbody tr").count(), 5);
  await page.click("#next-page");
  await row.waitFor();

  // The HTTP panel shows the exchange with the PSK and the token redacted.
  const post = page.locator("#http-log li", { hasText: /POST \/v5\/\w+\/vpn-connection → 201/ });
  assert.equal(await post.count(), 1);
  const exchange = await post.evaluate((li) => li.querySelector(".request").textContent + li.querySelector(".response").textContent);
  assert.match(exchange, /"psk": "\[redacted\]"/);
  assert.match(exchange, /x-auth-token: \[redacted\]/);
  assert.match(exchange, /"name": "demo-office"/);
  const html = await domText(page);
  assert.ok(!html.includes(PSK), "the PSK leaked into the DOM");
  assert.ok(!html.includes(TOKEN), "the token leaked into the DOM");
  mkdirSync(join(ROOT, "test-artifacts"), { recursive: true });
  await page.screenshot({ path: join(ROOT, "test-artifacts", "demo.png"), fullPage: true });

  // An API error shows its code and request id: a customer gateway that does not exist.
  await page.fill("#cgw_id", "0b3f3a8e-5d1c-4e2a-9b7f-2f6d8c9e1a01");
  await page.fill("#name", "no-such-cgw");
  await page.click("#create");
  const error = page.locator("#error");
  await error.waitFor({ state: "visible" });
  assert.match(await error.textContent(), /^VPN\.\d{4} \(HTTP 404\): .+ Request id: [0-9a-f-]{8,}/);

  // Delete: the row goes once the waiter sees the connection gone.
  await row.getByRole("button", { name: "Delete demo-office" }).click();
  await row.waitFor({ state: "detached", timeout: 20_000 });
  assert.match(await page.textContent("#page-caption"), /5 connections/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("demo: the HTTP panel's redaction", async () => {
  const { redactBody } = await import("../www/http-log.js");
  const body = JSON.stringify({ vpn_connection: { name: "a", psk: PSK, ikepolicy: { psk: "nested-secret" } } });
  for (const given of [body, new TextEncoder().encode(body)]) {
    const shown = redactBody(given, { request: true });
    assert.ok(!shown.includes(PSK) && !shown.includes("nested-secret"), shown);
    assert.match(shown, /"name": "a"/);
    assert.equal(shown.match(/\[redacted\]/g)?.length, 2);
  }
  assert.equal(redactBody(`psk=${PSK}`, { request: true }), "[a request body that is not JSON: not shown]");
  assert.equal(redactBody("<html>502 Bad Gateway</html>"), "<html>502 Bad Gateway</html>");
  assert.equal(redactBody(new Blob(["x"])), "[a body that is not text: not shown]");
  assert.equal(redactBody(undefined), "");
});
