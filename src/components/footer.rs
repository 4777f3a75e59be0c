use leptos::prelude::*;

use crate::state::use_strings;

/// The site footer: how to read the figures.
#[component]
pub fn Footer() -> impl IntoView {
    let t = use_strings();
    view! {
        <footer class="site-footer">
            <p>{t.footer_note}</p>
        </footer>
    }
}
