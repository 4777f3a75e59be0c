//! User Timing marks at the app's milestones (`koperasi-kota:data` when the dataset's text has
//! arrived, `koperasi-kota:model` once it is read into the model, `koperasi-kota:parsed` once
//! it is validated too, `koperasi-kota:live` when the app has replaced the static page,
//! `koperasi-kota:warm` once the code of a city page is warm, see `warm`): what `make bench`
//! reads, and what anyone sees in the browser's performance panel. A mark costs microseconds; a
//! failure to write one is ignored.

/// Marks `koperasi-kota:<name>` now.
pub fn mark(name: &str) {
    if let Some(performance) = leptos::web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(&format!("koperasi-kota:{name}"));
    }
}
