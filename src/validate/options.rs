//! What a caller can tell a validator: the cloud, how strict to be with unknown enum values, and
//! the gateway the request is for.

use super::json::{quoted, Json};

/// Which cloud's known values apply (spec §6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Cloud {
    /// Huawei Cloud: the superset, and the default.
    #[default]
    Huawei,
    /// Open Telekom Cloud: without the values the spec marks Huawei-only.
    Otc,
}

/// How to treat an enum value that the selected cloud does not list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum UnknownEnums {
    /// An error (the default): the value is most likely a typo.
    #[default]
    Error,
    /// A warning: for a server newer than this table.
    Warning,
}

/// Options of every validator. From JS: `{ cloud?, unknownEnums?, context? }`.
#[derive(Debug, Clone, Default)]
pub struct ValidateOptions {
    pub cloud: Cloud,
    pub unknown_enums: UnknownEnums,
    pub context: Context,
}

/// Facts about other resources that some rules need.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// The VPN gateway the connection is created on, as the API returns it.
    pub gateway: Option<GatewayContext>,
    /// The connection an update is for, as the API returns it.
    pub connection: Option<ConnectionContext>,
}

/// The connection fields that change which update rules apply.
#[derive(Debug, Clone, Default)]
pub struct ConnectionContext {
    /// `static`, `policy` or `bgp` (either case): enables the style rules of an update.
    pub style: Option<String>,
}

/// The gateway fields that change which connection rules apply.
#[derive(Debug, Clone, Default)]
pub struct GatewayContext {
    /// `vpc` or `er`. With `er`, `peer_subnets` may be omitted for policy and bgp connections.
    pub attachment_type: Option<String>,
    /// `public` or `private`.
    pub network_type: Option<String>,
    /// `ipv4` or `ipv6`.
    pub ip_version: Option<String>,
    /// The gateway's local subnets.
    pub local_subnets: Option<Vec<String>>,
}

impl ValidateOptions {
    /// Whether Huawei-only fields and values are known.
    pub fn huawei(&self) -> bool {
        self.cloud == Cloud::Huawei
    }
}

/// Reads `{ cloud?, unknownEnums?, context? }` as the JS API takes it. Unknown keys are refused at
/// the top and in `context` (a misspelt option would otherwise change nothing, silently); the
/// gateway and connection contexts take the API's own objects, so they ignore keys they do not
/// use. The error says which option is wrong and what it takes.
impl ValidateOptions {
    pub fn from_json(json: &Json) -> Result<Self, String> {
        let members = json.as_object().ok_or_else(|| format!("expected an object, got {}", json.type_name()))?;
        let mut options = ValidateOptions::default();
        for (key, value) in members.iter() {
            match key {
                "cloud" => {
                    options.cloud = match value.as_str() {
                        Some("huawei") => Cloud::Huawei,
                        Some("otc") => Cloud::Otc,
                        _ => return Err(format!("cloud must be \"huawei\" or \"otc\", got {value}")),
                    }
                }
                "unknownEnums" => {
                    options.unknown_enums = match value.as_str() {
                        Some("error") => UnknownEnums::Error,
                        Some("warning") => UnknownEnums::Warning,
                        _ => return Err(format!("unknownEnums must be \"error\" or \"warning\", got {value}")),
                    }
                }
                "context" => options.context = Context::from_json(value)?,
                other => {
                    return Err(format!("unknown option {} (expected cloud, unknownEnums or context)", quoted(other)))
                }
            }
        }
        Ok(options)
    }
}

impl Context {
    fn from_json(json: &Json) -> Result<Self, String> {
        let members = json.as_object().ok_or_else(|| format!("context must be an object, got {}", json.type_name()))?;
        let mut context = Context::default();
        for (key, value) in members.iter() {
            match (key, value) {
                (_, Json::Null) if key == "gateway" || key == "connection" => {}
                ("gateway", Json::Object(_)) => {
                    context.gateway = Some(GatewayContext {
                        attachment_type: text(value, "attachment_type")?,
                        network_type: text(value, "network_type")?,
                        ip_version: text(value, "ip_version")?,
                        local_subnets: texts(value, "local_subnets")?,
                    })
                }
                ("connection", Json::Object(_)) => {
                    context.connection = Some(ConnectionContext { style: text(value, "style")? })
                }
                ("gateway" | "connection", other) => {
                    return Err(format!("context.{key} must be an object, got {}", other.type_name()))
                }
                (other, _) => {
                    return Err(format!("unknown context {} (expected gateway or connection)", quoted(other)))
                }
            }
        }
        Ok(context)
    }
}

/// `object[key]` as a string; absent or null is `None`.
fn text(object: &Json, key: &str) -> Result<Option<String>, String> {
    match object.get(key) {
        None | Some(Json::Null) => Ok(None),
        Some(Json::Str(s)) => Ok(Some(s.to_string())),
        Some(other) => Err(format!("context {key} must be a string, got {}", other.type_name())),
    }
}

/// `object[key]` as a list of strings; absent or null is `None`.
fn texts(object: &Json, key: &str) -> Result<Option<Vec<String>>, String> {
    let bad = |got: &str| format!("context {key} must be an array of strings, got {got}");
    match object.get(key) {
        None | Some(Json::Null) => Ok(None),
        Some(Json::Array(items)) => items
            .iter()
            .map(|item| {
                item.as_str().map(str::to_owned).ok_or_else(|| bad(&format!("an item that is {}", item.type_name())))
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Some),
        Some(other) => Err(bad(other.type_name())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::json::parse;

    fn read(text: &str) -> Result<ValidateOptions, String> {
        ValidateOptions::from_json(&parse(text).map_err(|e| e.to_string())?)
    }

    #[test]
    fn every_option_is_read() {
        let o = read(
            r#"{"cloud":"otc","unknownEnums":"warning","context":{"gateway":{"attachment_type":"er",
            "network_type":"private","ip_version":"ipv4","local_subnets":["10.0.0.0/16"],"id":"x","status":"ACTIVE"},
            "connection":{"style":"BGP","name":"ignored"}}}"#,
        )
        .unwrap();
        assert_eq!((o.cloud, o.unknown_enums), (Cloud::Otc, UnknownEnums::Warning));
        let g = o.context.gateway.unwrap();
        assert_eq!(g.attachment_type.as_deref(), Some("er"));
        assert_eq!(g.network_type.as_deref(), Some("private"));
        assert_eq!(g.ip_version.as_deref(), Some("ipv4"));
        assert_eq!(g.local_subnets, Some(vec!["10.0.0.0/16".to_owned()]));
        assert_eq!(o.context.connection.unwrap().style.as_deref(), Some("BGP"));
        let defaults = read("{}").unwrap();
        assert_eq!((defaults.cloud, defaults.unknown_enums), (Cloud::Huawei, UnknownEnums::Error));
        assert!(read(r#"{"context":{"gateway":null,"connection":null}}"#).unwrap().context.gateway.is_none());
    }

    #[test]
    fn wrong_options_say_which_and_what_they_take() {
        for (text, says) in [
            ("[]", "expected an object, got an array"),
            (r#"{"cloud":"aws"}"#, r#"cloud must be "huawei" or "otc", got "aws""#),
            (r#"{"cloud":null}"#, r#"cloud must be "huawei" or "otc", got null"#),
            (r#"{"unknownEnums":true}"#, "unknownEnums must be \"error\" or \"warning\", got true"),
            (r#"{"clouds":"otc"}"#, r#"unknown option "clouds""#),
            (r#"{"context":1}"#, "context must be an object, got an integer"),
            (r#"{"context":{"vpc":{}}}"#, r#"unknown context "vpc""#),
            (r#"{"context":{"gateway":"er"}}"#, "context.gateway must be an object, got a string"),
            (r#"{"context":{"gateway":{"attachment_type":1}}}"#, "context attachment_type must be a string"),
            (r#"{"context":{"gateway":{"local_subnets":"10.0.0.0/8"}}}"#, "local_subnets must be an array of strings"),
            (r#"{"context":{"gateway":{"local_subnets":[1]}}}"#, "got an item that is an integer"),
        ] {
            let error = read(text).err().unwrap_or_default();
            assert!(error.contains(says), "{text}: {error}");
        }
    }
}
