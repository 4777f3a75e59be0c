//! Record checks: references, counts within bounds that do not exceed their total, health
//! categories that exist in their scale, quotes that are there.

use std::collections::HashSet;

use super::{Rec, Validator, MAX_COUNT};
use crate::data::date::{days_apart, PartialDate};
use crate::data::{Activity, Award, Event, Figure, HealthBreakdown, Locator, Observation, Party};

impl Validator<'_> {
    /// A count is between 0 and [`MAX_COUNT`] and always carries the sentence it was read from.
    fn count(&mut self, rec: &Rec, field: &str, value: i64, evidence: (&str, Option<&Locator>), source: &str) {
        if value < 0 {
            self.push(rec, &format!("{field}.value"), format!("negative count {value}: counts cannot be below zero"));
        } else if value > MAX_COUNT {
            self.push(
                rec,
                &format!("{field}.value"),
                format!("{value} is more than {MAX_COUNT}, more koperasi than any city has: check the number"),
            );
        }
        self.evidence(rec, field, evidence.0, evidence.1, source);
    }

    /// Checks a figure; returns its value when it is exact (approximate ones are not summed),
    /// clamped to the bounds so that sums of bad figures cannot overflow.
    pub(super) fn figure(&mut self, rec: &Rec, field: &str, f: &Option<Figure>, source: &str) -> Option<i64> {
        let f = f.as_ref()?;
        self.count(rec, field, f.value, (&f.quote, f.locator.as_ref()), source);
        (!f.approximate).then_some(f.value.clamp(0, MAX_COUNT))
    }

    /// An observation of a city, or (`is_total`) of a province or the country.
    pub(super) fn observation(&mut self, rec: &Rec, o: &Observation, is_total: bool) {
        self.area(rec, o, is_total);
        self.source_ref(rec, "source", &o.source);
        self.date_fact(rec, "as_of", &o.as_of);
        let total = self.figure(rec, "total", &o.total, &o.source);
        let parts = [
            self.figure(rec, "active", &o.active, &o.source),
            self.figure(rec, "inactive", &o.inactive, &o.source),
            self.figure(rec, "dissolving", &o.dissolving, &o.source),
        ];
        let sum: i64 = parts.iter().flatten().sum();
        if let Some(t) = total {
            if sum > t {
                self.push(
                    rec,
                    "active/inactive/dissolving",
                    format!("the parts add up to {sum}, more than the total {t}"),
                );
            }
        }
        let given: Vec<&str> = o.counts().into_iter().filter(|(_, f)| f.is_some()).map(|(k, _)| k).collect();
        self.shares(rec, &o.shares, &given, &o.source);
        if let Some(h) = &o.health {
            self.health(rec, h, total, &o.source);
        }
        self.notes(rec, &o.notes, Some(&o.source));
    }

    fn health(&mut self, rec: &Rec, h: &HealthBreakdown, total: Option<i64>, source: &str) {
        let assessed = self.figure(rec, "health.assessed", &h.assessed, source);
        if let (Some(a), Some(t)) = (assessed, total) {
            if a > t {
                self.push(rec, "health.assessed.value", format!("{a} assessed is more than the total {t}"));
            }
        }
        let categories: Vec<&str> = match self.data.health_scale(&h.scale) {
            Some(s) => s.categories.iter().map(|c| c.id.as_str()).collect(),
            None => {
                self.push(
                    rec,
                    "health.scale",
                    format!("unknown health scale \"{}\": add it to health_scales or fix the id", h.scale),
                );
                return;
            }
        };
        let mut seen = HashSet::new();
        let mut sum = 0;
        for (i, c) in h.counts.iter().enumerate() {
            let field = format!("health.counts[{i}]");
            if !categories.contains(&c.category.as_str()) {
                self.push(
                    rec,
                    &format!("{field}.category"),
                    format!(
                        "unknown health category \"{}\" for scale \"{}\" (known: {})",
                        c.category,
                        h.scale,
                        categories.join(", ")
                    ),
                );
            }
            if !seen.insert(c.category.as_str()) {
                self.push(rec, &format!("{field}.category"), format!("category \"{}\" is counted twice", c.category));
            }
            self.count(rec, &field, c.value, (&c.quote, c.locator.as_ref()), source);
            sum += c.value.clamp(0, MAX_COUNT);
        }
        match (assessed, total) {
            (Some(a), _) if sum > a => {
                self.push(rec, "health.counts", format!("the categories add up to {sum}, more than the {a} assessed"))
            }
            (None, Some(t)) if sum > t => {
                self.push(rec, "health.counts", format!("the categories add up to {sum}, more than the total {t}"))
            }
            _ => {}
        }
        let counted: Vec<&str> = h.counts.iter().map(|c| c.category.as_str()).collect();
        self.health_shares(rec, h, &categories, &counted, source);
    }

    pub(super) fn award(&mut self, rec: &Rec, a: &Award) {
        self.city_ref(rec, "city", &a.city);
        self.source_ref(rec, "source", &a.source);
        if let Some(g) = &a.giver {
            self.org_ref(rec, "giver", g);
        }
        for (i, s) in a.supporters.iter().enumerate() {
            self.org_ref(rec, &format!("supporters[{i}]"), s);
        }
        if let Some(e) = &a.event {
            self.event_ref(rec, "event", e);
        }
        self.party_ref(rec, "recipient", &a.recipient);
        if matches!(a.recipient, Party::Organisation(_)) && a.recipient_role.is_some() {
            self.push(
                rec,
                "recipient_role",
                "an office is held by a person, and the recipient is an organisation".into(),
            );
        }
        for (field, p) in [("received_by", &a.received_by), ("handed_by", &a.handed_by)] {
            if let Some(p) = p {
                self.party_ref(rec, field, p);
            }
        }
        let date = self.date_fact(rec, "date", &a.date);
        let event = a.event.as_ref().and_then(|id| self.data.events.iter().find(|e| &e.id == id));
        let event_date = event.and_then(|e| PartialDate::parse(&e.date.value).ok());
        if let (Some(date), Some(event), Some(on)) = (date, event, event_date) {
            if days_apart(&date, &on) > MAX_DAYS_FROM_EVENT {
                self.push(
                    rec,
                    "date",
                    format!(
                        "{date} is more than a month from the date of its event \"{}\" ({on}): the wrong event, or the wrong date",
                        event.id
                    ),
                );
            }
        }
        self.quotes(rec, "quotes", &a.quotes, &a.locators, &a.source);
        self.notes(rec, &a.notes, Some(&a.source));
    }

    pub(super) fn event(&mut self, rec: &Rec, e: &Event) {
        self.source_ref(rec, "source", &e.source);
        if let Some(o) = &e.organiser {
            self.org_ref(rec, "organiser", o);
        }
        self.date_fact(rec, "date", &e.date);
        self.quotes(rec, "quotes", &e.quotes, &e.locators, &e.source);
        self.notes(rec, &e.notes, Some(&e.source));
    }

    pub(super) fn activity(&mut self, rec: &Rec, a: &Activity) {
        self.city_ref(rec, "city", &a.city);
        self.source_ref(rec, "source", &a.source);
        let start = a.start.as_ref().and_then(|d| self.date_fact(rec, "start", d));
        let end = a.end.as_ref().and_then(|d| self.date_fact(rec, "end", d));
        if let (Some(s), Some(e)) = (start, end) {
            if e.latest_day() < s.earliest_day() {
                self.push(rec, "end", format!("the end ({e}) is before the start ({s})"));
            }
        }
        if a.duration_days.is_some_and(|d| d > 3660) {
            self.push(rec, "duration_days", "more than ten years: check the number".into());
        }
        self.figure(rec, "participants", &a.participants, &a.source);
        for (i, p) in a.people.iter().enumerate() {
            self.person_ref(rec, &format!("people[{i}].person"), &p.person);
        }
        self.quotes(rec, "quotes", &a.quotes, &a.locators, &a.source);
        self.notes(rec, &a.notes, Some(&a.source));
    }
}

/// How far an award's date may lie from its event's: a ceremony reported a few days late, or a
/// date known to the month.
const MAX_DAYS_FROM_EVENT: i64 = 31;
