//! Putting a long list of built elements into a new order, a frame's worth of moves at a time.
//!
//! A new sort of the 514 city cards used to move every card at once. Moving an element makes
//! the browser detach and attach its whole subtree (a card has 86 elements): about 50 µs a
//! card on this machine, so the moves alone took ~30 ms of script and as much again of style
//! and layout, six frames during which nothing answered. Now the frame of the change moves
//! only the shown cards that land on the screen into place (a card moved there is styled and
//! laid out anew, ~3 ms here); later frames bring at most four more into the places the
//! browser renders around the screen, and as many further down (cheap: skipped cards) as 4 ms
//! of script allow, at least 24. The list is `aria-busy` meanwhile (about twenty frames for 514
//! cards), so a screen reader waits for the final order. The cards the change's frame moves onto
//! the screen had their content skipped by the browser: they are rendered in that frame
//! (`reveal::render_in_this_frame`), laid out in one pass, not found on the screen after the
//! first and laid out in a second. (Placing the first screen by the CSS `order`
//! instead, without moves, was tried: a card far down the list has never been rendered, and
//! brought up by `order` it painted blank for a frame.)
//!
//! [`Plan`] works on plain ids (pure, tested natively); [`keep_in_order`] reads the list's
//! order from the page (kept from one frame of moves to the next) and applies the moves.

use crate::sort::sort_dedup;

/// Where a list stands (its ids in page order), changed as moves are planned, and the order
/// it is to end in.
#[derive(Debug, Clone)]
pub struct Plan {
    current: Vec<String>,
    /// `target`'s ids that are in the list, in its order, then the list's ids it does not name.
    wanted: Vec<String>,
    resume: Resume,
}

/// Where [`Plan::next_move`] goes on from: what lies before it is in place, and a move only
/// changes the list from its own place on. Scanning from the top for every move made a frame's
/// moves quadratic: `next_move` was 33 ms of a 514-card sort here, and a frame of moves
/// further down stopped at its 4 ms after a few dozen.
#[derive(Debug, Clone, Copy, Default)]
struct Resume {
    /// The shown items: `wanted[..wanted_at]`'s shown ones are placed, `place` of them, and
    /// the next shown item of the list is at `next` or after.
    wanted_at: usize,
    next: usize,
    place: usize,
    /// Every item: `current[..all]` is final, with `all_place` shown items in it.
    all: usize,
    all_place: usize,
}

/// One move: put `id` just before `before`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Move {
    pub id: String,
    pub before: String,
    /// Where a shown item lands among the shown ones (0: the first a reader sees); `None` for
    /// a hidden item. The browser renders only the places near the top, so a move there costs
    /// the item's style and layout, one further down hardly anything.
    pub place: Option<usize>,
}

impl Plan {
    /// Items of the list that `target` does not name keep their order at the end; ids of
    /// `target` not in the list are not built yet and are skipped.
    pub fn new(current: Vec<String>, target: &[String]) -> Self {
        let sorted = |list: &[String]| {
            let mut ids: Vec<String> = list.to_vec();
            sort_dedup(&mut ids);
            ids
        };
        let (present, named) = (sorted(&current), sorted(target));
        let mut wanted: Vec<String> = target.iter().filter(|id| present.binary_search(id).is_ok()).cloned().collect();
        wanted.extend(current.iter().filter(|id| named.binary_search(id).is_err()).cloned());
        Self { current, wanted, resume: Resume::default() }
    }

    /// The order after the moves planned so far.
    pub fn current(&self) -> &[String] {
        &self.current
    }

    /// The next move towards the target, the shown items first: each move puts the next
    /// shown item (in the target's order, from the top) in its place among the shown ones, so
    /// after `k` moves the first `k` places a reader sees are right whatever the hidden items
    /// between them. Then the hidden ones follow, from the top. `None`: the list is in order.
    /// `shown` must answer alike for every call on one plan (a frame's).
    pub fn next_move(&mut self, shown: &dyn Fn(&str) -> bool) -> Option<Move> {
        let (current, wanted) = (&self.current, &self.wanted);
        let put = |id: &String, at: usize, place| Some(Move { id: id.clone(), before: current[at].clone(), place });
        // The shown items, in order among themselves: everything before `next` is placed.
        let Resume { mut wanted_at, mut next, mut place, mut all, mut all_place } = self.resume;
        while let Some(want) = wanted.get(wanted_at) {
            if shown(want) {
                let Some(at) = (next..current.len()).find(|&i| shown(&current[i])) else { break };
                if current[at] != *want {
                    self.resume = Resume { wanted_at, next, place, all, all_place };
                    return put(want, at, Some(place));
                }
                (next, place) = (at + 1, place + 1);
            }
            wanted_at += 1;
        }
        // Then every item: everything before `all` is in its final place.
        // (`wanted` is as long as `current`: the same ids in another order.)
        while let (Some(want), Some(here)) = (wanted.get(all), current.get(all)) {
            let is_shown = shown(want);
            if here != want {
                self.resume = Resume { wanted_at, next, place, all, all_place };
                return put(want, all, is_shown.then_some(all_place));
            }
            (all, all_place) = (all + 1, all_place + usize::from(is_shown));
        }
        self.resume = Resume { wanted_at, next, place, all, all_place };
        None
    }

    /// Makes a move of [`Plan::next_move`] in the plan; gives where the item and `before`
    /// stood before it (the indices of the elements to move in the page), `None` (and no
    /// change) if either is not in the list. Any other move (one that changes the list before
    /// where `next_move` goes on from) makes the next one scan from the top again.
    pub fn make(&mut self, m: &Move) -> Option<(usize, usize)> {
        let from = self.current.iter().position(|c| *c == m.id)?;
        let before = self.current.iter().position(|c| *c == m.before)?;
        let item = self.current.remove(from);
        self.current.insert(if before > from { before - 1 } else { before }, item);
        let (first, r) = (from.min(before), self.resume);
        if first < r.all || (r.wanted_at < self.wanted.len() && first < r.next) {
            self.resume = Resume::default();
        }
        Some((from, before))
    }

    /// Up to `max` moves (see [`Plan::next_move`]), made in the plan.
    pub fn next_moves(&mut self, shown: &dyn Fn(&str) -> bool, max: usize) -> Vec<Move> {
        let mut moves = Vec::new();
        while moves.len() < max {
            let Some(m) = self.next_move(shown) else { break };
            self.make(&m);
            moves.push(m);
        }
        moves
    }
}

/// How many moves a frame makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Frame {
    /// The shown places the browser renders at once (the screen and its margin): a move into
    /// one styles and lays out the whole card anew, ~2 to 3 ms here.
    pub rendered: usize,
    /// How many such moves this frame makes at most.
    pub into_rendered: usize,
}

impl Frame {
    /// Whether `m` fits in a frame that has made `made` moves into rendered places so far.
    pub fn allows(self, m: &Move, made: usize) -> bool {
        m.place.is_none_or(|p| p >= self.rendered) || made < self.into_rendered
    }
}

/// Keeps the children of `list` (elements with a `data-city` id) in the order of `target`,
/// shown items (those in `shown`) first; re-checked whenever `target` or the number of built
/// items changes. Not when only `shown` does (a keystroke): hiding and showing cards never
/// changes their order, and a reorder under way reads `shown` again every frame.
#[cfg(target_arch = "wasm32")]
pub fn keep_in_order(
    list: leptos::prelude::NodeRef<leptos::html::Ul>,
    target: leptos::prelude::Memo<Vec<String>>,
    shown: leptos::prelude::Memo<Vec<String>>,
    built: crate::components::Progress,
) {
    use leptos::prelude::*;
    let state = dom::State { list, target, shown, built, kept: StoredValue::new(dom::Kept::default()) };
    Effect::new(move |_| {
        target.track();
        built.built();
        if !state.kept.with_value(|k| k.running) {
            dom::step(state, true);
        }
    });
}

/// The shown places on the screen: from the list's top to the window's bottom, rows of
/// `row` pixels (the shortest card's height) and `gap`, times the columns; at least one row.
/// A row is as tall as its tallest card, so no more rows can show. (One row more used to be
/// counted, in case the cards moved in are shorter than the ones measured: with cards of
/// 667 px, that moved and rendered a second row below a 900 px window, 2-3 ms of the change's
/// frame. Cards moved in that are shorter now leave old ones below them for a frame.)
pub fn places_on_screen(list_top: f64, window_bottom: f64, row: f64, gap: f64, columns: usize) -> usize {
    let columns = columns.max(1);
    let step = (row + gap).max(1.0);
    let rows = ((window_bottom - list_top).max(0.0) / step).ceil();
    // Bounded by the floor above: a float of rows, at most a window's worth of 1 px rows.
    let rows = if rows.is_finite() { rows.min(100_000.0) as usize } else { 0 };
    rows.max(1) * columns
}

#[cfg(target_arch = "wasm32")]
#[path = "reorder_dom.rs"]
pub(crate) mod dom;

#[cfg(test)]
#[path = "reorder_tests.rs"]
mod tests;
