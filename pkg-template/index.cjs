"use strict";
// Node (CommonJS) entry: the Node build instantiates its wasm synchronously on require.
const wasm = require("./node/cloudvpn.js");
const errors = wasm.__errorClasses();
const schemas = wasm.__schemas();

module.exports = {
  VpnClient: wasm.VpnClient,
  signRequest: wasm.signRequest,
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
  CloudVpnError: errors.CloudVpnError,
  ValidationError: errors.ValidationError,
  ApiError: errors.ApiError,
  NetworkError: errors.NetworkError,
  TimeoutError: errors.TimeoutError,
  AbortError: errors.AbortError,
  ConfigError: errors.ConfigError,
  WaitError: errors.WaitError,
};
