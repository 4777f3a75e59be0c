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
//! [`Plan`] works on plain numbers (pure, tested natively); [`keep_in_order`] reads the list's
//! order from the page (kept from one frame of moves to the next) and applies the moves.

/// Where a list stands (its items in page order), changed as moves are planned, and the order
/// it is to end in. Items are small numbers: the home page's are its cities' positions in the
/// dataset (planning a sort with their ids, 2,500 strings copied and three lists of them
/// sorted, took ~1.5 ms of its first frame here).
#[derive(Debug, Clone)]
pub struct Plan {
    current: Vec<usize>,
    /// `target`'s items that are in the list, in its order, then the list's items it does not name.
    wanted: Vec<usize>,
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
    pub id: usize,
    pub before: usize,
    /// Where a shown item lands among the shown ones (0: the first a reader sees); `None` for
    /// a hidden item. The browser renders only the places near the top, so a move there costs
    /// the item's style and layout, one further down hardly anything.
    pub place: Option<usize>,
}

impl Plan {
    /// Items of the list that `target` does not name keep their order at the end; items of
    /// `target` not in the list are not built yet and are skipped. Numbers up to the largest
    /// item: a flag each.
    pub fn new(current: Vec<usize>, target: &[usize]) -> Self {
        let n = current.iter().chain(target).max().map_or(0, |&m| m.saturating_add(1));
        let (present, named) = (crate::query::cities::among(n, &current), crate::query::cities::among(n, target));
        let mut wanted: Vec<usize> = target.iter().copied().filter(|&id| present[id]).collect();
        wanted.extend(current.iter().copied().filter(|&id| !named[id]));
        Self { current, wanted, resume: Resume::default() }
    }

    /// The order after the moves planned so far.
    pub fn current(&self) -> &[usize] {
        &self.current
    }

    /// The next move towards the target, the shown items first: each move puts the next
    /// shown item (in the target's order, from the top) in its place among the shown ones, so
    /// after `k` moves the first `k` places a reader sees are right whatever the hidden items
    /// between them. Then the hidden ones follow, from the top. `None`: the list is in order.
    /// `shown` must answer alike for every call on one plan (a frame's).
    pub fn next_move(&mut self, shown: &dyn Fn(usize) -> bool) -> Option<Move> {
        let (current, wanted) = (&self.current, &self.wanted);
        let put = |id: usize, at: usize, place| Some(Move { id, before: current[at], place });
        // The shown items, in order among themselves: everything before `next` is placed.
        let Resume { mut wanted_at, mut next, mut place, mut all, mut all_place } = self.resume;
        while let Some(&want) = wanted.get(wanted_at) {
            if shown(want) {
                let Some(at) = (next..current.len()).find(|&i| shown(current[i])) else { break };
                if current[at] != want {
                    self.resume = Resume { wanted_at, next, place, all, all_place };
                    return put(want, at, Some(place));
                }
                (next, place) = (at + 1, place + 1);
            }
            wanted_at += 1;
        }
        // Then every item: everything before `all` is in its final place.
        // (`wanted` is as long as `current`: the same ids in another order.)
        while let (Some(&want), Some(&here)) = (wanted.get(all), current.get(all)) {
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
    pub fn next_moves(&mut self, shown: &dyn Fn(usize) -> bool, max: usize) -> Vec<Move> {
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

/// Keeps the children of `list` (elements with a `data-city` id, a city of `data`) in the order
/// of `target`, shown items (those in `shown`) first, both the cities' positions in `data`;
/// re-checked whenever `target` or the number of built items changes. Not when only `shown`
/// does (a keystroke): hiding and showing cards never changes their order, and a reorder under
/// way reads `shown` again every frame.
#[cfg(target_arch = "wasm32")]
pub fn keep_in_order(
    list: leptos::prelude::NodeRef<leptos::html::Ul>,
    target: leptos::prelude::Memo<Vec<usize>>,
    shown: leptos::prelude::Memo<Vec<usize>>,
    built: crate::components::Progress,
    data: std::sync::Arc<crate::data::Dataset>,
) {
    use leptos::prelude::*;
    dom::watch(list);
    let state = dom::State { list, target, shown, built, kept: StoredValue::new(dom::Kept::default()), data };
    Effect::new(move |_| {
        target.track();
        built.built();
        if !state.kept.with_value(|k| k.running) {
            dom::step(state.clone(), true);
        }
        // Cards moved or built: the list's view is measured again once the browser is idle.
        dom::changed();
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
pub(crate) mod dom {
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

    #[derive(Clone)]
    pub struct State {
        pub list: NodeRef<leptos::html::Ul>,
        pub target: Memo<Vec<usize>>,
        pub shown: Memo<Vec<usize>>,
        /// How far the list is built: it stays busy until every item is there and in place.
        pub built: crate::components::Progress,
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
        /// (reading the 514 `data-city` ids from the page took ~1.3 ms of each sort's frame). Only the
        /// moves here reorder the list, and items are only ever added at its end (a step of
        /// the build goes in before its placeholder, which stays after every item: a move puts
        /// an item before another item), so the list's first children are still these, in
        /// this order (and it is the same list: a page's list element, and its `State`, live
        /// as long as the page); only the items built since are read. (The check after the
        /// build's last step runs before that step's items are in the page: reading every id
        /// again in the first sort cost its frame ~1.5 ms here.)
        ids: Vec<usize>,
    }

    /// A frame's worth of moves, then the next frame's, until the list is in order (or gone);
    /// the list is `aria-busy` meanwhile, and while items are still being built (a sort asked
    /// for then is final only with the last of them). `in_change`: called from the change itself.
    pub fn step(state: State, in_change: bool) {
        let done = move_some(&state, in_change).unwrap_or(true);
        let busy = !done || !untrack(|| state.built.complete());
        if let Some(Some(ul)) = state.list.try_get_untracked() {
            let _ = if busy { ul.set_attribute("aria-busy", "true") } else { ul.remove_attribute("aria-busy") };
        }
        state.kept.try_update_value(|k| k.running = !done);
        if done {
            changed();
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
            state.kept.try_update_value(|k| k.ids = plan.current);
        };
        if plan.next_move(&is_shown).is_none() {
            keep(plan);
            return Some(true);
        }
        let child = |at: usize| children.item(u32::try_from(at).ok()?);
        // The view before any move (see `view_of`).
        let view = in_change.then(|| view_of(&ul));
        let frame = match view {
            Some(view) => Frame { rendered: RENDERED, into_rendered: view.on_screen.unwrap_or(RENDERED).min(RENDERED) },
            None => Frame { rendered: RENDERED, into_rendered: INTO_RENDERED },
        };
        let performance = window().performance()?;
        let start = performance.now();
        let (mut made, mut into_rendered) = (0, 0);
        // The change's moves onto the screen bring up cards the browser skipped: rendered in
        // this frame (see `reveal::render_in_this_frame`), not found on the screen only after
        // its layout and laid out in a second pass. Not for a reader scrolled into the list.
        let mark = view.is_some_and(|v| !v.scrolled_into);
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
    /// search box or the select just changed): measured in it, reading the list's place
    /// made the browser lay the page out at once, ~1 ms of the change's frame here, and the
    /// grid's columns and cards ~0.5 ms more.
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
        crate::when_idle(|| {
            QUEUED.set(false);
            let list = WATCHED.with(|w| w.borrow().0);
            // Not behind the static page, nor a list that is gone or not in the page.
            let ul = list.and_then(|l| l.try_get_untracked().flatten()).filter(|ul| ul.is_connected());
            if let Some(ul) = ul.filter(|_| !crate::takeover::pending()) {
                let view = measure(&ul);
                WATCHED.with(|w| w.borrow_mut().1 = Some(view));
            }
        });
    }

    /// Measures the view of `ul` now, from its first shown cards (those on the page, not those
    /// still to come back, which measure 0 px).
    fn measure(ul: &web_sys::HtmlElement) -> View {
        let first: Vec<web_sys::Element> =
            std::iter::successors(ul.first_element_child(), |el| el.next_element_sibling())
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
        Some(super::places_on_screen(ul.get_bounding_client_rect().top(), bottom, row, gap, columns))
    }
}

#[cfg(test)]
#[path = "reorder_tests.rs"]
mod tests;
