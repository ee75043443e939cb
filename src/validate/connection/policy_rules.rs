//! Policy rules (spec §2.2 PolicyRule, checklist 8).

use crate::validate::codes::Code;
use crate::validate::ipv4::Cidr;
use crate::validate::json::Json;
use crate::validate::object::Obj;
use crate::validate::report::{At, Issue, Report};
use crate::validate::subnets::{self, ListLimits};
use crate::validate::MAX_COMPARED;

/// Most rules per connection.
pub const MAX_RULES: usize = 5;
/// Most destinations per rule.
pub const MAX_DESTINATIONS: usize = 50;
const DESTINATIONS: ListLimits =
    ListLimits { min: 1, max: MAX_DESTINATIONS, noun: "destinations per rule", one: "destination per rule" };

/// Checks a `policy_rules` array at `at` (of a create, a batch item or an update: the Huawei SDK's
/// PolicyRule, with the deprecated `rule_index`, is used by all three).
pub fn check(items: &[Json], at: &At, parent: &Obj, report: &mut Report) {
    if items.len() > MAX_RULES {
        report.push(Issue::error(
            at.path(),
            Code::ListLength,
            format!("at most {MAX_RULES} policy rules, got {}", items.len()),
        ));
    }
    let mut sources: Vec<(Cidr, usize)> = Vec::new();
    let mut indexes: Vec<(i64, usize)> = Vec::new();
    let compared = items.len() <= MAX_COMPARED;
    for (i, item) in items.iter().enumerate() {
        let Some(map) = item.as_object() else { continue };
        let rule_at = at.index(i);
        let rule = Obj::new(map, &rule_at, parent.options);
        match rule.str("source") {
            Some(text) => {
                let source_at = rule_at.key("source");
                if let Some(cidr) = subnets::check_syntax(text, &source_at, report) {
                    if cidr.has_host_bits() {
                        report.push(
                            Issue::warning(source_at.path(), Code::CidrHostBits, format!("{cidr} has host bits set"))
                                .with_hint(format!("did you mean {}?", cidr.network())),
                        );
                    }
                    match sources.iter().find(|(c, _)| c.network() == cidr.network()) {
                        Some((_, first)) => report.push(
                            Issue::error(
                                source_at.path(),
                                Code::CidrDuplicate,
                                format!("source {cidr} is already the source of policy_rules[{first}]; sources must be unique"),
                            )
                            .with_related(at.index(*first).key("source").path()),
                        ),
                        None if compared => sources.push((cidr, i)),
                        None => {}
                    }
                }
            }
            None if !rule.has("source") => report.push(Issue::warning(
                rule_at.key("source").path(),
                Code::FieldRequired,
                "a policy rule without a source matches nothing (the API marks source optional)",
            )),
            None => {}
        }
        match rule.array("destination") {
            Some(list) => {
                subnets::check_list(list, &DESTINATIONS, &rule_at.key("destination"), report);
            }
            None if !rule.has("destination") => report.push(Issue::warning(
                rule_at.key("destination").path(),
                Code::FieldRequired,
                "a policy rule without destinations matches nothing (the API marks destination optional)",
            )),
            None => {}
        }
        if rule.has("rule_index") {
            report.push(Issue::warning(
                rule_at.key("rule_index").path(),
                Code::FieldDeprecated,
                "rule_index is deprecated; the server numbers the rules itself",
            ));
            if let Some(n) = rule.int_range("rule_index", 0, 50, "", report) {
                match indexes.iter().find(|(v, _)| *v == n) {
                    Some((_, first)) => report.push(
                        Issue::error(
                            rule_at.key("rule_index").path(),
                            Code::FieldDistinct,
                            format!("rule_index {n} is used twice"),
                        )
                        .with_related(at.index(*first).key("rule_index").path()),
                    ),
                    None if compared => indexes.push((n, i)),
                    None => {}
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::validate::{validate_create_vpn_connection, Json, ValidateOptions};
    use serde_json::json;

    /// The codes of a policy connection's issues with `n` rules of one source.
    fn codes(n: usize) -> Vec<&'static str> {
        let rules: Vec<_> =
            (0..n).map(|_| json!({"source": "10.0.0.0/24", "destination": ["192.168.0.0/24"]})).collect();
        let body = json!({"vpn_connection": {"vgw_id": "b32d91a4-3f0e-4c1a-a8df-e907174eb11d",
            "vgw_ip": "0c464dad-1d2c-4a8d-9f5e-c22bb0eb0bde", "cgw_id": "5247ae10-7b1e-4d0a-8c3f-dd36659a7f5d",
            "style": "policy", "peer_subnets": ["192.168.0.0/24"], "psk": "Abcd1234!x", "policy_rules": rules}});
        let report = validate_create_vpn_connection(&Json::from(&body), &ValidateOptions::default());
        report.issues.iter().map(|i| i.code.as_str()).collect()
    }

    #[test]
    fn sources_are_compared_in_lists_up_to_the_comparison_limit_only() {
        assert_eq!(codes(2), ["cidr.duplicate"]);
        let many = codes(crate::validate::MAX_COMPARED);
        assert_eq!(many.iter().filter(|&&c| c == "cidr.duplicate").count(), crate::validate::MAX_COMPARED - 1);
        // Past it the list is refused for its length, and its entries are not compared n² times.
        assert_eq!(codes(crate::validate::MAX_COMPARED + 1), ["list.length"]);
    }
}
