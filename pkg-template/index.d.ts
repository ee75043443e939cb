export * from "./node/cloudvpn.js";
export * from "./errors.js";
