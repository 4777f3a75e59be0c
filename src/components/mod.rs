//! Reusable pieces of the interface, one per file. They render what `query` and `chart`
//! computed; none of them fetches or changes data.

mod activity_item;
mod award_item;
mod bar_parts;
mod cited;
mod city_card;
mod city_filters;
mod counts_chart;
mod counts_table;
mod data_notices;
mod date_text;
mod disclosure;
mod fact;
mod footer;
mod header;
mod health_panel;
mod load_error;
mod loading;
mod notes;
mod pattern_defs;
mod source_card;
mod source_line;
mod stacked_bar;

pub use activity_item::ActivityItem;
pub use award_item::AwardItem;
pub use bar_parts::{health_bar, status_bar, status_label};
pub use cited::Cited;
pub use city_card::CityCard;
pub use city_filters::CityFilters;
pub use counts_chart::CountsChart;
pub use counts_table::CountsTable;
pub use data_notices::{DataNotices, ProblemList};
pub use date_text::DateText;
pub use disclosure::Disclosure;
pub use fact::Fact;
pub use footer::Footer;
pub use header::Header;
pub use health_panel::HealthPanel;
pub use load_error::LoadErrorAlert;
pub use loading::Loading;
pub use notes::NoteList;
pub use pattern_defs::PatternDefs;
pub use source_card::SourceCard;
pub use source_line::SourceLine;
pub use stacked_bar::{BarPart, StackedBar};
