// The JavaScript side of the emulator's wasm module: reading a fetch request and making a
// Response, and the failure a dropped connection shows (fault delays use transport.js's sleep).

/** Reads a fetch call's arguments into plain parts. */
export async function readRequest(input, init) {
  const request = input !== null && typeof input === "object" && typeof input.arrayBuffer === "function" ? input : null;
  const url = typeof input === "string" ? input : String((input && (input.url ?? input.href)) ?? input);
  const method = String((init && init.method) || (request && request.method) || "GET");
  const signal = (init && init.signal) || (request && request.signal) || null;
  if (signal && signal.aborted) throw signal.reason ?? new DOMException("This operation was aborted", "AbortError");
  const headers = [];
  new Headers((init && init.headers) || (request && request.headers) || undefined).forEach((v, k) => headers.push([k, v]));
  let body = new Uint8Array(0);
  if (init && init.body != null) body = new Uint8Array(await new Response(init.body).arrayBuffer());
  else if (request) body = new Uint8Array(await request.arrayBuffer());
  return { url, method, headers, body, signal };
}
export function makeResponse(status, headers, body) {
  return new Response(status === 204 || body.length === 0 ? null : body, { status, headers });
}
export function dropped() { return new TypeError("fetch failed: the emulator dropped the connection"); }
