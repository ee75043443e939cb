//! The JSON shapes of the VPN connection bodies (spec §2.2–2.5).

use crate::validate::shape::{Field, Shape};

static DPD: [Field; 3] = [
    Field::optional("timeout", Shape::Int),
    Field::optional("interval", Shape::Int),
    Field::optional("msg", Shape::Str),
];

/// `ikepolicy.pfs`: the Huawei Terraform provider still sends it (its schema marks it
/// deprecated; neither SDK has it), so it is a `field.deprecated` warning on Huawei Cloud.
const IKE_PFS: Field =
    Field { name: "pfs", shape: Shape::Str, required: false, huawei_only: true, replaced_by: Some("ipsecpolicy.pfs") };

/// IkePolicy of a create (spec §2.3) and of an update: Huawei's UpdateIkePolicy leaves out
/// `authentication_method`, OTC's SDK sends it (the connection's own value, a warning there).
pub static IKE_POLICY: [Field; 13] = [
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
    IKE_PFS,
];

pub static IPSEC_POLICY: [Field; 6] = [
    Field::optional("authentication_algorithm", Shape::Str),
    Field::optional("encryption_algorithm", Shape::Str),
    Field::optional("pfs", Shape::Str),
    Field::optional("transform_protocol", Shape::Str),
    Field::optional("lifetime_seconds", Shape::Int),
    Field::optional("encapsulation_mode", Shape::Str),
];

/// PolicyRule of every connection body: `rule_index` is deprecated but accepted (the Huawei SDK's
/// PolicyRule, used by create, batch create and update, has it; so does OTC's update).
static POLICY_RULE: [Field; 3] = [
    Field::optional("rule_index", Shape::Int),
    Field::optional("source", Shape::Str),
    Field::optional("destination", Shape::List(&Shape::Str)),
];

/// A resource tag inside a create body: both key and value are mandatory (VpnResourceTag).
pub static RESOURCE_TAG: [Field; 2] = [Field::required("key", Shape::Str), Field::required("value", Shape::Str)];

macro_rules! connection_fields {
    () => {
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
            Field::optional("policy_rules", Shape::List(&Shape::Object(&POLICY_RULE))),
            Field::optional("ikepolicy", Shape::Object(&IKE_POLICY)),
            Field::optional("ipsecpolicy", Shape::Object(&IPSEC_POLICY)),
            Field::optional("ha_role", Shape::Str),
            Field::optional("tags", Shape::List(&Shape::Object(&RESOURCE_TAG))),
            Field::huawei("enable_health_check", Shape::Bool),
            Field::huawei("peer_subnets_v6", Shape::List(&Shape::Str)),
            Field::huawei("policy_rules_v6", Shape::List(&Shape::Object(&POLICY_RULE))),
        ]
    };
}

/// `vpn_connection` of a create.
pub static CREATE: [Field; 19] = connection_fields!();
/// One item of `vpn_connections` in a batch create: the Huawei SDK's batch body is a list of the
/// create body's content, so an item has the same fields.
pub static BATCH_ITEM: [Field; 19] = connection_fields!();

/// `vpn_connection` of an update. The fields an update cannot change are listed too, so that
/// they are reported as immutable rather than unknown; `enable_nqa` is in neither SDK's update
/// schema, but the Huawei Terraform provider sends it and the live API accepts it (a warning).
pub static UPDATE: [Field; 19] = [
    Field::optional("name", Shape::Str),
    Field::optional("cgw_id", Shape::Str),
    Field::optional("peer_subnets", Shape::List(&Shape::Str)),
    Field::optional("tunnel_local_address", Shape::Str),
    Field::optional("tunnel_peer_address", Shape::Str),
    Field::optional("enable_hub", Shape::Bool),
    Field::optional("psk", Shape::Str),
    Field::optional("policy_rules", Shape::List(&Shape::Object(&POLICY_RULE))),
    Field::optional("ikepolicy", Shape::Object(&IKE_POLICY)),
    Field::optional("ipsecpolicy", Shape::Object(&IPSEC_POLICY)),
    Field::huawei("peer_subnets_v6", Shape::List(&Shape::Str)),
    Field::huawei("policy_rules_v6", Shape::List(&Shape::Object(&POLICY_RULE))),
    Field::optional("vgw_id", Shape::Str),
    Field::optional("vgw_ip", Shape::Str),
    Field::optional("style", Shape::Str),
    Field::optional("enable_nqa", Shape::Bool),
    Field::optional("ha_role", Shape::Str),
    Field::optional("tags", Shape::List(&Shape::Object(&RESOURCE_TAG))),
    Field::huawei("enable_health_check", Shape::Bool),
];

/// Fields of [`UPDATE`] that an update cannot change (spec §2.5), and that no reference sends in
/// one: errors.
pub const IMMUTABLE_ON_UPDATE: [&str; 6] = ["vgw_id", "vgw_ip", "style", "ha_role", "tags", "enable_health_check"];

pub static CREATE_BODY: [Field; 1] = [Field::required("vpn_connection", Shape::Object(&CREATE))];
pub static UPDATE_BODY: [Field; 1] = [Field::required("vpn_connection", Shape::Object(&UPDATE))];
pub static BATCH_BODY: [Field; 1] = [Field::required("vpn_connections", Shape::List(&Shape::Object(&BATCH_ITEM)))];
