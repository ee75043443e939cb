// The drawing of the connection being built (inline SVG): VPC subnets → VPN gateway → tunnel
// with its /30 addresses → customer gateway → peer subnets. Subnets with an error (overlap,
// reserved block, bad syntax) are drawn red, with the message as their tooltip.

const SVG = "http://www.w3.org/2000/svg";
const ROW = 24; // px per subnet row
const TOP = 36;

function el(name, attributes, text) {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A column of subnet boxes at `x`; each `{ text, problem }` (problem: a message or null). */
function subnets(x, width, items, side, top = TOP) {
  const group = el("g", { class: `subnets ${side}` });
  items.forEach((item, i) => {
    const y = top + i * ROW;
    const box = el("g", { class: item.problem ? "subnet bad" : "subnet", "data-subnet": item.text });
    box.append(el("rect", { x, y, width, height: ROW - 4, rx: 3 }));
    box.append(el("text", { x: x + 6, y: y + 14 }, item.text));
    if (item.problem) box.append(el("title", {}, item.problem));
    group.append(box);
  });
  return group;
}

function node(x, y, width, label, detail) {
  const group = el("g", { class: "node" });
  group.append(el("rect", { x, y, width, height: 44, rx: 6 }));
  group.append(el("text", { x: x + width / 2, y: y + 18, "text-anchor": "middle", class: "label" }, label));
  group.append(el("text", { x: x + width / 2, y: y + 34, "text-anchor": "middle", class: "detail" }, detail));
  return group;
}

/**
 * Redraws `svg` for `model`: { localSubnets, peerSubnets ([{ text, problem }] both),
 * gateway: { name, ip }, customer: { name, ip }, tunnel: { local, peer, problem } }.
 * `vertical`: top to bottom in a narrow drawing, so that a phone shows its text at full size.
 */
export function draw(svg, model, { vertical = false } = {}) {
  for (const child of [...svg.children]) if (child.localName !== "title" && child.localName !== "desc") child.remove();
  svg.classList.toggle("vertical", vertical);
  if (vertical) drawVertical(svg, model);
  else drawHorizontal(svg, model);
  const desc = svg.querySelector("desc");
  if (desc) desc.textContent = describe(model);
}

function drawHorizontal(svg, model) {
  const rows = Math.max(model.localSubnets.length, model.peerSubnets.length, 2);
  const mid = TOP + Math.min(rows, 4) * ROW / 2 - 22;
  // Room for the subnets and for the tunnel's label under the line.
  const height = Math.max(TOP + rows * ROW + 12, mid + 70);
  svg.setAttribute("viewBox", `0 0 760 ${height}`);
  svg.append(el("text", { x: 10, y: 20, class: "heading" }, "VPC subnets"));
  svg.append(el("text", { x: 620, y: 20, class: "heading" }, "Peer subnets"));
  svg.append(subnets(10, 130, model.localSubnets, "local"));
  svg.append(subnets(620, 130, model.peerSubnets, "peer"));
  svg.append(el("line", { x1: 140, y1: mid + 22, x2: 170, y2: mid + 22, class: "link" }));
  svg.append(node(170, mid, 120, "VPN gateway", model.gateway.ip || "not created"));
  const tunnel = el("g", { class: model.tunnel.problem ? "tunnel bad" : "tunnel" });
  tunnel.append(el("line", { x1: 290, y1: mid + 22, x2: 460, y2: mid + 22 }));
  tunnel.append(el("text", { x: 296, y: mid + 14, class: "detail" }, model.tunnel.local || "auto /30"));
  tunnel.append(el("text", { x: 454, y: mid + 38, "text-anchor": "end", class: "detail" }, model.tunnel.peer || "auto /30"));
  tunnel.append(el("text", { x: 375, y: mid + 58, "text-anchor": "middle", class: "detail" }, "IPsec tunnel"));
  if (model.tunnel.problem) tunnel.append(el("title", {}, model.tunnel.problem));
  svg.append(tunnel);
  svg.append(node(460, mid, 130, "Customer gateway", model.customer.ip || "not created"));
  svg.append(el("line", { x1: 590, y1: mid + 22, x2: 620, y2: mid + 22, class: "link" }));
}

/** 320 units wide, drawn at about one unit per pixel on a phone: subnets above and below. */
function drawVertical(svg, model) {
  const width = 320;
  const x = 10;
  const boxWidth = width - 2 * x;
  let y = 20;
  svg.append(el("text", { x, y, class: "heading" }, "VPC subnets"));
  svg.append(subnets(x, boxWidth, model.localSubnets, "local", y + 8));
  y += 8 + Math.max(model.localSubnets.length, 1) * ROW;
  svg.append(el("line", { x1: width / 2, y1: y - 4, x2: width / 2, y2: y + 14, class: "link" }));
  y += 14;
  svg.append(node(70, y, 180, "VPN gateway", model.gateway.ip || "not created"));
  y += 44;
  const tunnel = el("g", { class: model.tunnel.problem ? "tunnel bad" : "tunnel" });
  tunnel.append(el("line", { x1: width / 2, y1: y, x2: width / 2, y2: y + 70 }));
  tunnel.append(el("text", { x: width / 2 + 8, y: y + 16, class: "detail" }, model.tunnel.local || "auto /30"));
  tunnel.append(el("text", { x: width / 2 + 8, y: y + 62, class: "detail" }, model.tunnel.peer || "auto /30"));
  tunnel.append(el("text", { x: width / 2 - 8, y: y + 39, "text-anchor": "end", class: "detail" }, "IPsec tunnel"));
  if (model.tunnel.problem) tunnel.append(el("title", {}, model.tunnel.problem));
  svg.append(tunnel);
  y += 70;
  svg.append(node(70, y, 180, "Customer gateway", model.customer.ip || "not created"));
  y += 44;
  svg.append(el("line", { x1: width / 2, y1: y, x2: width / 2, y2: y + 14, class: "link" }));
  y += 32;
  svg.append(el("text", { x, y, class: "heading" }, "Peer subnets"));
  svg.append(subnets(x, boxWidth, model.peerSubnets, "peer", y + 8));
  y += 8 + Math.max(model.peerSubnets.length, 1) * ROW + 4;
  svg.setAttribute("viewBox", `0 0 ${width} ${y}`);
}

/** The drawing in words, for screen readers: what it shows, and each subnet in red and why. */
function describe(model) {
  const list = (items) => items.map((i) => i.text).join(", ") || "none";
  const marked = [...model.localSubnets, ...model.peerSubnets].filter((i) => i.problem).map((i) => `${i.text}: ${i.problem}`);
  return [
    `VPC subnets ${list(model.localSubnets)}`,
    `VPN gateway ${model.gateway.ip || "not created"}`,
    `tunnel ${model.tunnel.local || "auto"} to ${model.tunnel.peer || "auto"}${model.tunnel.problem ? ` (${model.tunnel.problem})` : ""}`,
    `customer gateway ${model.customer.ip || "not created"}`,
    `peer subnets ${list(model.peerSubnets)}`,
    marked.length ? `marked: ${marked.join("; ")}` : "nothing marked",
  ].join(". ") + ".";
}
