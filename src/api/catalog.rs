//! Every site-to-site operation of spec §1.1–1.6, once: its name, method, path, body and the
//! validator that checks it, success status, answer shape, resource, and whether repeating it is
//! harmless. The client builds its requests from this table ([`super::operations`]); the emulator
//! and a server in front of the API match incoming requests against it ([`lookup`]).

use super::answer::Shape;
use super::http::Method;
use super::resources::{Resource, CONNECTION_MONITOR, CUSTOMER_GATEWAY, VPN_CONNECTION, VPN_GATEWAY};
use crate::validate::{self, Validator};

/// The resource types of the tag API (spec §1.6).
pub const TAG_RESOURCE_TYPES: [&str; 3] = ["vpn-gateway", "customer-gateway", "vpn-connection"];

/// One operation; its name in the JS API is [`Operation::name`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Op {
    CreateVpnGateway,
    ListVpnGateways,
    ListAvailabilityZones,
    GetVpnGateway,
    UpdateVpnGateway,
    DeleteVpnGateway,
    UpdateVpnGatewaySpecification,
    CreateCustomerGateway,
    ListCustomerGateways,
    GetCustomerGateway,
    UpdateCustomerGateway,
    DeleteCustomerGateway,
    CreateVpnConnection,
    BatchCreateVpnConnections,
    ListVpnConnections,
    GetVpnConnection,
    UpdateVpnConnection,
    DeleteVpnConnection,
    GetVpnConnectionLog,
    CreateConnectionMonitor,
    ListConnectionMonitors,
    GetConnectionMonitor,
    DeleteConnectionMonitor,
    GetQuotas,
    AddTags,
    RemoveTags,
    ListTags,
    ListProjectTags,
    FilterResourcesByTags,
    CountResourcesByTags,
}

/// One segment of a path below `/v5/{project_id}/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment {
    /// Written as it is: `vpn-connection`.
    Literal(&'static str),
    /// An id, named as the API names it (`vpn_connection_id`); a UUID when the client sends it.
    Id(&'static str),
    /// One of [`TAG_RESOURCE_TYPES`].
    ResourceType,
}

/// What a request of an operation carries.
#[derive(Debug, Clone, Copy)]
pub enum Payload {
    /// No body.
    None,
    /// A JSON body, checked by the validator when there is one.
    Json(Option<Validator>),
}

/// One operation of the API.
#[derive(Debug, Clone, Copy)]
pub struct Operation {
    pub op: Op,
    /// The name of the `VpnClient` method: `createVpnConnection`.
    pub name: &'static str,
    pub method: Method,
    /// The segments below `/v5/{project_id}/`.
    pub path: &'static [Segment],
    pub payload: Payload,
    /// The status of a success: 200, 201 or 204.
    pub success: u16,
    /// What a success body holds.
    pub answer: Shape,
    /// Whether sending it twice does what sending it once does, so that it may be repeated after
    /// an answer was lost: GET, PUT, DELETE, and the POSTs that only read (the tag filters).
    pub idempotent: bool,
    /// The resource it acts on (`None` for quotas and the tag API, whose resource is in the path).
    pub resource: Option<&'static Resource>,
}

impl Operation {
    /// Its entry in the catalogue.
    pub fn of(op: Op) -> &'static Operation {
        // Every `Op` has an entry (a unit test holds it to that): the fallback is never taken.
        CATALOG.iter().find(|o| o.op == op).unwrap_or(&CATALOG[0])
    }

    /// The path's ids and resource type, in order, as the API names them.
    pub fn parameters(&self) -> impl Iterator<Item = &'static str> {
        self.path.iter().filter_map(|s| match s {
            Segment::Literal(_) => None,
            Segment::Id(name) => Some(*name),
            Segment::ResourceType => Some("resource_type"),
        })
    }

    /// Whether `segments` are this operation's path (any text in an id; a tag resource type).
    fn fits(&self, segments: &[&str]) -> bool {
        self.path.len() == segments.len()
            && self.path.iter().zip(segments).all(|(s, given)| match s {
                Segment::Literal(literal) => literal == given,
                Segment::Id(_) => true,
                Segment::ResourceType => TAG_RESOURCE_TYPES.contains(given),
            })
    }
}

/// What a request's method and path are in the catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup<'a> {
    /// This operation; `parameters` are the path's ids and resource type, in order.
    Found { operation: Op, parameters: Vec<&'a str> },
    /// The path is an operation's, the method is not (405).
    WrongMethod,
    /// No operation has this path (404).
    Unknown,
}

/// The operation of `method` on `segments` (the path below `/v5/{project_id}/`, split at `/`).
/// Where a literal and an id could both fit, the literal wins (`vpn-gateways/availability-zones`,
/// `vpn-connection/tags`): the table lists those first.
pub fn lookup<'a>(method: Method, segments: &[&'a str]) -> Lookup<'a> {
    let mut path_known = false;
    for operation in CATALOG.iter().filter(|o| o.fits(segments)) {
        if operation.method == method {
            let parameters = operation
                .path
                .iter()
                .zip(segments)
                .filter(|(s, _)| !matches!(s, Segment::Literal(_)))
                .map(|(_, given)| *given)
                .collect();
            return Lookup::Found { operation: operation.op, parameters };
        }
        path_known = true;
    }
    if path_known {
        Lookup::WrongMethod
    } else {
        Lookup::Unknown
    }
}

/// The operation that reads one `resource` by its id (what a waiter polls).
pub fn get_of(resource: &Resource) -> Option<Op> {
    let one = Shape::Object(resource.envelope);
    CATALOG.iter().find(|o| o.method == Get && o.resource == Some(resource) && o.answer == one).map(|o| o.op)
}

/// The operation that lists every `resource` of the project (what a pager pages).
pub fn list_of(resource: &Resource) -> Option<Op> {
    let many = Shape::List(resource.list);
    CATALOG.iter().find(|o| o.method == Get && o.resource == Some(resource) && o.answer == many).map(|o| o.op)
}

use Method::{Delete, Get, Post, Put};
use Segment::{Id, Literal as L, ResourceType};

const VGW: Segment = Id("vgw_id");
const CGW: Segment = Id("customer_gateway_id");
const CONNECTION: Segment = Id("vpn_connection_id");
const MONITOR: Segment = Id("connection_monitor_id");
const RESOURCE: Segment = Id("resource_id");

/// An entry of the table: one argument per column. A POST is not idempotent unless [`reading`].
#[allow(clippy::too_many_arguments)]
const fn entry(
    op: Op,
    name: &'static str,
    method: Method,
    path: &'static [Segment],
    payload: Payload,
    success: u16,
    answer: Shape,
    resource: Option<&'static Resource>,
) -> Operation {
    let idempotent = !matches!(method, Post);
    Operation { op, name, method, path, payload, success, answer, idempotent, resource }
}

/// A POST that only reads: harmless to repeat.
const fn reading(operation: Operation) -> Operation {
    Operation { idempotent: true, ..operation }
}

const fn checked(validator: Validator) -> Payload {
    Payload::Json(Some(validator))
}

const fn one(r: &'static Resource) -> Shape {
    Shape::Object(r.envelope)
}

const fn many(r: &'static Resource) -> Shape {
    Shape::List(r.list)
}

/// The catalogue, in the order [`lookup`] tries it.
#[rustfmt::skip]
pub static CATALOG: [Operation; 30] = {
    let (gw, cgw, conn, mon) = (Some(VPN_GATEWAY), Some(CUSTOMER_GATEWAY), Some(VPN_CONNECTION), Some(CONNECTION_MONITOR));
    let none = Payload::None;
    [
        // Tags (spec §1.6) first: `vpn-connection/tags` is the project's tags, not a connection.
        entry(Op::AddTags, "addTags", Post, &[ResourceType, RESOURCE, L("tags"), L("create")], checked(validate::validate_tags), 204, Shape::Empty, None),
        entry(Op::RemoveTags, "removeTags", Post, &[ResourceType, RESOURCE, L("tags"), L("delete")], checked(validate::validate_tags), 204, Shape::Empty, None),
        entry(Op::ListTags, "listTags", Get, &[ResourceType, RESOURCE, L("tags")], none, 200, Shape::List("tags"), None),
        entry(Op::ListProjectTags, "listProjectTags", Get, &[ResourceType, L("tags")], none, 200, Shape::List("tags"), None),
        reading(entry(Op::FilterResourcesByTags, "filterResourcesByTags", Post, &[ResourceType, L("resource-instances"), L("filter")], checked(validate::validate_tag_filter), 200, Shape::List("resources"), None)),
        reading(entry(Op::CountResourcesByTags, "countResourcesByTags", Post, &[ResourceType, L("resource-instances"), L("count")], checked(validate::validate_tag_filter), 200, Shape::Json, None)),
        // VPN gateways (spec §1.1)
        entry(Op::CreateVpnGateway, "createVpnGateway", Post, &[L("vpn-gateways")], checked(validate::validate_create_vpn_gateway), 201, one(VPN_GATEWAY), gw),
        entry(Op::ListVpnGateways, "listVpnGateways", Get, &[L("vpn-gateways")], none, 200, many(VPN_GATEWAY), gw),
        entry(Op::ListAvailabilityZones, "listAvailabilityZones", Get, &[L("vpn-gateways"), L("availability-zones")], none, 200, Shape::Object("availability_zones"), None),
        entry(Op::GetVpnGateway, "getVpnGateway", Get, &[L("vpn-gateways"), VGW], none, 200, one(VPN_GATEWAY), gw),
        entry(Op::UpdateVpnGateway, "updateVpnGateway", Put, &[L("vpn-gateways"), VGW], checked(validate::validate_update_vpn_gateway), 200, one(VPN_GATEWAY), gw),
        entry(Op::DeleteVpnGateway, "deleteVpnGateway", Delete, &[L("vpn-gateways"), VGW], none, 204, Shape::Empty, gw),
        // Any flavor name: the live API's list of flavors grows (see the README's Strictness).
        entry(Op::UpdateVpnGatewaySpecification, "updateVpnGatewaySpecification", Post, &[L("vpn-gateways"), VGW, L("update-specification")], Payload::Json(None), 200, one(VPN_GATEWAY), gw),
        // Customer gateways (spec §1.2)
        entry(Op::CreateCustomerGateway, "createCustomerGateway", Post, &[L("customer-gateways")], checked(validate::validate_create_customer_gateway), 201, one(CUSTOMER_GATEWAY), cgw),
        entry(Op::ListCustomerGateways, "listCustomerGateways", Get, &[L("customer-gateways")], none, 200, many(CUSTOMER_GATEWAY), cgw),
        entry(Op::GetCustomerGateway, "getCustomerGateway", Get, &[L("customer-gateways"), CGW], none, 200, one(CUSTOMER_GATEWAY), cgw),
        entry(Op::UpdateCustomerGateway, "updateCustomerGateway", Put, &[L("customer-gateways"), CGW], checked(validate::validate_update_customer_gateway), 200, one(CUSTOMER_GATEWAY), cgw),
        entry(Op::DeleteCustomerGateway, "deleteCustomerGateway", Delete, &[L("customer-gateways"), CGW], none, 204, Shape::Empty, cgw),
        // VPN connections (spec §1.3: singular, but the batch endpoint is plural)
        entry(Op::CreateVpnConnection, "createVpnConnection", Post, &[L("vpn-connection")], checked(validate::validate_create_vpn_connection), 201, one(VPN_CONNECTION), conn),
        entry(Op::BatchCreateVpnConnections, "batchCreateVpnConnections", Post, &[L("vpn-connections"), L("batch-create")], checked(validate::validate_batch_create_vpn_connections), 201, many(VPN_CONNECTION), conn),
        entry(Op::ListVpnConnections, "listVpnConnections", Get, &[L("vpn-connection")], none, 200, many(VPN_CONNECTION), conn),
        entry(Op::GetVpnConnection, "getVpnConnection", Get, &[L("vpn-connection"), CONNECTION], none, 200, one(VPN_CONNECTION), conn),
        entry(Op::UpdateVpnConnection, "updateVpnConnection", Put, &[L("vpn-connection"), CONNECTION], checked(validate::validate_update_vpn_connection), 200, one(VPN_CONNECTION), conn),
        entry(Op::DeleteVpnConnection, "deleteVpnConnection", Delete, &[L("vpn-connection"), CONNECTION], none, 204, Shape::Empty, conn),
        entry(Op::GetVpnConnectionLog, "getVpnConnectionLog", Get, &[L("vpn-connection"), CONNECTION, L("log")], none, 200, Shape::List("logs"), conn),
        // Connection monitors (spec §1.4)
        entry(Op::CreateConnectionMonitor, "createConnectionMonitor", Post, &[L("connection-monitors")], checked(validate::validate_create_connection_monitor), 201, one(CONNECTION_MONITOR), mon),
        entry(Op::ListConnectionMonitors, "listConnectionMonitors", Get, &[L("connection-monitors")], none, 200, many(CONNECTION_MONITOR), mon),
        entry(Op::GetConnectionMonitor, "getConnectionMonitor", Get, &[L("connection-monitors"), MONITOR], none, 200, one(CONNECTION_MONITOR), mon),
        entry(Op::DeleteConnectionMonitor, "deleteConnectionMonitor", Delete, &[L("connection-monitors"), MONITOR], none, 204, Shape::Empty, mon),
        // Quotas (spec §1.5)
        entry(Op::GetQuotas, "getQuotas", Get, &[L("vpn"), L("quotas")], none, 200, Shape::Object("quotas"), None),
    ]
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operation_is_listed_once_with_a_distinct_path() {
        for (i, a) in CATALOG.iter().enumerate() {
            assert_eq!(Operation::of(a.op).name, a.name);
            for b in CATALOG.iter().skip(i + 1) {
                assert_ne!(a.op, b.op);
                assert_ne!(a.name, b.name);
                let same_path = a.path.len() == b.path.len() && a.path.iter().zip(b.path).all(|(x, y)| x == y);
                assert!(!(same_path && a.method == b.method), "{} and {}", a.name, b.name);
            }
            // The documented success statuses (spec §1): a create 201, a delete or tag change 204.
            let expected = match (a.method, a.answer) {
                (_, Shape::Empty) => 204,
                (Post, _) if a.name.starts_with("create") || a.name.starts_with("batchCreate") => 201,
                _ => 200,
            };
            assert_eq!(a.success, expected, "{}", a.name);
        }
    }

    #[test]
    fn a_path_finds_its_operation_and_parameters() {
        let found = |m, path: &[&str]| match lookup(m, path) {
            Lookup::Found { operation, parameters } => Some((Operation::of(operation).name, parameters.join(","))),
            _ => None,
        };
        assert_eq!(found(Get, &["vpn-gateways", "availability-zones"]), Some(("listAvailabilityZones", String::new())));
        assert_eq!(found(Get, &["vpn-gateways", "g1"]), Some(("getVpnGateway", "g1".into())));
        assert_eq!(found(Get, &["vpn-connection", "tags"]), Some(("listProjectTags", "vpn-connection".into())));
        assert_eq!(found(Get, &["vpn-connection", "c1", "log"]), Some(("getVpnConnectionLog", "c1".into())));
        assert_eq!(
            found(Post, &["customer-gateway", "c1", "tags", "delete"]),
            Some(("removeTags", "customer-gateway,c1".into()))
        );
        assert_eq!(
            found(Post, &["vpn-connections", "batch-create"]),
            Some(("batchCreateVpnConnections", String::new()))
        );
        assert_eq!(
            lookup(Put, &["vpn-gateways", "availability-zones"]),
            Lookup::Found { operation: Op::UpdateVpnGateway, parameters: vec!["availability-zones"] }
        );
        assert_eq!(lookup(Post, &["vpn-connection", "c1"]), Lookup::WrongMethod);
        assert_eq!(lookup(Delete, &["vpn", "quotas"]), Lookup::WrongMethod);
        assert_eq!(lookup(Get, &["vpn-connection", "c1", "status"]), Lookup::Unknown);
        assert_eq!(lookup(Get, &["vpn-gateways-x"]), Lookup::Unknown);
        assert_eq!(lookup(Get, &["vpn-connections", "c1", "tags"]), Lookup::Unknown);
        assert_eq!(lookup(Get, &[]), Lookup::Unknown);
    }

    #[test]
    fn each_resource_has_its_get_and_list() {
        use crate::api::resources::ALL;
        let names: Vec<_> = ALL
            .iter()
            .map(|r| (get_of(r).map(|o| Operation::of(o).name), list_of(r).map(|o| Operation::of(o).name)))
            .collect();
        assert_eq!(
            names,
            [
                (Some("getVpnGateway"), Some("listVpnGateways")),
                (Some("getCustomerGateway"), Some("listCustomerGateways")),
                (Some("getVpnConnection"), Some("listVpnConnections")),
                (Some("getConnectionMonitor"), Some("listConnectionMonitors")),
            ]
        );
    }

    #[test]
    fn only_reading_posts_are_idempotent() {
        for o in &CATALOG {
            let reads = matches!(o.op, Op::FilterResourcesByTags | Op::CountResourcesByTags);
            assert_eq!(o.idempotent, o.method != Post || reads, "{}", o.name);
        }
    }
}
