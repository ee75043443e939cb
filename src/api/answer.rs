//! The documented shape of each success body (spec §3), for a transport that hands bodies over as
//! the server wrote them: the wasm client gives JavaScript the server's own JSON (unknown fields
//! and number formats included) rather than a copy decoded into the models and encoded again, and
//! still refuses a body without the documented envelope. Natively, [`super::decode`] reads the
//! typed models.

use super::error::{ApiError, Error, RESPONSE_INVALID};
use super::http::HttpResponse;
use super::resources::{CONNECTION_MONITOR, CUSTOMER_GATEWAY, VPN_CONNECTION};
use crate::model::{
    AvailabilityZonesResponse, ConnectionMonitorList, ConnectionMonitorResponse, CustomerGatewayList,
    CustomerGatewayResponse, QuotasResponse, VpnConnectionList, VpnConnectionLog, VpnConnectionResponse,
};
use serde_json::Value;

/// What a success body holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Nothing: the answer is a 204.
    Empty,
    /// Any JSON value (a tag count: `{"total_count": n}`).
    Json,
    /// A JSON object whose member `key` is an object: `{"vpn_connection": {…}, …}`.
    Object(&'static str),
    /// A JSON object whose member `key` is an array: `{"vpn_connections": […], …}`.
    List(&'static str),
}

/// A response model and the shape of the body it is read from (a native caller's typed read; the
/// catalogue gives each operation's shape, and a test holds the two to agree).
pub trait Answer {
    const SHAPE: Shape;
}

/// `impl Answer for T { const SHAPE: Shape = … }` for each `T => shape`.
macro_rules! answers {
    ($($answer:ty => $shape:expr),* $(,)?) => {
        $(impl Answer for $answer {
            const SHAPE: Shape = $shape;
        })*
    };
}

answers! {
    () => Shape::Empty,
    Value => Shape::Json,
    VpnConnectionResponse => Shape::Object(VPN_CONNECTION.envelope),
    VpnConnectionList => Shape::List(VPN_CONNECTION.list),
    CustomerGatewayResponse => Shape::Object(CUSTOMER_GATEWAY.envelope),
    CustomerGatewayList => Shape::List(CUSTOMER_GATEWAY.list),
    ConnectionMonitorResponse => Shape::Object(CONNECTION_MONITOR.envelope),
    ConnectionMonitorList => Shape::List(CONNECTION_MONITOR.list),
    QuotasResponse => Shape::Object("quotas"),
    VpnConnectionLog => Shape::List("logs"),
    AvailabilityZonesResponse => Shape::Object("availability_zones"),
}

/// What the envelope member of a body is, as a transport reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Member {
    Object,
    List,
    /// Missing, or any other value (the body may not even be an object).
    Other,
}

impl Member {
    /// `body[key]` of a JSON value, classified.
    pub fn of(body: &Value, key: &str) -> Member {
        match body.get(key) {
            Some(Value::Object(_)) => Member::Object,
            Some(Value::Array(_)) => Member::List,
            _ => Member::Other,
        }
    }
}

impl Shape {
    /// The member a body of this shape must have (`None`: nothing to check).
    pub fn envelope(self) -> Option<&'static str> {
        match self {
            Shape::Empty | Shape::Json => None,
            Shape::Object(key) | Shape::List(key) => Some(key),
        }
    }

    /// Why a body whose envelope member is `member` is not this shape ("it has no
    /// vpn_connection object"); `None` when it is.
    pub fn problem(self, member: Member) -> Option<String> {
        match (self, member) {
            (Shape::Empty | Shape::Json, _) | (Shape::Object(_), Member::Object) | (Shape::List(_), Member::List) => {
                None
            }
            (Shape::Object(key), _) => Some(format!("it has no {key} object")),
            (Shape::List(key), _) => Some(format!("it has no {key} list")),
        }
    }
}

/// The error for a success status whose body is not the documented shape; `detail` says how.
pub fn invalid_answer(response: &HttpResponse, detail: &str) -> Error {
    Error::Api(ApiError {
        status: response.status,
        code: RESPONSE_INVALID.into(),
        message: format!("the {} response body is not the documented shape: {detail}", response.status),
        request_id: super::decode::header_request_id(response),
        retryable: false,
        retry_after: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_body_fits_its_shape_or_says_what_it_lacks() {
        let check = |shape: Shape, body: Value| shape.problem(Member::of(&body, shape.envelope().unwrap_or("")));
        let object = Shape::Object("vpn_connection");
        assert_eq!(check(object, json!({"vpn_connection": {}, "request_id": "r"})), None);
        assert_eq!(check(object, json!({"vpn_connection": []})).as_deref(), Some("it has no vpn_connection object"));
        assert_eq!(check(object, json!({})).as_deref(), Some("it has no vpn_connection object"));
        assert_eq!(check(object, json!([1])).as_deref(), Some("it has no vpn_connection object"));
        let list = Shape::List("logs");
        assert_eq!(check(list, json!({"logs": []})), None);
        assert_eq!(check(list, json!({"logs": {}})).as_deref(), Some("it has no logs list"));
        assert_eq!(check(list, json!(null)).as_deref(), Some("it has no logs list"));
        assert_eq!(check(Shape::Json, json!(null)), None);
        assert_eq!(check(Shape::Empty, json!("anything")), None);
    }
}
