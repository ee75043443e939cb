// Browser and bundler entry of the in-process emulator (its own wasm, so the main one stays small).
import init, * as wasm from "./emulator-web/cloudvpn.js";

await init({ module_or_path: new URL("./emulator-web/cloudvpn_bg.wasm", import.meta.url) });

export const EMULATOR_DEFAULTS = wasm.emulatorDefaults();
// @exports: the other names of emulator.cjs, from this wasm, written by scripts/entry-exports.mjs.
