use leptos::prelude::*;

use crate::state::use_strings;

/// Shown while the dataset loads: a status message and card-shaped placeholders, so the page
/// is never blank and does not jump when the cards arrive.
#[component]
pub fn Loading() -> impl IntoView {
    let t = use_strings();
    view! {
        <div class="loading" role="status" data-testid="loading">
            <p>{t.loading}</p>
            <div class="card-grid" aria-hidden="true">
                <div class="skeleton-card"></div>
                <div class="skeleton-card"></div>
                <div class="skeleton-card"></div>
            </div>
        </div>
    }
}
