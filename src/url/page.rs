//! The views and where each lives: its folder below the app's root (in Indonesian, and in
//! English below `en/`), the query form that names a view without a page of its own, and the
//! cities that have a page in this build.

use std::sync::Arc;

use crate::i18n::Lang;

/// Which view the URL asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Page {
    /// The city cards (home).
    Cities,
    /// One city's page, by city id.
    City(String),
    /// One province's page, by the folder name of its official name (`jawa-timur`).
    Province(String),
    Awards,
    Health,
    /// "Periksa data": check a dataset file and preview it.
    Check,
    /// A path or `halaman` value this version does not know.
    Unknown(String),
}

impl Page {
    /// The folder below the app's root that holds this view's own page, as path segments
    /// (`["kota", "kota-blitar"]`; none for home, the root itself), or `None` for a view that
    /// has no page of its own. The build writes pages there and links point there.
    pub fn folder(&self) -> Option<Vec<&str>> {
        match self {
            Page::Cities => Some(vec![]),
            Page::City(id) => Some(vec!["kota", id]),
            Page::Province(id) => Some(vec![PROVINCE_FOLDER, id]),
            Page::Awards => Some(vec!["penghargaan"]),
            Page::Health => Some(vec!["kesehatan"]),
            Page::Check => Some(vec!["periksa"]),
            Page::Unknown(_) => None,
        }
    }
}

/// The cities that have a page of their own in `dist/` (written by the last build). Links to
/// other cities use the query form, which always reaches the home page's file. A sorted list
/// searched by bisection: as fast as a hash set at 514 cities, and no hashing code in the wasm.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StaticCities(Arc<[String]>);

impl StaticCities {
    pub fn new(ids: impl IntoIterator<Item = String>) -> Self {
        let mut ids: Vec<String> = ids.into_iter().collect();
        crate::util::sort::sort_dedup(&mut ids);
        Self(ids.into())
    }

    pub fn contains(&self, id: &str) -> bool {
        self.0.binary_search_by(|c| c.as_str().cmp(id)).is_ok()
    }
}

/// The folder that holds the province pages (`provinsi/jawa-timur/`).
pub const PROVINCE_FOLDER: &str = "provinsi";

/// The folder that holds the English pages (`en/kota/kota-blitar/`): every view exists as a
/// static page in both languages, so an English reader never sees Indonesian first.
pub const ENGLISH_FOLDER: &str = "en";

/// The path prefix of the pages in `lang`: `"en/"` or `""`.
pub fn lang_prefix(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "",
        Lang::En => "en/",
    }
}

/// The parameters that name `page` in the query form (`?kota=…`, `?halaman=…`).
pub(super) fn query_name(page: &Page) -> Vec<(&'static str, String)> {
    match page {
        Page::Cities => vec![],
        Page::City(id) => vec![("kota", id.clone())],
        Page::Province(id) => vec![("halaman", format!("{PROVINCE_FOLDER}/{id}"))],
        Page::Awards => vec![("halaman", "penghargaan".into())],
        Page::Health => vec![("halaman", "kesehatan".into())],
        Page::Check => vec![("halaman", "periksa".into())],
        Page::Unknown(p) => vec![("halaman", p.clone())],
    }
}
