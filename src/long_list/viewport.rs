//! How the window shows a long list: how many of its places are on the screen and whether
//! the reader has scrolled into it, measured when the browser is idle (a change comes with
//! the page's layout out of date, and measuring in it laid the page out at once); and cards a
//! change brings onto the screen rendered in that change's frame. For `reorder` and `reveal`.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::{phase, schedule};

/// How the window shows the list: whether the reader has scrolled into it (its top above
/// the window; places are counted from the list's top, so the first places are above the
/// screen then: the cards a change brings there are left to the browser, drawn a frame
/// late, the filters out of sight above, so rarely, rather than rendered where nobody sees
/// them) and how many shown places it shows (`None`: not measurable).
#[derive(Clone, Copy)]
pub struct View {
    pub scrolled_into: bool,
    pub on_screen: Option<usize>,
}

thread_local! {
    /// The home page's list and how the window showed it when the browser was last idle;
    /// `None` once a scroll, a resize, a click or a change may have moved it.
    static WATCHED: std::cell::RefCell<(Option<NodeRef<leptos::html::Ul>>, Option<View>)> =
        const { std::cell::RefCell::new((None, None)) };
    /// A measurement is waiting for the browser to be idle.
    static QUEUED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// The listeners that mark the view stale are on the page (once a visit).
    static LISTENING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// How the window shows `ul`, for a change of the list about to be made: as measured when
/// the browser was last idle, if nothing has scrolled, resized, been clicked or changed the
/// list since, else measured now. A change comes with the list's layout out of date (the
/// search box or the select just changed): measured in it, reading the list's place would make
/// the browser lay the page out at once, in the change's frame.
pub fn view_of(ul: &web_sys::HtmlElement) -> View {
    WATCHED.with(|w| w.borrow().1).unwrap_or_else(|| measure(ul))
}

/// Watches `list`, the home page's: from now on its view is kept as [`view_of`] says.
pub fn watch(list: NodeRef<leptos::html::Ul>) {
    WATCHED.set((Some(list), None));
    if !LISTENING.replace(true) {
        let stale = wasm_bindgen::closure::Closure::<dyn Fn()>::new(changed);
        let listener: &web_sys::js_sys::Function = stale.as_ref().unchecked_ref();
        let window = window();
        for event in ["scroll", "resize"] {
            let _ = window.add_event_listener_with_callback(event, listener);
        }
        let _ = document().add_event_listener_with_callback("click", listener);
        stale.forget();
    }
    changed();
}

/// The list may have moved on the screen (a change of its cards, a scroll, a resize, a
/// click that opened something): measured again once the browser is idle.
pub fn changed() {
    WATCHED.with(|w| w.borrow_mut().1 = None);
    if QUEUED.replace(true) {
        return;
    }
    schedule::when_idle(|| {
        QUEUED.set(false);
        let list = WATCHED.with(|w| w.borrow().0);
        // Not behind the static page, nor a list that is gone or not in the page.
        let ul = list.and_then(|l| l.try_get_untracked().flatten()).filter(|ul| ul.is_connected());
        if let Some(ul) = ul.filter(|_| !phase::behind_static_page()) {
            let view = measure(&ul);
            WATCHED.with(|w| w.borrow_mut().1 = Some(view));
        }
    });
}

/// Measures the view of `ul` now, from its first shown cards (those on the page, not those
/// still to come back, which measure 0 px).
fn measure(ul: &web_sys::HtmlElement) -> View {
    let first: Vec<web_sys::Element> = std::iter::successors(ul.first_element_child(), |el| el.next_element_sibling())
        .filter(|el| !el.has_attribute("data-off"))
        .take(8)
        .collect();
    View { scrolled_into: ul.get_bounding_client_rect().top() < 0.0, on_screen: on_screen(ul, &first) }
}

/// How many shown places the window shows of `ul` (see `places_on_screen`), from the
/// grid's columns and the shortest of its first shown cards.
fn on_screen(ul: &web_sys::HtmlElement, first: &[web_sys::Element]) -> Option<usize> {
    let window = web_sys::window()?;
    let bottom = window.inner_height().ok()?.as_f64()?;
    let style = window.get_computed_style(ul).ok()??;
    let columns = style.get_property_value("grid-template-columns").ok()?.split_whitespace().count();
    // The browser's own number parsing: Rust's `f64::from_str` would add 16 KB to the wasm.
    let gap = style.get_property_value("row-gap").map_or(0.0, |v| web_sys::js_sys::Number::parse_float(&v));
    let gap: f64 = if gap.is_finite() { gap } else { 0.0 };
    let row = first.iter().map(|el| el.get_bounding_client_rect().height()).fold(f64::INFINITY, f64::min);
    let row = if row.is_finite() { row } else { 0.0 };
    Some(super::plan::places_on_screen(ul.get_bounding_client_rect().top(), bottom, row, gap, columns))
}

thread_local! {
    /// The cards marked `data-now` by the latest change, and that change's number.
    static MARKED: std::cell::RefCell<(u64, Vec<web_sys::Element>)> =
        const { std::cell::RefCell::new((0, Vec::new())) };
}

/// Renders `cards` in this frame (`data-now`: `content-visibility: visible`), and keeps
/// `later` unrendered in it (`data-later`, see [`margin_now`]); hands them all back to the
/// browser in the frame after, unless a newer change has marked cards since (it unmarks them
/// all then: while a reader types on, the marked cards add up, at most a screen's worth and
/// its margin a change). For cards a change brings onto the screen that the browser had
/// skipped: the filters' (`render_now`) and a new sort's (`reorder`).
pub fn render_in_this_frame(mut cards: Vec<web_sys::Element>, later: Vec<web_sys::Element>) {
    for (el, mark) in cards.iter().map(|el| (el, "data-now")).chain(later.iter().map(|el| (el, "data-later"))) {
        let _ = el.set_attribute(mark, "");
    }
    cards.extend(later);
    if cards.is_empty() {
        return;
    }
    let change = MARKED.with(|r| {
        let mut state = r.borrow_mut();
        state.0 += 1;
        state.1.extend(cards);
        state.0
    });
    // Two frames: the change's, whose layout tells the browser the cards are on the screen,
    // and the next, which the browser renders knowing it.
    schedule::in_the_frame_after_next(move || {
        MARKED.with(|r| {
            let mut state = r.borrow_mut();
            if state.0 == change {
                for el in state.1.drain(..) {
                    let _ = el.remove_attribute("data-now");
                    let _ = el.remove_attribute("data-later");
                }
            }
        })
    });
}
