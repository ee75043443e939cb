//! What the AK/SK signer refuses to sign: input that would forge or break the headers it writes
//! (control characters, delimiters in the access key, header names that are not tokens, dates
//! outside a real UTC second of 1970–9999), each an [`Error::Config`] that names the field and
//! never shows a secret.

use super::error::Error;
use super::signer::{split_url, SignInput};
use super::time::is_sdk_date;
use crate::model::Secret;

/// RFC 9110 §5.6.2 `tchar`: what a method and a header name are made of.
fn is_tchar(c: char) -> bool {
    c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c)
}

/// Whether `c` may stand in the access key: visible ASCII (`!` to `~`) except `,` (which
/// separates the parts of `Authorization`), `=` (which separates a part's name from its value),
/// `;` (which separates the signed headers), and `"` and `\` (which open and escape a quoted
/// string in an auth parameter). Space and control characters (CR, LF, NUL, HTAB, DEL…) are not
/// visible; anything else (`'`, `(`, `/`, `:`, `@`…) cannot end the `Access=` part.
fn is_access_key_char(c: char) -> bool {
    c.is_ascii_graphic() && !matches!(c, ',' | '=' | ';' | '"' | '\\')
}

/// `c` for a message: `'x'` when it is visible ASCII, else `U+XXXX`.
fn shown(c: char) -> String {
    if c.is_ascii_graphic() {
        format!("'{c}'")
    } else {
        format!("U+{:04X}", u32::from(c))
    }
}

/// The first character of `text` that `ok` refuses.
fn first_bad(text: &str, ok: impl Fn(char) -> bool) -> Option<char> {
    text.chars().find(|&c| !ok(c))
}

/// A header name as a message shows it: quoted and escaped (no control character gets through),
/// at most 64 characters.
fn shown_name(name: &str) -> String {
    const MAX: usize = 64;
    let mut out: String = name.chars().take(MAX).collect::<String>().escape_debug().collect();
    if name.chars().nth(MAX).is_some() {
        out.push('…');
    }
    format!("\"{out}\"")
}

const TCHARS: &str = "letters, digits and !#$%&'*+-.^_`|~";

/// The access key's rule (see [`SignInput::access_key`]): non-empty, and every character
/// visible ASCII other than `,` `=` `;` `"` `\`, since the key is written as it is into
/// `Authorization: SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=…, Signature=…` and anything else
/// could end the header (CR, LF), add a part (`, SignedHeaders=…`) or change how it is parsed.
/// Real access keys are 20 uppercase letters and digits; this is no stricter than it must be.
/// The message names the character, never the key.
pub fn check_access_key(access_key: &str) -> Result<(), Error> {
    if access_key.is_empty() {
        return Err(Error::Config("accessKey must be non-empty".into()));
    }
    match first_bad(access_key, is_access_key_char) {
        None => Ok(()),
        Some(c) => Err(Error::Config(format!(
            "accessKey must be visible ASCII without space, ',', '=', ';', '\"' or '\\' (it is written into the \
             Authorization header); found {}",
            shown(c)
        ))),
    }
}

/// The security token's rule (see [`SignInput::security_token`]): no control character at all
/// (it is sent as the `X-Security-Token` header, and real tokens are base64-like text). The
/// message never shows the token or where in it the character is.
pub fn check_security_token(token: &Secret) -> Result<(), Error> {
    if token.expose().chars().any(char::is_control) {
        return Err(Error::Config("securityToken must not contain control characters (CR, LF, NUL, HTAB…)".into()));
    }
    Ok(())
}

/// Refuses what would forge or break the request [`sign`] returns, with an [`Error::Config`]
/// naming the field and never showing the secret key, the security token or a header's value:
/// - `method`: an RFC 9110 token (`1*tchar`: letters, digits and ``!#$%&'*+-.^_`|~``);
/// - `url`: absolute http(s), no control character (U+0000–U+001F, U+007F–U+009F), and a host
///   of visible ASCII (it becomes the `host` header; an internationalised name in its `xn--`
///   form);
/// - `access_key`: see [`check_access_key`]; `secret_key`: non-empty;
/// - `security_token`: see [`check_security_token`];
/// - header names: RFC 9110 tokens (so no CR, LF, NUL, space, `:`, `,`, `;`, `=`, quotes…), each
///   given once (compared without case); header values: no control character other than HTAB
///   (so no CR, LF, NUL, DEL, ESC, NEL…);
/// - the date signed (`X-Sdk-Date` when the headers carry it, else `date`): see
///   [`is_sdk_date`]: a real UTC second from 1970-01-01T00:00:00Z through 9999-12-31T23:59:59Z,
///   the range a four-digit `YYYY` can write and that the emulator reads.
pub fn check_input(input: &SignInput) -> Result<(), Error> {
    if input.method.is_empty() {
        return Err(Error::Config("method must be non-empty".into()));
    }
    if let Some(c) = first_bad(input.method, is_tchar) {
        return Err(Error::Config(format!("method must be an HTTP token ({TCHARS}); found {}", shown(c))));
    }
    if let Some(c) = input.url.chars().find(|c| c.is_control()) {
        return Err(Error::Config(format!("url must not contain control characters; found {}", shown(c))));
    }
    let (host, ..) = split_url(input.url)?;
    if let Some(c) = first_bad(&host, |c| c.is_ascii_graphic()) {
        return Err(Error::Config(format!(
            "url: its host must be visible ASCII (an internationalised name in its xn-- form); found {}",
            shown(c)
        )));
    }
    check_access_key(input.access_key)?;
    if input.secret_key.is_empty() {
        return Err(Error::Config("secretKey must be non-empty".into()));
    }
    if let Some(token) = input.security_token {
        check_security_token(token)?;
    }
    // An Authorization given is dropped, never signed or returned: its value does not matter.
    let signed = || input.headers.iter().filter(|(k, _)| !k.eq_ignore_ascii_case("authorization"));
    for (i, (name, value)) in signed().enumerate() {
        if name.is_empty() {
            return Err(Error::Config("header name \"\" is not an HTTP token: it is empty".into()));
        }
        if let Some(c) = first_bad(name, is_tchar) {
            return Err(Error::Config(format!(
                "header name {} is not an HTTP token ({TCHARS}); found {}",
                shown_name(name),
                shown(c)
            )));
        }
        if let Some(c) = value.chars().find(|&c| c.is_control() && c != '\t') {
            return Err(Error::Config(format!(
                "header {}: its value must not contain control characters other than HTAB; found {}",
                shown_name(name),
                shown(c)
            )));
        }
        // Two lines of one name would be signed apart but sent joined (`fetch` sends `a, b`), and
        // which X-Sdk-Date counts would be ambiguous.
        if signed().take(i).any(|(other, _)| other.eq_ignore_ascii_case(name)) {
            return Err(Error::Config(format!(
                "header {} is given twice (header names are compared without case)",
                shown_name(name)
            )));
        }
    }
    let date_rule = "YYYYMMDDTHHMMSSZ, a UTC time from 19700101T000000Z through 99991231T235959Z";
    match input.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case("x-sdk-date")) {
        Some((name, date)) if !is_sdk_date(date) => {
            Err(Error::Config(format!("header {} must be {date_rule}", shown_name(name))))
        }
        None if !is_sdk_date(input.date) => Err(Error::Config(format!("date must be {date_rule}"))),
        _ => Ok(()),
    }
}
