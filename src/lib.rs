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
#[cfg(target_arch = "wasm32")]
pub mod pace;
pub mod pages;
pub mod panic;
mod parts;
#[cfg(target_arch = "wasm32")]
pub mod perf;
pub mod query;
pub mod reorder;
pub mod reveal;
pub mod sort;
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod takeover;
pub mod url;
#[cfg(target_arch = "wasm32")]
mod warm;

use std::sync::Arc;

use leptos::prelude::*;

use components::{Footer, Header, PatternDefs};
use nav::Nav;
use parts::Parts;
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
    // The parts of the bundled dataset, when the build wrote them: the view at the start
    // loads its own, and `Loaded` the next ones as the reader moves. Links to other views are
    // followed without a new request when their part was fetched while the reader moved to
    // them, or saw them (after the takeover, and only while the bundled data is shown).
    let bundled = Signal::derive(move || {
        preview.with(Option::is_none) && !(allow_data_param && data_param.with(Option::is_some))
    });
    let parts = Parts::new(root.clone(), parts, bundled);
    provide_context(parts);
    nav::on_link_intent(nav, move |location| {
        if let Some(loading) = parts.prefetch(&location, nav.static_cities.get_value()) {
            leptos::task::spawn_local(loading);
        }
    });
    Effect::new(move |_| {
        url.track();
        parts.prefetch_in_view_when_idle(nav);
    });
    let dataset = LocalResource::new(move || {
        let (preview, param, root) = (preview.get(), data_param.get(), root.clone());
        let want = parts.want(&url.with_untracked(|u| u.page.clone()));
        async move {
            let loaded = async {
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
                    Some(p) => parts.load(want, Origin::Refused(p)).await,
                    None => parts.load(want, Origin::Bundled).await,
                }
            }
            .await;
            // The page is built in a task of its own, not in the one that validated the data
            // (on a slow phone, each is a long task).
            pace::while_behind_static_page().await;
            loaded
        }
    });
    // The view last shown, kept across rebuilds (see `Loaded`'s focus).
    provide_context(ShownPage(StoredValue::new(None)));
    view! {
        {move || {
            // Rebuilt when the language changes, so every view below reads its strings once.
            // The rebuild is synchronous, from data already there (`None` until the first
            // arrives; while another loads, a retry or a file to check, the last stays): the
            // old view is gone, with its effects, before anything else runs. (Built behind
            // `<Suspense>`, it stayed on until the new one resolved, and its effects read
            // signals already disposed.)
            let _ = lang.get();
            view! {
                <Frame>
                    {move || match dataset.get() {
                        None => view! { <components::Loading/> }.into_any(),
                        Some(Ok((shown, part))) => view! { <Loaded shown part/><Ready/> }.into_any(),
                        Some(Err(error)) => view! {
                            <components::LoadErrorAlert error on_retry=move |()| dataset.refetch()/><Ready/>
                        }
                        .into_any(),
                    }}
                </Frame>
            }
        }}
    }
}

/// Marks the moment the app has something final to show (the data or why there is none): the
/// static page gives way to it.
#[cfg(target_arch = "wasm32")]
#[component]
fn Ready() -> impl IntoView {
    let nav = expect_context::<Nav>();
    let url = state::use_url();
    Effect::new(move |_| {
        let parts = use_context::<Parts>();
        takeover::complete(
            nav,
            move |search| url.with_untracked(|u| u.with(|n| n.cities.search = search)),
            move || {
                if let Some(parts) = parts {
                    parts.prefetch_in_view_when_idle(nav);
                }
            },
        )
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

/// Where the page goes: built and swapped by [`host_pages`] in the browser, a plain reactive
/// child at build time; the same `div` either way, so the static page and the app's have the
/// same shape (the takeover maps the reader's place from one to the other).
fn page_slot(page: impl Fn() -> AnyView + Send + 'static) -> impl IntoView {
    let host = NodeRef::<leptos::html::Div>::new();
    #[cfg(target_arch = "wasm32")]
    let page = {
        host_pages(host, page);
        None::<AnyView>
    };
    view! { <div class="page-host" node_ref=host>{page}</div> }
}

/// Builds each page in the browser into `host`, under an owner of its own. The outgoing page
/// is put out of sight and out of the layout first (`data-outgoing`, see main.css: the browser
/// then never lays out both; laying out a city page beside the home page's 514 cards took
/// 52 ms, alone 10 ms) and taken down when the browser is idle
/// after the new one has painted (`when_idle`), not before it is built: taking down the home
/// page's cards (removing them, their listeners and reactive parts) cost ~45 ms in the frame
/// of the click that opened a city.
#[cfg(target_arch = "wasm32")]
fn host_pages(host: NodeRef<leptos::html::Div>, page: impl Fn() -> AnyView + 'static) {
    use leptos::tachys::view::{any_view::AnyViewState, Mountable, Render};
    let this_view = Owner::current();
    let shown: StoredValue<Option<(Owner, AnyViewState)>, LocalStorage> = StoredValue::new_local(None);
    let take_down = |(owner, mut state): (Owner, AnyViewState)| {
        state.unmount();
        drop(state);
        owner.cleanup();
    };
    // How many pages the effect has asked for: a build put off to a later task is dropped when
    // a newer one was asked for meanwhile.
    let asked = StoredValue::new_local(0_u32);
    Effect::new(move |_| {
        let Some(host) = host.get() else { return };
        let owner = this_view.as_ref().map_or_else(Owner::new, Owner::child);
        // Tracked: what `page` reads (the view, its data, a load error), nothing the page's
        // own components read while it is built.
        let view = page();
        let run = asked.get_value().wrapping_add(1);
        asked.set_value(run);
        let show = move || {
            let mut outgoing = host.first_element_child();
            while let Some(old) = outgoing {
                let _ = old.set_attribute("data-outgoing", "");
                outgoing = old.next_element_sibling();
            }
            let mut state = owner.with(|| untrack(|| view.build()));
            state.mount(&host, None);
            if let Some(old) = shown.try_update_value(|s| s.replace((owner, state))).flatten() {
                when_idle(move || take_down(old));
            }
        };
        // Behind the static page, its elements in a task of their own, not in the one that
        // built the frame around it (on a slow phone, each is a long task); the takeover waits
        // for them (`.page-host:empty`). After it, at once: a reader is waiting.
        if crate::takeover::pending() {
            leptos::task::spawn_local(async move {
                pace::yield_now().await;
                if asked.try_get_value() == Some(run) {
                    show();
                }
            });
        } else {
            show();
        }
    });
    // When this view goes (a language switch rebuilds it), its page goes with it.
    on_cleanup(move || {
        if let Some(old) = shown.try_update_value(Option::take).flatten() {
            take_down(old);
        }
    });
}

/// Runs `f` once the next frame has painted: in a task queued from that frame's animation
/// callbacks, after its paint. At once outside the browser.
pub(crate) fn after_next_paint(f: impl FnOnce() + 'static) {
    #[cfg(target_arch = "wasm32")]
    request_animation_frame(move || set_timeout(f, std::time::Duration::ZERO));
    #[cfg(not(target_arch = "wasm32"))]
    f();
}

/// Runs `f`, work no reader waits for, when the browser is next idle (within half a second),
/// so that it holds up neither the paint of what was just built nor the input that follows:
/// taking down the home page's 514 cards costs ~45-75 ms, which in the frame after the new
/// view's paint, or in a task right after it, kept that view from answering. Where there is no
/// `requestIdleCallback` (WebKit), after the next paint.
#[cfg(target_arch = "wasm32")]
pub(crate) fn when_idle(f: impl FnOnce() + 'static) {
    use leptos::wasm_bindgen::{closure::Closure, JsCast};
    let window = window();
    if !leptos::web_sys::js_sys::Reflect::has(&window, &"requestIdleCallback".into()).unwrap_or(false) {
        return after_next_paint(f);
    }
    let options = leptos::web_sys::IdleRequestOptions::new();
    options.set_timeout(500);
    // The callback frees itself once called.
    let _ = window.request_idle_callback_with_options(Closure::once_into_js(f).unchecked_ref(), &options);
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

/// The view last shown in the browser (see `Loaded`).
#[derive(Clone, Copy)]
struct ShownPage(StoredValue<Option<url::Page>>);

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

/// The page for the current URL, once the data is there: `shown`, the part `part` of the
/// dataset (see `state::Part`). Moving to a view that part does not hold loads the view's own
/// part (`Parts`) and keeps the current view until it is there; the page, not this frame
/// around it, is rebuilt with it.
#[component]
fn Loaded(shown: state::Shown, part: state::Part) -> impl IntoView {
    let url = state::use_url();
    let parts = use_context::<Parts>();
    // Rebuilt (a language switch) on a view whose part was loaded later: that part.
    let wanted = url.with_untracked(|u| u.page.clone());
    let start = match parts {
        Some(parts) if !part.serves(&wanted) => match parts.cached(&parts.want(&wanted)) {
            // Where the data came from is the view's (a refused `?data=`), not the part's.
            Some((cached, part)) => (state::Shown { origin: shown.origin.clone(), ..cached }, part),
            None => (shown, part),
        },
        _ => (shown, part),
    };
    let state::Shown { data, skipped, origin, saved } = start.0.clone();
    let current = RwSignal::new(start);
    let fictional = data.dataset.fictional;
    let lang = state::use_lang();
    let updated = data::date::PartialDate::parse(&data.dataset.updated)
        .map(|d| i18n::format::date(lang, &d))
        .unwrap_or_else(|_| data.dataset.updated.clone());
    let footer = match &data.dataset.version {
        Some(v) => i18n::fill(lang.strings().footer_version, &[("version", v), ("date", &updated)]),
        None => i18n::fill(lang.strings().footer_updated, &[("date", &updated)]),
    };
    // Every part carries the same dataset description (the citation and downloads read it).
    provide_context(Data(data.clone()));
    // Only a change of view rebuilds the page; filter changes update it in place. A view the
    // current part does not hold is never rendered from it: the page stays until it is loaded.
    let page = Memo::new(move |previous: Option<&url::Page>| {
        let wanted = url.with(|u| u.page.clone());
        current.with(|(_, part)| match (previous, part) {
            (_, part) if part.serves(&wanted) => wanted,
            (Some(previous), _) => previous.clone(),
            (None, state::Part::City(id)) => url::Page::City(id.clone()),
            (None, _) => url::Page::Cities,
        })
    });
    let failed = RwSignal::new(None::<data::LoadError>);
    #[cfg(target_arch = "wasm32")]
    if let Some(parts) = parts {
        Effect::new(move |_| {
            let wanted = url.with(|u| u.page.clone());
            // After a failure, until the reader asks to retry (which clears it).
            if failed.with(Option::is_some) || current.with(|(_, part)| part.serves(&wanted)) {
                return;
            }
            let (want, origin) = (parts.want(&wanted), current.with_untracked(|(s, _)| s.origin.clone()));
            leptos::task::spawn_local(async move {
                let result = parts.load(want.clone(), origin).await;
                // The reader may have moved on meanwhile: only the part still wanted is shown.
                if url.with_untracked(|u| parts.want(&u.page)) != want {
                    return;
                }
                // `try_set`: a language switch meanwhile has disposed of this view.
                match result {
                    Ok(loaded) => {
                        let _ = current.try_set(loaded);
                    }
                    Err(error) => {
                        let _ = failed.try_set(Some(error));
                    }
                }
            });
        });
    }
    // The view's title: the document title follows it (WCAG 2.4.2), from the same text as the
    // static page's; the embed code and the citation name the view by it.
    let title = Memo::new(move |_| current.with(|(s, _)| meta::page_title(&s.data, &page.get(), lang)));
    Effect::new(move |_| title.with(|t| document().set_title(t)));
    // After moving to another view (not on the first load), once it is shown, put the keyboard
    // and screen reader focus at the start of the content, as a full page load would.
    let shown_page = use_context::<ShownPage>().map(|s| s.0);
    Effect::new(move |_| {
        let current = page.get();
        let Some(shown_page) = shown_page else { return };
        if shown_page.get_value().is_some_and(|p| p != current) {
            // Once painted: moving focus lays the page out, which the frame does anyway.
            after_next_paint(focus_main);
        }
        shown_page.set_value(Some(current));
    });
    // The first city page a reader opens from here is built without compiling its code then.
    #[cfg(target_arch = "wasm32")]
    if let (Some(owner), url::Page::Cities) = (Owner::current(), page.get_untracked()) {
        warm::from_home(owner);
        on_cleanup(warm::forget);
    }
    // The page, with the data of the part that holds it.
    let view_of_page = move || {
        if let Some(error) = failed.get() {
            return view! { <components::LoadErrorAlert error on_retry=move |()| failed.set(None)/> }.into_any();
        }
        let data = current.with(|(s, _)| s.data.clone());
        let page = page.get();
        untrack(move || {
            provide_context(Data(data));
            pages::page_view(page)
        })
    };
    view! {
        <components::DataNotices origin fictional skipped saved/>
        {page_slot(view_of_page)}
        <div class="view-actions">
            <components::EmbedDialog title/>
            <components::Citation title updated/>
        </div>
        <p class="data-updated">{footer}</p>
    }
}
