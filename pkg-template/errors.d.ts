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
