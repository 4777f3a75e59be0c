//! Fetches a dataset file with `gloo-net`, reads it and keeps its sound records, a task each.

use std::time::Duration;

use gloo_net::http::Request;
use leptos::prelude::set_timeout_with_handle;
use leptos::web_sys::AbortController;

use leptos::web_sys::js_sys;

use crate::browser::{perf, schedule};
use crate::data::date::PartialDate;
use crate::data::parse::{read, sound, Sound};
use crate::data::{LoadError, SavedAt, SAVED_HEADER};

/// How long the whole request (answer and body) may take before it is given up, so that a
/// server that never answers ends in a message with a retry rather than a page that waits
/// forever. Generous for a few MB on a slow phone connection.
pub const TIMEOUT: Duration = Duration::from_secs(10);

/// A loaded dataset and, when it came from the offline copy, when that was saved.
pub struct Fetched {
    pub sound: Sound,
    pub saved: Option<SavedAt>,
}

/// Loads the dataset at `url` and keeps its sound records (see `parse::parse_sound`).
pub async fn load_dataset(url: &str) -> Result<Fetched, LoadError> {
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
        let saved = response.headers().get(SAVED_HEADER).as_deref().and_then(local_time);
        Ok((response.text().await.map_err(failed)?, saved))
    }
    .await;
    if let Some(timer) = timer {
        timer.clear();
    }
    let file = url.rsplit('/').next().unwrap_or(url);
    let (text, saved) = result?;
    perf::mark("data");
    // Reading and validating are one task each (on a slow phone, each is a long one), so input
    // that comes meanwhile is answered between them.
    let data = read(file, &text)?;
    perf::mark("model");
    drop(text);
    schedule::yield_now().await;
    let sound = sound(file, data)?;
    perf::mark("parsed");
    Ok(Fetched { sound, saved })
}

/// An ISO 8601 time (`2026-11-23T07:05:00.000Z`) on the reader's clock.
fn local_time(iso: &str) -> Option<SavedAt> {
    let d = js_sys::Date::new(&leptos::wasm_bindgen::JsValue::from_str(iso));
    if d.get_time().is_nan() {
        return None;
    }
    let date =
        PartialDate::parse(&format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())).ok()?;
    Some(SavedAt { date, hour: d.get_hours(), minute: d.get_minutes() })
}
