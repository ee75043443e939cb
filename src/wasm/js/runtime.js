// The JavaScript side of the cloudvpn wasm module: error classes, timers and signals for the
// client, and the JSON crossings of the validators. One module, so a page fetches one file.

// --- Errors -----------------------------------------------------------------------------------
// One set of classes per JS realm, shared by every cloudvpn wasm instance (the main one and the
// emulator's; ESM and CJS), so that `instanceof` holds whichever of them threw.
const KEY = Symbol.for("cloudvpn.errors.v1");
function define() {
  class CloudVpnError extends Error {
    constructor(name, message, fields) {
      super(message);
      Object.defineProperty(this, "name", { value: name, enumerable: false, configurable: true, writable: true });
      Object.assign(this, fields);
    }
    toJSON() { return { name: this.name, message: this.message, ...this }; }
  }
  class ValidationError extends CloudVpnError { constructor(m, f) { super("ValidationError", m, f); } }
  class ApiError extends CloudVpnError { constructor(m, f) { super("ApiError", m, f); } }
  class NetworkError extends CloudVpnError { constructor(m, f) { super("NetworkError", m, f); } }
  class TimeoutError extends CloudVpnError { constructor(m, f) { super("TimeoutError", m, f); } }
  class AbortError extends CloudVpnError { constructor(m, f) { super("AbortError", m, f); } }
  class ConfigError extends CloudVpnError { constructor(m, f) { super("ConfigError", m, f); } }
  return { CloudVpnError, ValidationError, ApiError, NetworkError, TimeoutError, AbortError, ConfigError };
}
const classes = globalThis[KEY] ?? (globalThis[KEY] = define());
export const ValidationError = classes.ValidationError;
export const ApiError = classes.ApiError;
export const NetworkError = classes.NetworkError;
export const TimeoutError = classes.TimeoutError;
export const AbortError = classes.AbortError;
export const ConfigError = classes.ConfigError;
export function errorClasses() {
  return { ...classes };
}

// --- Timers and signals (the client) ----------------------------------------------------------
/** A signal that aborts after `ms` or when `signal` aborts; `clear()` releases both. */
export function attemptSignal(signal, ms) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException("timed out", "TimeoutError")), ms);
  const onAbort = () => controller.abort(signal.reason);
  const listens = signal && typeof signal.addEventListener === "function";
  if (listens) signal.addEventListener("abort", onAbort, { once: true });
  return { signal: controller.signal, clear() { clearTimeout(timer); if (listens) signal.removeEventListener("abort", onAbort); } };
}
/** Resolves after `ms`; rejects with an AbortError DOMException as soon as `signal` aborts. */
export function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    const listens = signal && typeof signal.addEventListener === "function";
    if (listens && signal.aborted) return reject(new DOMException("aborted", "AbortError"));
    const timer = setTimeout(() => { if (listens) signal.removeEventListener("abort", onAbort); resolve(); }, ms);
    const onAbort = () => { clearTimeout(timer); reject(new DOMException("aborted", "AbortError")); };
    if (listens) signal.addEventListener("abort", onAbort, { once: true });
  });
}

// --- JSON crossings (the validators) ----------------------------------------------------------
const encoder = new TextEncoder();
/** `JSON.stringify(value)`, or `undefined` when it throws or gives no text. */
export function jsonText(value) {
  try {
    const text = JSON.stringify(value);
    return typeof text === "string" ? text : undefined;
  } catch {
    return undefined;
  }
}
/** `JSON.parse(text)`. */
export function parseJson(text) {
  return JSON.parse(text);
}
/** Writes `text` as UTF-8 into wasm memory; returns the bytes written. */
export function utf8Into(text, memory, ptr, capacity) {
  return encoder.encodeInto(text, new Uint8Array(memory.buffer, ptr, capacity)).written;
}
