//! The customer's end of the tunnel (feature `peer`): what a device must run to match a
//! connection. Device configurations and compatibility checks read the connection's policies as
//! the service runs them: [`effective_policies`].

use crate::model::{IkePolicy, IpsecPolicy, VpnConnection};

/// The IKE and IPsec policies a connection runs: what it was given, with the service's defaults
/// ([`crate::model::policy_defaults`]) for the rest. `local_address` and `peer_address` are the
/// gateway's and the customer gateway's addresses, the identities' defaults.
pub fn effective_policies(
    connection: &VpnConnection,
    local_address: &str,
    peer_address: &str,
) -> (IkePolicy, IpsecPolicy) {
    let ike = connection.ikepolicy.clone().unwrap_or_default().with_server_defaults(local_address, peer_address);
    let ipsec = connection.ipsecpolicy.clone().unwrap_or_default().with_server_defaults();
    (ike, ipsec)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::policy_defaults;

    #[test]
    fn a_connection_without_policies_runs_the_services_defaults() {
        let (ike, ipsec) = effective_policies(&VpnConnection::default(), "198.51.100.1", "203.0.113.7");
        assert_eq!(ike.dh_group.as_deref(), Some(policy_defaults::DH_GROUP));
        assert_eq!(ike.peer_id.as_deref(), Some("203.0.113.7"));
        assert_eq!(ipsec.pfs.as_deref(), Some(policy_defaults::DH_GROUP));
        let given = VpnConnection {
            ipsecpolicy: Some(IpsecPolicy { lifetime_seconds: Some(7_200), ..IpsecPolicy::default() }),
            ..VpnConnection::default()
        };
        assert_eq!(effective_policies(&given, "a", "b").1.lifetime_seconds, Some(7_200));
    }
}
