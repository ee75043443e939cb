// Node (ES module) entry: the same instance as the CommonJS entry, so `instanceof` agrees across both.
import api from "./index.cjs";

// @exports: every name of index.cjs, written by scripts/entry-exports.mjs.
