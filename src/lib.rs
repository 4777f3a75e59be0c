//! Koperasi Kota: sourced facts about the cooperatives of Indonesian cities.
//!
//! Data flows one way: `data` (model, validation, loading) → `query`/`chart` (pure questions
//! and geometry) → `components` → `pages`. `url` and `i18n` hold the URL state and the
//! interface strings. Only `components`, `pages`, `state` and this file use Leptos.

pub mod chart;
pub mod components;
pub mod data;
pub mod i18n;
pub mod pages;
pub mod panic;
pub mod query;
pub mod state;
pub mod url;

#[cfg(test)]
mod url_tests;

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::hooks::use_query_map;

use components::{Footer, Header, LoadErrorAlert, Loading, PatternDefs};
use state::{AppUrl, Data};
use url::UrlState;

/// The root: the router (history and URL state) around the shell.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router>
            <Shell/>
        </Router>
    }
}

/// Header, main region and footer; loads the dataset and shows the page the URL asks for.
#[component]
fn Shell() -> impl IntoView {
    let query = use_query_map();
    let url = Memo::new(move |_| query.with(|q| UrlState::parse(|k| q.get(k))));
    provide_context(AppUrl(url));
    let lang = Memo::new(move |_| url.with(|u| u.lang()));
    // Effects talk to the outside world only: the document's language follows the URL.
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.get().code());
        }
        if let Some(boot) = document().get_element_by_id("boot") {
            boot.remove();
        }
    });
    let dataset = LocalResource::new(load);

    view! {
        {move || {
            // Rebuilt when the language changes, so every view below reads its strings once.
            let t = lang.get().strings();
            view! {
                <a class="skip-link" href="#main">{t.skip_link}</a>
                <PatternDefs/>
                <Header/>
                <main id="main" tabindex="-1">
                    <Suspense fallback=Loading>
                        {move || Suspend::new(async move {
                            match dataset.await {
                                Ok(data) => view! { <Loaded data/> }.into_any(),
                                Err(error) => {
                                    view! { <LoadErrorAlert error on_retry=move || dataset.refetch()/> }
                                        .into_any()
                                }
                            }
                        })}
                    </Suspense>
                </main>
                <Footer/>
            }
        }}
    }
}

/// Loads the bundled dataset (in the browser; natively there is nothing to load).
async fn load() -> Result<Arc<data::Dataset>, data::LoadError> {
    #[cfg(target_arch = "wasm32")]
    {
        data::load::load_dataset(data::load::DEFAULT_DATA_URL).await.map(Arc::new)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        Err(data::LoadError::Network { url: "data/koperasi.json".into(), detail: "not in a browser".into() })
    }
}

/// The page for the current URL, once the data is there.
#[component]
fn Loaded(data: Arc<data::Dataset>) -> impl IntoView {
    let lang = state::use_lang();
    let updated = data::date::PartialDate::parse(&data.dataset.updated)
        .map(|d| i18n::format::date(lang, &d))
        .unwrap_or_else(|_| data.dataset.updated.clone());
    let updated = i18n::fill(lang.strings().footer_updated, &[("date", &updated)]);
    provide_context(Data(data));
    let url = state::use_url();
    // Only a change of view rebuilds the page; filter changes update it in place.
    let page = Memo::new(move |_| url.with(|u| u.page.clone()));
    // After moving to another view (not on the first load), put the keyboard and screen
    // reader focus at the start of the new content, as a full page load would.
    Effect::new(move |previous: Option<url::Page>| {
        let current = page.get();
        if previous.is_some_and(|p| p != current) {
            if let Some(main) = document().get_element_by_id("main") {
                use leptos::wasm_bindgen::JsCast;
                if let Ok(main) = main.dyn_into::<leptos::web_sys::HtmlElement>() {
                    let _ = main.focus();
                }
            }
        }
        current
    });
    view! {
        {move || pages::page_view(page.get())}
        <p class="data-updated">{updated}</p>
    }
}
