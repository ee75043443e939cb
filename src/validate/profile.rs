//! Known enum values per cloud, one table each, so they change in one place (spec §2, §6).

use super::options::Cloud;

/// An enumeration: the values both clouds accept, those only Huawei Cloud does, those a cloud
/// lists but documents as not supported yet, and those that work but are weak.
pub struct Enum {
    pub common: &'static [&'static str],
    pub huawei_only: &'static [&'static str],
    /// Known, but OTC documents them as "currently not supported" (a warning on `cloud: "otc"`).
    pub otc_unsupported: &'static [&'static str],
    /// Known, but not supported yet on either cloud (a warning).
    pub unsupported: &'static [&'static str],
    /// Accepted but low security (a warning).
    pub weak: &'static [&'static str],
}

impl Enum {
    const fn new(common: &'static [&'static str]) -> Self {
        Self { common, huawei_only: &[], otc_unsupported: &[], unsupported: &[], weak: &[] }
    }

    /// Whether `value` is known on `cloud`.
    pub fn knows(&self, value: &str, cloud: Cloud) -> bool {
        self.common.contains(&value) || (cloud == Cloud::Huawei && self.huawei_only.contains(&value))
    }

    /// The values known on `cloud`, for messages.
    pub fn listed(&self, cloud: Cloud) -> String {
        let mut all: Vec<&str> = self.common.to_vec();
        if cloud == Cloud::Huawei {
            all.extend_from_slice(self.huawei_only);
        }
        all.join(", ")
    }

    /// Why a known value deserves a warning on `cloud`, if it does.
    pub fn caveat(&self, value: &str, cloud: Cloud) -> Option<&'static str> {
        if cloud == Cloud::Otc && self.otc_unsupported.contains(&value) {
            Some("OTC documents this value as currently not supported")
        } else if self.unsupported.contains(&value) {
            Some("the API documents this value as not supported yet")
        } else {
            None
        }
    }
}

const AUTH_ALGORITHMS: &[&str] = &["sha2-512", "sha2-384", "sha2-256", "sha1", "md5"];
const ENCRYPTION: &[&str] = &["aes-256-gcm-16", "aes-128-gcm-16", "aes-256", "aes-192", "aes-128", "3des"];
const DH_GROUPS: &[&str] =
    &["group1", "group2", "group5", "group14", "group15", "group16", "group19", "group20", "group21"];
const WEAK_DH: &[&str] = &["group1", "group2", "group5", "group14"];

/// Connection style (spec §2.2). `policy-template` appears only on a Huawei sub-site.
pub const STYLE: Enum = Enum { huawei_only: &["policy-template"], ..Enum::new(&["static", "policy", "bgp"]) };
pub const IKE_VERSION: Enum = Enum::new(&["v1", "v2"]);
pub const PHASE1_MODE: Enum = Enum::new(&["main", "aggressive"]);
pub const AUTH_ALGORITHM: Enum = Enum { weak: &["sha1", "md5"], ..Enum::new(AUTH_ALGORITHMS) };
pub const ENCRYPTION_ALGORITHM: Enum =
    Enum { huawei_only: &["aes-128-gcm-128", "aes-256-gcm-128"], weak: &["3des"], ..Enum::new(ENCRYPTION) };
pub const DH_GROUP: Enum = Enum { weak: WEAK_DH, ..Enum::new(DH_GROUPS) };
pub const PFS: Enum = Enum {
    common: &[
        "group1", "group2", "group5", "group14", "group15", "group16", "group19", "group20", "group21", "disable",
    ],
    weak: WEAK_DH,
    ..Enum::new(&[])
};
pub const AUTH_METHOD: Enum = Enum { huawei_only: &["digital-envelope-v2"], ..Enum::new(&["pre-share"]) };
pub const LOCAL_ID_TYPE: Enum = Enum { otc_unsupported: &["fqdn"], ..Enum::new(&["ip", "fqdn"]) };
/// The OTC update response and the Terraform provider also list `any`.
pub const PEER_ID_TYPE: Enum = Enum { otc_unsupported: &["fqdn"], ..Enum::new(&["ip", "fqdn", "any"]) };
pub const DPD_MSG: Enum = Enum::new(&["seq-hash-notify", "seq-notify-hash"]);
pub const TRANSFORM_PROTOCOL: Enum = Enum::new(&["esp"]);
pub const ENCAPSULATION_MODE: Enum = Enum::new(&["tunnel"]);
pub const HA_ROLE: Enum = Enum::new(&["master", "slave"]);
pub const CGW_ID_TYPE: Enum = Enum { otc_unsupported: &["fqdn"], ..Enum::new(&["ip", "fqdn"]) };
pub const NETWORK_TYPE: Enum = Enum::new(&["public", "private"]);
pub const ATTACHMENT_TYPE: Enum = Enum::new(&["vpc", "er"]);
pub const IP_VERSION: Enum = Enum { huawei_only: &["ipv6"], ..Enum::new(&["ipv4"]) };
/// `V300` is the old name of `Professional1`; the two NonFixedIP flavors are "not yet supported".
pub const FLAVOR: Enum = Enum {
    huawei_only: &["GM"],
    unsupported: &["Professional1-NonFixedIP", "Professional2-NonFixedIP"],
    ..Enum::new(&[
        "V1G",
        "V300",
        "Basic",
        "Professional1",
        "Professional2",
        "Professional1-NonFixedIP",
        "Professional2-NonFixedIP",
    ])
};
pub const HA_MODE: Enum = Enum::new(&["active-active", "active-standby"]);
pub const EIP_TYPE: Enum = Enum::new(&["5_bgp"]);

/// Largest EIP bandwidth, in Mbit/s, a gateway flavor allows (spec §2.9: Basic ≤ 100,
/// Professional1 ≤ 300, otherwise ≤ 1000).
pub fn max_bandwidth(flavor: &str) -> u32 {
    match flavor {
        "Basic" => 100,
        "Professional1" | "V300" | "Professional1-NonFixedIP" => 300,
        _ => 1000,
    }
}
