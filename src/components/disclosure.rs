use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

use crate::state::Printing;

/// A value that opens onto its evidence: the visible text, a small "i" marker, a hidden word
/// for screen readers ("Lihat sumber"), and the body.
///
/// A page written at build time has a native `<details>`: it opens with keyboard and screen
/// readers without any script. The app draws the same box with a `<button aria-expanded>`
/// (the disclosure pattern): a closed `<details>` holds a content slot that the browser keeps
/// skipped, and with thousands of them in the page every frame that added or moved a card paid
/// for their style (see docs/PERF.md).
///
/// In the browser the body is built when the box is first opened (or the page is printed; a
/// city page, whose brief is printed, builds it at once), not before: a page of 514 city cards
/// holds thousands of closed boxes, and building them all was most of its cost. The price:
/// once the app has taken over, the browser's find in page finds the figures but no longer the
/// sentences of closed boxes. A page written at build time has every body (readers without
/// scripts, the first moments of every visit); the takeover reopens what the reader opened
/// there.
#[component]
pub fn Disclosure(
    /// The value as shown.
    #[prop(into)]
    text: String,
    /// What opening it shows, for screen readers ("Lihat sumber").
    hint: &'static str,
    /// The body repeats one shown just before (the same sentence for several figures): print
    /// says "as above" instead of repeating it.
    #[prop(optional)]
    repeat: bool,
    /// Build the body now, not when opened: a page meant to be printed (Firefox prints before
    /// any update that `beforeprint` asks for can run).
    #[prop(optional)]
    eager: bool,
    children: ChildrenFn,
) -> impl IntoView {
    let same =
        repeat.then(|| view! { <span class="same-note">"("{crate::state::use_strings().same_as_above}")"</span> });
    let class = if repeat { "cited cited-repeat" } else { "cited" };
    let printing = use_context::<Printing>();
    let opened = RwSignal::new(eager || cfg!(not(target_arch = "wasm32")));
    // Built once and kept: a box opened before printing is not built again.
    let built = Memo::new(move |before: Option<&bool>| {
        before.copied().unwrap_or(false) || opened.get() || printing.is_some_and(|p| p.0.get())
    });
    let body = move || built.get().then(|| view! { <div class="cited-body">{children()}</div> });
    let label = view! {
        <span class="cited-value">{text}</span>
        <span class="cited-mark" aria-hidden="true"></span>
        <span class="visually-hidden">{format!(" ({hint})")}</span>
    };
    if cfg!(target_arch = "wasm32") {
        // Whether the box is open lives in the page, in the button's `aria-expanded` (the
        // stylesheet shows the body from it), not in a signal: a signal and two effects for
        // each of the home page's 2,500 boxes cost 3 MB of wasm memory.
        let toggle = move |ev: leptos::ev::MouseEvent| {
            if opened.try_get_untracked() == Some(false) {
                opened.try_set(true);
            }
            let button = ev.current_target().and_then(|t| t.dyn_into::<leptos::web_sys::Element>().ok());
            if let Some(button) = button {
                let open = button.get_attribute("aria-expanded").as_deref() != Some("true");
                let _ = button.set_attribute("aria-expanded", if open { "true" } else { "false" });
            }
        };
        view! {
            <span class=class>
                <button type="button" class="cited-toggle" aria-expanded="false" on:click=toggle>{label}</button>
                {same}
                {body}
            </span>
        }
        .into_any()
    } else {
        view! {
            <details class=class>
                <summary>{label}</summary>
                {same}
                {body}
            </details>
        }
        .into_any()
    }
}
