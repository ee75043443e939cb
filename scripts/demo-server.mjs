// `make demo`: the emulator and the demo page on one loopback origin. The page is www/, the package
// is pkg/ (built by `make build`), and /v5/… is the emulator.
// Usage: node scripts/demo-server.mjs [--port N] [--quiet]; the port is --port, else $PORT, else
// 8788 (0 = any free port). A port in use is one line saying which other port to try, not a stack.
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { staticHandler } from "./static.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const DEFAULT_PORT = 8788;

function fail(message) {
  process.stderr.write(`cloudvpn demo: ${message}\n`);
  process.exit(1);
}

const portArg = process.argv.indexOf("--port");
const given = portArg > 0 ? process.argv[portArg + 1] : process.env.PORT;
const port = given === undefined || given === "" ? DEFAULT_PORT : Number(given);
if (!Number.isInteger(port) || port < 0 || port > 65535 || !/^\d+$/.test(String(given ?? port))) {
  fail(`the port must be a whole number from 0 to 65535, got ${JSON.stringify(given)}; for example make demo PORT=${DEFAULT_PORT}`);
}
const quiet = process.argv.includes("--quiet");

const serverModule = join(root, "pkg/emulator-server.cjs");
if (!existsSync(serverModule)) fail("pkg/ is not built yet; run make demo (it builds first) or make build");
const { startEmulatorServer } = require(serverModule);

let running;
try {
  running = await startEmulatorServer({
    port,
    log: quiet ? undefined : (line) => console.log(line),
    fallback: staticHandler([
      ["/pkg/", join(root, "pkg")],
      ["/", join(root, "www")],
    ]),
  });
} catch (e) {
  if (e?.code === "EADDRINUSE") fail(`port ${port} is in use; try make demo PORT=${port === 65535 ? DEFAULT_PORT : port + 1}`);
  if (e?.code === "EACCES") fail(`port ${port} needs privileges this user lacks; try make demo PORT=${DEFAULT_PORT}`);
  fail(`could not start: ${e?.message ?? e}`);
}
console.log(`cloudvpn demo: open ${running.url}/ (emulator API on the same origin; Ctrl-C stops)`);
const stop = async () => {
  await running.close();
  process.exit(0);
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
