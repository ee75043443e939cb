//! Resources in memory: each a JSON body as the API returns it, with the times that drive its
//! status. Nothing here reads a clock; every call takes `now`.

use crate::model::Secret;
use crate::validate::ipv4;
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};

/// One stored resource.
pub struct Resource {
    pub id: String,
    /// The response body without `status` (computed from the times below).
    pub body: Map<String, Value>,
    pub created_ms: u64,
    /// When a delete was accepted; the resource is gone `transition_ms` later.
    pub deleting_since: Option<u64>,
    /// A secret the server keeps but never returns (a connection's PSK). Never printed.
    pub secret: Option<Secret>,
}

impl Resource {
    pub fn new(id: String, body: Map<String, Value>, created_ms: u64) -> Self {
        Self { id, body, created_ms, deleting_since: None, secret: None }
    }

    /// The lifecycle status at `now`: `pending` until `transition_ms` after creation, then
    /// `settled`; `PENDING_DELETE` once a delete was accepted.
    pub fn status(&self, now: u64, transition_ms: u64, pending: &str, settled: &str) -> String {
        if self.deleting_since.is_some() {
            "PENDING_DELETE".into()
        } else if now < self.created_ms.saturating_add(transition_ms) {
            pending.into()
        } else {
            settled.into()
        }
    }

    /// The body with `status` at `now`, ready to send.
    pub fn view(&self, status: Option<String>) -> Value {
        let mut body = self.body.clone();
        if let Some(s) = status {
            body.insert("status".into(), Value::String(s));
        }
        Value::Object(body)
    }

    pub fn str(&self, key: &str) -> Option<&str> {
        self.body.get(key).and_then(Value::as_str)
    }
}

/// Resources of one kind in creation order, with strictly increasing creation times (so a
/// `created_at` marker pages without skipping or repeating).
#[derive(Default)]
pub struct Collection {
    items: Vec<Resource>,
    last_created_ms: Option<u64>,
}

impl Collection {
    /// A creation time for a new resource: `now`, or 1 ms after the last one if that is later.
    pub fn next_created_ms(&mut self, now: u64) -> u64 {
        let t = match self.last_created_ms {
            Some(last) if last >= now => last + 1,
            _ => now,
        };
        self.last_created_ms = Some(t);
        t
    }

    pub fn insert(&mut self, r: Resource) {
        self.items.push(r);
    }

    /// Drops the resources whose delete finished before `now`; returns them.
    pub fn purge(&mut self, now: u64, transition_ms: u64) -> Vec<Resource> {
        let gone = |r: &Resource| r.deleting_since.is_some_and(|t| now >= t.saturating_add(transition_ms));
        if !self.items.iter().any(gone) {
            return Vec::new();
        }
        let (removed, kept) = std::mem::take(&mut self.items).into_iter().partition(gone);
        self.items = kept;
        removed
    }

    /// Removes a resource at once (kinds without a delete transition).
    pub fn remove(&mut self, id: &str) -> Option<Resource> {
        let i = self.items.iter().position(|r| r.id == id)?;
        Some(self.items.remove(i))
    }

    pub fn get(&self, id: &str) -> Option<&Resource> {
        self.items.iter().find(|r| r.id == id)
    }

    pub fn get_mut(&mut self, id: &str) -> Option<&mut Resource> {
        self.items.iter_mut().find(|r| r.id == id)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Resource> {
        self.items.iter()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }
}

/// Everything one project holds.
#[derive(Default)]
pub struct ProjectStore {
    pub gateways: Collection,
    pub customer_gateways: Collection,
    pub connections: Collection,
    pub monitors: Collection,
    /// The tunnel /30 blocks (first address) each gateway's connections use, by gateway id: so
    /// choosing a free block does not scan every connection.
    tunnel_blocks: HashMap<String, HashSet<u32>>,
}

impl ProjectStore {
    /// Finishes the deletes whose time has come.
    pub fn settle(&mut self, now: u64, transition_ms: u64) {
        self.gateways.purge(now, transition_ms);
        for gone in self.connections.purge(now, transition_ms) {
            if let (Some(vgw), Some(block)) = (gone.str("vgw_id"), tunnel_block(&gone)) {
                if let Some(blocks) = self.tunnel_blocks.get_mut(vgw) {
                    blocks.remove(&block);
                }
            }
        }
        self.monitors.purge(now, transition_ms);
        if self.monitors.len() == 0 {
            return;
        }
        // A monitor goes with its connection.
        let live: HashSet<&str> = self.connections.iter().map(|c| c.id.as_str()).collect();
        let orphans: Vec<String> = self
            .monitors
            .iter()
            .filter(|m| m.str("vpn_connection_id").is_some_and(|c| !live.contains(c)))
            .map(|m| m.id.clone())
            .collect();
        for id in orphans {
            self.monitors.remove(&id);
        }
    }
}

impl ProjectStore {
    /// Stores a new connection and notes its tunnel block.
    pub fn insert_connection(&mut self, connection: Resource) {
        if let (Some(vgw), Some(block)) = (connection.str("vgw_id"), tunnel_block(&connection)) {
            self.tunnel_blocks.entry(vgw.to_owned()).or_default().insert(block);
        }
        self.connections.insert(connection);
    }

    /// Whether a connection of gateway `vgw_id` uses the tunnel /30 that starts at `block`.
    pub fn tunnel_block_used(&self, vgw_id: &str, block: u32) -> bool {
        self.tunnel_blocks.get(vgw_id).is_some_and(|b| b.contains(&block))
    }
}

/// The first address of a connection's tunnel /30.
fn tunnel_block(connection: &Resource) -> Option<u32> {
    connection.str("tunnel_local_address").and_then(|a| ipv4::parse_cidr(a).ok()).map(|c| c.first())
}
