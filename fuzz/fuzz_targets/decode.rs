//! The answer decoder: an HTTP status, headers and body bytes into each typed result the client
//! reads (`api::decode`), an `ApiError` (`api::api_error`), or the envelope check the wasm
//! client makes of a body it hands to JS as it is (`Shape::problem`). No input panics or hangs.

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

fuzz_target!(|bytes: &[u8]| {
    let response = response(bytes);
    // Any other status: what a call that expected another one reads.
    let error = api_error(&response);
    assert_eq!(error.status, response.status);
    assert!(!error.code.is_empty());
    let expected = response.status.wrapping_add(1);
    assert!(matches!(decode::<Value>(&response, expected), Err(Error::Api(e)) if e == error));
    let _ = (format!("{error:?}"), Error::Api(error).to_string());
    let value: Option<Value> = serde_json::from_slice(&response.body).ok();
    let value = value.as_ref();
    read::<()>(&response, value);
    read::<Value>(&response, value);
    read::<VpnConnectionResponse>(&response, value);
    read::<VpnConnectionList>(&response, value);
    read::<CustomerGatewayResponse>(&response, value);
    read::<CustomerGatewayList>(&response, value);
    read::<ConnectionMonitorResponse>(&response, value);
    read::<ConnectionMonitorList>(&response, value);
    read::<QuotasResponse>(&response, value);
    read::<VpnConnectionLog>(&response, value);
    read::<AvailabilityZonesResponse>(&response, value);
});
