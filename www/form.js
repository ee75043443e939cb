// The connection form: the request body it stands for, and each validator issue shown at its
// field (aria-invalid, a message in the field's aria-describedby list, a one-click fix where the
// issue has one).
import { ALL_FIELDS, IKE_FIELDS, IPSEC_FIELDS, fieldOf, inWords, wordsFor } from "./fields.js";

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

/** The line of a list field that the validator's `index` (of its non-empty lines) stands for. */
export function lineOf(id, index) {
  return linesOf(id)[index]?.line ?? index + 1;
}

/**
 * A report's issues in the form's order and words: each `{ issue, at, text, where }`, sorted by
 * field (the form's order; issues of no field first) and then by line; `text` the message with
 * body paths and the leading field name in the form's words; `where` e.g. "Peer subnets, line 3".
 */
export function placedIssues(report, fields = ALL_FIELDS, envelope = "vpn_connection.") {
  const order = (e) => (e.at ? fields.indexOf(e.at.field) : -1);
  return report.issues
    .map((issue, n) => {
      const at = fieldOf(issue.path, fields, envelope);
      const key = at?.field.path.split(".").at(-1);
      let text = inWords(issue.message, lineOf, fields, envelope);
      if (key && at.index == null && text.startsWith(`${key} `)) text = `${at.field.short}${text.slice(key.length)}`;
      const where = wordsFor(issue.path, lineOf, fields, envelope);
      return { issue, at, text, where, n };
    })
    .sort((a, b) => order(a) - order(b) || (a.at?.index ?? -1) - (b.at?.index ?? -1) || a.n - b.n);
}

/**
 * Shows each issue at its field, for the fields `shown(id)` allows (touched ones, or all after
 * Create); issues of no field in the form's own list. `onChange` reruns the checks. Returns the
 * placed issues (all of them, shown or not).
 */
export function showIssues(report, onChange, shown) {
  const placed = placedIssues(report);
  for (const d of ALL_FIELDS) {
    const found = shown(d.id) ? placed.filter((e) => e.at?.field === d) : [];
    $(d.id).setAttribute("aria-invalid", found.some(({ issue }) => issue.severity === "error") ? "true" : "false");
    $(`${d.id}-msg`).replaceChildren(...found.map((e) => messageItem(e, onChange)));
  }
  $("form-issues").replaceChildren(...placed.filter((e) => !e.at && shown("")).map((e) => messageItem(e, onChange)));
  return placed;
}

/** One issue as a list item: `prefix` and `text`, and its hint unless `withHint` is false. */
export function issueItem(issue, prefix = "", withHint = true, text = issue.message) {
  const li = document.createElement("li");
  li.className = issue.severity;
  li.dataset.code = issue.code;
  li.textContent = `${prefix}${text}${withHint && issue.hint ? ` (${issue.hint})` : ""}`;
  return li;
}

/** A placed issue at its field: "Line 2: …" in a list field, its place's name when it has no field. */
export function messageItem({ issue, at, text, where }, onChange) {
  const line = at?.index != null ? lineOf(at.field.id, at.index) : null;
  const prefix = line ? `Line ${line}: ` : at ? "" : `${where}: `;
  const fix = /^did you mean (\S+)\?$/.exec(issue.hint ?? "")?.[1];
  // A fix replaces the whole field, or the whole line of a one-CIDR-per-line list.
  const fixable = at && (at.index == null || at.field.id === "peer_subnets" || at.field.id === "local_subnets");
  const li = issueItem(issue, prefix, !(fix && fixable), text);
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

/**
 * The error summary shown on Create: a heading and one link per error, in the form's order and
 * words; a link moves the focus to its field (opening the advanced section when it is there).
 * Hidden when there is no error. Returns the number of errors.
 */
export function showSummary(box, placed) {
  const errors = placed.filter((e) => e.issue.severity === "error");
  box.hidden = errors.length === 0;
  const heading = document.createElement("h3");
  heading.id = `${box.id}-title`;
  heading.textContent = errors.length === 1 ? "1 problem to fix before creating" : `${errors.length} problems to fix before creating`;
  const list = document.createElement("ul");
  for (const { issue, at, text, where } of errors) {
    const li = document.createElement("li");
    li.dataset.code = issue.code;
    const target = at ? at.field.id : null;
    const link = document.createElement(target ? "a" : "span");
    link.textContent = `${where}: ${text}`;
    if (target) {
      link.href = `#${target}`;
      link.addEventListener("click", (event) => {
        event.preventDefault();
        const control = $(target);
        control.closest("details")?.setAttribute("open", "");
        control.focus();
        control.scrollIntoView({ block: "center" });
      });
    }
    li.append(link);
    list.append(li);
  }
  box.setAttribute("aria-labelledby", heading.id);
  box.replaceChildren(heading, list);
  return errors.length;
}
