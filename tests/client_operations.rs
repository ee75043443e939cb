//! Every operation of the client core round-trips against the emulator core, in process.

mod common;

use cloudvpn::api::{Auth, Call, ClientConfig, Endpoint, Error, Insecure, Query};
use cloudvpn::emulator::{Emulator, DEFAULT_PROJECT, DEFAULT_TOKEN, DEFAULT_TRANSITION_MS};
use cloudvpn::model::Secret;
use common::emulator::new_emulator;
use serde::de::DeserializeOwned;
use serde_json::{json, Value};

fn send<T: DeserializeOwned>(emu: &mut Emulator, call: &Call<T>) -> Result<T, Error> {
    call.decode(&emu.handle(&call.request))
}

#[test]
fn every_operation_round_trips() {
    let (mut emu, clock) = new_emulator();
    let endpoint = Endpoint::parse("https://vpn.eu-de.otc.t-systems.com", Insecure::LoopbackOnly).unwrap();
    let client = ClientConfig::new(endpoint, DEFAULT_PROJECT, Auth::Token(Secret::new(DEFAULT_TOKEN))).unwrap();

    // Gateways
    let body = json!({"vpn_gateway": {"vpc_id": "7e1e6bb4-2e3b-4b6c-9e4b-2a0b7c3d9f10", "connect_subnet": "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9", "local_subnets": ["10.0.0.0/16"]}});
    let call = client.create_vpn_gateway(&body).unwrap();
    let gw = send(&mut emu, &call).unwrap();
    let vgw = gw["vpn_gateway"]["id"].as_str().unwrap().to_owned();
    let eip = gw["vpn_gateway"]["eip1"]["id"].as_str().unwrap().to_owned();
    assert_eq!(
        send(&mut emu, &client.list_vpn_gateways(&Query::default()).unwrap()).unwrap()["vpn_gateways"]
            .as_array()
            .map(Vec::len),
        Some(1)
    );
    let call = client.update_vpn_gateway(&vgw, &json!({"vpn_gateway": {"name": "gw-2"}})).unwrap();
    assert_eq!(send(&mut emu, &call).unwrap()["vpn_gateway"]["name"], "gw-2");
    let zones = send(&mut emu, &client.list_availability_zones().unwrap()).unwrap();
    assert!(zones.availability_zones.contains_key("professional1"));
    let call =
        client.update_vpn_gateway_specification(&vgw, &json!({"vpn_gateway": {"flavor": "Professional2"}})).unwrap();
    assert_eq!(send(&mut emu, &call).unwrap()["vpn_gateway"]["flavor"], "Professional2");
    clock.advance(DEFAULT_TRANSITION_MS);
    assert_eq!(send(&mut emu, &client.get_vpn_gateway(&vgw).unwrap()).unwrap()["vpn_gateway"]["status"], "ACTIVE");

    // Customer gateways
    let call = client.create_customer_gateway(&json!({"customer_gateway": {"id_value": "203.0.113.7"}})).unwrap();
    let cgw = send(&mut emu, &call).unwrap().customer_gateway.id;
    assert_eq!(
        send(&mut emu, &client.get_customer_gateway(&cgw).unwrap()).unwrap().customer_gateway.id_value.as_deref(),
        Some("203.0.113.7")
    );
    let call = client.update_customer_gateway(&cgw, &json!({"customer_gateway": {"name": "office"}})).unwrap();
    assert_eq!(send(&mut emu, &call).unwrap().customer_gateway.name.as_deref(), Some("office"));
    assert_eq!(
        send(&mut emu, &client.list_customer_gateways(&Query::default().with("limit", 10)).unwrap())
            .unwrap()
            .total_count,
        Some(1)
    );

    // Connections
    let item =
        json!({"vgw_id": vgw, "vgw_ip": eip, "cgw_id": cgw, "peer_subnets": ["192.168.44.0/24"], "psk": "Abcd1234!x"});
    let call = client.create_vpn_connection(&json!({"vpn_connection": item})).unwrap();
    let conn = send(&mut emu, &call).unwrap().vpn_connection.id;
    let call = client.batch_create_vpn_connections(&json!({"vpn_connections": [item, item]})).unwrap();
    assert_eq!(send(&mut emu, &call).unwrap().vpn_connections.len(), 2);
    let page =
        send(&mut emu, &client.list_vpn_connections(&Query::default().with("limit", 2).with("vgw_id", &vgw)).unwrap())
            .unwrap();
    assert_eq!((page.total_count, page.vpn_connections.len()), (Some(3), 2));
    let marker = page.page_info.and_then(|p| p.next_marker).unwrap();
    let next = send(
        &mut emu,
        &client.list_vpn_connections(&Query::default().with("limit", 2).with("marker", marker)).unwrap(),
    )
    .unwrap();
    assert_eq!(next.vpn_connections.len(), 1);
    let call = client.update_vpn_connection(&conn, &json!({"vpn_connection": {"name": "renamed"}})).unwrap();
    assert_eq!(send(&mut emu, &call).unwrap().vpn_connection.name.as_deref(), Some("renamed"));
    assert_eq!(send(&mut emu, &client.get_vpn_connection_log(&conn).unwrap()).unwrap().logs.len(), 1);

    // Monitors and quotas
    let call = client.create_connection_monitor(&json!({"connection_monitor": {"vpn_connection_id": conn}})).unwrap();
    let monitor = send(&mut emu, &call).unwrap().connection_monitor.id;
    assert_eq!(
        send(&mut emu, &client.get_connection_monitor(&monitor).unwrap()).unwrap().connection_monitor.kind.as_deref(),
        Some("gateway")
    );
    let monitors =
        send(&mut emu, &client.list_connection_monitors(&Query::default().with("vpn_connection_id", &conn)).unwrap())
            .unwrap();
    assert_eq!(monitors.connection_monitors.len(), 1);
    send(&mut emu, &client.delete_connection_monitor(&monitor).unwrap()).unwrap();
    let quotas = send(&mut emu, &client.get_quotas().unwrap()).unwrap();
    assert!(quotas.quotas.resources.iter().any(|q| q.kind == "vpn_connection" && q.used == 3));

    // Tags
    let call = client.add_tags("vpn-connection", &conn, &json!({"tags": [{"key": "env", "value": "prod"}]})).unwrap();
    send(&mut emu, &call).unwrap();
    assert_eq!(send(&mut emu, &client.list_tags("vpn-connection", &conn).unwrap()).unwrap()["tags"][0]["key"], "env");
    assert_eq!(
        send(&mut emu, &client.list_project_tags("vpn-connection").unwrap()).unwrap()["tags"][0]["values"],
        json!(["prod"])
    );
    let filter = json!({"tags": [{"key": "env", "values": ["prod"]}]});
    let call = client
        .filter_resources_by_tags("vpn-connection", &filter, &Query::default().with("limit", 10).with("offset", 0))
        .unwrap();
    assert_eq!(send(&mut emu, &call).unwrap()["total_count"], 1);
    let call = client.count_resources_by_tags("vpn-connection", &filter).unwrap();
    assert_eq!(send(&mut emu, &call).unwrap()["total_count"], 1);
    let call = client.remove_tags("vpn-connection", &conn, &json!({"tags": [{"key": "env"}]})).unwrap();
    send(&mut emu, &call).unwrap();

    // Deletes
    send(&mut emu, &client.delete_vpn_connection(&conn).unwrap()).unwrap();
    clock.advance(DEFAULT_TRANSITION_MS);
    let gone: Result<Value, Error> =
        send(&mut emu, &client.get_vpn_connection(&conn).unwrap()).map(|r| serde_json::to_value(r).unwrap_or_default());
    assert!(matches!(gone, Err(Error::Api(ref e)) if e.status == 404));
    let in_use = send(&mut emu, &client.delete_customer_gateway(&cgw).unwrap());
    assert!(matches!(in_use, Err(Error::Api(ref e)) if e.status == 400), "two batch connections still use it");
    let unknown: Result<(), Error> =
        send(&mut emu, &client.delete_vpn_gateway("11111111-2222-4333-8444-555555555555").unwrap());
    assert!(matches!(unknown, Err(Error::Api(ref e)) if e.status == 404));
}

#[test]
fn bad_ids_and_resource_types_never_reach_a_path() {
    let endpoint = Endpoint::parse("https://vpn.eu-de.otc.t-systems.com", Insecure::LoopbackOnly).unwrap();
    let client = ClientConfig::new(endpoint, DEFAULT_PROJECT, Auth::Token(Secret::new(DEFAULT_TOKEN))).unwrap();
    let bad = "../../vpn/quotas";
    assert!(matches!(client.get_vpn_gateway(bad), Err(Error::Validation(_))));
    assert!(matches!(client.delete_customer_gateway(bad), Err(Error::Validation(_))));
    assert!(matches!(client.get_vpn_connection_log(bad), Err(Error::Validation(_))));
    assert!(matches!(
        client.list_tags("vpn-gateways", "11111111-2222-4333-8444-555555555555"),
        Err(Error::Validation(_))
    ));
    let call = client
        .list_vpn_connections(&Query::default().with("vgw_ip", "10.0.0.1").with("marker", "2025-06-11T13:59:59.633Z"))
        .unwrap();
    assert!(
        call.request.url.ends_with("vpn-connection?vgw_ip=10.0.0.1&marker=2025-06-11T13%3A59%3A59.633Z"),
        "{}",
        call.request.url
    );
}

#[test]
fn aksk_clients_sign_at_send_time_and_the_emulator_accepts_them() {
    use cloudvpn::emulator::{DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY};
    let (mut emu, _) = new_emulator();
    let endpoint = Endpoint::parse("http://127.0.0.1:8787", Insecure::LoopbackOnly).unwrap();
    let auth = Auth::AkSk {
        access_key: DEFAULT_ACCESS_KEY.into(),
        secret_key: Secret::new(DEFAULT_SECRET_KEY),
        security_token: None,
    };
    let client = ClientConfig::new(endpoint, DEFAULT_PROJECT, auth).unwrap();
    let mut call = client.create_customer_gateway(&json!({"customer_gateway": {"id_value": "203.0.113.7"}})).unwrap();
    assert!(call.request.header("authorization").is_none(), "unsigned until sent");
    client.authorize(&mut call.request, 1_750_945_294_626).unwrap();
    assert_eq!(call.request.header("x-project-id"), Some(DEFAULT_PROJECT));
    assert!(send(&mut emu, &call).is_ok());
    let mut stale = client.get_quotas().unwrap();
    client.authorize(&mut stale.request, 1_750_945_294_626 - 20 * 60_000).unwrap();
    assert!(matches!(send(&mut emu, &stale), Err(Error::Api(ref e)) if e.status == 401), "signed 20 minutes ago");
    let debug = format!("{client:?} {call:?}");
    assert!(!debug.contains(DEFAULT_SECRET_KEY), "{debug}");
}
