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

use crate::nav::{intercept_links, Nav};

/// The id of the element that holds a view, static or live.
pub const ROOT_ID: &str = "app";

thread_local! {
    /// The static page's root (if the page has one) and the app's container, until the app
    /// has taken over.
    static PENDING: RefCell<Option<(Option<Element>, HtmlElement)>> = const { RefCell::new(None) };
}

/// Mounts the app: beside the static page if there is one (to replace it later), else straight
/// into the body.
pub fn mount() {
    let doc = document();
    let container = doc.create_element("div").ok().and_then(|e| e.dyn_into::<HtmlElement>().ok());
    let (Some(container), Some(body)) = (container, doc.body()) else { return };
    container.set_id(ROOT_ID);
    let static_root = doc.get_element_by_id(ROOT_ID);
    if static_root.is_none() {
        let _ = body.append_child(&container);
    }
    PENDING.with(|p| *p.borrow_mut() = Some((static_root, container.clone())));
    leptos::mount::mount_to(container, crate::App).forget();
}

/// Puts the app in the static page's place, once, and from then on lets it handle links.
/// `<html data-app="live">` marks that moment (for tests and styles). `search_query` turns text
/// typed into the static search box into the query string that applies it.
pub fn complete(nav: Nav, search_query: impl Fn(String) -> String + 'static) {
    complete_when_shown(nav, search_query, 0);
}

/// The effect that calls [`complete`] can run before `<Suspense>` has put the loaded view in
/// place of its placeholder; swapping then would show the placeholder and lose the scroll
/// position. So wait (a task at a time, a few seconds at most) until the placeholder is gone.
fn complete_when_shown(nav: Nav, search_query: impl Fn(String) -> String + 'static, tries: u32) {
    let shown = PENDING.with(|p| {
        p.borrow().as_ref().map(|(_, app)| app.query_selector("[data-testid=loading]").ok().flatten().is_none())
    });
    match shown {
        // Already taken over (the view is rebuilt when the language changes).
        None => return,
        Some(false) if tries < 300 => {
            set_timeout(
                move || complete_when_shown(nav, search_query, tries + 1),
                std::time::Duration::from_millis(10),
            );
            return;
        }
        Some(_) => {}
    }
    let Some((static_root, app)) = PENDING.with(|p| p.borrow_mut().take()) else { return };
    if let Some(static_root) = static_root {
        replace(&static_root, &app, nav, search_query);
    }
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("data-app", "live");
    }
    crate::perf::mark("live");
    intercept_links(nav);
}

/// Swaps `static_root` for `app`, carrying over scroll, focus, open boxes and typed search.
fn replace(static_root: &Element, app: &HtmlElement, nav: Nav, search_query: impl Fn(String) -> String) {
    let scroll = (window().scroll_x().unwrap_or(0.0), window().scroll_y().unwrap_or(0.0));
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
    for path in opened {
        if let Some(details) = find(app, &path) {
            let _ = details.set_attribute("open", "");
        }
    }
    if let Some(el) = focused.and_then(|path| find(app, &path)).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = el.focus();
    }
    window().scroll_to_with_x_and_y(scroll.0, scroll.1);
    if let Some(search) = typed {
        nav.set_query(search_query(search));
    }
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
