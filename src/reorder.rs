//! Putting a long list of built elements into a new order, a frame's worth of moves at a time.
//!
//! A new sort of the 514 city cards used to move every card at once. Moving an element makes
//! the browser detach and attach its whole subtree (a card has 86 elements): about 50 µs a
//! card on this machine, so the moves alone took ~30 ms of script and as much again of style
//! and layout, six frames during which nothing answered. Now the frame of the change moves
//! only the first screen of shown cards into place; the rest follow a few dozen a frame, the
//! shown ones first. The list is `aria-busy` meanwhile (about ten frames for 514 cards), so a
//! screen reader waits for the final order. (Placing the first screen by the CSS `order`
//! instead, without moves, was tried: a card far down the list has never been rendered, and
//! brought up by `order` it painted blank for a frame.)
//!
//! [`Plan`] works on plain ids (pure, tested natively); [`keep_in_order`] reads the list's
//! order from the page and applies the moves.

use crate::sort::sort_dedup;

/// Where a list stands (its ids in page order), changed as moves are planned.
#[derive(Debug, Clone)]
pub struct Plan {
    current: Vec<String>,
}

/// One move: put `id` just before `before`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Move {
    pub id: String,
    pub before: String,
}

impl Plan {
    pub fn new(current: Vec<String>) -> Self {
        Self { current }
    }

    /// The order after the moves planned so far.
    pub fn current(&self) -> &[String] {
        &self.current
    }

    /// Up to `max` moves towards `target`, the shown items first: each move puts the next
    /// shown item (in `target`'s order, from the top) in its place among the shown ones, so
    /// after `k` moves the first `k` places a reader sees are right whatever the hidden items
    /// between them. Then the hidden ones follow, from the top. No moves: the list is in order.
    /// Items of the list that `target` does not name keep their order at the end; ids of
    /// `target` not in the list are not built yet and are skipped.
    pub fn next_moves(&mut self, target: &[String], shown: &dyn Fn(&str) -> bool, max: usize) -> Vec<Move> {
        let sorted = |list: &[String]| {
            let mut ids: Vec<String> = list.to_vec();
            sort_dedup(&mut ids);
            ids
        };
        let (present, named) = (sorted(&self.current), sorted(target));
        let mut wanted: Vec<String> = target.iter().filter(|id| present.binary_search(id).is_ok()).cloned().collect();
        wanted.extend(self.current.iter().filter(|id| named.binary_search(id).is_err()).cloned());
        let mut moves = Vec::new();
        // The shown items, in order among themselves: everything before `next` is placed.
        let mut next = 0;
        for want in wanted.iter().filter(|id| shown(id)) {
            if moves.len() >= max {
                return moves;
            }
            let Some(at) = (next..self.current.len()).find(|&i| shown(&self.current[i])) else { break };
            if self.current[at] != *want {
                moves.push(self.move_before(want, at));
            }
            next = at + 1;
        }
        // Then every item: everything before `at` is in its final place.
        for (at, want) in wanted.iter().enumerate() {
            if moves.len() >= max {
                break;
            }
            if self.current[at] != *want {
                moves.push(self.move_before(want, at));
            }
        }
        moves
    }

    /// Moves `id` (found after `at`) to position `at`.
    fn move_before(&mut self, id: &str, at: usize) -> Move {
        let from = self.current.iter().position(|c| c == id).unwrap_or(at);
        let item = self.current.remove(from);
        let before = self.current[at].clone();
        self.current.insert(at, item);
        Move { id: id.to_string(), before }
    }
}

/// Keeps the children of `list` (elements with a `data-city` id) in the order of `target`,
/// shown items (those in `shown`) first; re-checked whenever `target`, `shown` or the number
/// of built items changes.
#[cfg(target_arch = "wasm32")]
pub fn keep_in_order(
    list: leptos::prelude::NodeRef<leptos::html::Ul>,
    target: leptos::prelude::Memo<Vec<String>>,
    shown: leptos::prelude::Memo<Vec<String>>,
    built: crate::components::Progress,
) {
    use leptos::prelude::*;
    let state = dom::State { list, target, shown, built, running: StoredValue::new(false) };
    Effect::new(move |_| {
        target.track();
        shown.track();
        built.built();
        if !state.running.get_value() {
            dom::step(state, true);
        }
    });
}

#[cfg(target_arch = "wasm32")]
mod dom {
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;

    use super::Plan;

    /// Script time a later frame may spend on moves, beyond the first [`FIRST_SCREEN`].
    const BUDGET_MS: f64 = 4.0;
    /// Moves in the frame of the change, and at least in every later one: a first screen of
    /// cards on any width. Each card moved into view is styled and laid out anew (~2 ms a
    /// card here), so the change's frame makes no more.
    const FIRST_SCREEN: usize = 24;

    #[derive(Clone, Copy)]
    pub struct State {
        pub list: NodeRef<leptos::html::Ul>,
        pub target: Memo<Vec<String>>,
        pub shown: Memo<Vec<String>>,
        /// How far the list is built: it stays busy until every item is there and in place.
        pub built: crate::components::Progress,
        /// Frames of moves are under way.
        pub running: StoredValue<bool>,
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
        state.running.try_set_value(!done);
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

    /// One frame's moves; `Some(true)` when the list is in order.
    fn move_some(state: State, in_change: bool) -> Option<bool> {
        let ul = state.list.try_get_untracked()??;
        let target = state.target.try_get_untracked()?;
        let mut shown: Vec<String> = state.shown.try_get_untracked()?;
        crate::sort::sort_dedup(&mut shown);
        let children = ul.children();
        let mut elements = Vec::new();
        let mut current = Vec::new();
        for i in 0..children.length() {
            let Some(el) = children.item(i) else { continue };
            let Some(id) = el.get_attribute("data-city") else { continue };
            current.push(id.clone());
            elements.push((id, el));
        }
        crate::sort::sort_by(&mut elements, |a, b| a.0.cmp(&b.0));
        let element = |id: &str| elements.binary_search_by(|(k, _)| k.as_str().cmp(id)).ok().map(|at| &elements[at].1);
        let mut plan = Plan::new(current);
        let performance = window().performance()?;
        let start = performance.now();
        let mut made = 0;
        loop {
            let moves = plan.next_moves(&target, &|id| shown.binary_search_by(|s| s.as_str().cmp(id)).is_ok(), 8);
            if moves.is_empty() {
                return Some(true);
            }
            for m in moves {
                if let (Some(el), Some(before)) = (element(&m.id), element(&m.before)) {
                    let node: &web_sys::Node = before.unchecked_ref();
                    let _ = ul.insert_before(el, Some(node));
                }
                made += 1;
            }
            if made >= FIRST_SCREEN && (in_change || performance.now() - start > BUDGET_MS) {
                return Some(false);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    /// Runs the plan to the end, `max` moves at a time: the order it ends in, and how many
    /// moves it took.
    fn run(current: &[&str], target: &[&str], shown: &[&str], max: usize) -> (Vec<String>, usize) {
        let (target, shown_set) = (ids(target), ids(shown));
        let is_shown = |id: &str| shown_set.iter().any(|s| s == id);
        let mut plan = Plan::new(ids(current));
        let mut total = 0;
        loop {
            let moves = plan.next_moves(&target, &is_shown, max);
            assert!(moves.len() <= max);
            if moves.is_empty() {
                return (plan.current().to_vec(), total);
            }
            total += moves.len();
            assert!(total <= 2 * current.len(), "the plan must end");
        }
    }

    #[test]
    fn a_list_in_order_needs_no_move() {
        let (after, moves) = run(&["a", "b", "c"], &["a", "b", "c"], &["a", "b", "c"], 8);
        assert_eq!((after, moves), (ids(&["a", "b", "c"]), 0));
    }

    #[test]
    fn a_reversed_list_ends_in_the_target_order() {
        let names: Vec<String> = (0..60).map(|i| format!("c{i:02}")).collect();
        let current: Vec<&str> = names.iter().map(String::as_str).collect();
        let target: Vec<&str> = current.iter().rev().copied().collect();
        let shown: Vec<&str> = current.iter().step_by(3).copied().collect();
        for max in [1, 5, 100] {
            let (after, moves) = run(&current, &target, &shown, max);
            assert_eq!(after, ids(&target), "max {max}");
            assert!(moves < 2 * 60, "{moves} moves");
        }
    }

    #[test]
    fn the_shown_items_come_first_and_in_order_from_the_top() {
        // Target: f e d c b a; shown: a, c, e (so the reader sees e, c, a).
        let mut plan = Plan::new(ids(&["a", "b", "c", "d", "e", "f"]));
        let target = ids(&["f", "e", "d", "c", "b", "a"]);
        let shown = |id: &str| ["a", "c", "e"].contains(&id);
        let first = plan.next_moves(&target, &shown, 1);
        assert_eq!(first, [Move { id: "e".into(), before: "a".into() }]);
        let seen = |p: &Plan| p.current().iter().filter(|id| shown(id)).cloned().collect::<Vec<_>>();
        assert_eq!(seen(&plan)[0], "e", "the first card a reader sees is right after one move");
        plan.next_moves(&target, &shown, 1);
        assert_eq!(seen(&plan), ids(&["e", "c", "a"]), "the shown ones are in order after two");
        while !plan.next_moves(&target, &shown, 1).is_empty() {
            assert_eq!(seen(&plan), ids(&["e", "c", "a"]), "and stay so while the hidden ones move");
        }
        assert_eq!(plan.current(), target.as_slice());
    }

    #[test]
    fn items_not_built_yet_or_not_named_are_handled() {
        // "x" is not in the target: it keeps its place at the end; "z" is not built: skipped.
        let (after, _) = run(&["b", "x", "a"], &["z", "a", "b"], &["a", "b", "x"], 8);
        assert_eq!(after, ids(&["a", "b", "x"]));
    }
}
