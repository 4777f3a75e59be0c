//! Reusable pieces of the interface, one per file. They render what `query` and `chart`
//! computed; none of them fetches or changes data.

mod bar_parts;
mod cited;
mod city_card;
mod city_filters;
mod footer;
mod header;
mod load_error;
mod loading;
mod pattern_defs;
mod source_line;
mod stacked_bar;

pub use bar_parts::{health_bar, status_bar, status_label};
pub use cited::Cited;
pub use city_card::CityCard;
pub use city_filters::CityFilters;
pub use footer::Footer;
pub use header::Header;
pub use load_error::LoadErrorAlert;
pub use loading::Loading;
pub use pattern_defs::PatternDefs;
pub use source_line::SourceLine;
pub use stacked_bar::{BarPart, StackedBar};
