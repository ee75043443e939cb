"use strict";
// `cloudvpn/validate`, Node (CommonJS) entry: the validators and their Standard Schema objects
// only; the Node build instantiates its small wasm synchronously on require.
const wasm = require("./validate-node/cloudvpn.js");
const schemas = wasm.__schemas();

module.exports = {
  validateCreateVpnConnection: wasm.validateCreateVpnConnection,
  validateUpdateVpnConnection: wasm.validateUpdateVpnConnection,
  validateBatchCreateVpnConnections: wasm.validateBatchCreateVpnConnections,
  validateCreateCustomerGateway: wasm.validateCreateCustomerGateway,
  validateUpdateCustomerGateway: wasm.validateUpdateCustomerGateway,
  validateCreateVpnGateway: wasm.validateCreateVpnGateway,
  validateUpdateVpnGateway: wasm.validateUpdateVpnGateway,
  validateCreateConnectionMonitor: wasm.validateCreateConnectionMonitor,
  validateAddTags: wasm.validateAddTags,
  validateRemoveTags: wasm.validateRemoveTags,
  validateFilterResourcesByTags: wasm.validateFilterResourcesByTags,
  validateCountResourcesByTags: wasm.validateCountResourcesByTags,
  createVpnConnectionSchema: schemas.createVpnConnectionSchema,
  updateVpnConnectionSchema: schemas.updateVpnConnectionSchema,
  batchCreateVpnConnectionsSchema: schemas.batchCreateVpnConnectionsSchema,
  createCustomerGatewaySchema: schemas.createCustomerGatewaySchema,
  updateCustomerGatewaySchema: schemas.updateCustomerGatewaySchema,
  createVpnGatewaySchema: schemas.createVpnGatewaySchema,
  updateVpnGatewaySchema: schemas.updateVpnGatewaySchema,
  createConnectionMonitorSchema: schemas.createConnectionMonitorSchema,
  addTagsSchema: schemas.addTagsSchema,
  removeTagsSchema: schemas.removeTagsSchema,
  filterResourcesByTagsSchema: schemas.filterResourcesByTagsSchema,
  countResourcesByTagsSchema: schemas.countResourcesByTagsSchema,
};
