//! What the whole app shares through context: the URL state, the language, and the dataset.
//! Everything else is derived from these where it is used.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::data::Dataset;
use crate::i18n::{Lang, Strings};
use crate::url::UrlState;

/// The URL state, parsed once per navigation.
#[derive(Clone, Copy)]
pub struct AppUrl(pub Memo<UrlState>);

/// The loaded, validated dataset; provided only once loading succeeded.
#[derive(Clone)]
pub struct Data(pub Arc<Dataset>);

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

/// A function that replaces the query string, keeping the path (so sub-paths keep working) and
/// replacing the history entry (typing in the search box must not flood the back button).
pub fn use_set_query() -> impl Fn(String) + Clone + 'static {
    let navigate = use_navigate();
    let location = use_location();
    move |query: String| {
        let path = location.pathname.get_untracked();
        navigate(
            &format!("{path}{query}"),
            NavigateOptions { resolve: false, replace: true, scroll: false, ..Default::default() },
        );
    }
}

/// Sets the document title to "`title` — Koperasi Kota" (WCAG 2.4.2: every view is titled).
pub fn set_page_title(title: &str) {
    let app = use_strings().app_name;
    let full = if title.is_empty() { app.to_string() } else { format!("{title} — {app}") };
    document().set_title(&full);
}
