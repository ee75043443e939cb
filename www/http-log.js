// The HTTP panel: a fetch for VpnClient that records each exchange as sent and received, with
// the PSK, the token and any signature redacted before anything reaches the DOM.

const SECRET_HEADERS = new Set(["x-auth-token", "authorization", "x-security-token"]);
const SECRET_KEYS = new Set(["psk"]);
const REDACTED = "[redacted]";
/** Exchanges kept in the panel; older ones are dropped. */
const KEEP = 30;

/** A body as text: strings as they are, bytes decoded as UTF-8; `null` for anything else. */
function textOf(body) {
  if (body == null) return "";
  if (typeof body === "string") return body;
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return new TextDecoder().decode(body);
  return null;
}

/**
 * A body as JSON text with every `psk` value replaced. Text that is not JSON is shown only for
 * responses (an HTML error page is worth seeing); a request's could hold a secret unredacted.
 */
export function redactBody(body, { request = false } = {}) {
  const text = textOf(body);
  if (text === null) return "[a body that is not text: not shown]";
  if (text === "") return "";
  try {
    const value = JSON.parse(text, (key, v) => (SECRET_KEYS.has(key) && v != null ? REDACTED : v));
    return JSON.stringify(value, null, 2);
  } catch {
    return request ? "[a request body that is not JSON: not shown]" : text;
  }
}

function headerLines(headers) {
  return [...new Headers(headers ?? {})]
    .map(([name, value]) => `${name}: ${SECRET_HEADERS.has(name.toLowerCase()) ? REDACTED : value}`)
    .join("\n");
}

/** A fetch that records each exchange in the list `log` (an <ol>), newest first. */
export function recordingFetch(log) {
  return async (url, init = {}) => {
    const u = new URL(url);
    const item = document.createElement("li");
    const details = document.createElement("details");
    const summary = document.createElement("summary");
    const method = init.method ?? "GET";
    summary.textContent = `${method} ${u.pathname}${u.search} → …`;
    const request = document.createElement("pre");
    request.className = "request";
    request.textContent = `${method} ${u.pathname}${u.search} HTTP/1.1\nhost: ${u.host}\n${headerLines(init.headers)}\n\n${redactBody(init.body, { request: true })}`;
    const response = document.createElement("pre");
    response.className = "response";
    details.append(summary, request, response);
    item.append(details);
    log.prepend(item);
    while (log.children.length > KEEP) log.lastElementChild.remove();
    try {
      const answer = await fetch(url, init);
      const text = await answer.clone().text();
      summary.textContent = `${method} ${u.pathname}${u.search} → ${answer.status}`;
      item.dataset.status = String(answer.status);
      response.textContent = `HTTP/1.1 ${answer.status} ${answer.statusText}\n${headerLines(answer.headers)}\n\n${redactBody(text)}`;
      return answer;
    } catch (e) {
      summary.textContent = `${method} ${u.pathname}${u.search} → ${e?.name ?? "failed"}`;
      response.textContent = String(e?.message ?? e);
      throw e;
    }
  };
}
