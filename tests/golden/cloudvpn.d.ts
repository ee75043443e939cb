// ===== index.d.ts =====
/// <reference lib="esnext.disposable" />
export * from "./node/cloudvpn.js";
export * from "./errors.js";
export * from "./schemas.js";
// ===== node/cloudvpn.d.ts =====
/* tslint:disable */
/* eslint-disable */

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



/** Where a value sits in the body, as the body spells it: `vpn_connection.peer_subnets[3]`; `""` is the root. */
export type IssuePath = string;

/** The stable issue codes (never renamed; a new rule gets a new code). The README's table says what each means. */
export type IssueCode =
| "options.invalid"
| "input.unsupported"
| "input.too_large"
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



export interface SignRequestInput {
    method: string;
    /** Absolute URL, query included. */
    url: string;
    /** Headers that will be sent; every one is signed. */
    headers?: Record<string, string>;
    /** The exact body bytes that will be sent (sign and send the same string). */
    body?: string | Uint8Array;
    accessKey: string;
    secretKey: string;
    /** X-Security-Token of temporary credentials; signed and returned. */
    securityToken?: string;
    /** Signing time; default now. A Date, epoch milliseconds, or "YYYYMMDDTHHMMSSZ". */
    date?: Date | number | string;
}



/**
 * A client of one project at one endpoint.
 */
export class VpnClient {
    free(): void;
    [Symbol.dispose](): void;
    /**
     * `POST …/{resourceType}/{id}/tags/create` with `{ tags: [{ key, value? }] }`.
     */
    addTags(resource_type: "vpn-gateway" | "customer-gateway" | "vpn-connection", id: string, body: TagsRequest, options?: CallOptions | null): Promise<void>;
    /**
     * `POST /v5/{project_id}/vpn-connections/batch-create`: `{ vpn_connections, request_id }`.
     */
    batchCreateVpnConnections(body: BatchCreateVpnConnectionsRequest, options?: CallOptions | null): Promise<BatchCreateVpnConnectionsResponse>;
    /**
     * `POST …/{resourceType}/resource-instances/count`: `{ total_count, request_id }`.
     */
    countResourcesByTags(resource_type: "vpn-gateway" | "customer-gateway" | "vpn-connection", body: TagFilterRequest, options?: CallOptions | null): Promise<CountResourcesResponse>;
    /**
     * `POST /v5/{project_id}/connection-monitors`: `{ connection_monitor, request_id }`.
     */
    createConnectionMonitor(body: CreateConnectionMonitorRequest, options?: CallOptions | null): Promise<ConnectionMonitorResponse>;
    /**
     * `POST /v5/{project_id}/customer-gateways`: `{ customer_gateway, request_id }`.
     */
    createCustomerGateway(body: CreateCustomerGatewayRequest, options?: CallOptions | null): Promise<CustomerGatewayResponse>;
    /**
     * `POST /v5/{project_id}/vpn-connection`: resolves to `{ vpn_connection, request_id }`.
     */
    createVpnConnection(body: CreateVpnConnectionRequest, options?: CallOptions | null): Promise<VpnConnectionResponse>;
    /**
     * `POST /v5/{project_id}/vpn-gateways`: `{ vpn_gateway, request_id }`.
     */
    createVpnGateway(body: CreateVpnGatewayRequest, options?: CallOptions | null): Promise<VpnGatewayResponse>;
    /**
     * `DELETE /v5/{project_id}/connection-monitors/{id}`.
     */
    deleteConnectionMonitor(id: string, options?: CallOptions | null): Promise<void>;
    /**
     * `DELETE /v5/{project_id}/customer-gateways/{id}`.
     */
    deleteCustomerGateway(id: string, options?: CallOptions | null): Promise<void>;
    /**
     * `DELETE /v5/{project_id}/vpn-connection/{id}`.
     */
    deleteVpnConnection(id: string, options?: CallOptions | null): Promise<void>;
    /**
     * `DELETE /v5/{project_id}/vpn-gateways/{id}`.
     */
    deleteVpnGateway(id: string, options?: CallOptions | null): Promise<void>;
    /**
     * The service endpoint of a cloud and region (spec §6): Huawei Cloud
     * `https://vpn.{region}.myhuaweicloud.com`, Open Telekom Cloud
     * `https://vpn.{region}.otc.t-systems.com` (`…sc.otc…` for the Swiss region `eu-ch2`).
     */
    static endpointFor(cloud: string, region: string): string;
    /**
     * `POST …/{resourceType}/resource-instances/filter` (query `limit` 1–1000, `offset`).
     */
    filterResourcesByTags(resource_type: "vpn-gateway" | "customer-gateway" | "vpn-connection", body: TagFilterRequest, query?: TagPageQuery | null, options?: CallOptions | null): Promise<FilterResourcesResponse>;
    /**
     * `GET /v5/{project_id}/connection-monitors/{id}`.
     */
    getConnectionMonitor(id: string, options?: CallOptions | null): Promise<ConnectionMonitorResponse>;
    /**
     * `GET /v5/{project_id}/customer-gateways/{id}`.
     */
    getCustomerGateway(id: string, options?: CallOptions | null): Promise<CustomerGatewayResponse>;
    /**
     * `GET /v5/{project_id}/vpn/quotas`: `{ quotas: { resources: [{ type, quota, used }] }, request_id }`.
     */
    getQuotas(options?: CallOptions | null): Promise<QuotasResponse>;
    /**
     * `GET /v5/{project_id}/vpn-connection/{id}/log`: `{ logs: [{ time, raw_message }], request_id }`.
     */
    getVpnConnectionLog(id: string, options?: CallOptions | null): Promise<VpnConnectionLogResponse>;
    /**
     * `GET /v5/{project_id}/vpn-connection/{id}`: resolves to `{ vpn_connection, request_id }`.
     */
    getVpnConnection(id: string, options?: CallOptions | null): Promise<VpnConnectionResponse>;
    /**
     * `GET /v5/{project_id}/vpn-gateways/{id}`.
     */
    getVpnGateway(id: string, options?: CallOptions | null): Promise<VpnGatewayResponse>;
    /**
     * `GET /v5/{project_id}/vpn-gateways/availability-zones`.
     */
    listAvailabilityZones(options?: CallOptions | null): Promise<AvailabilityZonesResponse>;
    /**
     * `GET /v5/{project_id}/connection-monitors` (`vpn_connection_id`, `enterprise_project_id`).
     */
    listConnectionMonitors(query?: ListConnectionMonitorsQuery | null, options?: CallOptions | null): Promise<ListConnectionMonitorsResponse>;
    /**
     * `GET /v5/{project_id}/customer-gateways` (`limit` ≤ 200, `marker`).
     */
    listCustomerGateways(query?: ListCustomerGatewaysQuery | null, options?: CallOptions | null): Promise<ListCustomerGatewaysResponse>;
    /**
     * `GET …/{resourceType}/tags`: `{ tags: [{ key, values }], request_id }`.
     */
    listProjectTags(resource_type: "vpn-gateway" | "customer-gateway" | "vpn-connection", options?: CallOptions | null): Promise<ListProjectTagsResponse>;
    /**
     * `GET …/{resourceType}/{id}/tags`: `{ tags: [{ key, value }], request_id }`.
     */
    listTags(resource_type: "vpn-gateway" | "customer-gateway" | "vpn-connection", id: string, options?: CallOptions | null): Promise<ListTagsResponse>;
    /**
     * `GET /v5/{project_id}/vpn-connection` (`limit` ≤ 2000, `marker`, `vgw_id`, `vgw_ip`,
     * `enterprise_project_id`): `{ vpn_connections, page_info, total_count, request_id }`.
     */
    listVpnConnections(query?: ListVpnConnectionsQuery | null, options?: CallOptions | null): Promise<ListVpnConnectionsResponse>;
    /**
     * `GET /v5/{project_id}/vpn-gateways` (no paging; `enterprise_project_id` may be an array).
     */
    listVpnGateways(query?: ListVpnGatewaysQuery | null, options?: CallOptions | null): Promise<ListVpnGatewaysResponse>;
    /**
     * A client. Throws a `ConfigError` when the options are unusable.
     */
    constructor(options: ClientOptions);
    /**
     * Every customer gateway, page by page (`limit` per page, 1–200, default and 0: 200; any
     * other limit rejects the first page with a `ConfigError`).
     */
    paginateCustomerGateways(query?: ListCustomerGatewaysQuery | null, options?: CallOptions | null): AsyncIterableIterator<CustomerGateway>;
    /**
     * Every VPN connection, page by page (`limit` per page, 1–2000, default and 0: 2000; any
     * other limit rejects the first page with a `ConfigError`; filters as for
     * `listVpnConnections`): `for await (const c of client.paginateVpnConnections({ limit: 100 }))`.
     */
    paginateVpnConnections(query?: ListVpnConnectionsQuery | null, options?: CallOptions | null): AsyncIterableIterator<VpnConnection>;
    /**
     * `POST …/{resourceType}/{id}/tags/delete` with `{ tags: [{ key, value? }] }`.
     */
    removeTags(resource_type: "vpn-gateway" | "customer-gateway" | "vpn-connection", id: string, body: TagsRequest, options?: CallOptions | null): Promise<void>;
    /**
     * `PUT /v5/{project_id}/customer-gateways/{id}`: the name only.
     */
    updateCustomerGateway(id: string, body: UpdateCustomerGatewayRequest, options?: CallOptions | null): Promise<CustomerGatewayResponse>;
    /**
     * `PUT /v5/{project_id}/vpn-connection/{id}`: a partial update.
     */
    updateVpnConnection(id: string, body: UpdateVpnConnectionRequest, options?: CallOptions | null): Promise<VpnConnectionResponse>;
    /**
     * `POST /v5/{project_id}/vpn-gateways/{id}/update-specification`, body `{ vpn_gateway: { flavor } }`.
     */
    updateVpnGatewaySpecification(id: string, body: { vpn_gateway: { flavor: string } }, options?: CallOptions | null): Promise<VpnGatewayResponse>;
    /**
     * `PUT /v5/{project_id}/vpn-gateways/{id}`.
     */
    updateVpnGateway(id: string, body: UpdateVpnGatewayRequest, options?: CallOptions | null): Promise<VpnGatewayResponse>;
    /**
     * Polls a resource until a `GET` answers 404 (done: resolves to `undefined`). `kind` is
     * "vpn-connection", "vpn-gateway", "customer-gateway" or "connection-monitor".
     */
    waitForDeletion(kind: "vpn-connection" | "vpn-gateway" | "customer-gateway" | "connection-monitor", id: string, options?: WaitOptions | null): Promise<void>;
    /**
     * Polls a VPN connection until its status is one of `until` (default `["ACTIVE", "DOWN"]`:
     * settled; a new connection shows DOWN until IKE negotiates); `failOn` (default
     * `["ERROR", "FREEZED"]`) rejects with a `WaitError`. Resolves to the last
     * `{ vpn_connection, request_id }`. `timeoutMs` default 900000; polls 2 s apart, growing by
     * half up to `maxDelayMs` (20 s).
     */
    waitForVpnConnection(id: string, options?: WaitOptions | null): Promise<VpnConnectionResponse>;
    /**
     * Polls a VPN gateway until its status is one of `until` (default `["ACTIVE"]`); `failOn`
     * default `["FAULT", "FREEZED"]`. Otherwise as `waitForVpnConnection`.
     */
    waitForVpnGateway(id: string, options?: WaitOptions | null): Promise<VpnGatewayResponse>;
    /**
     * The endpoint this client calls, without a trailing slash.
     */
    readonly endpoint: string;
    /**
     * The project this client calls.
     */
    readonly projectId: string;
}

/**
 * Signs a request as the vendor's `AKSKSigner` does and returns every header to send:
 * the given ones plus `host`, `X-Sdk-Date`, `X-Security-Token` (when given) and `Authorization`.
 * Throws a `ConfigError` for unusable input.
 */
export function signRequest(input: SignRequestInput): Record<string, string>;

/**
 * Checks an add-tags body, `{ tags: [{ key, value? }] }` (1–20 tags).
 */
export function validateAddTags(body: unknown, options?: ValidateOptions | null): Report;

/**
 * Checks a batch-create body, `{ vpn_connections: [1 or 2 connections on one gateway] }`.
 */
export function validateBatchCreateVpnConnections(body: unknown, options?: ValidateOptions | null): Report;

/**
 * Checks a count-resources-by-tags body.
 */
export function validateCountResourcesByTags(body: unknown, options?: ValidateOptions | null): Report;

/**
 * Checks a create-connection-monitor body.
 */
export function validateCreateConnectionMonitor(body: unknown, options?: ValidateOptions | null): Report;

/**
 * Checks a create-customer-gateway body.
 */
export function validateCreateCustomerGateway(body: unknown, options?: ValidateOptions | null): Report;

/**
 * Checks a create-VPN-connection body, `{ vpn_connection: {...} }`.
 */
export function validateCreateVpnConnection(body: unknown, options?: ValidateOptions | null): Report;

/**
 * Checks a create-VPN-gateway body.
 */
export function validateCreateVpnGateway(body: unknown, options?: ValidateOptions | null): Report;

/**
 * Checks a filter-resources-by-tags body.
 */
export function validateFilterResourcesByTags(body: unknown, options?: ValidateOptions | null): Report;

/**
 * Checks a remove-tags body, `{ tags: [{ key, value? }] }` (1–20 tags).
 */
export function validateRemoveTags(body: unknown, options?: ValidateOptions | null): Report;

/**
 * Checks an update-customer-gateway body (only the name can change).
 */
export function validateUpdateCustomerGateway(body: unknown, options?: ValidateOptions | null): Report;

/**
 * Checks an update-VPN-connection body. Pass `context.connection.style` for the style rules.
 */
export function validateUpdateVpnConnection(body: unknown, options?: ValidateOptions | null): Report;

/**
 * Checks an update-VPN-gateway body.
 */
export function validateUpdateVpnGateway(body: unknown, options?: ValidateOptions | null): Report;
// ===== errors.d.ts =====
import type { Issue } from "./node/cloudvpn.js";

/** Base of every error cloudvpn throws or rejects with. Never holds a PSK, token or secret key. */
export declare class CloudVpnError extends Error {
  /** Stable: branch on it, not on `message`. */
  readonly code: string;
  /** How many attempts the call made (errors from a client call). */
  readonly attempts?: number;
  /** True when the server may have carried out the request (a create that timed out, lost its
   *  answer, or got 500/502/504): look before you create again. */
  readonly mayHaveActed?: boolean;
}
/** The request broke a rule; nothing was sent. `code` is "VALIDATION". */
export declare class ValidationError extends CloudVpnError {
  readonly code: "VALIDATION";
  readonly issues: Issue[];
}
/** The service answered with an error. */
export declare class ApiError extends CloudVpnError {
  /** HTTP status. */
  readonly status: number;
  /** The API's code (`VPN.0004`), `HTTP.<status>` for a body without one, or `RESPONSE.INVALID`. */
  readonly code: string;
  /** From the body's `request_id`, else the `X-Request-Id` header; null when neither came. */
  readonly requestId: string | null;
  /** Whether the same request may succeed later: HTTP 429, 502, 503, 504 and the retryable VPN
   * codes (spec §4.3). The client retries these for GET, PUT and DELETE; a create only when the
   * server certainly did not act (429, 503, VPN.0030). */
  readonly retryable: boolean;
  /** How many attempts were made. */
  readonly attempts: number;
  readonly mayHaveActed: boolean;
}
/** The request did not reach the service or its answer did not arrive. `code` is "NETWORK". */
export declare class NetworkError extends CloudVpnError {
  readonly code: "NETWORK";
  /** True when the connection was refused, so the request certainly did not arrive. */
  readonly refused: boolean;
}
/** No answer within the time allowed. `code` is "TIMEOUT". */
export declare class TimeoutError extends CloudVpnError {
  readonly code: "TIMEOUT";
  readonly timeoutMs: number;
  /** A waiter's: the last status it saw (`null`: none, or the resource not found). */
  readonly lastStatus?: string | null;
  /** A waiter's: how many polls it made. */
  readonly polls?: number;
}
/** The caller's AbortSignal fired. `code` is "ABORTED". */
export declare class AbortError extends CloudVpnError {
  readonly code: "ABORTED";
}
/** The client or emulator options are unusable. `code` is "CONFIG". */
export declare class ConfigError extends CloudVpnError {
  readonly code: "CONFIG";
}
/** A waiter saw a status it fails on (`status`), or the resource vanished (`status` null). `code` is "WAIT". */
export declare class WaitError extends CloudVpnError {
  readonly code: "WAIT";
  readonly status: string | null;
  /** How many polls the waiter made. */
  readonly polls: number;
}
// ===== schemas.d.ts =====
import type {
  BatchCreateVpnConnectionsRequest,
  CreateConnectionMonitorRequest,
  CreateCustomerGatewayRequest,
  CreateVpnConnectionRequest,
  CreateVpnGatewayRequest,
  StandardSchemaV1,
  TagFilterRequest,
  TagsRequest,
  UpdateCustomerGatewayRequest,
  UpdateVpnConnectionRequest,
  UpdateVpnGatewayRequest,
} from "./node/cloudvpn.js";

/**
 * Standard Schema v1 objects (react-hook-form, TanStack Form, …): `~standard.validate(value)`
 * returns `{ value }` or `{ issues }` with each error's `path` as an array of keys and indexes,
 * plus its `code`. Warnings do not block; use the `validate…` functions to show them.
 */
export declare const createVpnConnectionSchema: StandardSchemaV1<CreateVpnConnectionRequest>;
export declare const updateVpnConnectionSchema: StandardSchemaV1<UpdateVpnConnectionRequest>;
export declare const batchCreateVpnConnectionsSchema: StandardSchemaV1<BatchCreateVpnConnectionsRequest>;
export declare const createCustomerGatewaySchema: StandardSchemaV1<CreateCustomerGatewayRequest>;
export declare const updateCustomerGatewaySchema: StandardSchemaV1<UpdateCustomerGatewayRequest>;
export declare const createVpnGatewaySchema: StandardSchemaV1<CreateVpnGatewayRequest>;
export declare const updateVpnGatewaySchema: StandardSchemaV1<UpdateVpnGatewayRequest>;
export declare const createConnectionMonitorSchema: StandardSchemaV1<CreateConnectionMonitorRequest>;
export declare const addTagsSchema: StandardSchemaV1<TagsRequest>;
export declare const removeTagsSchema: StandardSchemaV1<TagsRequest>;
export declare const filterResourcesByTagsSchema: StandardSchemaV1<TagFilterRequest>;
export declare const countResourcesByTagsSchema: StandardSchemaV1<TagFilterRequest>;
// ===== validate.d.ts =====
// `cloudvpn/validate`: the validators, their Standard Schema objects and the request types only.
export * from "./validate-node/cloudvpn.js";
export * from "./schemas.js";
// ===== validate-node/cloudvpn.d.ts =====
/* tslint:disable */
/* eslint-disable */

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



/** Where a value sits in the body, as the body spells it: `vpn_connection.peer_subnets[3]`; `""` is the root. */
export type IssuePath = string;

/** The stable issue codes (never renamed; a new rule gets a new code). The README's table says what each means. */
export type IssueCode =
| "options.invalid"
| "input.unsupported"
| "input.too_large"
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



/**
 * Checks an add-tags body, `{ tags: [{ key, value? }] }` (1–20 tags).
 */
export function validateAddTags(body: unknown, options?: ValidateOptions | null): Report;

/**
 * Checks a batch-create body, `{ vpn_connections: [1 or 2 connections on one gateway] }`.
 */
export function validateBatchCreateVpnConnections(body: unknown, options?: ValidateOptions | null): Report;

/**
 * Checks a count-resources-by-tags body.
 */
export function validateCountResourcesByTags(body: unknown, options?: ValidateOptions | null): Report;

/**
 * Checks a create-connection-monitor body.
 */
export function validateCreateConnectionMonitor(body: unknown, options?: ValidateOptions | null): Report;

/**
 * Checks a create-customer-gateway body.
 */
export function validateCreateCustomerGateway(body: unknown, options?: ValidateOptions | null): Report;

/**
 * Checks a create-VPN-connection body, `{ vpn_connection: {...} }`.
 */
export function validateCreateVpnConnection(body: unknown, options?: ValidateOptions | null): Report;

/**
 * Checks a create-VPN-gateway body.
 */
export function validateCreateVpnGateway(body: unknown, options?: ValidateOptions | null): Report;

/**
 * Checks a filter-resources-by-tags body.
 */
export function validateFilterResourcesByTags(body: unknown, options?: ValidateOptions | null): Report;

/**
 * Checks a remove-tags body, `{ tags: [{ key, value? }] }` (1–20 tags).
 */
export function validateRemoveTags(body: unknown, options?: ValidateOptions | null): Report;

/**
 * Checks an update-customer-gateway body (only the name can change).
 */
export function validateUpdateCustomerGateway(body: unknown, options?: ValidateOptions | null): Report;

/**
 * Checks an update-VPN-connection body. Pass `context.connection.style` for the style rules.
 */
export function validateUpdateVpnConnection(body: unknown, options?: ValidateOptions | null): Report;

/**
 * Checks an update-VPN-gateway body.
 */
export function validateUpdateVpnGateway(body: unknown, options?: ValidateOptions | null): Report;
// ===== emulator.d.ts =====
/// <reference lib="esnext.disposable" />
export { Emulator } from "./emulator-node/cloudvpn.js";
export type { EmulatorOptions, EmulatorResponse } from "./emulator-node/cloudvpn.js";

/** The emulator's zero-configuration defaults. */
export declare const EMULATOR_DEFAULTS: {
  readonly project: string;
  readonly token: string;
  readonly accessKey: string;
  readonly secretKey: string;
  readonly transitionMs: number;
};
// ===== emulator-node/cloudvpn.d.ts =====
/* tslint:disable */
/* eslint-disable */

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



/** Where a value sits in the body, as the body spells it: `vpn_connection.peer_subnets[3]`; `""` is the root. */
export type IssuePath = string;

/** The stable issue codes (never renamed; a new rule gets a new code). The README's table says what each means. */
export type IssueCode =
| "options.invalid"
| "input.unsupported"
| "input.too_large"
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



export interface EmulatorOptions {
    /** Project ids that exist. Default ["0123456789abcdef0123456789abcdef"]. */
    projects?: string[];
    /** Tokens accepted as X-Auth-Token: a string is valid for every project, `{ token, projects }`
     *  only for those. Default ["emulator-token"]. */
    tokens?: (string | { token: string; projects: string[] })[];
    /** AK/SK pairs accepted (SDK-HMAC-SHA256). Default [{ accessKey: "EMULATORACCESSKEY000", secretKey: "emulator-secret-key" }]. */
    credentials?: { accessKey: string; secretKey: string }[];
    /** Milliseconds from create to the settled status, and from delete to gone. Default 1000. */
    transitionMs?: number;
    /** When set, a VPN connection turns from DOWN to ACTIVE this many ms after it settled, as if
     *  its peer had negotiated IKE. Default: unset, it stays DOWN (nothing negotiates). */
    connectMs?: number;
    /** Seed of the id generator; the same seed gives the same ids. Default: random. */
    seed?: number;
    /** Fault rules, drawn deterministically from `seed`. Default none. */
    faults?: FaultRule[];
    /** Delay added to every answer of `fetch` and `answer`, in ms. Default 0. */
    delayMs?: number;
    /** Resources per project. Default { vpn_gateway: 50, customer_gateway: 100, vpn_connection: 5000 }. */
    quotas?: { vpn_gateway?: number; customer_gateway?: number; vpn_connection?: number };
}
/** A fault kind: an error status, a dropped connection, added latency, or a malformed body. */
export type FaultKind = "429" | "500" | "502" | "503" | "504" | "drop-before" | "drop-after" | "latency" | "truncated-json" | "html";
/** Which requests fail, how often and how; the first matching rule decides. */
export interface FaultRule {
    /** Only this method; default any. */
    method?: "GET" | "POST" | "PUT" | "DELETE";
    /** A path below /v5/{project_id}/, `*` for one segment, a trailing `**` for the rest; default any. */
    path?: string;
    /** Share of matching requests that fail, 0–1. */
    rate: number;
    /** Drawn uniformly; default every kind. */
    kinds?: FaultKind[];
    /** Retry-After of a 429, in seconds. Default 1. */
    retryAfterS?: number;
    /** Added delay of a latency fault, in ms. Default 200. */
    latencyMs?: number;
}
/** What a transport must do: send after `delayMs`, or drop the connection. */
export type EmulatorAnswer = (EmulatorResponse & { delayMs: number; drop?: undefined }) | { drop: true; delayMs: number };
/** A plain answer of `Emulator.handle`. */
export interface EmulatorResponse {
    status: number;
    headers: [string, string][];
    body: Uint8Array;
}



export interface SignRequestInput {
    method: string;
    /** Absolute URL, query included. */
    url: string;
    /** Headers that will be sent; every one is signed. */
    headers?: Record<string, string>;
    /** The exact body bytes that will be sent (sign and send the same string). */
    body?: string | Uint8Array;
    accessKey: string;
    secretKey: string;
    /** X-Security-Token of temporary credentials; signed and returned. */
    securityToken?: string;
    /** Signing time; default now. A Date, epoch milliseconds, or "YYYYMMDDTHHMMSSZ". */
    date?: Date | number | string;
}



/**
 * The emulator, in process.
 */
export class Emulator {
    free(): void;
    [Symbol.dispose](): void;
    /**
     * Answers one request as a transport must, with the configured faults and delays:
     * `{ status, headers, body, delayMs }`, or `{ drop: true, delayMs }` when the connection is
     * to be dropped without an answer.
     */
    answer(method: string, url: string, headers: [string, string][], body: Uint8Array): EmulatorAnswer;
    /**
     * How many VPN connections `projectId` holds; `undefined` for an unknown project.
     */
    connectionCount(project_id: string): number | undefined;
    /**
     * Answers one request synchronously: `method`, a URL or path, header pairs, body bytes.
     */
    handle(method: string, url: string, headers: [string, string][], body: Uint8Array): EmulatorResponse;
    /**
     * An emulator with its own empty store. Throws a `ConfigError` for unusable options.
     */
    constructor(options?: EmulatorOptions | null);
    /**
     * Forgets every resource; the options stay.
     */
    reset(): void;
    /**
     * The store of `projectId` (default: the first configured project) as plain JSON:
     * `{ vpn_gateways, customer_gateways, vpn_connections, connection_monitors }`, each as the API
     * would show it, without secrets; `undefined` for an unknown project.
     */
    snapshot(project_id?: string | null): any;
    /**
     * A fetch-compatible function bound to this emulator: `new VpnClient({ fetch: emulator.fetch })`.
     */
    readonly fetch: (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
}

/**
 * A client of one project at one endpoint.
 */
export class VpnClient {
    free(): void;
    [Symbol.dispose](): void;
    /**
     * `POST …/{resourceType}/{id}/tags/create` with `{ tags: [{ key, value? }] }`.
     */
    addTags(resource_type: "vpn-gateway" | "customer-gateway" | "vpn-connection", id: string, body: TagsRequest, options?: CallOptions | null): Promise<void>;
    /**
     * `POST /v5/{project_id}/vpn-connections/batch-create`: `{ vpn_connections, request_id }`.
     */
    batchCreateVpnConnections(body: BatchCreateVpnConnectionsRequest, options?: CallOptions | null): Promise<BatchCreateVpnConnectionsResponse>;
    /**
     * `POST …/{resourceType}/resource-instances/count`: `{ total_count, request_id }`.
     */
    countResourcesByTags(resource_type: "vpn-gateway" | "customer-gateway" | "vpn-connection", body: TagFilterRequest, options?: CallOptions | null): Promise<CountResourcesResponse>;
    /**
     * `POST /v5/{project_id}/connection-monitors`: `{ connection_monitor, request_id }`.
     */
    createConnectionMonitor(body: CreateConnectionMonitorRequest, options?: CallOptions | null): Promise<ConnectionMonitorResponse>;
    /**
     * `POST /v5/{project_id}/customer-gateways`: `{ customer_gateway, request_id }`.
     */
    createCustomerGateway(body: CreateCustomerGatewayRequest, options?: CallOptions | null): Promise<CustomerGatewayResponse>;
    /**
     * `POST /v5/{project_id}/vpn-connection`: resolves to `{ vpn_connection, request_id }`.
     */
    createVpnConnection(body: CreateVpnConnectionRequest, options?: CallOptions | null): Promise<VpnConnectionResponse>;
    /**
     * `POST /v5/{project_id}/vpn-gateways`: `{ vpn_gateway, request_id }`.
     */
    createVpnGateway(body: CreateVpnGatewayRequest, options?: CallOptions | null): Promise<VpnGatewayResponse>;
    /**
     * `DELETE /v5/{project_id}/connection-monitors/{id}`.
     */
    deleteConnectionMonitor(id: string, options?: CallOptions | null): Promise<void>;
    /**
     * `DELETE /v5/{project_id}/customer-gateways/{id}`.
     */
    deleteCustomerGateway(id: string, options?: CallOptions | null): Promise<void>;
    /**
     * `DELETE /v5/{project_id}/vpn-connection/{id}`.
     */
    deleteVpnConnection(id: string, options?: CallOptions | null): Promise<void>;
    /**
     * `DELETE /v5/{project_id}/vpn-gateways/{id}`.
     */
    deleteVpnGateway(id: string, options?: CallOptions | null): Promise<void>;
    /**
     * The service endpoint of a cloud and region (spec §6): Huawei Cloud
     * `https://vpn.{region}.myhuaweicloud.com`, Open Telekom Cloud
     * `https://vpn.{region}.otc.t-systems.com` (`…sc.otc…` for the Swiss region `eu-ch2`).
     */
    static endpointFor(cloud: string, region: string): string;
    /**
     * `POST …/{resourceType}/resource-instances/filter` (query `limit` 1–1000, `offset`).
     */
    filterResourcesByTags(resource_type: "vpn-gateway" | "customer-gateway" | "vpn-connection", body: TagFilterRequest, query?: TagPageQuery | null, options?: CallOptions | null): Promise<FilterResourcesResponse>;
    /**
     * `GET /v5/{project_id}/connection-monitors/{id}`.
     */
    getConnectionMonitor(id: string, options?: CallOptions | null): Promise<ConnectionMonitorResponse>;
    /**
     * `GET /v5/{project_id}/customer-gateways/{id}`.
     */
    getCustomerGateway(id: string, options?: CallOptions | null): Promise<CustomerGatewayResponse>;
    /**
     * `GET /v5/{project_id}/vpn/quotas`: `{ quotas: { resources: [{ type, quota, used }] }, request_id }`.
     */
    getQuotas(options?: CallOptions | null): Promise<QuotasResponse>;
    /**
     * `GET /v5/{project_id}/vpn-connection/{id}/log`: `{ logs: [{ time, raw_message }], request_id }`.
     */
    getVpnConnectionLog(id: string, options?: CallOptions | null): Promise<VpnConnectionLogResponse>;
    /**
     * `GET /v5/{project_id}/vpn-connection/{id}`: resolves to `{ vpn_connection, request_id }`.
     */
    getVpnConnection(id: string, options?: CallOptions | null): Promise<VpnConnectionResponse>;
    /**
     * `GET /v5/{project_id}/vpn-gateways/{id}`.
     */
    getVpnGateway(id: string, options?: CallOptions | null): Promise<VpnGatewayResponse>;
    /**
     * `GET /v5/{project_id}/vpn-gateways/availability-zones`.
     */
    listAvailabilityZones(options?: CallOptions | null): Promise<AvailabilityZonesResponse>;
    /**
     * `GET /v5/{project_id}/connection-monitors` (`vpn_connection_id`, `enterprise_project_id`).
     */
    listConnectionMonitors(query?: ListConnectionMonitorsQuery | null, options?: CallOptions | null): Promise<ListConnectionMonitorsResponse>;
    /**
     * `GET /v5/{project_id}/customer-gateways` (`limit` ≤ 200, `marker`).
     */
    listCustomerGateways(query?: ListCustomerGatewaysQuery | null, options?: CallOptions | null): Promise<ListCustomerGatewaysResponse>;
    /**
     * `GET …/{resourceType}/tags`: `{ tags: [{ key, values }], request_id }`.
     */
    listProjectTags(resource_type: "vpn-gateway" | "customer-gateway" | "vpn-connection", options?: CallOptions | null): Promise<ListProjectTagsResponse>;
    /**
     * `GET …/{resourceType}/{id}/tags`: `{ tags: [{ key, value }], request_id }`.
     */
    listTags(resource_type: "vpn-gateway" | "customer-gateway" | "vpn-connection", id: string, options?: CallOptions | null): Promise<ListTagsResponse>;
    /**
     * `GET /v5/{project_id}/vpn-connection` (`limit` ≤ 2000, `marker`, `vgw_id`, `vgw_ip`,
     * `enterprise_project_id`): `{ vpn_connections, page_info, total_count, request_id }`.
     */
    listVpnConnections(query?: ListVpnConnectionsQuery | null, options?: CallOptions | null): Promise<ListVpnConnectionsResponse>;
    /**
     * `GET /v5/{project_id}/vpn-gateways` (no paging; `enterprise_project_id` may be an array).
     */
    listVpnGateways(query?: ListVpnGatewaysQuery | null, options?: CallOptions | null): Promise<ListVpnGatewaysResponse>;
    /**
     * A client. Throws a `ConfigError` when the options are unusable.
     */
    constructor(options: ClientOptions);
    /**
     * Every customer gateway, page by page (`limit` per page, 1–200, default and 0: 200; any
     * other limit rejects the first page with a `ConfigError`).
     */
    paginateCustomerGateways(query?: ListCustomerGatewaysQuery | null, options?: CallOptions | null): AsyncIterableIterator<CustomerGateway>;
    /**
     * Every VPN connection, page by page (`limit` per page, 1–2000, default and 0: 2000; any
     * other limit rejects the first page with a `ConfigError`; filters as for
     * `listVpnConnections`): `for await (const c of client.paginateVpnConnections({ limit: 100 }))`.
     */
    paginateVpnConnections(query?: ListVpnConnectionsQuery | null, options?: CallOptions | null): AsyncIterableIterator<VpnConnection>;
    /**
     * `POST …/{resourceType}/{id}/tags/delete` with `{ tags: [{ key, value? }] }`.
     */
    removeTags(resource_type: "vpn-gateway" | "customer-gateway" | "vpn-connection", id: string, body: TagsRequest, options?: CallOptions | null): Promise<void>;
    /**
     * `PUT /v5/{project_id}/customer-gateways/{id}`: the name only.
     */
    updateCustomerGateway(id: string, body: UpdateCustomerGatewayRequest, options?: CallOptions | null): Promise<CustomerGatewayResponse>;
    /**
     * `PUT /v5/{project_id}/vpn-connection/{id}`: a partial update.
     */
    updateVpnConnection(id: string, body: UpdateVpnConnectionRequest, options?: CallOptions | null): Promise<VpnConnectionResponse>;
    /**
     * `POST /v5/{project_id}/vpn-gateways/{id}/update-specification`, body `{ vpn_gateway: { flavor } }`.
     */
    updateVpnGatewaySpecification(id: string, body: { vpn_gateway: { flavor: string } }, options?: CallOptions | null): Promise<VpnGatewayResponse>;
    /**
     * `PUT /v5/{project_id}/vpn-gateways/{id}`.
     */
    updateVpnGateway(id: string, body: UpdateVpnGatewayRequest, options?: CallOptions | null): Promise<VpnGatewayResponse>;
    /**
     * Polls a resource until a `GET` answers 404 (done: resolves to `undefined`). `kind` is
     * "vpn-connection", "vpn-gateway", "customer-gateway" or "connection-monitor".
     */
    waitForDeletion(kind: "vpn-connection" | "vpn-gateway" | "customer-gateway" | "connection-monitor", id: string, options?: WaitOptions | null): Promise<void>;
    /**
     * Polls a VPN connection until its status is one of `until` (default `["ACTIVE", "DOWN"]`:
     * settled; a new connection shows DOWN until IKE negotiates); `failOn` (default
     * `["ERROR", "FREEZED"]`) rejects with a `WaitError`. Resolves to the last
     * `{ vpn_connection, request_id }`. `timeoutMs` default 900000; polls 2 s apart, growing by
     * half up to `maxDelayMs` (20 s).
     */
    waitForVpnConnection(id: string, options?: WaitOptions | null): Promise<VpnConnectionResponse>;
    /**
     * Polls a VPN gateway until its status is one of `until` (default `["ACTIVE"]`); `failOn`
     * default `["FAULT", "FREEZED"]`. Otherwise as `waitForVpnConnection`.
     */
    waitForVpnGateway(id: string, options?: WaitOptions | null): Promise<VpnGatewayResponse>;
    /**
     * The endpoint this client calls, without a trailing slash.
     */
    readonly endpoint: string;
    /**
     * The project this client calls.
     */
    readonly projectId: string;
}

/**
 * Signs a request as the vendor's `AKSKSigner` does and returns every header to send:
 * the given ones plus `host`, `X-Sdk-Date`, `X-Security-Token` (when given) and `Authorization`.
 * Throws a `ConfigError` for unusable input.
 */
export function signRequest(input: SignRequestInput): Record<string, string>;

/**
 * Checks an add-tags body, `{ tags: [{ key, value? }] }` (1–20 tags).
 */
export function validateAddTags(body: unknown, options?: ValidateOptions | null): Report;

/**
 * Checks a batch-create body, `{ vpn_connections: [1 or 2 connections on one gateway] }`.
 */
export function validateBatchCreateVpnConnections(body: unknown, options?: ValidateOptions | null): Report;

/**
 * Checks a count-resources-by-tags body.
 */
export function validateCountResourcesByTags(body: unknown, options?: ValidateOptions | null): Report;

/**
 * Checks a create-connection-monitor body.
 */
export function validateCreateConnectionMonitor(body: unknown, options?: ValidateOptions | null): Report;

/**
 * Checks a create-customer-gateway body.
 */
export function validateCreateCustomerGateway(body: unknown, options?: ValidateOptions | null): Report;

/**
 * Checks a create-VPN-connection body, `{ vpn_connection: {...} }`.
 */
export function validateCreateVpnConnection(body: unknown, options?: ValidateOptions | null): Report;

/**
 * Checks a create-VPN-gateway body.
 */
export function validateCreateVpnGateway(body: unknown, options?: ValidateOptions | null): Report;

/**
 * Checks a filter-resources-by-tags body.
 */
export function validateFilterResourcesByTags(body: unknown, options?: ValidateOptions | null): Report;

/**
 * Checks a remove-tags body, `{ tags: [{ key, value? }] }` (1–20 tags).
 */
export function validateRemoveTags(body: unknown, options?: ValidateOptions | null): Report;

/**
 * Checks an update-customer-gateway body (only the name can change).
 */
export function validateUpdateCustomerGateway(body: unknown, options?: ValidateOptions | null): Report;

/**
 * Checks an update-VPN-connection body. Pass `context.connection.style` for the style rules.
 */
export function validateUpdateVpnConnection(body: unknown, options?: ValidateOptions | null): Report;

/**
 * Checks an update-VPN-gateway body.
 */
export function validateUpdateVpnGateway(body: unknown, options?: ValidateOptions | null): Report;
