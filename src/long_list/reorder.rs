//! Putting a long list of built elements into a new order, a frame's worth of moves at a
//! time, as [`Plan`] says: moving an element makes the browser detach and attach its whole
//! subtree, and a card moved onto the screen is styled and laid out anew, so moving hundreds
//! at once held the page for several frames. The frame of the change moves only the shown
//! cards that land on the screen into place (rendered in that frame, see
//! [`viewport::render_in_this_frame`]); later frames bring in a few more around the screen and
//! as many further down as a small script budget allows. The list is `aria-busy` meanwhile, so
//! a screen reader waits for the final order. (Why not the CSS `order`: see docs/PERF.md.)

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::plan::{MoveBudget, Plan};
use super::progress::Progress;
use super::viewport::{self, view_of};
use crate::browser::schedule::in_the_frame_after_next;

/// Keeps the children of `list` (elements with a `data-city` id, a city of `data`) in the order
/// of `target`, shown items (those in `shown`) first, both the cities' positions in `data`;
/// re-checked whenever `target` or the number of built items changes. Not when only `shown`
/// does (a keystroke): hiding and showing cards never changes their order, and a reorder under
/// way reads `shown` again every frame.
pub fn keep_in_order(
    list: leptos::prelude::NodeRef<leptos::html::Ul>,
    target: leptos::prelude::Memo<Vec<usize>>,
    shown: leptos::prelude::Memo<Vec<usize>>,
    built: Progress,
    data: std::sync::Arc<crate::data::Dataset>,
) {
    use leptos::prelude::*;
    viewport::watch(list);
    let state = State { list, target, shown, built, kept: StoredValue::new(Kept::default()), data };
    Effect::new(move |_| {
        target.track();
        built.built();
        if !state.kept.with_value(|k| k.running) {
            step(state.clone(), true);
        }
        // Cards moved or built: the list's view is measured again once the browser is idle.
        viewport::changed();
    });
}

/// The shown places the browser renders at once on any width (the screen and the margin
/// it renders ahead, with `content-visibility: auto`): 24 on a three-column screen here.
const RENDERED: usize = 24;
/// Moves into rendered places in each frame after the change's: each one is a card styled,
/// laid out and painted anew, and four keep a frame near its 16 ms.
const INTO_RENDERED: usize = 4;
/// Script time a frame may spend on moves further down (cheap: the browser skips those
/// cards), and how many it makes at least.
const BUDGET_MS: f64 = 4.0;
const AT_LEAST: usize = 24;

#[derive(Clone)]
pub struct State {
    pub list: NodeRef<leptos::html::Ul>,
    pub target: Memo<Vec<usize>>,
    pub shown: Memo<Vec<usize>>,
    /// How far the list is built: it stays busy until every item is there and in place.
    pub built: Progress,
    pub kept: StoredValue<Kept>,
    /// Where the cities of the list's `data-city` ids are.
    pub data: std::sync::Arc<crate::data::Dataset>,
}

/// What is kept from one frame of moves to the next.
#[derive(Default)]
pub struct Kept {
    /// Frames of moves are under way.
    pub running: bool,
    /// The list's cities (positions) in page order as the last frame of moves left them
    /// (reading every `data-city` id from the page is a large part of a sort's frame). Only the
    /// moves here reorder the list, and items are only ever added at its end (a step of
    /// the build goes in before its placeholder, which stays after every item: a move puts
    /// an item before another item), so the list's first children are still these, in
    /// this order (and it is the same list: a page's list element, and its `State`, live
    /// as long as the page); only the items built since are read. (The check after the
    /// build's last step runs before that step's items are in the page.)
    ids: Vec<usize>,
}

/// A frame's worth of moves, then the next frame's, until the list is in order; the list is
/// `aria-busy` meanwhile, and while items are still being built (a sort asked for then is
/// final only with the last of them). `in_change`: called from the change itself. A page taken
/// down while frames of moves were still to come (the reader moved on) has disposed of its
/// list and signals: the frame after that stops, touching nothing.
pub fn step(state: State, in_change: bool) {
    let (Some(done), Some(built)) = (move_some(&state, in_change), state.built.complete_now()) else {
        // Gone, or not measurable: the next change starts afresh.
        state.kept.try_update_value(|k| k.running = false);
        return;
    };
    let busy = !done || !built;
    if let Some(Some(ul)) = state.list.try_get_untracked() {
        let _ = if busy { ul.set_attribute("aria-busy", "true") } else { ul.remove_attribute("aria-busy") };
    }
    state.kept.try_update_value(|k| k.running = !done);
    if done {
        viewport::changed();
        return;
    }
    if in_change {
        // Not in the frame the change paints: its moves would add to it.
        in_the_frame_after_next(move || step(state, false));
    } else {
        request_animation_frame(move || step(state, false));
    }
}

/// One frame's moves; `Some(true)` when the list is in order. The change's own frame
/// moves only the cards that land on the screen, so it paints after styling a screen of
/// cards, not the 24 the browser renders around it; later frames bring in the rest.
fn move_some(state: &State, in_change: bool) -> Option<bool> {
    let ul = state.list.try_get_untracked()??;
    let target = state.target.try_get_untracked()?;
    let data = &state.data;
    let shown = state.shown.try_with_untracked(|shown| crate::query::cities::among(data.cities.len(), shown))?;
    let is_shown = |at: usize| shown.get(at).copied().unwrap_or(false);
    let children = ul.children();
    let len = children.length();
    // Taken, and marked as none until this frame's moves are kept (a return on the way).
    let mut ids = state.kept.try_update_value(|k| std::mem::take(&mut k.ids))?;
    let known = u32::try_from(ids.len()).ok().filter(|&n| n <= len).unwrap_or_else(|| {
        ids.clear();
        0
    });
    // The rest from the page (a child without a known id, which the list never has, as
    // a number past every city's: it stays at the end).
    let position = |i| children.item(i)?.get_attribute("data-city").and_then(|id| data.index().city(&id));
    let unknown = |i: u32| data.cities.len().saturating_add(i as usize);
    ids.extend((known..len).map(|i| position(i).unwrap_or_else(|| unknown(i))));
    let mut plan = Plan::new(ids, &target);
    let keep = |plan: Plan| {
        state.kept.try_update_value(|k| k.ids = plan.into_current());
    };
    if plan.next_move(&is_shown).is_none() {
        keep(plan);
        return Some(true);
    }
    let child = |at: usize| children.item(u32::try_from(at).ok()?);
    // The view before any move (see `view_of`).
    let view = in_change.then(|| view_of(&ul));
    let frame = match view {
        Some(view) => {
            MoveBudget { rendered: RENDERED, into_rendered: view.on_screen.unwrap_or(RENDERED).min(RENDERED) }
        }
        None => MoveBudget { rendered: RENDERED, into_rendered: INTO_RENDERED },
    };
    // Without a clock (no browser lacks one today), every move in this frame.
    let clock = window().performance();
    let now = || clock.as_ref().map_or(0.0, |p| p.now());
    let start = now();
    let (mut made, mut into_rendered) = (0, 0);
    // The change's moves onto the screen bring up cards the browser skipped: rendered in
    // this frame (see `viewport::render_in_this_frame`), not found on the screen only after
    // its layout and laid out in a second pass. Not for a reader scrolled into the list.
    let mark = view.is_some_and(|v| !v.scrolled_into);
    let mut onto_screen = Vec::new();
    let done = loop {
        let Some(m) = plan.next_move(&is_shown) else { break true };
        if !frame.allows(&m, into_rendered) || (made >= AT_LEAST && now() - start > BUDGET_MS) {
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
    viewport::render_in_this_frame(onto_screen, Vec::new());
    // The order the moves left, for the next frame.
    keep(plan);
    Some(done)
}
