//! Connection monitor bodies (spec §2.8).
//!
//! Both sides of every boundary of every rule (spec §2 and the §7 checklist), table-driven
//! (`common::rules`).

mod common;

use cloudvpn::validate::{self, ValidateOptions};
use common::rules::{run, VGW};
use serde_json::json;

#[test]
fn connection_monitors() {
    run(
        validate::validate_create_connection_monitor,
        &ValidateOptions::default(),
        &[
            ("valid", json!({"connection_monitor": {"vpn_connection_id": VGW}}), &[], &[]),
            (
                "bad",
                json!({"connection_monitor": {"vpn_connection_id": "x"}}),
                &["connection_monitor.vpn_connection_id id.uuid"],
                &[],
            ),
            (
                "missing",
                json!({"connection_monitor": {}}),
                &["connection_monitor.vpn_connection_id field.required"],
                &[],
            ),
        ],
    );
}
