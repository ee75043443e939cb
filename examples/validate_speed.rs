//! Native timing of the create-connection validator (for profiling; `make bench` is the benchmark).
use cloudvpn::validate::{json, validate_create_vpn_connection, Json, ValidateOptions};
use std::time::Instant;

fn main() {
    let subnets: Vec<String> = (0..50).map(|i| format!("10.{i}.0.0/16")).collect();
    let body = serde_json::json!({"vpn_connection": {
        "vgw_id": "b32d91a4-3f0e-4c1a-a8df-e907174eb11d", "vgw_ip": "0c464dad-1d2c-4a8d-9f5e-c22bb0eb0bde",
        "cgw_id": "5247ae10-7b1e-4d0a-8c3f-dd36659a7f5d", "peer_subnets": subnets, "psk": "Abcd1234!x"}});
    let text = body.to_string();
    let options = ValidateOptions::default();
    let n = 100_000;
    let t = Instant::now();
    for _ in 0..n {
        let v = json::parse(&text).unwrap_or(Json::Null);
        std::hint::black_box(validate_create_vpn_connection(&v, &options));
    }
    println!("parse + validate: {:.2} µs", t.elapsed().as_secs_f64() * 1e6 / n as f64);
    let body = Json::from(&body);
    let t = Instant::now();
    for _ in 0..n {
        std::hint::black_box(validate_create_vpn_connection(&body, &options));
    }
    println!("validate only: {:.2} µs", t.elapsed().as_secs_f64() * 1e6 / n as f64);
    let items: Vec<Json> = (0..50).map(|i| Json::Str(format!("10.{i}.0.0/16").into())).collect();
    let limits = cloudvpn::validate::subnets::ListLimits { min: 1, max: 50, noun: "peer subnets", one: "peer subnet" };
    let t = Instant::now();
    for _ in 0..n {
        let mut report = cloudvpn::validate::Report::default();
        std::hint::black_box(cloudvpn::validate::subnets::check_list(
            &items,
            &limits,
            &cloudvpn::validate::At::Root,
            &mut report,
        ));
    }
    println!("check_list of 50: {:.2} µs", t.elapsed().as_secs_f64() * 1e6 / n as f64);
    let t = Instant::now();
    for _ in 0..n {
        for i in &items {
            std::hint::black_box(cloudvpn::validate::ipv4::parse_cidr(i.as_str().unwrap_or_default()).ok());
        }
    }
    println!("parse_cidr x50: {:.2} µs", t.elapsed().as_secs_f64() * 1e6 / n as f64);
}
