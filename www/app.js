// The demo page: step 1 creates the gateways, step 2 is the connection form (checked as the user
// types, drawn as it changes), step 3 lists the connections. Everything goes through VpnClient
// against the emulator that serves this page (same origin: plain http to loopback is allowed).
// A field shows its messages once the user has edited or left it, or after Create was pressed.
import { VpnClient, validateCreateVpnConnection, ApiError, ValidationError } from "/pkg/index.js";
import { CONNECTION_FIELDS, IKE_FIELDS, IPSEC_FIELDS, ALL_FIELDS, renderFields } from "./fields.js";
import { connectionBody, showIssues, showSummary, linesOf } from "./form.js";
import { checkGateways, createGateways, restoreGateways, forgetGateways } from "./gateways.js";
import { ConnectionList } from "./connections.js";
import { recordingFetch } from "./http-log.js";
import { draw } from "./drawing.js";

const PROJECT = "0123456789abcdef0123456789abcdef";
const $ = (id) => document.getElementById(id);
/** Below this width the drawing is laid out top to bottom (and the list shows cards). */
const NARROW = matchMedia("(max-width: 40rem)");

const client = new VpnClient({
  endpoint: location.origin,
  projectId: PROJECT,
  auth: { token: "emulator-token" },
  fetch: recordingFetch($("http-log")),
});
const list = new ConnectionList(client, (e) => showError(e, "list-error"));

renderFields($("connection-fields"), CONNECTION_FIELDS);
renderFields($("ike-fields"), IKE_FIELDS);
renderFields($("ipsec-fields"), IPSEC_FIELDS);
const issuesList = document.createElement("ul");
issuesList.id = "form-issues";
issuesList.className = "msg";
$("create-form").querySelector(".actions").after(issuesList);

/** The gateways of step 1, once ACTIVE. */
let ready = null;
/** Whether a create is in flight (the button stays disabled). */
let busy = false;
/** Fields the user has edited or left; after a submit, every field of that form counts. */
const touched = new Set();
let submitted = false;
let gatewaysSubmitted = false;
const shown = (id) => submitted || touched.has(id);

/** Validates the form against the gateway (when there is one), shows the issues, redraws. */
function check() {
  const gateway = ready ? { attachment_type: "vpc", network_type: "public", local_subnets: ready.gateway.local_subnets } : undefined;
  const report = validateCreateVpnConnection(connectionBody(), gateway ? { context: { gateway } } : undefined);
  const placed = showIssues(report, check, shown);
  if (submitted) showSummary($("error-summary"), placed);
  redraw(report);
  $("ikepolicy-phase1_negotiation_mode").disabled = $("ikepolicy-ike_version").value !== "v1";
  const errors = report.issues.filter((i) => i.severity === "error").length;
  $("form-state").textContent = !ready
    ? "Create the gateways first (step 1)."
    : report.ok ? "Ready to create."
    : submitted ? "Fix the marked fields to create."
    : `${errors === 1 ? "1 field" : `${errors} fields`} still to fill in or fix; Create lists them.`;
  $("create").disabled = !ready || busy;
  return report;
}

function checkStep1() {
  return checkGateways((id) => gatewaysSubmitted || touched.has(id), () => { checkStep1(); check(); });
}

/** The drawing: every subnet with the first error found at it, or at its pair. */
function redraw(report) {
  const problems = new Map();
  for (const issue of report.issues) {
    if (issue.severity !== "error") continue;
    for (const path of [issue.path, issue.related]) {
      const index = /^vpn_connection\.peer_subnets\[(\d+)\]$/.exec(path ?? "")?.[1];
      if (index !== undefined && !problems.has(Number(index))) problems.set(Number(index), issue.message);
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
  }, { vertical: NARROW.matches });
}

/** Shows `e` in the error box `boxId`, next to the button whose action failed. */
function showError(e, boxId) {
  const box = $(boxId);
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

function clearError(boxId) {
  $(boxId).hidden = true;
  $(boxId).textContent = "";
}

/** Step 1 done: fill step 2's ids, lock step 1, offer to start again. */
function useGateways(gateways) {
  ready = gateways;
  $("vgw_id").value = ready.gateway.id;
  $("vgw_ip").value = ready.gateway.eip1?.id ?? "";
  $("cgw_id").value = ready.customer.id;
  $("local_subnets").value = (ready.gateway.local_subnets ?? []).join("\n");
  $("cgw_ip").value = ready.customer.id_value ?? "";
  for (const id of ["local_subnets", "cgw_ip"]) $(id).readOnly = true;
  $("create-gateways").disabled = true;
  $("forget-gateways").hidden = false;
  checkStep1();
  check();
}

for (const d of ALL_FIELDS) {
  $(d.id).addEventListener(d.options ? "change" : "input", () => {
    touched.add(d.id);
    check();
  });
  $(d.id).addEventListener("blur", () => {
    if (touched.has(d.id)) return;
    touched.add(d.id);
    check();
  });
}
for (const id of ["local_subnets", "cgw_ip"]) {
  for (const type of ["input", "blur"]) {
    $(id).addEventListener(type, () => {
      touched.add(id);
      checkStep1();
      check();
    });
  }
}
NARROW.addEventListener("change", () => check());

$("gateways-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  clearError("gateways-error");
  gatewaysSubmitted = true;
  const errors = checkStep1();
  if (errors.length > 0) {
    $(errors[0].at?.field.id ?? "cgw_ip").focus();
    return;
  }
  $("create-gateways").disabled = true;
  try {
    useGateways(await createGateways(client, (text) => { $("gateways-state").textContent = text; }));
  } catch (e) {
    $("create-gateways").disabled = false;
    $("gateways-state").textContent = "Not created.";
    showError(e, "gateways-error");
  }
  check();
});

$("forget-gateways").addEventListener("click", () => {
  forgetGateways();
  location.reload();
});

$("create-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  clearError("create-error");
  submitted = true;
  if (!check().ok) {
    $("error-summary").focus();
    return;
  }
  $("error-summary").hidden = true;
  busy = true;
  $("create").disabled = true;
  try {
    const created = await client.createVpnConnection(connectionBody());
    // The next connection starts with a clean slate: no messages until edited or Create.
    submitted = false;
    touched.clear();
    busy = false;
    check();
    $("form-state").textContent = `Created ${created.vpn_connection.name ?? created.vpn_connection.id}; it is in the list below.`;
    await list.follow(created.vpn_connection.id);
  } catch (e) {
    showError(e, "create-error");
  } finally {
    busy = false;
    $("create").disabled = !ready;
  }
});

checkStep1();
check();
list.show();
restoreGateways(client, (text) => { $("gateways-state").textContent = text; })
  .then((gateways) => gateways && useGateways(gateways))
  .catch((e) => showError(e, "gateways-error"));
