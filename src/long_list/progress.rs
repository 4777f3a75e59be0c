//! Building a long list a step a frame.

use std::sync::Arc;

use leptos::prelude::*;

/// How much of a long list to build now. In the browser the count starts at one step and grows
/// by a step a frame at a time until it reaches the list's length: at national scale a view
/// holds hundreds of cards or panels, and building them in one go froze the page. Each frame
/// builds one step and paints, so
/// the first items show at once and input is never held up for long; find in page, the
/// keyboard and screen readers get every item a moment later. A page written at build time
/// gets them all.
#[derive(Clone, Copy)]
pub struct Progress {
    built: ReadSignal<usize>,
    step: usize,
    total: usize,
}

impl Progress {
    /// Starts building a list of `total` items, `step` a frame.
    pub fn new(total: usize, step: usize) -> Self {
        let step = step.max(1);
        let first = if cfg!(target_arch = "wasm32") { step.min(total) } else { total };
        let (built, set_built) = signal(first);
        // The next step in the frame after the one that paints the first: the first frame's
        // animation callbacks run before its paint, so growing from there would put two steps
        // into the first paint.
        if first < total {
            request_animation_frame(move || grow(set_built, first, total, step));
        }
        Self { built, step, total }
    }

    /// How many items are built by now (tracked).
    pub fn built(self) -> usize {
        self.built.get()
    }

    /// Whether every item is built (tracked).
    pub fn complete(self) -> bool {
        self.built.get() >= self.total
    }

    /// Whether every item is built, untracked, for work outside the view (a frame's callback);
    /// `None` once the view that owns the count is gone.
    pub fn complete_now(self) -> Option<bool> {
        self.built.try_get_untracked().map(|built| built >= self.total)
    }

    /// Whether item number `n` is built (tracked).
    pub fn reached(self, n: usize) -> bool {
        self.built.get() > n
    }

    /// Items `0..len` of a list whose first item is number `offset` of the whole: each step's
    /// items are built once, in the frame the count passes them. One piece of code for every
    /// such list (a keyed `<For>` per list cost the wasm ~2 KB each). The city cards are built
    /// this way too, in the order of the first render, and a new sort moves their elements
    /// (`reorder`): the keyed list's diff moved all 514 at once.
    pub fn in_steps(self, len: usize, offset: usize, item: ItemView) -> impl IntoView {
        let mut ranges = Vec::new();
        let mut start = 0;
        while start < len {
            let end = len.min(start + self.step - (offset + start) % self.step);
            ranges.push((start, end));
            start = end;
        }
        ranges
            .into_iter()
            .map(move |(from, to)| {
                let item = item.clone();
                // Turns true once and stays so: the step is built once.
                let due = Memo::new(move |_| self.reached(offset + from));
                move || due.get().then(|| (from..to).map(|i| item(i)).collect_view())
            })
            .collect_view()
    }
}

/// Builds one item of a list, by its position.
pub type ItemView = Arc<dyn Fn(usize) -> AnyView + Send + Sync>;

/// One more step in the next frame, then the next, until `total`; it stops when the view
/// that owns the count is gone (the signal is disposed).
fn grow(set_built: WriteSignal<usize>, now: usize, total: usize, step: usize) {
    request_animation_frame(move || {
        let next = (now + step).min(total);
        if set_built.try_set(next).is_none() && next < total {
            grow(set_built, next, total, step);
        }
    });
}
