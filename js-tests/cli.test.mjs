// `npx cloudvpn validate` from the installed tarball: output, --op, --cloud, --json, standard
// input, and the exit codes (0 no error, 1 errors, 2 the command could not run).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
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
  assert.equal(otc.code, 1, otc.out);
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
