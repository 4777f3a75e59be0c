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

/// What kind of document a source is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// A news article (print or online).
    News,
    /// An official document or report (an office's annual report, a decree).
    Document,
    /// A post on social media.
    Social,
    Other,
}

/// A document that facts are read from: a web article, a report, a post.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// E.g. `003_d68335274871dd0c` (the bundled seeds are named by it).
    pub id: String,
    pub kind: SourceKind,
    /// Where the source can be read; only `http:` and `https:` are accepted (and linked).
    #[serde(default)]
    pub url: Option<String>,
    /// The publisher as the source names it; absent when it does not say.
    #[serde(default)]
    pub publisher: Option<String>,
    #[serde(default)]
    pub publisher_note: Option<String>,
    #[serde(default)]
    pub headline: Option<String>,
    #[serde(default)]
    pub dateline: Option<String>,
    #[serde(default)]
    pub published: Option<DateFact>,
    /// When the web page was read (`YYYY-MM-DD`): pages change.
    #[serde(default)]
    pub retrieved: Option<String>,
    /// The file name of a local text copy, where the quote check can find every quote.
    #[serde(default)]
    pub local_copy: Option<String>,
    #[serde(default)]
    pub notes: Vec<Note>,
}

/// A body that gives, supports or receives awards: a council, a ministry, a city government.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub short: Option<String>,
    /// The city whose government this is (Pemerintah Kota Blitar), if it is one.
    #[serde(default)]
    pub city: Option<String>,
    #[serde(default)]
    pub notes: Vec<Note>,
}

impl Organisation {
    pub fn display_name(&self) -> &str {
        self.short.as_deref().unwrap_or(&self.name)
    }
}

/// One reported number with the sentence it was read from: quoted when the source is ours to
/// quote (the seed articles), located on a page we do not own.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// Signed so that a negative count can be reported as a data problem, not a parse failure.
    pub value: i64,
    /// "sekitar 160": shown as approximate, never as exact.
    #[serde(default)]
    pub approximate: bool,
    /// The sentence, word for word; empty when the figure has a `locator` instead.
    #[serde(default)]
    pub quote: String,
    #[serde(default)]
    pub locator: Option<Locator>,
}

/// A sentence on a page we do not own, found by its first and last words instead of copied:
/// the app links to the page with that sentence highlighted (a URL text fragment), and says in
/// our own words what it states.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Locator {
    /// The sentence's first words (at most five), as the page writes them.
    pub start: String,
    /// Its last words (at most five); empty when `start` is all of it.
    #[serde(default)]
    pub end: String,
    /// What the sentence states, in our own words.
    pub says: String,
}

/// A remark on a record, with the sentence it rests on.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub text: String,
    #[serde(default)]
    pub quote: Option<String>,
    /// The source the quote is from, when not the record's own (required for a quote on a
    /// record that has no source: a city, a person, an organisation).
    #[serde(default)]
    pub source: Option<String>,
}
