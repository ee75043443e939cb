// `cloudvpn/validate`, browser and bundler entry: the validators and their Standard Schema
// objects only, in a wasm about a third of the main one's size, for forms that send nothing.
import init, * as wasm from "./validate-web/cloudvpn.js";

await init({ module_or_path: new URL("./validate-web/cloudvpn_bg.wasm", import.meta.url) });

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
} from "./validate-web/cloudvpn.js";
