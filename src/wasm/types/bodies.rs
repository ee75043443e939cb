//! TypeScript declarations of the request bodies (spec §2), with the algorithm and group values
//! as string-literal unions. `tests/typescript_declarations.rs` holds them to the validators' shapes,
//! the serde models of `model` and the tables of `validate::profile`.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_BODIES: &str = r#"
/** "sha1" and "md5" are weak: the validators warn. */
export type AuthenticationAlgorithm = "sha2-512" | "sha2-384" | "sha2-256" | "sha1" | "md5";
/** "3des" is weak (a warning); the two gcm-128 values are not in OTC's API text (a warning on OTC). */
export type EncryptionAlgorithm =
  | "aes-256-gcm-16" | "aes-128-gcm-16" | "aes-256" | "aes-192" | "aes-128" | "3des"
  | "aes-128-gcm-128" | "aes-256-gcm-128";
/** group1, group2, group5 and group14 are weak: the validators warn. */
export type DhGroup =
  | "group1" | "group2" | "group5" | "group14" | "group15" | "group16" | "group19" | "group20" | "group21";
/** "digital-envelope-v2" (certificates) is Huawei Cloud only. */
export type AuthenticationMethod = "pre-share" | "digital-envelope-v2";

export interface IkePolicy {
  /** Default "v2". */
  ike_version?: "v1" | "v2";
  /** Default "main"; takes effect only with ike_version "v1" (a warning otherwise). */
  phase1_negotiation_mode?: "main" | "aggressive";
  /** Default "sha2-256". */
  authentication_algorithm?: AuthenticationAlgorithm;
  /** Default "aes-128". */
  encryption_algorithm?: EncryptionAlgorithm;
  /** Default "group15". */
  dh_group?: DhGroup;
  /** Default "pre-share". */
  authentication_method?: AuthenticationMethod;
  /** Seconds, 60–604800, default 86400. */
  lifetime_seconds?: number;
  local_id_type?: "ip" | "fqdn";
  local_id?: string;
  peer_id_type?: "ip" | "fqdn" | "any";
  peer_id?: string;
  dpd?: {
    /** Seconds, 2–60, default 15. */
    timeout?: number;
    /** Seconds, 10–3600, default 30. */
    interval?: number;
    msg?: "seq-hash-notify" | "seq-notify-hash";
  };
  /** @deprecated Huawei Cloud only (the Terraform provider still sends it): use ipsecpolicy.pfs. */
  pfs?: DhGroup | "disable";
}

export interface IpsecPolicy {
  /** Default "sha2-256". */
  authentication_algorithm?: AuthenticationAlgorithm;
  /** Default "aes-128". */
  encryption_algorithm?: EncryptionAlgorithm;
  /** Perfect forward secrecy: a DH group or "disable"; default "group15". */
  pfs?: DhGroup | "disable";
  transform_protocol?: "esp";
  /** Seconds, 30–604800, default 3600. */
  lifetime_seconds?: number;
  encapsulation_mode?: "tunnel";
}

export interface PolicyRule {
  /** @deprecated 0–50, unique; the server numbers the rules itself. */
  rule_index?: number;
  source?: string;
  destination?: string[];
}

export interface ResourceTag {
  key: string;
  value: string;
}

/** Body of `POST /v5/{project_id}/vpn-connection`. */
export interface CreateVpnConnectionRequest {
  vpn_connection: {
    /** 1–64 of `A–Z a–z 0–9 _ - .`; generated as `vpn-xxxx` when absent. */
    name?: string;
    /** UUID of the VPN gateway. */
    vgw_id: string;
    /** EIP id (UUID) of a public gateway, or the private IPv4 address of a private one. */
    vgw_ip: string;
    /** Default "static". */
    style?: "static" | "policy" | "bgp" | "policy-template";
    /** UUID of the customer gateway. */
    cgw_id: string;
    /** 1–50 IPv4 CIDRs. */
    peer_subnets?: string[];
    tunnel_local_address?: string;
    tunnel_peer_address?: string;
    enable_nqa?: boolean;
    enable_hub?: boolean;
    /** 8–128 characters, at least 3 of: upper, lower, digit, `~!@#$%^()-_+={},./:;`. */
    psk?: string;
    policy_rules?: PolicyRule[];
    ikepolicy?: IkePolicy;
    ipsecpolicy?: IpsecPolicy;
    ha_role?: "master" | "slave";
    tags?: ResourceTag[];
    /** Huawei Cloud only. */
    enable_health_check?: boolean;
    /** Huawei Cloud only: IPv6 customer subnets (CIDRs), for a gateway with ip_version "ipv6". */
    peer_subnets_v6?: string[];
    /** Huawei Cloud only: the IPv6 policy rules, for a gateway with ip_version "ipv6". */
    policy_rules_v6?: PolicyRule[];
  };
}

/** Body of `PUT /v5/{project_id}/vpn-connection/{id}`: every field optional. */
export interface UpdateVpnConnectionRequest {
  vpn_connection: {
    name?: string;
    cgw_id?: string;
    peer_subnets?: string[];
    tunnel_local_address?: string;
    tunnel_peer_address?: string;
    enable_hub?: boolean;
    /** In neither SDK's update schema, but sent by the Huawei Terraform provider and accepted (a warning). */
    enable_nqa?: boolean;
    psk?: string;
    policy_rules?: PolicyRule[];
    /** authentication_method cannot change: only the connection's own value (a warning). */
    ikepolicy?: IkePolicy;
    ipsecpolicy?: IpsecPolicy;
    /** Huawei Cloud only: IPv6 customer subnets (CIDRs), for a gateway with ip_version "ipv6". */
    peer_subnets_v6?: string[];
    /** Huawei Cloud only: the IPv6 policy rules, for a gateway with ip_version "ipv6". */
    policy_rules_v6?: PolicyRule[];
  };
}

/** Body of `POST /v5/{project_id}/vpn-connections/batch-create`: 1 or 2 connections on one gateway. */
export interface BatchCreateVpnConnectionsRequest {
  vpn_connections: CreateVpnConnectionRequest["vpn_connection"][];
}

/** A customer gateway's CA certificate (Huawei Cloud only; on OTC the update accepts it with a warning). */
export interface CaCertificateRequest {
  /** An existing certificate: a UUID. */
  id?: string;
  /** Or a new one: its PEM text. */
  content?: string;
}

/** A customer gateway's identity: the current form, or the legacy one (deprecated, still accepted). */
export type CustomerGatewayIdentity =
  | {
      /** Default "ip"; "fqdn" is not supported on OTC yet (a warning). */
      id_type?: "ip" | "fqdn";
      /** IPv4 when id_type is ip; 1–128 characters without spaces or `& < > [ ] \ ?` when fqdn. */
      id_value: string;
    }
  | {
      /** @deprecated The legacy form of `id_value`: an IPv4 address. */
      ip: string;
      /** @deprecated Legacy, with `ip`: the routing is chosen per VPN connection (`style`) now. */
      route_mode?: "static" | "bgp";
    };

/** Body of `POST /v5/{project_id}/customer-gateways`. */
export interface CreateCustomerGatewayRequest {
  customer_gateway: CustomerGatewayIdentity & {
    /** 1–64 of `A–Z a–z 0–9 _ - .`; generated as `cgw-xxxx` when absent. */
    name?: string;
    /** 1–4294967295; only with id_type ip. */
    bgp_asn?: number;
    tags?: ResourceTag[];
    /** Huawei Cloud only. */
    ca_certificate?: CaCertificateRequest;
  };
}

/** Body of `PUT /v5/{project_id}/customer-gateways/{id}`: only the name and the certificate can change. */
export interface UpdateCustomerGatewayRequest {
  customer_gateway: { name?: string; ca_certificate?: CaCertificateRequest };
}

export interface EipRequest {
  /** An existing EIP, or: */
  id?: string;
  /** A new EIP. Types depend on the region: "5_bgp" (both clouds), "5_sbgp" (some Huawei regions). */
  type?: "5_bgp" | "5_sbgp" | (string & {});
  /** How a new EIP's bandwidth is billed. */
  charge_mode?: "bandwidth" | "traffic";
  /** Mbit/s, at least 1, at most 100 for Basic, 300 for Professional1, 1000 for Professional2 (1024 accepted). */
  bandwidth_size?: number;
  bandwidth_name?: string;
  /** A shared bandwidth for the new EIP (then bandwidth_size is not needed). */
  bandwidth_id?: string;
}

/** Body of `POST /v5/{project_id}/vpn-gateways`. */
export interface CreateVpnGatewayRequest {
  vpn_gateway: {
    name?: string;
    /** Default "public". */
    network_type?: "public" | "private";
    /** Default "vpc". */
    attachment_type?: "vpc" | "er";
    /** "ipv6": Huawei Cloud only. */
    ip_version?: "ipv4" | "ipv6";
    /** Required with attachment_type er. */
    er_id?: string;
    /** Required with attachment_type vpc; optional with er. */
    vpc_id?: string;
    /** At most 50 CIDRs; required for a vpc ipv4 gateway. */
    local_subnets?: string[];
    /** Huawei Cloud only: required for a vpc ipv6 gateway. */
    local_subnets_v6?: string[];
    /** Subnet id; required with attachment_type vpc. */
    connect_subnet?: string;
    /** 1–4294967295, default 64512. */
    bgp_asn?: number;
    /**
     * Default "Professional1". Flavors depend on the region; V300 and V1G are the old names of
     * Professional1 and Professional2.
     */
    flavor?:
      | "V1G"
      | "V300"
      | "Basic"
      | "Professional1"
      | "Professional2"
      | "Professional3"
      | "Professional1-NonFixedIP"
      | "Professional2-NonFixedIP"
      | "Professional3-NonFixedIP"
      | "GM"
      | (string & {});
    availability_zone_ids?: string[];
    /** A UUID or "0" (the default). */
    enterprise_project_id?: string;
    /** Public gateways only. */
    eip1?: EipRequest;
    eip2?: EipRequest;
    /** @deprecated The old name of eip1 (still accepted). */
    master_eip?: EipRequest;
    /** @deprecated The old name of eip2 (still accepted). */
    slave_eip?: EipRequest;
    access_vpc_id?: string;
    access_subnet_id?: string;
    /** Default "active-active". */
    ha_mode?: "active-active" | "active-standby";
    /** Private gateways: both or neither, different. */
    access_private_ip_1?: string;
    access_private_ip_2?: string;
    tags?: ResourceTag[];
  };
}

/** A gateway's default IKE and IPsec policies (`policy_template`). */
export interface VpnGatewayPolicyTemplate {
  ike_policy?: {
    authentication_algorithm?: string;
    encryption_algorithm?: string;
    dh_group?: string;
    lifetime_seconds?: number;
  };
  ipsec_policy?: {
    authentication_algorithm?: string;
    encryption_algorithm?: string;
    pfs?: string;
    lifetime_seconds?: number;
  };
}

/** Body of `PUT /v5/{project_id}/vpn-gateways/{id}`. */
export interface UpdateVpnGatewayRequest {
  vpn_gateway: {
    name?: string;
    local_subnets?: string[];
    /** Huawei Cloud only. */
    local_subnets_v6?: string[];
    /** A new EIP for the first (active) address. */
    eip_id_1?: string;
    /** A new EIP for the second (standby) address. */
    eip_id_2?: string;
    /** As OTC's SDK sends them. */
    eip1?: EipRequest;
    eip2?: EipRequest;
    policy_template?: VpnGatewayPolicyTemplate;
  };
}

/** Body of `POST /v5/{project_id}/connection-monitors`. */
export interface CreateConnectionMonitorRequest {
  connection_monitor: { vpn_connection_id: string };
}

/** Body of the add-tags and remove-tags calls: at most 20 tags (an empty list is a warning). */
export interface TagsRequest {
  /** Keys 1–128, values 0–255 characters: letters, digits, space and `_ . : = + - @`. */
  tags: { key: string; value?: string }[];
}

/** Body of the filter and count calls of the tag API. */
export interface TagFilterRequest {
  without_any_tag?: boolean;
  /** At most 20 keys (1–128 characters), each with at most 20 values (0–255 characters); no values: any value. */
  tags?: { key: string; values: string[] }[];
  /** `value`: 0–255 characters. */
  matches?: { key: "resource_name"; value: string }[];
}
"#;
