//! Checks a parsed dataset and reports **every** problem at once, each with the record and field
//! it is in, in words a data editor can act on. The app refuses a dataset with problems rather
//! than show figures it cannot vouch for.

mod dates;
mod records;

use std::collections::HashSet;
use std::fmt;

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
    pub(super) fn push(&mut self, record: &str, field: &str, message: String) {
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
    pub(super) fn city_ref(&mut self, rec: &str, field: &str, id: &str) {
        self.known(rec, field, id, "city", self.data.cities.iter().map(|c| c.id.as_str()));
    }
    pub(super) fn source_ref(&mut self, rec: &str, field: &str, id: &str) {
        self.known(rec, field, id, "source", self.data.sources.iter().map(|c| c.id.as_str()));
    }
    pub(super) fn person_ref(&mut self, rec: &str, field: &str, id: &str) {
        self.known(rec, field, id, "person", self.data.people.iter().map(|c| c.id.as_str()));
    }
    pub(super) fn org_ref(&mut self, rec: &str, field: &str, id: &str) {
        self.known(rec, field, id, "organisation", self.data.organisations.iter().map(|c| c.id.as_str()));
    }

    pub(super) fn quotes(&mut self, rec: &str, field: &str, quotes: &[String]) {
        if quotes.is_empty() {
            self.push(rec, field, "no quote: add the sentence(s) from the source this record was read from".into());
        }
        for (i, q) in quotes.iter().enumerate() {
            if q.trim().is_empty() {
                self.push(rec, &format!("{field}[{i}]"), "empty quote".into());
            }
        }
    }
}
