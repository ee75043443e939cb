// Node (ES module) entry of the emulator.
import api from "./emulator.cjs";

export const { Emulator, EMULATOR_DEFAULTS } = api;
