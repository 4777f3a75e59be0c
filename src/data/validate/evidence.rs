//! Evidence checks: every figure and record rests on sentences of its source, quoted word for
//! word (a source that is ours to quote) or located on the page by their first and last words
//! (another's page, which the dataset does not copy).

use super::{Rec, Validator};
use crate::data::Locator;

/// The most words a locator's start or end may have: enough to find the sentence, too few to
/// copy it.
pub const LOCATOR_WORDS: usize = 5;

impl Validator<'_> {
    /// A figure's evidence: a quote or a locator, not both, and not neither.
    pub(super) fn evidence(&mut self, rec: &Rec, field: &str, quote: &str, locator: Option<&Locator>, source: &str) {
        match (quote.trim().is_empty(), locator) {
            (true, None) => self.push(
                rec,
                &format!("{field}.quote"),
                "no quote and no locator: add the sentence the figure was read from, or a locator to it".into(),
            ),
            (false, Some(_)) => self.push(
                rec,
                &format!("{field}.locator"),
                "a quote and a locator: quote a source that is ours to quote, locate a sentence on another's page"
                    .into(),
            ),
            (true, Some(l)) => self.locator(rec, &format!("{field}.locator"), l, source),
            (false, None) => {}
        }
    }

    /// A record's evidence: at least one quote or locator, none of them empty.
    pub(super) fn quotes(&mut self, rec: &Rec, field: &str, quotes: &[String], locators: &[Locator], source: &str) {
        if quotes.is_empty() && locators.is_empty() {
            self.push(
                rec,
                field,
                "no quote: add the sentence(s) from the source this record was read from, or locators to them".into(),
            );
        }
        for (i, q) in quotes.iter().enumerate() {
            if q.trim().is_empty() {
                self.push(rec, &format!("{field}[{i}]"), "empty quote".into());
            }
        }
        // Beside the quotes: `quotes` → `locators`, `roles[0].quotes` → `roles[0].locators`.
        let prefix = field.strip_suffix("quotes").unwrap_or("");
        for (i, l) in locators.iter().enumerate() {
            self.locator(rec, &format!("{prefix}locators[{i}]"), l, source);
        }
    }

    /// A locator has a start of at most [`LOCATOR_WORDS`] words, an end of as many, a line in
    /// our own words, and a source with an address to link to.
    fn locator(&mut self, rec: &Rec, field: &str, l: &Locator, source: &str) {
        for (part, text) in [("start", &l.start), ("end", &l.end)] {
            let words = text.split_whitespace().count();
            if words > LOCATOR_WORDS {
                self.push(
                    rec,
                    &format!("{field}.{part}"),
                    format!(
                        "{words} words: a locator names at most {LOCATOR_WORDS} words of the sentence, never copies it"
                    ),
                );
            }
        }
        if l.start.trim().is_empty() {
            self.push(rec, &format!("{field}.start"), "empty: the sentence's first words".into());
        }
        if l.says.trim().is_empty() {
            self.push(rec, &format!("{field}.says"), "empty: what the sentence states, in our own words".into());
        }
        let url = self.data.source(source).and_then(|s| s.url.as_deref());
        if self.data.source(source).is_some() && url.is_none() {
            self.push(rec, field, format!("a locator links to its page: source \"{source}\" needs a \"url\""));
        }
    }
}
