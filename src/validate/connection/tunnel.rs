//! Tunnel interface addresses (spec §2.2, checklist 5): in 169.254.0.0/16 but not 169.254.195.0/24,
//! /30, host addresses of one /30 (errors: OTC's API text states them). Both or neither, and
//! different, are inferred (no reference states them; the Terraform providers send each one on its
//! own): warnings.

use crate::validate::codes::Code;
use crate::validate::ipv4::{parse_cidr, Cidr};
use crate::validate::object::{quote, Obj};
use crate::validate::report::{Issue, Report};

const LINK_LOCAL: Cidr = Cidr::new(0xA9FE_0000, 16);
const RESERVED_24: Cidr = Cidr::new(0xA9FE_C300, 24);

/// Checks one address; returns it when it passes its own rules.
fn check_one(obj: &Obj, key: &str, report: &mut Report) -> Option<Cidr> {
    let text = obj.str(key)?;
    let path = || obj.at.key(key).path();
    let cidr = match parse_cidr(text) {
        Ok(c) => c,
        Err(why) => {
            report.push(Issue::error(path(), Code::CidrSyntax, format!("{key} {}: {why}", quote(text))));
            return None;
        }
    };
    let mut ok = true;
    if !LINK_LOCAL.contains(cidr.addr) || RESERVED_24.contains(cidr.addr) {
        let why = if LINK_LOCAL.contains(cidr.addr) {
            "169.254.195.0/24 is reserved"
        } else {
            "it must be in 169.254.0.0/16"
        };
        report.push(Issue::error(path(), Code::TunnelLinkLocal, format!("{key} {cidr}: {why}")));
        ok = false;
    }
    if cidr.prefix != 30 {
        let hint = format!("{}/30", crate::validate::ipv4::format_ipv4(cidr.addr));
        report.push(
            Issue::error(path(), Code::TunnelPrefix, format!("{key} {cidr}: the prefix length must be /30"))
                .with_hint(format!("did you mean {hint}?")),
        );
        ok = false;
    } else if !matches!(cidr.addr & 3, 1 | 2) {
        let what = if cidr.addr & 3 == 0 { "the network address" } else { "the broadcast address" };
        report.push(Issue::error(
            path(),
            Code::TunnelHost,
            format!(
                "{key} {cidr} is {what} of its /30; use host .{} or .{}",
                (cidr.first() & 0xFF) + 1,
                (cidr.first() & 0xFF) + 2
            ),
        ));
        ok = false;
    }
    ok.then_some(cidr)
}

/// Checks `tunnel_local_address` and `tunnel_peer_address` of a connection; `style` is the
/// connection's style when known.
pub fn check(obj: &Obj, style: Option<&str>, report: &mut Report) {
    let (has_local, has_peer) = (obj.has("tunnel_local_address"), obj.has("tunnel_peer_address"));
    if has_local != has_peer {
        let (missing, given) = if has_local {
            ("tunnel_peer_address", "tunnel_local_address")
        } else {
            ("tunnel_local_address", "tunnel_peer_address")
        };
        report.push(
            Issue::warning(
                obj.at.key(missing).path(),
                Code::FieldPair,
                format!("{given} is set without {missing}: the two are checked against each other, so set both (the API does not say it requires both)"),
            )
            .with_related(obj.at.key(given).path()),
        );
    }
    if (has_local || has_peer) && style == Some("policy") {
        report.push(Issue::warning(
            obj.at.key(if has_local { "tunnel_local_address" } else { "tunnel_peer_address" }).path(),
            Code::FieldConflict,
            "tunnel addresses are used only by static and bgp connections",
        ));
    }
    let local = check_one(obj, "tunnel_local_address", report);
    let peer = check_one(obj, "tunnel_peer_address", report);
    let (Some(local), Some(peer)) = (local, peer) else { return };
    let peer_path = obj.at.key("tunnel_peer_address").path();
    let local_path = obj.at.key("tunnel_local_address").path();
    if local.first() != peer.first() {
        let other = if local.addr & 3 == 1 { local.first() + 2 } else { local.first() + 1 };
        report.push(
            Issue::error(peer_path, Code::TunnelSame30, format!("{peer} is not in the /30 of {local}"))
                .with_related(local_path)
                .with_hint(format!("did you mean {}/30?", crate::validate::ipv4::format_ipv4(other))),
        );
    } else if local.addr == peer.addr {
        report.push(
            Issue::warning(
                peer_path,
                Code::FieldDistinct,
                format!("the local and peer tunnel addresses are both {local}; the two ends of a tunnel need different hosts of the /30"),
            )
            .with_related(local_path),
        );
    }
}
