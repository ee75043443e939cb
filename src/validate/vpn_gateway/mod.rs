//! VPN gateway bodies: create and update (spec §1.1, §2.9), as the references show the live API
//! accepting them (`tests/reference/create_vpn_gateway.json`, `update_vpn_gateway.json`).

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
use crate::validate::json::Json;

mod eip;
use eip::{check_eip, check_new_eip};

/// An EIP of a create body, and of an update body as OTC's SDK sends it (`UpdateOpts.Eip1`).
static EIP: [Field; 6] = [
    Field::optional("id", Shape::Str),
    Field::optional("type", Shape::Str),
    Field::optional("charge_mode", Shape::Str),
    Field::optional("bandwidth_size", Shape::Int),
    Field::optional("bandwidth_name", Shape::Str),
    Field::optional("bandwidth_id", Shape::Str),
];

static CREATE: [Field; 23] = [
    Field::optional("name", Shape::Str),
    Field::optional("network_type", Shape::Str),
    Field::optional("attachment_type", Shape::Str),
    Field::optional("ip_version", Shape::Str),
    Field::optional("er_id", Shape::Str),
    Field::optional("vpc_id", Shape::Str),
    Field::optional("local_subnets", Shape::List(&Shape::Str)),
    Field::huawei("local_subnets_v6", Shape::List(&Shape::Str)),
    Field::optional("connect_subnet", Shape::Str),
    Field::optional("bgp_asn", Shape::Int),
    Field::optional("flavor", Shape::Str),
    Field::optional("availability_zone_ids", Shape::List(&Shape::Str)),
    Field::optional("enterprise_project_id", Shape::Str),
    Field::optional("eip1", Shape::Object(&EIP)),
    Field::optional("eip2", Shape::Object(&EIP)),
    Field::deprecated("master_eip", Shape::Object(&EIP), "eip1"),
    Field::deprecated("slave_eip", Shape::Object(&EIP), "eip2"),
    Field::optional("access_vpc_id", Shape::Str),
    Field::optional("access_subnet_id", Shape::Str),
    Field::optional("ha_mode", Shape::Str),
    Field::optional("access_private_ip_1", Shape::Str),
    Field::optional("access_private_ip_2", Shape::Str),
    Field::optional("tags", Shape::List(&Shape::Object(&RESOURCE_TAG))),
];
pub(crate) static CREATE_BODY: [Field; 1] = [Field::required("vpn_gateway", Shape::Object(&CREATE))];

/// The IKE and IPsec policies of a gateway's policy template (Huawei SDK `UpdateVgwIkePolicy`,
/// `UpdateVgwIpsecPolicy`; OTC SDK `IkePolicyResp`, `IpsecPolicyResp`).
static TEMPLATE_IKE: [Field; 4] = [
    Field::optional("authentication_algorithm", Shape::Str),
    Field::optional("encryption_algorithm", Shape::Str),
    Field::optional("dh_group", Shape::Str),
    Field::optional("lifetime_seconds", Shape::Int),
];
static TEMPLATE_IPSEC: [Field; 4] = [
    Field::optional("authentication_algorithm", Shape::Str),
    Field::optional("encryption_algorithm", Shape::Str),
    Field::optional("pfs", Shape::Str),
    Field::optional("lifetime_seconds", Shape::Int),
];
static POLICY_TEMPLATE: [Field; 2] = [
    Field::optional("ike_policy", Shape::Object(&TEMPLATE_IKE)),
    Field::optional("ipsec_policy", Shape::Object(&TEMPLATE_IPSEC)),
];

/// Gateway fields an update cannot change, listed so they are reported as immutable.
const IMMUTABLE: [&str; 15] = [
    "network_type",
    "attachment_type",
    "ip_version",
    "er_id",
    "vpc_id",
    "connect_subnet",
    "bgp_asn",
    "availability_zone_ids",
    "enterprise_project_id",
    "access_vpc_id",
    "access_subnet_id",
    "ha_mode",
    "access_private_ip_1",
    "access_private_ip_2",
    "tags",
];

static UPDATE: [Field; 24] = [
    Field::optional("name", Shape::Str),
    Field::optional("local_subnets", Shape::List(&Shape::Str)),
    Field::huawei("local_subnets_v6", Shape::List(&Shape::Str)),
    Field::optional("eip_id_1", Shape::Str),
    Field::optional("eip_id_2", Shape::Str),
    Field::optional("eip1", Shape::Object(&EIP)),
    Field::optional("eip2", Shape::Object(&EIP)),
    Field::optional("policy_template", Shape::Object(&POLICY_TEMPLATE)),
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
    Field::optional("access_vpc_id", Shape::Any),
    Field::optional("access_subnet_id", Shape::Any),
    Field::optional("ha_mode", Shape::Any),
    Field::optional("access_private_ip_1", Shape::Any),
    Field::optional("access_private_ip_2", Shape::Any),
    Field::optional("tags", Shape::Any),
];
pub(crate) static UPDATE_BODY: [Field; 1] = [Field::required("vpn_gateway", Shape::Object(&UPDATE))];

/// Most local subnets of a gateway.
pub const MAX_LOCAL_SUBNETS: usize = 50;
const LOCAL_SUBNETS: ListLimits =
    ListLimits { min: 1, max: MAX_LOCAL_SUBNETS, noun: "local subnets", one: "local subnet" };
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
    let flavor = if obj.has("flavor") { flavor(&obj, r) } else { Some("Professional1") };
    for key in ["er_id", "vpc_id", "connect_subnet", "access_vpc_id", "access_subnet_id"] {
        obj.uuid(key, r);
    }
    match attachment {
        Some("vpc") => {
            require(&obj, "vpc_id", "a vpc gateway", r);
            require(&obj, "connect_subnet", "a vpc gateway", r);
            match ip_version {
                Some("ipv4") => require(&obj, "local_subnets", "a vpc gateway with ip_version ipv4", r),
                Some("ipv6") => require(&obj, "local_subnets_v6", "a vpc gateway with ip_version ipv6", r),
                _ => {}
            }
            obj.conflict("er_id", "attachment_type", "is used only with attachment_type er", r);
        }
        // OTC: with er, vpc_id is optional (access_vpc_id wins when both are set).
        Some("er") => require(&obj, "er_id", "an er gateway", r),
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
    for (key, old) in [("eip1", "master_eip"), ("eip2", "slave_eip")] {
        for key in [key, old] {
            if network == Some("private") {
                obj.conflict(key, "network_type", "is used only by a public gateway", r);
            } else if let Some(eip) = obj.object(key) {
                check_new_eip(eip, &at.key(key), &obj, flavor, r);
            }
        }
        if obj.has(key) && obj.has(old) {
            r.push(
                Issue::warning(
                    at.key(old).path(),
                    Code::FieldConflict,
                    format!("{old} is the old name of {key}: give only {key} (the Terraform provider refuses both)"),
                )
                .with_related(at.key(key).path()),
            );
        }
    }
    private_ips(&obj, network, r);
    if let Some(list) = obj.array("tags") {
        tags::check_tags(list, 0, &at.key("tags"), obj.options.cloud, r);
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

/// A value that depends on the region (a flavor, an EIP type): one the references do not list for
/// the selected cloud is a warning, and the value is still returned.
pub(super) fn regional<'a>(obj: &Obj<'a>, key: &str, known: &profile::Enum, r: &mut Report) -> Option<&'a str> {
    let v = obj.str(key)?;
    let cloud = obj.options.cloud;
    if known.knows(v, cloud) {
        return obj.enumerated(key, known, r);
    }
    let issue = Issue::warning(
        obj.at.key(key).path(),
        Code::EnumUnknown,
        format!(
            "{key} {} is not among the values the references list for this cloud ({}); they depend on the \
             region, so only the server can tell",
            quote(v),
            known.listed(cloud)
        ),
    );
    let issue = match known.common.iter().chain(known.huawei_only).find(|k| k.eq_ignore_ascii_case(v)) {
        Some(k) if known.knows(k, cloud) => issue.with_hint(format!("did you mean {k}?")),
        _ => issue,
    };
    r.push(issue);
    Some(v)
}

/// The gateway's flavor (region-dependent); an old name is a `field.deprecated` warning.
fn flavor<'a>(obj: &Obj<'a>, r: &mut Report) -> Option<&'a str> {
    let v = regional(obj, "flavor", &profile::FLAVOR, r)?;
    if let Some((_, new)) = profile::FLAVOR_RENAMED.iter().find(|(old, _)| *old == v) {
        r.push(Issue::warning(
            obj.at.key("flavor").path(),
            Code::FieldDeprecated,
            format!("flavor {v} is the old name of {new}: use {new} (the server still accepts it)"),
        ));
    }
    Some(v)
}

fn require(obj: &Obj, key: &str, what: &str, r: &mut Report) {
    if !obj.has(key) {
        r.push(Issue::error(obj.at.key(key).path(), Code::FieldRequired, format!("{key} is required for {what}")));
    }
}

/// `access_private_ip_1`/`_2`: both or neither (VPN.0109), different (VPN.0107), IPv4; meant for a
/// private gateway (a warning on a public one: the references describe them for private gateways
/// without saying a public one is refused).
fn private_ips(obj: &Obj, network: Option<&str>, r: &mut Report) {
    let keys = ["access_private_ip_1", "access_private_ip_2"];
    if network == Some("public") {
        for key in keys.into_iter().filter(|k| obj.has(k)) {
            r.push(
                Issue::warning(
                    obj.at.key(key).path(),
                    Code::FieldConflict,
                    format!("{key} is used only by a private gateway"),
                )
                .with_related(obj.at.key("network_type").path()),
            );
        }
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

/// Validates a `PUT /v5/{project_id}/vpn-gateways/{id}` body: name, local subnets, EIP ids, the
/// EIP objects OTC's SDK sends, and the policy template.
pub fn validate_update(body: &Json, options: &ValidateOptions) -> Report {
    let mut report = Report::default();
    shape::check(body, &Shape::Object(&UPDATE_BODY), options.huawei(), &At::Root, &mut report);
    let Some(map) = body.get("vpn_gateway").and_then(Json::as_object) else { return report.finish() };
    let root = At::Root;
    let at = root.key("vpn_gateway");
    let obj = Obj::new(map, &at, options);
    let r = &mut report;
    obj.name("name", r);
    obj.uuid("eip_id_1", r);
    obj.uuid("eip_id_2", r);
    if let Some(list) = obj.array("local_subnets") {
        subnets::check_list(list, &LOCAL_SUBNETS, &at.key("local_subnets"), r);
    }
    // OTC's provider sends each EIP as the gateway shows it (id, type, charge_mode, size, name),
    // and the live API accepts that: no new-EIP rules here, and no flavor to cap the size.
    for key in ["eip1", "eip2"] {
        if let Some(eip) = obj.object(key) {
            let eip_at = at.key(key);
            check_eip(&Obj::new(eip, &eip_at, options), None, r);
        }
    }
    obj.immutable("flavor", "; use update-specification (updateVpnGatewaySpecification)", r);
    for key in IMMUTABLE {
        obj.immutable(key, "", r);
    }
    report.finish()
}
