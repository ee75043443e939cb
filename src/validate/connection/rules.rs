//! The rules of one VPN connection object, shared by create, batch create and update.

use super::{policies, policy_rules, tunnel};
use crate::validate::codes::Code;
use crate::validate::ipv4::{parse_cidr, parse_ipv4};
use crate::validate::json::Json;
use crate::validate::object::{quote, Obj};
use crate::validate::profile;
use crate::validate::report::{Issue, Report};
use crate::validate::subnets::{self, ListLimits};
use crate::validate::{ids, psk, tags};

/// Most peer subnets one connection may have.
pub const MAX_PEER_SUBNETS: usize = 50;
const PEER_SUBNETS: ListLimits = ListLimits { min: 1, max: MAX_PEER_SUBNETS, noun: "peer subnets", one: "peer subnet" };

/// Which body a connection object sits in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Create,
    BatchItem,
    Update,
}

/// Checks one connection object whose shape was checked.
pub fn check(obj: &Obj, kind: Kind, report: &mut Report) {
    let update = kind == Kind::Update;
    obj.name("name", report);
    let style = if update {
        obj.uuid("cgw_id", report);
        for key in super::shapes::IMMUTABLE_ON_UPDATE {
            obj.immutable(key, "", report);
        }
        if obj.has("enable_nqa") {
            report.push(Issue::warning(
                obj.at.key("enable_nqa").path(),
                Code::FieldImmutable,
                "enable_nqa is in neither SDK's update schema (Huawei UpdateVpnConnectionRequestBodyContent, OTC UpdateOpts), \
                 but the Huawei Terraform provider sends it in updates and the live API accepts it; whether an update changes it is not documented",
            ));
        }
        obj.options.context.connection.as_ref().and_then(|c| c.style.as_deref()).map(str::to_ascii_lowercase)
    } else {
        obj.uuid("vgw_id", report);
        vgw_ip(obj, report);
        obj.uuid("cgw_id", report);
        obj.enumerated("ha_role", &profile::HA_ROLE, report);
        if obj.has("style") {
            let style = obj.enumerated("style", &profile::STYLE, report);
            if let Some(s) = style.filter(|s| profile::STYLE_DISPUTED.contains(s)) {
                report.push(Issue::warning(
                    obj.at.key("style").path(),
                    Code::EnumUnknown,
                    format!(
                        "style {s}: OTC's API text in its Go SDK and a Huawei documentation page list it, \
                         the Huawei SDK's enum and the current OTC API reference (policy, static, bgp) do not; a server may reject it"
                    ),
                ));
            }
            style.map(str::to_owned)
        } else {
            Some("static".to_owned())
        }
    };
    let style = style.as_deref();

    peer_subnets(obj, style, update, report);
    tunnel::check(obj, style, report);
    if let Some(s) = style {
        if s != "static" && !update {
            obj.conflict("enable_nqa", "style", &format!("is used only with style static, not {s}"), report);
        }
        if s != "bgp" {
            obj.conflict("enable_hub", "style", &format!("is used only with style bgp, not {s}"), report);
        }
    }
    if let Some(key) = obj.str("psk") {
        psk::check(key, &obj.at.key("psk"), report);
    }
    // A policy connection on an ipv4 gateway needs rules: a create must give them, and an update
    // that gives a list replaces the whole set, so it may not empty it (style from the context).
    let policy_ipv4 = style == Some("policy") && gateway_ip_version(obj) == "ipv4";
    let rules_required = !update && policy_ipv4;
    match obj.array("policy_rules") {
        Some([]) if policy_ipv4 => report.push(Issue::error(
            obj.at.key("policy_rules").path(),
            Code::ListLength,
            if update {
                "an update's policy_rules replaces every rule, and a policy connection needs at least 1 policy rule, got 0"
            } else {
                "a policy connection needs at least 1 policy rule, got 0"
            },
        )),
        Some(rules) => policy_rules::check(rules, &obj.at.key("policy_rules"), obj, report),
        None if rules_required => report.push(Issue::error(
            obj.at.key("policy_rules").path(),
            Code::FieldRequired,
            "policy_rules is required for a policy connection on an ipv4 gateway",
        )),
        None => {}
    }
    if let Some(ike) = obj.object("ikepolicy") {
        policies::check_ike(ike, &obj.at.key("ikepolicy"), update, obj, report);
    }
    if let Some(ipsec) = obj.object("ipsecpolicy") {
        policies::check_ipsec(ipsec, &obj.at.key("ipsecpolicy"), obj, report);
    }
    if !update {
        if let Some(list) = obj.array("tags") {
            tags::check_tags(list, 0, &obj.at.key("tags"), obj.options.cloud, report);
        }
    }
}

fn gateway_ip_version(obj: &Obj) -> String {
    obj.options.context.gateway.as_ref().and_then(|g| g.ip_version.clone()).unwrap_or_else(|| "ipv4".to_owned())
}

/// `vgw_ip`: a UUID (EIP id of a public gateway) or an IPv4 address (private gateway); with the
/// gateway in the context, the one its `network_type` needs.
fn vgw_ip(obj: &Obj, report: &mut Report) {
    let Some(v) = obj.str("vgw_ip") else { return };
    let (is_uuid, is_ip) = (ids::is_uuid(v), parse_ipv4(v).is_ok());
    let network = obj.options.context.gateway.as_ref().and_then(|g| g.network_type.as_deref());
    let problem = match network {
        Some("public") if !is_uuid => Some("the gateway is public, so vgw_ip must be the id (UUID) of one of its EIPs"),
        Some("private") if !is_ip => Some("the gateway is private, so vgw_ip must be its private IPv4 address"),
        _ if !is_uuid && !is_ip => Some("vgw_ip must be the gateway's EIP id (a UUID) or its private IPv4 address"),
        _ => None,
    };
    if let Some(p) = problem {
        report.push(Issue::error(obj.at.key("vgw_ip").path(), Code::VgwIpFormat, format!("{p}, got {}", quote(v))));
    }
}

fn peer_subnets(obj: &Obj, style: Option<&str>, update: bool, report: &mut Report) {
    let at = obj.at.key("peer_subnets");
    match obj.map.get("peer_subnets") {
        Some(Json::Array(items)) => {
            let parsed = subnets::check_list(items, &PEER_SUBNETS, &at, report);
            local_subnet_equality(obj, &parsed, report);
        }
        Some(_) => {}
        None if update || peer_subnets_optional(obj, style) => {}
        None => report.push(Issue::error(
            at.path(),
            Code::FieldRequired,
            "peer_subnets is required (it may be omitted only on an er gateway with policy or bgp style)",
        )),
    }
}

/// Spec §2.2: optional only when the gateway is attached to an enterprise router and the style
/// is policy or bgp. Without the gateway in the context the field is required.
fn peer_subnets_optional(obj: &Obj, style: Option<&str>) -> bool {
    let er = obj.options.context.gateway.as_ref().and_then(|g| g.attachment_type.as_deref()) == Some("er");
    er && matches!(style, Some("policy" | "bgp"))
}

/// OTC-UMN: a customer subnet may overlap a local subnet of the gateway but must not equal one.
fn local_subnet_equality(obj: &Obj, parsed: &[(crate::validate::ipv4::Cidr, usize)], report: &mut Report) {
    let Some(locals) = obj.options.context.gateway.as_ref().and_then(|g| g.local_subnets.as_ref()) else { return };
    let locals: Vec<_> = locals.iter().filter_map(|l| parse_cidr(l).ok()).collect();
    for (cidr, i) in parsed {
        if locals.iter().any(|l| l.network() == cidr.network()) {
            report.push(Issue::error(
                obj.at.key("peer_subnets").index(*i).path(),
                Code::CidrLocalSubnet,
                format!("{cidr} equals a local subnet of the gateway; a peer subnet may overlap one but not equal it"),
            ));
        }
    }
}
