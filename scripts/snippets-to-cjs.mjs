// wasm-bindgen's nodejs target require()s inline_js snippets, which are ES modules; Node before
// 20.19 cannot require an ES module. This rewrites each snippet of a Node build as CommonJS: its
// `export` declarations, and its re-exports of sibling snippets as `require`s. Then, since Node
// spends about half a millisecond of start-up on each file it loads, the snippets go into one
// file, `snippets/bundle.cjs` (each in its own function scope, loaded once, by its path), the
// glue's requires point at it, and the separate files are removed.
// Usage: node scripts/snippets-to-cjs.mjs <build dir>
import { readdirSync, readFileSync, writeFileSync, statSync, rmSync } from "node:fs";
import { join, relative } from "node:path";

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (name.endsWith(".js")) yield path;
  }
}

const root = process.argv[2];
const snippets = join(root, "snippets");
let count = 0;
const converted = new Map(); // path below snippets/ → the module's CommonJS source
for (const file of statSync(snippets, { throwIfNoEntry: false }) ? files(snippets) : []) {
  const names = [];
  const source = readFileSync(file, "utf8")
    .replace(/^export (async function|function|class|const) ([A-Za-z_$][\w$]*)/gm, (_, kind, name) => {
      names.push(name);
      return `${kind} ${name}`;
    })
    // A re-export of a sibling snippet (which the build must copy too: see src/wasm/js/README.md).
    .replace(/^export \{ ([A-Za-z_$][\w$]*(?:, [A-Za-z_$][\w$]*)*) \} from ("\.\/[\w-]+\.js");$/gm, (_, list, from) => {
      names.push(...list.split(", "));
      return `const { ${list} } = require(${from});`;
    });
  if (/^\s*(export|import)\b/m.test(source)) {
    throw new Error(
      `${file}: only 'export function|class|const' declarations and 'export { a, b } from "./sibling.js"' can be converted`,
    );
  }
  converted.set(relative(snippets, file).split("\\").join("/"), `${source}\nmodule.exports = { ${names.join(", ")} };\n`);
  count++;
}

if (count > 0) {
  const modules = [...converted].map(([key, source]) =>
    `${JSON.stringify(key)}: function (module, exports, require) {\n${source}},`).join("\n");
  writeFileSync(join(snippets, "bundle.cjs"), `"use strict";
// Every snippet of this build (written by scripts/snippets-to-cjs.mjs): the glue loads each by its
// path below snippets/, once; a snippet's require("./x.js") is its sibling's.
const modules = {
${modules}
};
const loaded = {};
function load(key) {
  if (!loaded[key]) {
    const define = modules[key];
    if (!define) throw new Error(\`cloudvpn: no snippet \${key} in this build\`);
    const module = { exports: {} };
    loaded[key] = module;
    const dir = key.slice(0, key.lastIndexOf("/") + 1);
    define(module, module.exports, (path) => load(dir + path.replace(/^\\.\\//, "")));
  }
  return loaded[key].exports;
}
module.exports = load;
`);
  const glue = join(root, "cloudvpn.js");
  let pointed = 0;
  const text = readFileSync(glue, "utf8").replace(
    /require\((?:String\.raw`|")\.\/snippets\/([^`"]+)(?:`|")\)/g,
    (_, key) => {
      if (!converted.has(key)) throw new Error(`${glue}: requires a snippet this build does not have: ${key}`);
      pointed++;
      return `require("./snippets/bundle.cjs")(${JSON.stringify(key)})`;
    },
  );
  // (The import object keys its modules by these paths too: those are names, not files.)
  if (/require\([^)]*snippets\/(?!bundle\.cjs)/.test(text)) {
    throw new Error(`${glue}: a require of a snippet is left that was not rewritten`);
  }
  writeFileSync(glue, text);
  for (const name of readdirSync(snippets)) if (name !== "bundle.cjs") rmSync(join(snippets, name), { recursive: true });
  console.log(`snippets-to-cjs: ${count} snippet(s) in ${root}, bundled; ${pointed} require(s) pointed at the bundle`);
} else {
  console.log(`snippets-to-cjs: no snippets in ${root}`);
}
