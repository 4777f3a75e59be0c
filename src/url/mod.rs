//! The app's state in the URL: the view is the path (`kota/kota-blitar/`, `penghargaan/`,
//! `kesehatan/`, `periksa/`, each a real page in `dist/` written at build time; the same views
//! in English below `en/`; see `page.rs`), filters, search and sort are the query string
//! (`?cari=blitar&urut=jumlah`), so every view and filter can be shared and reloaded. All links are relative to the current page, so `dist/` works under any sub-path of
//! any static server with no rewrite rules. The older query form (`?kota=…`, `?halaman=…`) keeps
//! working, and is what links use for a city that has no page of its own yet (added to the data
//! file after the last build). Parameter names are Indonesian, like the app. Pure: no Leptos.

mod encoding;
mod page;
#[cfg(test)]
mod tests;

pub use encoding::{encode, parse_query, percent_decode, text_fragment};
pub use page::{lang_prefix, Page, StaticCities, ENGLISH_FOLDER, PROVINCE_FOLDER};

use page::query_name;

use crate::i18n::Lang;
use crate::query::awards::AwardFilter;
use crate::query::cities::{CityFilter, CitySort};

/// Parameters that belong to the reader, not to a view (language, embedding, theme, another
/// dataset): every link keeps them.
pub const GLOBAL_PARAMS: [&str; 4] = ["lang", "embed", "theme", "data"];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UrlState {
    pub page: Page,
    /// How many folders below the app's root the current document is (`kota/kota-blitar/` is
    /// 2): relative links climb this many levels first.
    pub depth: usize,
    /// The view is named in the query (`?kota=…` on the root page), not by the path.
    pub by_query: bool,
    pub cities: CityFilter,
    pub sort: CitySort,
    pub awards: AwardFilter,
    /// The global parameters present, in [`GLOBAL_PARAMS`] order.
    pub globals: Vec<(&'static str, String)>,
    pub static_cities: StaticCities,
    /// The language the path names: English below `en/`, Indonesian elsewhere.
    pub path_lang: Lang,
}

impl UrlState {
    /// Reads the state from the document's path relative to the app's root (`""`,
    /// `"kota/kota-blitar/"`) and its raw query string (`"?cari=…"` or `""`). Unknown or
    /// malformed values fall back to the defaults rather than failing.
    pub fn parse(path: &str, query: &str, static_cities: StaticCities) -> Self {
        let pairs = parse_query(query);
        let get = |k: &str| pairs.iter().find(|(key, _)| key == k).map(|(_, v)| v.clone());
        let non_empty = |k: &str| get(k).map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
        let path = path.trim_start_matches('/');
        let depth = path.matches('/').count();
        let folders = path.strip_suffix("index.html").unwrap_or(path);
        let mut segments: Vec<String> = folders.split('/').filter(|s| !s.is_empty()).map(percent_decode).collect();
        let path_lang = if segments.first().is_some_and(|s| s == ENGLISH_FOLDER) {
            segments.remove(0);
            Lang::En
        } else {
            Lang::Id
        };
        let by_path = match segments.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
            [] => None,
            ["kota", id] => Some(Page::City((*id).to_string())),
            [page::PROVINCE_FOLDER, id] => Some(Page::Province((*id).to_string())),
            ["penghargaan"] => Some(Page::Awards),
            ["kesehatan"] => Some(Page::Health),
            ["periksa"] => Some(Page::Check),
            // Without the language's folder: the switch puts the other one in front.
            _ => Some(Page::Unknown(folders.strip_prefix("en/").unwrap_or(folders).to_string())),
        };
        let by_query = by_path.is_none() && (non_empty("kota").is_some() || non_empty("halaman").is_some());
        let page = by_path.unwrap_or_else(|| match (non_empty("kota"), non_empty("halaman").as_deref()) {
            (Some(city), _) => Page::City(city),
            (None, None | Some("kota")) => Page::Cities,
            (None, Some("penghargaan")) => Page::Awards,
            (None, Some("kesehatan")) => Page::Health,
            (None, Some("periksa")) => Page::Check,
            (None, Some(other)) => match other.strip_prefix(page::PROVINCE_FOLDER).and_then(|p| p.strip_prefix('/')) {
                Some(id) if !id.is_empty() => Page::Province(id.trim_end_matches('/').to_string()),
                _ => Page::Unknown(other.to_string()),
            },
        });
        Self {
            page,
            depth,
            by_query,
            cities: CityFilter {
                search: get("cari").unwrap_or_default(),
                province: non_empty("provinsi"),
                has_award: non_empty("penghargaan").as_deref() == Some("ada"),
            },
            sort: non_empty("urut").and_then(|s| CitySort::from_key(&s)).unwrap_or_default(),
            awards: AwardFilter { giver: non_empty("pemberi"), year: non_empty("tahun").and_then(|y| y.parse().ok()) },
            globals: GLOBAL_PARAMS.iter().filter_map(|&k| Some((k, non_empty(k)?))).collect(),
            static_cities,
            path_lang,
        }
    }

    /// The interface language: the one a host asked for with `?lang=`, else the path's
    /// (English below `en/`), else Indonesian.
    pub fn lang(&self) -> Lang {
        self.global("lang").and_then(Lang::from_code).unwrap_or(self.path_lang)
    }

    pub fn global(&self, key: &str) -> Option<&str> {
        self.globals.iter().find(|(k, _)| *k == key).map(|(_, v)| v.as_str())
    }

    /// Where `page` lives in the shown language: its folder below the root
    /// (`"kota/kota-blitar/"`, `"en/kota/kota-blitar/"`, `""` for home), and the parameters
    /// that name it when it has no folder of its own.
    fn address(&self, page: &Page) -> (String, Vec<(&'static str, String)>) {
        let prefix = lang_prefix(self.lang()).to_string();
        match (page, page.folder()) {
            // Added to the data after the last build: no page of its own yet.
            (Page::City(id), _) if !self.static_cities.contains(id) => (prefix, query_name(page)),
            (_, Some(segments)) => {
                (prefix + &segments.iter().map(|s| format!("{}/", encode(s))).collect::<String>(), vec![])
            }
            (_, None) => (prefix, query_name(page)),
        }
    }

    /// The query string ("?…", or "" when there is nothing to say) for the current document:
    /// the view's filters and the global parameters, and the view itself when the query names it.
    pub fn to_query(&self) -> String {
        join_query(&self.query_pairs())
    }

    /// The parameters of [`UrlState::to_query`], in order.
    fn query_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs: Vec<(&'static str, String)> = if self.by_query { query_name(&self.page) } else { vec![] };
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
            Page::Awards => {
                if let Some(g) = &self.awards.giver {
                    pairs.push(("pemberi", g.clone()));
                }
                if let Some(y) = self.awards.year {
                    pairs.push(("tahun", y.to_string()));
                }
            }
            Page::City(_) | Page::Province(_) | Page::Health | Page::Check | Page::Unknown(_) => {}
        }
        pairs.extend(self.globals.iter().map(|(k, v)| (*k, v.clone())));
        pairs
    }

    /// The path from the current document up to the app's root: `""` or `"../../"`.
    pub fn to_root(&self) -> String {
        "../".repeat(self.depth)
    }

    /// A relative link to `page` in its default state, in the shown language, keeping the
    /// global parameters (but `lang`: the folder says it).
    pub fn link(&self, page: Page) -> String {
        let (folder, mut pairs) = self.address(&page);
        pairs.extend(self.globals.iter().filter(|(k, _)| *k != "lang").map(|(k, v)| (*k, v.clone())));
        let href = format!("{}{folder}{}", self.to_root(), join_query(&pairs));
        if href.is_empty() || href.starts_with('?') {
            format!("./{href}")
        } else {
            href
        }
    }

    /// A link to the current view (filters kept) in the other interface language: the same
    /// page in the other language's folder (`kota/kota-blitar/` ⇄ `en/kota/kota-blitar/`).
    pub fn other_language(&self) -> String {
        let mut next = self.clone();
        next.globals.retain(|(k, _)| *k != "lang");
        next.path_lang = match self.lang() {
            Lang::Id => Lang::En,
            Lang::En => Lang::Id,
        };
        let prefix = lang_prefix(next.path_lang);
        let (folder, naming) = match (&next.page, next.by_query) {
            (Page::Unknown(path), false) => (format!("{prefix}{path}"), vec![]),
            // The view's folder, or (a city without a page yet) the query that names it.
            (page, false) => next.address(page),
            (_, true) => (prefix.to_string(), vec![]),
        };
        let mut pairs = naming;
        pairs.extend(next.query_pairs());
        or_here(format!("{}{folder}{}", self.to_root(), join_query(&pairs)))
    }

    /// The current view's address relative to the app's root, without `embed` (filters left
    /// out): what a reader cites, `kota/kota-malang/?lang=en`.
    pub fn citable(&self) -> String {
        let mut view = self.clone();
        view.depth = 0;
        view.globals.retain(|(k, _)| *k != "embed");
        view.link(view.page.clone()).trim_start_matches("./").to_string()
    }

    /// A link to the current view without the global parameter `key` (the full page of an
    /// embedded view, the bundled data instead of `?data=`).
    pub fn without_global(&self, key: &str) -> String {
        or_here(self.with(|n| n.globals.retain(|(k, _)| *k != key)))
    }

    /// A relative link to a file below the app's root (`"data/koperasi.json"`).
    pub fn asset(&self, file: &str) -> String {
        format!("{}{file}", self.to_root())
    }

    /// This state with the view's own parts replaced by `edit`, as a query string for the
    /// current document (the path stays).
    pub fn with(&self, edit: impl FnOnce(&mut Self)) -> String {
        let mut next = self.clone();
        edit(&mut next);
        next.to_query()
    }
}

/// A query string (or relative address) as a link: `"./"` when it is empty (an empty `href`
/// would keep the old query).
fn or_here(query: String) -> String {
    if query.is_empty() {
        "./".to_string()
    } else {
        query
    }
}

fn join_query(pairs: &[(&str, String)]) -> String {
    if pairs.is_empty() {
        return String::new();
    }
    let body: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={}", encode(v))).collect();
    format!("?{}", body.join("&"))
}
