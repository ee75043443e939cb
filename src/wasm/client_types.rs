//! The TypeScript types of `VpnClient`'s arguments and answers, as wasm-bindgen extern types:
//! each names the declaration (in `types/`) its value has in the public `.d.ts`. A JS value of
//! any of them is still read defensively: the types tell a caller what to pass, not what arrives.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(typescript_type = "ClientOptions")]
    pub type JsClientOptions;
    #[wasm_bindgen(typescript_type = "CallOptions")]
    pub type JsCallOptions;
    #[wasm_bindgen(typescript_type = "CreateVpnConnectionRequest")]
    pub type JsCreateVpnConnectionRequest;
    #[wasm_bindgen(typescript_type = "Promise<VpnConnectionResponse>")]
    pub type JsVpnConnectionPromise;
    #[wasm_bindgen(typescript_type = "Promise<any>")]
    pub type JsPromise;
    #[wasm_bindgen(typescript_type = "Promise<void>")]
    pub type JsVoidPromise;
    #[wasm_bindgen(typescript_type = "\"vpn-gateway\" | \"customer-gateway\" | \"vpn-connection\"")]
    pub type JsResourceType;
    #[wasm_bindgen(typescript_type = "UpdateVpnConnectionRequest")]
    pub type JsUpdateVpnConnectionRequest;
    #[wasm_bindgen(typescript_type = "BatchCreateVpnConnectionsRequest")]
    pub type JsBatchCreateVpnConnectionsRequest;
    #[wasm_bindgen(typescript_type = "CreateCustomerGatewayRequest")]
    pub type JsCreateCustomerGatewayRequest;
    #[wasm_bindgen(typescript_type = "UpdateCustomerGatewayRequest")]
    pub type JsUpdateCustomerGatewayRequest;
    #[wasm_bindgen(typescript_type = "CreateVpnGatewayRequest")]
    pub type JsCreateVpnGatewayRequest;
    #[wasm_bindgen(typescript_type = "UpdateVpnGatewayRequest")]
    pub type JsUpdateVpnGatewayRequest;
    #[wasm_bindgen(typescript_type = "CreateConnectionMonitorRequest")]
    pub type JsCreateConnectionMonitorRequest;
    #[wasm_bindgen(typescript_type = "TagsRequest")]
    pub type JsTagsRequest;
    #[wasm_bindgen(typescript_type = "TagFilterRequest")]
    pub type JsTagFilterRequest;
    #[wasm_bindgen(typescript_type = "Promise<ListVpnConnectionsResponse>")]
    pub type JsListVpnConnectionsPromise;
    #[wasm_bindgen(typescript_type = "Promise<BatchCreateVpnConnectionsResponse>")]
    pub type JsBatchCreateVpnConnectionsPromise;
    #[wasm_bindgen(typescript_type = "Promise<VpnConnectionLogResponse>")]
    pub type JsVpnConnectionLogPromise;
    #[wasm_bindgen(typescript_type = "Promise<CustomerGatewayResponse>")]
    pub type JsCustomerGatewayPromise;
    #[wasm_bindgen(typescript_type = "Promise<ListCustomerGatewaysResponse>")]
    pub type JsListCustomerGatewaysPromise;
    #[wasm_bindgen(typescript_type = "Promise<VpnGatewayResponse>")]
    pub type JsVpnGatewayPromise;
    #[wasm_bindgen(typescript_type = "Promise<ListVpnGatewaysResponse>")]
    pub type JsListVpnGatewaysPromise;
    #[wasm_bindgen(typescript_type = "Promise<AvailabilityZonesResponse>")]
    pub type JsAvailabilityZonesPromise;
    #[wasm_bindgen(typescript_type = "Promise<ConnectionMonitorResponse>")]
    pub type JsConnectionMonitorPromise;
    #[wasm_bindgen(typescript_type = "Promise<ListConnectionMonitorsResponse>")]
    pub type JsListConnectionMonitorsPromise;
    #[wasm_bindgen(typescript_type = "Promise<QuotasResponse>")]
    pub type JsQuotasPromise;
    #[wasm_bindgen(typescript_type = "Promise<ListTagsResponse>")]
    pub type JsListTagsPromise;
    #[wasm_bindgen(typescript_type = "Promise<ListProjectTagsResponse>")]
    pub type JsListProjectTagsPromise;
    #[wasm_bindgen(typescript_type = "Promise<FilterResourcesResponse>")]
    pub type JsFilterResourcesPromise;
    #[wasm_bindgen(typescript_type = "Promise<CountResourcesResponse>")]
    pub type JsCountResourcesPromise;
    #[wasm_bindgen(typescript_type = "ListVpnConnectionsQuery")]
    pub type JsListVpnConnectionsQuery;
    #[wasm_bindgen(typescript_type = "ListCustomerGatewaysQuery")]
    pub type JsListCustomerGatewaysQuery;
    #[wasm_bindgen(typescript_type = "ListVpnGatewaysQuery")]
    pub type JsListVpnGatewaysQuery;
    #[wasm_bindgen(typescript_type = "ListConnectionMonitorsQuery")]
    pub type JsListConnectionMonitorsQuery;
    #[wasm_bindgen(typescript_type = "TagPageQuery")]
    pub type JsTagPageQuery;
    /// The body of `update-specification`: the flavor to change to (it depends on the region).
    #[wasm_bindgen(typescript_type = "{ vpn_gateway: { flavor: string } }")]
    pub type JsUpdateSpecificationRequest;
    /// An id: a string (anything else is refused when the call runs, with the value shown).
    #[wasm_bindgen(typescript_type = "string")]
    pub type JsId;
}
