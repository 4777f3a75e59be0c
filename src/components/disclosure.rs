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
    children: Children,
) -> impl IntoView {
    view! {
        <details class="cited">
            <summary>
                <span class="cited-value">{text}</span>
                <span class="cited-mark" aria-hidden="true"></span>
                <span class="visually-hidden">" ("{hint}")"</span>
            </summary>
            <div class="cited-body">{children()}</div>
        </details>
    }
}
