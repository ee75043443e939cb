/// <reference lib="esnext.disposable" />
export * from "./node/cloudvpn.js";
export * from "./errors.js";
export * from "./schemas.js";
