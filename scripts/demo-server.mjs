// `make demo`: the emulator and the demo page on one loopback origin. The page is www/, the package
// is pkg/ (built by `make build`), and /v5/… is the emulator.
// Usage: node scripts/demo-server.mjs [--port N] (default 8788; 0 = any free port)
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { staticHandler } from "./static.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const { startEmulatorServer } = require(join(root, "pkg/emulator-server.cjs"));

const portArg = process.argv.indexOf("--port");
const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 8788;
const quiet = process.argv.includes("--quiet");

const running = await startEmulatorServer({
  port,
  log: quiet ? undefined : (line) => console.log(line),
  fallback: staticHandler([
    ["/pkg/", join(root, "pkg")],
    ["/", join(root, "www")],
  ]),
});
console.log(`cloudvpn demo: open ${running.url}/ (emulator API on the same origin; Ctrl-C stops)`);
const stop = async () => {
  await running.close();
  process.exit(0);
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
