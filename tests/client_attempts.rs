//! The client's attempt machine (`api::attempt`) driven against the emulator core with its faults,
//! as the wasm client drives it against `fetch`: each attempt is authorized when it is sent,
//! answered by `Emulator::answer` (errors, dropped connections, delays), and every wait moves the
//! emulator's clock. Retries, deadlines, aborts and "may have acted" are checked without JS.

mod common;

use cloudvpn::api::attempt::{AttemptPolicy, Attempts, Failure, Next};
use cloudvpn::api::retry::RetryPolicy;
use cloudvpn::api::{Auth, Call, ClientConfig, Endpoint, Error, Insecure, Method};
use cloudvpn::emulator::{
    Emulator, EmulatorConfig, FaultKind, FaultRule, ManualClock, DEFAULT_ACCESS_KEY, DEFAULT_PROJECT,
    DEFAULT_SECRET_KEY,
};
use cloudvpn::model::Secret;
use common::emulator::{gateway_and_customer_gateway, Ids};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};

/// An emulator with `faults` on a manual clock, an ACTIVE gateway and a customer gateway (made
/// before any fault applies: the rules below only match connection paths), and an AK/SK client.
fn setup(faults: Vec<FaultRule>) -> (Emulator, ManualClock, ClientConfig, Ids) {
    let clock = ManualClock::at(1_750_945_294_626);
    let config = EmulatorConfig { faults, ..EmulatorConfig::default() };
    let mut emulator = Emulator::new(config, Box::new(clock.clone()));
    let ids = gateway_and_customer_gateway(&mut emulator, &clock);
    let endpoint = Endpoint::parse("http://127.0.0.1:8787", Insecure::LoopbackOnly).unwrap();
    let auth = Auth::AkSk {
        access_key: DEFAULT_ACCESS_KEY.into(),
        secret_key: Secret::new(DEFAULT_SECRET_KEY),
        security_token: None,
    };
    (emulator, clock, ClientConfig::new(endpoint, DEFAULT_PROJECT, auth).unwrap(), ids)
}

fn rule(method: Method, path: &str, kind: FaultKind) -> FaultRule {
    FaultRule { method: Some(method), path: Some(path.into()), rate: 1.0, kinds: vec![kind], ..FaultRule::default() }
}

fn policy(overall_timeout_ms: Option<u64>) -> AttemptPolicy {
    AttemptPolicy {
        retry: RetryPolicy { max_attempts: 3, base_delay_ms: 200, max_delay_ms: 20_000 },
        timeout_ms: 1_000,
        overall_timeout_ms,
    }
}

/// What a run did besides its result.
#[derive(Debug, Default)]
struct Trace {
    sleeps: Vec<u64>,
    timeouts: Vec<u64>,
}

/// Runs `call` to its end as the wasm client does; `abort_at_ms` (from the start) aborts the call
/// when a wait would reach it.
fn run<T: DeserializeOwned>(
    emulator: &mut Emulator,
    clock: &ManualClock,
    client: &ClientConfig,
    call: &Call<T>,
    policy: AttemptPolicy,
    abort_at_ms: Option<u64>,
) -> (Result<T, Failure>, Trace) {
    let start = now(clock);
    let mut trace = Trace::default();
    let mut attempts = Attempts::new(policy, call.operation().idempotent, start);
    loop {
        let mut request = call.request.clone();
        if let Err(error) = client.authorize(&mut request, now(clock)) {
            return (Err(attempts.stopped(error)), trace);
        }
        let timeout = attempts.send(now(clock));
        trace.timeouts.push(timeout);
        let answer = emulator.answer(&request);
        let outcome = if answer.delay_ms >= timeout {
            clock.advance(timeout);
            Err(Error::Timeout(timeout))
        } else {
            clock.advance(answer.delay_ms);
            match answer.response {
                Some(response) => call.decode(&response),
                None => Err(Error::Network("the connection was dropped".into())),
            }
        };
        let error = match outcome {
            Ok(answer) => return (Ok(answer), trace),
            Err(error) => error,
        };
        match attempts.failed(error, now(clock), 0.5) {
            Next::Sleep { delay_ms } => {
                if abort_at_ms.is_some_and(|at| now(clock) + delay_ms >= start + at) {
                    return (Err(attempts.stopped(Error::Aborted)), trace);
                }
                trace.sleeps.push(delay_ms);
                clock.advance(delay_ms);
            }
            Next::Fail(failure) => return (Err(failure), trace),
        }
    }
}

fn now(clock: &ManualClock) -> u64 {
    use cloudvpn::emulator::Clock;
    clock.now_ms()
}

fn connection(ids: &Ids) -> Value {
    json!({"vpn_connection": {
        "vgw_id": ids.vgw_id, "vgw_ip": ids.eip_id, "cgw_id": ids.cgw_id,
        "peer_subnets": ["192.168.44.0/24"], "psk": "Abcd1234!x"
    }})
}

fn status_of(failure: &Failure) -> Option<u16> {
    match &failure.error {
        Error::Api(e) => Some(e.status),
        _ => None,
    }
}

#[test]
fn a_read_is_retried_with_growing_waits_then_fails_with_the_last_answer() {
    let (mut emu, clock, client, _) = setup(vec![rule(Method::Get, "vpn-connection", FaultKind::Unavailable)]);
    let call = client.list_vpn_connections(&Default::default()).unwrap();
    let (result, trace) = run(&mut emu, &clock, &client, &call, policy(None), None);
    let failure = result.unwrap_err();
    assert_eq!((status_of(&failure), failure.attempts, failure.may_have_acted), (Some(503), 3, false));
    // Full jitter at one half of 200 ms, then of 400 ms.
    assert_eq!(trace.sleeps, [100, 200]);
}

#[test]
fn a_429_is_waited_out_for_as_long_as_retry_after_says() {
    let mut limited = rule(Method::Get, "vpn-connection", FaultKind::TooManyRequests);
    limited.retry_after_s = 2;
    let (mut emu, clock, client, _) = setup(vec![limited]);
    let call = client.list_vpn_connections(&Default::default()).unwrap();
    let (result, trace) = run(&mut emu, &clock, &client, &call, policy(None), None);
    assert_eq!(status_of(&result.unwrap_err()), Some(429));
    assert_eq!(trace.sleeps, [2_000, 2_000]);
}

#[test]
fn a_create_the_server_refused_is_repeated_and_one_it_may_have_done_is_not() {
    // 503: the server did not act, so the create is sent again; nothing was made.
    let (mut emu, clock, client, ids) = setup(vec![rule(Method::Post, "vpn-connection", FaultKind::Unavailable)]);
    let call = client.create_vpn_connection(&connection(&ids)).unwrap();
    let (result, _) = run(&mut emu, &clock, &client, &call, policy(None), None);
    let failure = result.unwrap_err();
    assert_eq!((failure.attempts, failure.may_have_acted), (3, false));
    assert_eq!(emu.connection_count(DEFAULT_PROJECT), Some(0));

    // The connection dropped after the create was committed: not repeated, and the caller is told
    // to look first, since the connection does exist.
    let (mut emu, clock, client, ids) = setup(vec![rule(Method::Post, "vpn-connection", FaultKind::DropAfter)]);
    let call = client.create_vpn_connection(&connection(&ids)).unwrap();
    let (result, trace) = run(&mut emu, &clock, &client, &call, policy(None), None);
    let failure = result.unwrap_err();
    assert!(matches!(failure.error, Error::Network(_)), "{failure:?}");
    assert_eq!((failure.attempts, failure.may_have_acted), (1, true));
    assert!(trace.sleeps.is_empty());
    assert_eq!(emu.connection_count(DEFAULT_PROJECT), Some(1));
}

#[test]
fn a_slow_read_times_out_per_attempt_and_the_overall_deadline_ends_the_call() {
    let mut slow = rule(Method::Get, "vpn-connection", FaultKind::Latency);
    slow.latency_ms = 5_000;
    let (mut emu, clock, client, _) = setup(vec![slow.clone()]);
    let call = client.list_vpn_connections(&Default::default()).unwrap();
    let (result, trace) = run(&mut emu, &clock, &client, &call, policy(None), None);
    let failure = result.unwrap_err();
    assert_eq!((failure.error, failure.attempts), (Error::Timeout(1_000), 3));
    assert_eq!(trace.timeouts, [1_000, 1_000, 1_000]);

    // 1,500 ms in all: the second attempt gets what is left (1,500 − 1,000 − 100 ms of waiting),
    // and its timeout is the call's.
    let (mut emu, clock, client, _) = setup(vec![slow]);
    let started = now(&clock);
    let (result, trace) = run(&mut emu, &clock, &client, &call, policy(Some(1_500)), None);
    let failure = result.unwrap_err();
    assert_eq!((failure.error, failure.attempts), (Error::Timeout(1_500), 2));
    assert_eq!(trace.timeouts, [1_000, 400]);
    assert_eq!(now(&clock) - started, 1_500);
}

#[test]
fn an_abort_while_waiting_to_retry_counts_the_attempts_sent() {
    let (mut emu, clock, client, _) = setup(vec![rule(Method::Get, "vpn-connection", FaultKind::BadGateway)]);
    let call = client.list_vpn_connections(&Default::default()).unwrap();
    let (result, trace) = run(&mut emu, &clock, &client, &call, policy(None), Some(150));
    assert_eq!(result.unwrap_err(), Failure { error: Error::Aborted, attempts: 2, may_have_acted: false });
    assert_eq!(trace.sleeps, [100]);
}
