//! Which documented operation an incoming request is, or why it is refused. Only canonical paths
//! of the site-to-site operations under the configured project pass ([`crate::api::path`],
//! [`crate::api::catalog`]); every id is checked before it is used.

use crate::api::catalog::{self, Lookup, Op, Operation, Segment};
use crate::api::{path, Method};
use crate::validate;

/// A request that is an operation of the catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route<'a> {
    pub op: Op,
    /// The path's ids and resource type, in path order ([`Operation::parameters`] names them).
    pub parameters: Vec<&'a str>,
    /// What follows the `?`, not decoded (empty when none).
    pub query: &'a str,
}

/// Why a request is not forwarded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Not below the base path, not canonical (encoded slashes, dot segments, doubled slashes), or
    /// no documented operation has this path: 404.
    NotFound,
    /// A documented path with another method: 405.
    MethodNotAllowed,
    /// The path names a project other than the configured one: 403.
    OtherProject,
    /// An id in the path is not a UUID: 400, naming the parameter.
    InvalidId { name: &'static str },
}

/// The operation of `method` on `path_and_query` (`/api/vpn/v5/{project_id}/vpn-connection?…`),
/// served under `base_path` (`/api/vpn`, or empty) for `project_id`.
pub fn route<'a>(
    method: Method,
    path_and_query: &'a str,
    base_path: &str,
    project_id: &str,
) -> Result<Route<'a>, Refusal> {
    let below = path_and_query.strip_prefix(base_path.trim_end_matches('/')).ok_or(Refusal::NotFound)?;
    if !below.starts_with('/') {
        return Err(Refusal::NotFound);
    }
    let target = path::parse(below).ok_or(Refusal::NotFound)?;
    if target.project != project_id {
        return Err(Refusal::OtherProject);
    }
    let (op, parameters) = match catalog::lookup(method, &target.rest) {
        Lookup::Found { operation, parameters } => (operation, parameters),
        Lookup::WrongMethod => return Err(Refusal::MethodNotAllowed),
        Lookup::Unknown => return Err(Refusal::NotFound),
    };
    let ids = Operation::of(op).path.iter().filter(|s| !matches!(s, Segment::Literal(_))).zip(&parameters);
    for (segment, given) in ids {
        if let Segment::Id(name) = segment {
            if !validate::is_uuid(given) {
                return Err(Refusal::InvalidId { name });
            }
        }
    }
    Ok(Route { op, parameters, query: target.query })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROJECT: &str = "0123456789abcdef0123456789abcdef";
    const ID: &str = "b32d91a4-3f0e-4c1a-a8df-e907174eb11d";

    fn at(method: Method, path: &str) -> Result<Route<'_>, Refusal> {
        route(method, path, "/api/vpn/", PROJECT)
    }

    #[test]
    fn a_documented_operation_under_the_base_path_and_project_passes() {
        let path = format!("/api/vpn/v5/{PROJECT}/vpn-connection/{ID}");
        assert_eq!(at(Method::Get, &path), Ok(Route { op: Op::GetVpnConnection, parameters: vec![ID], query: "" }));
        let path = format!("/api/vpn/v5/{PROJECT}/vpn-connection?limit=5&marker=x");
        assert_eq!(at(Method::Get, &path).map(|r| (r.op, r.query)), Ok((Op::ListVpnConnections, "limit=5&marker=x")));
        let path = format!("/v5/{PROJECT}/vpn-gateway/{ID}/tags/create");
        assert_eq!(route(Method::Post, &path, "", PROJECT).map(|r| r.op), Ok(Op::AddTags));
    }

    #[test]
    fn anything_else_is_refused_before_it_is_forwarded() {
        let p = |tail: &str| format!("/api/vpn/v5/{PROJECT}/{tail}");
        assert_eq!(at(Method::Get, &format!("/api/vpnx/v5/{PROJECT}/vpn/quotas")), Err(Refusal::NotFound));
        assert_eq!(at(Method::Get, &format!("/other/v5/{PROJECT}/vpn/quotas")), Err(Refusal::NotFound));
        assert_eq!(at(Method::Get, &p("vpn-connection%2F..%2Fvpn/quotas")), Err(Refusal::NotFound));
        assert_eq!(at(Method::Get, &p("x/../vpn/quotas")), Err(Refusal::NotFound));
        assert_eq!(at(Method::Get, &p("/vpn/quotas")), Err(Refusal::NotFound));
        assert_eq!(at(Method::Get, &p("vpcs")), Err(Refusal::NotFound));
        assert_eq!(at(Method::Delete, &p("vpn/quotas")), Err(Refusal::MethodNotAllowed));
        let other = "ffffffffffffffffffffffffffffffff";
        assert_eq!(at(Method::Get, &format!("/api/vpn/v5/{other}/vpn/quotas")), Err(Refusal::OtherProject));
        assert_eq!(at(Method::Get, &p("vpn-connection/c1")), Err(Refusal::InvalidId { name: "vpn_connection_id" }));
        assert_eq!(
            at(Method::Post, &p("vpn-connection/not-a-uuid/tags/create")),
            Err(Refusal::InvalidId { name: "resource_id" })
        );
    }
}
