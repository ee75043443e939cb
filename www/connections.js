// The list of VPN connections: pages of PAGE_SIZE by `limit` and `marker`, a status badge that a
// waiter keeps current (with what the status means), an empty state, and Delete, confirmed in
// the row, which waits until the connection is gone.

export const PAGE_SIZE = 5;
/** Polls of the demo's waiters start 300 ms apart (the client's default is 2 s). */
const WAIT = { minDelayMs: 300, maxDelayMs: 2000, timeoutMs: 60_000 };

const $ = (id) => document.getElementById(id);

/** What each status means for the user, shown beside its badge. */
export const STATUS_TEXT = {
  PENDING_CREATE: "Being created.",
  DOWN: "Normal for a new connection: DOWN until your device negotiates IKE with the VPN gateway.",
  ACTIVE: "The tunnel is up.",
  PENDING_UPDATE: "A change is being applied.",
  PENDING_DELETE: "Being deleted.",
  ERROR: "The cloud could not set it up: delete it and create it again.",
  FREEZED: "Frozen (for example an account in arrears): it carries no traffic until unfrozen.",
};
/** The column names, repeated in each cell for the card layout of narrow screens. */
const COLUMNS = ["Name", "Id", "Style", "Peer subnets", "Status"];

export class ConnectionList {
  /** `client`: a VpnClient; `onError(e)` shows an error. */
  constructor(client, onError) {
    this.client = client;
    this.onError = onError;
    /** Markers of the pages seen so far: markers[i] opens page i (undefined for the first). */
    this.markers = [undefined];
    this.page = 0;
    $("next-page").addEventListener("click", () => this.show(this.page + 1));
    $("previous-page").addEventListener("click", () => this.show(this.page - 1));
  }

  /** Loads page `page` (default: the current one) and redraws the table; whether it has `id`. */
  async show(page = this.page, id = undefined) {
    try {
      const marker = this.markers[page];
      const answer = await this.client.listVpnConnections(marker === undefined ? { limit: PAGE_SIZE } : { limit: PAGE_SIZE, marker });
      const items = answer.vpn_connections ?? [];
      if (items.length === 0 && page > 0) return this.show(page - 1, id); // the last item of a page went
      this.page = page;
      const more = (answer.page_info?.current_count ?? items.length) >= PAGE_SIZE && answer.page_info?.next_marker;
      if (more) this.markers[page + 1] = answer.page_info.next_marker;
      $("connections").querySelector("tbody").replaceChildren(...items.map((c) => this.row(c)));
      const empty = items.length === 0 && page === 0;
      $("connections-empty").hidden = !empty;
      $("connections").hidden = empty;
      $("page-caption").textContent = `Page ${page + 1}${answer.total_count != null ? ` of ${Math.max(1, Math.ceil(answer.total_count / PAGE_SIZE))} (${answer.total_count} connections)` : ""}`;
      $("next-page").disabled = !more;
      $("previous-page").disabled = page === 0;
      return { found: items.some((c) => c.id === id), more: Boolean(more) };
    } catch (e) {
      this.onError(e);
      return { found: false, more: false };
    }
  }

  /** Shows the page that holds `id`: this one or a later one (connections are listed oldest first). */
  async showPageOf(id) {
    for (let page = this.page, seen = 0; seen < 1000; page++, seen++) {
      const { found, more } = await this.show(page, id);
      if (found || !more) return;
    }
  }

  row(c) {
    const tr = document.createElement("tr");
    tr.dataset.id = c.id;
    const cells = [c.name, c.id, c.style, (c.peer_subnets ?? []).join(", ")].map((text, i) => {
      const td = document.createElement("td");
      td.dataset.label = COLUMNS[i];
      td.textContent = text ?? "";
      return td;
    });
    cells[0].className = "name";
    cells[1].className = "id";
    const status = document.createElement("td");
    status.className = "status";
    status.dataset.label = COLUMNS[4];
    fillStatus(status, c.status);
    const actions = document.createElement("td");
    actions.className = "row-actions";
    this.askToDelete(actions, c);
    tr.append(...cells, status, actions);
    return tr;
  }

  /** The Delete button; a click asks in the row itself ("Delete office-1?" Delete / Keep). */
  askToDelete(cell, c) {
    const remove = button("Delete", `Delete ${c.name}`);
    remove.addEventListener("click", () => {
      const question = document.createElement("span");
      question.className = "confirm";
      question.textContent = `Delete ${c.name}? The tunnel goes down at once. `;
      const yes = button("Yes, delete", `Yes, delete ${c.name}`, "danger");
      const keep = button("Keep", `Keep ${c.name}`);
      yes.addEventListener("click", () => {
        keep.disabled = true;
        this.remove(c.id, yes).then(() => { keep.disabled = false; });
      });
      keep.addEventListener("click", () => {
        this.askToDelete(cell, c);
        cell.querySelector("button").focus();
      });
      question.append(yes, " ", keep);
      cell.replaceChildren(question);
      keep.focus();
    });
    cell.replaceChildren(remove);
  }

  setStatus(id, status) {
    const cell = document.querySelector(`#connections tr[data-id="${CSS.escape(id)}"] .status`);
    if (cell) fillStatus(cell, status);
  }

  /** After a create: show the list, then follow the new connection until it settles. */
  async follow(id) {
    await this.showPageOf(id);
    try {
      const settled = await this.client.waitForVpnConnection(id, WAIT);
      this.setStatus(id, settled.vpn_connection.status);
    } catch (e) {
      this.onError(e);
    }
  }

  async remove(id, button) {
    button.disabled = true;
    try {
      await this.client.deleteVpnConnection(id);
      this.setStatus(id, "PENDING_DELETE");
      await this.client.waitForDeletion("vpn-connection", id, WAIT);
      await this.show();
    } catch (e) {
      button.disabled = false;
      this.onError(e);
    }
  }
}

function button(text, label, className) {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = text;
  if (label !== text) b.setAttribute("aria-label", label);
  if (className) b.className = className;
  return b;
}

/** A status as a badge with what it means: "DOWN — Normal for a new connection: …". */
function fillStatus(cell, status) {
  const badge = document.createElement("span");
  badge.className = `badge ${String(status).toLowerCase()}`;
  badge.textContent = status;
  const text = document.createElement("span");
  text.className = "explain";
  text.textContent = STATUS_TEXT[status] ?? "";
  const body = document.createElement("span");
  body.append(badge, " ", text);
  cell.replaceChildren(body);
}
