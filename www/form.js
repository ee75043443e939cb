// The connection form: the request body it stands for, and each validator issue shown at its
// field (aria-invalid, a message in the field's aria-describedby list, a one-click fix where the
// issue has one).
import { ALL_FIELDS, IKE_FIELDS, IPSEC_FIELDS, fieldOf } from "./fields.js";

const $ = (id) => document.getElementById(id);

/** Non-empty lines of a textarea, with their 1-based line numbers. */
export function linesOf(id) {
  return $(id).value.split("\n").map((text, i) => ({ text: text.trim(), line: i + 1 })).filter((l) => l.text !== "");
}

/** A policy field's value as the API takes it: whole numbers as numbers, anything else as typed. */
function policyValue(d) {
  const raw = $(d.id).value.trim();
  return d.number && /^\d+$/.test(raw) ? Number(raw) : raw;
}

/** The policy fields that differ from the API's defaults; `undefined` when none do. */
function policy(descriptors, skip) {
  const out = {};
  for (const d of descriptors) {
    if (skip(d)) continue;
    const value = policyValue(d);
    if (String(value) !== d.initial) out[d.path.split(".")[1]] = value;
  }
  return Object.keys(out).length ? out : undefined;
}

/** "10.0.0.0/16 -> 192.168.44.0/24, 192.168.45.0/24" as a policy rule; the validator judges it. */
function policyRule(line) {
  const [source, destinations = ""] = line.text.split("->").map((part) => part.trim());
  return { source, destination: destinations.split(",").map((d) => d.trim()).filter((d) => d !== "") };
}

/** The body of `createVpnConnection` the form stands for. */
export function connectionBody() {
  const text = (id) => $(id).value.trim();
  const c = { vgw_id: text("vgw_id"), vgw_ip: text("vgw_ip"), cgw_id: text("cgw_id"), style: $("style").value };
  if (text("name") !== "") c.name = text("name");
  c.peer_subnets = linesOf("peer_subnets").map((l) => l.text);
  if (text("tunnel_local_address") !== "" || text("tunnel_peer_address") !== "") {
    c.tunnel_local_address = text("tunnel_local_address");
    c.tunnel_peer_address = text("tunnel_peer_address");
  }
  if (c.style === "policy" || linesOf("policy_rules").length > 0) c.policy_rules = linesOf("policy_rules").map(policyRule);
  if ($("psk").value !== "") c.psk = $("psk").value;
  const v1 = $("ikepolicy-ike_version").value === "v1";
  const ike = policy(IKE_FIELDS, (d) => d.id === "ikepolicy-phase1_negotiation_mode" && !v1);
  if (ike) c.ikepolicy = ike;
  if (v1) c.ikepolicy = { ...c.ikepolicy, phase1_negotiation_mode: $("ikepolicy-phase1_negotiation_mode").value };
  const ipsec = policy(IPSEC_FIELDS, () => false);
  if (ipsec) c.ipsecpolicy = ipsec;
  return { vpn_connection: c };
}

/** Shows each issue at its field; the rest in the form's own list. `onChange` reruns the checks. */
export function showIssues(report, onChange) {
  const byField = new Map(ALL_FIELDS.map((d) => [d.id, []]));
  const unplaced = [];
  for (const issue of report.issues) {
    const at = fieldOf(issue.path);
    if (at) byField.get(at.field.id).push({ issue, at });
    else unplaced.push(issue);
  }
  for (const d of ALL_FIELDS) {
    const found = byField.get(d.id);
    $(d.id).setAttribute("aria-invalid", found.some(({ issue }) => issue.severity === "error") ? "true" : "false");
    $(`${d.id}-msg`).replaceChildren(...found.map(({ issue, at }) => messageItem(issue, at, onChange)));
  }
  $("form-issues").replaceChildren(...unplaced.map((issue) => messageItem(issue, null, onChange)));
}

/** One issue as a list item: `prefix` and the message, and its hint unless `withHint` is false. */
export function issueItem(issue, prefix = "", withHint = true) {
  const li = document.createElement("li");
  li.className = issue.severity;
  li.dataset.code = issue.code;
  li.textContent = `${prefix}${issue.message}${withHint && issue.hint ? ` (${issue.hint})` : ""}`;
  return li;
}

function messageItem(issue, at, onChange) {
  const line = at?.index != null ? linesOf(at.field.id)[at.index]?.line : null;
  const prefix = line ? `Line ${line}: ` : at ? "" : `${issue.path}: `;
  const fix = /^did you mean (\S+)\?$/.exec(issue.hint ?? "")?.[1];
  // A fix replaces the whole field, or the whole line of a one-CIDR-per-line list.
  const fixable = at && (at.index == null || at.field.id === "peer_subnets");
  const li = issueItem(issue, prefix, !(fix && fixable));
  if (fix && fixable) li.append(" ", fixButton(at, line, fix, onChange));
  return li;
}

/** "Use 10.0.0.0/24": applies an issue's hint to its field (or to its line of a list). */
function fixButton(at, line, fix, onChange) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "fix";
  button.textContent = `Use ${fix}`;
  button.addEventListener("click", () => {
    const control = $(at.field.id);
    if (line) {
      const lines = control.value.split("\n");
      lines[line - 1] = fix;
      control.value = lines.join("\n");
    } else {
      control.value = fix;
    }
    onChange();
    control.focus();
  });
  return button;
}
