//! The answer decoder: an HTTP status, headers and body bytes into a typed result the client
//! reads (`api::decode`, the type named on the status line), an `ApiError` (`api::api_error`),
//! and the envelope check the wasm client makes of a body it hands to JS as it is
//! (`Shape::problem`). No input panics or hangs.

#![no_main]

use cloudvpn::api::{api_error, decode, Answer, Error, HttpResponse, Member, Shape};
use cloudvpn::model::{
    AvailabilityZonesResponse, ConnectionMonitorList, ConnectionMonitorResponse, CustomerGatewayList,
    CustomerGatewayResponse, QuotasResponse, VpnConnectionList, VpnConnectionLog, VpnConnectionResponse,
};
use cloudvpn_fuzz::response;
use libfuzzer_sys::fuzz_target;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// Reads `response` as a `T`, as a call that expects its status would.
fn read<T: DeserializeOwned + Answer>(response: &HttpResponse, value: Option<&Value>) {
    match decode::<T>(response, response.status) {
        Ok(_) => {}
        Err(Error::Api(e)) => assert_eq!(e.status, response.status),
        Err(other) => panic!("decode gave a non-API error: {other:?}"),
    }
    let shape = T::SHAPE;
    let member = match (shape.envelope(), value) {
        (Some(key), Some(value)) => Member::of(value, key),
        _ => Member::Other,
    };
    if let Some(problem) = shape.problem(member) {
        assert!(!problem.is_empty());
        assert!(matches!(shape, Shape::Object(_) | Shape::List(_)));
    }
}

/// `read_as(name, …)` reads the response as the type called `name`, or as the one at the
/// response's status in the list when no type has that name.
macro_rules! types {
    ($($answer:ty),* $(,)?) => {
        fn read_as(name: &str, response: &HttpResponse, value: Option<&Value>) {
            const NAMES: &[&str] = &[$(stringify!($answer)),*];
            let index = NAMES.iter().position(|n| *n == name).unwrap_or(usize::from(response.status) % NAMES.len());
            let mut i = 0;
            $(
                if i == index {
                    return read::<$answer>(response, value);
                }
                i += 1;
            )*
            let _ = i;
        }
    };
}

types! {
    (),
    Value,
    VpnConnectionResponse,
    VpnConnectionList,
    CustomerGatewayResponse,
    CustomerGatewayList,
    ConnectionMonitorResponse,
    ConnectionMonitorList,
    QuotasResponse,
    VpnConnectionLog,
    AvailabilityZonesResponse,
}

fuzz_target!(|bytes: &[u8]| {
    let (response, name) = response(bytes);
    // Any other status: what a call that expected another one reads.
    let error = api_error(&response);
    assert_eq!(error.status, response.status);
    assert!(!error.code.is_empty());
    let expected = response.status.wrapping_add(1);
    assert!(matches!(decode::<Value>(&response, expected), Err(Error::Api(e)) if e == error));
    let _ = (format!("{error:?}"), Error::Api(error).to_string());
    let value: Option<Value> = serde_json::from_slice(&response.body).ok();
    read_as(&name, &response, value.as_ref());
});
