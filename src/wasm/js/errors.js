// Error classes and the caller's frames in a rejection's stack: what errors.rs throws, and the
// wrapper the package entries put around VpnClient's methods. What crosses, in which form and why:
// README.md beside this file.

// --- Errors -----------------------------------------------------------------------------------
// One set of classes per JS realm, shared by every cloudvpn wasm instance (the main one and the
// emulator's; ESM and CJS), so that `instanceof` holds whichever of them threw.
const KEY = Symbol.for("cloudvpn.errors.v2");
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
  class WaitError extends CloudVpnError { constructor(m, f) { super("WaitError", m, f); } }
  return { CloudVpnError, ValidationError, ApiError, NetworkError, TimeoutError, AbortError, ConfigError, WaitError };
}
const classes = globalThis[KEY] ?? (globalThis[KEY] = define());
export const ValidationError = classes.ValidationError;
export const ApiError = classes.ApiError;
export const NetworkError = classes.NetworkError;
export const TimeoutError = classes.TimeoutError;
export const AbortError = classes.AbortError;
export const ConfigError = classes.ConfigError;
export const WaitError = classes.WaitError;
export function errorClasses() {
  return { ...classes };
}

// --- The caller's frames in a rejection's stack (the client) -----------------------------------
const WRAPPED = Symbol.for("cloudvpn.callerFrames");
/**
 * Wraps each method of `Class` that returns a promise (all but the paginators) in an async
 * function, so that an error it rejects with gets the caller's frames appended to its stack: the
 * error is made inside the wasm, where V8's async stack trace cannot see who awaited the call, but
 * a frame made in the wrapper's `catch` can. Success costs one promise hop, nothing else.
 */
export function keepCallerFrames(Class) {
  const proto = Class.prototype;
  if (proto[WRAPPED]) return;
  Object.defineProperty(proto, WRAPPED, { value: true });
  for (const name of Object.getOwnPropertyNames(proto)) {
    const described = Object.getOwnPropertyDescriptor(proto, name);
    if (name === "constructor" || name === "free" || name.startsWith("paginate") || typeof described.value !== "function") continue;
    const method = described.value;
    const wrapped = {
      async [name](...args) {
        try {
          return await method.apply(this, args);
        } catch (error) {
          throw withCallerFrames(error);
        }
      },
    }[name];
    Object.defineProperty(proto, name, { ...described, value: wrapped });
  }
}
function withCallerFrames(error) {
  try {
    const here = new Error().stack;
    if (error instanceof Error && typeof error.stack === "string" && typeof here === "string") {
      const frames = here.split("\n").slice(2); // "Error" and this function
      if (frames.length > 0) error.stack = `${error.stack}\n    --- the call ---\n${frames.join("\n")}`;
    }
  } catch {
    // A stack that cannot be written stays as it is.
  }
  return error;
}
