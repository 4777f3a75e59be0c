use leptos::prelude::*;

/// A value that opens onto its evidence: the visible text, a small "i" marker, a hidden word
/// for screen readers ("Lihat sumber"), and the body. A native `<details>`, so it works with
/// keyboard, screen readers and print without any script of ours.
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
    children: Children,
) -> impl IntoView {
    let same =
        repeat.then(|| view! { <span class="same-note">"("{crate::state::use_strings().same_as_above}")"</span> });
    view! {
        <details class=if repeat { "cited cited-repeat" } else { "cited" }>
            <summary>
                <span class="cited-value">{text}</span>
                <span class="cited-mark" aria-hidden="true"></span>
                <span class="visually-hidden">" ("{hint}")"</span>
            </summary>
            {same}
            <div class="cited-body">{children()}</div>
        </details>
    }
}
