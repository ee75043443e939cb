// The demo's form fields: one descriptor each, rendered with a label, the input, and a message
// list that the input names in aria-describedby. Issue paths map to field ids.

const ALGORITHMS = ["sha2-512", "sha2-384", "sha2-256", "sha1", "md5"];
const CIPHERS = ["aes-256-gcm-16", "aes-128-gcm-16", "aes-256", "aes-192", "aes-128", "3des"];
const GROUPS = ["group1", "group2", "group5", "group14", "group15", "group16", "group19", "group20", "group21"];

/**
 * `id` is the element id; `path` the body path under `vpn_connection`; `initial` the value shown
 * first. For the policies, `initial` is the API's default (spec §2.3, §2.4): a field left at it
 * is not sent, so the server applies the same default.
 */
export const CONNECTION_FIELDS = [
  { id: "name", path: "name", short: "Name", label: "Name (1–64 of A–Z a–z 0–9 _ - .; generated when empty)", initial: "office-1" },
  { id: "vgw_id", path: "vgw_id", short: "VPN gateway id", label: "VPN gateway id (vgw_id)", initial: "" },
  { id: "vgw_ip", path: "vgw_ip", short: "Gateway EIP id", label: "Gateway EIP id or private IP (vgw_ip)", initial: "" },
  { id: "cgw_id", path: "cgw_id", short: "Customer gateway id", label: "Customer gateway id (cgw_id)", initial: "" },
  { id: "style", path: "style", short: "Routing style", label: "Routing style", options: ["static", "bgp", "policy"], initial: "static" },
  { id: "peer_subnets", path: "peer_subnets", short: "Peer subnets", list: true, label: "Peer subnets, one CIDR per line (at most 50)", rows: 4, initial: "192.168.44.0/24" },
  { id: "policy_rules", path: "policy_rules", short: "Policy rules", list: true, label: "Policy rules (policy style only), one per line: source -> destination, destination", rows: 2, initial: "" },
  { id: "tunnel_local_address", path: "tunnel_local_address", short: "Tunnel address on the VPN gateway", label: "Tunnel address on the VPN gateway (169.254.x.x/30; empty = assigned)", initial: "" },
  { id: "tunnel_peer_address", path: "tunnel_peer_address", short: "Tunnel address on your device", label: "Tunnel address on your device (same /30)", initial: "" },
  { id: "psk", path: "psk", short: "Pre-shared key", label: "Pre-shared key (8–128 characters, 3 of: upper, lower, digit, special)", secret: true, initial: "" },
];

export const IKE_FIELDS = [
  { id: "ikepolicy-ike_version", path: "ikepolicy.ike_version", short: "IKE version", label: "IKE version", options: ["v2", "v1"], initial: "v2" },
  { id: "ikepolicy-phase1_negotiation_mode", path: "ikepolicy.phase1_negotiation_mode", short: "IKE phase-1 mode", label: "Phase-1 mode (IKE v1 only)", options: ["main", "aggressive"], initial: "main" },
  { id: "ikepolicy-authentication_algorithm", path: "ikepolicy.authentication_algorithm", short: "IKE authentication algorithm", label: "Authentication algorithm", options: ALGORITHMS, initial: "sha2-256" },
  { id: "ikepolicy-encryption_algorithm", path: "ikepolicy.encryption_algorithm", short: "IKE encryption algorithm", label: "Encryption algorithm", options: CIPHERS, initial: "aes-128" },
  { id: "ikepolicy-dh_group", path: "ikepolicy.dh_group", short: "IKE DH group", label: "DH group", options: GROUPS, initial: "group15" },
  { id: "ikepolicy-lifetime_seconds", path: "ikepolicy.lifetime_seconds", short: "IKE SA lifetime", label: "SA lifetime, seconds (60–604800)", number: true, initial: "86400" },
];

export const IPSEC_FIELDS = [
  { id: "ipsecpolicy-authentication_algorithm", path: "ipsecpolicy.authentication_algorithm", short: "IPsec authentication algorithm", label: "Authentication algorithm", options: ALGORITHMS, initial: "sha2-256" },
  { id: "ipsecpolicy-encryption_algorithm", path: "ipsecpolicy.encryption_algorithm", short: "IPsec encryption algorithm", label: "Encryption algorithm", options: CIPHERS, initial: "aes-128" },
  { id: "ipsecpolicy-pfs", path: "ipsecpolicy.pfs", short: "IPsec PFS", label: "PFS", options: [...GROUPS, "disable"], initial: "group15" },
  { id: "ipsecpolicy-lifetime_seconds", path: "ipsecpolicy.lifetime_seconds", short: "IPsec SA lifetime", label: "SA lifetime, seconds (30–604800)", number: true, initial: "3600" },
];

export const ALL_FIELDS = [...CONNECTION_FIELDS, ...IKE_FIELDS, ...IPSEC_FIELDS];

/** Step 1's two fields (static in index.html), by their paths in the two gateways' bodies. */
export const GATEWAY_FIELDS = [
  { id: "local_subnets", path: "vpn_gateway.local_subnets", short: "VPC subnets", list: true },
  { id: "cgw_ip", path: "customer_gateway.id_value", short: "Public IP of your device" },
];

/** Words for the parts of a body that are no field of the form. */
const PARTS = { "": "The connection", ikepolicy: "IKE policy", ipsecpolicy: "IPsec policy" };

/** Appends one field (label, control, message list) per descriptor to `container`. */
export function renderFields(container, descriptors) {
  for (const d of descriptors) {
    const wrap = document.createElement("div");
    wrap.className = "field";
    const label = document.createElement("label");
    label.htmlFor = d.id;
    label.textContent = d.label;
    const control = d.options ? document.createElement("select") : document.createElement(d.rows ? "textarea" : "input");
    control.id = d.id;
    control.name = d.id;
    if (d.options) {
      for (const value of d.options) {
        const option = new Option(value === d.initial ? `${value} (default)` : value, value, false, value === d.initial);
        control.append(option);
      }
    } else {
      if (d.rows) control.rows = d.rows;
      if (d.secret) {
        control.type = "password";
        control.autocomplete = "new-password";
      } else {
        control.autocomplete = "off";
        control.spellcheck = false;
      }
      if (d.number) control.inputMode = "numeric";
      control.value = d.initial;
    }
    control.setAttribute("aria-describedby", `${d.id}-msg`);
    control.setAttribute("aria-invalid", "false");
    const msg = document.createElement("ul");
    msg.className = "msg";
    msg.id = `${d.id}-msg`;
    msg.setAttribute("aria-live", "polite");
    wrap.append(label, control, msg);
    container.append(wrap);
  }
}

/**
 * The field an issue belongs to, and the subnet line when it points into `peer_subnets`:
 * `vpn_connection.peer_subnets[2]` → { field: peer_subnets, index: 2 };
 * `vpn_connection.ikepolicy.dh_group` → { field: ikepolicy-dh_group }.
 */
export function fieldOf(path, fields = ALL_FIELDS, envelope = "vpn_connection.") {
  if (!(path ?? "").startsWith(envelope)) return null;
  const rest = path.slice(envelope.length);
  const exact = fields.find((d) => rest === d.path || rest.startsWith(`${d.path}[`) || rest.startsWith(`${d.path}.`));
  if (!exact) return null;
  const index = /^[a-z_.]+\[(\d+)\]/.exec(rest)?.[1];
  return { field: exact, index: index === undefined ? null : Number(index) };
}

/**
 * A body path in the form's words: `vpn_connection.peer_subnets[2]` → "Peer subnets, line 3"
 * (`lineOf(fieldId, index)` gives the line the index stands for); a path of no field → "IKE
 * policy", "The connection", or the field's own name.
 */
export function wordsFor(path, lineOf, fields = ALL_FIELDS, envelope = "vpn_connection.") {
  const at = fieldOf(path, fields, envelope);
  if (at) {
    const line = at.index != null ? lineOf(at.field.id, at.index) : null;
    return line ? `${at.field.short}, line ${line}` : at.field.short;
  }
  const rest = (path ?? "").replace(/^[a-z_]+\.?/, "");
  return PARTS[rest] ?? rest;
}

/** `text` with every body path in it (`(vpn_connection.peer_subnets[0])`) in the form's words. */
export function inWords(text, lineOf, fields = ALL_FIELDS, envelope = "vpn_connection.") {
  return (text ?? "").replace(/\b(?:vpn_connection|vpn_gateway|customer_gateway)(?:\.[A-Za-z_0-9]+|\[\d+\])*/g,
    (path) => wordsFor(path, lineOf, fields, envelope));
}
