//! Marker pagination as a state machine (spec §3.4): which query to send next, and when the list
//! has ended. The caller sends the queries and hands back each page's `page_info`.

use super::error::{ApiError, Error, RESPONSE_INVALID};
use super::operations::Query;
use crate::validate::json::quote;

/// The pages of one list. The first query carries the caller's filters and `limit` (or the
/// API's default, so the end can be recognised); each later one adds `marker = next_marker`.
#[derive(Debug, Clone)]
pub struct Pager {
    filters: Query,
    limit: u64,
    marker: Option<String>,
    done: bool,
}

impl Pager {
    /// `query` as the caller gave it. Its `limit`, a whole number from 1 to `max_limit` (2,000
    /// for VPN connections, 200 for customer gateways, spec §3.4), is the page size; absent or 0,
    /// the page size is `max_limit`, which is also the API's default. Anything else is a
    /// [`Error::Config`]: the end of the list is recognised by a short page, so the pager must
    /// know the size it asked for. A `marker` in it is where the walk starts.
    pub fn new(query: Query, max_limit: u64) -> Result<Self, Error> {
        let mut limit = max_limit;
        let mut marker = None;
        let mut filters = Query::default();
        for (k, v) in query.0 {
            match k.as_str() {
                "limit" => {
                    limit = match v.parse::<u64>() {
                        Ok(0) => max_limit,
                        Ok(n) if n <= max_limit => n,
                        _ => {
                            return Err(Error::Config(format!(
                                "query.limit must be a whole number 0–{max_limit} (0: the API's default), got {}",
                                quote(&v)
                            )))
                        }
                    }
                }
                "marker" if !v.is_empty() => marker = Some(v),
                "marker" => {}
                _ => filters.0.push((k, v)),
            }
        }
        Ok(Self { filters, limit, marker, done: false })
    }

    /// The page size asked for.
    pub fn limit(&self) -> u64 {
        self.limit
    }

    /// The next query to send, or `None` when the list has ended.
    pub fn next_query(&self) -> Option<Query> {
        if self.done {
            return None;
        }
        let query = self.filters.clone().with("limit", self.limit);
        Some(match &self.marker {
            Some(m) => query.with("marker", m),
            None => query,
        })
    }

    /// Takes in a page: `items` is how many it held, `current_count` and `next_marker` its
    /// `page_info`. The list ends when a page holds fewer than `limit` items. A server that
    /// hands back the marker it was sent would loop forever: that is an error.
    pub fn advance(
        &mut self,
        items: usize,
        current_count: Option<u64>,
        next_marker: Option<&str>,
    ) -> Result<(), Error> {
        let count = current_count.unwrap_or(items as u64);
        if count < self.limit || items == 0 {
            self.done = true;
            return Ok(());
        }
        match next_marker.filter(|m| !m.is_empty()) {
            None => {
                self.done = true;
                Ok(())
            }
            Some(m) if self.marker.as_deref() == Some(m) => {
                self.done = true;
                Err(Error::Api(ApiError {
                    status: 200,
                    code: RESPONSE_INVALID.to_owned(),
                    message: format!("the server sent the same next_marker twice ({m}); stopped instead of looping"),
                    request_id: None,
                    retryable: false,
                    retry_after: None,
                }))
            }
            Some(m) => {
                self.marker = Some(m.to_owned());
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(q: &Query) -> Vec<(&str, &str)> {
        q.0.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
    }

    #[test]
    fn walks_markers_until_a_short_page() {
        let mut p = Pager::new(Query::default().with("vgw_id", "g").with("limit", 2), 2000).unwrap();
        assert_eq!(pairs(&p.next_query().unwrap()), [("vgw_id", "g"), ("limit", "2")]);
        p.advance(2, Some(2), Some("t1")).unwrap();
        assert_eq!(pairs(&p.next_query().unwrap()), [("vgw_id", "g"), ("limit", "2"), ("marker", "t1")]);
        p.advance(1, Some(1), Some("t2")).unwrap();
        assert!(p.next_query().is_none());
    }

    #[test]
    fn the_default_limit_applies_and_an_empty_page_ends() {
        let mut p = Pager::new(Query::default().with("limit", 0), 200).unwrap();
        assert_eq!(p.limit(), 200);
        p.advance(0, Some(0), Some("x")).unwrap();
        assert!(p.next_query().is_none());
    }

    #[test]
    fn a_limit_the_pager_cannot_use_is_a_config_error() {
        assert_eq!(Pager::new(Query::default().with("limit", 200), 200).map(|p| p.limit()).ok(), Some(200));
        assert_eq!(Pager::new(Query::default().with("limit", 1), 200).map(|p| p.limit()).ok(), Some(1));
        for bad in ["201", "-1", "1.5", "abc", "", "2e3"] {
            let e = Pager::new(Query::default().with("limit", bad), 200).err();
            assert!(matches!(&e, Some(Error::Config(m)) if m.contains("0–200")), "{bad}: {e:?}");
        }
    }

    #[test]
    fn a_repeated_marker_is_an_error_not_a_loop() {
        let mut p = Pager::new(Query::default().with("limit", 1).with("marker", "m"), 2000).unwrap();
        assert!(p.advance(1, Some(1), Some("m")).is_err());
        assert!(p.next_query().is_none());
    }
}
