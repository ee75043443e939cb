#!/usr/bin/env node
"use strict";
// cloudvpn-emulator: the Enterprise Edition VPN API v5, emulated in memory on 127.0.0.1.
const {
  startEmulatorServer,
  DEFAULT_HOST,
  DEFAULT_PORT,
  DEFAULT_HEADERS_TIMEOUT_MS,
  DEFAULT_BODY_TIMEOUT_MS,
  DEFAULT_MAX_CONNECTIONS,
  MAX_TIMEOUT_MS,
  MAX_CONNECTIONS_LIMIT,
} = require("../emulator-server.cjs");

const USAGE = `Usage: cloudvpn-emulator [options]
  --host <addr>         listen address (default ${DEFAULT_HOST})
  --port <n>            port, 0 for any free one (default ${DEFAULT_PORT})
  --project <id>        a project id that exists (repeatable; default 0123456789abcdef0123456789abcdef)
  --token <token>       an accepted X-Auth-Token (repeatable; default emulator-token)
  --access-key <ak>     with --secret-key: an accepted AK/SK pair (repeatable, in order;
  --secret-key <sk>       default EMULATORACCESSKEY000 / emulator-secret-key)
  --transition-ms <n>   milliseconds from PENDING_CREATE to the settled status (default 1000)
  --connect-ms <n>      a VPN connection turns ACTIVE n ms after it settled as DOWN, as if
                          its peer negotiated (default: it stays DOWN)
  --seed <n>            seed of the id and fault generators (default random)
  --fault-rate <r>      share of requests that fail, 0–1 (default 0)
  --fault-kinds <list>  comma-separated: 429,500,502,503,504,drop-before,drop-after,
                          latency,truncated-json,html (default all)
  --delay-ms <n>        delay added to every answer (default 0)
  --cors <origin>       answer CORS requests from this origin ("*" for any; default off)
  --headers-timeout-ms <n>
                        ms a request's headers may take from its first byte, 1–${MAX_TIMEOUT_MS}
                          (default ${DEFAULT_HEADERS_TIMEOUT_MS}); past it: 408 and the connection closes
  --body-timeout-ms <n> ms a request's body may take after its headers, 1–${MAX_TIMEOUT_MS}
                          (default ${DEFAULT_BODY_TIMEOUT_MS}); past it: 408 and the connection closes
  --max-connections <n> connections open at once, 1–${MAX_CONNECTIONS_LIMIT} (default ${DEFAULT_MAX_CONNECTIONS});
                          past it a new connection is closed as soon as it is accepted
  --quiet               no log line per request
  --help                this text`;

function parse(argv) {
  const o = { emulator: {}, log: (line) => console.log(line) };
  const projects = [];
  const tokens = [];
  const accessKeys = [];
  let faultRate = 0;
  let faultKinds;
  const secretKeys = [];
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    const number = () => {
      const v = value();
      if (!/^\d+$/.test(v)) throw new Error(`${flag} needs a whole number, got ${JSON.stringify(v)}`);
      return Number(v);
    };
    const bounded = (min, max) => {
      const n = number();
      if (n < min || n > max) throw new Error(`${flag} must be ${min}–${max}, got ${n}`);
      return n;
    };
    switch (flag) {
      case "--host": o.host = value(); break;
      case "--port": o.port = number(); if (o.port > 65535) throw new Error("--port must be 0–65535"); break;
      case "--project": projects.push(value()); break;
      case "--token": tokens.push(value()); break;
      case "--access-key": accessKeys.push(value()); break;
      case "--secret-key": secretKeys.push(value()); break;
      case "--transition-ms": o.emulator.transitionMs = number(); break;
      case "--connect-ms": o.emulator.connectMs = number(); break;
      case "--seed": o.emulator.seed = number(); break;
      case "--delay-ms": o.emulator.delayMs = number(); break;
      case "--fault-rate": {
        const v = value();
        const rate = Number(v);
        if (!/^(0(\.\d+)?|1(\.0+)?|\.\d+)$/.test(v) || rate > 1) throw new Error(`--fault-rate needs a number 0–1, got ${JSON.stringify(v)}`);
        faultRate = rate;
        break;
      }
      case "--fault-kinds": faultKinds = value().split(",").filter(Boolean); break;
      case "--cors": o.cors = value(); break;
      case "--headers-timeout-ms": o.headersTimeoutMs = bounded(1, MAX_TIMEOUT_MS); break;
      case "--body-timeout-ms": o.bodyTimeoutMs = bounded(1, MAX_TIMEOUT_MS); break;
      case "--max-connections": o.maxConnections = bounded(1, MAX_CONNECTIONS_LIMIT); break;
      case "--quiet": o.log = () => {}; break;
      case "--help": case "-h": console.log(USAGE); process.exit(0);
      default: throw new Error(`unknown option ${flag}`);
    }
  }
  if (projects.length) o.emulator.projects = projects;
  if (tokens.length) o.emulator.tokens = tokens;
  if (faultRate > 0 || faultKinds) o.emulator.faults = [{ rate: faultRate, kinds: faultKinds }];
  if (accessKeys.length !== secretKeys.length) throw new Error("give one --secret-key for each --access-key");
  if (accessKeys.length) o.emulator.credentials = accessKeys.map((accessKey, i) => ({ accessKey, secretKey: secretKeys[i] }));
  return o;
}

async function main() {
  let options;
  try {
    options = parse(process.argv.slice(2));
  } catch (e) {
    console.error(`cloudvpn-emulator: ${e.message}\n\n${USAGE}`);
    process.exit(2);
  }
  const running = await startEmulatorServer(options);
  console.log(`cloudvpn-emulator listening on ${running.url}`);
  // What a client needs to talk to it. Only the built-in test credentials are printed: ones given
  // with --token or --secret-key are the caller's, and never shown.
  const defaults = require("../emulator.cjs").EMULATOR_DEFAULTS;
  const projects = options.emulator.projects ?? [defaults.project];
  console.log(`  project id${projects.length > 1 ? "s" : " "}  ${projects.join(", ")}`);
  if (!options.emulator.tokens) console.log(`  token        ${defaults.token}   (X-Auth-Token)`);
  if (!options.emulator.credentials) console.log(`  AK/SK        ${defaults.accessKey} / ${defaults.secretKey}`);
  const stop = async () => {
    await running.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((e) => {
  console.error(`cloudvpn-emulator: ${e.message}`);
  process.exit(1);
});
