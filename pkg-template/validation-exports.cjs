"use strict";
// The public names of one cloudvpn wasm (the main or the validators-only build), as both CommonJS
// entries export them: every function and class the wasm exports (names starting with `__` are
// the entries' own plumbing), and one `…Schema` per validator.
module.exports = function validationExports(wasm) {
  const out = {};
  for (const name of Object.keys(wasm)) {
    if (!name.startsWith("__") && typeof wasm[name] === "function") out[name] = wasm[name];
  }
  return Object.assign(out, wasm.__schemas(wasm.__standardIssues));
};
