//! Rules of the create-VPN-connection body (spec §2.2–2.4, checklist §7).

use super::options::{UnknownEnums, ValidateOptions};
use super::profile::{Enum, STYLE};
use super::report::{Code, Issue, Path, Report};
use super::shape::{self, Field, Shape};
use super::subnets::{self, ListLimits};
use super::{ids, ipv4, psk};
use serde_json::{Map, Value};

static DPD: [Field; 3] = [
    Field::optional("timeout", Shape::Int),
    Field::optional("interval", Shape::Int),
    Field::optional("msg", Shape::Str),
];

static IKE_POLICY: [Field; 12] = [
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

static IPSEC_POLICY: [Field; 6] = [
    Field::optional("authentication_algorithm", Shape::Str),
    Field::optional("encryption_algorithm", Shape::Str),
    Field::optional("pfs", Shape::Str),
    Field::optional("transform_protocol", Shape::Str),
    Field::optional("lifetime_seconds", Shape::Int),
    Field::optional("encapsulation_mode", Shape::Str),
];

static POLICY_RULE: [Field; 3] = [
    Field::optional("rule_index", Shape::Int),
    Field::optional("source", Shape::Str),
    Field::optional("destination", Shape::List(&Shape::Str)),
];

static TAG: [Field; 2] = [Field::required("key", Shape::Str), Field::required("value", Shape::Str)];

/// The fields of `vpn_connection` in a create body.
pub static CREATE_FIELDS: [Field; 19] = [
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
    Field::optional("tags", Shape::List(&Shape::Object(&TAG))),
    Field::huawei("enable_health_check", Shape::Bool),
    Field::huawei("peer_subnets_v6", Shape::List(&Shape::Str)),
    Field::huawei("policy_rules_v6", Shape::List(&Shape::Object(&POLICY_RULE))),
];

static CREATE_BODY: [Field; 1] = [Field::required("vpn_connection", Shape::Object(&CREATE_FIELDS))];

/// Most peer subnets one connection may have.
pub const MAX_PEER_SUBNETS: usize = 50;

const PEER_SUBNETS: ListLimits = ListLimits { min: 1, max: MAX_PEER_SUBNETS, noun: "peer subnets" };

/// Validates a `POST /v5/{project_id}/vpn-connection` body, `{"vpn_connection": {...}}`.
pub fn validate_create(body: &Value, options: &ValidateOptions) -> Report {
    let mut report = Report::default();
    let root = Path::root();
    shape::check(body, &Shape::Object(&CREATE_BODY), options.huawei(), &root, &mut report);
    let Some(conn) = body.get("vpn_connection").and_then(Value::as_object) else {
        return report;
    };
    let path = root.key("vpn_connection");
    let rules = Rules { conn, path: &path, options, report: &mut report };
    rules.run();
    report
}

/// The rule checks of one connection object, after its shape was checked.
struct Rules<'a> {
    conn: &'a Map<String, Value>,
    path: &'a Path,
    options: &'a ValidateOptions,
    report: &'a mut Report,
}

impl<'a> Rules<'a> {
    fn run(mut self) {
        self.uuid("vgw_id");
        self.vgw_ip();
        self.uuid("cgw_id");
        self.name();
        let style = self.enumerated("style", &STYLE).unwrap_or("static");
        self.peer_subnets(style);
        if let Some(key) = self.str("psk") {
            psk::check(key, &self.path.key("psk"), self.report);
        }
    }

    fn str(&self, key: &str) -> Option<&'a str> {
        self.conn.get(key).and_then(Value::as_str)
    }

    fn uuid(&mut self, key: &str) {
        if let Some(v) = self.str(key) {
            if !ids::is_uuid(v) {
                self.report.push(Issue::error(
                    self.path.key(key),
                    Code::IdUuid,
                    format!("{key} must be a UUID (8-4-4-4-12 hexadecimal digits), got {}", quote(v)),
                ));
            }
        }
    }

    fn vgw_ip(&mut self) {
        if let Some(v) = self.str("vgw_ip") {
            if !ids::is_uuid(v) && ipv4::parse_ipv4(v).is_err() {
                self.report.push(Issue::error(
                    self.path.key("vgw_ip"),
                    Code::VgwIpFormat,
                    format!(
                        "vgw_ip must be the gateway's EIP id (a UUID) or its private IPv4 address, got {}",
                        quote(v)
                    ),
                ));
            }
        }
    }

    fn name(&mut self) {
        if let Some(v) = self.str("name") {
            if !ids::is_name(v, self.options.cloud) {
                self.report.push(Issue::error(
                    self.path.key("name"),
                    Code::NameFormat,
                    format!(
                        "name must be 1–{} characters of letters, digits, _ - and ., got {}",
                        ids::NAME_MAX,
                        quote(v)
                    ),
                ));
            }
        }
    }

    /// Checks an enum field; returns its value when it is known.
    fn enumerated(&mut self, key: &str, known: &Enum) -> Option<&'a str> {
        let v = self.str(key)?;
        if known.knows(v, self.options.cloud) {
            return Some(v);
        }
        let message = format!("{key} must be one of {}, got {}", known.listed(self.options.cloud), quote(v));
        let path = self.path.key(key);
        let lower = v.to_ascii_lowercase();
        let issue = match self.options.unknown_enums {
            UnknownEnums::Error => Issue::error(path, Code::EnumUnknown, message),
            UnknownEnums::Warning => Issue::warning(path, Code::EnumUnknown, message),
        };
        let issue = if lower != v && known.knows(&lower, self.options.cloud) {
            issue.with_hint(format!("requests use lowercase: {lower}"))
        } else {
            issue
        };
        self.report.push(issue);
        None
    }

    fn peer_subnets(&mut self, style: &str) {
        match self.conn.get("peer_subnets") {
            Some(Value::Array(items)) => {
                subnets::check_list(items, &PEER_SUBNETS, &self.path.key("peer_subnets"), self.report)
            }
            Some(_) => {}
            None if self.peer_subnets_optional(style) => {}
            None => self.report.push(Issue::error(
                self.path.key("peer_subnets"),
                Code::FieldRequired,
                "peer_subnets is required (it may be omitted only on an er gateway with policy or bgp style)",
            )),
        }
    }

    /// Spec §2.2: optional only when the gateway is attached to an enterprise router and the
    /// style is policy or bgp. Without the gateway in the context the field is required.
    fn peer_subnets_optional(&self, style: &str) -> bool {
        let er =
            self.options.context.gateway.as_ref().and_then(|g| g.attachment_type.as_deref()).is_some_and(|t| t == "er");
        er && matches!(style, "policy" | "bgp")
    }
}

/// A value for a message: quoted, and cut at 64 characters.
fn quote(v: &str) -> String {
    let shown: String = v.chars().take(64).collect();
    if shown.len() < v.len() {
        format!("{shown:?}…")
    } else {
        format!("{shown:?}")
    }
}
