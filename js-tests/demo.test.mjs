// The demo page (www/) in Debian's Chromium via playwright-core, served as `make demo` serves it:
// no message before a field is touched, messages at their fields in the form's words, overlaps
// marked on both sides, one-click hints, a weak PSK, the error summary of Create, and the whole
// flow (gateways kept across a reload → connection → paginated list with its status badge →
// confirmed delete) with the HTTP panel redacted; phone widths without horizontal scrolling; the
// demo server's port. Leaves screenshots in test-artifacts/demo-1280.png and demo-390.png.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { launchChromium, ROOT } from "./helpers.mjs";

const PROJECT = "0123456789abcdef0123456789abcdef";
const TOKEN = "emulator-token";
const PSK = "Vpn-Canary-42:x";
/** Where the errors of the summary's test body are, in the form's order. */
const SUMMARY_ORDER = ["Name", "Peer subnets, line 1", "Peer subnets, line 4", "Tunnel address on your device", "Pre-shared key"];

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

/** A fresh page (its own storage) that records uncaught errors. */
async function open(width = 1280) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${url}/`);
  await page.locator("#form-state", { hasText: "Create the gateways first" }).waitFor();
  return { page, errors };
}

/** The text of the visible DOM, inputs' values excluded (the PSK's own input may hold it). */
const domText = (page) => page.evaluate(() => document.documentElement.outerHTML);

/** Whether the page scrolls sideways at its current width. */
const overflows = (page) => page.evaluate(() => document.documentElement.scrollWidth > innerWidth);

test("demo: messages at their fields, overlaps marked on both sides, one-click hints, a weak PSK", async () => {
  const { page, errors } = await open();

  // Nothing is marked before the user has touched a field, though several are empty.
  assert.equal(await page.locator("[aria-invalid='true']").count(), 0);
  assert.equal(await page.locator(".msg li").count(), 0);
  assert.equal(await page.inputValue("#vgw_id"), "");
  // Leaving a field counts as touching it.
  await page.focus("#vgw_id");
  await page.focus("#name");
  await page.locator("#vgw_id-msg li.error").waitFor();
  assert.match(await page.textContent("#vgw_id-msg"), /^VPN gateway id must be a UUID/, "the field's label, not its body name");
  assert.equal(await page.locator("#vgw_ip-msg li").count(), 0, "an untouched field stays quiet");

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
  assert.match(await page.textContent("#peer_subnets-msg"), /Line 3: 172\.16\.5\.0\/24 overlaps 172\.16\.0\.0\/16 \(Peer subnets, line 1\)/);
  assert.doesNotMatch(await page.textContent("#create-form"), /vpn_connection/, "no body paths in the messages");
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

  // Policy style needs policy rules: once the user has been in that field and left it empty,
  // the message is there until one is given.
  await page.selectOption("#style", "policy");
  assert.equal(await page.locator("#policy_rules-msg li").count(), 0, "not before the field is touched");
  await page.focus("#policy_rules");
  await page.focus("#psk");
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

test("demo: gateways kept across a reload, the error summary, a connection with its status badge on a later page, errors beside their button, confirmed delete", async () => {
  const { page, errors } = await open();
  // No connection yet: the list says so instead of showing an empty table.
  await page.locator("#connections-empty").waitFor();
  assert.equal(await page.isVisible("#connections"), false);

  await page.click("#create-gateways");
  await page.locator("#gateways-state", { hasText: "VPN gateway ACTIVE;" }).waitFor({ timeout: 20_000 });
  await page.locator("#form-state", { hasText: /Ready to create|still to fill in or fix/ }).waitFor();
  const vgwId = await page.inputValue("#vgw_id");
  const vgwIp = await page.inputValue("#vgw_ip");
  const cgwId = await page.inputValue("#cgw_id");
  assert.match(vgwId, /^[0-9a-f-]{36}$/);
  // The drawing shows both gateways' addresses once they exist.
  assert.match(await page.textContent("#drawing"), /203\.0\.113\.7/);

  // Create with errors: a summary takes the focus, in the form's order and words, one link a field.
  await page.fill("#name", "bad name!");
  await page.fill("#peer_subnets", "10.0.0.0/33\n192.168.44.0/24\n172.16.0.0/16\n172.16.5.0/24");
  await page.fill("#tunnel_local_address", "169.254.1.1/30");
  await page.fill("#tunnel_peer_address", "169.254.1.6/30");
  assert.equal(await page.locator("#psk-msg li").count(), 0, "the PSK is untouched");
  await page.evaluate(() => { document.getElementById("psk").value = "weakpass"; });
  await page.click("#create");
  const summary = page.locator("#error-summary");
  await summary.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), "error-summary");
  const items = await summary.locator("li").allTextContents();
  assert.deepEqual(items.map((t) => t.split(": ")[0]), SUMMARY_ORDER, items.join("\n"));
  assert.ok(items.every((t) => !/vpn_connection|\[\d+\]/.test(t)), items.join("\n"));
  assert.match(items[1], /^Peer subnets, line 1: "10\.0\.0\.0\/33" is not an IPv4 CIDR/);
  assert.match(items[2], /^Peer subnets, line 4: 172\.16\.5\.0\/24 overlaps 172\.16\.0\.0\/16 \(Peer subnets, line 3\)/);
  // After Create, the untouched PSK shows its message too; a link takes the focus to its field.
  await page.locator("#psk-msg li.error").first().waitFor();
  await summary.getByRole("link", { name: /^Pre-shared key/ }).first().click();
  assert.equal(await page.evaluate(() => document.activeElement.id), "psk");
  assert.equal(await page.locator("#http-log li", { hasText: "POST /v5/" + PROJECT + "/vpn-connection" }).count(), 0, "nothing was sent");
  await page.fill("#peer_subnets", "192.168.44.0/24");
  await page.fill("#tunnel_local_address", "");
  await page.fill("#tunnel_peer_address", "");

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
  // The waiter brings the status from PENDING_CREATE to where it settles (DOWN: no peer answers),
  // shown as a badge that says DOWN is expected.
  await row.locator(".status .badge", { hasText: "DOWN" }).waitFor({ timeout: 20_000 });
  assert.match(await row.locator(".status .explain").textContent(), /DOWN until your device negotiates IKE/);
  assert.equal(await page.isVisible("#error-summary"), false);
  assert.equal(await page.locator("#psk-msg li").count(), 0, "a new form starts without messages");
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
  await page.screenshot({ path: join(ROOT, "test-artifacts", "demo-1280.png"), fullPage: true });
  assert.equal(await overflows(page), false);

  // Reloading keeps the gateways (their ids only: no PSK, no token in the browser's storage).
  const stored = await page.evaluate(() => localStorage.getItem("cloudvpn-demo-gateways"));
  assert.deepEqual(Object.keys(JSON.parse(stored)).sort(), ["customerGatewayId", "vpnGatewayId"]);
  assert.ok(Object.values(JSON.parse(stored)).every((v) => /^[0-9a-f-]{36}$/.test(v)), stored);
  const storage = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
  assert.ok(!storage.includes(PSK) && !storage.includes(TOKEN), storage);
  await page.reload();
  await page.locator("#gateways-state", { hasText: "kept from your last visit" }).waitFor({ timeout: 20_000 });
  assert.equal(await page.inputValue("#vgw_id"), vgwId);
  assert.equal(await page.inputValue("#cgw_id"), cgwId);
  assert.equal(await page.isDisabled("#create-gateways"), true);
  await page.locator("#form-state", { hasText: /still to fill in or fix|Ready to create/ }).waitFor();
  await page.click("#next-page");
  await row.waitFor();

  // An API error shows its code and request id beside the button that failed.
  await page.fill("#cgw_id", "0b3f3a8e-5d1c-4e2a-9b7f-2f6d8c9e1a01");
  await page.fill("#name", "no-such-cgw");
  await page.fill("#psk", PSK);
  await page.click("#create");
  const error = page.locator("#create-error");
  await error.waitFor({ state: "visible" });
  assert.match(await error.textContent(), /^VPN\.\d{4} \(HTTP 404\): .+ Request id: [0-9a-f-]{8,}/);
  assert.equal(await error.evaluate((e) => e.closest("form")?.id), "create-form");

  // Delete asks first, in the row; Keep keeps it.
  await row.getByRole("button", { name: "Delete demo-office" }).click();
  await row.getByRole("button", { name: "Keep demo-office" }).click();
  await row.getByRole("button", { name: "Delete demo-office" }).click();
  assert.equal(await page.locator("#http-log li", { hasText: /^DELETE/ }).count(), 0, "nothing deleted before the confirmation");
  // Confirmed: the row goes once the waiter sees the connection gone.
  await row.getByRole("button", { name: "Yes, delete demo-office" }).click();
  await row.waitFor({ state: "detached", timeout: 20_000 });
  assert.match(await page.textContent("#page-caption"), /5 connections/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("demo: phone widths (390 and 360 px): no sideways scrolling, the list as cards, the drawing top to bottom at a readable size", async () => {
  const { page, errors } = await open(390);
  await page.click("#create-gateways");
  await page.locator("#gateways-state", { hasText: "VPN gateway ACTIVE;" }).waitFor({ timeout: 20_000 });
  await page.fill("#peer_subnets", "192.168.44.0/24\n172.16.0.0/16\n172.16.5.0/24");
  await page.click("#create"); // the error summary, too, must fit
  await page.locator("#error-summary").waitFor();
  await page.locator("#connections tbody tr").first().waitFor();
  assert.equal(await overflows(page), false, "horizontal overflow at 390 px");
  // The drawing is laid out top to bottom, its text at least 11 px tall on screen.
  assert.equal(await page.locator("#drawing.vertical").count(), 1);
  const textHeight = await page.locator("#drawing .subnet text").first().evaluate((t) => t.getBoundingClientRect().height);
  assert.ok(textHeight >= 11, `the drawing's text is ${textHeight} px tall`);
  // The connections are cards: each cell a labelled line, the table head hidden.
  assert.equal(await page.locator("#connections tbody tr").first().evaluate((tr) => getComputedStyle(tr).display), "block");
  assert.equal(await page.locator("#connections tbody td.status").first().evaluate((td) => getComputedStyle(td, "::before").content), '"Status"');
  await page.screenshot({ path: join(ROOT, "test-artifacts", "demo-390.png"), fullPage: true });
  await page.setViewportSize({ width: 360, height: 800 });
  assert.equal(await overflows(page), false, "horizontal overflow at 360 px");
  // Back to a wide window: the drawing is drawn left to right again.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.locator("#drawing:not(.vertical)").waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test("demo server: PORT chooses the port; a port in use is one line naming another, not a stack", async () => {
  const busy = createServer();
  await new Promise((r) => busy.listen(0, "127.0.0.1", r));
  const { port } = busy.address();
  try {
    const run = spawn(process.execPath, [join(ROOT, "scripts", "demo-server.mjs"), "--quiet"], { env: { ...process.env, PORT: String(port) }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    run.stdout.on("data", (d) => (out += d));
    run.stderr.on("data", (d) => (out += d));
    const code = await new Promise((r) => run.once("exit", r));
    assert.equal(code, 1);
    assert.equal(out, `cloudvpn demo: port ${port} is in use; try make demo PORT=${port + 1}\n`);
  } finally {
    await new Promise((r) => busy.close(r));
  }
  // The port now free: the server listens on it.
  const run = spawn(process.execPath, [join(ROOT, "scripts", "demo-server.mjs"), "--quiet"], { env: { ...process.env, PORT: String(port) }, stdio: ["ignore", "pipe", "pipe"] });
  try {
    const line = await new Promise((resolve, reject) => {
      let out = "";
      run.stdout.on("data", (d) => {
        out += d;
        if (out.includes("\n")) resolve(out);
      });
      run.once("exit", (c) => reject(new Error(`exited with ${c}: ${out}`)));
    });
    assert.match(line, new RegExp(`open http://127\\.0\\.0\\.1:${port}/ `));
  } finally {
    run.kill("SIGTERM");
  }
  const bad = spawn(process.execPath, [join(ROOT, "scripts", "demo-server.mjs")], { env: { ...process.env, PORT: "eighty" }, stdio: ["ignore", "pipe", "pipe"] });
  let err = "";
  bad.stderr.on("data", (d) => (err += d));
  assert.equal(await new Promise((r) => bad.once("exit", r)), 1);
  assert.match(err, /^cloudvpn demo: the port must be a whole number from 0 to 65535, got "eighty"/);
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
