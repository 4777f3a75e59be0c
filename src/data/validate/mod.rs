//! Checks a parsed dataset and reports **every** problem at once, each with the record and field
//! it is in, in words a data editor can act on. The build refuses a dataset with any problem; the
//! browser shows the sound records and lists the skipped ones (see [`keep_sound`]).

mod dates;
mod evidence;
mod records;
mod refs;
mod skip;
mod totals;

use std::collections::HashSet;
use std::fmt;

pub use refs::check_url;
pub use skip::{keep_sound, FATAL};

use super::model::*;

/// The largest count a figure may have. Indonesia has about 130,000 koperasi in all, so a city's
/// count above a million is a typing error; the bound also keeps every sum far from overflow.
pub const MAX_COUNT: i64 = 1_000_000;

/// Years a date may fall in: the cooperative movement starts in 1947 (the first Hari Koperasi);
/// anything outside is a typing error.
pub const YEARS: std::ops::RangeInclusive<i32> = 1945..=2100;

/// One problem in the dataset, located by record and field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The list the record is in (`observations`), or `dataset` for the file's header.
    pub collection: &'static str,
    /// The record's position in its list, counted from 0 as in the file.
    pub index: usize,
    /// The record's id as the file gives it.
    pub id: String,
    /// The field path inside the record, e.g. `health.counts[1].category`.
    pub field: String,
    pub message: String,
}

impl Problem {
    /// The record as `observations[5] "mojokerto-2022-07"` (or just `dataset`).
    pub fn record(&self) -> String {
        if self.collection == "dataset" {
            self.collection.into()
        } else {
            format!("{}[{}] \"{}\"", self.collection, self.index, self.id)
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}: {}", self.record(), self.message)
        } else {
            write!(f, "{}, field {}: {}", self.record(), self.field, self.message)
        }
    }
}

/// Where a problem is: the record, before a field is named.
#[derive(Clone)]
pub(super) struct Rec {
    collection: &'static str,
    index: usize,
    id: String,
}

fn rec(collection: &'static str, index: usize, id: &str) -> Rec {
    Rec { collection, index, id: id.into() }
}

/// All problems in `data`; empty when the dataset is sound.
pub fn validate(data: &Dataset) -> Vec<Problem> {
    let mut v = Validator { data, problems: Vec::new() };
    v.ids();
    v.scales();
    let header = rec("dataset", 0, "");
    v.date(&header, "updated", &data.dataset.updated);
    for (i, s) in data.sources.iter().enumerate() {
        v.source(&rec("sources", i, &s.id), s);
    }
    for (i, o) in data.organisations.iter().enumerate() {
        let rec = rec("organisations", i, &o.id);
        if let Some(c) = &o.city {
            v.city_ref(&rec, "city", c);
        }
        v.notes(&rec, &o.notes, None);
    }
    for (i, c) in data.cities.iter().enumerate() {
        let rec = rec("cities", i, &c.id);
        v.city(&rec, c);
        v.notes(&rec, &c.notes, None);
    }
    for (i, s) in data.health_scales.iter().enumerate() {
        v.notes(&rec("health_scales", i, &s.id), &s.notes, None);
    }
    for (i, p) in data.people.iter().enumerate() {
        let rec = rec("people", i, &p.id);
        v.notes(&rec, &p.notes, None);
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
            v.quotes(&rec, &format!("{field}.quotes"), &r.quotes, &r.locators, &r.source);
        }
    }
    for (i, e) in data.events.iter().enumerate() {
        v.event(&rec("events", i, &e.id), e);
    }
    for (i, o) in data.observations.iter().enumerate() {
        v.observation(&rec("observations", i, &o.id), o, false);
    }
    for (i, a) in data.awards.iter().enumerate() {
        v.award(&rec("awards", i, &a.id), a);
    }
    for (i, a) in data.activities.iter().enumerate() {
        v.activity(&rec("activities", i, &a.id), a);
    }
    for (i, t) in data.totals.iter().enumerate() {
        v.observation(&rec("totals", i, &t.id), t, true);
    }
    v.problems
}

struct Validator<'a> {
    data: &'a Dataset,
    problems: Vec<Problem>,
}

/// Ids: lowercase letters and digits, joined by `-` or `_`, at most 80 characters. Safe in a
/// URL path and a file name, and unambiguous to type.
pub fn valid_id(id: &str) -> bool {
    let bytes = id.as_bytes();
    (1..=80).contains(&bytes.len())
        && bytes.iter().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-' || *b == b'_')
        && bytes.first().is_some_and(u8::is_ascii_alphanumeric)
        && bytes.last().is_some_and(u8::is_ascii_alphanumeric)
}

impl Validator<'_> {
    pub(super) fn push(&mut self, rec: &Rec, field: &str, message: String) {
        self.problems.push(Problem {
            collection: rec.collection,
            index: rec.index,
            id: rec.id.clone(),
            field: field.into(),
            message,
        });
    }

    fn ids(&mut self) {
        let d = self.data;
        self.unique("health_scales", d.health_scales.iter().map(|x| x.id.as_str()));
        self.unique("sources", d.sources.iter().map(|x| x.id.as_str()));
        self.unique("organisations", d.organisations.iter().map(|x| x.id.as_str()));
        self.unique("cities", d.cities.iter().map(|x| x.id.as_str()));
        self.unique("people", d.people.iter().map(|x| x.id.as_str()));
        self.unique("events", d.events.iter().map(|x| x.id.as_str()));
        self.unique("observations", d.observations.iter().map(|x| x.id.as_str()));
        self.unique("awards", d.awards.iter().map(|x| x.id.as_str()));
        self.unique("activities", d.activities.iter().map(|x| x.id.as_str()));
        self.unique("totals", d.totals.iter().map(|x| x.id.as_str()));
    }

    fn unique<'i>(&mut self, collection: &'static str, ids: impl Iterator<Item = &'i str>) {
        let mut seen = HashSet::new();
        for (i, id) in ids.enumerate() {
            let r = rec(collection, i, id);
            if !valid_id(id) {
                self.push(&r, "id", id_message(id));
            } else if !seen.insert(id) {
                self.push(&r, "id", format!("duplicate id \"{id}\": another record in {collection} already uses it"));
            }
        }
    }

    fn scales(&mut self) {
        for (i, s) in self.data.health_scales.iter().enumerate() {
            let rec = rec("health_scales", i, &s.id);
            if s.categories.is_empty() {
                self.push(&rec, "categories", "a health scale needs at least one category".into());
            }
            let mut seen = HashSet::new();
            for (j, c) in s.categories.iter().enumerate() {
                if !valid_id(&c.id) {
                    self.push(&rec, &format!("categories[{j}].id"), id_message(&c.id));
                } else if !seen.insert(c.id.as_str()) {
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

    /// Notes: a note's own source must exist, and a quote needs a source (the note's own, or
    /// `record_source`, the record's).
    pub(super) fn notes(&mut self, rec: &Rec, notes: &[Note], record_source: Option<&str>) {
        for (i, n) in notes.iter().enumerate() {
            if let Some(s) = &n.source {
                self.source_ref(rec, &format!("notes[{i}].source"), s);
            } else if n.quote.is_some() && record_source.is_none() {
                self.push(rec, &format!("notes[{i}].source"), "a quote needs its source: add \"source\"".into());
            }
        }
    }
}

fn id_message(id: &str) -> String {
    format!(
        "id \"{id}\" is not allowed: use 1–80 lowercase letters (a–z) and digits, joined by - or _ \
         (e.g. kota-blitar, 003_d68335274871dd0c)"
    )
}
