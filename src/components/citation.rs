use leptos::prelude::*;

use crate::i18n::fill;
use crate::nav::Nav;
use crate::state::{use_data, use_strings, use_url};

/// "Kutip": a ready citation of the view on screen — its title, the dataset's version and date,
/// and its absolute address.
#[component]
pub fn Citation(
    title: Memo<String>,
    /// The dataset's date, as the interface writes dates.
    updated: String,
) -> impl IntoView {
    let t = use_strings();
    let data = use_data();
    let version = data.dataset.version.clone().unwrap_or_else(|| data.dataset.updated.clone());
    let root = expect_context::<Nav>().root.get_value();
    let url = use_url();
    let text = move || {
        let address = format!("{root}{}", url.with(|u| u.citable()));
        title.with(|title| {
            fill(t.cite_text, &[("title", title), ("version", &version), ("date", &updated), ("url", &address)])
        })
    };
    view! {
        <details class="citation" data-testid="citation">
            <summary>{t.cite_label}</summary>
            <p>{text}</p>
        </details>
    }
}
