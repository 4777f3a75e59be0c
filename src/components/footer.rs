use leptos::prelude::*;

use crate::state::{use_strings, use_url};
use crate::url::Page;

/// The site footer: how to read the figures, and where a data editor checks a file.
#[component]
pub fn Footer() -> impl IntoView {
    let t = use_strings();
    let url = use_url();
    let check = move || url.with(|u| u.link(Page::Check));
    view! {
        <footer class="site-footer">
            <p>{t.footer_note}</p>
            <p><a href=check>{t.nav_check}</a></p>
        </footer>
    }
}
