// `cloudvpn/validate`, browser and bundler entry: the validators and their Standard Schema
// objects only, in a wasm about a third of the main one's size, for forms that send nothing.
import init, * as wasm from "./validate-web/cloudvpn.js";

await init({ module_or_path: new URL("./validate-web/cloudvpn_bg.wasm", import.meta.url) });

// @exports: the names of validate.cjs, each from this wasm, written by scripts/entry-exports.mjs.
