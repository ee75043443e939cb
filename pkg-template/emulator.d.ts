/// <reference lib="esnext.disposable" />
export { Emulator } from "./emulator-node/cloudvpn.js";
export type { EmulatorOptions, EmulatorResponse } from "./emulator-node/cloudvpn.js";

/** The emulator's zero-configuration defaults. */
export declare const EMULATOR_DEFAULTS: {
  readonly project: string;
  readonly token: string;
  readonly accessKey: string;
  readonly secretKey: string;
  readonly transitionMs: number;
};
