//! The bundled dataset's parts (`crate::query::split::Part`, written by the build for large datasets): which
//! one a view needs, those loaded so far, one fetch per part however many ask, and fetching a
//! part before it is asked for (when the reader moves to a link, or sees it while the browser
//! is idle).

use leptos::prelude::*;

#[cfg(target_arch = "wasm32")]
use crate::browser::{phase, schedule};
#[cfg(target_arch = "wasm32")]
use crate::{data, nav, nav::Nav};
use crate::{state, url};

/// The bundled dataset's parts (see `crate::query::split::Part`), when the build wrote them (`on`), those
/// loaded so far, and those being fetched.
#[derive(Clone, Copy)]
pub(crate) struct Parts {
    /// The app's root URL (the parts are fetched below it; only in the browser).
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    root: StoredValue<String>,
    loaded: StoredValue<Vec<(crate::query::split::Part, state::DataOnScreen)>>,
    /// One fetch per part, however many ask for it meanwhile (a prefetch, then the view).
    #[cfg(target_arch = "wasm32")]
    fetching: StoredValue<Vec<(crate::query::split::Part, Fetching)>, LocalStorage>,
    /// Whether the bundled dataset is shown (not `?data=`'s or a previewed file): only then
    /// are parts fetched before they are asked for.
    #[cfg(target_arch = "wasm32")]
    bundled: Signal<bool>,
    on: bool,
}

/// Those waiting for a part being fetched.
#[cfg(target_arch = "wasm32")]
type Fetching =
    Vec<futures::channel::oneshot::Sender<Result<(state::DataOnScreen, crate::query::split::Part), data::LoadError>>>;

impl Parts {
    /// The parts below `root`, if the build wrote them (`on`), fetched ahead only while
    /// `bundled` (the bundled dataset is shown).
    #[cfg(target_arch = "wasm32")]
    pub(crate) fn new(root: String, on: bool, bundled: Signal<bool>) -> Self {
        Self {
            root: StoredValue::new(root),
            loaded: StoredValue::new(Vec::new()),
            fetching: StoredValue::new_local(Vec::new()),
            bundled,
            on,
        }
    }

    /// The part `page` needs: its own when the build wrote parts, else the whole file.
    pub(crate) fn want(&self, page: &url::Page) -> crate::query::split::Part {
        if self.on {
            crate::query::split::Part::for_page(page)
        } else {
            crate::query::split::Part::Whole
        }
    }

    /// A part loaded before that holds `want` (the whole file holds every part).
    pub(crate) fn cached(
        &self,
        want: &crate::query::split::Part,
    ) -> Option<(state::DataOnScreen, crate::query::split::Part)> {
        use crate::query::split::Part;
        self.loaded
            .with_value(|l| l.iter().find(|(p, _)| *p == Part::Whole || p == want).map(|(p, s)| (s.clone(), p.clone())))
    }

    /// The part `want`: one loaded before, else fetched (or the fetch already under way). A
    /// part that cannot be had (offline with only the whole file saved, a host that did not copy
    /// the parts, an id no city has) falls back to the whole file.
    #[cfg(target_arch = "wasm32")]
    pub(crate) async fn load(
        self,
        want: crate::query::split::Part,
        origin: state::Origin,
    ) -> Result<(state::DataOnScreen, crate::query::split::Part), data::LoadError> {
        let result = match self.load_file(want.clone()).await {
            Err(_) if want != crate::query::split::Part::Whole => {
                self.load_file(crate::query::split::Part::Whole).await
            }
            result => result,
        };
        result.map(|(loaded, part)| (state::DataOnScreen { origin, ..loaded }, part))
    }

    /// The file of the part `want` (or the whole file, if loaded before), fetched once however
    /// many ask for it meanwhile: those who ask while it is under way wait for its answer.
    #[cfg(target_arch = "wasm32")]
    async fn load_file(
        self,
        want: crate::query::split::Part,
    ) -> Result<(state::DataOnScreen, crate::query::split::Part), data::LoadError> {
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
    async fn fetch(
        self,
        want: crate::query::split::Part,
    ) -> Result<(state::DataOnScreen, crate::query::split::Part), data::LoadError> {
        use state::{DataOnScreen, Origin};
        let fetched = crate::loading::load::load_dataset(&format!("{}{}", self.root.get_value(), want.url())).await?;
        let loaded = DataOnScreen { saved: fetched.saved, ..DataOnScreen::new(fetched.sound, Origin::Bundled) };
        self.loaded.update_value(|l| l.push((want.clone(), loaded.clone())));
        Ok((loaded, want))
    }

    /// Fetches the part the view at `location` needs before it is asked for, unless it is
    /// loaded or on its way, the app is not yet in place or shows other data, or the reader's
    /// connection asks to save data: the fetch, to await or not.
    #[cfg(target_arch = "wasm32")]
    pub(crate) fn prefetch(
        self,
        location: &nav::Location,
        static_cities: url::StaticCities,
    ) -> Option<impl std::future::Future<Output = ()>> {
        let page = url::UrlState::parse(&location.path, &location.query, static_cities).page;
        let want = self.want(&page);
        let under_way = self.fetching.with_value(|f| f.iter().any(|(p, _)| *p == want));
        let worth_it = self.on && self.bundled.get_untracked() && !phase::behind_static_page() && !saves_data();
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
    /// `then` runs once they are fetched.
    pub(crate) fn prefetch_in_view_when_idle(self, nav: Nav, then: fn(Parts)) {
        /// At most this many: a screenful of cards on a wide window.
        const LINKS: usize = 9;
        thread_local! {
            /// Whether a look is already waiting for the browser to be idle.
            static QUEUED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
        }
        if !self.on
            || !self.bundled.get_untracked()
            || phase::behind_static_page()
            || saves_data()
            || QUEUED.replace(true)
        {
            return;
        }
        schedule::when_idle(move || {
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
                        schedule::idle().await;
                    }
                }
                then(self);
            });
        });
    }
}

/// Whether `element` is rendered: not inside content the browser skips (a card far from the
/// window, `content-visibility: auto`; the page just left), asked without laying that content
/// out (`checkVisibility`): reading the position of a link inside skipped content lays out its
/// card, and the home page has hundreds. Where the browser cannot tell (before 2024), no.
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
