//! The client core's pager and waiter driven against the emulator core, in-process.

mod common;

use cloudvpn::api::pager::Pager;
use cloudvpn::api::waiter::{Goal, Observation, Step, WaitPolicy, Waiter};
use cloudvpn::api::{Auth, ClientConfig, Endpoint, Error, Insecure, Query};
use cloudvpn::emulator::{Clock, Emulator, EmulatorConfig, ManualClock, Quotas, DEFAULT_PROJECT, DEFAULT_TOKEN};
use cloudvpn::model::Secret;
use common::emulator::{gateway_and_customer_gateway, Ids};
use serde_json::json;
use std::collections::HashSet;

fn client() -> ClientConfig {
    let endpoint = Endpoint::parse("http://127.0.0.1:8787", Insecure::LoopbackOnly).unwrap();
    ClientConfig::new(endpoint, DEFAULT_PROJECT, Auth::Token(Secret::new(DEFAULT_TOKEN))).unwrap()
}

fn emulator_with_room_for(connections: usize) -> (Emulator, ManualClock, Ids) {
    let clock = ManualClock::at(1_750_945_294_626);
    let config = EmulatorConfig {
        quotas: Quotas { vpn_connection: connections, ..Quotas::default() },
        ..EmulatorConfig::default()
    };
    let mut emulator = Emulator::new(config, Box::new(clock.clone()));
    let ids = gateway_and_customer_gateway(&mut emulator, &clock);
    (emulator, clock, ids)
}

/// Creates a connection with a peer subnet of its own; returns its id.
fn create(emulator: &mut Emulator, client: &ClientConfig, ids: &Ids, n: usize) -> String {
    let body = json!({"vpn_connection": {
        "vgw_id": ids.vgw_id, "vgw_ip": ids.eip_id, "cgw_id": ids.cgw_id,
        "peer_subnets": [format!("172.{}.{}.0/24", 16 + n / 256 % 16, n % 256)], "psk": "Abcd1234!x"}});
    let call = client.create_vpn_connection(&body).unwrap();
    call.decode(&emulator.handle(&call.request)).unwrap().vpn_connection.id
}

#[test]
fn ten_thousand_connections_by_pages_of_100_come_back_exactly_once() {
    let total = 10_000;
    let (mut emu, clock, ids) = emulator_with_room_for(total);
    let client = client();
    let mut created = HashSet::new();
    for n in 0..total {
        created.insert(create(&mut emu, &client, &ids, n));
        if n % 1000 == 999 {
            clock.advance(1); // some share a millisecond, some do not
        }
    }
    assert_eq!(created.len(), total);

    let mut pager = Pager::new(Query::default().with("limit", 100), 2000).expect("a valid limit");
    let mut seen = Vec::new();
    let mut pages = 0;
    while let Some(query) = pager.next_query() {
        let call = client.list_vpn_connections(&query).unwrap();
        let page = call.decode(&emu.handle(&call.request)).unwrap();
        let info = page.page_info.as_ref();
        pager
            .advance(
                page.vpn_connections.len(),
                info.and_then(|i| i.current_count),
                info.and_then(|i| i.next_marker.as_deref()),
            )
            .unwrap();
        seen.extend(page.vpn_connections.into_iter().map(|c| c.id));
        pages += 1;
        assert!(pages <= 102, "the pager must end");
    }
    assert_eq!(seen.len(), total, "no connection twice, none left out");
    assert_eq!(seen.iter().cloned().collect::<HashSet<_>>(), created);
    assert_eq!(pages, 101, "100 full pages, then an empty one ends the list");
}

#[test]
fn a_list_shorter_than_one_page_takes_one_request() {
    let (mut emu, _clock, ids) = emulator_with_room_for(10);
    let client = client();
    for n in 0..3 {
        create(&mut emu, &client, &ids, n);
    }
    let mut pager = Pager::new(Query::default(), 2000).expect("no limit");
    let query = pager.next_query().unwrap();
    let call = client.list_vpn_connections(&query).unwrap();
    let page = call.decode(&emu.handle(&call.request)).unwrap();
    let info = page.page_info.as_ref();
    pager
        .advance(
            page.vpn_connections.len(),
            info.and_then(|i| i.current_count),
            info.and_then(|i| i.next_marker.as_deref()),
        )
        .unwrap();
    assert_eq!(page.vpn_connections.len(), 3);
    assert!(pager.next_query().is_none());
}

/// Polls `get` as the waiter says, moving the emulator's clock by each delay.
fn wait(
    emu: &mut Emulator,
    clock: &ManualClock,
    goal: Goal,
    get: &dyn Fn(&mut Emulator) -> Observation<'static>,
) -> (Step, u64) {
    let start = clock.now_ms();
    let policy = WaitPolicy { timeout_ms: 60_000, min_delay_ms: 100, max_delay_ms: 1_000 };
    let mut waiter = Waiter::new(goal, policy, start);
    loop {
        let seen = get(emu);
        match waiter.observe(seen, clock.now_ms(), 0.5) {
            Step::Wait { delay_ms } => clock.advance(delay_ms),
            step => return (step, clock.now_ms() - start),
        }
    }
}

fn status_of(emu: &mut Emulator, client: &ClientConfig, id: &str) -> Observation<'static> {
    let call = client.get_vpn_connection(id).unwrap();
    match call.decode(&emu.handle(&call.request)) {
        Ok(r) => match r.vpn_connection.status.as_deref() {
            Some("DOWN") => Observation::Status("DOWN"),
            Some("ACTIVE") => Observation::Status("ACTIVE"),
            Some("PENDING_CREATE") => Observation::Status("PENDING_CREATE"),
            Some("PENDING_DELETE") => Observation::Status("PENDING_DELETE"),
            _ => Observation::Status("OTHER"),
        },
        Err(Error::Api(e)) if e.status == 404 => Observation::NotFound,
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn a_waiter_sees_a_new_connection_settle_and_a_deleted_one_go() {
    let (mut emu, clock, ids) = emulator_with_room_for(10);
    let client = client();
    let id = create(&mut emu, &client, &ids, 0);
    let settled = Goal::Status { until: vec!["ACTIVE".into(), "DOWN".into()], fail_on: vec!["ERROR".into()] };
    let (step, waited) = wait(&mut emu, &clock, settled, &|e| status_of(e, &client, &id));
    assert_eq!(step, Step::Done);
    assert!((1_000..=3_000).contains(&waited), "the emulator settles after 1 s; waited {waited} ms");

    let delete = client.delete_vpn_connection(&id).unwrap();
    delete.decode(&emu.handle(&delete.request)).unwrap();
    let (step, _) = wait(&mut emu, &clock, Goal::Deletion, &|e| status_of(e, &client, &id));
    assert_eq!(step, Step::Done);

    let gone = Goal::Status { until: vec!["ACTIVE".into()], fail_on: vec![] };
    let (step, _) = wait(&mut emu, &clock, gone, &|e| status_of(e, &client, &id));
    assert_eq!(step, Step::Failed { status: None }, "waiting for a status of a deleted connection fails");
}
