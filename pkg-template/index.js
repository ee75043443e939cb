// Browser and bundler entry: instantiates the wasm once (top-level await), then exports the API.
import init, * as wasm from "./web/cloudvpn.js";

await init({ module_or_path: new URL("./web/cloudvpn_bg.wasm", import.meta.url) });

export const { CloudVpnError, ValidationError, ApiError, NetworkError, TimeoutError, AbortError, ConfigError } =
  wasm.__errorClasses();
export { VpnClient, validateCreateVpnConnection } from "./web/cloudvpn.js";
