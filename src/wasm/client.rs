//! `VpnClient`: the API client for JavaScript. Each method prepares a call in the core, sends it
//! through the transport and decodes the answer in the core.

use super::client_input::{read_body, read_client_options, read_id, read_query, ClientInput};
use super::client_send::{send_call, Gate, Input};
pub use super::client_types::*;
use super::hooks::Hooks;
use super::transport::Transport;
use crate::api::{ClientConfig, ClientOptions, Op, Sending};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// What every call of a client shares.
pub(super) struct Inner {
    pub(super) config: ClientConfig,
    pub(super) transport: Transport,
    pub(super) sending: Sending,
    /// Admits at most `sending.max_concurrency` attempts at once.
    pub(super) gate: Gate,
    /// A plain copy of the client's `validateOptions` (an empty object when it has none), for a
    /// call's own to be laid over; made once, so later changes to the caller's object do not count.
    pub(super) validate_options: js_sys::Object,
    /// `onRequest`, `onResponse`, `onRetry`.
    pub(super) hooks: Hooks,
}

/// A client of one project at one endpoint.
#[wasm_bindgen]
pub struct VpnClient {
    pub(super) inner: Rc<Inner>,
}

impl VpnClient {
    /// Runs one operation: see [`send_call`].
    fn call(&self, options: Option<JsCallOptions>, input: Input) -> JsPromise {
        send_call(Rc::clone(&self.inner), options, input)
    }
}

#[wasm_bindgen]
impl VpnClient {
    /// A client. Throws a `ConfigError` when the options are unusable.
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsClientOptions) -> Result<VpnClient, JsValue> {
        let ClientInput { options, transport, hooks, validate_options } = read_client_options(&options)?;
        let ClientOptions { config, sending } = options;
        let gate = Gate::new(sending.max_concurrency);
        Ok(VpnClient { inner: Rc::new(Inner { config, transport, sending, gate, validate_options, hooks }) })
    }

    /// `POST /v5/{project_id}/vpn-connection`: resolves to `{ vpn_connection, request_id }`.
    #[wasm_bindgen(js_name = createVpnConnection)]
    pub fn create_vpn_connection(
        &self,
        body: JsCreateVpnConnectionRequest,
        options: Option<JsCallOptions>,
    ) -> JsVpnConnectionPromise {
        self.call(options, Input::new(Op::CreateVpnConnection, vec![]).body(read_body(&body))).unchecked_into()
    }

    /// `GET /v5/{project_id}/vpn-connection/{id}`: resolves to `{ vpn_connection, request_id }`.
    #[wasm_bindgen(js_name = getVpnConnection)]
    pub fn get_vpn_connection(&self, id: JsId, options: Option<JsCallOptions>) -> JsVpnConnectionPromise {
        self.call(options, Input::new(Op::GetVpnConnection, vec![read_id(&id)])).unchecked_into()
    }

    /// `GET /v5/{project_id}/vpn-connection` (`limit` ≤ 2000, `marker`, `vgw_id`, `vgw_ip`,
    /// `enterprise_project_id`): `{ vpn_connections, page_info, total_count, request_id }`.
    #[wasm_bindgen(js_name = listVpnConnections)]
    pub fn list_vpn_connections(
        &self,
        query: Option<JsListVpnConnectionsQuery>,
        options: Option<JsCallOptions>,
    ) -> JsListVpnConnectionsPromise {
        self.call(options, Input::new(Op::ListVpnConnections, vec![]).query(read_query(query.map(Into::into))))
            .unchecked_into()
    }

    /// `PUT /v5/{project_id}/vpn-connection/{id}`: a partial update.
    #[wasm_bindgen(js_name = updateVpnConnection)]
    pub fn update_vpn_connection(
        &self,
        id: JsId,
        body: JsUpdateVpnConnectionRequest,
        options: Option<JsCallOptions>,
    ) -> JsVpnConnectionPromise {
        self.call(options, Input::new(Op::UpdateVpnConnection, vec![read_id(&id)]).body(read_body(&body)))
            .unchecked_into()
    }

    /// `DELETE /v5/{project_id}/vpn-connection/{id}`.
    #[wasm_bindgen(js_name = deleteVpnConnection)]
    pub fn delete_vpn_connection(&self, id: JsId, options: Option<JsCallOptions>) -> JsVoidPromise {
        self.call(options, Input::new(Op::DeleteVpnConnection, vec![read_id(&id)])).unchecked_into()
    }

    /// `POST /v5/{project_id}/vpn-connections/batch-create`: `{ vpn_connections, request_id }`.
    #[wasm_bindgen(js_name = batchCreateVpnConnections)]
    pub fn batch_create_vpn_connections(
        &self,
        body: JsBatchCreateVpnConnectionsRequest,
        options: Option<JsCallOptions>,
    ) -> JsBatchCreateVpnConnectionsPromise {
        self.call(options, Input::new(Op::BatchCreateVpnConnections, vec![]).body(read_body(&body))).unchecked_into()
    }

    /// `GET /v5/{project_id}/vpn-connection/{id}/log`: `{ logs: [{ time, raw_message }], request_id }`.
    #[wasm_bindgen(js_name = getVpnConnectionLog)]
    pub fn get_vpn_connection_log(&self, id: JsId, options: Option<JsCallOptions>) -> JsVpnConnectionLogPromise {
        self.call(options, Input::new(Op::GetVpnConnectionLog, vec![read_id(&id)])).unchecked_into()
    }

    /// `POST /v5/{project_id}/customer-gateways`: `{ customer_gateway, request_id }`.
    #[wasm_bindgen(js_name = createCustomerGateway)]
    pub fn create_customer_gateway(
        &self,
        body: JsCreateCustomerGatewayRequest,
        options: Option<JsCallOptions>,
    ) -> JsCustomerGatewayPromise {
        self.call(options, Input::new(Op::CreateCustomerGateway, vec![]).body(read_body(&body))).unchecked_into()
    }

    /// `GET /v5/{project_id}/customer-gateways/{id}`.
    #[wasm_bindgen(js_name = getCustomerGateway)]
    pub fn get_customer_gateway(&self, id: JsId, options: Option<JsCallOptions>) -> JsCustomerGatewayPromise {
        self.call(options, Input::new(Op::GetCustomerGateway, vec![read_id(&id)])).unchecked_into()
    }

    /// `GET /v5/{project_id}/customer-gateways` (`limit` ≤ 200, `marker`).
    #[wasm_bindgen(js_name = listCustomerGateways)]
    pub fn list_customer_gateways(
        &self,
        query: Option<JsListCustomerGatewaysQuery>,
        options: Option<JsCallOptions>,
    ) -> JsListCustomerGatewaysPromise {
        self.call(options, Input::new(Op::ListCustomerGateways, vec![]).query(read_query(query.map(Into::into))))
            .unchecked_into()
    }

    /// `PUT /v5/{project_id}/customer-gateways/{id}`: the name only.
    #[wasm_bindgen(js_name = updateCustomerGateway)]
    pub fn update_customer_gateway(
        &self,
        id: JsId,
        body: JsUpdateCustomerGatewayRequest,
        options: Option<JsCallOptions>,
    ) -> JsCustomerGatewayPromise {
        self.call(options, Input::new(Op::UpdateCustomerGateway, vec![read_id(&id)]).body(read_body(&body)))
            .unchecked_into()
    }

    /// `DELETE /v5/{project_id}/customer-gateways/{id}`.
    #[wasm_bindgen(js_name = deleteCustomerGateway)]
    pub fn delete_customer_gateway(&self, id: JsId, options: Option<JsCallOptions>) -> JsVoidPromise {
        self.call(options, Input::new(Op::DeleteCustomerGateway, vec![read_id(&id)])).unchecked_into()
    }

    /// `POST /v5/{project_id}/vpn-gateways`: `{ vpn_gateway, request_id }`.
    #[wasm_bindgen(js_name = createVpnGateway)]
    pub fn create_vpn_gateway(
        &self,
        body: JsCreateVpnGatewayRequest,
        options: Option<JsCallOptions>,
    ) -> JsVpnGatewayPromise {
        self.call(options, Input::new(Op::CreateVpnGateway, vec![]).body(read_body(&body))).unchecked_into()
    }

    /// `GET /v5/{project_id}/vpn-gateways/{id}`.
    #[wasm_bindgen(js_name = getVpnGateway)]
    pub fn get_vpn_gateway(&self, id: JsId, options: Option<JsCallOptions>) -> JsVpnGatewayPromise {
        self.call(options, Input::new(Op::GetVpnGateway, vec![read_id(&id)])).unchecked_into()
    }

    /// `GET /v5/{project_id}/vpn-gateways` (no paging; `enterprise_project_id` may be an array).
    #[wasm_bindgen(js_name = listVpnGateways)]
    pub fn list_vpn_gateways(
        &self,
        query: Option<JsListVpnGatewaysQuery>,
        options: Option<JsCallOptions>,
    ) -> JsListVpnGatewaysPromise {
        self.call(options, Input::new(Op::ListVpnGateways, vec![]).query(read_query(query.map(Into::into))))
            .unchecked_into()
    }

    /// `PUT /v5/{project_id}/vpn-gateways/{id}`.
    #[wasm_bindgen(js_name = updateVpnGateway)]
    pub fn update_vpn_gateway(
        &self,
        id: JsId,
        body: JsUpdateVpnGatewayRequest,
        options: Option<JsCallOptions>,
    ) -> JsVpnGatewayPromise {
        self.call(options, Input::new(Op::UpdateVpnGateway, vec![read_id(&id)]).body(read_body(&body))).unchecked_into()
    }

    /// `DELETE /v5/{project_id}/vpn-gateways/{id}`.
    #[wasm_bindgen(js_name = deleteVpnGateway)]
    pub fn delete_vpn_gateway(&self, id: JsId, options: Option<JsCallOptions>) -> JsVoidPromise {
        self.call(options, Input::new(Op::DeleteVpnGateway, vec![read_id(&id)])).unchecked_into()
    }

    /// `GET /v5/{project_id}/vpn-gateways/availability-zones`.
    #[wasm_bindgen(js_name = listAvailabilityZones)]
    pub fn list_availability_zones(&self, options: Option<JsCallOptions>) -> JsAvailabilityZonesPromise {
        self.call(options, Input::new(Op::ListAvailabilityZones, vec![])).unchecked_into()
    }

    /// `POST /v5/{project_id}/vpn-gateways/{id}/update-specification`, body `{ vpn_gateway: { flavor } }`.
    #[wasm_bindgen(js_name = updateVpnGatewaySpecification)]
    pub fn update_vpn_gateway_specification(
        &self,
        id: JsId,
        body: JsUpdateSpecificationRequest,
        options: Option<JsCallOptions>,
    ) -> JsVpnGatewayPromise {
        self.call(options, Input::new(Op::UpdateVpnGatewaySpecification, vec![read_id(&id)]).body(read_body(&body)))
            .unchecked_into()
    }

    /// `POST /v5/{project_id}/connection-monitors`: `{ connection_monitor, request_id }`.
    #[wasm_bindgen(js_name = createConnectionMonitor)]
    pub fn create_connection_monitor(
        &self,
        body: JsCreateConnectionMonitorRequest,
        options: Option<JsCallOptions>,
    ) -> JsConnectionMonitorPromise {
        self.call(options, Input::new(Op::CreateConnectionMonitor, vec![]).body(read_body(&body))).unchecked_into()
    }

    /// `GET /v5/{project_id}/connection-monitors/{id}`.
    #[wasm_bindgen(js_name = getConnectionMonitor)]
    pub fn get_connection_monitor(&self, id: JsId, options: Option<JsCallOptions>) -> JsConnectionMonitorPromise {
        self.call(options, Input::new(Op::GetConnectionMonitor, vec![read_id(&id)])).unchecked_into()
    }

    /// `GET /v5/{project_id}/connection-monitors` (`vpn_connection_id`, `enterprise_project_id`).
    #[wasm_bindgen(js_name = listConnectionMonitors)]
    pub fn list_connection_monitors(
        &self,
        query: Option<JsListConnectionMonitorsQuery>,
        options: Option<JsCallOptions>,
    ) -> JsListConnectionMonitorsPromise {
        self.call(options, Input::new(Op::ListConnectionMonitors, vec![]).query(read_query(query.map(Into::into))))
            .unchecked_into()
    }

    /// `DELETE /v5/{project_id}/connection-monitors/{id}`.
    #[wasm_bindgen(js_name = deleteConnectionMonitor)]
    pub fn delete_connection_monitor(&self, id: JsId, options: Option<JsCallOptions>) -> JsVoidPromise {
        self.call(options, Input::new(Op::DeleteConnectionMonitor, vec![read_id(&id)])).unchecked_into()
    }

    /// `GET /v5/{project_id}/vpn/quotas`: `{ quotas: { resources: [{ type, quota, used }] }, request_id }`.
    #[wasm_bindgen(js_name = getQuotas)]
    pub fn get_quotas(&self, options: Option<JsCallOptions>) -> JsQuotasPromise {
        self.call(options, Input::new(Op::GetQuotas, vec![])).unchecked_into()
    }

    /// `POST …/{resourceType}/{id}/tags/create` with `{ tags: [{ key, value? }] }`.
    #[wasm_bindgen(js_name = addTags)]
    pub fn add_tags(
        &self,
        resource_type: JsResourceType,
        id: JsId,
        body: JsTagsRequest,
        options: Option<JsCallOptions>,
    ) -> JsVoidPromise {
        self.call(options, Input::new(Op::AddTags, vec![read_id(&resource_type), read_id(&id)]).body(read_body(&body)))
            .unchecked_into()
    }

    /// `POST …/{resourceType}/{id}/tags/delete` with `{ tags: [{ key, value? }] }`.
    #[wasm_bindgen(js_name = removeTags)]
    pub fn remove_tags(
        &self,
        resource_type: JsResourceType,
        id: JsId,
        body: JsTagsRequest,
        options: Option<JsCallOptions>,
    ) -> JsVoidPromise {
        self.call(
            options,
            Input::new(Op::RemoveTags, vec![read_id(&resource_type), read_id(&id)]).body(read_body(&body)),
        )
        .unchecked_into()
    }

    /// `GET …/{resourceType}/{id}/tags`: `{ tags: [{ key, value }], request_id }`.
    #[wasm_bindgen(js_name = listTags)]
    pub fn list_tags(
        &self,
        resource_type: JsResourceType,
        id: JsId,
        options: Option<JsCallOptions>,
    ) -> JsListTagsPromise {
        self.call(options, Input::new(Op::ListTags, vec![read_id(&resource_type), read_id(&id)])).unchecked_into()
    }

    /// `GET …/{resourceType}/tags`: `{ tags: [{ key, values }], request_id }`.
    #[wasm_bindgen(js_name = listProjectTags)]
    pub fn list_project_tags(
        &self,
        resource_type: JsResourceType,
        options: Option<JsCallOptions>,
    ) -> JsListProjectTagsPromise {
        self.call(options, Input::new(Op::ListProjectTags, vec![read_id(&resource_type)])).unchecked_into()
    }

    /// `POST …/{resourceType}/resource-instances/filter` (query `limit` 1–1000, `offset`).
    #[wasm_bindgen(js_name = filterResourcesByTags)]
    pub fn filter_resources_by_tags(
        &self,
        resource_type: JsResourceType,
        body: JsTagFilterRequest,
        query: Option<JsTagPageQuery>,
        options: Option<JsCallOptions>,
    ) -> JsFilterResourcesPromise {
        self.call(
            options,
            Input::new(Op::FilterResourcesByTags, vec![read_id(&resource_type)])
                .query(read_query(query.map(Into::into)))
                .body(read_body(&body)),
        )
        .unchecked_into()
    }

    /// `POST …/{resourceType}/resource-instances/count`: `{ total_count, request_id }`.
    #[wasm_bindgen(js_name = countResourcesByTags)]
    pub fn count_resources_by_tags(
        &self,
        resource_type: JsResourceType,
        body: JsTagFilterRequest,
        options: Option<JsCallOptions>,
    ) -> JsCountResourcesPromise {
        self.call(options, Input::new(Op::CountResourcesByTags, vec![read_id(&resource_type)]).body(read_body(&body)))
            .unchecked_into()
    }

    /// The service endpoint of a cloud and region (spec §6): Huawei Cloud
    /// `https://vpn.{region}.myhuaweicloud.com`, Open Telekom Cloud
    /// `https://vpn.{region}.otc.t-systems.com` (`…sc.otc…` for the Swiss region `eu-ch2`).
    #[wasm_bindgen(js_name = endpointFor)]
    pub fn endpoint_for(cloud: &str, region: &str) -> Result<String, JsValue> {
        Ok(crate::api::endpoint_for(cloud, region)?)
    }

    /// The endpoint this client calls, without a trailing slash.
    #[wasm_bindgen(getter)]
    pub fn endpoint(&self) -> String {
        self.inner.config.endpoint.as_str().to_owned()
    }

    /// The project this client calls.
    #[wasm_bindgen(getter, js_name = projectId)]
    pub fn project_id(&self) -> String {
        self.inner.config.project_id().to_owned()
    }
}
