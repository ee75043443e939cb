//! IKE and IPsec policies (spec §2.3, §2.4, §2.5): enums, ranges, and the cross-field rules.

use crate::validate::codes::Code;
use crate::validate::json::{quoted, Members};
use crate::validate::object::{quote, Obj};
use crate::validate::profile;
use crate::validate::report::{At, Issue, Report};

/// IKE lifetime bounds, in seconds.
pub const IKE_LIFETIME: (i64, i64) = (60, 604_800);
/// IPsec lifetime bounds, in seconds; 30–59 is disputed (a warning).
pub const IPSEC_LIFETIME: (i64, i64) = (30, 604_800);

/// Checks an `ikepolicy` object. `update` marks the update schema, where no default applies and
/// `authentication_method` cannot change.
pub fn check_ike(map: &Members, at: &At, update: bool, obj_options: &Obj, report: &mut Report) {
    let obj = Obj::new(map, at, obj_options.options);
    let version = obj.enumerated("ike_version", &profile::IKE_VERSION, report);
    obj.enumerated("phase1_negotiation_mode", &profile::PHASE1_MODE, report);
    // On create the version defaults to v2; on update it is unknown unless sent.
    let effective_version = version.or(if update { None } else { Some("v2") });
    if obj.has("phase1_negotiation_mode") && effective_version.is_some_and(|v| v != "v1") {
        obj.conflict("phase1_negotiation_mode", "ike_version", "is used only with ike_version v1", report);
    }
    obj.enumerated("authentication_algorithm", &profile::AUTH_ALGORITHM, report);
    obj.enumerated("encryption_algorithm", &profile::ENCRYPTION_ALGORITHM, report);
    obj.enumerated("dh_group", &profile::DH_GROUP, report);
    if update {
        obj.immutable("authentication_method", "", report);
    } else {
        obj.enumerated("authentication_method", &profile::AUTH_METHOD, report);
    }
    obj.int_range("lifetime_seconds", IKE_LIFETIME.0, IKE_LIFETIME.1, " s", report);
    identity(&obj, "local_id_type", "local_id", &profile::LOCAL_ID_TYPE, report);
    identity(&obj, "peer_id_type", "peer_id", &profile::PEER_ID_TYPE, report);
    if let Some(dpd) = obj.object("dpd") {
        let dpd_at = at.key("dpd");
        let d = Obj::new(dpd, &dpd_at, obj.options);
        d.int_range("timeout", 2, 60, " s", report);
        d.int_range("interval", 10, 3600, " s", report);
        d.enumerated("msg", &profile::DPD_MSG, report);
    }
}

/// `local_id`/`peer_id` by their type (default `ip`): IPv4 for `ip`; for `fqdn` 1–128 characters
/// without spaces or `& < > [ ] \ ?`.
fn identity(obj: &Obj, type_key: &str, id_key: &str, known: &profile::Enum, report: &mut Report) {
    let kind = if obj.has(type_key) { obj.enumerated(type_key, known, report) } else { Some("ip") };
    match kind {
        Some("ip") => {
            obj.ipv4(id_key, report);
        }
        Some("fqdn") => {
            if let Some(v) = obj.str(id_key) {
                check_fqdn(v, &obj.at.key(id_key), report);
            }
        }
        _ => {}
    }
}

/// An FQDN identifier: 1–128 characters, no spaces and none of `& < > [ ] \ ?`.
pub fn check_fqdn(v: &str, at: &At, report: &mut Report) {
    let len = v.chars().count();
    let bad = v.chars().find(|c| c.is_whitespace() || "&<>[]\\?".contains(*c));
    let problem = if !(1..=128).contains(&len) {
        Some(format!("must be 1–128 characters, got {len}"))
    } else {
        bad.map(|c| {
            format!("{} is not allowed (no spaces and none of & < > [ ] \\ ?)", quoted(c.encode_utf8(&mut [0; 4])))
        })
    };
    if let Some(p) = problem {
        report.push(Issue::error(at.path(), Code::FqdnFormat, format!("{}: {p}", quote(v))));
    }
}

/// Checks an `ipsecpolicy` object.
pub fn check_ipsec(map: &Members, at: &At, obj_options: &Obj, report: &mut Report) {
    let obj = Obj::new(map, at, obj_options.options);
    obj.enumerated("authentication_algorithm", &profile::AUTH_ALGORITHM, report);
    obj.enumerated("encryption_algorithm", &profile::ENCRYPTION_ALGORITHM, report);
    obj.enumerated("pfs", &profile::PFS, report);
    obj.enumerated("transform_protocol", &profile::TRANSFORM_PROTOCOL, report);
    obj.enumerated("encapsulation_mode", &profile::ENCAPSULATION_MODE, report);
    if let Some(l) = obj.int_range("lifetime_seconds", IPSEC_LIFETIME.0, IPSEC_LIFETIME.1, " s", report) {
        if l < 60 {
            report.push(Issue::warning(
                at.key("lifetime_seconds").path(),
                Code::LifetimeDisputed,
                format!("an IPsec lifetime of {l} s is allowed by the OTC API (30–604800) but not by the Terraform provider (60–604800); a server may reject it"),
            ));
        }
    }
}
