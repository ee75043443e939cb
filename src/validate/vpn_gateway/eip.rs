//! A gateway's EIPs (`eip1`, `eip2` and their old names): an existing one by id, or a new one,
//! its type, charge mode and bandwidth, the bandwidth capped by the gateway's flavor.

use super::regional;
use crate::validate::codes::Code;
use crate::validate::json::{Json, Members};
use crate::validate::object::Obj;
use crate::validate::profile;
use crate::validate::report::{At, Issue, Report};

/// Smallest EIP bandwidth, in Mbit/s (OTC: "The value ranges from 1 to 1000"; the upper end
/// depends on the flavor, [`profile::max_bandwidth`]).
pub const MIN_BANDWIDTH: i64 = 1;
/// The EIP fields that describe a new EIP rather than name an existing one.
const NEW_EIP_FIELDS: [&str; 5] = ["type", "charge_mode", "bandwidth_size", "bandwidth_name", "bandwidth_id"];

/// An EIP of a create body: an existing one by `id`, or a new one by `type` and `bandwidth_size`
/// (or `bandwidth_id`, a shared bandwidth), its size capped by the gateway's flavor.
pub(super) fn check_new_eip(eip: &Members, at: &At, parent: &Obj, flavor: Option<&str>, r: &mut Report) {
    let obj = Obj::new(eip, at, parent.options);
    if obj.has("id") {
        // The documentation sets these only for a new EIP; whether the server refuses them next
        // to an id is not stated (OTC's provider sends them with the id in an update).
        for key in NEW_EIP_FIELDS.into_iter().filter(|k| obj.has(k)) {
            r.push(
                Issue::warning(
                    at.key(key).path(),
                    Code::FieldConflict,
                    format!("{key} describes a new EIP; leave it out when id names an existing one"),
                )
                .with_related(at.key("id").path()),
            );
        }
    } else if !obj.has("type") {
        r.push(Issue::error(
            at.key("id").path(),
            Code::FieldRequired,
            "give the id of an existing EIP, or type and bandwidth_size for a new one",
        ));
    } else if !obj.has("bandwidth_size") && !obj.has("bandwidth_id") {
        r.push(Issue::error(
            at.key("bandwidth_size").path(),
            Code::FieldRequired,
            "bandwidth_size is required for a new EIP (or bandwidth_id, a shared bandwidth)",
        ));
    }
    check_eip(&obj, flavor, r);
}

/// The fields of an EIP, in a create or an update body.
pub(super) fn check_eip(obj: &Obj, flavor: Option<&str>, r: &mut Report) {
    obj.uuid("id", r);
    obj.uuid("bandwidth_id", r);
    regional(obj, "type", &profile::EIP_TYPE, r);
    charge_mode(obj, r);
    obj.name("bandwidth_name", r);
    bandwidth(obj, flavor, r);
}

/// `charge_mode`: `bandwidth` or `traffic`. The Huawei SDK's description also names
/// `95peak_plus`, which its enum leaves out: a warning there.
fn charge_mode(obj: &Obj, r: &mut Report) {
    const PEAK: &str = "95peak_plus";
    if obj.options.huawei() && obj.str("charge_mode") == Some(PEAK) {
        r.push(Issue::warning(
            obj.at.key("charge_mode").path(),
            Code::EnumUnknown,
            format!(
                "charge_mode {PEAK}: the Huawei SDK's description lists it, its enum does not (bandwidth, traffic)"
            ),
        ));
        return;
    }
    obj.enumerated("charge_mode", &profile::EIP_CHARGE_MODE, r);
}

/// `bandwidth_size`: at least 1 Mbit/s, and within the flavor's cap when the flavor is known.
fn bandwidth(obj: &Obj, flavor: Option<&str>, r: &mut Report) {
    let Some(size) = obj.map.get("bandwidth_size").and_then(Json::as_i64) else { return };
    let path = || obj.at.key("bandwidth_size").path();
    if size < MIN_BANDWIDTH {
        r.push(Issue::error(
            path(),
            Code::IntRange,
            format!("bandwidth_size must be at least {MIN_BANDWIDTH} Mbit/s, got {size}"),
        ));
        return;
    }
    let Some(flavor) = flavor else { return };
    let cap = profile::max_bandwidth(flavor);
    if size > i64::from(cap.hard) {
        r.push(Issue::error(
            path(),
            Code::BandwidthFlavor,
            format!("the {flavor} flavor allows at most {} Mbit/s, got {size}", cap.hard),
        ));
    } else if size > i64::from(cap.stated) {
        r.push(Issue::warning(
            path(),
            Code::BandwidthFlavor,
            format!("the {flavor} flavor allows at most {} Mbit/s, got {size}: {}", cap.stated, cap.why),
        ));
    }
}
