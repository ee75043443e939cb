// Browser and bundler entry: instantiates the wasm once (top-level await), then exports the API.
import init, * as wasm from "./web/cloudvpn.js";

await init({ module_or_path: new URL("./web/cloudvpn_bg.wasm", import.meta.url) });
wasm.__keepCallerFrames(wasm.VpnClient);

// @exports: the names of index.cjs, each from this wasm, written by scripts/entry-exports.mjs.
