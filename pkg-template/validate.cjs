"use strict";
// `cloudvpn/validate`, Node (CommonJS) entry: the validators and their Standard Schema objects
// only; the Node build instantiates its small wasm synchronously on require.
module.exports = require("./validation-exports.cjs")(require("./validate-node/cloudvpn.js"));
