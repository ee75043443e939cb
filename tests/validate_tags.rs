//! Tags (spec §2.1, §1.6): the lists inside create bodies, and the bodies of the tag API.
//!
//! Both sides of every boundary of every rule (spec §2 and the §7 checklist), table-driven
//! (`common::rules`).

mod common;

use cloudvpn::validate::{self, ValidateOptions};
use common::rules::{connection, run, with};
use serde_json::{json, Value};

#[test]
fn tags_in_bodies_and_the_tag_api() {
    let tags = |list: Value| with(connection(), json!({"vpn_connection": {"tags": list}}));
    let n_tags = |n: usize| json!((0..n).map(|i| json!({"key": format!("k{i}"), "value": "v"})).collect::<Vec<_>>());
    run(
        validate::validate_create_vpn_connection,
        &ValidateOptions::default(),
        &[
            ("20", tags(n_tags(20)), &[], &[]),
            ("21", tags(n_tags(21)), &["vpn_connection.tags list.length"], &[]),
            ("key 128", tags(json!([{"key": "k".repeat(128), "value": ""}])), &[], &[]),
            (
                "key 129",
                tags(json!([{"key": "k".repeat(129), "value": ""}])),
                &["vpn_connection.tags[0].key tag.key"],
                &[],
            ),
            ("key empty", tags(json!([{"key": "", "value": ""}])), &["vpn_connection.tags[0].key tag.key"], &[]),
            ("value 255", tags(json!([{"key": "k", "value": "v".repeat(255)}])), &[], &[]),
            (
                "value 256",
                tags(json!([{"key": "k", "value": "v".repeat(256)}])),
                &["vpn_connection.tags[0].value tag.value"],
                &[],
            ),
            ("charset", tags(json!([{"key": "año_ção.a:b=c+d-e@f g", "value": "ñ"}])), &[], &[]),
            ("bad char", tags(json!([{"key": "a/b", "value": "x"}])), &["vpn_connection.tags[0].key tag.key"], &[]),
            (
                "every Spanish and Portuguese letter",
                tags(json!([{"key": "ÁÉÍÓÚÜÑáéíóúüñ", "value": "ÀÂÃÇÊÔÕàâãçêôõ"}])),
                &[],
                &[],
            ),
            (
                "letters of other languages",
                tags(
                    json!([{"key": "straße", "value": "x"}, {"key": "k", "value": "søster"}, {"key": "标签", "value": "x"}]),
                ),
                &["vpn_connection.tags[0].key tag.key", "vpn_connection.tags[1].value tag.value"],
                // Chinese: Huawei's Chinese API pages allow it, its English pages and OTC's do not.
                &["vpn_connection.tags[2].key tag.key"],
            ),
            (
                "console-guide rules",
                tags(json!([{"key": " k", "value": "a/b"}, {"key": "_sys_k", "value": "v"}])),
                &[],
                &[
                    "vpn_connection.tags[0].key tag.key",
                    "vpn_connection.tags[0].value tag.value",
                    "vpn_connection.tags[1].key tag.key",
                ],
            ),
            (
                "duplicate",
                tags(json!([{"key": "a", "value": "1"}, {"key": "a", "value": "2"}])),
                &["vpn_connection.tags[1].key tag.duplicate"],
                &[],
            ),
            (
                "value required in bodies",
                tags(json!([{"key": "a"}])),
                &["vpn_connection.tags[0].value field.required"],
                &[],
            ),
        ],
    );
    run(
        validate::validate_tags,
        &ValidateOptions::default(),
        &[
            ("value optional", json!({"tags": [{"key": "a"}]}), &[], &[]),
            ("empty value", json!({"tags": [{"key": "a", "value": ""}]}), &[], &[]),
            ("empty: no least number is stated", json!({"tags": []}), &[], &["tags list.length"]),
            ("20", json!({"tags": n_tags(20)}), &[], &[]),
            (
                "duplicate",
                json!({"tags": [{"key": "a", "value": "1"}, {"key": "a", "value": "2"}]}),
                &["tags[1].key tag.duplicate"],
                &[],
            ),
            ("21", json!({"tags": n_tags(21)}), &["tags list.length"], &[]),
            ("missing", json!({}), &["tags field.required"], &[]),
        ],
    );
    run(
        validate::validate_tag_filter,
        &ValidateOptions::default(),
        &[
            ("empty", json!({}), &[], &[]),
            (
                "full",
                json!({"without_any_tag": false, "tags": [{"key": "a", "values": ["1"]}], "matches": [{"key": "resource_name", "value": "x"}]}),
                &[],
                &[],
            ),
            ("string boolean", json!({"without_any_tag": "false"}), &[], &["without_any_tag field.type"]),
            ("number boolean", json!({"without_any_tag": 0}), &["without_any_tag field.type"], &[]),
            (
                "21 values",
                json!({"tags": [{"key": "a", "values": (0..21).map(|i| i.to_string()).collect::<Vec<_>>()}]}),
                &["tags[0].values list.length"],
                &[],
            ),
            ("match key", json!({"matches": [{"key": "name", "value": "x"}]}), &["matches[0].key enum.unknown"], &[]),
            ("match value 255", json!({"matches": [{"key": "resource_name", "value": "v".repeat(255)}]}), &[], &[]),
            (
                "match value 256",
                json!({"matches": [{"key": "resource_name", "value": "v".repeat(256)}]}),
                &["matches[0].value tag.value"],
                &[],
            ),
            ("empty values: any value", json!({"tags": [{"key": "a", "values": []}]}), &[], &[]),
            (
                "key 129, value 256",
                json!({"tags": [{"key": "k".repeat(129), "values": ["v".repeat(256)]}]}),
                &["tags[0].key tag.key", "tags[0].values[0] tag.value"],
                &[],
            ),
            (
                "no character set is stated for a filter",
                json!({"tags": [{"key": "a/b", "values": ["x*y"]}]}),
                &[],
                &["tags[0].key tag.key", "tags[0].values[0] tag.value"],
            ),
            (
                "a key twice: not stated for a filter",
                json!({"tags": [{"key": "a", "values": ["1"]}, {"key": "a", "values": ["2"]}]}),
                &[],
                &["tags[1].key tag.duplicate"],
            ),
            (
                "21 keys",
                json!({"tags": (0..21).map(|i| json!({"key": format!("k{i}"), "values": []})).collect::<Vec<_>>()}),
                &["tags list.length"],
                &[],
            ),
        ],
    );
}
