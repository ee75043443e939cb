"use strict";
// Node (CommonJS) entry: the Node build instantiates its wasm synchronously on require.
const wasm = require("./node/cloudvpn.js");
const errors = wasm.__errorClasses();

module.exports = {
  VpnClient: wasm.VpnClient,
  validateCreateVpnConnection: wasm.validateCreateVpnConnection,
  CloudVpnError: errors.CloudVpnError,
  ValidationError: errors.ValidationError,
  ApiError: errors.ApiError,
  NetworkError: errors.NetworkError,
  TimeoutError: errors.TimeoutError,
  AbortError: errors.AbortError,
  ConfigError: errors.ConfigError,
};
