//! TypeScript declarations of the plain-data types that cross the boundary. They mirror the
//! serde types of `validate` and `api`; the golden `.d.ts` test catches any drift.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = r#"
/** Where a value sits in the body, as the body spells it: `vpn_connection.peer_subnets[3]`; `""` is the root. */
export type IssuePath = string;

/** The stable issue codes (never renamed; a new rule gets a new code). The README's table says what each means. */
export type IssueCode =
  | "options.invalid"
  | "input.unsupported"
  | "issues.truncated"
  | "field.type" | "field.required" | "field.unknown" | "field.immutable" | "field.conflict" | "field.pair" | "field.distinct" | "field.deprecated"
  | "id.uuid"
  | "vgw_ip.format"
  | "name.format"
  | "enum.unknown" | "enum.unsupported"
  | "int.range"
  | "list.length"
  | "ipv4.syntax"
  | "fqdn.format"
  | "cidr.syntax" | "cidr.host_bits" | "cidr.duplicate" | "cidr.overlap" | "cidr.reserved" | "cidr.special" | "cidr.local_subnet"
  | "tunnel.link_local" | "tunnel.prefix" | "tunnel.host" | "tunnel.same_30"
  | "algorithm.weak"
  | "lifetime.disputed"
  | "psk.length" | "psk.classes" | "psk.charset" | "psk.disputed_char"
  | "tag.key" | "tag.value" | "tag.duplicate"
  | "batch.vgw_id"
  | "bandwidth.flavor";

/** One finding of a validator. */
export interface Issue {
  path: IssuePath;
  /** Stable code such as `cidr.overlap` or `psk.classes`; see the README's table. */
  code: IssueCode;
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
  context?: {
    /** The gateway a connection is on: enables the er, network-type and local-subnet rules. */
    gateway?: GatewayContext;
    /** The connection an update is for: enables the style rules of an update. */
    connection?: { style?: string };
  };
}

export interface ClientOptions {
  /** `https://host[:port]`; plain http only for loopback hosts unless `allowInsecureHttp`. */
  endpoint: string;
  /** IAM project id (32 hex digits). */
  projectId: string;
  /** A project-scoped IAM token (`X-Auth-Token`), or an AK/SK pair that signs every request
   *  (`SDK-HMAC-SHA256`, with `X-Project-Id`; `securityToken` for temporary credentials). */
  auth: { token: string } | { accessKey: string; secretKey: string; securityToken?: string };
  /** A fetch-compatible function; default `globalThis.fetch`. */
  fetch?: (input: string, init?: RequestInit) => Promise<Response>;
  /** Validate bodies before sending. Default "error": nothing is sent when a rule is broken. */
  validation?: "error" | "warn" | "off";
  /** Options for that validation. */
  validateOptions?: ValidateOptions;
  /** Allow plain http to a host that is not loopback. Default false. */
  allowInsecureHttp?: boolean;
  /** Retries with full-jitter exponential backoff, honouring Retry-After. GET, PUT and DELETE
   *  are retried after 429, 502, 503, 504, the retryable VPN codes and network failures; a POST
   *  only when the server certainly did not act (429, 503, VPN.0030, a refused connection).
   *  Defaults: maxAttempts 3, baseDelayMs 200, maxDelayMs 20000. */
  retry?: { maxAttempts?: number; baseDelayMs?: number; maxDelayMs?: number };
  /** Per attempt, in ms. Default 30000. */
  timeoutMs?: number;
  /** For the whole call, retries and waits included, in ms. Default none. */
  overallTimeoutMs?: number;
  /** Requests of this client in flight at once (1–10000, default 16); the rest wait their turn. */
  maxConcurrency?: number;
}

export interface CallOptions {
  /** Aborts the request; the call then rejects with an `AbortError`. */
  signal?: AbortSignal;
  /**
   * Validation options for this call only, laid over the client's `validateOptions`: each key
   * given (`cloud`, `unknownEnums`, `context`) replaces the client's. For example the gateway a
   * connection goes on, `{ context: { gateway } }`, so that an `er` gateway's policy or bgp
   * connection may leave out `peer_subnets`. Unusable options reject with a `ConfigError`.
   */
  validateOptions?: ValidateOptions;
}

/** Options of the waiters. Times in ms. */
export interface WaitOptions {
  /** Statuses that end the wait successfully (waitForVpnConnection: ["ACTIVE", "DOWN"]; waitForVpnGateway: ["ACTIVE"]). */
  until?: string | string[];
  /** Statuses that end it with a `WaitError` (connections: ["ERROR", "FREEZED"]; gateways: ["FAULT", "FREEZED"]). */
  failOn?: string | string[];
  /** The whole wait, 0–86400000; default 900000. Past it the wait rejects with a `TimeoutError`. */
  timeoutMs?: number;
  /** The first delay between polls, default 2000; each later one is half as long again, up to `maxDelayMs`. */
  minDelayMs?: number;
  /** The longest delay between polls, default 20000. */
  maxDelayMs?: number;
  /** Aborts the wait (the poll in flight and the delay); it then rejects with an `AbortError`. */
  signal?: AbortSignal;
}

/** "sha1" and "md5" are weak: the validators warn. */
export type AuthenticationAlgorithm = "sha2-512" | "sha2-384" | "sha2-256" | "sha1" | "md5";
/** "3des" is weak (a warning); the two gcm-128 values are Huawei Cloud only. */
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
  /** Default "main"; only with ike_version "v1". */
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

/** Body of `PUT /v5/{project_id}/vpn-connection/{id}`: every field optional. */
export interface UpdateVpnConnectionRequest {
  vpn_connection: {
    name?: string;
    cgw_id?: string;
    peer_subnets?: string[];
    tunnel_local_address?: string;
    tunnel_peer_address?: string;
    enable_hub?: boolean;
    psk?: string;
    policy_rules?: { source?: string; destination?: string[] }[];
    ikepolicy?: Omit<IkePolicy, "authentication_method">;
    ipsecpolicy?: IpsecPolicy;
  };
}

/** Body of `POST /v5/{project_id}/vpn-connections/batch-create`: 1 or 2 connections on one gateway. */
export interface BatchCreateVpnConnectionsRequest {
  vpn_connections: (Omit<CreateVpnConnectionRequest["vpn_connection"], "policy_rules"> & {
    policy_rules?: { source?: string; destination?: string[] }[];
  })[];
}

/** Body of `POST /v5/{project_id}/customer-gateways`. */
export interface CreateCustomerGatewayRequest {
  customer_gateway: {
    /** 1–64 of `A–Z a–z 0–9 _ - .`; generated as `cgw-xxxx` when absent. */
    name?: string;
    /** Default "ip"; "fqdn" is not supported on OTC yet. */
    id_type?: "ip" | "fqdn";
    /** IPv4 when id_type is ip; 1–128 characters without spaces or `& < > [ ] \ ?` when fqdn. */
    id_value: string;
    /** 1–4294967295; only with id_type ip. */
    bgp_asn?: number;
    tags?: ResourceTag[];
  };
}

/** Body of `PUT /v5/{project_id}/customer-gateways/{id}`: only the name can change. */
export interface UpdateCustomerGatewayRequest {
  customer_gateway: { name?: string };
}

/** A customer gateway as the API shows it. */
export interface CustomerGateway {
  id: string;
  name?: string;
  id_type?: "ip" | "fqdn";
  id_value?: string;
  bgp_asn?: number;
  created_at?: string;
  updated_at?: string;
  [key: string]: unknown;
}

export interface EipRequest {
  /** An existing EIP, or: */
  id?: string;
  /** A new EIP. */
  type?: "5_bgp";
  /** Mbit/s, 1–1000, and at most 100 for Basic, 300 for Professional1. */
  bandwidth_size?: number;
  bandwidth_name?: string;
}

/** Body of `POST /v5/{project_id}/vpn-gateways`. */
export interface CreateVpnGatewayRequest {
  vpn_gateway: {
    name?: string;
    /** Default "public". */
    network_type?: "public" | "private";
    /** Default "vpc". */
    attachment_type?: "vpc" | "er";
    ip_version?: "ipv4" | "ipv6";
    /** Required with attachment_type er. */
    er_id?: string;
    /** Required with attachment_type vpc. */
    vpc_id?: string;
    /** At most 50 CIDRs; required for a vpc ipv4 gateway. */
    local_subnets?: string[];
    /** Subnet id; required with attachment_type vpc. */
    connect_subnet?: string;
    /** 1–4294967295, default 64512. */
    bgp_asn?: number;
    /** Default "Professional1". */
    flavor?: "V1G" | "V300" | "Basic" | "Professional1" | "Professional2" | "Professional1-NonFixedIP" | "Professional2-NonFixedIP" | "GM";
    availability_zone_ids?: string[];
    /** A UUID or "0" (the default). */
    enterprise_project_id?: string;
    /** Public gateways only. */
    eip1?: EipRequest;
    eip2?: EipRequest;
    access_vpc_id?: string;
    access_subnet_id?: string;
    /** Default "active-active". */
    ha_mode?: "active-active" | "active-standby";
    /** Private gateways only: both or neither, different. */
    access_private_ip_1?: string;
    access_private_ip_2?: string;
    tags?: ResourceTag[];
  };
}

/** Body of `PUT /v5/{project_id}/vpn-gateways/{id}`. */
export interface UpdateVpnGatewayRequest {
  vpn_gateway: { name?: string; local_subnets?: string[]; eip_id_1?: string; eip_id_2?: string };
}

/** Body of `POST /v5/{project_id}/connection-monitors`. */
export interface CreateConnectionMonitorRequest {
  connection_monitor: { vpn_connection_id: string };
}

/** Body of the add-tags and remove-tags calls: 1–20 tags. */
export interface TagsRequest {
  tags: { key: string; value?: string }[];
}

/** Body of the filter and count calls of the tag API. */
export interface TagFilterRequest {
  without_any_tag?: boolean;
  /** At most 20 keys, each with at most 20 values. */
  tags?: { key: string; values: string[] }[];
  matches?: { key: "resource_name"; value: string }[];
}

/** The Standard Schema v1 interface (https://standardschema.dev), copied as its authors intend. */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly "~standard": {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => StandardSchemaV1.Result<Output> | Promise<StandardSchemaV1.Result<Output>>;
    readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  };
}
export declare namespace StandardSchemaV1 {
  type Result<Output> = SuccessResult<Output> | FailureResult;
  interface SuccessResult<Output> { readonly value: Output; readonly issues?: undefined }
  interface FailureResult { readonly issues: ReadonlyArray<Issue> }
  interface Issue {
    readonly message: string;
    readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined;
  }
  interface PathSegment { readonly key: PropertyKey }
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
  ikepolicy?: IkePolicy;
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
