use leptos::prelude::*;

use crate::i18n::fill;
use crate::state::{use_strings, use_url};
use crate::url::Page;

/// A page or city the URL names but the app or the data does not have.
#[component]
pub fn NotFound(
    #[prop(optional, into)] page: Option<String>,
    #[prop(optional, into)] city: Option<String>,
) -> impl IntoView {
    let t = use_strings();
    let home = use_url().with_untracked(|u| u.link(Page::Cities));
    let message = match (city, page) {
        (Some(id), _) => fill(t.not_found_city, &[("id", &id)]),
        (None, Some(page)) => fill(t.not_found_page, &[("page", &page)]),
        (None, None) => String::new(),
    };
    view! {
        <section class="not-found" data-testid="not-found">
            <h1>{t.not_found_title}</h1>
            <p>{message}</p>
            <p><a href=home>{t.back_to_cities}</a></p>
        </section>
    }
}
