use leptos::prelude::*;

use crate::long_list::progress::Progress;

/// Present while a list is still growing: the takeover waits for it to go (see `takeover`),
/// so the static page, which has every item, stays until the live one does too.
#[component]
pub fn StillBuilding(progress: Progress) -> impl IntoView {
    move || (!progress.complete()).then(|| view! { <span hidden data-pending=""></span> })
}
