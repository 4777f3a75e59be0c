//! The evidence behind every fact: sources, dated facts, figures with their sentence, notes,
//! and labels in the interface languages.

use serde::Deserialize;

use crate::data::date::PartialDate;

/// A text in the interface languages; Indonesian is required, others fall back to it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Labels {
    pub id: String,
    #[serde(default)]
    pub en: Option<String>,
}

/// A date as the source gives it, with how it was derived.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateFact {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the form says how precisely the date is known.
    pub value: String,
    /// The weekday the source names (Indonesian), checked against the date.
    #[serde(default)]
    pub weekday: Option<String>,
    /// Bounds for a date known only roughly ("on or after 12 July 2024").
    #[serde(default)]
    pub not_before: Option<String>,
    #[serde(default)]
    pub not_after: Option<String>,
    /// How the date was read or computed from the text.
    #[serde(default)]
    pub derivation: Option<String>,
    #[serde(default)]
    pub quote: Option<String>,
}

impl DateFact {
    /// The parsed date; `None` only for a dataset that failed validation.
    pub fn date(&self) -> Option<PartialDate> {
        PartialDate::parse(&self.value).ok()
    }
    pub fn not_before_date(&self) -> Option<PartialDate> {
        self.not_before.as_deref().and_then(|d| PartialDate::parse(d).ok())
    }
    pub fn not_after_date(&self) -> Option<PartialDate> {
        self.not_after.as_deref().and_then(|d| PartialDate::parse(d).ok())
    }
}

/// A news article (or another document) that facts are read from.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The seed file name without `.txt`, e.g. `003_d68335274871dd0c`.
    pub id: String,
    /// The publisher as the text names it; `null` when the text does not say.
    pub publisher: Option<String>,
    #[serde(default)]
    pub publisher_note: Option<String>,
    pub headline: Option<String>,
    #[serde(default)]
    pub dateline: Option<String>,
    pub published: Option<DateFact>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub short: Option<String>,
}

impl Organisation {
    pub fn display_name(&self) -> &str {
        self.short.as_deref().unwrap_or(&self.name)
    }
}

/// One reported number with the sentence it was read from.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// Signed so that a negative count can be reported as a data problem, not a parse failure.
    pub value: i64,
    /// "sekitar 160": shown as approximate, never as exact.
    #[serde(default)]
    pub approximate: bool,
    pub quote: String,
}

/// A remark on a record, with the sentence it rests on.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub text: String,
    #[serde(default)]
    pub quote: Option<String>,
}
