// `npx cloudvpn validate` from the installed tarball: output, --op, --cloud, --json, standard
// input, several files in one run, JSON errors with line and column, "did you mean" for a
// mistyped operation or option, --version, and the exit codes (0 no error, 1 errors, 2 the
// command could not run; the worst of several files).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { installTarball } from "./helpers.mjs";

let dir;
const seed = {
  vpn_connection: {
    vgw_id: "b32d91a4-3f0e-4c1a-a8df-e907174eb11d", vgw_ip: "0c464dad-1d2c-4a8d-9f5e-c22bb0eb0bde",
    cgw_id: "5247ae10-7b1e-4d0a-8c3f-dd36659a7f5d", peer_subnets: ["192.168.44.0/24"], psk: "Abcd1234!x",
  },
};

before(() => {
  dir = installTarball();
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function cli(args, input) {
  const r = spawnSync("npx", ["--no-install", "cloudvpn", ...args], { cwd: dir, input, encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function file(name, value) {
  const path = join(dir, name);
  writeFileSync(path, typeof value === "string" ? value : JSON.stringify(value));
  return path;
}

test("a valid body exits 0; the operation is read from the body's key", () => {
  const r = cli(["validate", file("ok.json", seed)]);
  assert.equal(r.code, 0, r.out + r.err);
  assert.match(r.out, /createVpnConnection: 0 error\(s\), 0 warning\(s\)/);
  // A file saved with a UTF-8 byte order mark reads the same.
  const bom = cli(["validate", file("bom.json", `\uFEFF${JSON.stringify(seed)}`)]);
  assert.equal(bom.code, 0, bom.out + bom.err);
});

test("errors print path, code and message, and exit 1; --json prints the report", () => {
  const bad = { vpn_connection: { ...seed.vpn_connection, peer_subnets: ["10.0.0.0/16", "10.0.1.0/24"] } };
  const r = cli(["validate", file("bad.json", bad)]);
  assert.equal(r.code, 1);
  assert.match(r.out, /^vpn_connection\.peer_subnets\[1\]: error cidr\.overlap: .*vpn_connection\.peer_subnets\[0\]/m);
  const j = cli(["validate", "--json", file("bad.json", bad)]);
  assert.equal(j.code, 1);
  const report = JSON.parse(j.out);
  assert.equal(report.ok, false);
  assert.equal(report.op, "createVpnConnection");
  assert.deepEqual(report.issues.map((i) => [i.path, i.code]), [["vpn_connection.peer_subnets[1]", "cidr.overlap"]]);
});

test("standard input, --op and --cloud", () => {
  const r = cli(["validate", "-"], JSON.stringify(seed));
  assert.equal(r.code, 0, r.out + r.err);
  const update = cli(["validate", "--op", "updateVpnConnection", "-"], JSON.stringify({ vpn_connection: { vgw_id: seed.vpn_connection.vgw_id } }));
  assert.equal(update.code, 1, "an update cannot change vgw_id");
  assert.match(update.out, /field\.immutable/);
  const flavored = { vpn_gateway: { vpc_id: "7e1e6bb4-2e3b-4b6c-9e4b-2a0b7c3d9f10", connect_subnet: "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9",
    local_subnets: ["10.0.0.0/16"], flavor: "GM" } };
  const huawei = cli(["validate", file("gw.json", flavored)]);
  const otc = cli(["validate", "--cloud", "otc", file("gw.json", flavored)]);
  assert.notEqual(huawei.out, otc.out, "the cloud changes which values are known");
  assert.match(otc.out, /^vpn_gateway\.flavor: (error|warning) enum\.unknown: /m, otc.out);
  assert.equal(otc.code, /^vpn_gateway\.flavor: error/m.test(otc.out) ? 1 : 0, "the exit code follows the severity");
});

test("the command itself failing exits 2 with a message on stderr", () => {
  for (const [args, input, pattern] of [
    [["validate", file("broken.json", "{ not json")], undefined, /is not JSON/],
    [["validate", join(dir, "missing.json")], undefined, /cannot read/],
    [["validate", "--op", "frobnicate", file("ok2.json", seed)], undefined, /unknown operation/],
    [["validate", "-"], "[1, 2]", /pass --op/],
    [["validate", "--cloud", "aws", "-"], "{}", /--cloud must be/],
    [["check", "x.json"], undefined, /unknown command/],
    [["validate"], undefined, /which file/],
  ]) {
    const r = cli(args, input);
    assert.equal(r.code, 2, `${args.join(" ")}: ${r.out}${r.err}`);
    assert.match(r.err, pattern);
  }
  const help = cli(["--help"]);
  assert.equal(help.code, 0);
  assert.match(help.out, /usage: cloudvpn validate/);
});

test("--version prints the installed package's version", () => {
  const { version } = JSON.parse(readFileSync(join(dir, "node_modules", "cloudvpn", "package.json"), "utf8"));
  for (const args of [["--version"], ["-v"], ["validate", "--version"]]) {
    const r = cli(args);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, `${version}\n`);
  }
});

test("a mistyped operation or option gets the closest known one", () => {
  const ok = file("ok3.json", seed);
  for (const [given, meant] of [["createVpnConection", "createVpnConnection"], ["updatevpnconnection", "updateVpnConnection"], ["addTag", "addTags"]]) {
    const r = cli(["validate", "--op", given, ok]);
    assert.equal(r.code, 2);
    assert.match(r.err, new RegExp(`unknown operation "${given}"; did you mean ${meant}\\?`));
  }
  const far = cli(["validate", "--op", "frobnicate", ok]);
  assert.doesNotMatch(far.err, /did you mean/, "no suggestion when nothing is close");
  const option = cli(["validate", "--jsn", ok]);
  assert.equal(option.code, 2);
  assert.match(option.err, /unknown option --jsn; did you mean --json\?/);
});

test("text that is not JSON is reported with its line and column", () => {
  const missingValue = file("connection.json", '{\n  "vpn_connection": {\n    "psk": }\n}\n');
  const r = cli(["validate", missingValue]);
  assert.equal(r.code, 2);
  assert.equal(r.err, `cloudvpn: ${missingValue}:3:12: Unexpected token "}", expected a value (the file is not JSON)\n`);
  for (const [text, where, pattern] of [
    ['{"tags": [1, 2,]}', "1:16", /a trailing comma is not allowed/],
    ["{'tags': []}", "1:2", /Unexpected token "'", expected a property name in double quotes/],
    ['{"tags": [\n', "2:1", /Unexpected end of input/],
    ['\uFEFF{"tags" []}', "1:9", /expected ":" after the property name/],
    ['{"name": "a\tb"}', "1:12", /Bad character U\+0009 in a string/],
  ]) {
    const e = cli(["validate", file("e.json", text)]);
    assert.equal(e.code, 2, text);
    assert.match(e.err, new RegExp(`e\\.json:${where}: `), `${JSON.stringify(text)}: ${e.err}`);
    assert.match(e.err, pattern, e.err);
  }
  const stdin = cli(["validate", "-"], "{\n\n  x");
  assert.match(stdin.err, /^cloudvpn: standard input:3:3: Unexpected token "x"/);
});

test("several files in one run: each reported under its name, the exit code the worst", () => {
  const ok = file("good.json", seed);
  const bad = file("overlap.json", { vpn_connection: { ...seed.vpn_connection, peer_subnets: ["10.0.0.0/16", "10.0.1.0/24"] } });
  const gateway = file("cgw.json", { customer_gateway: { id_value: "203.0.113.7" } });
  const broken = file("broken2.json", "{");

  const two = cli(["validate", ok, gateway]);
  assert.equal(two.code, 0, two.out + two.err);
  assert.match(two.out, new RegExp(`^${ok}: createVpnConnection: 0 error\\(s\\), 0 warning\\(s\\)$`, "m"));
  assert.match(two.out, new RegExp(`^${gateway}: createCustomerGateway: 0 error\\(s\\)`, "m"));

  const withErrors = cli(["validate", bad, ok]);
  assert.equal(withErrors.code, 1);
  assert.match(withErrors.out, new RegExp(`^${bad}: vpn_connection\\.peer_subnets\\[1\\]: error cidr\\.overlap`, "m"));
  assert.match(withErrors.out, new RegExp(`^${ok}: createVpnConnection: 0 error`, "m"), "the file after a failing one is still checked");

  const all = cli(["validate", broken, bad, ok]);
  assert.equal(all.code, 2, "a file that could not be read is worse than one with errors");
  assert.match(all.err, new RegExp(`${broken}:1:2: Unexpected end of input`));
  assert.match(all.out, new RegExp(`^${bad}: createVpnConnection: 1 error`, "m"));
  assert.match(all.out, new RegExp(`^${ok}: createVpnConnection: 0 error`, "m"));

  const json = cli(["validate", "--json", bad, ok, broken]);
  assert.equal(json.code, 2);
  const reports = JSON.parse(json.out);
  assert.deepEqual(reports.map((r) => [r.file, r.ok]), [[bad, false], [ok, true], [broken, false]]);
  assert.equal(reports[0].issues[0].code, "cidr.overlap");
  assert.match(reports[2].error, /broken2\.json:1:2: /);
  assert.equal(cli(["validate", "-", "-"], "{}").code, 2, "standard input is read once");
});
