// A client call's flow: the gate that bounds the calls in flight, and the items of a paginator.
// What crosses, in which form and why: README.md beside this file.

// client_send.rs imports readJson beside Gate in one extern block, and an extern block names one
// module: it is re-exported from json.js, its home, which every build copies (convert.rs, always
// compiled, imports from it).
export { readJson } from "./json.js";

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

