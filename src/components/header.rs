use leptos::prelude::*;

use crate::state::{use_strings, use_url};
use crate::url::Page;

/// The site header: the app's name and the main navigation ("Kota", "Penghargaan",
/// "Kesehatan"). The current section is marked with `aria-current`.
#[component]
pub fn Header() -> impl IntoView {
    let t = use_strings();
    let url = use_url();
    let link = move |page: Page| url.with(|u| u.link(page));
    let current = move |page: Page| {
        url.with(|u| match (&u.page, &page) {
            (Page::City(_), Page::Cities) => Some("true"),
            (a, b) if a == b => Some("page"),
            _ => None,
        })
    };
    let item = move |page: Page, label: &'static str| {
        let p = page.clone();
        view! {
            <li>
                <a href=move || link(page.clone()) aria-current=move || current(p.clone())>{label}</a>
            </li>
        }
    };
    view! {
        <header class="site-header">
            <div class="brand">
                <a class="brand-name" href=move || link(Page::Cities)>{t.app_name}</a>
                <p class="tagline">{t.tagline}</p>
            </div>
            // Named in the language it switches to, marked as such for screen readers.
            <a class="lang-switch" href=move || url.with(|u| u.other_language()) lang=t.lang_switch_code
               hreflang=t.lang_switch_code data-testid="lang-switch">{t.lang_switch}</a>
            <nav aria-label=t.nav_label>
                <ul class="nav-list">
                    {item(Page::Cities, t.nav_cities)}
                    {item(Page::Awards, t.nav_awards)}
                    {item(Page::Health, t.nav_health)}
                </ul>
            </nav>
        </header>
    }
}
