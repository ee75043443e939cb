// Node (ES module) entry: the same instance as the CommonJS entry, so `instanceof` agrees across both.
import api from "./index.cjs";

export const {
  VpnClient,
  validateCreateVpnConnection,
  CloudVpnError,
  ValidationError,
  ApiError,
  NetworkError,
  TimeoutError,
  AbortError,
  ConfigError,
} = api;
