//! How each fuzz target reads its input bytes. The formats are plain text, so that a seed can be
//! written from a spec example by hand and a crashing input read in an editor:
//!
//! - `json`: the bytes are the JSON text.
//! - `validators`: the first byte picks the validator (`a` … `l`, see [`VALIDATORS`]; any byte
//!   picks one), the rest of the first line is the validate options as JSON (empty: the
//!   defaults), and everything after the first newline is the body.
//! - `decode`: an HTTP answer: a status line (`201 VpnConnectionResponse`: the status and the
//!   response type a call would read; any other word picks one by the status), header lines
//!   (`X-Request-Id: r1`), an empty line, then the body bytes.
//! - `signer`: a request to sign: `METHOD URL`, then one line each for the access key, the secret
//!   key, the security token (empty: none) and the date, then header lines (`Name: value`), an
//!   empty line, then the body bytes.

use cloudvpn::api::HttpResponse;
use cloudvpn::validate::{self, Validator};

/// Every validator, as the wasm layer exports them, by the first byte of an input.
pub const VALIDATORS: [(u8, &str, Validator); 12] = [
    (b'a', "createVpnConnection", validate::validate_create_vpn_connection),
    (b'b', "updateVpnConnection", validate::validate_update_vpn_connection),
    (b'c', "batchCreateVpnConnections", validate::validate_batch_create_vpn_connections),
    (b'd', "createCustomerGateway", validate::validate_create_customer_gateway),
    (b'e', "updateCustomerGateway", validate::validate_update_customer_gateway),
    (b'f', "createVpnGateway", validate::validate_create_vpn_gateway),
    (b'g', "updateVpnGateway", validate::validate_update_vpn_gateway),
    (b'h', "createConnectionMonitor", validate::validate_create_connection_monitor),
    (b'i', "addTags", validate::validate_tags),
    (b'j', "removeTags", validate::validate_tags),
    (b'k', "filterResourcesByTags", validate::validate_tag_filter),
    (b'l', "countResourcesByTags", validate::validate_tag_filter),
];

/// The validator an input's first byte picks (`a` is the first; every byte picks one).
pub fn validator_of(byte: u8) -> Validator {
    let index = usize::from(byte.wrapping_sub(b'a')) % VALIDATORS.len();
    VALIDATORS.get(index).map_or(validate::validate_create_vpn_connection, |(_, _, v)| *v)
}

/// Splits `text` at its first `\n` (the rest is empty when there is none).
pub fn first_line(text: &str) -> (&str, &str) {
    text.split_once('\n').unwrap_or((text, ""))
}

/// Splits `bytes` at the first empty line (`\n\n` or `\r\n\r\n`): the head as text, the body.
pub fn head_and_body(bytes: &[u8]) -> (String, &[u8]) {
    let end = bytes.windows(2).position(|w| w == b"\n\n").map(|i| (i, i + 2));
    let end_crlf = bytes.windows(4).position(|w| w == b"\r\n\r\n").map(|i| (i, i + 4));
    let (head_end, body_start) = match (end, end_crlf) {
        (Some(a), Some(b)) => a.min(b),
        (a, b) => a.or(b).unwrap_or((bytes.len(), bytes.len())),
    };
    let head = String::from_utf8_lossy(bytes.get(..head_end).unwrap_or_default()).into_owned();
    (head, bytes.get(body_start..).unwrap_or_default())
}

/// A header line, `Name: value` (split at the first `": "`; a line without one is a name with an
/// empty value, so names with `:` and other odd bytes reach the code too).
pub fn header(line: &str) -> (String, String) {
    let line = line.strip_suffix('\r').unwrap_or(line);
    let (name, value) = line.split_once(": ").unwrap_or((line, ""));
    (name.to_owned(), value.to_owned())
}

/// A `decode` input as an HTTP response (a status that does not read as a number is 0) and the
/// word after the status.
pub fn response(bytes: &[u8]) -> (HttpResponse, String) {
    let (head, body) = head_and_body(bytes);
    let mut lines = head.split('\n');
    let status_line = lines.next().unwrap_or_default().trim();
    let (digits, word) = status_line.split_once(' ').unwrap_or((status_line, ""));
    let status = digits.parse::<u32>().map_or(0, |n| (n % 65_536) as u16);
    let headers = lines.filter(|l| !l.is_empty()).map(header).collect();
    (HttpResponse { status, headers, body: body.to_vec() }, word.trim().to_owned())
}

/// A `signer` input: what to sign, as owned text.
#[derive(Debug, Default)]
pub struct SignCase {
    pub method: String,
    pub url: String,
    pub access_key: String,
    pub secret_key: String,
    /// `None` when its line is empty.
    pub security_token: Option<String>,
    pub date: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

/// Reads a `signer` input (missing lines are empty).
pub fn sign_case(bytes: &[u8]) -> SignCase {
    let (head, body) = head_and_body(bytes);
    let mut lines = head.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l));
    let mut next = || lines.next().unwrap_or_default().to_owned();
    let request_line = next();
    let (method, url) = request_line.split_once(' ').unwrap_or((&request_line, ""));
    let (method, url) = (method.to_owned(), url.to_owned());
    let (access_key, secret_key, token, date) = (next(), next(), next(), next());
    let headers = lines.filter(|l| !l.is_empty()).map(header).collect();
    let security_token = Some(token).filter(|t| !t.is_empty());
    SignCase { method, url, access_key, secret_key, security_token, date, headers, body: body.to_vec() }
}
