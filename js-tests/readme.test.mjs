// The README's quick start, run as it stands: its code block is taken from README.md, saved as
// quickstart.mjs in a folder where the packed tarball is installed, and run against the
// installed `cloudvpn-emulator` bin, whose banner must name what the block uses.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { installTarball, startEmulatorBin, ROOT } from "./helpers.mjs";

let dir;
let emulator;
before(async () => {
  dir = installTarball();
  emulator = await startEmulatorBin(dir);
});
after(async () => {
  await emulator?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The code block that follows `marker` in README.md. */
function blockAfter(marker) {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const at = readme.indexOf(marker);
  assert.ok(at >= 0, `README.md has no ${marker}`);
  const block = /```js\n([\s\S]*?)```/.exec(readme.slice(at));
  assert.ok(block, `no js block after ${marker}`);
  return block[1];
}

test("the quick start runs as pasted against npx cloudvpn-emulator, whose banner gives what it needs", async () => {
  // The banner's lines after the first may arrive a moment later.
  for (let i = 0; i < 100 && !/AK\/SK/.test(emulator.output()); i++) await new Promise((r) => setTimeout(r, 50));
  const banner = emulator.output();
  assert.match(banner, /project id +0123456789abcdef0123456789abcdef/);
  assert.match(banner, /token +emulator-token/);
  const code = blockAfter("<!-- quick-start");
  assert.match(code, /projectId: "0123456789abcdef0123456789abcdef"/, "the block uses the banner's project id");
  writeFileSync(join(dir, "quickstart.mjs"), code);
  const out = execFileSync(process.execPath, ["quickstart.mjs"], {
    cwd: dir, env: { ...process.env, CLOUDVPN_ENDPOINT: emulator.url }, encoding: "utf8", timeout: 30_000,
  });
  assert.match(out, /^created [0-9a-f-]{36}; 1 customer gateway\(s\)\n$/);
});

test("the emulator example runs as pasted: a gateway, a customer gateway and a connection, in process", () => {
  const code = blockAfter("<!-- emulator-example");
  // The block ends by clearing the store; print what it held first, to check it did its work.
  const checked = code.replace("emulator.reset();", "console.log(JSON.stringify(emulator.snapshot())); emulator.reset();");
  writeFileSync(join(dir, "emulator-example.mjs"), checked);
  const out = execFileSync(process.execPath, ["emulator-example.mjs"], { cwd: dir, encoding: "utf8", timeout: 30_000 });
  const store = JSON.parse(out);
  assert.deepEqual([store.vpn_gateways.length, store.customer_gateways.length, store.vpn_connections.length], [1, 1, 1]);
});

test("the Node example runs as pasted against the emulator: its gateways do not exist there, and it says so", () => {
  writeFileSync(join(dir, "example.mjs"), blockAfter("<!-- node-example"));
  const env = { ...process.env, CLOUDVPN_ENDPOINT: emulator.url, OTC_PROJECT_ID: "0123456789abcdef0123456789abcdef",
    OTC_TOKEN: "emulator-token", VPN_PSK: "Abcd1234!x" };
  const r = spawnSync(process.execPath, ["example.mjs"], { cwd: dir, env, encoding: "utf8", timeout: 30_000 });
  assert.equal(r.status, 0, r.stderr);
  // The ApiError branch: 404, the API's code, a request id, the message.
  assert.match(r.stderr, /^404 VPN\.0509 \S+ vpn gateway b32d91a4-3f0e-4c1a-a8df-e907174eb11d does not exist/);
  // Without a PSK the example's body breaks a rule, and the ValidationError branch shows why.
  const bad = spawnSync(process.execPath, ["example.mjs"], { cwd: dir, env: { ...env, VPN_PSK: "weak" }, encoding: "utf8" });
  assert.match(bad.stderr, /psk\.(length|classes)/);
});

test("the pages and waiters example runs as pasted: it waits for ACTIVE, pages, and waits for the deletion", () => {
  writeFileSync(join(dir, "pages.mjs"), blockAfter("<!-- pages-example"));
  const out = execFileSync(process.execPath, ["pages.mjs"], { cwd: dir, encoding: "utf8", timeout: 60_000 });
  const lines = out.trim().split("\n");
  // onPoll reported each poll (how many depends on the machine's speed), the last one ACTIVE.
  const polls = lines.filter((l) => l.startsWith("poll "));
  assert.ok(polls.length >= 1);
  polls.forEach((line, i) => assert.match(line, new RegExp(`^poll ${i + 1}: (PENDING_CREATE|DOWN|ACTIVE)$`)));
  assert.match(polls.at(-1), /: ACTIVE$/);
  assert.deepEqual(lines.slice(polls.length), [lines[polls.length], "203.0.113.7", "deleted"]);
  assert.match(lines[polls.length], /^[0-9a-f-]{36} ACTIVE$/);
});

test("the forms example prints exactly the report the README shows after it", () => {
  writeFileSync(join(dir, "form-check.mjs"), blockAfter("<!-- forms-example"));
  const out = execFileSync(process.execPath, ["form-check.mjs"], { cwd: dir, encoding: "utf8", timeout: 30_000 });
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const shown = /```json\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf("<!-- forms-example")));
  assert.ok(shown, "a json block follows the forms example");
  assert.equal(out, shown[1]);
  const report = JSON.parse(out);
  assert.deepEqual(report.issues.map((i) => i.code), ["cidr.overlap", "psk.classes"]);
});

test("the signing example runs as pasted against the emulator with its AK/SK pair", () => {
  writeFileSync(join(dir, "sign.mjs"), blockAfter("<!-- signing-example"));
  const env = { ...process.env, CLOUDVPN_ENDPOINT: emulator.url, OTC_PROJECT_ID: "0123456789abcdef0123456789abcdef",
    OTC_ACCESS_KEY: "EMULATORACCESSKEY000", OTC_SECRET_KEY: "emulator-secret-key" };
  const ok = spawnSync(process.execPath, ["sign.mjs"], { cwd: dir, env, encoding: "utf8", timeout: 30_000 });
  assert.equal(ok.status, 0, ok.stderr);
  assert.equal(ok.stdout, "201 office\n");
  // A wrong secret key: the emulator refuses the signature, so the request really was signed.
  const bad = spawnSync(process.execPath, ["sign.mjs"], { cwd: dir, env: { ...env, OTC_SECRET_KEY: "wrong" },
    encoding: "utf8", timeout: 30_000 });
  assert.match(bad.stdout, /^401 undefined\n$/);
});

test("every js block of the README is one of the programs run above", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const markers = ["<!-- quick-start", "<!-- node-example", "<!-- pages-example", "<!-- forms-example",
    "<!-- signing-example", "<!-- emulator-example"];
  const run = new Set(markers.map((m) => blockAfter(m)));
  const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]);
  assert.equal(blocks.length, markers.length);
  for (const block of blocks) assert.ok(run.has(block), `a js block no test runs:\n${block.slice(0, 200)}`);
});
