//! What the whole app shares through context: the URL state, the language, and the dataset.
//! Everything else is derived from these where it is used.

use std::sync::Arc;

use leptos::prelude::*;

use crate::data::{Dataset, Problem, SavedAt, Sound};
use crate::i18n::{Lang, Strings};
use crate::nav::Nav;
use crate::url::UrlState;

/// The URL state, parsed once per navigation.
#[derive(Clone, Copy)]
pub struct AppUrl(pub Memo<UrlState>);

/// The loaded, validated dataset; provided only once loading succeeded.
#[derive(Clone)]
pub struct Data(pub Arc<Dataset>);

/// Where the data on screen came from. Every view says so, unless it is the bundled file, so
/// that a crafted link cannot pass off other numbers as the site's own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Bundled,
    /// `?data=<url>`, as the link gives it.
    Url(String),
    /// `?data=<url>` on a deployment that turned it off: the bundled file is shown instead.
    Refused(String),
    /// A file checked on the "Periksa data" page, by its name.
    Local(String),
}

/// The data on screen: the sound records, the skipped ones with their problems, and its origin.
#[derive(Clone)]
pub struct DataOnScreen {
    pub data: Arc<Dataset>,
    pub skipped: Arc<[Problem]>,
    pub origin: Origin,
    /// Set when the network failed and the offline copy was shown: when it was saved.
    pub saved: Option<SavedAt>,
}

impl DataOnScreen {
    pub fn new(sound: Sound, origin: Origin) -> Self {
        Self { data: Arc::new(sound.data), skipped: sound.skipped.into(), origin, saved: None }
    }
}

/// A file checked on the "Periksa data" page (its name and what it holds), shown in every view
/// instead of the loaded data until the preview is closed. Only in the browser.
#[derive(Clone, Copy)]
pub struct Preview(pub RwSignal<Option<Arc<(String, Sound)>>>);

/// Set while the reader prints (the browser's `beforeprint` to `afterprint`): source boxes
/// build their body when first opened, and a printed page needs every one (see `Disclosure`).
/// Only in the browser; a page built at build time has every body.
#[derive(Clone, Copy)]
pub struct Printing(pub RwSignal<bool>);

/// Provides the navigation and the URL state derived from it; returns the latter.
pub fn provide_url(nav: Nav) -> Memo<UrlState> {
    provide_context(nav);
    let url = Memo::new(move |_| {
        let cities = nav.static_cities.get_value();
        nav.location.with(|l| UrlState::parse(&l.path, &l.query, cities))
    });
    provide_context(AppUrl(url));
    url
}

pub fn use_url() -> Memo<UrlState> {
    expect_context::<AppUrl>().0
}

pub fn use_data() -> Arc<Dataset> {
    expect_context::<Data>().0
}

/// The interface language. Pages are rebuilt when it changes (see `App`), so reading it
/// untracked while building a view is correct.
pub fn use_lang() -> Lang {
    use_url().with_untracked(|u| u.lang())
}

pub fn use_strings() -> &'static Strings {
    use_lang().strings()
}

/// A function that replaces the query string of the current page (see [`Nav::set_query`]).
pub fn use_set_query() -> impl Fn(String) + Clone + 'static {
    let nav = expect_context::<Nav>();
    move |query: String| nav.set_query(query)
}
