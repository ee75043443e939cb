// The packed tarball, installed into a fresh folder and used from Node exactly as a user does:
// `import … from "cloudvpn"` (ESM), `require("cloudvpn")` (CJS), and the `cloudvpn-emulator` bin.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { installTarball, startEmulatorBin, ROOT } from "./helpers.mjs";

const SCENARIO = pathToFileURL(join(ROOT, "js-tests", "scenario.mjs")).href;
/** Fewer results than this means part of the scenario did not run. */
const MIN_CHECKS = 55;

let dir;
let server;

before(async () => {
  dir = installTarball();
  server = await startEmulatorBin(dir);
});

after(async () => {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function run(file, source, nodeArgs = []) {
  writeFileSync(join(dir, file), source);
  const out = execFileSync(process.execPath, [...nodeArgs, file, server.url], { cwd: dir, encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").pop());
}

function assertAllPassed(results) {
  const failed = results.filter((r) => !r.ok);
  assert.deepEqual(failed, [], "checks that failed");
  assert.ok(results.length >= MIN_CHECKS, `only ${results.length} checks ran`);
}

test("ESM: import from 'cloudvpn' and 'cloudvpn/emulator'", () => {
  const results = run(
    "esm.mjs",
    `import * as api from "cloudvpn";
import { Emulator } from "cloudvpn/emulator";
import { createRequire } from "node:module";
import { scenario } from ${JSON.stringify(SCENARIO)};
const results = await scenario({ api, Emulator, endpoint: process.argv[2] });
const cjs = createRequire(import.meta.url)("cloudvpn");
results.push({ name: "ESM and CJS share one instance", ok: cjs.ApiError === api.ApiError && cjs.VpnClient === api.VpnClient });
console.log(JSON.stringify(results));
`,
  );
  assertAllPassed(results);
});

test("CJS: require('cloudvpn'), also on a Node that cannot require ES modules", () => {
  // Node 20.19+ can require() ES modules; older Node cannot. The flag makes this Node behave like
  // the older ones, so the CommonJS build is proven to need no ES module anywhere.
  const flags = process.allowedNodeEnvironmentFlags.has("--no-experimental-require-module") ? ["--no-experimental-require-module"] : [];
  const results = run(
    "cjs.cjs",
    `const api = require("cloudvpn");
const { Emulator } = require("cloudvpn/emulator");
import(${JSON.stringify(SCENARIO)})
  .then(({ scenario }) => scenario({ api, Emulator, endpoint: process.argv[2] }))
  .then((r) => console.log(JSON.stringify(r)), (e) => { console.error(e); process.exit(1); });
`,
    flags,
  );
  assertAllPassed(results);
});

test("'cloudvpn/validate': the validators and schemas alone, in ESM and CJS, agreeing with the main entry", () => {
  const results = run(
    "validate.mjs",
    `import * as small from "cloudvpn/validate";
import * as main from "cloudvpn";
import { createRequire } from "node:module";
const cjs = createRequire(import.meta.url)("cloudvpn/validate");
const seed = { vpn_connection: { vgw_id: "b32d91a4-3f0e-4c1a-a8df-e907174eb11d", vgw_ip: "0c464dad-1d2c-4a8d-9f5e-c22bb0eb0bde",
  cgw_id: "5247ae10-7b1e-4d0a-8c3f-dd36659a7f5d", peer_subnets: ["10.0.0.0/16", "10.0.1.0/24", "192.168.44.7/24", "100.64.0.0/10"], psk: "weakpass" } };
const cyclic = { vpn_connection: {} }; cyclic.vpn_connection.self = cyclic;
const bodies = [seed, {}, null, 42, "text", [], { vpn_connection: { psk: 1n } }, cyclic,
  { customer_gateway: { id_value: "203.0.113.300" } }, { tags: [{ key: "a*" }] }];
const out = [];
for (const name of Object.keys(main).filter((k) => k.startsWith("validate"))) {
  for (const body of bodies) {
    for (const options of [undefined, { cloud: "otc", unknownEnums: "warning" }, { cloud: "aws" }]) {
      const a = JSON.stringify(small[name](body, options));
      const b = JSON.stringify(main[name](body, options));
      if (a !== b) out.push({ name: name + " differs", ok: false, a, b });
    }
  }
  out.push({ name: name + " exported by both", ok: typeof small[name] === "function" && cjs[name] === small[name] });
}
const report = small.validateCreateVpnConnection(seed);
out.push({ name: "the overlap names both entries", ok: report.issues.some((i) => i.code === "cidr.overlap" && i.path === "vpn_connection.peer_subnets[1]" && i.related === "vpn_connection.peer_subnets[0]") });
out.push({ name: "a weak PSK never shows in a message", ok: !JSON.stringify(report).includes("weakpass") });
const standard = small.createVpnConnectionSchema["~standard"].validate(seed);
out.push({ name: "Standard Schema issues carry key paths", ok: standard.issues.some((i) => JSON.stringify(i.path) === '["vpn_connection","peer_subnets",1]') });
out.push({ name: "no client in the small entry", ok: !("VpnClient" in small) && !("signRequest" in small) });
console.log(JSON.stringify(out));
`,
  );
  const failed = results.filter((r) => !r.ok);
  assert.deepEqual(failed, [], "checks that failed");
  assert.ok(results.length >= 16, `only ${results.length} checks ran`);
});

test("the package has zero runtime dependencies and the documented exports", () => {
  const pkg = JSON.parse(readFileSync(join(dir, "node_modules", "cloudvpn", "package.json"), "utf8"));
  assert.deepEqual(pkg.dependencies ?? {}, {});
  assert.deepEqual(pkg.peerDependencies ?? {}, {});
  assert.deepEqual(Object.keys(pkg.exports), [".", "./validate", "./emulator", "./package.json"]);
  assert.deepEqual(Object.keys(pkg.exports["."]), ["types", "node", "browser", "import", "default"]);
  assert.equal(pkg.bin["cloudvpn-emulator"], "./bin/cloudvpn-emulator.cjs");
});

test("cloudvpn-emulator: --help, bad flags, one log line per request without secrets", async () => {
  const bin = join(dir, "node_modules", ".bin", "cloudvpn-emulator");
  const help = spawnSync(bin, ["--help"], { encoding: "utf8" });
  assert.equal(help.status, 0);
  assert.match(help.stdout, /--port <n>/);
  const bad = spawnSync(bin, ["--bogus"], { encoding: "utf8" });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /unknown option --bogus/);
  const badPort = spawnSync(bin, ["--port", "x"], { encoding: "utf8" });
  assert.equal(badPort.status, 2);

  const own = await startEmulatorBin(dir, ["--token", "secret-canary-token"]);
  const res = await fetch(`${own.url}/v5/0123456789abcdef0123456789abcdef/vpn-connection/11111111-2222-4333-8444-555555555555`, {
    headers: { "X-Auth-Token": "secret-canary-token" },
  });
  assert.equal(res.status, 404);
  assert.ok(res.headers.get("x-request-id"));
  const big = await fetch(`${own.url}/v5/0123456789abcdef0123456789abcdef/vpn-connection`, {
    method: "POST",
    headers: { "X-Auth-Token": "secret-canary-token", "Content-Type": "application/json" },
    body: "x".repeat((1 << 20) + 1),
  }).catch((e) => e);
  assert.ok(big instanceof Error || big.status === 413, `a body over 1 MiB is refused (${big.status ?? big.message})`);
  assert.equal(await own.stop(), 0, "SIGTERM stops the server cleanly");
  const log = own.output();
  assert.match(log, /GET \/v5\/\S+ 404 \d+ms/);
  assert.ok(!log.includes("secret-canary-token"), log);
});
