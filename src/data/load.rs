//! Fetches the dataset with `gloo-net`. Only compiled for the browser.

use gloo_net::http::Request;

use super::error::LoadError;
use super::model::Dataset;
use super::parse::parse_dataset;

/// Where the bundled dataset lives, relative to the page so that the app works under any
/// sub-path of a static server.
pub const DEFAULT_DATA_URL: &str = "data/koperasi.json";

/// Loads and validates the dataset at `url`.
pub async fn load_dataset(url: &str) -> Result<Dataset, LoadError> {
    let network = |e: gloo_net::Error| LoadError::Network { url: url.into(), detail: e.to_string() };
    let response = Request::get(url).send().await.map_err(network)?;
    if !response.ok() {
        return Err(LoadError::Http { url: url.into(), status: response.status() });
    }
    let text = response.text().await.map_err(network)?;
    let file = url.rsplit('/').next().unwrap_or(url);
    parse_dataset(file, &text)
}
