//! The browser side of navigation: the address bar as the source of the location, link
//! interception once the app is live, and history writes that are coalesced and never fatal.

use leptos::prelude::*;
use leptos::wasm_bindgen::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos::web_sys::{self, js_sys};

use super::{Location, Nav};
use crate::url::StaticCities;

/// What the build's boot module (`boot-*.js`) tells the app: where its root is and which
/// cities have pages. Without it (an unusual host page), the document's folder is the root.
pub struct BootInfo {
    pub root: String,
    pub static_cities: StaticCities,
    /// Whether `?data=` may load another dataset (`DATA_PARAM=off make dist` turns it off).
    pub allow_data_param: bool,
    /// Whether the build wrote the bundled dataset's parts (`query::split`) for views to load.
    pub parts: bool,
}

impl BootInfo {
    pub fn read() -> Self {
        let info = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("koperasiKota")).ok();
        let field = |name: &str| info.as_ref().and_then(|i| js_sys::Reflect::get(i, &JsValue::from_str(name)).ok());
        let root = field("root").and_then(|r| r.as_string()).unwrap_or_else(|| {
            let href = window().location().href().unwrap_or_default();
            web_sys::Url::new_with_base("./", &href).map(|u| u.href()).unwrap_or_default()
        });
        let cities = field("cities")
            .filter(js_sys::Array::is_array)
            .map(|c| js_sys::Array::from(&c).iter().filter_map(|v| v.as_string()).collect::<Vec<_>>())
            .unwrap_or_default();
        let allow_data_param = field("dataParam").and_then(|v| v.as_bool()).unwrap_or(true);
        let parts = field("parts").and_then(|v| v.as_bool()).unwrap_or(false);
        Self { root, static_cities: StaticCities::new(cities), allow_data_param, parts }
    }
}

impl Nav {
    /// Follows the address bar: reads it now and again on back/forward.
    pub fn browser(boot: BootInfo) -> Self {
        let nav = Self {
            location: RwSignal::new(current(&boot.root)),
            root: StoredValue::new(boot.root),
            static_cities: StoredValue::new(boot.static_cities),
        };
        let on_pop = Closure::<dyn Fn()>::new(move || {
            // A write still pending belongs to the entry just left: it must not land on this one.
            NEXT_ADDRESS.with(|p| p.borrow_mut().take());
            nav.location.set(current(&nav.root.get_value()))
        });
        let _ = window().add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
        on_pop.forget();
        nav
    }
}

/// The address bar relative to `root`.
fn current(root: &str) -> Location {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let query = location.search().unwrap_or_default();
    Location { path: relative_path(root, &path), query }
}

/// `pathname` below the root's path, or `""` when it is not below it.
fn relative_path(root: &str, pathname: &str) -> String {
    let root_path = web_sys::Url::new(root).map(|u| u.pathname()).unwrap_or_else(|_| "/".into());
    pathname.strip_prefix(root_path.as_str()).unwrap_or("").to_string()
}

thread_local! {
    /// The address waiting to replace the current history entry.
    static NEXT_ADDRESS: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Replaces the current history entry with `url` within [`super::HISTORY_INTERVAL_MS`];
/// calls meanwhile only change which address is written.
pub fn replace_history_soon(url: String) {
    let first = NEXT_ADDRESS.with(|p| p.borrow_mut().replace(url).is_none());
    if first {
        set_timeout(flush_history, std::time::Duration::from_millis(super::HISTORY_INTERVAL_MS));
    }
}

/// Writes the pending address now (before a new entry is pushed on top of it).
fn flush_history() {
    if let Some(url) = NEXT_ADDRESS.with(|p| p.borrow_mut().take()) {
        write_history(&url, false);
    }
}

/// Writes the address bar; a refused call (rate limit, sandbox) is logged, never fatal.
fn write_history(url: &str, push: bool) {
    let Ok(history) = window().history() else { return };
    let result = if push {
        history.push_state_with_url(&JsValue::NULL, "", Some(url))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(url))
    };
    if let Err(e) = result {
        leptos::logging::warn!("history update refused: {e:?}");
    }
}

/// From now on, a plain click on a link to another view of the app changes the view in
/// place (new history entry, top of the page) instead of loading the page again. Called
/// once the app has replaced the static page; before that, links load the static pages. A
/// link to the same view in another language (the language switch, marked with `hreflang`)
/// keeps the reader's place: the view is the same, only its words change.
pub fn intercept_links(nav: Nav) {
    let on_click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
        if ev.default_prevented()
            || ev.button() != 0
            || ev.meta_key()
            || ev.ctrl_key()
            || ev.shift_key()
            || ev.alt_key()
        {
            return;
        }
        let Some(target) = ev.target() else { return };
        let Some((path, query)) = view_link(nav, &target) else { return };
        ev.prevent_default();
        flush_history();
        write_history(&format!("{}{path}{query}", nav.root.get_value()), true);
        nav.location.set(Location { path, query });
        let other_language =
            target.dyn_ref::<web_sys::Element>().and_then(|e| e.closest("a[hreflang]").ok().flatten()).is_some();
        if other_language {
            hold_height();
        } else {
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
    });
    let _ = document().add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    on_click.forget();
}

/// Keeps the document at least as tall as it is now until the rebuilt view has built every
/// item: a language switch rebuilds the view, whose long lists come a step a frame, and a
/// document shorter for a moment would move a reader scrolled into it up to its end.
fn hold_height() {
    let Some(root) = document().document_element() else { return };
    let Some(root) = root.dyn_ref::<web_sys::HtmlElement>() else { return };
    let style = root.style();
    let _ = style.set_property("min-height", &format!("{}px", root.scroll_height()));
    release_height_when_built(style, 0);
}

/// Lets the document's height go once nothing in `<main>` is still being built (within ten
/// seconds of frames at most).
fn release_height_when_built(style: web_sys::CssStyleDeclaration, frames: u32) {
    request_animation_frame(move || {
        let building = document().query_selector("main [data-pending]").ok().flatten().is_some();
        if building && frames < 600 {
            release_height_when_built(style, frames + 1);
        } else {
            let _ = style.remove_property("min-height");
        }
    });
}

/// The view a link at (or around) `target` leads to, as a path below the root and a query: a
/// link the app would follow in place, not one to another site, a file, a fragment of the page,
/// or one meant to open elsewhere.
pub fn view_link(nav: Nav, target: &web_sys::EventTarget) -> Option<(String, String)> {
    let anchor = target
        .dyn_ref::<web_sys::Element>()
        .and_then(|e| e.closest("a[href]").ok().flatten())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())?;
    if !anchor.target().is_empty() || anchor.has_attribute("download") || anchor.rel().contains("external") {
        return None;
    }
    let url = web_sys::Url::new(&anchor.href()).ok()?;
    let root = nav.root.get_value();
    let same_origin = web_sys::Url::new(&root).map(|r| r.origin() == url.origin()).unwrap_or(false);
    // A link within the page (`#main`) or to a file (`data/koperasi.json`) is the browser's.
    let path = relative_path(&root, &url.pathname());
    let is_view = path.is_empty() || path.ends_with('/') || path.ends_with("index.html");
    (same_origin && url.hash().is_empty() && url.href().starts_with(&root) && is_view).then(|| (path, url.search()))
}

/// Calls `f` with the view a link leads to when the reader shows they may follow it: points at
/// it, touches it, or moves the keyboard focus onto it. A click comes 100-300 ms after the
/// pointer arrives; what the view needs can be fetched meanwhile.
pub fn on_link_intent(nav: Nav, f: impl Fn(Location) + 'static) {
    let on_intent = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
        if let Some((path, query)) = ev.target().and_then(|t| view_link(nav, &t)) {
            f(Location { path, query });
        }
    });
    let document = document();
    for kind in ["pointerover", "focusin", "touchstart"] {
        let options = web_sys::AddEventListenerOptions::new();
        options.set_passive(true);
        let _ = document.add_event_listener_with_callback_and_add_event_listener_options(
            kind,
            on_intent.as_ref().unchecked_ref(),
            &options,
        );
    }
    on_intent.forget();
}

/// `address` (absolute, or relative to the app's root as `?data=` documents) as an absolute URL.
pub fn resolve(address: &str, root: &str) -> String {
    web_sys::Url::new_with_base(address, root).map(|u| u.href()).unwrap_or_else(|_| address.to_string())
}
