//! Pure questions over a validated dataset: what the views show, computed without Leptos so that
//! every rule (what "latest" means, how filters match, how shares are computed) is tested.

pub mod awards;
pub mod cities;
pub mod coverage;
pub mod disagree;
pub mod health;
pub mod records;
pub mod split;
pub mod status;
pub mod totals;

#[cfg(test)]
pub(crate) mod tests;
