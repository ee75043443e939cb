//! TypeScript declarations of the validators' side: issues, reports, options and the Standard
//! Schema v1 interface. They mirror `validate::report` and `validate::options`.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_VALIDATION: &str = r#"
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
"#;
