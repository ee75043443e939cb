//! Customer gateway bodies (spec §2.6, §2.7): create and update, by cloud.
//!
//! Both sides of every boundary of every rule (spec §2 and the §7 checklist), table-driven
//! (`common::rules`).

mod common;

use cloudvpn::validate::{self, ValidateOptions};
use common::rules::{options, run, CGW};
use serde_json::{json, Value};

#[test]
fn customer_gateways() {
    let g = |p: Value| json!({"customer_gateway": p});
    run(
        validate::validate_create_customer_gateway,
        &ValidateOptions::default(),
        &[
            ("ip", g(json!({"id_value": "203.0.113.7", "bgp_asn": 65000})), &[], &[]),
            ("missing id_value", g(json!({"name": "cgw-1"})), &["customer_gateway.id_value field.required"], &[]),
            ("bad ip", g(json!({"id_value": "203.0.113"})), &["customer_gateway.id_value ipv4.syntax"], &[]),
            (
                "asn 0",
                g(json!({"id_value": "203.0.113.7", "bgp_asn": 0})),
                &["customer_gateway.bgp_asn int.range"],
                &[],
            ),
            ("asn 1", g(json!({"id_value": "203.0.113.7", "bgp_asn": 1})), &[], &[]),
            ("asn max", g(json!({"id_value": "203.0.113.7", "bgp_asn": 4_294_967_295u64})), &[], &[]),
            (
                "asn max+1",
                g(json!({"id_value": "203.0.113.7", "bgp_asn": 4_294_967_296u64})),
                &["customer_gateway.bgp_asn int.range"],
                &[],
            ),
            ("fqdn", g(json!({"id_type": "fqdn", "id_value": "vpn.example.com"})), &[], &[]),
            (
                "fqdn bad",
                g(json!({"id_type": "fqdn", "id_value": "vpn<example>"})),
                &["customer_gateway.id_value fqdn.format"],
                &[],
            ),
            (
                "fqdn with asn",
                g(json!({"id_type": "fqdn", "id_value": "vpn.example.com", "bgp_asn": 65000})),
                &["customer_gateway.bgp_asn field.conflict"],
                &[],
            ),
            ("fqdn 128", g(json!({"id_type": "fqdn", "id_value": "a".repeat(128)})), &[], &[]),
            (
                "fqdn 129",
                g(json!({"id_type": "fqdn", "id_value": "a".repeat(129)})),
                &["customer_gateway.id_value fqdn.format"],
                &[],
            ),
            (
                "legacy form",
                g(json!({"name": "tf_test_a1b2c", "bgp_asn": 65000, "ip": "172.16.1.2", "route_mode": "bgp"})),
                &[],
                &["customer_gateway.ip field.deprecated", "customer_gateway.route_mode field.deprecated"],
            ),
            ("legacy ip alone", g(json!({"ip": "172.16.1.2"})), &[], &["customer_gateway.ip field.deprecated"]),
            (
                "legacy bad ip",
                g(json!({"ip": "172.16.1"})),
                &["customer_gateway.ip ipv4.syntax"],
                &["customer_gateway.ip field.deprecated"],
            ),
            (
                "legacy bad route_mode",
                g(json!({"ip": "172.16.1.2", "route_mode": "ospf"})),
                &["customer_gateway.route_mode enum.unknown"],
                &["customer_gateway.ip field.deprecated", "customer_gateway.route_mode field.deprecated"],
            ),
            (
                "both forms",
                g(json!({"id_value": "203.0.113.7", "ip": "203.0.113.7"})),
                &[],
                &["customer_gateway.ip field.deprecated", "customer_gateway.ip field.conflict"],
            ),
            (
                "route_mode with id_value",
                g(json!({"id_value": "203.0.113.7", "route_mode": "static"})),
                &[],
                &["customer_gateway.route_mode field.deprecated", "customer_gateway.route_mode field.conflict"],
            ),
            (
                "neither form",
                g(json!({"route_mode": "bgp"})),
                &["customer_gateway.id_value field.required"],
                &["customer_gateway.route_mode field.deprecated"],
            ),
            (
                "certificate content",
                g(json!({"id_value": "203.0.113.7", "ca_certificate": {"content": "-----BEGIN CERTIFICATE-----"}})),
                &[],
                &[],
            ),
            ("certificate id", g(json!({"id_value": "203.0.113.7", "ca_certificate": {"id": CGW}})), &[], &[]),
            (
                "certificate bad id",
                g(json!({"id_value": "203.0.113.7", "ca_certificate": {"id": "cert-1"}})),
                &["customer_gateway.ca_certificate.id id.uuid"],
                &[],
            ),
            (
                "certificate empty",
                g(json!({"id_value": "203.0.113.7", "ca_certificate": {}})),
                &[],
                &["customer_gateway.ca_certificate field.required"],
            ),
            (
                "Chinese tag key: disputed on Huawei",
                g(json!({"id_value": "203.0.113.7", "tags": [{"key": "标签", "value": "v"}]})),
                &[],
                &["customer_gateway.tags[0].key tag.key"],
            ),
        ],
    );
    run(
        validate::validate_create_customer_gateway,
        &options(json!({"cloud": "otc"})),
        &[
            (
                "legacy form",
                g(json!({"ip": "172.16.1.2", "route_mode": "bgp"})),
                &[],
                &["customer_gateway.ip field.deprecated", "customer_gateway.route_mode field.deprecated"],
            ),
            (
                "fqdn: not supported on OTC yet",
                g(json!({"id_type": "fqdn", "id_value": "vpn.example.com"})),
                &[],
                &["customer_gateway.id_type enum.unsupported"],
            ),
            (
                "certificate: Huawei only",
                g(json!({"id_value": "203.0.113.7", "ca_certificate": {"content": "-----BEGIN CERTIFICATE-----"}})),
                &["customer_gateway.ca_certificate field.unknown"],
                &[],
            ),
            (
                "Chinese tag key",
                g(json!({"id_value": "203.0.113.7", "tags": [{"key": "标签", "value": "v"}]})),
                &["customer_gateway.tags[0].key tag.key"],
                &[],
            ),
        ],
    );
    run(
        validate::validate_update_customer_gateway,
        &ValidateOptions::default(),
        &[
            ("name", g(json!({"name": "cgw-2"})), &[], &[]),
            ("id_value", g(json!({"id_value": "203.0.113.8"})), &["customer_gateway.id_value field.immutable"], &[]),
            ("bgp_asn", g(json!({"bgp_asn": 65001})), &["customer_gateway.bgp_asn field.immutable"], &[]),
            ("legacy ip", g(json!({"ip": "203.0.113.8"})), &["customer_gateway.ip field.immutable"], &[]),
            (
                "certificate",
                g(json!({"name": "cgw-2", "ca_certificate": {"content": "-----BEGIN CERTIFICATE-----"}})),
                &[],
                &[],
            ),
            (
                "certificate bad id",
                g(json!({"ca_certificate": {"id": "x"}})),
                &["customer_gateway.ca_certificate.id id.uuid"],
                &[],
            ),
            ("nothing", g(json!({})), &[], &["customer_gateway field.required"]),
        ],
    );
    run(
        validate::validate_update_customer_gateway,
        &options(json!({"cloud": "otc"})),
        &[(
            "certificate: in OTC's text, not in its table",
            g(json!({"ca_certificate": {"content": "-----BEGIN CERTIFICATE-----"}})),
            &[],
            &["customer_gateway.ca_certificate field.unknown"],
        )],
    );
}
