//! Checks a parsed dataset and reports **every** problem at once, each with the record and field
//! it is in, in words a data editor can act on. The app refuses a dataset with problems rather
//! than show figures it cannot vouch for.

use std::collections::HashSet;
use std::fmt;

use super::date::{weekday_from_name, PartialDate, WEEKDAYS_ID};
use super::model::*;

/// One problem in the dataset, located by record and field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The record, e.g. `observations[5] "mojokerto-2022-07"`.
    pub record: String,
    /// The field path inside the record, e.g. `health.counts[1].category`.
    pub field: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}: {}", self.record, self.message)
        } else {
            write!(f, "{}, field {}: {}", self.record, self.field, self.message)
        }
    }
}

/// All problems in `data`; empty when the dataset is sound.
pub fn validate(data: &Dataset) -> Vec<Problem> {
    let mut v = Validator { data, problems: Vec::new() };
    v.ids();
    v.scales();
    v.date("dataset", "updated", &data.dataset.updated);
    for (i, s) in data.sources.iter().enumerate() {
        let rec = record("sources", i, &s.id);
        if let Some(p) = &s.published {
            v.date_fact(&rec, "published", p);
        }
    }
    for (i, p) in data.people.iter().enumerate() {
        let rec = record("people", i, &p.id);
        if p.roles.is_empty() {
            v.push(&rec, "roles", "a person needs at least one role with its source".into());
        }
        for (j, r) in p.roles.iter().enumerate() {
            let field = format!("roles[{j}]");
            if let Some(c) = &r.city {
                v.city_ref(&rec, &format!("{field}.city"), c);
            }
            v.source_ref(&rec, &format!("{field}.source"), &r.source);
            v.date_fact(&rec, &format!("{field}.as_of"), &r.as_of);
            v.quotes(&rec, &format!("{field}.quotes"), &r.quotes);
        }
    }
    for (i, o) in data.observations.iter().enumerate() {
        v.observation(&record("observations", i, &o.id), o);
    }
    for (i, a) in data.awards.iter().enumerate() {
        v.award(&record("awards", i, &a.id), a);
    }
    for (i, a) in data.activities.iter().enumerate() {
        v.activity(&record("activities", i, &a.id), a);
    }
    v.problems
}

fn record(collection: &str, index: usize, id: &str) -> String {
    format!("{collection}[{index}] \"{id}\"")
}

struct Validator<'a> {
    data: &'a Dataset,
    problems: Vec<Problem>,
}

impl Validator<'_> {
    fn push(&mut self, record: &str, field: &str, message: String) {
        self.problems.push(Problem { record: record.into(), field: field.into(), message });
    }

    fn ids(&mut self) {
        let d = self.data;
        self.unique("health_scales", d.health_scales.iter().map(|x| x.id.as_str()));
        self.unique("sources", d.sources.iter().map(|x| x.id.as_str()));
        self.unique("organisations", d.organisations.iter().map(|x| x.id.as_str()));
        self.unique("cities", d.cities.iter().map(|x| x.id.as_str()));
        self.unique("people", d.people.iter().map(|x| x.id.as_str()));
        self.unique("observations", d.observations.iter().map(|x| x.id.as_str()));
        self.unique("awards", d.awards.iter().map(|x| x.id.as_str()));
        self.unique("activities", d.activities.iter().map(|x| x.id.as_str()));
    }

    fn unique<'i>(&mut self, collection: &str, ids: impl Iterator<Item = &'i str>) {
        let mut seen = HashSet::new();
        for (i, id) in ids.enumerate() {
            let rec = record(collection, i, id);
            if id.trim().is_empty() {
                self.push(&rec, "id", "the id is empty; give every record a unique id".into());
            } else if !seen.insert(id) {
                self.push(&rec, "id", format!("duplicate id \"{id}\": another record in {collection} already uses it"));
            }
        }
    }

    fn scales(&mut self) {
        for (i, s) in self.data.health_scales.iter().enumerate() {
            let rec = record("health_scales", i, &s.id);
            if s.categories.is_empty() {
                self.push(&rec, "categories", "a health scale needs at least one category".into());
            }
            let mut seen = HashSet::new();
            for (j, c) in s.categories.iter().enumerate() {
                if !seen.insert(c.id.as_str()) {
                    self.push(
                        &rec,
                        &format!("categories[{j}].id"),
                        format!("duplicate category \"{}\" in this scale", c.id),
                    );
                }
                if !(1..=5).contains(&c.tone) {
                    self.push(
                        &rec,
                        &format!("categories[{j}].tone"),
                        format!("tone {} is outside the palette; use 1 (best) to 5 (worst)", c.tone),
                    );
                }
            }
        }
    }

    fn known<'i>(&mut self, rec: &str, field: &str, id: &str, what: &str, mut ids: impl Iterator<Item = &'i str>) {
        if !ids.any(|x| x == id) {
            self.push(rec, field, format!("unknown {what} \"{id}\": add it to the {what} list or fix the id"));
        }
    }
    fn city_ref(&mut self, rec: &str, field: &str, id: &str) {
        self.known(rec, field, id, "city", self.data.cities.iter().map(|c| c.id.as_str()));
    }
    fn source_ref(&mut self, rec: &str, field: &str, id: &str) {
        self.known(rec, field, id, "source", self.data.sources.iter().map(|c| c.id.as_str()));
    }
    fn person_ref(&mut self, rec: &str, field: &str, id: &str) {
        self.known(rec, field, id, "person", self.data.people.iter().map(|c| c.id.as_str()));
    }
    fn org_ref(&mut self, rec: &str, field: &str, id: &str) {
        self.known(rec, field, id, "organisation", self.data.organisations.iter().map(|c| c.id.as_str()));
    }

    fn date(&mut self, rec: &str, field: &str, text: &str) -> Option<PartialDate> {
        match PartialDate::parse(text) {
            Ok(d) => Some(d),
            Err(e) => {
                self.push(rec, field, format!("impossible date: {e}"));
                None
            }
        }
    }

    fn date_fact(&mut self, rec: &str, field: &str, fact: &DateFact) -> Option<PartialDate> {
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

    fn quotes(&mut self, rec: &str, field: &str, quotes: &[String]) {
        if quotes.is_empty() {
            self.push(rec, field, "no quote: add the sentence(s) from the source this record was read from".into());
        }
        for (i, q) in quotes.iter().enumerate() {
            if q.trim().is_empty() {
                self.push(rec, &format!("{field}[{i}]"), "empty quote".into());
            }
        }
    }

    fn figure(&mut self, rec: &str, field: &str, f: &Option<Figure>) -> Option<i64> {
        let f = f.as_ref()?;
        if f.value < 0 {
            self.push(
                rec,
                &format!("{field}.value"),
                format!("negative count {}: counts cannot be below zero", f.value),
            );
        }
        if f.quote.trim().is_empty() {
            self.push(rec, &format!("{field}.quote"), "empty quote: add the sentence the figure was read from".into());
        }
        (!f.approximate).then_some(f.value)
    }

    fn observation(&mut self, rec: &str, o: &Observation) {
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
            if c.value < 0 {
                self.push(
                    rec,
                    &format!("{field}.value"),
                    format!("negative count {}: counts cannot be below zero", c.value),
                );
            }
            if c.quote.trim().is_empty() {
                self.push(rec, &format!("{field}.quote"), "empty quote".into());
            }
            sum += c.value.max(0);
        }
        if let Some(t) = total {
            if sum > t {
                self.push(rec, "health.counts", format!("the categories add up to {sum}, more than the total {t}"));
            }
        }
    }

    fn award(&mut self, rec: &str, a: &Award) {
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

    fn activity(&mut self, rec: &str, a: &Activity) {
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
