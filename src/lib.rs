//! Koperasi Kota: sourced facts about the cooperatives of Indonesian cities.
//!
//! Data flows one way: `data` (model, validation, loading) → `query`/`chart` (pure questions
//! and geometry) → `components` → `pages`. `url`, `meta` and `i18n` hold the URL state, page
//! descriptions and interface strings. Only `components`, `pages`, `nav`, `state`, `takeover`
//! and this file use Leptos.
//!
//! The same components render twice: at build time into static pages (`StaticApp`, by the
//! `prerender` crate), and in the browser (`App`), which replaces the static page once it has
//! rendered the data it loaded (`takeover`).

#![recursion_limit = "256"]

pub mod chart;
pub mod components;
pub mod data;
pub mod embed;
pub mod export;
pub mod i18n;
pub mod meta;
pub mod nav;
pub mod pages;
pub mod panic;
#[cfg(target_arch = "wasm32")]
pub mod perf;
pub mod query;
pub mod sort;
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod takeover;
pub mod url;

use std::sync::Arc;

use leptos::prelude::*;

use components::{Footer, Header, PatternDefs};
use nav::Nav;
use state::Data;

/// The root in the browser: follows the address bar, loads the dataset (the bundled one, the
/// one `?data=` names, or a file previewed from "Periksa data"), shows the page the URL asks
/// for, and replaces the static page once that is rendered.
#[cfg(target_arch = "wasm32")]
#[component]
pub fn App() -> impl IntoView {
    let boot = nav::BootInfo::read();
    let root = boot.root.clone();
    let allow_data_param = boot.allow_data_param;
    let parts = boot.parts;
    let nav = Nav::browser(boot);
    let url = state::provide_url(nav);
    let lang = Memo::new(move |_| url.with(|u| u.lang()));
    // Effects talk to the outside world only: the document's language follows the URL.
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.get().code());
        }
    });
    let preview = RwSignal::new(None);
    provide_context(state::Preview(preview));
    let printing = RwSignal::new(false);
    provide_context(state::Printing(printing));
    // The handle only removes the listener when asked; it lives as long as the page.
    let _ = window_event_listener(leptos::ev::beforeprint, move |_| printing.set(true));
    let _ = window_event_listener(leptos::ev::afterprint, move |_| printing.set(false));
    let data_param = Memo::new(move |_| url.with(|u| u.global("data").map(str::to_owned)));
    // The part of the bundled dataset this view needs, when the build wrote parts.
    let part = Memo::new(move |_| url.with(|u| state::Part::for_page(&u.page)));
    let loaded_parts = StoredValue::new(Vec::<(state::Part, state::Shown)>::new());
    let dataset = LocalResource::new(move || {
        let (preview, param, root) = (preview.get(), data_param.get(), root.clone());
        let want = if parts { part.get() } else { state::Part::Whole };
        async move {
            use state::{Origin, Part, Shown};
            if let Some(file) = preview {
                let (name, sound): &(String, data::Sound) = &file;
                return Ok((Shown::new(sound.clone(), Origin::Local(name.clone())), Part::Whole));
            }
            match param {
                Some(p) if allow_data_param => {
                    let fetched = data::load::load_dataset(&nav::resolve(&p, &root)).await?;
                    Ok((Shown { saved: fetched.saved, ..Shown::new(fetched.sound, Origin::Url(p)) }, Part::Whole))
                }
                Some(p) => load_bundled(&root, want, Origin::Refused(p), loaded_parts).await,
                None => load_bundled(&root, want, Origin::Bundled, loaded_parts).await,
            }
        }
    });
    // After moving to another view (not on the first load), put the keyboard and screen
    // reader focus at the start of the content, as a full page load would.
    let page = Memo::new(move |_| url.with(|u| u.page.clone()));
    Effect::new(move |previous: Option<url::Page>| {
        let current = page.get();
        if previous.is_some_and(|p| p != current) {
            focus_main();
        }
        current
    });
    view! {
        {move || {
            // Rebuilt when the language changes, so every view below reads its strings once.
            let _ = lang.get();
            view! {
                <Frame>
                    // Moving to a view whose part is still loading keeps the current view
                    // (`Loaded` shows only what its part holds) instead of a loading message.
                    <Transition fallback=components::Loading>
                        {move || Suspend::new(async move {
                            match dataset.await {
                                Ok((shown, part)) => view! { <Loaded shown part/><Ready/> }.into_any(),
                                Err(error) => view! {
                                    <components::LoadErrorAlert error on_retry=move || dataset.refetch()/><Ready/>
                                }
                                .into_any(),
                            }
                        })}
                    </Transition>
                </Frame>
            }
        }}
    }
}

/// The bundled dataset's part `want` (see `state::Part`): from the parts already loaded when
/// one of them serves (the whole file serves every view), else fetched. A part that cannot be
/// had (offline with only the whole file saved, a host that did not copy the parts, an id no
/// city has) falls back to the whole file.
#[cfg(target_arch = "wasm32")]
async fn load_bundled(
    root: &str,
    want: state::Part,
    origin: state::Origin,
    loaded: StoredValue<Vec<(state::Part, state::Shown)>>,
) -> Result<(state::Shown, state::Part), data::LoadError> {
    use state::{Part, Shown};
    let hit = |want: &Part| {
        loaded
            .with_value(|l| l.iter().find(|(p, _)| *p == Part::Whole || p == want).map(|(p, s)| (s.clone(), p.clone())))
    };
    if let Some((shown, part)) = hit(&want) {
        return Ok((Shown { origin, ..shown }, part));
    }
    let (fetched, part) = match data::load::load_dataset(&format!("{root}{}", want.url())).await {
        Ok(fetched) => (fetched, want),
        Err(_) if want != Part::Whole => {
            if let Some((shown, part)) = hit(&Part::Whole) {
                return Ok((Shown { origin, ..shown }, part));
            }
            (data::load::load_dataset(&format!("{root}{}", Part::Whole.url())).await?, Part::Whole)
        }
        Err(error) => return Err(error),
    };
    let shown = Shown { saved: fetched.saved, ..Shown::new(fetched.sound, origin) };
    loaded.update_value(|l| l.push((part.clone(), shown.clone())));
    Ok((shown, part))
}

/// Marks the moment the app has something final to show (the data or why there is none): the
/// static page gives way to it.
#[cfg(target_arch = "wasm32")]
#[component]
fn Ready() -> impl IntoView {
    let nav = expect_context::<Nav>();
    let url = state::use_url();
    Effect::new(move |_| {
        takeover::complete(nav, move |search| url.with_untracked(|u| u.with(|n| n.cities.search = search)))
    });
}

/// The root at build time: the page at `location` with `data`, exactly as the app renders it.
#[component]
pub fn StaticApp(data: Arc<data::Dataset>, location: nav::Location) -> impl IntoView {
    let static_cities = url::StaticCities::new(data.cities.iter().map(|c| c.id.clone()));
    state::provide_url(Nav::fixed(location, static_cities));
    let shown = state::Shown { data, skipped: Arc::new([]), origin: state::Origin::Bundled, saved: None };
    view! { <Frame><Loaded shown part=state::Part::Whole/></Frame> }
}

/// Skip link, header, the main region with `children`, and the footer.
#[component]
fn Frame(children: Children) -> impl IntoView {
    let t = state::use_strings();
    view! {
        <a class="skip-link" href="#main" on:click=|_| focus_main()>{t.skip_link}</a>
        <PatternDefs/>
        <Header/>
        <main id="main" tabindex="-1">{children()}</main>
        <components::EmbedCredit/>
        <Footer/>
    }
}

/// Puts keyboard and screen reader focus on the main content: after the skip link (not every
/// engine focuses a fragment's target) and after a change of view.
fn focus_main() {
    #[cfg(target_arch = "wasm32")]
    if let Some(main) = document().get_element_by_id("main") {
        use leptos::wasm_bindgen::JsCast;
        if let Ok(main) = main.dyn_into::<leptos::web_sys::HtmlElement>() {
            let _ = main.focus();
        }
    }
}

/// The page for the current URL, once the data is there: the part of the dataset `part` holds
/// (see `state::Part`). While the part a new view needs is loading, the view it serves stays.
#[component]
fn Loaded(shown: state::Shown, part: state::Part) -> impl IntoView {
    let state::Shown { data, skipped, origin, saved } = shown;
    let fictional = data.dataset.fictional;
    let lang = state::use_lang();
    let updated = data::date::PartialDate::parse(&data.dataset.updated)
        .map(|d| i18n::format::date(lang, &d))
        .unwrap_or_else(|_| data.dataset.updated.clone());
    let footer = match &data.dataset.version {
        Some(v) => i18n::fill(lang.strings().footer_version, &[("version", v), ("date", &updated)]),
        None => i18n::fill(lang.strings().footer_updated, &[("date", &updated)]),
    };
    provide_context(Data(data.clone()));
    let url = state::use_url();
    // Only a change of view rebuilds the page; filter changes update it in place. A view this
    // part does not hold is never rendered from it: the page stays until its part is loaded.
    let page = Memo::new(move |previous: Option<&url::Page>| {
        let wanted = url.with(|u| u.page.clone());
        match (previous, &part) {
            (_, part) if part.serves(&wanted) => wanted,
            (Some(previous), _) => previous.clone(),
            (None, state::Part::City(id)) => url::Page::City(id.clone()),
            (None, _) => url::Page::Cities,
        }
    });
    // The view's title: the document title follows it (WCAG 2.4.2), from the same text as the
    // static page's; the embed code and the citation name the view by it.
    let title = {
        let data = data.clone();
        Memo::new(move |_| meta::page_title(&data, &page.get(), lang))
    };
    Effect::new(move |_| title.with(|t| document().set_title(t)));
    view! {
        <components::DataNotices origin fictional skipped saved/>
        {move || pages::page_view(page.get())}
        <div class="view-actions">
            <components::EmbedDialog title/>
            <components::Citation title updated/>
        </div>
        <p class="data-updated">{footer}</p>
    }
}
