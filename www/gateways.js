// Step 1: a customer gateway (your VPN device) and a VPN gateway (the cloud side), created
// through VpnClient; then a waiter follows the VPN gateway until it is ACTIVE. Their ids (and
// nothing else: no PSK, no token) are kept in localStorage, so a reload finds them again.
import { validateCreateCustomerGateway, validateCreateVpnGateway, ApiError } from "/pkg/index.js";
import { messageItem, placedIssues, linesOf } from "./form.js";
import { GATEWAY_FIELDS } from "./fields.js";

const $ = (id) => document.getElementById(id);
/** The emulator takes any VPC and subnet id; a real cloud wants yours. */
const VPC_ID = crypto.randomUUID();
const SUBNET_ID = crypto.randomUUID();
const WAIT = { minDelayMs: 300, maxDelayMs: 2000, timeoutMs: 60_000 };
/** The localStorage key: `{ vpnGatewayId, customerGatewayId }`. */
export const STORE = "cloudvpn-demo-gateways";

export function gatewayBodies() {
  return {
    customer: { customer_gateway: { name: "demo-office", id_type: "ip", id_value: $("cgw_ip").value.trim() } },
    gateway: { vpn_gateway: { name: "demo-gateway", vpc_id: VPC_ID, connect_subnet: SUBNET_ID, local_subnets: linesOf("local_subnets").map((l) => l.text) } },
  };
}

/**
 * Validates step 1; messages at the fields `shown(id)` allows ("Line 2: …" for a subnet).
 * Returns the errors in the form's order (empty when both bodies are ok).
 */
export function checkGateways(shown, onChange) {
  const { customer, gateway } = gatewayBodies();
  const issues = [...validateCreateCustomerGateway(customer).issues, ...validateCreateVpnGateway(gateway).issues];
  const placed = placedIssues({ issues }, GATEWAY_FIELDS, "");
  for (const d of GATEWAY_FIELDS) {
    const found = shown(d.id) ? placed.filter((e) => e.at?.field === d) : [];
    $(d.id).setAttribute("aria-invalid", found.some((e) => e.issue.severity === "error") ? "true" : "false");
    $(`${d.id}-msg`).replaceChildren(...found.map((e) => messageItem(e, onChange)));
  }
  return placed.filter((e) => e.issue.severity === "error");
}

/** Creates both gateways and waits for the VPN gateway; `onStatus(text)` tells the progress. */
export async function createGateways(client, onStatus) {
  const { customer, gateway } = gatewayBodies();
  onStatus("Creating the customer gateway…");
  const cgw = (await client.createCustomerGateway(customer)).customer_gateway;
  onStatus("Creating the VPN gateway…");
  const created = (await client.createVpnGateway(gateway)).vpn_gateway;
  save({ vpnGatewayId: created.id, customerGatewayId: cgw.id });
  onStatus(`VPN gateway ${created.status ?? "PENDING_CREATE"}; waiting until ACTIVE…`);
  const ready = await client.waitForVpnGateway(created.id, WAIT);
  onStatus(`VPN gateway ${ready.vpn_gateway.status}; customer gateway ${cgw.id_value} ready.`);
  return { gateway: ready.vpn_gateway, customer: cgw };
}

function save(ids) {
  try {
    localStorage.setItem(STORE, JSON.stringify(ids));
  } catch {
    // Storage off (a private window): the gateways are simply not remembered.
  }
}

export function forgetGateways() {
  try {
    localStorage.removeItem(STORE);
  } catch {
    // nothing was stored
  }
}

/**
 * The gateways saved by an earlier visit, once the VPN gateway is ACTIVE; null when none were
 * saved, or when they no longer exist (the emulator was restarted: then they are forgotten).
 */
export async function restoreGateways(client, onStatus) {
  let saved = null;
  try {
    saved = JSON.parse(localStorage.getItem(STORE) ?? "null");
  } catch {
    saved = null;
  }
  if (typeof saved?.vpnGatewayId !== "string" || typeof saved?.customerGatewayId !== "string") return null;
  onStatus("Loading the gateways this browser created before…");
  try {
    const cgw = (await client.getCustomerGateway(saved.customerGatewayId)).customer_gateway;
    let gateway = (await client.getVpnGateway(saved.vpnGatewayId)).vpn_gateway;
    if (gateway.status !== "ACTIVE") {
      onStatus(`VPN gateway ${gateway.status}; waiting until ACTIVE…`);
      gateway = (await client.waitForVpnGateway(gateway.id, WAIT)).vpn_gateway;
    }
    onStatus(`VPN gateway ${gateway.status}; customer gateway ${cgw.id_value} ready (kept from your last visit).`);
    return { gateway, customer: cgw };
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) {
      forgetGateways();
      onStatus("The gateways this browser created before are gone (the emulator was restarted); create them again.");
      return null;
    }
    throw e;
  }
}
