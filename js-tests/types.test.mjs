// tsc --noEmit in strict mode on js-tests/usage.ts against the installed tarball: the declarations
// accept right usage, and every `@ts-expect-error` line proves wrong usage is rejected.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { copyFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { installTarball, ROOT } from "./helpers.mjs";

test("usage.ts type-checks against the published declarations", () => {
  const dir = installTarball();
  try {
    copyFileSync(join(ROOT, "js-tests", "usage.ts"), join(dir, "usage.ts"));
    // The consumer folder holds only cloudvpn; the Standard Schema types come from our dev tools.
    const tsconfig = JSON.parse(readFileSync(join(ROOT, "js-tests", "tsconfig.json"), "utf8"));
    tsconfig.compilerOptions.paths = { "@standard-schema/spec": [join(ROOT, "node_modules", "@standard-schema", "spec")] };
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(tsconfig));
    const tsc = join(ROOT, "node_modules", ".bin", "tsc");
    const r = spawnSync(tsc, ["-p", join(dir, "tsconfig.json")], { encoding: "utf8" });
    assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** The members of `export type <name> = "a" | "b" …;` in a declaration text. */
function unionOf(text, name) {
  const m = new RegExp(`export type ${name} =([^;]+);`).exec(text);
  assert.ok(m, `the declarations define ${name}`);
  return [...m[1].matchAll(/"([^"]+)"/g)].map((x) => x[1]);
}

test("the enum unions of the declarations are exactly what the validators accept", () => {
  const dir = installTarball();
  try {
    const pkg = join(dir, "node_modules", "cloudvpn");
    const dts = readFileSync(join(pkg, "node", "cloudvpn.d.ts"), "utf8");
    const api = createRequire(join(dir, "package.json"))("cloudvpn");
    const seed = { vgw_id: "b32d91a4-3f0e-4c1a-a8df-e907174eb11d", vgw_ip: "0c464dad-1d2c-4a8d-9f5e-c22bb0eb0bde",
      cgw_id: "5247ae10-7b1e-4d0a-8c3f-dd36659a7f5d", peer_subnets: ["192.168.44.0/24"], psk: "Abcd1234!x" };
    const fields = {
      AuthenticationAlgorithm: [["ikepolicy", "authentication_algorithm"], ["ipsecpolicy", "authentication_algorithm"]],
      EncryptionAlgorithm: [["ikepolicy", "encryption_algorithm"], ["ipsecpolicy", "encryption_algorithm"]],
      DhGroup: [["ikepolicy", "dh_group"], ["ipsecpolicy", "pfs"]],
      AuthenticationMethod: [["ikepolicy", "authentication_method"]],
    };
    const issuesAt = (policy, field, value) => api
      .validateCreateVpnConnection({ vpn_connection: { ...seed, [policy]: { [field]: value } } })
      .issues.filter((i) => i.path === `vpn_connection.${policy}.${field}`);
    const codesAt = (policy, field, value) => issuesAt(policy, field, value).map((i) => i.code);
    for (const [type, places] of Object.entries(fields)) {
      const members = unionOf(dts, type);
      assert.ok(members.length >= 2, type);
      for (const [policy, field] of places) {
        for (const value of members) assert.ok(!codesAt(policy, field, value).includes("enum.unknown"), `${type} ${value} at ${policy}.${field}`);
        assert.deepEqual(codesAt(policy, field, "not-a-member"), ["enum.unknown"], `${policy}.${field} refuses what ${type} lacks`);
        // …and the values its message lists (every one it knows) are the union's, "disable" aside.
        const listed = /must be one of (.+), got/.exec(issuesAt(policy, field, "not-a-member")[0].message)[1].split(", ");
        assert.deepEqual(listed.filter((v) => v !== "disable").sort(), [...members].sort(), `${policy}.${field} vs ${type}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
