// The JSON crossings: a JS value as JSON text in one bounded walk (the validators' and the client's
// input), JSON text and UTF-8 bytes as JS values (reports, answers), and a string written into wasm
// memory. What crosses, in which form and why: README.md beside this file.

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
