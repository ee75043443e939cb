"use strict";
// Node (CommonJS) entry: the Node build instantiates its wasm synchronously on require. Its names:
// every function and class the wasm exports, one Standard Schema object per validator, and the
// error classes (the other entries' lists are written from these at build time).
const wasm = require("./node/cloudvpn.js");
const errors = wasm.__errorClasses();
wasm.__keepCallerFrames(wasm.VpnClient);

module.exports = { ...require("./validation-exports.cjs")(wasm), ...errors };
