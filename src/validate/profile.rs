//! Known enum values per cloud, in one table each, so they are updated in one place.

use super::options::Cloud;

/// An enumeration: the values both clouds accept and those only Huawei Cloud does.
pub struct Enum {
    pub common: &'static [&'static str],
    pub huawei_only: &'static [&'static str],
}

impl Enum {
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
}

/// Connection style (spec §2.2). `policy-template` appears only on a Huawei sub-site.
pub const STYLE: Enum = Enum { common: &["static", "policy", "bgp"], huawei_only: &["policy-template"] };
