//! TypeScript declarations of the client's options and of the responses it resolves to.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_CLIENT: &str = r#"
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
  /** Longest answer body read, in bytes (1024–1073741824, default 16777216 = 16 MiB); a longer
   *  one is cut off and the call fails with an `ApiError` `RESPONSE.TOO_LARGE`. */
  maxResponseBytes?: number;
  /** Called as each attempt is sent (an exception it throws is dropped). */
  onRequest?: (record: RequestRecord) => void;
  /** Called as each answer arrives, whatever its status. */
  onResponse?: (record: ResponseRecord) => void;
  /** Called before the wait that precedes a retry. */
  onRetry?: (record: RetryRecord) => void;
}

/** What the hooks receive: never a header, body, query or secret. */
export interface RequestRecord {
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** The URL's path, without the endpoint and the query. */
  path: string;
  /** 1 for the first attempt of a call. */
  attempt: number;
}
export interface ResponseRecord extends RequestRecord {
  status: number;
  /** The answer's X-Request-Id, or null. */
  requestId: string | null;
  /** From sending to the whole body read, in ms. */
  durationMs: number;
}
export interface RetryRecord extends RequestRecord {
  /** The wait before the next attempt, in ms. */
  delayMs: number;
  /** What the attempt failed with (its texts scrubbed of secrets). */
  error: { name: string; code: string; status: number | null };
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
/** The statuses the API documents for a VPN connection. */
export type VpnConnectionStatus = "ACTIVE" | "DOWN" | "ERROR" | "PENDING_CREATE" | "PENDING_UPDATE" | "PENDING_DELETE" | "FREEZED" | "UNKNOWN";
/** The statuses the API documents for a VPN gateway. */
export type VpnGatewayStatus = "ACTIVE" | "PENDING_CREATE" | "PENDING_UPDATE" | "PENDING_DELETE" | "FAULT" | "FREEZED";

/** What `onPoll` receives after each poll of a waiter. */
export interface WaitProgress {
  /** The status seen; `null` when the resource was not found (404). */
  status: string | null;
  /** Since the wait began, in ms. */
  elapsedMs: number;
  /** Polls so far, this one included. */
  polls: number;
}

export interface WaitOptions {
  /** Statuses that end the wait successfully (waitForVpnConnection: ["ACTIVE", "DOWN"]; waitForVpnGateway: ["ACTIVE"]).
   *  Each must be a documented status of the resource, exactly (upper case); any other is a `ConfigError`. */
  until?: VpnConnectionStatus | VpnGatewayStatus | (VpnConnectionStatus | VpnGatewayStatus)[];
  /** Statuses that end it with a `WaitError` (connections: ["ERROR", "FREEZED"]; gateways: ["FAULT", "FREEZED"]). */
  failOn?: VpnConnectionStatus | VpnGatewayStatus | (VpnConnectionStatus | VpnGatewayStatus)[];
  /** The whole wait, 0–86400000; default 900000. Past it the wait rejects with a `TimeoutError`. */
  timeoutMs?: number;
  /** The first delay between polls, default 2000; each later one is half as long again, up to `maxDelayMs`. */
  minDelayMs?: number;
  /** The longest delay between polls, default 20000. */
  maxDelayMs?: number;
  /** Aborts the wait (the poll in flight and the delay); it then rejects with an `AbortError`. */
  signal?: AbortSignal;
  /** Validation options for the polls (none of them sends a body). */
  validateOptions?: ValidateOptions;
  /** Called after each poll with the status seen; an exception it throws ends the wait with it. */
  onPoll?: (progress: WaitProgress) => void;
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
  tags?: ResourceTag[];
  /** @deprecated "static" or "bgp": the routing is chosen per VPN connection (`style`) now. */
  route_mode?: string;
  /** @deprecated The IPv4 address: see id_value. */
  ip?: string;
  [key: string]: unknown;
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
  /** Huawei Cloud only: IPv6 customer subnets, on a gateway with ip_version "ipv6". */
  peer_subnets_v6?: string[];
  /** Huawei Cloud only: the IPv6 policy rules of a POLICY connection on an "ipv6" gateway. */
  policy_rules_v6?: PolicyRule[];
  /**
   * Huawei Cloud only, show and list of BGP connections: the BGP session with the customer
   * gateway, `{ peer_ip_address, peer_asn, state, state_duration, num_received_routes,
   * num_message_received, num_message_sent }`.
   */
  bgp_peer?: Record<string, unknown>;
  /** @deprecated The same as vgw_ip. */
  eip_id?: string;
  /** @deprecated "POLICY" or "ROUTE". */
  type?: string;
  /** @deprecated "static" or "bgp", in either case. */
  route_mode?: string;
  [key: string]: unknown;
}

/** `{ vpn_connection, request_id }`: the create, show and update responses. */
export interface VpnConnectionResponse {
  vpn_connection: VpnConnection;
  request_id?: string;
}

/** Where a marker-paged list stands (spec §3.4): `next_marker` is the last item's `created_at`. */
export interface PageInfo {
  next_marker?: string;
  current_count?: number;
}

/** `listVpnConnections`' answer. */
export interface ListVpnConnectionsResponse {
  vpn_connections: VpnConnection[];
  page_info?: PageInfo;
  total_count?: number;
  request_id?: string;
}

/** `batchCreateVpnConnections`' answer. */
export interface BatchCreateVpnConnectionsResponse {
  vpn_connections: VpnConnection[];
  request_id?: string;
}

/** `getVpnConnectionLog`'s answer: the tunnel's negotiation log lines. */
export interface VpnConnectionLogResponse {
  logs: { time?: number; raw_message?: string; [key: string]: unknown }[];
  request_id?: string;
}

/** `{ customer_gateway, request_id }`: the create, show and update responses. */
export interface CustomerGatewayResponse {
  customer_gateway: CustomerGateway;
  request_id?: string;
}

/** `listCustomerGateways`' answer. */
export interface ListCustomerGatewaysResponse {
  customer_gateways: CustomerGateway[];
  page_info?: PageInfo;
  total_count?: number;
  request_id?: string;
}

/** A gateway's EIP as the API shows it. */
export interface VpnGatewayEip {
  id?: string;
  ip_address?: string;
  ip_version?: number;
  type?: string;
  charge_mode?: string;
  bandwidth_id?: string;
  bandwidth_size?: number;
  bandwidth_name?: string;
  [key: string]: unknown;
}

/** A VPN gateway as the API shows it. */
export interface VpnGateway {
  id: string;
  name?: string;
  status?: VpnGatewayStatus | (string & {});
  network_type?: "public" | "private" | (string & {});
  attachment_type?: "vpc" | "er" | (string & {});
  ip_version?: "ipv4" | "ipv6" | (string & {});
  vpc_id?: string;
  er_id?: string;
  connect_subnet?: string;
  local_subnets?: string[];
  bgp_asn?: number;
  flavor?: string;
  availability_zone_ids?: string[];
  connection_number?: number;
  used_connection_number?: number;
  used_connection_group?: number;
  enterprise_project_id?: string;
  eip1?: VpnGatewayEip;
  eip2?: VpnGatewayEip;
  access_vpc_id?: string;
  access_subnet_id?: string;
  access_private_ip_1?: string;
  access_private_ip_2?: string;
  ha_mode?: string;
  created_at?: string;
  updated_at?: string;
  tags?: ResourceTag[];
  [key: string]: unknown;
}

/** `{ vpn_gateway, request_id }`: the create, show, update and update-specification responses. */
export interface VpnGatewayResponse {
  vpn_gateway: VpnGateway;
  request_id?: string;
}

/** `listVpnGateways`' answer (not paged). */
export interface ListVpnGatewaysResponse {
  vpn_gateways: VpnGateway[];
  total_count?: number;
  request_id?: string;
}

/** `listAvailabilityZones`' answer: per flavor (keys as published, in mixed case), per attachment type. */
export interface AvailabilityZonesResponse {
  availability_zones: Record<string, { vpc?: string[]; er?: string[]; [key: string]: unknown }>;
  request_id?: string;
}

/** A connection monitor as the API shows it. */
export interface ConnectionMonitor {
  id: string;
  /** Absent from the create response. */
  status?: "ACTIVE" | "PENDING_CREATE" | "PENDING_DELETE" | (string & {});
  vpn_connection_id?: string;
  type?: string;
  source_ip?: string;
  destination_ip?: string;
  proto_type?: string;
  [key: string]: unknown;
}

/** `{ connection_monitor, request_id }`: the create and show responses. */
export interface ConnectionMonitorResponse {
  connection_monitor: ConnectionMonitor;
  request_id?: string;
}

/** `listConnectionMonitors`' answer (not paged). */
export interface ListConnectionMonitorsResponse {
  connection_monitors: ConnectionMonitor[];
  request_id?: string;
}

/** `getQuotas`' answer. */
export interface QuotasResponse {
  quotas: { resources: { type: string; quota: number; used: number; [key: string]: unknown }[] };
  request_id?: string;
}

/** `listTags`' answer: one resource's tags. */
export interface ListTagsResponse {
  tags: { key: string; value?: string }[];
  request_id?: string;
}

/** `listProjectTags`' answer: every key in use, with its values. */
export interface ListProjectTagsResponse {
  tags: { key: string; values: string[] }[];
  request_id?: string;
}

/** `filterResourcesByTags`' answer. */
export interface FilterResourcesResponse {
  resources: { resource_id: string; resource_name?: string; tags?: { key: string; value?: string }[]; [key: string]: unknown }[];
  total_count: number;
  request_id?: string;
}

/** `countResourcesByTags`' answer. */
export interface CountResourcesResponse {
  total_count: number;
  request_id?: string;
}

/** A query value the client sends: repeated when an array. */
type QueryValue<T> = T | T[];

/** `listVpnConnections`' query (spec §3.5): `limit` 0–2000 with `marker` for a page. */
export interface ListVpnConnectionsQuery {
  limit?: number;
  marker?: string;
  vgw_id?: QueryValue<string>;
  vgw_ip?: QueryValue<string>;
  enterprise_project_id?: QueryValue<string>;
}

/** `listCustomerGateways`' query: `limit` 0–200 with `marker` for a page. */
export interface ListCustomerGatewaysQuery {
  limit?: number;
  marker?: string;
}

/** `listVpnGateways`' query. */
export interface ListVpnGatewaysQuery {
  enterprise_project_id?: QueryValue<string>;
}

/** `listConnectionMonitors`' query. */
export interface ListConnectionMonitorsQuery {
  vpn_connection_id?: QueryValue<string>;
}

/** `filterResourcesByTags`' query: `limit` 1–1000, `offset` ≥ 0. */
export interface TagPageQuery {
  limit?: number;
  offset?: number;
}
"#;
