// The JavaScript side of the cloudvpn wasm module: error classes, timers and signals for the
// client, and the JSON crossings of the validators. One module, so a page fetches one file.

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

// --- Timers and signals (the client) ----------------------------------------------------------
/** A signal that aborts after `ms` or when `signal` aborts; `clear()` releases both. */
function attemptSignal(signal, ms) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException("timed out", "TimeoutError")), ms);
  const onAbort = () => controller.abort(signal.reason);
  const listens = signal && typeof signal.addEventListener === "function";
  if (listens) signal.addEventListener("abort", onAbort, { once: true });
  return { signal: controller.signal, clear() { clearTimeout(timer); if (listens) signal.removeEventListener("abort", onAbort); } };
}
/** Resolves after `ms`; rejects as soon as `signal` aborts, with its reason (as fetch does) or
 * an AbortError DOMException. The client's backoff and the emulator's fault delays share it. */
export function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    const listens = signal && typeof signal.addEventListener === "function";
    const reason = () => signal.reason ?? new DOMException("This operation was aborted", "AbortError");
    if (listens && signal.aborted) return reject(reason());
    const timer = setTimeout(() => { if (listens) signal.removeEventListener("abort", onAbort); resolve(); }, ms);
    const onAbort = () => { clearTimeout(timer); reject(reason()); };
    if (listens) signal.addEventListener("abort", onAbort, { once: true });
  });
}

// --- JSON crossings (the validators) ----------------------------------------------------------
const encoder = new TextEncoder();
/**
 * `value` as JSON text, or `undefined` when it is not plain JSON data within the limits: then the
 * caller reads it field by field, which names what is wrong at its path. The text is written from
 * a copy made in one walk that reads every property and array item of `value` exactly once (a
 * getter or a Proxy cannot answer differently to a second read, because there is none) and
 * copies each object once (an object in two places is written twice, its size counted twice).
 * The walk gives up, and the value is not plain JSON data, at:
 * - a value JSON.stringify would refuse, change or leave out without a word: a BigInt, NaN or
 *   ±Infinity, a function or symbol, an object with `toJSON` (a Date), an object that is neither
 *   a plain object nor an array (a class instance, a boxed string), or a getter that throws;
 * - a cycle, or nesting past 64 levels;
 * - an array longer than `maxItems` (its length is read once, before any item), more than
 *   `maxValues` values, or more than `maxChars` characters of strings and keys.
 * So the work is bounded by the limits, never by what a value claims (`length = 2 ** 32 - 1`).
 * `undefined` members are left out and `undefined` array items are `null`, as JSON.stringify does.
 */
export function jsonText(value, maxItems, maxValues, maxChars) {
  if (walk.copies.size > 0) return undefined; // called again from a getter during a walk
  walk.maxItems = maxItems;
  walk.values = maxValues;
  walk.chars = maxChars;
  try {
    return JSON.stringify(plainCopy(value, 0));
  } catch {
    return undefined;
  } finally {
    walk.copies.clear();
  }
}
/** The state of one `jsonText` walk: the limits left, and each object met → its copy. */
const walk = { maxItems: 0, values: 0, chars: 0, copies: new Map() };
/** Thrown to end a walk: the value is not plain JSON data within the limits. */
const NOT_PLAIN = Symbol("not plain JSON data");
/** An object's copy while it is being made: met then, the object contains itself. */
const IN_PROGRESS = Symbol("being copied");
/** A copy of `value` made of plain objects, arrays and JSON scalars, or NOT_PLAIN thrown. */
function plainCopy(value, depth) {
  if (--walk.values < 0) throw NOT_PLAIN;
  switch (typeof value) {
    case "string":
      if ((walk.chars -= value.length) < 0) throw NOT_PLAIN;
      return value;
    case "number":
      if (value - value !== 0) throw NOT_PLAIN; // NaN, ±Infinity
      return value;
    case "boolean":
      return value;
    case "object":
      if (value === null) return value;
      return copyOnce(value, depth);
    default:
      throw NOT_PLAIN; // bigint, function, symbol, undefined at the root
  }
}
/** `plainCopy` of an object: made once; met again, the same copy, its size counted again. */
function copyOnce(value, depth) {
  const known = walk.copies.get(value);
  if (known !== undefined) {
    if (known === IN_PROGRESS) throw NOT_PLAIN;
    if ((walk.values -= known.values) < 0 || (walk.chars -= known.chars) < 0) throw NOT_PLAIN;
    return known.copy;
  }
  if (depth >= 64) throw NOT_PLAIN;
  walk.copies.set(value, IN_PROGRESS);
  const [values, chars] = [walk.values, walk.chars];
  const copy = Array.isArray(value) ? copyArray(value, depth) : copyObject(value, depth);
  walk.copies.set(value, { copy, values: values - walk.values, chars: chars - walk.chars });
  return copy;
}
function copyArray(value, depth) {
  const n = value.length;
  if (!(n <= walk.maxItems)) throw NOT_PLAIN;
  const out = [];
  for (let i = 0; i < n; i++) {
    const item = value[i];
    out.push(item === undefined ? null : plainCopy(item, depth + 1));
  }
  return out;
}
function copyObject(value, depth) {
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) throw NOT_PLAIN;
  if (typeof value.toJSON === "function") throw NOT_PLAIN;
  // An own `__proto__` member (JSON.parse makes one) would not become a property of the copy:
  // such a value takes the field-by-field road.
  if (Object.prototype.hasOwnProperty.call(value, "__proto__")) throw NOT_PLAIN;
  const out = Object.assign({}, value); // one read of each own enumerable property
  const keys = Object.keys(out);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if ((walk.chars -= key.length) < 0) throw NOT_PLAIN;
    const item = out[key];
    if (item !== undefined) out[key] = plainCopy(item, depth + 1);
  }
  return out;
}
/** The primitive a `String`, `Number` or `Boolean` object holds, else `undefined`. */
export function boxedPrimitive(value) {
  try {
    if (value instanceof String || value instanceof Number || value instanceof Boolean) {
      const primitive = value.valueOf();
      if (typeof primitive !== "object" && typeof primitive !== "function") return primitive;
    }
  } catch {
    // A Proxy or an odd valueOf: not a boxed primitive.
  }
  return undefined;
}
/** `JSON.parse(text)`. */
export function parseJson(text) {
  return JSON.parse(text);
}
const utf8 = new TextDecoder();
/** `JSON.parse` of UTF-8 `bytes` (a response body); throws a SyntaxError when they are not JSON. */
export function readJson(bytes) {
  return JSON.parse(utf8.decode(bytes));
}
/** Writes `text` as UTF-8 into wasm memory; returns the bytes written. */
export function utf8Into(text, memory, ptr, capacity) {
  return encoder.encodeInto(text, new Uint8Array(memory.buffer, ptr, capacity)).written;
}

/**
 * `signRequest`'s input, each field read once, as one text: the JSON `[method, url, headers,
 * accessKey, secretKey, securityToken, date]` with `headers` as `[name, value, name, value, …]`
 * (own enumerable names in order, so a header named `__proto__` is one), a newline
 * (JSON.stringify writes none), then the body as it is (so it is neither escaped here nor
 * unescaped in wasm). Only when every field has its usual type (strings, an object of string
 * headers, a string body, a Date, finite number or string date); else `undefined`, and the input
 * is read field by field in wasm, which names what is wrong. When reading throws (a Proxy trap, a
 * throwing getter, a Date whose getTime throws), `[field]`: the field being read, for wasm to
 * name in a ConfigError; the exception itself is dropped, since it may hold anything (a secret).
 */
export function signInputText(input) {
  if (input === null || typeof input !== "object") return undefined;
  let field = "input";
  const read = (name) => {
    field = name;
    return input[name];
  };
  try {
    const method = read("method");
    const url = read("url");
    if (typeof method !== "string" || typeof url !== "string") return undefined;
    const accessKey = read("accessKey");
    const secretKey = read("secretKey");
    if (typeof accessKey !== "string" || typeof secretKey !== "string") return undefined;
    const securityToken = read("securityToken");
    if (securityToken != null && typeof securityToken !== "string") return undefined;
    const given = read("headers");
    const headers = [];
    if (given != null) {
      if (typeof given !== "object" || Array.isArray(given)) return undefined;
      for (const name of Object.keys(given)) {
        const value = given[name];
        if (typeof value !== "string") return undefined;
        headers.push(name, value);
      }
    }
    const body = read("body");
    if (body != null && typeof body !== "string") return undefined;
    const date = read("date");
    const when = date instanceof Date ? date.getTime() : date;
    if (when !== undefined && typeof when !== "string" && !Number.isFinite(when)) return undefined;
    const fields = JSON.stringify([method, url, headers, accessKey, secretKey, securityToken ?? null, when ?? null]);
    return `${fields}\n${body ?? ""}`;
  } catch {
    return [field];
  }
}

/** `signRequest`'s answer, `{ name: value, … }`, from `name\nvalue\n…` (no name or value has a
 * line break: the signer refuses them). */
export function headersOf(lines) {
  const parts = lines.split("\n");
  const headers = {};
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const [name, value] = [parts[i], parts[i + 1]];
    // As JSON.parse would: a header named __proto__ is a property, not the prototype.
    if (name === "__proto__") Object.defineProperty(headers, name, { value, enumerable: true, writable: true, configurable: true });
    else headers[name] = value;
  }
  return headers;
}

/** The report of a body without issues, a new object each time. */
export function cleanReport() {
  return { ok: true, issues: [] };
}

// --- Standard Schema objects (the validators) ------------------------------------------------
/**
 * One Standard Schema v1 object per name of the comma-separated `names` ("CreateVpnConnection" →
 * `createVpnConnectionSchema`); `check(index, value)` returns the issues as JSON text, or ""
 * when the value has no error.
 */
export function standardSchemas(names, check) {
  const all = {};
  names.split(",").forEach((name, index) => {
    const validate = (value) => {
      const issues = check(index, value);
      return issues === "" ? { value } : { issues: JSON.parse(issues) };
    };
    all[`${name[0].toLowerCase()}${name.slice(1)}Schema`] = { "~standard": { version: 1, vendor: "cloudvpn", validate } };
  });
  return all;
}

// --- Concurrency and iteration (the client) ---------------------------------------------------
/** At most `max` holders at once; the rest wait their turn in order. */
export class Gate {
  constructor(max) {
    this.free = max;
    this.queue = [];
  }
  /** `undefined` when a place is free now, else a promise of one; an abort of `signal` rejects it. */
  enter(signal) {
    if (this.free > 0) {
      this.free--;
      return undefined;
    }
    return new Promise((resolve, reject) => {
      const entry = { resolve, signal, onAbort: null };
      if (signal && typeof signal.addEventListener === "function") {
        if (signal.aborted) return reject(new DOMException("aborted", "AbortError"));
        entry.onAbort = () => {
          const i = this.queue.indexOf(entry);
          if (i >= 0) this.queue.splice(i, 1);
          reject(new DOMException("aborted", "AbortError"));
        };
        signal.addEventListener("abort", entry.onAbort, { once: true });
      }
      this.queue.push(entry);
    });
  }
  /** Hands the place to the next in line, or frees it. */
  leave() {
    const next = this.queue.shift();
    if (!next) {
      this.free++;
      return;
    }
    if (next.onAbort) next.signal.removeEventListener("abort", next.onAbort);
    next.resolve();
  }
}
/** An async iterable of the items of the pages `nextPage()` resolves to (arrays; `null` ends it). */
export function itemsOf(nextPage) {
  return (async function* items() {
    for (;;) {
      const page = await nextPage();
      if (page == null) return;
      yield* page;
    }
  })();
}

/** `promise`, or an AbortError as soon as `signal` aborts: a fetch that ignores its signal cannot
 * hold a call past its timeout. */
function abortable(promise, signal) {
  if (!signal || typeof signal.addEventListener !== "function") return promise;
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(new DOMException("aborted", "AbortError"));
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => { signal.removeEventListener("abort", onAbort); resolve(value); },
      (error) => { signal.removeEventListener("abort", onAbort); reject(error); },
    );
  });
}

// --- One HTTP exchange (the client) -----------------------------------------------------------
/** Why an exchange failed: `kind` is "aborted", "timeout", "refused", "network", "redirect" (one
 * the platform hides: `status` 0) or "too-large" (the answer with `status` was longer than the
 * limit); `requestId` is the answer's X-Request-Id, when there was an answer. */
class Failure {
  constructor(kind, message, status = 0, requestId = undefined) {
    this.kind = kind;
    this.message = message;
    this.status = status;
    this.requestId = requestId;
  }
}
/** `target[key]`, or `undefined` when `target` has no properties or reading throws. */
function field(target, key) {
  try {
    return target == null ? undefined : target[key];
  } catch {
    return undefined;
  }
}
/** A rejected fetch or body read as a Failure: the caller's abort, this attempt's timeout, a
 * refused connection (Node names it in `cause`; a browser says only "Failed to fetch"), or any
 * other network failure. */
function failureOf(error, signal, attempt) {
  if (error instanceof Failure) return error;
  if (attempt.aborted || field(error, "name") === "AbortError") {
    return new Failure(attempt.aborted && !field(signal, "aborted") ? "timeout" : "aborted", "");
  }
  const message = field(error, "message");
  const cause = field(error, "cause");
  const detail = field(cause, "message");
  let text = `${typeof message === "string" ? message : "fetch failed"}${typeof detail === "string" ? `: ${detail}` : ""}`;
  // A browser says no more than this (Chromium, Firefox, Safari), for a CORS refusal too.
  if (/^(Failed to fetch|NetworkError when attempting to fetch resource|Load failed)/.test(text)) {
    text += " (the browser gives no reason: most often the endpoint does not allow this page's origin" +
      " (CORS), and a page reaches the API through a backend of its own that relays its calls; else the" +
      " network is down)";
  }
  return new Failure(field(cause, "code") === "ECONNREFUSED" ? "refused" : "network", text);
}
/** The values of the headers `names` (lowercase) of a response's `headers`: a Headers object, or
 * an iterable of [name, value] pairs; `undefined` for each one missing. */
function headerValues(headers, names) {
  const get = field(headers, "get");
  if (typeof get === "function") {
    return names.map((name) => {
      try {
        const value = get.call(headers, name);
        return typeof value === "string" ? value : undefined;
      } catch {
        return undefined;
      }
    });
  }
  const found = new Map();
  try {
    for (const [name, value] of headers ?? []) {
      if (typeof name === "string" && typeof value === "string") found.set(name.toLowerCase(), value);
    }
  } catch {
    // Not iterable: no headers.
  }
  return names.map((name) => found.get(name));
}
const headerNames = new Map();
/**
 * One attempt of a client call: `fetch.call(self, url, { method, headers, body, signal, redirect:
 * "manual" })`, where the signal aborts after `timeoutMs` or when the caller's `signal` does, then
 * the body, at most `maxBytes` of it. `headers` is a JSON object text; `body` is copied (it is a
 * view of wasm memory). `race`: the fetch is a caller's, which may ignore its signal, so its
 * promises race the signal. `names`: the comma-separated response headers to read. Resolves to
 * `[status, body bytes, …those headers' values]`, the body empty for a redirect (3xx: never
 * followed, since it would carry the credentials elsewhere); rejects with a Failure. One promise
 * per attempt: each await of the wasm side costs.
 */
export async function exchange(fetch, self, url, method, headers, body, signal, timeoutMs, race, names, maxBytes) {
  if (field(signal, "aborted") === true) throw new Failure("aborted", "");
  const init = { method, headers: JSON.parse(headers), redirect: "manual" };
  if (body.length > 0) init.body = body.slice();
  const attempt = attemptSignal(signal, timeoutMs);
  init.signal = attempt.signal;
  try {
    const sent = fetch.call(self, url, init);
    if (typeof field(sent, "then") !== "function") throw new Failure("network", "fetch did not return a Promise");
    const response = await (race ? abortable(sent, attempt.signal) : sent);
    const status = field(response, "status");
    let wanted = headerNames.get(names);
    if (!wanted) headerNames.set(names, (wanted = names.split(",")));
    const values = headerValues(field(response, "headers"), wanted);
    const requestId = values[wanted.indexOf("x-request-id")];
    // A browser hides a redirect's status and target; a fetch that followed one anyway (a
    // caller's, ignoring `redirect`) hands over another host's answer: neither is the API's.
    if (field(response, "type") === "opaqueredirect" || field(response, "redirected") === true) {
      cancel(response);
      throw new Failure("redirect", "", status >= 300 && status <= 399 ? status : 0, requestId);
    }
    if (!(typeof status === "number" && status >= 100 && status <= 599)) {
      throw new Failure("network", "the response has no HTTP status");
    }
    if (status >= 300 && status <= 399) {
      cancel(response);
      return [status, new Uint8Array(0), ...values];
    }
    const bytes = await readBody(response, maxBytes, race ? attempt.signal : undefined, status, requestId);
    return [status, bytes, ...values];
  } catch (error) {
    throw failureOf(error, signal, attempt.signal);
  } finally {
    attempt.clear();
  }
}
/** Lets go of a response's body unread. */
function cancel(response) {
  try {
    const stream = field(response, "body");
    if (stream && typeof stream.cancel === "function") stream.cancel().catch(() => {});
  } catch {
    // Nothing to let go of.
  }
}
/**
 * A response's body, at most `maxBytes` of it (else a "too-large" Failure, the rest never read):
 * by one `arrayBuffer()` when the platform's fetch declared a length within the limit (HTTP
 * framing then holds it to that length), else chunk by chunk from its stream, or, for a caller's
 * response without a stream, by `arrayBuffer()` checked afterwards. `signal`: race each read
 * against it (a caller's fetch may ignore its signal).
 */
async function readBody(response, maxBytes, signal, status, requestId) {
  const tooLarge = () => new Failure("too-large", "", status, requestId);
  const declared = Number(headerValues(field(response, "headers"), ["content-length"])[0] ?? NaN);
  if (declared > maxBytes) {
    cancel(response);
    throw tooLarge();
  }
  const stream = field(response, "body");
  if (signal === undefined && declared >= 0) return new Uint8Array(await response.arrayBuffer());
  if (stream === null) return new Uint8Array(0);
  if (stream === undefined || typeof field(stream, "getReader") !== "function") {
    const read = field(response, "arrayBuffer");
    if (typeof read !== "function") throw new Failure("network", "the response has no body reader");
    const reading = read.call(response);
    if (typeof field(reading, "then") !== "function") throw new Failure("network", "arrayBuffer() did not return a Promise");
    const buffer = await (signal ? abortable(reading, signal) : reading);
    if (typeof field(buffer, "byteLength") !== "number") throw new Failure("network", "arrayBuffer() gave no bytes");
    if (buffer.byteLength > maxBytes) throw tooLarge();
    return new Uint8Array(buffer);
  }
  const reader = stream.getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const reading = reader.read();
    const { done, value } = await (signal ? abortable(reading, signal) : reading);
    if (done) break;
    if (!(value instanceof Uint8Array)) throw new Failure("network", "the response body gave something other than bytes");
    total += value.byteLength;
    if (total > maxBytes) {
      reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0];
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
