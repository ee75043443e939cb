//! The JSON shapes of the VPN connection bodies (spec §2.2–2.5).

use crate::validate::shape::{Field, Shape};

static DPD: [Field; 3] = [
    Field::optional("timeout", Shape::Int),
    Field::optional("interval", Shape::Int),
    Field::optional("msg", Shape::Str),
];

/// IkePolicy of a create (spec §2.3). An update takes the same fields; `authentication_method`
/// is reported there as immutable rather than unknown.
pub static IKE_POLICY: [Field; 12] = [
    Field::optional("ike_version", Shape::Str),
    Field::optional("phase1_negotiation_mode", Shape::Str),
    Field::optional("authentication_algorithm", Shape::Str),
    Field::optional("encryption_algorithm", Shape::Str),
    Field::optional("dh_group", Shape::Str),
    Field::optional("authentication_method", Shape::Str),
    Field::optional("lifetime_seconds", Shape::Int),
    Field::optional("local_id_type", Shape::Str),
    Field::optional("local_id", Shape::Str),
    Field::optional("peer_id_type", Shape::Str),
    Field::optional("peer_id", Shape::Str),
    Field::optional("dpd", Shape::Object(&DPD)),
];

pub static IPSEC_POLICY: [Field; 6] = [
    Field::optional("authentication_algorithm", Shape::Str),
    Field::optional("encryption_algorithm", Shape::Str),
    Field::optional("pfs", Shape::Str),
    Field::optional("transform_protocol", Shape::Str),
    Field::optional("lifetime_seconds", Shape::Int),
    Field::optional("encapsulation_mode", Shape::Str),
];

/// PolicyRule of a create: `rule_index` is deprecated but accepted.
static POLICY_RULE: [Field; 3] = [
    Field::optional("rule_index", Shape::Int),
    Field::optional("source", Shape::Str),
    Field::optional("destination", Shape::List(&Shape::Str)),
];

/// PolicyRule of a batch item or an update: no `rule_index`.
static POLICY_RULE_NO_INDEX: [Field; 2] =
    [Field::optional("source", Shape::Str), Field::optional("destination", Shape::List(&Shape::Str))];

/// A resource tag inside a create body: both key and value are mandatory (VpnResourceTag).
pub static RESOURCE_TAG: [Field; 2] = [Field::required("key", Shape::Str), Field::required("value", Shape::Str)];

macro_rules! connection_fields {
    ($rule:expr) => {
        [
            Field::optional("name", Shape::Str),
            Field::required("vgw_id", Shape::Str),
            Field::required("vgw_ip", Shape::Str),
            Field::optional("style", Shape::Str),
            Field::required("cgw_id", Shape::Str),
            Field::optional("peer_subnets", Shape::List(&Shape::Str)),
            Field::optional("tunnel_local_address", Shape::Str),
            Field::optional("tunnel_peer_address", Shape::Str),
            Field::optional("enable_nqa", Shape::Bool),
            Field::optional("enable_hub", Shape::Bool),
            Field::optional("psk", Shape::Str),
            Field::optional("policy_rules", Shape::List(&Shape::Object($rule))),
            Field::optional("ikepolicy", Shape::Object(&IKE_POLICY)),
            Field::optional("ipsecpolicy", Shape::Object(&IPSEC_POLICY)),
            Field::optional("ha_role", Shape::Str),
            Field::optional("tags", Shape::List(&Shape::Object(&RESOURCE_TAG))),
            Field::huawei("enable_health_check", Shape::Bool),
            Field::huawei("peer_subnets_v6", Shape::List(&Shape::Str)),
            Field::huawei("policy_rules_v6", Shape::List(&Shape::Object($rule))),
        ]
    };
}

/// `vpn_connection` of a create.
pub static CREATE: [Field; 19] = connection_fields!(&POLICY_RULE);
/// One item of `vpn_connections` in a batch create.
pub static BATCH_ITEM: [Field; 19] = connection_fields!(&POLICY_RULE_NO_INDEX);

/// `vpn_connection` of an update. The fields an update cannot change are listed too, so that
/// they are reported as immutable rather than unknown.
pub static UPDATE: [Field; 19] = [
    Field::optional("name", Shape::Str),
    Field::optional("cgw_id", Shape::Str),
    Field::optional("peer_subnets", Shape::List(&Shape::Str)),
    Field::optional("tunnel_local_address", Shape::Str),
    Field::optional("tunnel_peer_address", Shape::Str),
    Field::optional("enable_hub", Shape::Bool),
    Field::optional("psk", Shape::Str),
    Field::optional("policy_rules", Shape::List(&Shape::Object(&POLICY_RULE_NO_INDEX))),
    Field::optional("ikepolicy", Shape::Object(&IKE_POLICY)),
    Field::optional("ipsecpolicy", Shape::Object(&IPSEC_POLICY)),
    Field::huawei("peer_subnets_v6", Shape::List(&Shape::Str)),
    Field::huawei("policy_rules_v6", Shape::List(&Shape::Object(&POLICY_RULE_NO_INDEX))),
    Field::optional("vgw_id", Shape::Str),
    Field::optional("vgw_ip", Shape::Str),
    Field::optional("style", Shape::Str),
    Field::optional("enable_nqa", Shape::Bool),
    Field::optional("ha_role", Shape::Str),
    Field::optional("tags", Shape::List(&Shape::Object(&RESOURCE_TAG))),
    Field::huawei("enable_health_check", Shape::Bool),
];

/// Fields of [`UPDATE`] that an update cannot change (spec §2.5).
pub const IMMUTABLE_ON_UPDATE: [&str; 7] =
    ["vgw_id", "vgw_ip", "style", "enable_nqa", "ha_role", "tags", "enable_health_check"];

pub static CREATE_BODY: [Field; 1] = [Field::required("vpn_connection", Shape::Object(&CREATE))];
pub static UPDATE_BODY: [Field; 1] = [Field::required("vpn_connection", Shape::Object(&UPDATE))];
pub static BATCH_BODY: [Field; 1] = [Field::required("vpn_connections", Shape::List(&Shape::Object(&BATCH_ITEM)))];
