//! The dataset: its typed model, date handling, parsing and validation, and (in the browser)
//! loading it over HTTP. No Leptos here.

pub mod date;
pub mod error;
#[cfg(target_arch = "wasm32")]
pub mod load;
pub mod model;
pub mod parse;
pub mod quotes;
pub mod regions;
pub mod validate;

pub use error::{LoadError, Place};
pub use model::*;
pub use parse::{parse_checked, parse_dataset, parse_sound, Sound};
pub use validate::Problem;

#[cfg(test)]
mod date_tests;
#[cfg(test)]
mod tests;
