use leptos::prelude::*;

use crate::data::{LoadError, Place};
use crate::i18n::{fill, fill_n, Strings};
use crate::state::use_strings;

/// The dataset could not be shown: what went wrong in words, the details a data editor needs,
/// and a retry button. `role="alert"` so screen readers announce it. (`on_retry` is a
/// `Callback`, not a generic closure: one copy of this component in the wasm, not one per
/// caller.)
#[component]
pub fn LoadErrorAlert(error: LoadError, #[prop(into)] on_retry: Callback<()>) -> impl IntoView {
    let retrying = RwSignal::new(false);
    let t = use_strings();
    let summary = message(t, &error);
    let details: Vec<String> = match &error {
        LoadError::Invalid { problems, .. } => problems.iter().map(ToString::to_string).collect(),
        other => vec![other.to_string()],
    };
    view! {
        <div class="alert" role="alert" data-testid="load-error">
            <h1>{t.error_title}</h1>
            <p>{summary}</p>
            <details class="alert-details">
                <summary>{t.error_details}</summary>
                <ul>{details.into_iter().map(|d| view! { <li><code>{d}</code></li> }).collect_view()}</ul>
            </details>
            // Pressed once until the answer comes (this alert is built again if it fails again).
            <button type="button" class="button" aria-disabled=move || retrying.get().then_some("true")
                on:click=move |_| if !retrying.get_untracked() { retrying.set(true); on_retry.run(()) }>
                {move || if retrying.get() { t.loading } else { t.retry }}
            </button>
        </div>
    }
}

/// Where in the file, in words.
fn place(t: &Strings, at: &Place) -> String {
    match at {
        Place::Line { line, column } => {
            fill(t.place_line, &[("line", &line.to_string()), ("column", &column.to_string())])
        }
    }
}

/// The one-sentence explanation of `error` in the interface language.
fn message(t: &Strings, error: &LoadError) -> String {
    match error {
        LoadError::Network { url, .. } => fill(t.error_network, &[("url", url)]),
        LoadError::Timeout { url, seconds } => {
            fill(t.error_timeout, &[("url", url), ("seconds", &seconds.to_string())])
        }
        LoadError::Http { url, status } => fill(t.error_http, &[("url", url), ("status", &status.to_string())]),
        LoadError::NotJson { file, at, .. } => fill(t.error_not_json, &[("file", file), ("at", &place(t, at))]),
        LoadError::Version { file, found, expected } => {
            let template = if found == "1" { t.error_version_old } else { t.error_version };
            fill(template, &[("file", file), ("found", found), ("expected", &expected.to_string())])
        }
        LoadError::Schema { file, at, .. } => fill(t.error_schema, &[("file", file), ("at", &place(t, at))]),
        LoadError::Invalid { file, problems } => {
            fill_n(t.error_invalid, problems.len(), &[("file", file), ("n", &problems.len().to_string())])
        }
    }
}
