//! VPN gateway bodies (spec §2.9): create and update.
//!
//! Both sides of every boundary of every rule (spec §2 and the §7 checklist), table-driven
//! (`common::rules`).

mod common;

use cloudvpn::validate::{self, ValidateOptions};
use common::rules::{options, run, subnets, with, CGW, EIP, OTHER, VGW};
use serde_json::{json, Value};

#[test]
fn vpn_gateways() {
    let base = || {
        json!({"vpn_gateway": {"vpc_id": VGW, "connect_subnet": CGW, "local_subnets": ["192.168.0.0/24"],
            "eip1": {"id": EIP}, "eip2": {"id": OTHER}}})
    };
    let g = |p: Value| with(base(), json!({"vpn_gateway": p}));
    let private =
        |p: Value| with(g(json!({"network_type": "private", "eip1": null, "eip2": null})), json!({"vpn_gateway": p}));
    run(
        validate::validate_create_vpn_gateway,
        &ValidateOptions::default(),
        &[
            ("valid", base(), &[], &[]),
            ("no vpc_id", g(json!({"vpc_id": null})), &["vpn_gateway.vpc_id field.required"], &[]),
            ("no local subnets", g(json!({"local_subnets": null})), &["vpn_gateway.local_subnets field.required"], &[]),
            (
                "51 local subnets",
                g(json!({"local_subnets": subnets(51)})),
                &["vpn_gateway.local_subnets list.length"],
                &[],
            ),
            ("er", json!({"vpn_gateway": {"attachment_type": "er", "er_id": VGW, "eip1": {"id": EIP}}}), &[], &[]),
            (
                "er without er_id",
                json!({"vpn_gateway": {"attachment_type": "er"}}),
                &["vpn_gateway.er_id field.required"],
                &[],
            ),
            // OTC: with er, vpc_id is optional (access_vpc_id wins when both are set).
            (
                "er with vpc_id",
                json!({"vpn_gateway": {"attachment_type": "er", "er_id": VGW, "vpc_id": VGW}}),
                &[],
                &[],
            ),
            ("vpc with er_id", g(json!({"er_id": VGW})), &["vpn_gateway.er_id field.conflict"], &[]),
            (
                "Basic 100",
                g(json!({"flavor": "Basic", "eip1": {"id": null, "type": "5_bgp", "bandwidth_size": 100}})),
                &[],
                &[],
            ),
            (
                "Basic 101",
                g(json!({"flavor": "Basic", "eip1": {"id": null, "type": "5_bgp", "bandwidth_size": 101}})),
                &["vpn_gateway.eip1.bandwidth_size bandwidth.flavor"],
                &[],
            ),
            (
                "Professional1 301",
                g(json!({"eip1": {"id": null, "type": "5_bgp", "bandwidth_size": 301}})),
                &["vpn_gateway.eip1.bandwidth_size bandwidth.flavor"],
                &[],
            ),
            (
                "Professional2 1000",
                g(json!({"flavor": "Professional2", "eip1": {"id": null, "type": "5_bgp", "bandwidth_size": 1000}})),
                &[],
                &[],
            ),
            // 1000 in the current references, 1024 in an earlier SDK release (accepted live).
            (
                "Professional2 1001",
                g(json!({"flavor": "Professional2", "eip1": {"id": null, "type": "5_bgp", "bandwidth_size": 1001}})),
                &[],
                &["vpn_gateway.eip1.bandwidth_size bandwidth.flavor"],
            ),
            (
                "Professional2 1024",
                g(json!({"flavor": "Professional2", "eip1": {"id": null, "type": "5_bgp", "bandwidth_size": 1024}})),
                &[],
                &["vpn_gateway.eip1.bandwidth_size bandwidth.flavor"],
            ),
            (
                "Professional2 1025",
                g(json!({"flavor": "Professional2", "eip1": {"id": null, "type": "5_bgp", "bandwidth_size": 1025}})),
                &["vpn_gateway.eip1.bandwidth_size bandwidth.flavor"],
                &[],
            ),
            (
                "V1G 1024",
                g(json!({"flavor": "V1G", "eip1": {"id": null, "type": "5_bgp", "bandwidth_size": 1024}})),
                &[],
                &["vpn_gateway.flavor field.deprecated", "vpn_gateway.eip1.bandwidth_size bandwidth.flavor"],
            ),
            // No reference caps these flavors: above OTC's 1–1000, a warning only.
            (
                "Professional3 2000",
                g(json!({"flavor": "Professional3", "eip1": {"id": null, "type": "5_bgp", "bandwidth_size": 2000}})),
                &[],
                &["vpn_gateway.eip1.bandwidth_size bandwidth.flavor"],
            ),
            (
                "Professional1-NonFixedIP 301",
                g(
                    json!({"flavor": "Professional1-NonFixedIP", "eip1": {"id": null, "type": "5_bgp", "bandwidth_size": 301}}),
                ),
                &[],
                &["vpn_gateway.eip1.bandwidth_size bandwidth.flavor"],
            ),
            (
                "bandwidth 0",
                g(json!({"eip1": {"id": null, "type": "5_bgp", "bandwidth_size": 0}})),
                &["vpn_gateway.eip1.bandwidth_size int.range"],
                &[],
            ),
            (
                "new EIP with charge_mode",
                g(json!({"eip1": {"id": null, "type": "5_bgp", "bandwidth_size": 10, "charge_mode": "bandwidth"}})),
                &[],
                &[],
            ),
            (
                "bad charge_mode",
                g(json!({"eip1": {"id": null, "type": "5_bgp", "bandwidth_size": 10, "charge_mode": "monthly"}})),
                &["vpn_gateway.eip1.charge_mode enum.unknown"],
                &[],
            ),
            (
                "charge_mode 95peak_plus",
                g(json!({"eip1": {"id": null, "type": "5_bgp", "bandwidth_size": 10, "charge_mode": "95peak_plus"}})),
                &[],
                &["vpn_gateway.eip1.charge_mode enum.unknown"],
            ),
            ("shared bandwidth", g(json!({"eip1": {"id": null, "type": "5_bgp", "bandwidth_id": OTHER}})), &[], &[]),
            (
                "bad bandwidth_id",
                g(json!({"eip1": {"id": null, "type": "5_bgp", "bandwidth_id": "x"}})),
                &["vpn_gateway.eip1.bandwidth_id id.uuid"],
                &[],
            ),
            ("5_sbgp", g(json!({"eip1": {"id": null, "type": "5_sbgp", "bandwidth_size": 10}})), &[], &[]),
            (
                "unknown EIP type",
                g(json!({"eip1": {"id": null, "type": "5_telcom", "bandwidth_size": 10}})),
                &[],
                &["vpn_gateway.eip1.type enum.unknown"],
            ),
            (
                "master_eip and slave_eip",
                g(
                    json!({"eip1": null, "eip2": null, "ha_mode": "active-standby", "master_eip": {"id": EIP}, "slave_eip": {"id": OTHER}}),
                ),
                &[],
                &["vpn_gateway.master_eip field.deprecated", "vpn_gateway.slave_eip field.deprecated"],
            ),
            (
                "master_eip checked as an EIP",
                g(json!({"eip1": null, "master_eip": {"id": "x"}})),
                &["vpn_gateway.master_eip.id id.uuid"],
                &["vpn_gateway.master_eip field.deprecated"],
            ),
            (
                "eip1 and master_eip",
                g(json!({"master_eip": {"id": OTHER}})),
                &[],
                &["vpn_gateway.master_eip field.deprecated", "vpn_gateway.master_eip field.conflict"],
            ),
            (
                "master_eip on private",
                private(json!({"master_eip": {"id": EIP}})),
                &["vpn_gateway.master_eip field.conflict"],
                &["vpn_gateway.master_eip field.deprecated"],
            ),
            ("V300", g(json!({"flavor": "V300"})), &[], &["vpn_gateway.flavor field.deprecated"]),
            ("unknown flavor", g(json!({"flavor": "Professional9"})), &[], &["vpn_gateway.flavor enum.unknown"]),
            ("GM", private(json!({"flavor": "GM"})), &[], &[]),
            (
                "ipv6 without v6 subnets",
                g(json!({"ip_version": "ipv6", "local_subnets": null})),
                &["vpn_gateway.local_subnets_v6 field.required"],
                &[],
            ),
            (
                "ipv6",
                g(json!({"ip_version": "ipv6", "local_subnets": null, "local_subnets_v6": ["2001:db8::/64"]})),
                &[],
                &[],
            ),
            (
                "new EIP without size",
                g(json!({"eip1": {"id": null, "type": "5_bgp"}})),
                &["vpn_gateway.eip1.bandwidth_size field.required"],
                &[],
            ),
            (
                "EIP with id and type",
                g(json!({"eip1": {"type": "5_bgp", "bandwidth_size": 10}})),
                &[],
                &["vpn_gateway.eip1.type field.conflict", "vpn_gateway.eip1.bandwidth_size field.conflict"],
            ),
            ("empty EIP", g(json!({"eip1": {"id": null}})), &["vpn_gateway.eip1.id field.required"], &[]),
            ("Basic private", private(json!({"flavor": "Basic"})), &["vpn_gateway.flavor field.conflict"], &[]),
            (
                "private ips",
                private(json!({"access_private_ip_1": "192.168.0.10", "access_private_ip_2": "192.168.0.11"})),
                &[],
                &[],
            ),
            (
                "one private ip",
                private(json!({"access_private_ip_1": "192.168.0.10"})),
                &["vpn_gateway.access_private_ip_2 field.pair"],
                &[],
            ),
            (
                "same private ips",
                private(json!({"access_private_ip_1": "192.168.0.10", "access_private_ip_2": "192.168.0.10"})),
                &["vpn_gateway.access_private_ip_2 field.distinct"],
                &[],
            ),
            ("eip on private", private(json!({"eip1": {"id": EIP}})), &["vpn_gateway.eip1 field.conflict"], &[]),
            (
                "private ips on public",
                g(json!({"access_private_ip_1": "192.168.0.10", "access_private_ip_2": "192.168.0.11"})),
                &[],
                &["vpn_gateway.access_private_ip_1 field.conflict", "vpn_gateway.access_private_ip_2 field.conflict"],
            ),
            ("enterprise project 0", g(json!({"enterprise_project_id": "0"})), &[], &[]),
            (
                "enterprise project 1",
                g(json!({"enterprise_project_id": "1"})),
                &["vpn_gateway.enterprise_project_id id.uuid"],
                &[],
            ),
            // "not yet supported" is OTC's word; the Huawei SDK lists the flavor plainly.
            ("NonFixedIP", g(json!({"flavor": "Professional1-NonFixedIP"})), &[], &[]),
            ("asn 0", g(json!({"bgp_asn": 0})), &["vpn_gateway.bgp_asn int.range"], &[]),
            ("ha_mode", g(json!({"ha_mode": "active-standby"})), &[], &[]),
        ],
    );
    run(
        validate::validate_update_vpn_gateway,
        &ValidateOptions::default(),
        &[
            (
                "name and subnets",
                json!({"vpn_gateway": {"name": "gw-2", "local_subnets": ["10.0.0.0/16"], "eip_id_1": EIP}}),
                &[],
                &[],
            ),
            ("flavor", json!({"vpn_gateway": {"flavor": "Basic"}}), &["vpn_gateway.flavor field.immutable"], &[]),
            ("bad eip id", json!({"vpn_gateway": {"eip_id_2": "x"}}), &["vpn_gateway.eip_id_2 id.uuid"], &[]),
            // OTC's provider sends each EIP as the gateway shows it, id and new-EIP fields together.
            (
                "EIP objects",
                json!({"vpn_gateway": {"name": "gw-2", "eip1": {"id": EIP, "type": "5_bgp", "charge_mode": "traffic",
                    "bandwidth_size": 8, "bandwidth_name": "bw-1"}, "eip2": {"id": OTHER}}}),
                &[],
                &[],
            ),
            ("bad EIP object id", json!({"vpn_gateway": {"eip1": {"id": "x"}}}), &["vpn_gateway.eip1.id id.uuid"], &[]),
            (
                "policy template",
                json!({"vpn_gateway": {"policy_template": {"ike_policy": {"dh_group": "group14", "lifetime_seconds": 86400},
                    "ipsec_policy": {"pfs": "group14"}}}}),
                &[],
                &[],
            ),
            (
                "policy template typo",
                json!({"vpn_gateway": {"policy_template": {"ike_polcy": {}}}}),
                &["vpn_gateway.policy_template.ike_polcy field.unknown"],
                &[],
            ),
            ("tags", json!({"vpn_gateway": {"tags": []}}), &["vpn_gateway.tags field.immutable"], &[]),
        ],
    );
    let otc = options(json!({"cloud": "otc"}));
    run(
        validate::validate_create_vpn_gateway,
        &otc,
        &[
            (
                "NonFixedIP",
                g(json!({"flavor": "Professional2-NonFixedIP"})),
                &[],
                &["vpn_gateway.flavor enum.unsupported"],
            ),
            ("Huawei flavor", private(json!({"flavor": "GM"})), &[], &["vpn_gateway.flavor enum.unknown"]),
            (
                "5_sbgp",
                g(json!({"eip1": {"id": null, "type": "5_sbgp", "bandwidth_size": 10}})),
                &[],
                &["vpn_gateway.eip1.type enum.unknown"],
            ),
            (
                "charge_mode 95peak_plus",
                g(json!({"eip1": {"id": null, "type": "5_bgp", "bandwidth_size": 10, "charge_mode": "95peak_plus"}})),
                &["vpn_gateway.eip1.charge_mode enum.unknown"],
                &[],
            ),
            ("ipv6", g(json!({"ip_version": "ipv6"})), &["vpn_gateway.ip_version enum.unknown"], &[]),
            (
                "v6 subnets",
                g(json!({"local_subnets_v6": ["2001:db8::/64"]})),
                &["vpn_gateway.local_subnets_v6 field.unknown"],
                &[],
            ),
        ],
    );
    run(
        validate::validate_update_vpn_gateway,
        &otc,
        &[(
            "policy template",
            json!({"vpn_gateway": {"policy_template": {"ipsec_policy": {"pfs": "disable", "lifetime_seconds": 3600}}}}),
            &[],
            &[],
        )],
    );
}
