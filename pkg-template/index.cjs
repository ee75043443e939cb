"use strict";
// Node (CommonJS) entry: the Node build instantiates its wasm synchronously on require.
const wasm = require("./node/cloudvpn.js");
const errors = wasm.__errorClasses();
wasm.__keepCallerFrames(wasm.VpnClient);

module.exports = {
  VpnClient: wasm.VpnClient,
  signRequest: wasm.signRequest,
  ...require("./validation-exports.cjs")(wasm),
  ...errors,
};
