//! Record checks: references, counts that are not negative and do not exceed their total,
//! health categories that exist in their scale, quotes that are there.

use std::collections::HashSet;

use super::Validator;
use crate::data::{Activity, Award, Figure, HealthBreakdown, Observation};

impl Validator<'_> {
    /// A count is never negative and always carries the sentence it was read from.
    fn count(&mut self, rec: &str, field: &str, value: i64, quote: &str) {
        if value < 0 {
            self.push(rec, &format!("{field}.value"), format!("negative count {value}: counts cannot be below zero"));
        }
        if quote.trim().is_empty() {
            self.push(rec, &format!("{field}.quote"), "empty quote: add the sentence the figure was read from".into());
        }
    }

    /// Checks a figure; returns its value when it is exact (approximate ones are not summed).
    fn figure(&mut self, rec: &str, field: &str, f: &Option<Figure>) -> Option<i64> {
        let f = f.as_ref()?;
        self.count(rec, field, f.value, &f.quote);
        (!f.approximate).then_some(f.value)
    }

    pub(super) fn observation(&mut self, rec: &str, o: &Observation) {
        self.city_ref(rec, "city", &o.city);
        self.source_ref(rec, "source", &o.source);
        self.date_fact(rec, "as_of", &o.as_of);
        let total = self.figure(rec, "total", &o.total);
        let parts = [
            self.figure(rec, "active", &o.active),
            self.figure(rec, "inactive", &o.inactive),
            self.figure(rec, "dissolving", &o.dissolving),
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
        if let Some(h) = &o.health {
            self.health(rec, h, total);
        }
    }

    fn health(&mut self, rec: &str, h: &HealthBreakdown, total: Option<i64>) {
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
            self.count(rec, &field, c.value, &c.quote);
            sum += c.value.max(0);
        }
        if let Some(t) = total {
            if sum > t {
                self.push(rec, "health.counts", format!("the categories add up to {sum}, more than the total {t}"));
            }
        }
    }

    pub(super) fn award(&mut self, rec: &str, a: &Award) {
        self.city_ref(rec, "city", &a.city);
        self.source_ref(rec, "source", &a.source);
        if let Some(g) = &a.giver {
            self.org_ref(rec, "giver", g);
        }
        for (i, s) in a.supporters.iter().enumerate() {
            self.org_ref(rec, &format!("supporters[{i}]"), s);
        }
        self.person_ref(rec, "recipient", &a.recipient);
        for (field, p) in [("received_by", &a.received_by), ("handed_by", &a.handed_by)] {
            if let Some(p) = p {
                self.person_ref(rec, field, p);
            }
        }
        self.date_fact(rec, "date", &a.date);
        self.quotes(rec, "quotes", &a.quotes);
    }

    pub(super) fn activity(&mut self, rec: &str, a: &Activity) {
        self.city_ref(rec, "city", &a.city);
        self.source_ref(rec, "source", &a.source);
        let start = a.start.as_ref().and_then(|d| self.date_fact(rec, "start", d));
        let end = a.end.as_ref().and_then(|d| self.date_fact(rec, "end", d));
        if let (Some(s), Some(e)) = (start, end) {
            if e.latest_day() < s.earliest_day() {
                self.push(rec, "end", format!("the end ({e}) is before the start ({s})"));
            }
        }
        self.figure(rec, "participants", &a.participants);
        for (i, p) in a.people.iter().enumerate() {
            self.person_ref(rec, &format!("people[{i}].person"), &p.person);
        }
        self.quotes(rec, "quotes", &a.quotes);
    }
}
