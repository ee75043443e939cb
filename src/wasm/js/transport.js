// The client's transport: one HTTP exchange through a fetch, the signals that bound it, and the
// wait between attempts (sleep, which the emulator's fault delays share: transport.rs and
// emulator.rs import it from here). What crosses, in which form and why: README.md beside this
// file.

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
