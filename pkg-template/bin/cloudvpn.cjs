#!/usr/bin/env node
"use strict";
// `cloudvpn validate <file.json | -> [--op NAME] [--cloud huawei|otc] [--unknown-enums error|warning] [--json]`
// Checks a request body before it is sent, for infrastructure repositories and CI.
// Exit codes: 0 no error (warnings allowed), 1 the body has errors, 2 the command itself could not run.
const { readFileSync } = require("node:fs");
// The validators-only entry: a third of the main wasm, so `npx cloudvpn validate` starts sooner.
const api = require("../validate.cjs");

const USAGE = `usage: cloudvpn validate <file.json | -> [options]

Checks a request body of the VPN API v5 against every documented rule.

options:
  --op NAME              the operation (default: from the body's top-level key)
                         ${"createVpnConnection, updateVpnConnection, batchCreateVpnConnections,"}
                         createCustomerGateway, updateCustomerGateway, createVpnGateway,
                         updateVpnGateway, createConnectionMonitor, addTags, removeTags,
                         filterResourcesByTags, countResourcesByTags
  --cloud huawei|otc     which cloud's values are known (default huawei)
  --unknown-enums error|warning   how unknown enum values count (default error)
  --json                 print the report as JSON
  -h, --help             this text

exit codes: 0 no error (warnings allowed), 1 errors found, 2 the command could not run`;

/** The operation a body's top-level key implies when --op is not given. */
const BY_ENVELOPE = {
  vpn_connection: "createVpnConnection",
  vpn_connections: "batchCreateVpnConnections",
  customer_gateway: "createCustomerGateway",
  vpn_gateway: "createVpnGateway",
  connection_monitor: "createConnectionMonitor",
  tags: "addTags",
};

function fail(message) {
  process.stderr.write(`cloudvpn: ${message}\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const out = { op: undefined, cloud: undefined, unknownEnums: undefined, json: false, file: undefined };
  const [command, ...rest] = argv;
  if (command === "-h" || command === "--help" || command === undefined) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(command === undefined ? 2 : 0);
  }
  if (command !== "validate") fail(`unknown command ${JSON.stringify(command)}; the command is validate (see --help)`);
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const value = () => {
      const v = rest[++i];
      if (v === undefined) fail(`${arg} needs a value`);
      return v;
    };
    if (arg === "--op") out.op = value();
    else if (arg === "--cloud") out.cloud = value();
    else if (arg === "--unknown-enums") out.unknownEnums = value();
    else if (arg === "--json") out.json = true;
    else if (arg === "-h" || arg === "--help") {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg.startsWith("--")) fail(`unknown option ${arg} (see --help)`);
    else if (out.file === undefined) out.file = arg;
    else fail(`one file at a time; got ${JSON.stringify(out.file)} and ${JSON.stringify(arg)}`);
  }
  if (out.file === undefined) fail("which file? give a path, or - for standard input");
  if (out.cloud !== undefined && !["huawei", "otc"].includes(out.cloud)) fail(`--cloud must be huawei or otc, got ${JSON.stringify(out.cloud)}`);
  if (out.unknownEnums !== undefined && !["error", "warning"].includes(out.unknownEnums)) {
    fail(`--unknown-enums must be error or warning, got ${JSON.stringify(out.unknownEnums)}`);
  }
  return out;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  let text;
  try {
    text = readFileSync(args.file === "-" ? 0 : args.file, "utf8");
  } catch (e) {
    fail(`cannot read ${args.file === "-" ? "standard input" : args.file}: ${e.code ?? e.message}`);
  }
  let body;
  try {
    // A UTF-8 byte order mark (editors on Windows write one) is not part of the JSON (RFC 8259 §8.1).
    body = JSON.parse(text.startsWith("\uFEFF") ? text.slice(1) : text);
  } catch (e) {
    fail(`${args.file === "-" ? "standard input" : args.file} is not JSON: ${e.message}`);
  }
  let op = args.op;
  if (op === undefined) {
    const keys = body !== null && typeof body === "object" && !Array.isArray(body) ? Object.keys(body) : [];
    op = keys.map((k) => BY_ENVELOPE[k]).find(Boolean);
    if (op === undefined) fail("cannot tell the operation from the body; pass --op (see --help)");
  }
  const validator = api[`validate${op.charAt(0).toUpperCase()}${op.slice(1)}`];
  if (typeof validator !== "function") fail(`unknown operation ${JSON.stringify(op)} (see --help)`);
  const options = {};
  if (args.cloud) options.cloud = args.cloud;
  if (args.unknownEnums) options.unknownEnums = args.unknownEnums;
  const report = validator(body, options);
  if (args.json) {
    process.stdout.write(`${JSON.stringify({ op, ...report }, null, 2)}\n`);
  } else {
    for (const issue of report.issues) {
      const where = issue.path === "" ? "(body)" : issue.path;
      let line = `${where}: ${issue.severity} ${issue.code}: ${issue.message}`;
      if (issue.hint) line += ` (${issue.hint})`;
      if (issue.related) line += ` [see ${issue.related}]`;
      process.stdout.write(`${line}\n`);
    }
    const errors = report.issues.filter((i) => i.severity === "error").length;
    const warnings = report.issues.length - errors;
    process.stdout.write(`${op}: ${errors} error(s), ${warnings} warning(s)\n`);
  }
  process.exit(report.ok ? 0 : 1);
}

main();
