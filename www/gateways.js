// Step 1: a customer gateway (your VPN device) and a VPN gateway (the cloud side), created
// through VpnClient; then a waiter follows the VPN gateway until it is ACTIVE.
import { validateCreateCustomerGateway, validateCreateVpnGateway } from "/pkg/index.js";
import { issueItem, linesOf } from "./form.js";

const $ = (id) => document.getElementById(id);
/** The emulator takes any VPC and subnet id; a real cloud wants yours. */
const VPC_ID = crypto.randomUUID();
const SUBNET_ID = crypto.randomUUID();

export function gatewayBodies() {
  return {
    customer: { customer_gateway: { name: "demo-office", id_type: "ip", id_value: $("cgw_ip").value.trim() } },
    gateway: { vpn_gateway: { name: "demo-gateway", vpc_id: VPC_ID, connect_subnet: SUBNET_ID, local_subnets: linesOf("local_subnets").map((l) => l.text) } },
  };
}

/** Validates step 1 as the user types; messages at the two fields. Returns whether both are ok. */
export function checkGateways() {
  const { customer, gateway } = gatewayBodies();
  const reports = [
    ["cgw_ip", validateCreateCustomerGateway(customer)],
    ["local_subnets", validateCreateVpnGateway(gateway)],
  ];
  for (const [id, report] of reports) {
    $(id).setAttribute("aria-invalid", report.ok ? "false" : "true");
    $(`${id}-msg`).replaceChildren(...report.issues.map((issue) => issueItem(issue)));
  }
  return reports.every(([, report]) => report.ok);
}

/** Creates both gateways and waits for the VPN gateway; `onStatus(text)` tells the progress. */
export async function createGateways(client, onStatus) {
  const { customer, gateway } = gatewayBodies();
  onStatus("Creating the customer gateway…");
  const cgw = (await client.createCustomerGateway(customer)).customer_gateway;
  onStatus("Creating the VPN gateway…");
  const created = (await client.createVpnGateway(gateway)).vpn_gateway;
  onStatus(`VPN gateway ${created.status ?? "PENDING_CREATE"}; waiting until ACTIVE…`);
  const ready = await client.waitForVpnGateway(created.id, { minDelayMs: 300, maxDelayMs: 2000, timeoutMs: 60_000 });
  onStatus(`VPN gateway ${ready.vpn_gateway.status}; customer gateway ${cgw.id_value} ready.`);
  return { gateway: ready.vpn_gateway, customer: cgw };
}
