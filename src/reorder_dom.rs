//! The reorder in the page: the list read and moved a frame at a time, by [`super::Plan`].

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{Frame, Plan};

/// The shown places the browser renders at once on any width (the screen and the margin
/// it renders ahead, with `content-visibility: auto`): 24 on a three-column screen here.
const RENDERED: usize = 24;
/// Moves into rendered places in each frame after the change's: each one is a card styled,
/// laid out and painted anew, ~3 ms here, so four keep a frame near its 16 ms.
const INTO_RENDERED: usize = 4;
/// Script time a frame may spend on moves further down (cheap: the browser skips those
/// cards), and how many it makes at least.
const BUDGET_MS: f64 = 4.0;
const AT_LEAST: usize = 24;

#[derive(Clone, Copy)]
pub struct State {
    pub list: NodeRef<leptos::html::Ul>,
    pub target: Memo<Vec<String>>,
    pub shown: Memo<Vec<String>>,
    /// How far the list is built: it stays busy until every item is there and in place.
    pub built: crate::components::Progress,
    pub kept: StoredValue<Kept>,
}

/// What is kept from one frame of moves to the next.
#[derive(Default)]
pub struct Kept {
    /// Frames of moves are under way.
    pub running: bool,
    /// The list's ids in page order as the last frame of moves left them, when it had
    /// `children` children: reading the 514 `data-city` ids from the page took ~1.3 ms of
    /// every frame of a sort here. Only the moves here reorder the list, and items are
    /// only ever added (a step of the build), so the same list with as many children is
    /// still in this order (and it is the same list: a page's list element, and its
    /// `State`, live as long as the page). The elements are the list's children at the
    /// same indices.
    children: u32,
    ids: Vec<String>,
}

/// A frame's worth of moves, then the next frame's, until the list is in order (or gone);
/// the list is `aria-busy` meanwhile, and while items are still being built (a sort asked
/// for then is final only with the last of them). `in_change`: called from the change itself.
pub fn step(state: State, in_change: bool) {
    let done = move_some(state, in_change).unwrap_or(true);
    let busy = !done || !untrack(|| state.built.complete());
    if let Some(Some(ul)) = state.list.try_get_untracked() {
        let _ = if busy { ul.set_attribute("aria-busy", "true") } else { ul.remove_attribute("aria-busy") };
    }
    state.kept.try_update_value(|k| k.running = !done);
    if done {
        return;
    }
    if in_change {
        // A frame callback asked now would run before this frame's paint and add its
        // moves to it: the next frame's is wanted.
        request_animation_frame(move || request_animation_frame(move || step(state, false)));
    } else {
        request_animation_frame(move || step(state, false));
    }
}

/// One frame's moves; `Some(true)` when the list is in order. The change's own frame
/// moves only the cards that land on the screen, so it paints after styling a screen of
/// cards, not the 24 the browser renders around it; later frames bring in the rest.
fn move_some(state: State, in_change: bool) -> Option<bool> {
    let ul = state.list.try_get_untracked()??;
    let target = state.target.try_get_untracked()?;
    let mut shown: Vec<String> = state.shown.try_get_untracked()?;
    crate::sort::sort_dedup(&mut shown);
    let is_shown = |id: &str| shown.binary_search_by(|s| s.as_str().cmp(id)).is_ok();
    let children = ul.children();
    let len = children.length();
    // Taken, and marked as none until this frame's moves are kept (a return on the way).
    let kept = state.kept.try_update_value(|k| {
        (std::mem::replace(&mut k.children, u32::MAX) == len).then(|| std::mem::take(&mut k.ids))
    })?;
    // Else read from the page (a child without an id, which the list never has, as an empty one).
    let ids = kept.unwrap_or_else(|| {
        (0..len).map(|i| children.item(i).and_then(|el| el.get_attribute("data-city")).unwrap_or_default()).collect()
    });
    let mut plan = Plan::new(ids, &target);
    let keep = |plan: Plan| {
        state.kept.try_update_value(|k| (k.children, k.ids) = (len, plan.current));
    };
    if plan.next_move(&is_shown).is_none() {
        keep(plan);
        return Some(true);
    }
    let child = |at: usize| children.item(u32::try_from(at).ok()?);
    // Measured before any move (the layout is clean then), from the cards as they are:
    // those on the page, not those still to come back (`reveal`), which measure 0 px.
    let frame = if in_change {
        let first: Vec<web_sys::Element> = (plan.current.iter().enumerate())
            .filter(|(_, id)| is_shown(id))
            .filter_map(|(at, _)| child(at).filter(|el| !el.has_attribute("data-off")))
            .take(8)
            .collect();
        Frame { rendered: RENDERED, into_rendered: on_screen(&ul, &first).unwrap_or(RENDERED).min(RENDERED) }
    } else {
        Frame { rendered: RENDERED, into_rendered: INTO_RENDERED }
    };
    let performance = window().performance()?;
    let start = performance.now();
    let (mut made, mut into_rendered) = (0, 0);
    // The change's moves onto the screen bring up cards the browser skipped: rendered in
    // this frame (see `reveal::render_in_this_frame`), not found on the screen only after
    // its layout and laid out in a second pass. Not for a reader scrolled into the list.
    let mark = in_change && !scrolled_into(&ul);
    let mut onto_screen = Vec::new();
    let done = loop {
        let Some(m) = plan.next_move(&is_shown) else { break true };
        if !frame.allows(&m, into_rendered) || (made >= AT_LEAST && performance.now() - start > BUDGET_MS) {
            break false;
        }
        let Some((from, before)) = plan.make(&m) else { break true };
        if let (Some(el), Some(before)) = (child(from), child(before)) {
            let node: &web_sys::Node = before.unchecked_ref();
            let _ = ul.insert_before(&el, Some(node));
            if mark && m.place.is_some_and(|p| p < frame.into_rendered) {
                onto_screen.push(el);
            }
        }
        made += 1;
        into_rendered += usize::from(m.place.is_some_and(|p| p < frame.rendered));
    };
    crate::reveal::render_in_this_frame(onto_screen, Vec::new());
    // The order the moves left, for the next frame.
    keep(plan);
    Some(done)
}

/// Whether the reader has scrolled into the list (its top above the window). Places are
/// counted from the list's top, so the first places are above the screen then: the cards
/// brought there are left to the browser (drawn a frame late, the filters out of sight
/// above, so rarely) rather than rendered where nobody sees them.
pub fn scrolled_into(ul: &web_sys::Element) -> bool {
    ul.get_bounding_client_rect().top() < 0.0
}

/// How many shown places the window shows of `ul` (see `places_on_screen`), from the
/// grid's columns and the shortest of its first shown cards.
pub fn on_screen(ul: &web_sys::HtmlElement, first: &[web_sys::Element]) -> Option<usize> {
    let window = web_sys::window()?;
    let bottom = window.inner_height().ok()?.as_f64()?;
    let style = window.get_computed_style(ul).ok()??;
    let columns = style.get_property_value("grid-template-columns").ok()?.split_whitespace().count();
    // The browser's own number parsing: Rust's `f64::from_str` would add 16 KB to the wasm.
    let gap = style.get_property_value("row-gap").map_or(0.0, |v| web_sys::js_sys::Number::parse_float(&v));
    let gap: f64 = if gap.is_finite() { gap } else { 0.0 };
    let row = first.iter().map(|el| el.get_bounding_client_rect().height()).fold(f64::INFINITY, f64::min);
    let row = if row.is_finite() { row } else { 0.0 };
    Some(super::places_on_screen(ul.get_bounding_client_rect().top(), bottom, row, gap, columns))
}
