// `cloudvpn/validate`, Node (ES module) entry: the same instance as the CommonJS entry.
import api from "./validate.cjs";

// @exports: every name of validate.cjs, written by scripts/entry-exports.mjs.
