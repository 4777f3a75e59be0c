//! Date checks: real calendar dates in a sane range of years, weekdays that match, bounds on the right side.

use super::{Rec, Validator, YEARS};
use crate::data::date::{weekday_from_name, PartialDate, WEEKDAYS_ID};
use crate::data::DateFact;

impl Validator<'_> {
    pub(super) fn date(&mut self, rec: &Rec, field: &str, text: &str) -> Option<PartialDate> {
        match PartialDate::parse(text) {
            Ok(d) if !YEARS.contains(&d.year) => {
                self.push(
                    rec,
                    field,
                    format!("the year {} is outside {}–{}: check the date", d.year, YEARS.start(), YEARS.end()),
                );
                None
            }
            Ok(d) => Some(d),
            Err(e) => {
                self.push(rec, field, format!("impossible date: {e}"));
                None
            }
        }
    }

    pub(super) fn date_fact(&mut self, rec: &Rec, field: &str, fact: &DateFact) -> Option<PartialDate> {
        let date = self.date(rec, &format!("{field}.value"), &fact.value);
        if let (Some(d), Some(name)) = (date, &fact.weekday) {
            match (weekday_from_name(name), d.weekday()) {
                (None, _) => self.push(
                    rec,
                    &format!("{field}.weekday"),
                    format!("\"{name}\" is not an Indonesian weekday (Senin … Minggu)"),
                ),
                (Some(_), None) => {
                    self.push(rec, &format!("{field}.weekday"), "a weekday needs a date known to the day".into())
                }
                (Some(w), Some(actual)) if w != actual => self.push(
                    rec,
                    &format!("{field}.weekday"),
                    format!("{} was a {}, not a {name}", d, WEEKDAYS_ID[actual]),
                ),
                _ => {}
            }
        }
        if let Some(nb) = &fact.not_before {
            if let (Some(b), Some(d)) = (self.date(rec, &format!("{field}.not_before"), nb), date) {
                if b.earliest_day() > d.latest_day() {
                    self.push(rec, &format!("{field}.not_before"), format!("{b} is after the date itself ({d})"));
                }
            }
        }
        if let Some(na) = &fact.not_after {
            if let (Some(a), Some(d)) = (self.date(rec, &format!("{field}.not_after"), na), date) {
                if a.latest_day() < d.earliest_day() {
                    self.push(rec, &format!("{field}.not_after"), format!("{a} is before the date itself ({d})"));
                }
            }
        }
        date
    }
}
