//! Prints the issues each documented request example gets (to write expectations next to them).
use cloudvpn::validate::*;

fn main() {
    let dir = format!("{}/tests/fixtures/spec", env!("CARGO_MANIFEST_DIR"));
    let table: [(&str, Validator); 7] = [
        ("create_vpn_connection.", validate_create_vpn_connection),
        ("batch_create_vpn_connections.", validate_batch_create_vpn_connections),
        ("create_customer_gateway.", validate_create_customer_gateway),
        ("update_customer_gateway.", validate_update_customer_gateway),
        ("create_connection_monitor.", validate_create_connection_monitor),
        ("update_vpn_connection.", validate_update_vpn_connection),
        ("zz", validate_tags),
    ];
    let mut names: Vec<_> =
        std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    for name in names.iter().filter(|n| n.ends_with(".request.json")) {
        let Some((_, f)) = table.iter().find(|(p, _)| name.starts_with(p)) else { continue };
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(format!("{dir}/{name}")).unwrap()).unwrap();
        println!("{name}");
        for i in f(&Json::from(&v), &ValidateOptions::default()).issues {
            println!("   {:?} {} {} | {}", i.severity, i.path, i.code.as_str(), i.message);
        }
    }
}
