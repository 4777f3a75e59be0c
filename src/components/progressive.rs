use std::sync::Arc;

use leptos::prelude::*;

/// How many items of a long list to build now. In the browser it starts at `step` and grows by
/// `step` a frame at a time until it reaches `total`: at national scale a view holds hundreds
/// of cards or panels, and building them in one go froze the page for a second or more (the
/// timeline of 1,800 awards: 1.7 s). Each frame now builds one step and paints, so the first
/// items show at once and input is never held up for long; find in page, the keyboard and
/// screen readers get every item a moment later. A page written at build time gets them all.
pub fn progressive(total: usize, step: usize) -> ReadSignal<usize> {
    let step = step.max(1);
    let first = if cfg!(target_arch = "wasm32") { step.min(total) } else { total };
    let (limit, set_limit) = signal(first);
    if first < total {
        grow(set_limit, first, total, step);
    }
    limit
}

/// One more step in the next frame, then the next, until `total`; it stops when the view
/// that owns the count is gone (the signal is disposed).
fn grow(set_limit: WriteSignal<usize>, now: usize, total: usize, step: usize) {
    request_animation_frame(move || {
        let next = (now + step).min(total);
        if set_limit.try_set(next).is_none() && next < total {
            grow(set_limit, next, total, step);
        }
    });
}

/// Present while a progressive list is still growing: the takeover waits for it to go (see
/// `takeover`), so the static page, which has every item, stays until the live one does too.
#[component]
pub fn StillBuilding(limit: ReadSignal<usize>, total: usize) -> impl IntoView {
    move || (limit.get() < total).then(|| view! { <span hidden data-pending=""></span> })
}

/// Builds one item of a list, by its position.
pub type ItemView = Arc<dyn Fn(usize) -> AnyView + Send + Sync>;

/// Items `0..len` of a list whose first item is number `offset` of a [`progressive`] count
/// `built` that grows by `step`: each step's items are built once, in the frame `built` passes
/// them. One piece of code for every such list (a keyed `<For>` per list cost the wasm ~2 KB
/// each); a list that must reorder its items uses `<For>` instead (the city cards).
pub fn in_steps(len: usize, offset: usize, step: usize, built: ReadSignal<usize>, item: ItemView) -> impl IntoView {
    let mut ranges = Vec::new();
    let mut start = 0;
    while start < len {
        let end = len.min(start + step.max(1) - (offset + start) % step.max(1));
        ranges.push((start, end));
        start = end;
    }
    ranges
        .into_iter()
        .map(move |(from, to)| {
            let item = item.clone();
            let due = Memo::new(move |_| built.get() > offset + from);
            // Built once: `due` turns true once and stays so.
            move || due.get().then(|| (from..to).map(|i| item(i)).collect_view())
        })
        .collect_view()
}
