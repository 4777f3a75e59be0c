//! Fetches the dataset with `gloo-net`. Only compiled for the browser.

use std::time::Duration;

use gloo_net::http::Request;
use leptos::prelude::set_timeout_with_handle;
use leptos::web_sys::AbortController;

use super::error::LoadError;
use super::parse::{parse_sound, Sound};

/// Where the bundled dataset lives, relative to the app's root.
pub const DEFAULT_DATA_URL: &str = "data/koperasi.json";

/// How long the whole request (answer and body) may take before it is given up, so that a
/// server that never answers ends in a message with a retry rather than a page that waits
/// forever. Generous for a few MB on a slow phone connection.
pub const TIMEOUT: Duration = Duration::from_secs(10);

/// Loads the dataset at `url` and keeps its sound records (see `parse_sound`).
pub async fn load_dataset(url: &str) -> Result<Sound, LoadError> {
    let controller = AbortController::new().ok();
    let timer = controller.clone().and_then(|c| set_timeout_with_handle(move || c.abort(), TIMEOUT).ok());
    let timed_out = || controller.as_ref().is_some_and(|c| c.signal().aborted());
    let failed = |e: gloo_net::Error| {
        if timed_out() {
            LoadError::Timeout { url: url.into(), seconds: TIMEOUT.as_secs() }
        } else {
            LoadError::Network { url: url.into(), detail: e.to_string() }
        }
    };
    let signal = controller.as_ref().map(AbortController::signal);
    let result = async {
        let response = Request::get(url).abort_signal(signal.as_ref()).send().await.map_err(failed)?;
        if !response.ok() {
            return Err(LoadError::Http { url: url.into(), status: response.status() });
        }
        response.text().await.map_err(failed)
    }
    .await;
    if let Some(timer) = timer {
        timer.clear();
    }
    let file = url.rsplit('/').next().unwrap_or(url);
    parse_sound(file, &result?)
}
