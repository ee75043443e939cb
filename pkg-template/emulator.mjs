// Node (ES module) entry of the emulator.
import api from "./emulator.cjs";

// @exports: every name of emulator.cjs, written by scripts/entry-exports.mjs.
