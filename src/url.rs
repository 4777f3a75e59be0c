//! The app's state in the URL query string, so every view, filter and sort can be shared and
//! reloaded. Query strings (not paths) because municipal web admins often serve `dist/` from a
//! plain static server with no rewrite rules: `?kota=kota-blitar` always reaches `index.html`,
//! under any sub-path. Parameter names are Indonesian, like the app.

use crate::i18n::Lang;
use crate::query::awards::AwardFilter;
use crate::query::cities::{CityFilter, CitySort};

/// Which view the URL asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Page {
    /// The city cards (home).
    Cities,
    /// One city's page, by city id.
    City(String),
    Awards,
    Health,
    /// A `halaman` value this version does not know.
    Unknown(String),
}

/// Parameters that belong to the reader, not to a view (language, embedding, theme, another
/// dataset): every link keeps them.
pub const GLOBAL_PARAMS: [&str; 4] = ["lang", "embed", "theme", "data"];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UrlState {
    pub page: Page,
    pub cities: CityFilter,
    pub sort: CitySort,
    pub awards: AwardFilter,
    /// The global parameters present, in [`GLOBAL_PARAMS`] order.
    pub globals: Vec<(&'static str, String)>,
}

impl UrlState {
    /// Reads the state from query parameters; `get` returns a decoded value. Unknown or
    /// malformed values fall back to the defaults rather than failing.
    pub fn parse(get: impl Fn(&str) -> Option<String>) -> Self {
        let non_empty = |k: &str| get(k).map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
        let page = match (non_empty("kota"), non_empty("halaman").as_deref()) {
            (Some(city), _) => Page::City(city),
            (None, None | Some("kota")) => Page::Cities,
            (None, Some("penghargaan")) => Page::Awards,
            (None, Some("kesehatan")) => Page::Health,
            (None, Some(other)) => Page::Unknown(other.to_string()),
        };
        Self {
            page,
            cities: CityFilter {
                search: get("cari").unwrap_or_default(),
                province: non_empty("provinsi"),
                has_award: non_empty("penghargaan").as_deref() == Some("ada"),
            },
            sort: non_empty("urut").and_then(|s| CitySort::from_key(&s)).unwrap_or_default(),
            awards: AwardFilter { giver: non_empty("pemberi"), year: non_empty("tahun").and_then(|y| y.parse().ok()) },
            globals: GLOBAL_PARAMS.iter().filter_map(|&k| Some((k, non_empty(k)?))).collect(),
        }
    }

    /// The interface language asked for with `?lang=`, Indonesian by default.
    pub fn lang(&self) -> Lang {
        self.global("lang").and_then(Lang::from_code).unwrap_or_default()
    }

    pub fn global(&self, key: &str) -> Option<&str> {
        self.globals.iter().find(|(k, _)| *k == key).map(|(_, v)| v.as_str())
    }

    /// The query string ("?…", or "?" for the default view) for this whole state.
    pub fn to_query(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        match &self.page {
            Page::Cities => {
                let f = &self.cities;
                if !f.search.is_empty() {
                    pairs.push(("cari", f.search.clone()));
                }
                if let Some(p) = &f.province {
                    pairs.push(("provinsi", p.clone()));
                }
                if f.has_award {
                    pairs.push(("penghargaan", "ada".into()));
                }
                if self.sort != CitySort::Name {
                    pairs.push(("urut", self.sort.key().into()));
                }
            }
            Page::City(id) => pairs.push(("kota", id.clone())),
            Page::Awards => {
                pairs.push(("halaman", "penghargaan".into()));
                if let Some(g) = &self.awards.giver {
                    pairs.push(("pemberi", g.clone()));
                }
                if let Some(y) = self.awards.year {
                    pairs.push(("tahun", y.to_string()));
                }
            }
            Page::Health => pairs.push(("halaman", "kesehatan".into())),
            Page::Unknown(p) => pairs.push(("halaman", p.clone())),
        }
        pairs.extend(self.globals.iter().map(|(k, v)| (*k, v.clone())));
        let body: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={}", encode(v))).collect();
        format!("?{}", body.join("&"))
    }

    /// A link to `page` in its default state, keeping the global parameters.
    pub fn link(&self, page: Page) -> String {
        Self {
            page,
            cities: CityFilter::default(),
            sort: CitySort::default(),
            awards: AwardFilter::default(),
            globals: self.globals.clone(),
        }
        .to_query()
    }

    /// This state with the view's own parts replaced by `edit`, as a query string.
    pub fn with(&self, edit: impl FnOnce(&mut Self)) -> String {
        let mut next = self.clone();
        edit(&mut next);
        next.to_query()
    }
}

/// Percent-encodes a query value (everything but RFC 3986 unreserved characters).
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}
