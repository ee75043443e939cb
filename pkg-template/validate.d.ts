// `cloudvpn/validate`: the validators, their Standard Schema objects and the request types only.
export * from "./validate-node/cloudvpn.js";
export * from "./schemas.js";
