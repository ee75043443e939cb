import type {
  BatchCreateVpnConnectionsRequest,
  CreateConnectionMonitorRequest,
  CreateCustomerGatewayRequest,
  CreateVpnConnectionRequest,
  CreateVpnGatewayRequest,
  StandardSchemaV1,
  TagFilterRequest,
  TagsRequest,
  UpdateCustomerGatewayRequest,
  UpdateVpnConnectionRequest,
  UpdateVpnGatewayRequest,
} from "./node/cloudvpn.js";

/**
 * Standard Schema v1 objects (react-hook-form, TanStack Form, …): `~standard.validate(value)`
 * returns `{ value }` or `{ issues }` with each error's `path` as an array of keys and indexes,
 * plus its `code`. Warnings do not block; use the `validate…` functions to show them.
 */
export declare const createVpnConnectionSchema: StandardSchemaV1<CreateVpnConnectionRequest>;
export declare const updateVpnConnectionSchema: StandardSchemaV1<UpdateVpnConnectionRequest>;
export declare const batchCreateVpnConnectionsSchema: StandardSchemaV1<BatchCreateVpnConnectionsRequest>;
export declare const createCustomerGatewaySchema: StandardSchemaV1<CreateCustomerGatewayRequest>;
export declare const updateCustomerGatewaySchema: StandardSchemaV1<UpdateCustomerGatewayRequest>;
export declare const createVpnGatewaySchema: StandardSchemaV1<CreateVpnGatewayRequest>;
export declare const updateVpnGatewaySchema: StandardSchemaV1<UpdateVpnGatewayRequest>;
export declare const createConnectionMonitorSchema: StandardSchemaV1<CreateConnectionMonitorRequest>;
export declare const addTagsSchema: StandardSchemaV1<TagsRequest>;
export declare const removeTagsSchema: StandardSchemaV1<TagsRequest>;
export declare const filterResourcesByTagsSchema: StandardSchemaV1<TagFilterRequest>;
export declare const countResourcesByTagsSchema: StandardSchemaV1<TagFilterRequest>;
