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
#[cfg(target_arch = "wasm32")]
pub mod perf;
pub mod query;
pub mod reorder;
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
    // The parts of the bundled dataset, when the build wrote them: the view at the start
    // loads its own, and `Loaded` the next ones as the reader moves. Links to other views are
    // followed without a new request when their part was fetched while the reader moved to
    // them, or saw them (after the takeover, and only while the bundled data is shown).
    let bundled = Signal::derive(move || {
        preview.with(Option::is_none) && !(allow_data_param && data_param.with(Option::is_some))
    });
    let parts = Parts {
        root: StoredValue::new(root.clone()),
        loaded: StoredValue::new(Vec::new()),
        fetching: StoredValue::new_local(Vec::new()),
        bundled,
        on: parts,
    };
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
    });
    // The view last shown, kept across rebuilds (see `Loaded`'s focus).
    provide_context(ShownPage(StoredValue::new(None)));
    view! {
        {move || {
            // Rebuilt when the language changes, so every view below reads its strings once.
            let _ = lang.get();
            view! {
                <Frame>
                    <Suspense fallback=components::Loading>
                        {move || Suspend::new(async move {
                            let loaded = dataset.await;
                            // The page is built in a task of its own, not in the one that
                            // validated the data.
                            pace::while_behind_static_page().await;
                            match loaded {
                                Ok((shown, part)) => view! { <Loaded shown part/><Ready/> }.into_any(),
                                Err(error) => view! {
                                    <components::LoadErrorAlert error on_retry=move |()| dataset.refetch()/><Ready/>
                                }
                                .into_any(),
                            }
                        })}
                    </Suspense>
                </Frame>
            }
        }}
    }
}

/// The bundled dataset's parts (see `state::Part`), when the build wrote them (`on`), those
/// loaded so far, and those being fetched.
#[derive(Clone, Copy)]
struct Parts {
    /// The app's root URL (the parts are fetched below it; only in the browser).
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    root: StoredValue<String>,
    loaded: StoredValue<Vec<(state::Part, state::Shown)>>,
    /// One fetch per part, however many ask for it meanwhile (a prefetch, then the view).
    #[cfg(target_arch = "wasm32")]
    fetching: StoredValue<Vec<(state::Part, Fetching)>, LocalStorage>,
    /// Whether the bundled dataset is shown (not `?data=`'s or a previewed file): only then
    /// are parts fetched before they are asked for.
    #[cfg(target_arch = "wasm32")]
    bundled: Signal<bool>,
    on: bool,
}

/// Those waiting for a part being fetched.
#[cfg(target_arch = "wasm32")]
type Fetching = Vec<futures::channel::oneshot::Sender<Result<(state::Shown, state::Part), data::LoadError>>>;

impl Parts {
    /// The part `page` needs: its own when the build wrote parts, else the whole file.
    fn want(&self, page: &url::Page) -> state::Part {
        if self.on {
            state::Part::for_page(page)
        } else {
            state::Part::Whole
        }
    }

    /// A part loaded before that holds `want` (the whole file holds every part).
    fn cached(&self, want: &state::Part) -> Option<(state::Shown, state::Part)> {
        use state::Part;
        self.loaded
            .with_value(|l| l.iter().find(|(p, _)| *p == Part::Whole || p == want).map(|(p, s)| (s.clone(), p.clone())))
    }

    /// The part `want`: one loaded before, else fetched (or the fetch already under way). A
    /// part that cannot be had (offline with only the whole file saved, a host that did not copy
    /// the parts, an id no city has) falls back to the whole file.
    #[cfg(target_arch = "wasm32")]
    async fn load(
        self,
        want: state::Part,
        origin: state::Origin,
    ) -> Result<(state::Shown, state::Part), data::LoadError> {
        let result = match self.load_file(want.clone()).await {
            Err(_) if want != state::Part::Whole => self.load_file(state::Part::Whole).await,
            result => result,
        };
        result.map(|(shown, part)| (state::Shown { origin, ..shown }, part))
    }

    /// The file of the part `want` (or the whole file, if loaded before), fetched once however
    /// many ask for it meanwhile: those who ask while it is under way wait for its answer.
    #[cfg(target_arch = "wasm32")]
    async fn load_file(self, want: state::Part) -> Result<(state::Shown, state::Part), data::LoadError> {
        if let Some(cached) = self.cached(&want) {
            return Ok(cached);
        }
        let (answer, answered) = futures::channel::oneshot::channel();
        let mut answer = Some(answer);
        let under_way = self.fetching.try_update_value(|f| match f.iter_mut().find(|(p, _)| *p == want) {
            Some((_, waiting)) => {
                waiting.extend(answer.take());
                true
            }
            None => {
                f.push((want.clone(), Vec::new()));
                false
            }
        });
        if under_way == Some(true) {
            let abandoned = || data::LoadError::Network { url: want.url(), detail: "abandoned".into() };
            return answered.await.unwrap_or_else(|_| Err(abandoned()));
        }
        let result = self.fetch(want.clone()).await;
        let waiting = self
            .fetching
            .try_update_value(|f| f.iter().position(|(p, _)| *p == want).map(|at| f.remove(at).1))
            .flatten()
            .unwrap_or_default();
        for waiter in waiting {
            let _ = waiter.send(result.clone());
        }
        result
    }

    /// Fetches the file of the part `want` and keeps what it holds.
    #[cfg(target_arch = "wasm32")]
    async fn fetch(self, want: state::Part) -> Result<(state::Shown, state::Part), data::LoadError> {
        use state::{Origin, Shown};
        let fetched = data::load::load_dataset(&format!("{}{}", self.root.get_value(), want.url())).await?;
        let shown = Shown { saved: fetched.saved, ..Shown::new(fetched.sound, Origin::Bundled) };
        self.loaded.update_value(|l| l.push((want.clone(), shown.clone())));
        Ok((shown, want))
    }

    /// Fetches the part the view at `location` needs before it is asked for, unless it is
    /// loaded or on its way, the app is not yet in place or shows other data, or the reader's
    /// connection asks to save data: the fetch, to await or not.
    #[cfg(target_arch = "wasm32")]
    fn prefetch(
        self,
        location: &nav::Location,
        static_cities: url::StaticCities,
    ) -> Option<impl std::future::Future<Output = ()>> {
        let page = url::UrlState::parse(&location.path, &location.query, static_cities).page;
        let want = self.want(&page);
        let under_way = self.fetching.with_value(|f| f.iter().any(|(p, _)| *p == want));
        let worth_it = self.on && self.bundled.get_untracked() && !takeover::pending() && !saves_data();
        if !worth_it || under_way || self.cached(&want).is_some() {
            return None;
        }
        // That part's file only: a failure is left for the view to report (or to fall back to
        // the whole file), if the reader goes there.
        let loading = self.load_file(want);
        Some(async move {
            let _ = loading.await;
        })
    }
}

#[cfg(target_arch = "wasm32")]
impl Parts {
    /// When the browser is next idle, prefetches the parts of the first few views linked from
    /// the part of the page in the window (the city cards a reader sees): the view a reader
    /// opens next is most often one of those, and opening it then waits for no request.
    fn prefetch_in_view_when_idle(self, nav: Nav) {
        /// At most this many: a screenful of cards on a wide window.
        const LINKS: usize = 9;
        thread_local! {
            /// Whether a look is already waiting for the browser to be idle.
            static QUEUED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
        }
        if !self.on || !self.bundled.get_untracked() || takeover::pending() || saves_data() || QUEUED.replace(true) {
            return;
        }
        when_idle(move || {
            QUEUED.set(false);
            let Ok(links) = document().query_selector_all("main a[href]") else { return };
            let height = window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
            let cities = nav.static_cities.get_value();
            let in_view: Vec<nav::Location> = (0..links.length())
                .filter_map(|i| links.item(i))
                .filter(|link| {
                    use leptos::wasm_bindgen::JsCast;
                    let link = link.unchecked_ref::<leptos::web_sys::Element>();
                    rendered(link) && {
                        let rect = link.get_bounding_client_rect();
                        rect.bottom() > 0.0 && rect.top() < height && rect.width() > 0.0
                    }
                })
                .filter_map(|link| nav::view_link(nav, &link))
                .map(|(path, query)| nav::Location { path, query })
                .take(LINKS)
                .collect();
            // One at a time, each when the browser is idle again: reading and validating a
            // part takes a few milliseconds, nine at once as long as a frame or two.
            leptos::task::spawn_local(async move {
                for location in in_view {
                    if let Some(loading) = self.prefetch(&location, cities.clone()) {
                        loading.await;
                        idle().await;
                    }
                }
            });
        });
    }
}

/// Whether `element` is rendered: not inside content the browser skips (a card far from the
/// window, `content-visibility: auto`; the page just left), asked without laying that content
/// out (`checkVisibility`). Reading the position of a link inside skipped content lays out its
/// card: for the 514 links of the home page that took 3.7 s. Where the browser cannot tell
/// (before 2024), no.
#[cfg(target_arch = "wasm32")]
fn rendered(element: &leptos::web_sys::Element) -> bool {
    use leptos::wasm_bindgen::{JsCast, JsValue};
    use leptos::web_sys::js_sys::{Function, Object, Reflect};
    let Some(check) = Reflect::get(element, &"checkVisibility".into()).ok().and_then(|f| f.dyn_into::<Function>().ok())
    else {
        return false;
    };
    let options = Object::new();
    for flag in ["contentVisibilityAuto", "visibilityProperty"] {
        let _ = Reflect::set(&options, &flag.into(), &JsValue::TRUE);
    }
    check.call1(element, &options).ok().and_then(|v| v.as_bool()).unwrap_or(false)
}

/// Resolves when the browser is next idle (see [`when_idle`]).
#[cfg(target_arch = "wasm32")]
async fn idle() {
    let (done, idle) = futures::channel::oneshot::channel();
    when_idle(move || {
        let _ = done.send(());
    });
    let _ = idle.await;
}

/// Whether the reader's browser asks sites to save data (`navigator.connection.saveData`, a
/// phone's data saver) or is on a 2G connection: then nothing is fetched before it is asked for.
#[cfg(target_arch = "wasm32")]
fn saves_data() -> bool {
    use leptos::web_sys::js_sys::Reflect;
    let connection = Reflect::get(&window(), &"navigator".into()).and_then(|n| Reflect::get(&n, &"connection".into()));
    let Ok(connection) = connection else { return false };
    if connection.is_undefined() || connection.is_null() {
        return false;
    }
    let save_data = Reflect::get(&connection, &"saveData".into()).ok().and_then(|v| v.as_bool()).unwrap_or(false);
    let kind = Reflect::get(&connection, &"effectiveType".into()).ok().and_then(|v| v.as_string()).unwrap_or_default();
    save_data || kind.ends_with("2g")
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
    Effect::new(move |_| {
        let Some(host) = host.get() else { return };
        let owner = this_view.as_ref().map_or_else(Owner::new, Owner::child);
        // Tracked: what `page` reads (the view, its data, a load error), nothing the page's
        // own components read while it is built.
        let view = page();
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
fn after_next_paint(f: impl FnOnce() + 'static) {
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
fn when_idle(f: impl FnOnce() + 'static) {
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
