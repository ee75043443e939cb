// signRequest's two crossings: its input read once into one text, and its answer's headers as an
// object. What crosses, in which form and why: README.md beside this file.

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

