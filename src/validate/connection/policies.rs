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
    // On create the version defaults to v2; on update it is unknown unless sent. The references
    // say the mode "takes effect" (Huawei SDK) or is "mandatory" (OTC) only with v1, never that
    // another version refuses it: a warning.
    let effective_version = version.or(if update { None } else { Some("v2") });
    if let Some(v) = effective_version.filter(|v| *v != "v1") {
        if obj.has("phase1_negotiation_mode") {
            report.push(
                Issue::warning(
                    at.key("phase1_negotiation_mode").path(),
                    Code::FieldConflict,
                    format!("phase1_negotiation_mode takes effect only with ike_version v1; with {v} it is ignored"),
                )
                .with_related(at.key("ike_version").path()),
            );
        }
    }
    obj.enumerated("authentication_algorithm", &profile::AUTH_ALGORITHM, report);
    encryption(&obj, report);
    obj.enumerated("dh_group", &profile::DH_GROUP, report);
    if obj.enumerated("authentication_method", &profile::AUTH_METHOD, report).is_some() && update {
        report.push(Issue::warning(
            at.key("authentication_method").path(),
            Code::FieldImmutable,
            "authentication_method cannot be changed by an update (Huawei's UpdateIkePolicy leaves it out); \
             OTC's SDK and Terraform provider send the connection's own value back, which the live API accepts",
        ));
    }
    if obj.options.huawei() {
        // Deprecated (the shape check warns, naming ipsecpolicy.pfs); unknown on OTC.
        obj.enumerated("pfs", &profile::PFS, report);
    }
    obj.int_range("lifetime_seconds", IKE_LIFETIME.0, IKE_LIFETIME.1, " s", report);
    identity(&obj, "local_id_type", "local_id", &profile::LOCAL_ID_TYPE, update, report);
    identity(&obj, "peer_id_type", "peer_id", &profile::PEER_ID_TYPE, update, report);
    if let Some(dpd) = obj.object("dpd") {
        let dpd_at = at.key("dpd");
        let d = Obj::new(dpd, &dpd_at, obj.options);
        d.int_range("timeout", 2, 60, " s", report);
        d.int_range("interval", 10, 3600, " s", report);
        d.enumerated("msg", &profile::DPD_MSG, report);
    }
}

/// `encryption_algorithm`: the `gcm-128` values are known on both clouds, but OTC's API text
/// leaves them out (the OTC Terraform provider's documentation lists them): a warning there.
fn encryption(obj: &Obj, report: &mut Report) {
    let Some(v) = obj.enumerated("encryption_algorithm", &profile::ENCRYPTION_ALGORITHM, report) else { return };
    if !obj.options.huawei() && profile::ENCRYPTION_NOT_IN_OTC_API.contains(&v) {
        report.push(Issue::warning(
            obj.at.key("encryption_algorithm").path(),
            Code::EnumUnknown,
            format!(
                "encryption_algorithm {v}: the OTC Terraform provider's documentation and the Huawei SDK list it, \
                 OTC's API text does not; an OTC server may reject it"
            ),
        ));
    }
}

/// `local_id`/`peer_id` by their type: IPv4 for `ip`, an FQDN identity for `fqdn`, nothing for
/// `any`. The type defaults to `ip` on create; an update applies no default (the connection may
/// have another type), so there an id without its type is not checked.
fn identity(obj: &Obj, type_key: &str, id_key: &str, known: &profile::Enum, update: bool, report: &mut Report) {
    let kind = match obj.has(type_key) {
        true => obj.enumerated(type_key, known, report),
        false if update => None,
        false => Some("ip"),
    };
    match kind {
        Some("ip") => {
            obj.ipv4(id_key, report);
        }
        Some("fqdn") => {
            if let Some(v) = obj.str(id_key) {
                check_identity_fqdn(v, &obj.at.key(id_key), report);
            }
        }
        _ => {}
    }
}

/// Longest FQDN identity (`local_id`/`peer_id`) OTC's API text allows.
pub const IDENTITY_FQDN_MAX: usize = 255;
/// Longest FQDN identity the OTC console guide allows; up to [`IDENTITY_FQDN_MAX`] is a warning.
pub const IDENTITY_FQDN_CONSOLE_MAX: usize = 128;

/// An FQDN `local_id`/`peer_id`. Both sources forbid spaces and `& < > [ ] \` (errors) and agree
/// that 256 characters are too many; the console guide's limit of 128 and its ban on `?` are not
/// in OTC's API text (gophertelekomcloud `evpn/v5/connection/Create.go`): warnings.
fn check_identity_fqdn(v: &str, at: &At, report: &mut Report) {
    let len = v.chars().count();
    let shown = || quote(v);
    if !(1..=IDENTITY_FQDN_MAX).contains(&len) {
        report.push(Issue::error(
            at.path(),
            Code::FqdnFormat,
            format!("{}: must be 1–{IDENTITY_FQDN_MAX} characters, got {len}", shown()),
        ));
    } else if len > IDENTITY_FQDN_CONSOLE_MAX {
        report.push(Issue::warning(
            at.path(),
            Code::FqdnFormat,
            format!(
                "{}: FQDN identity length: {IDENTITY_FQDN_CONSOLE_MAX} in the console guide, {IDENTITY_FQDN_MAX} in the API text; got {len}",
                shown()
            ),
        ));
    }
    if let Some(c) = v.chars().find(|c| c.is_whitespace() || "&<>[]\\".contains(*c)) {
        report.push(Issue::error(
            at.path(),
            Code::FqdnFormat,
            format!(
                "{}: {} is not allowed (no spaces and none of & < > [ ] \\)",
                shown(),
                quoted(c.encode_utf8(&mut [0; 4]))
            ),
        ));
    } else if v.contains('?') {
        report.push(Issue::warning(
            at.path(),
            Code::FqdnFormat,
            format!("{}: '?' is refused by the console guide but not by the API text", shown()),
        ));
    }
}

/// An FQDN identifier: 1–128 characters, no spaces and none of `& < > [ ] \ ?` (the customer
/// gateway's `id_value`; a connection's `local_id`/`peer_id` use [`check_identity_fqdn`]).
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
    encryption(&obj, report);
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
