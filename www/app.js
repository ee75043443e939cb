// The demo page: step 1 creates the gateways, step 2 is the connection form (checked as the user
// types, drawn as it changes), step 3 lists the connections. Everything goes through VpnClient
// against the emulator that serves this page (same origin: plain http to loopback is allowed).
import { VpnClient, validateCreateVpnConnection, ApiError, ValidationError } from "/pkg/index.js";
import { CONNECTION_FIELDS, IKE_FIELDS, IPSEC_FIELDS, ALL_FIELDS, renderFields, fieldOf } from "./fields.js";
import { connectionBody, showIssues, linesOf } from "./form.js";
import { checkGateways, createGateways } from "./gateways.js";
import { ConnectionList } from "./connections.js";
import { recordingFetch } from "./http-log.js";
import { draw } from "./drawing.js";

const PROJECT = "0123456789abcdef0123456789abcdef";
const $ = (id) => document.getElementById(id);

const client = new VpnClient({
  endpoint: location.origin,
  projectId: PROJECT,
  auth: { token: "emulator-token" },
  fetch: recordingFetch($("http-log")),
});
const list = new ConnectionList(client, showError);

renderFields($("connection-fields"), CONNECTION_FIELDS);
renderFields($("ike-fields"), IKE_FIELDS);
renderFields($("ipsec-fields"), IPSEC_FIELDS);
const issuesList = document.createElement("ul");
issuesList.id = "form-issues";
issuesList.className = "msg";
$("form-state").after(issuesList);

/** The gateways of step 1, once ACTIVE. */
let ready = null;
/** Whether a create is in flight (the button stays disabled). */
let busy = false;

/** Validates the form against the gateway (when there is one), shows the issues, redraws. */
function check() {
  const gateway = ready ? { attachment_type: "vpc", network_type: "public", local_subnets: ready.gateway.local_subnets } : undefined;
  const report = validateCreateVpnConnection(connectionBody(), gateway ? { context: { gateway } } : undefined);
  showIssues(report, check);
  redraw(report);
  $("ikepolicy-phase1_negotiation_mode").disabled = $("ikepolicy-ike_version").value !== "v1";
  $("form-state").textContent = !ready
    ? "Create the gateways first (step 1)."
    : report.ok ? "Ready to create." : "Fix the marked fields to create.";
  $("create").disabled = !ready || busy;
  return report;
}

/** The drawing: every subnet with the first error found at it, or at its pair. */
function redraw(report) {
  const problems = new Map();
  for (const issue of report.issues) {
    if (issue.severity !== "error") continue;
    for (const path of [issue.path, issue.related]) {
      const at = fieldOf(path);
      if (at?.field.id === "peer_subnets" && at.index != null && !problems.has(at.index)) problems.set(at.index, issue.message);
    }
  }
  const tunnelProblem = report.issues.find((i) => i.severity === "error" && /tunnel_(local|peer)_address/.test(i.path))?.message ?? null;
  const local = ready?.gateway.local_subnets ?? linesOf("local_subnets").map((l) => l.text);
  draw($("drawing"), {
    localSubnets: local.map((text) => ({ text, problem: null })),
    peerSubnets: linesOf("peer_subnets").map((l, i) => ({ text: l.text, problem: problems.get(i) ?? null })),
    gateway: { ip: ready?.gateway.eip1?.ip_address ?? "" },
    customer: { ip: ready?.customer.id_value ?? "" },
    tunnel: { local: $("tunnel_local_address").value.trim(), peer: $("tunnel_peer_address").value.trim(), problem: tunnelProblem },
  });
}

function showError(e) {
  const box = $("error");
  box.hidden = false;
  if (e instanceof ApiError) {
    box.textContent = `${e.code} (HTTP ${e.status}): ${e.message} Request id: ${e.requestId ?? "none"}. Attempts: ${e.attempts ?? 1}.`;
  } else if (e instanceof ValidationError) {
    box.textContent = `Not sent: ${e.issues.length} issue(s); see the marked fields.`;
  } else {
    box.textContent = `${e?.name ?? "Error"}: ${e?.message ?? e}`;
  }
  box.dataset.code = e?.code ?? e?.name ?? "";
}

function clearError() {
  $("error").hidden = true;
  $("error").textContent = "";
}

for (const d of ALL_FIELDS) $(d.id).addEventListener(d.options ? "change" : "input", check);
for (const id of ["local_subnets", "cgw_ip"]) $(id).addEventListener("input", () => { checkGateways(); check(); });

$("gateways-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  clearError();
  if (!checkGateways()) return;
  $("create-gateways").disabled = true;
  try {
    ready = await createGateways(client, (text) => { $("gateways-state").textContent = text; });
    $("vgw_id").value = ready.gateway.id;
    $("vgw_ip").value = ready.gateway.eip1?.id ?? "";
    $("cgw_id").value = ready.customer.id;
    for (const id of ["local_subnets", "cgw_ip"]) $(id).readOnly = true;
  } catch (e) {
    $("create-gateways").disabled = false;
    $("gateways-state").textContent = "Not created.";
    showError(e);
  }
  check();
});

$("create-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  clearError();
  if (!check().ok) return;
  busy = true;
  $("create").disabled = true;
  try {
    const created = await client.createVpnConnection(connectionBody());
    busy = false;
    check();
    await list.follow(created.vpn_connection.id);
  } catch (e) {
    showError(e);
  } finally {
    busy = false;
    check();
  }
});

checkGateways();
check();
list.show();
