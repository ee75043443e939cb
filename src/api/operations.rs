//! Every site-to-site operation of spec §1.1–1.6 as a [`Call`]: method, path, query and body,
//! with the body validated and every id checked before it goes into a path.

use super::body::Body;
use super::client::{Call, ClientConfig};
use super::error::Error;
use super::http::Method;
use super::signer::encode_query_part;
use crate::model::{
    AvailabilityZonesResponse, ConnectionMonitorList, ConnectionMonitorResponse, CustomerGatewayList,
    CustomerGatewayResponse, QuotasResponse, VpnConnectionList, VpnConnectionLog, VpnConnectionResponse,
};
use crate::validate::json::quote;
use crate::validate::{self, Code, Issue, Path, Report, Validator};
use serde_json::Value;

/// Query parameters, in order; a repeated name is sent once per value.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query(pub Vec<(String, String)>);

impl Query {
    /// Adds `name=value`.
    pub fn with(mut self, name: &str, value: impl ToString) -> Self {
        self.0.push((name.to_owned(), value.to_string()));
        self
    }

    fn encoded(&self) -> String {
        self.0
            .iter()
            .map(|(k, v)| format!("{}={}", encode_query_part(k), encode_query_part(v)))
            .collect::<Vec<_>>()
            .join("&")
    }
}

/// The resource types of the tag API (spec §1.6).
pub const TAG_RESOURCE_TYPES: [&str; 3] = ["vpn-gateway", "customer-gateway", "vpn-connection"];

/// Ids go into URL paths, so only UUIDs pass.
pub(crate) fn check_id(name: &str, id: &str) -> Result<(), Error> {
    if validate::is_uuid(id) {
        return Ok(());
    }
    let mut report = Report::default();
    report.push(Issue::error(
        Path::root().key(name),
        Code::IdUuid,
        format!("{name} must be a UUID (8-4-4-4-12 hexadecimal digits), got {}", quote(id)),
    ));
    Err(Error::Validation(report))
}

fn check_resource_type(resource_type: &str) -> Result<(), Error> {
    if TAG_RESOURCE_TYPES.contains(&resource_type) {
        return Ok(());
    }
    let mut report = Report::default();
    report.push(Issue::error(
        Path::root().key("resource_type"),
        Code::EnumUnknown,
        format!("resource_type must be one of {}, got {resource_type:?}", TAG_RESOURCE_TYPES.join(", ")),
    ));
    Err(Error::Validation(report))
}

impl ClientConfig {
    /// A call with a validated JSON body.
    fn with_body<T>(
        &self,
        method: Method,
        tail: &str,
        body: &impl Body,
        validator: Validator,
        expected: u16,
    ) -> Result<(Call<T>, Report), Error> {
        let report = self.check(body, validator)?;
        Ok((Call::new(self.request(method, tail, Some(body.to_bytes()?)), expected), report))
    }

    /// A call without a body.
    fn without_body<T>(&self, method: Method, tail: &str, query: &Query, expected: u16) -> Call<T> {
        let tail = if query.0.is_empty() { tail.to_owned() } else { format!("{tail}?{}", query.encoded()) };
        Call::new(self.request(method, &tail, None), expected)
    }

    // VPN gateways (spec §1.1)

    /// `POST /v5/{project_id}/vpn-gateways` (201).
    pub fn create_vpn_gateway(&self, body: &impl Body) -> Result<(Call<Value>, Report), Error> {
        self.with_body(Method::Post, "vpn-gateways", body, validate::validate_create_vpn_gateway, 201)
    }

    /// `GET /v5/{project_id}/vpn-gateways` (no paging; `enterprise_project_id` may repeat).
    pub fn list_vpn_gateways(&self, query: &Query) -> Call<Value> {
        self.without_body(Method::Get, "vpn-gateways", query, 200)
    }

    /// `GET /v5/{project_id}/vpn-gateways/{id}`.
    pub fn get_vpn_gateway(&self, id: &str) -> Result<Call<Value>, Error> {
        check_id("vgw_id", id)?;
        Ok(self.without_body(Method::Get, &format!("vpn-gateways/{id}"), &Query::default(), 200))
    }

    /// `PUT /v5/{project_id}/vpn-gateways/{id}`.
    pub fn update_vpn_gateway(&self, id: &str, body: &impl Body) -> Result<(Call<Value>, Report), Error> {
        check_id("vgw_id", id)?;
        self.with_body(Method::Put, &format!("vpn-gateways/{id}"), body, validate::validate_update_vpn_gateway, 200)
    }

    /// `DELETE /v5/{project_id}/vpn-gateways/{id}` (204).
    pub fn delete_vpn_gateway(&self, id: &str) -> Result<Call<()>, Error> {
        check_id("vgw_id", id)?;
        Ok(self.without_body(Method::Delete, &format!("vpn-gateways/{id}"), &Query::default(), 204))
    }

    /// `GET /v5/{project_id}/vpn-gateways/availability-zones`.
    pub fn list_availability_zones(&self) -> Call<AvailabilityZonesResponse> {
        self.without_body(Method::Get, "vpn-gateways/availability-zones", &Query::default(), 200)
    }

    /// `POST /v5/{project_id}/vpn-gateways/{id}/update-specification` (200), body
    /// `{"vpn_gateway": {"flavor": …}}`.
    pub fn update_vpn_gateway_specification(&self, id: &str, body: &impl Body) -> Result<Call<Value>, Error> {
        check_id("vgw_id", id)?;
        let path = format!("vpn-gateways/{id}/update-specification");
        Ok(Call::new(self.request(Method::Post, &path, Some(body.to_bytes()?)), 200))
    }

    // Customer gateways (spec §1.2)

    /// `POST /v5/{project_id}/customer-gateways` (201).
    pub fn create_customer_gateway(&self, body: &impl Body) -> Result<(Call<CustomerGatewayResponse>, Report), Error> {
        self.with_body(Method::Post, "customer-gateways", body, validate::validate_create_customer_gateway, 201)
    }

    /// `GET /v5/{project_id}/customer-gateways/{id}`.
    pub fn get_customer_gateway(&self, id: &str) -> Result<Call<CustomerGatewayResponse>, Error> {
        check_id("customer_gateway_id", id)?;
        Ok(self.without_body(Method::Get, &format!("customer-gateways/{id}"), &Query::default(), 200))
    }

    /// `GET /v5/{project_id}/customer-gateways` (`limit` ≤ 200, `marker`).
    pub fn list_customer_gateways(&self, query: &Query) -> Call<CustomerGatewayList> {
        self.without_body(Method::Get, "customer-gateways", query, 200)
    }

    /// `PUT /v5/{project_id}/customer-gateways/{id}`.
    pub fn update_customer_gateway(
        &self,
        id: &str,
        body: &impl Body,
    ) -> Result<(Call<CustomerGatewayResponse>, Report), Error> {
        check_id("customer_gateway_id", id)?;
        self.with_body(
            Method::Put,
            &format!("customer-gateways/{id}"),
            body,
            validate::validate_update_customer_gateway,
            200,
        )
    }

    /// `DELETE /v5/{project_id}/customer-gateways/{id}` (204).
    pub fn delete_customer_gateway(&self, id: &str) -> Result<Call<()>, Error> {
        check_id("customer_gateway_id", id)?;
        Ok(self.without_body(Method::Delete, &format!("customer-gateways/{id}"), &Query::default(), 204))
    }

    // VPN connections (spec §1.3)

    /// `POST /v5/{project_id}/vpn-connections/batch-create` (201).
    pub fn batch_create_vpn_connections(&self, body: &impl Body) -> Result<(Call<VpnConnectionList>, Report), Error> {
        self.with_body(
            Method::Post,
            "vpn-connections/batch-create",
            body,
            validate::validate_batch_create_vpn_connections,
            201,
        )
    }

    /// `POST /v5/{project_id}/vpn-connection` (201). Returns the call and the validation report
    /// (warnings, or errors in `Warn` mode). The body is sent as given, as for every operation.
    pub fn create_vpn_connection(&self, body: &impl Body) -> Result<(Call<VpnConnectionResponse>, Report), Error> {
        self.with_body(Method::Post, "vpn-connection", body, validate::validate_create_vpn_connection, 201)
    }

    /// `GET /v5/{project_id}/vpn-connection/{id}` (200).
    pub fn get_vpn_connection(&self, id: &str) -> Result<Call<VpnConnectionResponse>, Error> {
        check_id("vpn_connection_id", id)?;
        Ok(self.without_body(Method::Get, &format!("vpn-connection/{id}"), &Query::default(), 200))
    }

    /// `GET /v5/{project_id}/vpn-connection` (`limit` ≤ 2000, `marker`, `vgw_id`, `vgw_ip`,
    /// `enterprise_project_id`).
    pub fn list_vpn_connections(&self, query: &Query) -> Call<VpnConnectionList> {
        self.without_body(Method::Get, "vpn-connection", query, 200)
    }

    /// `PUT /v5/{project_id}/vpn-connection/{id}`.
    pub fn update_vpn_connection(
        &self,
        id: &str,
        body: &impl Body,
    ) -> Result<(Call<VpnConnectionResponse>, Report), Error> {
        check_id("vpn_connection_id", id)?;
        self.with_body(
            Method::Put,
            &format!("vpn-connection/{id}"),
            body,
            validate::validate_update_vpn_connection,
            200,
        )
    }

    /// `DELETE /v5/{project_id}/vpn-connection/{id}` (204).
    pub fn delete_vpn_connection(&self, id: &str) -> Result<Call<()>, Error> {
        check_id("vpn_connection_id", id)?;
        Ok(self.without_body(Method::Delete, &format!("vpn-connection/{id}"), &Query::default(), 204))
    }

    /// `GET /v5/{project_id}/vpn-connection/{id}/log`.
    pub fn get_vpn_connection_log(&self, id: &str) -> Result<Call<VpnConnectionLog>, Error> {
        check_id("vpn_connection_id", id)?;
        Ok(self.without_body(Method::Get, &format!("vpn-connection/{id}/log"), &Query::default(), 200))
    }

    // Connection monitors (spec §1.4)

    /// `POST /v5/{project_id}/connection-monitors` (201).
    pub fn create_connection_monitor(
        &self,
        body: &impl Body,
    ) -> Result<(Call<ConnectionMonitorResponse>, Report), Error> {
        self.with_body(Method::Post, "connection-monitors", body, validate::validate_create_connection_monitor, 201)
    }

    /// `GET /v5/{project_id}/connection-monitors/{id}`.
    pub fn get_connection_monitor(&self, id: &str) -> Result<Call<ConnectionMonitorResponse>, Error> {
        check_id("connection_monitor_id", id)?;
        Ok(self.without_body(Method::Get, &format!("connection-monitors/{id}"), &Query::default(), 200))
    }

    /// `GET /v5/{project_id}/connection-monitors` (`vpn_connection_id`, `enterprise_project_id`).
    pub fn list_connection_monitors(&self, query: &Query) -> Call<ConnectionMonitorList> {
        self.without_body(Method::Get, "connection-monitors", query, 200)
    }

    /// `DELETE /v5/{project_id}/connection-monitors/{id}` (204).
    pub fn delete_connection_monitor(&self, id: &str) -> Result<Call<()>, Error> {
        check_id("connection_monitor_id", id)?;
        Ok(self.without_body(Method::Delete, &format!("connection-monitors/{id}"), &Query::default(), 204))
    }

    // Quotas (spec §1.5)

    /// `GET /v5/{project_id}/vpn/quotas`.
    pub fn get_quotas(&self) -> Call<QuotasResponse> {
        self.without_body(Method::Get, "vpn/quotas", &Query::default(), 200)
    }

    // Tags (spec §1.6)

    /// `POST …/{resource_type}/{id}/tags/create` (204).
    pub fn add_tags(&self, resource_type: &str, id: &str, body: &impl Body) -> Result<(Call<()>, Report), Error> {
        check_resource_type(resource_type)?;
        check_id("resource_id", id)?;
        self.with_body(Method::Post, &format!("{resource_type}/{id}/tags/create"), body, validate::validate_tags, 204)
    }

    /// `POST …/{resource_type}/{id}/tags/delete` (204).
    pub fn remove_tags(&self, resource_type: &str, id: &str, body: &impl Body) -> Result<(Call<()>, Report), Error> {
        check_resource_type(resource_type)?;
        check_id("resource_id", id)?;
        self.with_body(Method::Post, &format!("{resource_type}/{id}/tags/delete"), body, validate::validate_tags, 204)
    }

    /// `GET …/{resource_type}/{id}/tags`.
    pub fn list_tags(&self, resource_type: &str, id: &str) -> Result<Call<Value>, Error> {
        check_resource_type(resource_type)?;
        check_id("resource_id", id)?;
        Ok(self.without_body(Method::Get, &format!("{resource_type}/{id}/tags"), &Query::default(), 200))
    }

    /// `GET …/{resource_type}/tags`: every key of the project with its values.
    pub fn list_project_tags(&self, resource_type: &str) -> Result<Call<Value>, Error> {
        check_resource_type(resource_type)?;
        Ok(self.without_body(Method::Get, &format!("{resource_type}/tags"), &Query::default(), 200))
    }

    /// `POST …/{resource_type}/resource-instances/filter?limit=&offset=` (limit 1–1000, offset ≥ 0).
    pub fn filter_resources_by_tags(
        &self,
        resource_type: &str,
        body: &impl Body,
        query: &Query,
    ) -> Result<(Call<Value>, Report), Error> {
        check_resource_type(resource_type)?;
        let tail = if query.0.is_empty() {
            format!("{resource_type}/resource-instances/filter")
        } else {
            format!("{resource_type}/resource-instances/filter?{}", query.encoded())
        };
        self.with_body(Method::Post, &tail, body, validate::validate_tag_filter, 200)
    }

    /// `POST …/{resource_type}/resource-instances/count`.
    pub fn count_resources_by_tags(
        &self,
        resource_type: &str,
        body: &impl Body,
    ) -> Result<(Call<Value>, Report), Error> {
        check_resource_type(resource_type)?;
        self.with_body(
            Method::Post,
            &format!("{resource_type}/resource-instances/count"),
            body,
            validate::validate_tag_filter,
            200,
        )
    }
}
