// `cloudvpn/validate`, Node (ES module) entry: the same instance as the CommonJS entry.
import api from "./validate.cjs";

export const {
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
} = api;
