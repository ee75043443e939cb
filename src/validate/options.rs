//! What a caller can tell a validator: the cloud, how strict to be with unknown enum values, and
//! the gateway the request is for.

use serde::Deserialize;

/// Which cloud's known values apply (spec §6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Cloud {
    /// Huawei Cloud: the superset, and the default.
    #[default]
    Huawei,
    /// Open Telekom Cloud: without the values the spec marks Huawei-only.
    Otc,
}

/// How to treat an enum value that the selected cloud does not list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum UnknownEnums {
    /// An error (the default): the value is most likely a typo.
    #[default]
    Error,
    /// A warning: for a server newer than this table.
    Warning,
}

/// Options of every validator. From JS: `{ cloud?, unknownEnums?, context? }`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ValidateOptions {
    #[serde(default)]
    pub cloud: Cloud,
    #[serde(default)]
    pub unknown_enums: UnknownEnums,
    #[serde(default)]
    pub context: Context,
}

/// Facts about other resources that some rules need.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Context {
    /// The VPN gateway the connection is created on, as the API returns it.
    #[serde(default)]
    pub gateway: Option<GatewayContext>,
    /// The connection an update is for, as the API returns it.
    #[serde(default)]
    pub connection: Option<ConnectionContext>,
}

/// The connection fields that change which update rules apply.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ConnectionContext {
    /// `static`, `policy` or `bgp` (either case): enables the style rules of an update.
    #[serde(default)]
    pub style: Option<String>,
}

/// The gateway fields that change which connection rules apply.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct GatewayContext {
    /// `vpc` or `er`. With `er`, `peer_subnets` may be omitted for policy and bgp connections.
    #[serde(default)]
    pub attachment_type: Option<String>,
    /// `public` or `private`.
    #[serde(default)]
    pub network_type: Option<String>,
    /// `ipv4` or `ipv6`.
    #[serde(default)]
    pub ip_version: Option<String>,
    /// The gateway's local subnets.
    #[serde(default)]
    pub local_subnets: Option<Vec<String>>,
}

impl ValidateOptions {
    /// Whether Huawei-only fields and values are known.
    pub fn huawei(&self) -> bool {
        self.cloud == Cloud::Huawei
    }
}
