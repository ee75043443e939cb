#!/usr/bin/env node
// Writes the export lists of the package entries into pkg/ (scripts/build.sh runs it after copying
// pkg-template/), from what the built entries really export, so that a new validator or class in
// Rust needs no edit in pkg-template/.
//
// Each CommonJS entry (index.cjs, validate.cjs, emulator.cjs) decides its names at run time from
// its wasm; it is loaded here, and its keys are the entry's names:
// - the Node ES module entry (`X.mjs`) re-exports exactly them from `X.cjs`;
// - the browser entry (`X.js`) gets each from where its own wasm has it: a function or class of
//   the web glue (`export { … } from`), an error class (`wasm.__errorClasses()`), a Standard
//   Schema object (`wasm.__schemas(…)`), or else a line of its template (`export const NAME`).
// A template marks the place of the lists with a line `// @exports`. The build fails when a name
// has no source, or when `schemas.d.ts` declares other schemas than the wasm makes.
//
// Usage: node scripts/entry-exports.mjs <pkg dir>
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const pkg = resolve(process.argv[2] ?? "pkg");
const require = createRequire(join(pkg, "package.json"));
const MARKER = /^\/\/ @exports.*$/m;

/** Entry name, its web glue and its Node glue (directories of pkg/). */
const ENTRIES = [
  ["index", "web", "node"],
  ["validate", "validate-web", "validate-node"],
  ["emulator", "emulator-web", "emulator-node"],
];

function fail(message) {
  console.error(`entry-exports: ${message}`);
  process.exit(1);
}

/** `export const {\n  a,\n  b,\n} = source;` */
const destructure = (names, source) => `export const {\n${names.map((n) => `  ${n},\n`).join("")}} = ${source};`;

/** Replaces the `// @exports` line of pkg/<file> with `text`. */
function fill(file, text) {
  const path = join(pkg, file);
  const template = readFileSync(path, "utf8");
  if (!MARKER.test(template)) fail(`${file} has no "// @exports" line`);
  writeFileSync(path, template.replace(MARKER, () => text));
  return template;
}

const schemaNames = new Set();
for (const [entry, webDir, nodeDir] of ENTRIES) {
  const names = Object.keys(require(`./${entry}.cjs`));
  if (names.length === 0) fail(`${entry}.cjs exports nothing`);
  fill(`${entry}.mjs`, destructure(names, "api"));

  const node = require(`./${nodeDir}/cloudvpn.js`);
  const web = await import(pathToFileURL(join(pkg, webDir, "cloudvpn.js")).href);
  const errors = new Set(Object.keys(node.__errorClasses()));
  const schemas = new Set(Object.keys(node.__schemas(node.__standardIssues)));
  const from = { glue: [], errors: [], schemas: [], template: [] };
  const template = readFileSync(join(pkg, `${entry}.js`), "utf8");
  for (const name of names) {
    if (!name.startsWith("__") && name in web && name !== "default") from.glue.push(name);
    else if (errors.has(name)) from.errors.push(name);
    else if (schemas.has(name)) {
      from.schemas.push(name);
      schemaNames.add(name);
    } else if (new RegExp(`^export const ${name}\\b`, "m").test(template)) from.template.push(name);
    else fail(`${entry}.js cannot export ${name}: not in ${webDir}/cloudvpn.js, not an error class or schema, not in its template`);
  }
  const lists = [];
  if (from.errors.length) lists.push(destructure(from.errors, "wasm.__errorClasses()"));
  if (from.schemas.length) lists.push(destructure(from.schemas, "wasm.__schemas(wasm.__standardIssues)"));
  if (from.glue.length) lists.push(`export {\n${from.glue.map((n) => `  ${n},\n`).join("")}} from "./${webDir}/cloudvpn.js";`);
  fill(`${entry}.js`, lists.join("\n"));
  console.log(`entry-exports: ${entry}: ${names.length} names (${from.glue.length} from the glue, ${from.errors.length} error classes, ${from.schemas.length} schemas, ${from.template.length} from the template)`);
}

const declared = new Set(
  [...readFileSync(join(pkg, "schemas.d.ts"), "utf8").matchAll(/^export declare const (\w+Schema)\b/gm)].map((m) => m[1]),
);
for (const name of schemaNames) if (!declared.has(name)) fail(`schemas.d.ts does not declare ${name}`);
for (const name of declared) if (!schemaNames.has(name)) fail(`schemas.d.ts declares ${name}, which no entry exports`);
