//! Known enum values per cloud, one table each, so they change in one place (spec §2, §6). The
//! TypeScript unions of `src/wasm/types` are held to these tables by
//! `tests/typescript_declarations.rs`, through [`ALL`].

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
const ENCRYPTION: &[&str] = &[
    "aes-256-gcm-16",
    "aes-128-gcm-16",
    "aes-256",
    "aes-192",
    "aes-128",
    "3des",
    "aes-128-gcm-128",
    "aes-256-gcm-128",
];
const DH_GROUPS: &[&str] =
    &["group1", "group2", "group5", "group14", "group15", "group16", "group19", "group20", "group21"];
const WEAK_DH: &[&str] = &["group1", "group2", "group5", "group14"];

/// Connection style (spec §2.2). `policy-template` is in OTC's API text as gophertelekomcloud
/// carries it (`evpn/v5/connection/Create.go`) and on a Huawei documentation page, but not in the
/// Huawei SDK's enum or the current OTC API reference: known on both clouds, a warning.
pub const STYLE: Enum = Enum::new(&["static", "policy", "bgp", "policy-template"]);
/// The styles some references list and others leave out (a warning).
pub const STYLE_DISPUTED: &[&str] = &["policy-template"];
pub const IKE_VERSION: Enum = Enum::new(&["v1", "v2"]);
pub const PHASE1_MODE: Enum = Enum::new(&["main", "aggressive"]);
pub const AUTH_ALGORITHM: Enum = Enum { weak: &["sha1", "md5"], ..Enum::new(AUTH_ALGORITHMS) };
/// The two `gcm-128` values are in the Huawei SDK's enum and both Terraform providers' docs, but
/// not in OTC's API text: known on both clouds, a warning on OTC (`connection::policies`).
pub const ENCRYPTION_ALGORITHM: Enum = Enum { weak: &["3des"], ..Enum::new(ENCRYPTION) };
/// The encryption algorithms OTC's API text leaves out (a warning on `cloud: "otc"`).
pub const ENCRYPTION_NOT_IN_OTC_API: &[&str] = &["aes-128-gcm-128", "aes-256-gcm-128"];
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
/// A customer gateway's `id_type`: both values in Huawei's SDK enum, OTC's API text,
/// gophertelekomcloud and both Terraform providers; OTC marks `fqdn` "currently not supported" (a
/// warning there).
pub const CGW_ID_TYPE: Enum = Enum { otc_unsupported: &["fqdn"], ..Enum::new(&["ip", "fqdn"]) };
pub const NETWORK_TYPE: Enum = Enum::new(&["public", "private"]);
pub const ATTACHMENT_TYPE: Enum = Enum::new(&["vpc", "er"]);
pub const IP_VERSION: Enum = Enum { huawei_only: &["ipv6"], ..Enum::new(&["ipv4"]) };
/// Gateway flavors (spec §2.9). Flavors depend on the region, so a value outside this table is a
/// warning, never an error. OTC's API reference lists `V1G` and `V300` (old names, see
/// [`FLAVOR_RENAMED`]) and the two NonFixedIP flavors as "not yet supported"; the Huawei SDK
/// (`CreateVgwRequestBodyContent`) adds `Professional3`, `Professional3-NonFixedIP` and `GM`.
pub const FLAVOR: Enum = Enum {
    huawei_only: &["Professional3", "Professional3-NonFixedIP", "GM"],
    otc_unsupported: &["Professional1-NonFixedIP", "Professional2-NonFixedIP"],
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
/// Old flavor names the server still accepts, and the names that replace them (OTC: "In earlier
/// versions, Professional1 is V300 … Professional2 is V1G. Using V300/V1G is not recommended").
pub const FLAVOR_RENAMED: [(&str, &str); 2] = [("V300", "Professional1"), ("V1G", "Professional2")];
pub const HA_MODE: Enum = Enum::new(&["active-active", "active-standby"]);
/// EIP types depend on the region (a value outside this table is a warning): the Huawei SDK lists
/// `5_bgp` and `5_sbgp`, OTC only `5_bgp`.
pub const EIP_TYPE: Enum = Enum { huawei_only: &["5_sbgp"], ..Enum::new(&["5_bgp"]) };
/// How a new EIP's bandwidth is billed (the Huawei SDK's enum; both Terraform providers).
pub const EIP_CHARGE_MODE: Enum = Enum::new(&["bandwidth", "traffic"]);

/// A customer gateway's legacy `route_mode` (with `ip`; Huawei SDK before 0.1.78, the Huawei
/// Terraform provider).
pub const ROUTE_MODE: Enum = Enum::new(&["static", "bgp"]);

/// Every enumeration above by its name, for the test that holds the TypeScript declarations to
/// them (a unit test below checks that none is left out).
pub const ALL: [(&str, &Enum); 23] = [
    ("STYLE", &STYLE),
    ("IKE_VERSION", &IKE_VERSION),
    ("PHASE1_MODE", &PHASE1_MODE),
    ("AUTH_ALGORITHM", &AUTH_ALGORITHM),
    ("ENCRYPTION_ALGORITHM", &ENCRYPTION_ALGORITHM),
    ("DH_GROUP", &DH_GROUP),
    ("PFS", &PFS),
    ("AUTH_METHOD", &AUTH_METHOD),
    ("LOCAL_ID_TYPE", &LOCAL_ID_TYPE),
    ("PEER_ID_TYPE", &PEER_ID_TYPE),
    ("DPD_MSG", &DPD_MSG),
    ("TRANSFORM_PROTOCOL", &TRANSFORM_PROTOCOL),
    ("ENCAPSULATION_MODE", &ENCAPSULATION_MODE),
    ("HA_ROLE", &HA_ROLE),
    ("CGW_ID_TYPE", &CGW_ID_TYPE),
    ("NETWORK_TYPE", &NETWORK_TYPE),
    ("ATTACHMENT_TYPE", &ATTACHMENT_TYPE),
    ("IP_VERSION", &IP_VERSION),
    ("FLAVOR", &FLAVOR),
    ("HA_MODE", &HA_MODE),
    ("EIP_TYPE", &EIP_TYPE),
    ("EIP_CHARGE_MODE", &EIP_CHARGE_MODE),
    ("ROUTE_MODE", &ROUTE_MODE),
];

/// The EIP bandwidth a gateway flavor allows, in Mbit/s.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BandwidthCap {
    /// The cap the current references state: above it, a warning (or the error of `hard`).
    pub stated: u32,
    /// Above it, an error: every reference puts the limit at or below it (`u32::MAX`: none does).
    pub hard: u32,
    /// Why a value between the two is only a warning.
    pub why: &'static str,
}

/// The EIP bandwidth cap of a flavor. Basic 100 and Professional1 300 are stated by the Huawei SDK,
/// OTC's API reference and the Terraform documentation alike. Professional2 is 1000 in all of them
/// except an earlier Huawei SDK release, which said 1024 (and the live API accepts 1024). For the
/// other flavors no reference states a cap: OTC's 1–1000 range, which the same page says varies by
/// region, gives a warning only.
pub fn max_bandwidth(flavor: &str) -> BandwidthCap {
    const NONE: u32 = u32::MAX;
    let (stated, hard, why) = match flavor {
        "Basic" => (100, 100, ""),
        "Professional1" | "V300" => (300, 300, ""),
        "Professional2" | "V1G" => (
            1000,
            1024,
            "the current Huawei SDK and the OTC and Terraform documentation say 1000; an earlier Huawei SDK \
             release said 1024, which the live API accepts",
        ),
        "Professional1-NonFixedIP" => {
            (300, NONE, "inferred from the flavor's 300 Mbit/s forwarding bandwidth; no reference states an EIP cap")
        }
        "Professional2-NonFixedIP" => {
            (1000, NONE, "inferred from the flavor's 1 Gbit/s forwarding bandwidth; no reference states an EIP cap")
        }
        _ => (
            1000,
            NONE,
            "OTC's API reference gives 1–1000 but says the maximum varies by region and can be raised; no \
             reference states a cap for this flavor",
        ),
    };
    BandwidthCap { stated, hard, why }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_names_every_enumeration_of_this_file_once() {
        let declared: Vec<&str> = include_str!("profile.rs")
            .lines()
            .filter_map(|line| line.strip_prefix("pub const ")?.split_once(": Enum")?.0.split_whitespace().next())
            .collect();
        let listed: Vec<&str> = ALL.iter().map(|(name, _)| *name).collect();
        assert_eq!(declared, listed, "ALL must list every `pub const …: Enum`, in file order");
    }
}
