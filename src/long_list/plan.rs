//! Planning the moves that put a list of built elements into a new order, a frame's worth
//! at a time: pure, on plain numbers (the home page's items are its cities' positions in the
//! dataset), tested natively. `reorder` applies the plan to the page.

/// Where a list stands (its items in page order), changed as moves are planned, and the order
/// it is to end in. Items are small numbers: the home page's are its cities' positions in the
/// dataset, not their ids (no strings copied or sorted in the frame of a sort).
#[derive(Debug, Clone)]
pub struct Plan {
    current: Vec<usize>,
    /// `target`'s items that are in the list, in its order, then the list's items it does not name.
    wanted: Vec<usize>,
    resume: Resume,
}

/// Where [`Plan::next_move`] goes on from: what lies before it is in place, and a move only
/// changes the list from its own place on: scanning from the top for every move would make a
/// frame's moves quadratic.
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

    /// [`Plan::current`], taken.
    pub fn into_current(self) -> Vec<usize> {
        self.current
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
pub struct MoveBudget {
    /// The shown places the browser renders at once (the screen and its margin): a move into
    /// one styles and lays out the whole card anew.
    pub rendered: usize,
    /// How many such moves this frame makes at most.
    pub into_rendered: usize,
}

impl MoveBudget {
    /// Whether `m` fits in a frame that has made `made` moves into rendered places so far.
    pub fn allows(self, m: &Move, made: usize) -> bool {
        m.place.is_none_or(|p| p >= self.rendered) || made < self.into_rendered
    }
}

/// The shown places on the screen: from the list's top to the window's bottom, rows of
/// `row` pixels (the shortest card's height) and `gap`, times the columns; at least one row.
/// A row is as tall as its tallest card, so no more rows can show; cards moved in that are
/// shorter leave old ones below them for a frame.
pub fn places_on_screen(list_top: f64, window_bottom: f64, row: f64, gap: f64, columns: usize) -> usize {
    let columns = columns.max(1);
    let step = (row + gap).max(1.0);
    let rows = ((window_bottom - list_top).max(0.0) / step).ceil();
    // Bounded by the floor above: a float of rows, at most a window's worth of 1 px rows.
    let rows = if rows.is_finite() { rows.min(100_000.0) as usize } else { 0 };
    rows.max(1) * columns
}

#[cfg(test)]
mod tests;
