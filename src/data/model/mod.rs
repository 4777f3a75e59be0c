//! The dataset as typed Rust: what `public/data/koperasi.json` holds (documented in
//! `docs/DATA.md`). Every fact record names its `source` and carries the verbatim sentences it
//! was read from, so the views can always show where a figure came from.
//!
//! Dates stay strings here and are checked by the validation, so that one bad date is
//! reported with all the other problems instead of stopping the parse.

mod basis;
mod evidence;
pub mod index;
mod observation;
mod records;
mod shares;

pub use basis::Basis;
pub use evidence::*;
pub use observation::*;
pub use records::*;
pub use shares::*;

use serde::Deserialize;

/// The schema version this build reads. Bump it (and document the change in `docs/DATA.md`)
/// when a change to the format would make old files mean something else.
pub const SCHEMA_VERSION: u32 = 2;

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub schema_version: u32,
    pub dataset: DatasetInfo,
    pub health_scales: Vec<HealthScale>,
    pub sources: Vec<Source>,
    #[serde(default)]
    pub organisations: Vec<Organisation>,
    pub cities: Vec<City>,
    #[serde(default)]
    pub people: Vec<Person>,
    #[serde(default)]
    pub observations: Vec<Observation>,
    #[serde(default)]
    pub awards: Vec<Award>,
    #[serde(default)]
    pub activities: Vec<Activity>,
    #[serde(default)]
    pub events: Vec<Event>,
    /// Observations of a whole province or of the country (never a city's).
    #[serde(default)]
    pub totals: Vec<Observation>,
    /// Look-ups, built on the first one (see [`super::index`]).
    #[serde(skip)]
    index: index::IndexCell,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatasetInfo {
    pub title: String,
    pub updated: String,
    /// The dataset's own version ("1.1"), shown in the footer and written into downloads and
    /// citations.
    #[serde(default)]
    pub version: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
    /// A made-up dataset (an example, a test): every page says so in a banner.
    #[serde(default)]
    pub fictional: bool,
}

/// Look-ups by id, from the index (built on the first one).
impl Dataset {
    /// The dataset's index: records by id and each city's records.
    pub fn index(&self) -> &index::Index {
        self.index.get(self)
    }
    /// After changing the records: the next look-up builds the index again.
    pub fn forget_index(&mut self) {
        self.index = index::IndexCell::default();
    }
    pub fn city(&self, id: &str) -> Option<&City> {
        self.index().city(id).and_then(|i| self.cities.get(i))
    }
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.index().source(id).and_then(|i| self.sources.get(i))
    }
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.index().person(id).and_then(|i| self.people.get(i))
    }
    pub fn organisation(&self, id: &str) -> Option<&Organisation> {
        self.index().organisation(id).and_then(|i| self.organisations.get(i))
    }
    pub fn health_scale(&self, id: &str) -> Option<&HealthScale> {
        self.health_scales.iter().find(|s| s.id == id)
    }
    /// How many records the file holds (health scales aside).
    pub fn record_count(&self) -> usize {
        self.sources.len()
            + self.organisations.len()
            + self.cities.len()
            + self.people.len()
            + self.events.len()
            + self.observations.len()
            + self.awards.len()
            + self.activities.len()
            + self.totals.len()
    }
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.index().event(id).and_then(|i| self.events.get(i))
    }
}
