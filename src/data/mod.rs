//! The dataset: its typed model and the look-ups over it, date handling, parsing and
//! validation. Pure: no Leptos, no browser API (loading it over HTTP is `loading`'s).

pub mod date;
pub mod error;
pub mod model;
pub mod parse;
pub mod quotes;
pub mod regions;
pub mod validate;

pub use error::{LoadError, Place};
pub use model::*;
pub use parse::{parse_checked, parse_dataset, parse_sound, Sound};
pub use validate::Problem;

/// Where the bundled dataset lives, relative to the app's root.
pub const DEFAULT_DATA_URL: &str = "data/koperasi.json";

/// When the offline copy on screen was saved, in the reader's local time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedAt {
    pub date: date::PartialDate,
    pub hour: u32,
    pub minute: u32,
}

/// The response header the offline copy (the build's `sw.js`) adds to what it serves from its
/// store when the network fails: when the copy was saved (ISO 8601). The app tells the reader.
pub const SAVED_HEADER: &str = "x-koperasi-kota-saved";

#[cfg(test)]
mod tests;
