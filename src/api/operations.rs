//! The client's calls, built from the catalogue: [`ClientConfig::prepare`] turns an operation,
//! its path parameters, query and body into a [`Call`], with the body validated and every id
//! checked before it goes into a path. The typed methods below are that, with the answer's model.

use super::body::Body;
use super::catalog::{Op, Operation, Payload, Segment, TAG_RESOURCE_TYPES};
use super::client::{Call, ClientConfig};
use super::error::Error;
use super::signer::encode_query_part;
use crate::model::{
    AvailabilityZonesResponse, ConnectionMonitorList, ConnectionMonitorResponse, CustomerGatewayList,
    CustomerGatewayResponse, QuotasResponse, VpnConnectionList, VpnConnectionLog, VpnConnectionResponse,
};
use crate::validate::json::quote;
use crate::validate::{self, Code, Issue, Path, Report};
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

/// A validation error of the path parameter `name`.
fn refused(name: &str, code: Code, message: String) -> Error {
    let mut report = Report::default();
    report.push(Issue::error(Path::root().key(name), code, message));
    Error::Validation(report)
}

/// Ids go into URL paths, so only UUIDs pass.
pub(crate) fn check_id(name: &str, id: &str) -> Result<(), Error> {
    if validate::is_uuid(id) {
        return Ok(());
    }
    Err(refused(
        name,
        Code::IdUuid,
        format!("{name} must be a UUID (8-4-4-4-12 hexadecimal digits), got {}", quote(id)),
    ))
}

fn check_resource_type(resource_type: &str) -> Result<(), Error> {
    if TAG_RESOURCE_TYPES.contains(&resource_type) {
        return Ok(());
    }
    let message = format!("resource_type must be one of {}, got {resource_type:?}", TAG_RESOURCE_TYPES.join(", "));
    Err(refused("resource_type", Code::EnumUnknown, message))
}

impl ClientConfig {
    /// The call of `op` with its path `parameters` (ids and resource type, in the order of the
    /// path: [`Operation::parameters`]), `query` and `body`. Each parameter is checked before it
    /// goes into the path; the body is validated per [`super::Validation`] (an error report stops
    /// the call in `Error` mode) and sent as given.
    pub fn prepare<B: Body>(
        &self,
        op: Op,
        parameters: &[&str],
        query: &Query,
        body: Option<&B>,
    ) -> Result<Call<Value>, Error> {
        let operation = Operation::of(op);
        let expected = operation.parameters().count();
        if parameters.len() != expected {
            return Err(Error::Config(format!(
                "{} takes {expected} path parameter(s), got {}",
                operation.name,
                parameters.len()
            )));
        }
        let mut tail = String::new();
        let mut given = parameters.iter();
        for segment in operation.path {
            if !tail.is_empty() {
                tail.push('/');
            }
            match segment {
                Segment::Literal(literal) => tail.push_str(literal),
                Segment::Id(name) => {
                    let id = given.next().copied().unwrap_or_default();
                    check_id(name, id)?;
                    tail.push_str(id);
                }
                Segment::ResourceType => {
                    let kind = given.next().copied().unwrap_or_default();
                    check_resource_type(kind)?;
                    tail.push_str(kind);
                }
            }
        }
        if !query.0.is_empty() {
            tail = format!("{tail}?{}", query.encoded());
        }
        let (bytes, report) = match (operation.payload, body) {
            (Payload::None, None) => (None, Report::default()),
            (Payload::Json(validator), Some(body)) => {
                let report = match validator {
                    Some(validator) => self.check(body, validator)?,
                    None => Report::default(),
                };
                (Some(body.to_bytes()?), report)
            }
            (Payload::None, Some(_)) => return Err(Error::Config(format!("{} takes no body", operation.name))),
            (Payload::Json(_), None) => return Err(Error::Config(format!("{} needs a body", operation.name))),
        };
        Ok(Call::new(self.request(operation.method, &tail, bytes), op, report))
    }

    /// [`ClientConfig::prepare`] of an operation without a body.
    fn without_body<T>(&self, op: Op, parameters: &[&str], query: &Query) -> Result<Call<T>, Error> {
        Ok(self.prepare(op, parameters, query, None::<&Value>)?.typed())
    }

    /// [`ClientConfig::prepare`] of an operation with a body and no query.
    fn with_body<T>(&self, op: Op, parameters: &[&str], body: &impl Body) -> Result<Call<T>, Error> {
        Ok(self.prepare(op, parameters, &Query::default(), Some(body))?.typed())
    }

    // VPN gateways (spec §1.1)

    /// `POST /v5/{project_id}/vpn-gateways` (201).
    pub fn create_vpn_gateway(&self, body: &impl Body) -> Result<Call<Value>, Error> {
        self.with_body(Op::CreateVpnGateway, &[], body)
    }

    /// `GET /v5/{project_id}/vpn-gateways` (no paging; `enterprise_project_id` may repeat).
    pub fn list_vpn_gateways(&self, query: &Query) -> Result<Call<Value>, Error> {
        self.without_body(Op::ListVpnGateways, &[], query)
    }

    /// `GET /v5/{project_id}/vpn-gateways/{id}`.
    pub fn get_vpn_gateway(&self, id: &str) -> Result<Call<Value>, Error> {
        self.without_body(Op::GetVpnGateway, &[id], &Query::default())
    }

    /// `PUT /v5/{project_id}/vpn-gateways/{id}`.
    pub fn update_vpn_gateway(&self, id: &str, body: &impl Body) -> Result<Call<Value>, Error> {
        self.with_body(Op::UpdateVpnGateway, &[id], body)
    }

    /// `DELETE /v5/{project_id}/vpn-gateways/{id}` (204).
    pub fn delete_vpn_gateway(&self, id: &str) -> Result<Call<()>, Error> {
        self.without_body(Op::DeleteVpnGateway, &[id], &Query::default())
    }

    /// `GET /v5/{project_id}/vpn-gateways/availability-zones`.
    pub fn list_availability_zones(&self) -> Result<Call<AvailabilityZonesResponse>, Error> {
        self.without_body(Op::ListAvailabilityZones, &[], &Query::default())
    }

    /// `POST /v5/{project_id}/vpn-gateways/{id}/update-specification` (200), body
    /// `{"vpn_gateway": {"flavor": …}}`, any flavor name.
    pub fn update_vpn_gateway_specification(&self, id: &str, body: &impl Body) -> Result<Call<Value>, Error> {
        self.with_body(Op::UpdateVpnGatewaySpecification, &[id], body)
    }

    // Customer gateways (spec §1.2)

    /// `POST /v5/{project_id}/customer-gateways` (201).
    pub fn create_customer_gateway(&self, body: &impl Body) -> Result<Call<CustomerGatewayResponse>, Error> {
        self.with_body(Op::CreateCustomerGateway, &[], body)
    }

    /// `GET /v5/{project_id}/customer-gateways/{id}`.
    pub fn get_customer_gateway(&self, id: &str) -> Result<Call<CustomerGatewayResponse>, Error> {
        self.without_body(Op::GetCustomerGateway, &[id], &Query::default())
    }

    /// `GET /v5/{project_id}/customer-gateways` (`limit` ≤ 200, `marker`).
    pub fn list_customer_gateways(&self, query: &Query) -> Result<Call<CustomerGatewayList>, Error> {
        self.without_body(Op::ListCustomerGateways, &[], query)
    }

    /// `PUT /v5/{project_id}/customer-gateways/{id}`.
    pub fn update_customer_gateway(&self, id: &str, body: &impl Body) -> Result<Call<CustomerGatewayResponse>, Error> {
        self.with_body(Op::UpdateCustomerGateway, &[id], body)
    }

    /// `DELETE /v5/{project_id}/customer-gateways/{id}` (204).
    pub fn delete_customer_gateway(&self, id: &str) -> Result<Call<()>, Error> {
        self.without_body(Op::DeleteCustomerGateway, &[id], &Query::default())
    }

    // VPN connections (spec §1.3)

    /// `POST /v5/{project_id}/vpn-connections/batch-create` (201).
    pub fn batch_create_vpn_connections(&self, body: &impl Body) -> Result<Call<VpnConnectionList>, Error> {
        self.with_body(Op::BatchCreateVpnConnections, &[], body)
    }

    /// `POST /v5/{project_id}/vpn-connection` (201). The call carries the validation report
    /// (warnings, or errors in `Warn` mode). The body is sent as given, as for every operation.
    pub fn create_vpn_connection(&self, body: &impl Body) -> Result<Call<VpnConnectionResponse>, Error> {
        self.with_body(Op::CreateVpnConnection, &[], body)
    }

    /// `GET /v5/{project_id}/vpn-connection/{id}` (200).
    pub fn get_vpn_connection(&self, id: &str) -> Result<Call<VpnConnectionResponse>, Error> {
        self.without_body(Op::GetVpnConnection, &[id], &Query::default())
    }

    /// `GET /v5/{project_id}/vpn-connection` (`limit` ≤ 2000, `marker`, `vgw_id`, `vgw_ip`,
    /// `enterprise_project_id`).
    pub fn list_vpn_connections(&self, query: &Query) -> Result<Call<VpnConnectionList>, Error> {
        self.without_body(Op::ListVpnConnections, &[], query)
    }

    /// `PUT /v5/{project_id}/vpn-connection/{id}`.
    pub fn update_vpn_connection(&self, id: &str, body: &impl Body) -> Result<Call<VpnConnectionResponse>, Error> {
        self.with_body(Op::UpdateVpnConnection, &[id], body)
    }

    /// `DELETE /v5/{project_id}/vpn-connection/{id}` (204).
    pub fn delete_vpn_connection(&self, id: &str) -> Result<Call<()>, Error> {
        self.without_body(Op::DeleteVpnConnection, &[id], &Query::default())
    }

    /// `GET /v5/{project_id}/vpn-connection/{id}/log`.
    pub fn get_vpn_connection_log(&self, id: &str) -> Result<Call<VpnConnectionLog>, Error> {
        self.without_body(Op::GetVpnConnectionLog, &[id], &Query::default())
    }

    // Connection monitors (spec §1.4)

    /// `POST /v5/{project_id}/connection-monitors` (201).
    pub fn create_connection_monitor(&self, body: &impl Body) -> Result<Call<ConnectionMonitorResponse>, Error> {
        self.with_body(Op::CreateConnectionMonitor, &[], body)
    }

    /// `GET /v5/{project_id}/connection-monitors/{id}`.
    pub fn get_connection_monitor(&self, id: &str) -> Result<Call<ConnectionMonitorResponse>, Error> {
        self.without_body(Op::GetConnectionMonitor, &[id], &Query::default())
    }

    /// `GET /v5/{project_id}/connection-monitors` (`vpn_connection_id`, `enterprise_project_id`).
    pub fn list_connection_monitors(&self, query: &Query) -> Result<Call<ConnectionMonitorList>, Error> {
        self.without_body(Op::ListConnectionMonitors, &[], query)
    }

    /// `DELETE /v5/{project_id}/connection-monitors/{id}` (204).
    pub fn delete_connection_monitor(&self, id: &str) -> Result<Call<()>, Error> {
        self.without_body(Op::DeleteConnectionMonitor, &[id], &Query::default())
    }

    // Quotas (spec §1.5)

    /// `GET /v5/{project_id}/vpn/quotas`.
    pub fn get_quotas(&self) -> Result<Call<QuotasResponse>, Error> {
        self.without_body(Op::GetQuotas, &[], &Query::default())
    }

    // Tags (spec §1.6)

    /// `POST …/{resource_type}/{id}/tags/create` (204).
    pub fn add_tags(&self, resource_type: &str, id: &str, body: &impl Body) -> Result<Call<()>, Error> {
        self.with_body(Op::AddTags, &[resource_type, id], body)
    }

    /// `POST …/{resource_type}/{id}/tags/delete` (204).
    pub fn remove_tags(&self, resource_type: &str, id: &str, body: &impl Body) -> Result<Call<()>, Error> {
        self.with_body(Op::RemoveTags, &[resource_type, id], body)
    }

    /// `GET …/{resource_type}/{id}/tags`.
    pub fn list_tags(&self, resource_type: &str, id: &str) -> Result<Call<Value>, Error> {
        self.without_body(Op::ListTags, &[resource_type, id], &Query::default())
    }

    /// `GET …/{resource_type}/tags`: every key of the project with its values.
    pub fn list_project_tags(&self, resource_type: &str) -> Result<Call<Value>, Error> {
        self.without_body(Op::ListProjectTags, &[resource_type], &Query::default())
    }

    /// `POST …/{resource_type}/resource-instances/filter?limit=&offset=` (limit 1–1000, offset ≥ 0).
    pub fn filter_resources_by_tags(
        &self,
        resource_type: &str,
        body: &impl Body,
        query: &Query,
    ) -> Result<Call<Value>, Error> {
        Ok(self.prepare(Op::FilterResourcesByTags, &[resource_type], query, Some(body))?.typed())
    }

    /// `POST …/{resource_type}/resource-instances/count`.
    pub fn count_resources_by_tags(&self, resource_type: &str, body: &impl Body) -> Result<Call<Value>, Error> {
        self.with_body(Op::CountResourcesByTags, &[resource_type], body)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::{Answer, Auth, Endpoint, Insecure, Shape};
    use crate::model::Secret;

    /// The shape a typed method's model is read from agrees with its operation's (a `Value` reads
    /// any shape).
    fn agrees<T: Answer>(call: Result<Call<T>, Error>) -> Result<(), String> {
        let call = call.map_err(|e| e.to_string())?;
        let shape = call.shape();
        if T::SHAPE == Shape::Json || T::SHAPE == shape {
            Ok(())
        } else {
            Err(format!("{}: the model reads {:?}, the catalogue says {shape:?}", call.operation().name, T::SHAPE))
        }
    }

    #[test]
    fn typed_methods_read_the_shape_the_catalogue_gives() -> Result<(), String> {
        let endpoint = Endpoint::parse("https://vpn.eu-de.otc.t-systems.com", Insecure::LoopbackOnly)
            .map_err(|e| e.to_string())?;
        let mut c = ClientConfig::new(endpoint, "p", Auth::Token(Secret::new("t"))).map_err(|e| e.to_string())?;
        c.validation = crate::api::Validation::Off;
        let (id, q, body) = ("b32d91a4-3f0e-4c1a-a8df-e907174eb11d", Query::default(), serde_json::json!({}));
        agrees(c.create_vpn_gateway(&body))?;
        agrees(c.list_vpn_gateways(&q))?;
        agrees(c.get_vpn_gateway(id))?;
        agrees(c.update_vpn_gateway(id, &body))?;
        agrees(c.delete_vpn_gateway(id))?;
        agrees(c.list_availability_zones())?;
        agrees(c.update_vpn_gateway_specification(id, &body))?;
        agrees(c.create_customer_gateway(&body))?;
        agrees(c.get_customer_gateway(id))?;
        agrees(c.list_customer_gateways(&q))?;
        agrees(c.update_customer_gateway(id, &body))?;
        agrees(c.delete_customer_gateway(id))?;
        agrees(c.batch_create_vpn_connections(&body))?;
        agrees(c.create_vpn_connection(&body))?;
        agrees(c.get_vpn_connection(id))?;
        agrees(c.list_vpn_connections(&q))?;
        agrees(c.update_vpn_connection(id, &body))?;
        agrees(c.delete_vpn_connection(id))?;
        agrees(c.get_vpn_connection_log(id))?;
        agrees(c.create_connection_monitor(&body))?;
        agrees(c.get_connection_monitor(id))?;
        agrees(c.list_connection_monitors(&q))?;
        agrees(c.delete_connection_monitor(id))?;
        agrees(c.get_quotas())?;
        agrees(c.add_tags("vpn-gateway", id, &body))?;
        agrees(c.remove_tags("vpn-gateway", id, &body))?;
        agrees(c.list_tags("vpn-gateway", id))?;
        agrees(c.list_project_tags("vpn-gateway"))?;
        agrees(c.filter_resources_by_tags("vpn-gateway", &body, &q))?;
        agrees(c.count_resources_by_tags("vpn-gateway", &body))
    }

    #[test]
    fn a_call_checks_its_parameters_and_body_against_the_catalogue() {
        let endpoint = Endpoint::parse("https://vpn.eu-de.otc.t-systems.com", Insecure::LoopbackOnly).unwrap();
        let c = ClientConfig::new(endpoint, "p", Auth::Token(Secret::new("t"))).unwrap();
        let none = None::<&Value>;
        let config = |r: Result<Call<Value>, Error>| match r {
            Err(Error::Config(m)) => m,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            config(c.prepare(Op::GetVpnConnection, &[], &Query::default(), none)),
            "getVpnConnection takes 1 path parameter(s), got 0"
        );
        assert_eq!(
            config(c.prepare(Op::CreateVpnConnection, &[], &Query::default(), none)),
            "createVpnConnection needs a body"
        );
        let body = serde_json::json!({});
        assert_eq!(config(c.prepare(Op::GetQuotas, &[], &Query::default(), Some(&body))), "getQuotas takes no body");
        let call = c
            .prepare(
                Op::FilterResourcesByTags,
                &["vpn-connection"],
                &Query::default().with("limit", 10),
                Some(&serde_json::json!({"tags": [{"key": "a", "values": ["b"]}]})),
            )
            .unwrap();
        assert!(
            call.request.url.ends_with("/v5/p/vpn-connection/resource-instances/filter?limit=10"),
            "{}",
            call.request.url
        );
        assert_eq!(call.expected_status(), 200);
    }
}
