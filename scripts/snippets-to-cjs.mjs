// wasm-bindgen's nodejs target require()s inline_js snippets, which are ES modules; Node before
// 20.19 cannot require an ES module. This rewrites each snippet of a Node build as CommonJS: its
// `export` declarations, and its re-exports of sibling snippets as `require`s.
// Usage: node scripts/snippets-to-cjs.mjs <build dir>
import { readdirSync, readFileSync, writeFileSync, statSync } from "node:fs";
import { join } from "node:path";

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
  writeFileSync(file, `"use strict";\n${source}\nmodule.exports = { ${names.join(", ")} };\n`);
  count++;
}
console.log(`snippets-to-cjs: ${count} snippet(s) in ${root}`);
