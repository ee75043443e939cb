//! VPN gateway bodies: create and update (spec §1.1, §2.9).

use super::codes::Code;
use super::connection::RESOURCE_TAG;
use super::customer_gateway::MAX_ASN;
use super::object::{quote, Obj};
use super::options::ValidateOptions;
use super::profile;
use super::report::{At, Issue, Report};
use super::shape::{self, Field, Shape};
use super::subnets::{self, ListLimits};
use super::{ids, tags};
use crate::validate::json::{Json, Members};

static EIP: [Field; 4] = [
    Field::optional("id", Shape::Str),
    Field::optional("type", Shape::Str),
    Field::optional("bandwidth_size", Shape::Int),
    Field::optional("bandwidth_name", Shape::Str),
];

static CREATE: [Field; 20] = [
    Field::optional("name", Shape::Str),
    Field::optional("network_type", Shape::Str),
    Field::optional("attachment_type", Shape::Str),
    Field::optional("ip_version", Shape::Str),
    Field::optional("er_id", Shape::Str),
    Field::optional("vpc_id", Shape::Str),
    Field::optional("local_subnets", Shape::List(&Shape::Str)),
    Field::optional("connect_subnet", Shape::Str),
    Field::optional("bgp_asn", Shape::Int),
    Field::optional("flavor", Shape::Str),
    Field::optional("availability_zone_ids", Shape::List(&Shape::Str)),
    Field::optional("enterprise_project_id", Shape::Str),
    Field::optional("eip1", Shape::Object(&EIP)),
    Field::optional("eip2", Shape::Object(&EIP)),
    Field::optional("access_vpc_id", Shape::Str),
    Field::optional("access_subnet_id", Shape::Str),
    Field::optional("ha_mode", Shape::Str),
    Field::optional("access_private_ip_1", Shape::Str),
    Field::optional("access_private_ip_2", Shape::Str),
    Field::optional("tags", Shape::List(&Shape::Object(&RESOURCE_TAG))),
];
static CREATE_BODY: [Field; 1] = [Field::required("vpn_gateway", Shape::Object(&CREATE))];

/// Gateway fields an update cannot change, listed so they are reported as immutable.
const IMMUTABLE: [&str; 17] = [
    "network_type",
    "attachment_type",
    "ip_version",
    "er_id",
    "vpc_id",
    "connect_subnet",
    "bgp_asn",
    "availability_zone_ids",
    "enterprise_project_id",
    "eip1",
    "eip2",
    "access_vpc_id",
    "access_subnet_id",
    "ha_mode",
    "access_private_ip_1",
    "access_private_ip_2",
    "tags",
];

static UPDATE: [Field; 23] = [
    Field::optional("name", Shape::Str),
    Field::optional("local_subnets", Shape::List(&Shape::Str)),
    Field::optional("eip_id_1", Shape::Str),
    Field::optional("eip_id_2", Shape::Str),
    Field::huawei("policy_template", Shape::Any),
    Field::optional("flavor", Shape::Any),
    Field::optional("network_type", Shape::Any),
    Field::optional("attachment_type", Shape::Any),
    Field::optional("ip_version", Shape::Any),
    Field::optional("er_id", Shape::Any),
    Field::optional("vpc_id", Shape::Any),
    Field::optional("connect_subnet", Shape::Any),
    Field::optional("bgp_asn", Shape::Any),
    Field::optional("availability_zone_ids", Shape::Any),
    Field::optional("enterprise_project_id", Shape::Any),
    Field::optional("eip1", Shape::Any),
    Field::optional("eip2", Shape::Any),
    Field::optional("access_vpc_id", Shape::Any),
    Field::optional("access_subnet_id", Shape::Any),
    Field::optional("ha_mode", Shape::Any),
    Field::optional("access_private_ip_1", Shape::Any),
    Field::optional("access_private_ip_2", Shape::Any),
    Field::optional("tags", Shape::Any),
];
static UPDATE_BODY: [Field; 1] = [Field::required("vpn_gateway", Shape::Object(&UPDATE))];

/// Most local subnets of a gateway.
pub const MAX_LOCAL_SUBNETS: usize = 50;
const LOCAL_SUBNETS: ListLimits =
    ListLimits { min: 1, max: MAX_LOCAL_SUBNETS, noun: "local subnets", one: "local subnet" };
/// EIP bandwidth bounds, in Mbit/s, before the flavor's own cap.
pub const BANDWIDTH: (i64, i64) = (1, 1000);

/// Validates a `POST /v5/{project_id}/vpn-gateways` body.
pub fn validate_create(body: &Json, options: &ValidateOptions) -> Report {
    let mut report = Report::default();
    shape::check(body, &Shape::Object(&CREATE_BODY), options.huawei(), &At::Root, &mut report);
    let Some(map) = body.get("vpn_gateway").and_then(Json::as_object) else { return report.finish() };
    let root = At::Root;
    let at = root.key("vpn_gateway");
    let obj = Obj::new(map, &at, options);
    let r = &mut report;
    obj.name("name", r);
    let network = defaulted(&obj, "network_type", &profile::NETWORK_TYPE, "public", r);
    let attachment = defaulted(&obj, "attachment_type", &profile::ATTACHMENT_TYPE, "vpc", r);
    let ip_version = defaulted(&obj, "ip_version", &profile::IP_VERSION, "ipv4", r);
    let flavor = defaulted(&obj, "flavor", &profile::FLAVOR, "Professional1", r);
    for key in ["er_id", "vpc_id", "connect_subnet", "access_vpc_id", "access_subnet_id"] {
        obj.uuid(key, r);
    }
    match attachment {
        Some("vpc") => {
            require(&obj, "vpc_id", "a vpc gateway", r);
            require(&obj, "connect_subnet", "a vpc gateway", r);
            if ip_version == Some("ipv4") {
                require(&obj, "local_subnets", "a vpc gateway with ip_version ipv4", r);
            }
            obj.conflict("er_id", "attachment_type", "is used only with attachment_type er", r);
        }
        Some("er") => {
            require(&obj, "er_id", "an er gateway", r);
            obj.conflict("vpc_id", "attachment_type", "is used only with attachment_type vpc", r);
        }
        _ => {}
    }
    if flavor == Some("Basic") {
        if network == Some("private") {
            obj.conflict("flavor", "network_type", "Basic is not available for a private gateway", r);
        }
        if attachment == Some("er") {
            obj.conflict("flavor", "attachment_type", "Basic is not available for an er gateway", r);
        }
    }
    if let Some(list) = obj.array("local_subnets") {
        subnets::check_list(list, &LOCAL_SUBNETS, &at.key("local_subnets"), r);
    }
    obj.int_range("bgp_asn", 1, MAX_ASN, "", r);
    if let Some(v) = obj.str("enterprise_project_id") {
        if v != "0" && !ids::is_uuid(v) {
            r.push(Issue::error(
                at.key("enterprise_project_id").path(),
                Code::IdUuid,
                format!("enterprise_project_id must be a UUID or \"0\", got {}", quote(v)),
            ));
        }
    }
    obj.enumerated("ha_mode", &profile::HA_MODE, r);
    for key in ["eip1", "eip2"] {
        if network == Some("private") {
            obj.conflict(key, "network_type", "is used only by a public gateway", r);
        } else if let Some(eip) = obj.object(key) {
            check_eip(eip, &at.key(key), &obj, flavor, r);
        }
    }
    private_ips(&obj, network, r);
    if let Some(list) = obj.array("tags") {
        tags::check_list(list, 0, &at.key("tags"), r);
    }
    report.finish()
}

/// An enum field with a server default; returns the effective value when known.
fn defaulted<'a>(obj: &Obj<'a>, key: &str, known: &profile::Enum, default: &'a str, r: &mut Report) -> Option<&'a str> {
    if obj.has(key) {
        obj.enumerated(key, known, r)
    } else {
        Some(default)
    }
}

fn require(obj: &Obj, key: &str, what: &str, r: &mut Report) {
    if !obj.has(key) {
        r.push(Issue::error(obj.at.key(key).path(), Code::FieldRequired, format!("{key} is required for {what}")));
    }
}

/// An EIP: an existing one by `id`, or a new one by `type` and `bandwidth_size` (capped by the
/// gateway's flavor).
fn check_eip(eip: &Members, at: &At, parent: &Obj, flavor: Option<&str>, r: &mut Report) {
    let obj = Obj::new(eip, at, parent.options);
    obj.uuid("id", r);
    match (obj.has("id"), obj.has("type")) {
        (true, true) => {
            obj.conflict("type", "id", "describes a new EIP; leave it out when id names an existing one", r)
        }
        (false, false) => r.push(Issue::error(
            at.key("id").path(),
            Code::FieldRequired,
            "give the id of an existing EIP, or type and bandwidth_size for a new one",
        )),
        (false, true) => {
            obj.enumerated("type", &profile::EIP_TYPE, r);
            if !obj.has("bandwidth_size") {
                r.push(Issue::error(
                    at.key("bandwidth_size").path(),
                    Code::FieldRequired,
                    "bandwidth_size is required for a new EIP",
                ));
            }
        }
        (true, false) => {}
    }
    if let Some(size) = obj.int_range("bandwidth_size", BANDWIDTH.0, BANDWIDTH.1, " Mbit/s", r) {
        let flavor = flavor.unwrap_or("Professional1");
        let cap = profile::max_bandwidth(flavor);
        if size > i64::from(cap) {
            r.push(Issue::error(
                at.key("bandwidth_size").path(),
                Code::BandwidthFlavor,
                format!("the {flavor} flavor allows at most {cap} Mbit/s, got {size}"),
            ));
        }
    }
    obj.name("bandwidth_name", r);
}

/// `access_private_ip_1`/`_2`: private gateways only, both or neither (VPN.0109), different
/// (VPN.0107), IPv4.
fn private_ips(obj: &Obj, network: Option<&str>, r: &mut Report) {
    let keys = ["access_private_ip_1", "access_private_ip_2"];
    if network == Some("public") {
        for key in keys {
            obj.conflict(key, "network_type", "is used only by a private gateway", r);
        }
        return;
    }
    obj.pair(keys[0], keys[1], " (VPN.0109)", r);
    let ip1 = obj.ipv4(keys[0], r);
    let ip2 = obj.ipv4(keys[1], r);
    if let (Some(x), Some(y)) = (ip1, ip2) {
        if x == y {
            r.push(
                Issue::error(
                    obj.at.key(keys[1]).path(),
                    Code::FieldDistinct,
                    "the two private IPs must differ (VPN.0107)",
                )
                .with_related(obj.at.key(keys[0]).path()),
            );
        }
    }
}

/// Validates a `PUT /v5/{project_id}/vpn-gateways/{id}` body: name, local subnets and EIP ids.
pub fn validate_update(body: &Json, options: &ValidateOptions) -> Report {
    let mut report = Report::default();
    shape::check(body, &Shape::Object(&UPDATE_BODY), options.huawei(), &At::Root, &mut report);
    let Some(map) = body.get("vpn_gateway").and_then(Json::as_object) else { return report.finish() };
    let root = At::Root;
    let at = root.key("vpn_gateway");
    let obj = Obj::new(map, &at, options);
    obj.name("name", &mut report);
    obj.uuid("eip_id_1", &mut report);
    obj.uuid("eip_id_2", &mut report);
    if let Some(list) = obj.array("local_subnets") {
        subnets::check_list(list, &LOCAL_SUBNETS, &at.key("local_subnets"), &mut report);
    }
    obj.immutable("flavor", "; use update-specification (updateVpnGatewaySpecification)", &mut report);
    for key in IMMUTABLE {
        obj.immutable(key, "", &mut report);
    }
    report.finish()
}
