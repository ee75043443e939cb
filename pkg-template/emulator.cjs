"use strict";
// Node (CommonJS) entry of the emulator.
const wasm = require("./emulator-node/cloudvpn.js");

module.exports = { Emulator: wasm.Emulator, EMULATOR_DEFAULTS: wasm.emulatorDefaults() };
