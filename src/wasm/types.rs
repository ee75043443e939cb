//! TypeScript declarations of the plain-data types that cross the boundary. They mirror the
//! serde types of `validate` and `api`; the golden `.d.ts` test catches any drift.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = r#"
/** Where a value sits in the body, as the body spells it: `vpn_connection.peer_subnets[3]`; `""` is the root. */
export type IssuePath = string;

/** One finding of a validator. */
export interface Issue {
  path: IssuePath;
  /** Stable code such as `cidr.overlap` or `psk.classes`; see the README's table. */
  code: string;
  severity: "error" | "warning";
  /** What is wrong and the limit. Never contains the PSK. */
  message: string;
  /** A proposed fix, such as the network form of a CIDR. */
  hint?: string;
  /** The other side of a pair (which entry a subnet overlaps). */
  related?: IssuePath;
}

/** `ok` is true when no issue has severity "error". */
export interface Report {
  ok: boolean;
  issues: Issue[];
}

export interface GatewayContext {
  attachment_type?: "vpc" | "er";
  network_type?: "public" | "private";
  ip_version?: "ipv4" | "ipv6";
  local_subnets?: string[];
}

export interface ValidateOptions {
  /** Which cloud's known values apply. Default "huawei" (the superset). */
  cloud?: "otc" | "huawei";
  /** Unknown enum values are errors by default. */
  unknownEnums?: "error" | "warning";
  context?: { gateway?: GatewayContext };
}

export interface ClientOptions {
  /** `https://host[:port]`; plain http only for loopback hosts unless `allowInsecureHttp`. */
  endpoint: string;
  /** IAM project id (32 hex digits). */
  projectId: string;
  auth: { token: string };
  /** A fetch-compatible function; default `globalThis.fetch`. */
  fetch?: (input: string, init?: RequestInit) => Promise<Response>;
  /** Validate bodies before sending. Default "error": nothing is sent when a rule is broken. */
  validation?: "error" | "warn" | "off";
  /** Options for that validation. */
  validateOptions?: ValidateOptions;
  /** Allow plain http to a host that is not loopback. Default false. */
  allowInsecureHttp?: boolean;
}

export interface CallOptions {
  /** Aborts the request; the call then rejects with an `AbortError`. */
  signal?: AbortSignal;
}

export interface IkePolicy {
  ike_version?: "v1" | "v2";
  phase1_negotiation_mode?: "main" | "aggressive";
  authentication_algorithm?: string;
  encryption_algorithm?: string;
  dh_group?: string;
  authentication_method?: string;
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
}

export interface IpsecPolicy {
  authentication_algorithm?: string;
  encryption_algorithm?: string;
  pfs?: string;
  transform_protocol?: "esp";
  /** Seconds, 30–604800, default 3600. */
  lifetime_seconds?: number;
  encapsulation_mode?: "tunnel";
}

export interface PolicyRule {
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
    style?: "static" | "policy" | "bgp";
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
  };
}

/** A VPN connection as the API returns it. */
export interface VpnConnection {
  id: string;
  name?: string;
  /** Absent from create responses. */
  status?: "ACTIVE" | "DOWN" | "PENDING_CREATE" | "PENDING_UPDATE" | "PENDING_DELETE" | "FREEZED" | "ERROR" | "UNKNOWN" | (string & {});
  vgw_id?: string;
  vgw_ip?: string;
  style?: "STATIC" | "POLICY" | "BGP" | (string & {});
  cgw_id?: string;
  peer_subnets?: string[];
  tunnel_local_address?: string;
  tunnel_peer_address?: string;
  enable_nqa?: boolean;
  enable_hub?: boolean;
  policy_rules?: PolicyRule[];
  ikepolicy?: IkePolicy & { authentication_method?: string };
  ipsecpolicy?: IpsecPolicy;
  created_at?: string;
  updated_at?: string;
  enterprise_project_id?: string;
  connection_monitor_id?: string;
  ha_role?: string;
  tags?: ResourceTag[];
  [key: string]: unknown;
}

/** `{ vpn_connection, request_id }`: the create, show and update responses. */
export interface VpnConnectionResponse {
  vpn_connection: VpnConnection;
  request_id?: string;
}
"#;
