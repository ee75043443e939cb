// tsc --noEmit in strict mode on js-tests/usage.ts against the installed tarball: the declarations
// accept right usage, and every `@ts-expect-error` line proves wrong usage is rejected.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
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
