// The demo page: live validation per field, and Create through VpnClient against the emulator
// that serves this page (same origin, so plain http to loopback is allowed).
import { VpnClient, validateCreateVpnConnection, ApiError, ValidationError } from "/pkg/index.js";

const PROJECT = "0123456789abcdef0123456789abcdef";
const TOKEN = "emulator-token";
const client = new VpnClient({ endpoint: location.origin, projectId: PROJECT, auth: { token: TOKEN } });

const $ = (id) => document.getElementById(id);
const fields = ["vgw_id", "vgw_ip", "cgw_id", "peer_subnets", "psk"];

/** Whether the emulator's VPN gateway is ACTIVE (connections need an ACTIVE gateway). */
let gatewayReady = false;

/**
 * A connection needs a VPN gateway and a customer gateway: make both in the emulator with plain
 * fetch, fill their ids into the form, and wait until the gateway is ACTIVE.
 */
async function prepareGateways() {
  const url = (path) => `${location.origin}/v5/${PROJECT}/${path}`;
  const headers = { "Content-Type": "application/json", "X-Auth-Token": TOKEN };
  const post = async (path, body) => (await fetch(url(path), { method: "POST", headers, body: JSON.stringify(body) })).json();
  const gateway = await post("vpn-gateways", {
    vpn_gateway: { name: "demo-gateway", vpc_id: crypto.randomUUID(), connect_subnet: crypto.randomUUID(), local_subnets: ["10.0.0.0/16"] },
  });
  const cgw = await post("customer-gateways", { customer_gateway: { name: "demo-office", id_value: "203.0.113.7" } });
  $("vgw_id").value = gateway.vpn_gateway.id;
  $("vgw_ip").value = gateway.vpn_gateway.eip1.id;
  $("cgw_id").value = cgw.customer_gateway.id;
  check();
  for (let i = 0; i < 100 && !gatewayReady; i++) {
    const shown = await (await fetch(url(`vpn-gateways/${gateway.vpn_gateway.id}`), { headers })).json();
    gatewayReady = shown.vpn_gateway.status === "ACTIVE";
    if (!gatewayReady) await new Promise((r) => setTimeout(r, 200));
  }
  check();
}

/** Non-empty lines of the subnets box, with their 1-based line numbers in the box. */
function subnetLines() {
  return $("peer_subnets").value.split("\n").map((text, i) => ({ text: text.trim(), line: i + 1 })).filter((l) => l.text !== "");
}

function body() {
  const subnets = subnetLines().map((l) => l.text);
  const c = { vgw_id: $("vgw_id").value.trim(), vgw_ip: $("vgw_ip").value.trim(), cgw_id: $("cgw_id").value.trim(), peer_subnets: subnets };
  if ($("psk").value !== "") c.psk = $("psk").value;
  return { vpn_connection: c };
}

/** The form field an issue belongs to: `vpn_connection.peer_subnets[2]` → peer_subnets. */
function fieldOf(path) {
  const m = /^vpn_connection\.([a-z_]+)/.exec(path);
  return m && fields.includes(m[1]) ? m[1] : null;
}

/** The line of the subnets box an issue path such as `vpn_connection.peer_subnets[2]` points at. */
function lineOf(path) {
  const m = /\[(\d+)\]$/.exec(path);
  return m ? subnetLines()[Number(m[1])]?.line ?? null : null;
}

function render(report) {
  const byField = Object.fromEntries(fields.map((f) => [f, []]));
  for (const issue of report.issues) {
    const f = fieldOf(issue.path);
    if (f) byField[f].push(issue);
  }
  for (const f of fields) {
    const input = $(f);
    const msg = $(`${f}-msg`);
    const issues = byField[f];
    input.setAttribute("aria-invalid", issues.some((i) => i.severity === "error") ? "true" : "false");
    msg.replaceChildren(...issues.map((issue) => item(f, issue)));
  }
  $("form-state").textContent = !gatewayReady
    ? "Preparing a VPN gateway in the emulator…"
    : report.ok ? "Ready to create." : "Fix the marked fields to create.";
  $("create").disabled = !gatewayReady;
}

function item(field, issue) {
  const li = document.createElement(field === "peer_subnets" || field === "psk" ? "li" : "span");
  li.className = issue.severity;
  li.dataset.code = issue.code;
  const line = field === "peer_subnets" ? lineOf(issue.path) : null;
  li.textContent = `${line ? `Line ${line}: ` : ""}${issue.message}`;
  const fix = /did you mean (\S+)\?/.exec(issue.hint ?? "");
  if (fix && line) {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = `Use ${fix[1]}`;
    b.addEventListener("click", () => {
      const lines = $("peer_subnets").value.split("\n");
      lines[line - 1] = fix[1];
      $("peer_subnets").value = lines.join("\n");
      check();
    });
    li.append(b);
  }
  return li;
}

function check() {
  const report = validateCreateVpnConnection(body());
  render(report);
  return report;
}

for (const f of fields) $(f).addEventListener("input", check);
check();
prepareGateways().catch(showError);

function showError(e) {
  const box = $("error");
  box.hidden = false;
  if (e instanceof ApiError) box.textContent = `${e.code} (HTTP ${e.status}): ${e.message}. Request id: ${e.requestId ?? "none"}`;
  else if (e instanceof ValidationError) box.textContent = `Not sent: ${e.issues.length} issue(s) in the form.`;
  else box.textContent = `${e.name}: ${e.message}`;
}

$("create-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  $("error").hidden = true;
  if (!check().ok) return;
  $("create").disabled = true;
  try {
    const created = await client.createVpnConnection(body());
    $("result").textContent = JSON.stringify(created, null, 2);
    const id = created.vpn_connection.id;
    $("status-line").hidden = false;
    const shown = await client.getVpnConnection(id);
    $("status").textContent = shown.vpn_connection.status;
    $("result").dataset.id = id;
  } catch (e) {
    showError(e);
  } finally {
    $("create").disabled = !gatewayReady;
  }
});
