#!/usr/bin/env node
"use strict";
// `cloudvpn validate <file.json | -> [more files] [--op NAME] [--cloud huawei|otc] [--unknown-enums error|warning] [--json]`
// Checks request bodies before they are sent, for infrastructure repositories and CI.
// Exit codes: 0 no error (warnings allowed), 1 a body has errors, 2 the command could not run
// (for several files, the worst of them).
const { readFileSync } = require("node:fs");
// The validators-only entry: a third of the main wasm, so `npx cloudvpn validate` starts sooner.
const api = require("../validate.cjs");
const { version } = require("../package.json");

/** Every operation a validator exists for, in the validators' order: createVpnConnection, … */
const OPERATIONS = Object.keys(api)
  .filter((k) => k.startsWith("validate") && typeof api[k] === "function")
  .map((k) => k.charAt(8).toLowerCase() + k.slice(9));

const OPTIONS = ["--op", "--cloud", "--unknown-enums", "--json", "--help", "--version"];

const USAGE = `usage: cloudvpn validate <file.json | -> [more files…] [options]
       cloudvpn --version

Checks request bodies of the VPN API v5 against every documented rule; each file is
reported under its name.

options:
  --op NAME              the operation (default: from each body's top-level key)
                         createVpnConnection, updateVpnConnection, batchCreateVpnConnections,
                         createCustomerGateway, updateCustomerGateway, createVpnGateway,
                         updateVpnGateway, createConnectionMonitor, addTags, removeTags,
                         filterResourcesByTags, countResourcesByTags
  --cloud huawei|otc     which cloud's values are known (default huawei)
  --unknown-enums error|warning   how unknown enum values count (default error)
  --json                 print the report as JSON (an array of reports for several files)
  -h, --help             this text
  -v, --version          the package's version

exit codes: 0 no error (warnings allowed), 1 errors found, 2 the command could not run;
for several files, the worst of them`;

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

/** Edit distance (insertions, deletions, substitutions, adjacent swaps), ignoring case. */
function distance(a, b) {
  a = a.toLowerCase();
  b = b.toLowerCase();
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** "; did you mean X?" for the closest of `known` when it is close enough, else "". */
function suggestion(given, known) {
  let best;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = distance(given, k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3)) ? `; did you mean ${best}?` : "";
}

function parseArgs(argv) {
  const out = { op: undefined, cloud: undefined, unknownEnums: undefined, json: false, files: [] };
  if (argv.includes("-v") || argv.includes("--version")) {
    process.stdout.write(`${version}\n`);
    process.exit(0);
  }
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
    } else if (arg.startsWith("-") && arg !== "-") fail(`unknown option ${arg}${suggestion(arg, OPTIONS)} (see --help)`);
    else out.files.push(arg);
  }
  if (out.files.length === 0) fail("which file? give one or more paths, or - for standard input");
  if (out.files.filter((f) => f === "-").length > 1) fail("standard input (-) can be read only once");
  if (out.op !== undefined && !OPERATIONS.includes(out.op)) {
    fail(`unknown operation ${JSON.stringify(out.op)}${suggestion(out.op, OPERATIONS)} (see --help)`);
  }
  if (out.cloud !== undefined && !["huawei", "otc"].includes(out.cloud)) fail(`--cloud must be huawei or otc, got ${JSON.stringify(out.cloud)}`);
  if (out.unknownEnums !== undefined && !["error", "warning"].includes(out.unknownEnums)) {
    fail(`--unknown-enums must be error or warning, got ${JSON.stringify(out.unknownEnums)}`);
  }
  return out;
}

/** A character as a message shows it: "}" or U+0009. */
function shown(ch) {
  return ch < " " || ch === "\u007f" ? `character U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}` : `token ${JSON.stringify(ch)}`;
}

/**
 * Where JSON text first goes wrong (RFC 8259), as { offset, message }; null if it is JSON.
 * Iterative, so deep nesting cannot overflow the stack; the messages are the same on every Node.
 */
function jsonError(text) {
  const n = text.length;
  let i = 0;
  const stack = [];
  const ws = () => {
    while (i < n && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++;
  };
  const unexpected = (expected) => ({
    offset: i,
    message: i >= n ? `Unexpected end of input, expected ${expected}` : `Unexpected ${shown(text[i])}, expected ${expected}`,
  });
  const string = () => {
    i++; // the opening quote
    while (i < n) {
      const ch = text[i];
      if (ch === '"') {
        i++;
        return null;
      }
      if (ch === "\\") {
        i++;
        if (i >= n) break;
        if (text[i] === "u") {
          for (let k = 1; k <= 4; k++) {
            if (!/[0-9a-fA-F]/.test(text[i + k] ?? "")) {
              i += k;
              return unexpected("4 hex digits after \\u");
            }
          }
          i += 5;
        } else if ('"\\/bfnrt'.includes(text[i])) i++;
        else return { offset: i - 1, message: `Bad escape \\${text[i]} in a string` };
      } else if (ch < " ") {
        return { offset: i, message: `Bad ${shown(ch)} in a string (write it as an escape such as \\n or \\t)` };
      } else i++;
    }
    return { offset: n, message: "Unexpected end of input in a string (a closing \" is missing)" };
  };
  const number = () => {
    if (text[i] === "-") i++;
    const digits = () => {
      const from = i;
      while (i < n && text[i] >= "0" && text[i] <= "9") i++;
      return i > from;
    };
    if (text[i] === "0") i++;
    else if (!digits()) return unexpected("a digit");
    if (text[i] === ".") {
      i++;
      if (!digits()) return unexpected("a digit after the decimal point");
    }
    if (text[i] === "e" || text[i] === "E") {
      i++;
      if (text[i] === "+" || text[i] === "-") i++;
      if (!digits()) return unexpected("a digit in the exponent");
    }
    return null;
  };
  const key = (closeAllowed) => {
    ws();
    if (text[i] !== '"') {
      if (!closeAllowed && text[i] === "}") return { offset: i, message: "Unexpected token \"}\": a trailing comma is not allowed in JSON" };
      return unexpected(closeAllowed ? 'a property name in double quotes or "}"' : "a property name in double quotes");
    }
    const e = string();
    if (e) return e;
    ws();
    if (text[i] !== ":") return unexpected('":" after the property name');
    i++;
    return null;
  };
  let wantValue = true; // otherwise: after a value
  for (;;) {
    ws();
    if (wantValue) {
      const ch = text[i];
      if (ch === "{") {
        i++;
        ws();
        if (text[i] === "}") {
          i++;
          wantValue = false;
        } else {
          const e = key(true);
          if (e) return e;
          stack.push("{");
        }
      } else if (ch === "[") {
        i++;
        ws();
        if (text[i] === "]") {
          i++;
          wantValue = false;
        } else stack.push("[");
      } else if (ch === '"') {
        const e = string();
        if (e) return e;
        wantValue = false;
      } else if (ch === "-" || (ch >= "0" && ch <= "9")) {
        const e = number();
        if (e) return e;
        wantValue = false;
      } else {
        const literal = ["true", "false", "null"].find((l) => l[0] === ch);
        if (!literal) {
          if (ch === "]" && stack.at(-1) === "[" && text.slice(0, i).trimEnd().endsWith(",")) {
            return { offset: i, message: "Unexpected token \"]\": a trailing comma is not allowed in JSON" };
          }
          return unexpected("a value");
        }
        for (const want of literal) {
          if (text[i] !== want) return unexpected(literal);
          i++;
        }
        wantValue = false;
      }
    } else {
      const top = stack.at(-1);
      if (top === undefined) return i >= n ? null : unexpected("the end of the input after the JSON value");
      if (text[i] === ",") {
        i++;
        if (top === "{") {
          const e = key(false);
          if (e) return e;
        }
        wantValue = true;
      } else if (text[i] === (top === "{" ? "}" : "]")) {
        i++;
        stack.pop();
      } else return unexpected(top === "{" ? '"," or "}"' : '"," or "]"');
    }
  }
}

/** 1-based line and column (in characters) of `offset` in `text`. */
function lineColumn(text, offset) {
  const before = text.slice(0, offset);
  const start = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: [...before.slice(start)].length + 1 };
}

/** One file's report: { code, lines (for stdout), problem (for stderr), json }. */
function check(file, args) {
  const name = file === "-" ? "standard input" : file;
  let text;
  try {
    text = readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (e) {
    return { code: 2, problem: `cannot read ${name}: ${e.code ?? e.message}` };
  }
  // A UTF-8 byte order mark (editors on Windows write one) is not part of the JSON (RFC 8259 §8.1).
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  let body;
  try {
    body = JSON.parse(text);
  } catch (e) {
    const found = jsonError(text);
    if (!found) return { code: 2, problem: `${name} is not JSON: ${e.message}` };
    const { line, column } = lineColumn(text, found.offset);
    return { code: 2, problem: `${name}:${line}:${column}: ${found.message} (the file is not JSON)` };
  }
  let op = args.op;
  if (op === undefined) {
    const keys = body !== null && typeof body === "object" && !Array.isArray(body) ? Object.keys(body) : [];
    op = keys.map((k) => BY_ENVELOPE[k]).find(Boolean);
    if (op === undefined) {
      return { code: 2, problem: `${name}: cannot tell the operation from the body's top-level key; pass --op (see --help)` };
    }
  }
  const options = {};
  if (args.cloud) options.cloud = args.cloud;
  if (args.unknownEnums) options.unknownEnums = args.unknownEnums;
  const report = api[`validate${op.charAt(0).toUpperCase()}${op.slice(1)}`](body, options);
  const lines = report.issues.map((issue) => {
    const where = issue.path === "" ? "(body)" : issue.path;
    let line = `${where}: ${issue.severity} ${issue.code}: ${issue.message}`;
    if (issue.hint) line += ` (${issue.hint})`;
    if (issue.related) line += ` [see ${issue.related}]`;
    return line;
  });
  const errors = report.issues.filter((i) => i.severity === "error").length;
  lines.push(`${op}: ${errors} error(s), ${report.issues.length - errors} warning(s)`);
  return { code: report.ok ? 0 : 1, lines, json: { op, ...report } };
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const several = args.files.length > 1;
  let worst = 0;
  const reports = [];
  for (const file of args.files) {
    const name = file === "-" ? "-" : file;
    const result = check(file, args);
    worst = Math.max(worst, result.code);
    if (result.problem) process.stderr.write(`cloudvpn: ${result.problem}\n`);
    if (args.json) {
      reports.push(result.json ? { file: name, ...result.json } : { file: name, ok: false, error: result.problem });
    } else if (result.lines) {
      // With several files, each line starts with its file's name, as a compiler's would.
      for (const line of result.lines) process.stdout.write(`${several ? `${name}: ` : ""}${line}\n`);
    }
  }
  if (args.json && (several || reports[0].error === undefined)) {
    process.stdout.write(`${JSON.stringify(several ? reports : reports[0], null, 2)}\n`);
  }
  process.exit(worst);
}

main();
