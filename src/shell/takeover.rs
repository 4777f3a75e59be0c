//! From the static page to the app without a seam. Every view is first a page written at build
//! time (`<div id="app">` holds it). The app renders into a container outside the document
//! while it loads its data, so there are never two copies on screen or in the accessibility
//! tree; once it has something final to show, its container replaces the static one in a
//! single DOM operation. What the reader did meanwhile carries over: the scroll position, the
//! focused element, opened source boxes, and anything typed into the search box.
//!
//! Why replace rather than hydrate: hydration would keep the build's text wherever the first
//! render differs (another language, a filter in the URL, a data file edited after the build),
//! and with no server the loaded data would not be serialised for it. Replacing always shows
//! what the loaded file says.

use std::cell::RefCell;

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos::web_sys::{Element, HtmlElement, HtmlInputElement};

use crate::browser::{perf, phase};
use crate::nav::{intercept_links, Nav};

/// The id of the element that holds a view, static or live.
pub const ROOT_ID: &str = "app";

thread_local! {
    /// The static page's root (if the page has one) and the app's container, until the one
    /// has replaced the other.
    static SWAP: RefCell<Option<(Option<Element>, HtmlElement)>> = const { RefCell::new(None) };
}

/// The app is mounted into `container`, to replace `static_root` once it is shown (or straight
/// into the body, where the page has no static root): the app is behind the static page now.
pub fn begin(static_root: Option<Element>, container: HtmlElement) {
    SWAP.with(|p| *p.borrow_mut() = Some((static_root, container)));
    phase::set_behind_static_page(true);
}

/// Puts the app in the static page's place, once, and from then on lets it handle links.
/// `<html data-app="live">` marks that moment (for tests and styles). `search_query` turns text
/// typed into the static search box into the query string that applies it. `on_live` runs
/// once the app is in place.
pub fn complete(nav: Nav, search_query: impl Fn(String) -> String + 'static, on_live: impl FnOnce() + 'static) {
    complete_when_shown(nav, search_query, on_live, 0);
}

/// The effect that calls [`complete`] can run before `<Suspense>` has put the loaded view in
/// place of its placeholder, or while a long list is still being built a frame at a time
/// (`[data-pending]`, see `Progress`). Swapping before the view is there would show less than
/// the static page; so wait (a task at a time, a few seconds at most) until it is. A list still
/// being built is waited for only when the reader has gone beyond its first screen or into
/// the page (scrolled, or focused something in it): at the top, its first step is more than
/// the window shows, the rest follows within a few frames, and the live page is there sooner.
fn complete_when_shown(
    nav: Nav,
    search_query: impl Fn(String) -> String + 'static,
    on_live: impl FnOnce() + 'static,
    tries: u32,
) {
    let ready = SWAP.with(|p| {
        p.borrow().as_ref().map(|(static_root, app)| {
            let has = |selector: &str| app.query_selector(selector).ok().flatten().is_some();
            let building = has("[data-pending]") && reader_is_inside(static_root.as_ref());
            // The page is built into its place by an effect of its own (`host_pages`).
            let unbuilt = has(".page-host:empty");
            !(has("[data-testid=loading]") || building || unbuilt)
        })
    });
    match ready {
        // Already taken over (the view is rebuilt when the language changes).
        None => return,
        Some(false) if tries < 300 => {
            set_timeout(
                move || complete_when_shown(nav, search_query, on_live, tries + 1),
                std::time::Duration::from_millis(10),
            );
            return;
        }
        Some(_) => {}
    }
    let Some((static_root, app)) = SWAP.with(|p| p.borrow_mut().take()) else { return };
    phase::set_behind_static_page(false);
    if let Some(static_root) = static_root {
        replace(&static_root, &app, nav, search_query);
    }
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("data-app", "live");
    }
    perf::mark("live");
    intercept_links(nav);
    on_live();
}

/// Whether the reader has moved into the static page: scrolled beyond its first screen, or
/// focused something in it.
fn reader_is_inside(static_root: Option<&Element>) -> bool {
    let window = window();
    let scrolled =
        window.scroll_y().unwrap_or(0.0) > window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    let focused = document().active_element().is_some_and(|e| static_root.is_some_and(|r| r.contains(Some(&e))));
    scrolled || focused
}

/// Swaps `static_root` for `app`, carrying over scroll, focus, open boxes and typed search.
fn replace(static_root: &Element, app: &HtmlElement, nav: Nav, search_query: impl Fn(String) -> String) {
    let scroll = (window().scroll_x().unwrap_or(0.0), window().scroll_y().unwrap_or(0.0));
    let anchor = top_anchor(static_root);
    let focused = document().active_element().and_then(|e| path_of(static_root, &e));
    let opened: Vec<Vec<u32>> = static_root
        .query_selector_all("details[open]")
        .map(|list| {
            (0..list.length())
                .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
                .filter_map(|d| path_of(static_root, &d))
                .collect()
        })
        .unwrap_or_default();
    let typed = static_root
        .query_selector("input[type=search]")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
        .map(|input| input.value())
        .filter(|v| !v.trim().is_empty());

    if static_root.replace_with_with_node_1(app).is_err() {
        return;
    }
    for path in opened.iter().filter_map(|path| find(app, path)) {
        reopen(&path);
    }
    if let Some(el) = focused.and_then(|path| find(app, &path)).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = el.focus();
    }
    window().scroll_to_with_x_and_y(scroll.0, scroll.1);
    // After the bodies just opened are built (their tasks were queued first), put the element
    // that was at the top of the window back where it was: the live page may differ in height
    // above it (boxes built when opened, cards laid out only near the screen).
    let app = app.clone();
    leptos::task::spawn_local(async move {
        if let Some((path, top)) = anchor {
            // Not an element the live page has not laid out (a list still being built).
            let rect = find(&app, &path).map(|el| el.get_bounding_client_rect());
            if let Some(rect) = rect.filter(|r| r.width() > 0.0 || r.height() > 0.0) {
                window().scroll_by_with_x_and_y(0.0, rect.top() - top);
            }
        }
    });
    if let Some(search) = typed {
        nav.set_query(search_query(search));
    }
}

/// Opens in the live page the box at the place of one the reader opened in the static page:
/// the app's source boxes are buttons (see `Disclosure`), its other boxes `<details>`. Now,
/// not when an event comes back: the box builds its body before the scroll position is
/// restored.
fn reopen(live: &Element) {
    if live.tag_name().eq_ignore_ascii_case("details") {
        let _ = live.set_attribute("open", "");
        if let Ok(toggle) = leptos::web_sys::Event::new("toggle") {
            let _ = live.dispatch_event(&toggle);
        }
    } else if let Some(button) = live
        .query_selector(":scope > .cited-toggle[aria-expanded=false]")
        .ok()
        .flatten()
        .and_then(|b| b.dyn_into::<HtmlElement>().ok())
    {
        button.click();
    }
}

/// The first block of the page whose bottom is inside the window, and its distance from the
/// window's top: what the reader is looking at, to keep in place.
fn top_anchor(root: &Element) -> Option<(Vec<u32>, f64)> {
    let blocks = root.query_selector_all("h1, h2, h3, p, li, tr, dt, dd, figure, blockquote, summary").ok()?;
    let (first, rect) = (0..blocks.length())
        .filter_map(|i| blocks.item(i)?.dyn_into::<Element>().ok())
        .map(|el| {
            let rect = el.get_bounding_client_rect();
            (el, rect)
        })
        .find(|(_, rect)| rect.bottom() > 0.0)?;
    Some((path_of(root, &first)?, rect.top()))
}

/// The child indices that lead from `root` down to `node`, if `node` is inside `root`.
fn path_of(root: &Element, node: &Element) -> Option<Vec<u32>> {
    let mut path = Vec::new();
    let mut current = node.clone();
    while !current.is_same_node(Some(root)) {
        let parent = current.parent_element()?;
        let children = parent.children();
        let index =
            (0..children.length()).find(|&i| children.item(i).is_some_and(|c| c.is_same_node(Some(&current))))?;
        path.push(index);
        current = parent;
    }
    path.reverse();
    Some(path)
}

/// The element at `path` below `root`, if the tree has the same shape there.
fn find(root: &Element, path: &[u32]) -> Option<Element> {
    path.iter().try_fold(root.clone(), |el, &i| el.children().item(i))
}
