// Shared by the package tests: find the packed tarball, install it into a fresh folder as a user
// would, and start the installed emulator bin.
import { execFileSync, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The tarball `make pack` left in dist/ (or $CLOUDVPN_TARBALL). */
export function tarball() {
  if (process.env.CLOUDVPN_TARBALL) return process.env.CLOUDVPN_TARBALL;
  const dist = join(ROOT, "dist");
  const found = readdirSync(dist)
    .filter((f) => f.endsWith(".tgz"))
    .map((f) => join(dist, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (!found.length) throw new Error("no tarball in dist/: run `make pack` first");
  return found[0];
}

/** A fresh folder with the tarball installed from the local file (no network needed). */
export function installTarball() {
  const dir = mkdtempSync(join(tmpdir(), "cloudvpn-consumer-"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", tarball()], { cwd: dir, stdio: "pipe" });
  return dir;
}

/** The tarball installed into a fresh folder, and `require` for it: `{ dir, api, Emulator }`. */
export function installedPackage() {
  const dir = installTarball();
  const require = createRequire(join(dir, "package.json"));
  return { dir, api: require("cloudvpn"), Emulator: require("cloudvpn/emulator").Emulator };
}

/** Starts `cloudvpn-emulator --port 0` from an install folder; resolves to { url, child, stop() }. */
export function startEmulatorBin(dir, args = []) {
  const bin = join(dir, "node_modules", ".bin", "cloudvpn-emulator");
  const child = spawn(bin, ["--port", "0", ...args], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`emulator did not start: ${output}`)), 10_000);
    child.stdout.on("data", (d) => {
      output += d;
      const m = /listening on (http:\/\/\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        const stop = () =>
          new Promise((r) => {
            if (child.exitCode !== null) return r(child.exitCode);
            child.once("exit", (code) => r(code));
            child.kill("SIGTERM");
          });
        resolve({ url: m[1], child, stop, output: () => output });
      }
    });
    child.stderr.on("data", (d) => (output += d));
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`emulator exited with ${code}: ${output}`));
    });
  });
}

/** Launches Debian's Chromium through playwright-core (no browser download). */
export async function launchChromium() {
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}
