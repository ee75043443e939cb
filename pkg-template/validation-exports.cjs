"use strict";
// The validators and their Standard Schema objects of one cloudvpn wasm (the main or the
// validators-only build), as both CommonJS entries export them: every `validate…` function the
// wasm has, and one `…Schema` per validator.
module.exports = function validationExports(wasm) {
  const out = {};
  for (const name of Object.keys(wasm)) {
    if (name.startsWith("validate") && typeof wasm[name] === "function") out[name] = wasm[name];
  }
  return Object.assign(out, wasm.__schemas(wasm.__standardIssues));
};
