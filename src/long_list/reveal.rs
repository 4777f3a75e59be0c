//! Cards coming back into the list, a screen's worth in the frame of the change and the rest
//! in the frames after it.
//!
//! The filters hide and show cards that stay built (`data-off`, see `pages::cities`). Every
//! card shown again is restyled, placed in the grid again and, on the screen, laid out and
//! painted: hundreds at once (a cleared search) made one long frame. Only the first screen's
//! cards can be seen in that frame, so only they are shown in it; the others follow, [`BATCH`]
//! a frame (cheap: the browser skips the content of cards off the screen). The count above the
//! list says the final number at once. Cards to hide are hidden at once (hiding costs little; a
//! card left on the screen is wrong).
//!
//! The browser skips the content of cards off the screen (`content-visibility: auto`) and
//! finds out that one is now on it only after the frame's layout: a card a change brings onto
//! the screen would be painted blank in that frame. So those are rendered in the change's frame
//! (`data-now`, see `viewport::render_in_this_frame`; [`on_screen_now`]); those shown again in
//! the margin below the screen wait a frame in their places (`data-later`, [`margin_now`]), or
//! the browser would lay them out and paint them in a second pass. Measurements: docs/PERF.md.
//!
//! [`plan`], [`on_screen_now`] and [`margin_now`] are pure (tested natively); [`keep_shown`]
//! applies them to the cards' flags and the page.

/// The first places shown in the change's frame: the screen and the margin the browser
/// renders around it on any width (as `reorder`'s first screen).
pub const FIRST: usize = 24;
/// Cards shown in each frame after the change's: their content is skipped, so a batch costs
/// a small part of a frame.
pub const BATCH: usize = 128;

/// What a change of the filters does to the cards' flags, by a card's position in the dataset.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Reveal {
    /// To hide now.
    pub hide: Vec<usize>,
    /// To show now: those landing in the first places.
    pub show: Vec<usize>,
    /// To show in the frames after, in the list's order (the top first).
    pub later: Vec<usize>,
}

/// `wanted`: the positions the filters keep, in the list's order; `off`: whether each position
/// is hidden now. The first [`FIRST`] places are shown now; when the change also hides cards,
/// as many places as were shown before too, so that the list is never shorter for a frame
/// than it was and will be (a reader scrolled down would be moved up by the shorter page).
pub fn plan(wanted: &[usize], off: &[bool]) -> Reveal {
    let keep = crate::query::cities::among(off.len(), wanted);
    let hide: Vec<usize> = (0..off.len()).filter(|&at| !off[at] && !keep[at]).collect();
    let shown_before = off.iter().filter(|&&is_off| !is_off).count();
    let first = if hide.is_empty() { FIRST } else { FIRST.max(shown_before) };
    let mut reveal = Reveal { hide, ..Reveal::default() };
    for (place, &at) in wanted.iter().enumerate() {
        if off.get(at) == Some(&true) {
            if place < first { &mut reveal.show } else { &mut reveal.later }.push(at);
        }
    }
    reveal
}

/// The cards to render in the change's frame: those of the first `on_screen` places of
/// `wanted` (positions in the list's order), whether shown already and moved up by cards
/// hidden above them, or shown now by [`plan`] (its content was skipped while it was left out).
pub fn on_screen_now(wanted: &[usize], off: &[bool], on_screen: usize) -> Vec<usize> {
    wanted.iter().take(on_screen).copied().filter(|&at| at < off.len()).collect()
}

/// The cards [`plan`] shows now below the screen, in the margin the browser renders around it
/// (the places from `on_screen` to [`FIRST`]): kept unrendered for the change's frame
/// (`data-later`: `content-visibility: hidden`, in their places) and handed to the browser in
/// the next. Left to it, Chromium finds them near the screen after the frame's layout and lays
/// them out and paints them in a second pass of that frame.
pub fn margin_now(wanted: &[usize], off: &[bool], on_screen: usize) -> Vec<usize> {
    let places = wanted.iter().take(FIRST).skip(on_screen);
    places.copied().filter(|&at| off.get(at) == Some(&true)).collect()
}

/// Keeps `off` (a flag per card, by position) in line with `wanted` (tracked: the positions to
/// show, in the list's order), by [`plan`]: the first screen in the change's frame, the rest
/// [`BATCH`] a frame after it. A change while some are still to come replaces what is to come.
#[cfg(target_arch = "wasm32")]
pub fn keep_shown(
    off: Flags,
    list: leptos::prelude::NodeRef<leptos::html::Ul>,
    id_of: impl Fn(usize) -> Option<String> + 'static,
    wanted: impl Fn() -> Vec<usize> + 'static,
) {
    use leptos::prelude::*;
    let later = Later::default();
    Effect::new(move |_| {
        let now: Vec<bool> = off.iter().map(|f| f.get_untracked()).collect();
        let wanted = wanted();
        let reveal = plan(&wanted, &now);
        let changes = !reveal.hide.is_empty() || !reveal.show.is_empty();
        if changes {
            render_now(list, &wanted, &now, &id_of);
        }
        for at in reveal.hide {
            off[at].set(true);
        }
        for at in reveal.show {
            off[at].set(false);
        }
        if changes {
            super::viewport::changed();
        }
        let mut state = later.borrow_mut();
        state.cards = reveal.later;
        // Frames already asked for: the next one's batch waits a frame, or it could fall in
        // this change's frame.
        state.changed = state.asked;
        if !state.cards.is_empty() && !state.asked {
            state.asked = true;
            let (off, later) = (off.clone(), later.clone());
            crate::browser::schedule::in_the_frame_after_next(move || show_later(off, later));
        }
    });
}

/// Renders in this frame the shown cards that land on the screen (`on_screen_now`; from the
/// cards there before the flags change, as last laid out, see `viewport::view_of`: cards
/// coming up that are shorter leave a place more on the screen, drawn a frame late), see
/// `viewport::render_in_this_frame`. The selector is safe: ids are lowercase letters, digits, `-`
/// and `_` (validated).
#[cfg(target_arch = "wasm32")]
fn render_now(
    list: leptos::prelude::NodeRef<leptos::html::Ul>,
    wanted: &[usize],
    off: &[bool],
    id_of: &dyn Fn(usize) -> Option<String>,
) {
    use leptos::prelude::*;
    let Some(Some(ul)) = list.try_get_untracked() else { return };
    // At most the first screen and its margin, and nothing for a reader scrolled into the list.
    let view = super::viewport::view_of(&ul);
    if view.scrolled_into {
        return;
    }
    let on_screen = view.on_screen.unwrap_or(0).min(FIRST);
    let cards = |positions: Vec<usize>| -> Vec<web_sys::Element> {
        let ids = positions.into_iter().filter_map(id_of);
        ids.filter_map(|id| ul.query_selector(&format!(":scope > li[data-city=\"{id}\"]")).ok().flatten()).collect()
    };
    super::viewport::render_in_this_frame(
        cards(on_screen_now(wanted, off, on_screen)),
        cards(margin_now(wanted, off, on_screen)),
    );
}

/// A flag per card: whether it is left out.
#[cfg(target_arch = "wasm32")]
type Flags = std::sync::Arc<[leptos::prelude::RwSignal<bool>]>;
/// The cards still to show, shared by the effect and the frames that show them.
#[cfg(target_arch = "wasm32")]
type Later = std::rc::Rc<std::cell::RefCell<Pending>>;

#[cfg(target_arch = "wasm32")]
#[derive(Default)]
struct Pending {
    /// Positions still to show, the top first.
    cards: Vec<usize>,
    /// Frames are asked for them.
    asked: bool,
    /// A change came since the last frame's batch.
    changed: bool,
}

/// One batch, then the next frame's, until none is left or the page is gone (its flags
/// disposed).
#[cfg(target_arch = "wasm32")]
fn show_later(off: Flags, later: Later) {
    use leptos::prelude::*;
    let mut state = later.borrow_mut();
    if std::mem::take(&mut state.changed) {
        drop(state);
        request_animation_frame(move || show_later(off, later));
        return;
    }
    let n = state.cards.len().min(BATCH);
    let batch: Vec<usize> = state.cards.drain(..n).collect();
    // `try_set` hands the value back when the signal is gone.
    let gone = batch.into_iter().any(|at| off.get(at).is_some_and(|f| f.try_set(false).is_some()));
    state.asked = !gone && !state.cards.is_empty();
    if state.asked {
        drop(state);
        request_animation_frame(move || show_later(off, later));
    }
}

#[cfg(test)]
mod tests;
