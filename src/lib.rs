//! Koperasi Kota: sourced facts about the cooperatives of Indonesian cities.
//!
//! The modules in layers, bottom first. A file uses files of its own layer and of the layers
//! below, never one above, and no two files import each other, directly or round a loop
//! (`make lint` checks this table: `scripts/layers.py`). docs/ARCHITECTURE.md says more.
//!
//! | layer | modules | may use |
//! |---|---|---|
//! | 0 pure | `util` `data` `i18n` `chart` `query` `url` `share` | std, serde; no Leptos, no browser API |
//! | 1 browser plumbing | `browser` `nav` `state` `loading` `long_list` | the above, Leptos, web-sys |
//! | 2 views | `components` `pages` | the above |
//! | 3 shell | `shell` `lib` | everything |
//!
//! The same components render twice: at build time into static pages (`shell::StaticApp`, by
//! the `prerender` crate), and in the browser (`shell::App`), which replaces the static page
//! once it has rendered the data it loaded (`shell::takeover`).

#![recursion_limit = "256"]

pub mod browser;
pub mod chart;
pub mod components;
pub mod data;
pub mod i18n;
pub mod loading;
pub mod long_list;
pub mod nav;
pub mod pages;
pub mod query;
pub mod share;
pub mod shell;
pub mod state;
pub mod url;
pub mod util;
