// Browser and bundler entry: instantiates the wasm once (top-level await), then exports the API.
import init, * as wasm from "./web/cloudvpn.js";

await init({ module_or_path: new URL("./web/cloudvpn_bg.wasm", import.meta.url) });
wasm.__keepCallerFrames(wasm.VpnClient);

export const {
  CloudVpnError,
  ValidationError,
  ApiError,
  NetworkError,
  TimeoutError,
  AbortError,
  ConfigError,
  WaitError,
} = wasm.__errorClasses();
export const {
  createVpnConnectionSchema,
  updateVpnConnectionSchema,
  batchCreateVpnConnectionsSchema,
  createCustomerGatewaySchema,
  updateCustomerGatewaySchema,
  createVpnGatewaySchema,
  updateVpnGatewaySchema,
  createConnectionMonitorSchema,
  addTagsSchema,
  removeTagsSchema,
  filterResourcesByTagsSchema,
  countResourcesByTagsSchema,
} = wasm.__schemas(wasm.__standardIssues);
export {
  VpnClient,
  signRequest,
  validateCreateVpnConnection,
  validateUpdateVpnConnection,
  validateBatchCreateVpnConnections,
  validateCreateCustomerGateway,
  validateUpdateCustomerGateway,
  validateCreateVpnGateway,
  validateUpdateVpnGateway,
  validateCreateConnectionMonitor,
  validateAddTags,
  validateRemoveTags,
  validateFilterResourcesByTags,
  validateCountResourcesByTags,
} from "./web/cloudvpn.js";
