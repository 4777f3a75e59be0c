//! Observations: the counts (and health results) a source reports for one area on one date.
//! The cities' are in `observations`; the provinces' and the country's in `totals` (same
//! record, another list), so that no view of a city ever reads a province's figure.

use serde::Deserialize;

use super::evidence::{DateFact, Figure, Labels, Locator, Note};
use super::shares::{Share, SharePart};
use super::Basis;

/// The counts a source reports for a city (or, in `totals`, a province or the country) on one
/// date. A figure the source does not give is `null`: "tidak dilaporkan", never zero.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Observation {
    pub id: String,
    /// The city (empty for a total, which names its province or the country instead).
    #[serde(default)]
    pub city: String,
    /// A total's province, by its official name ("Jawa Timur").
    #[serde(default)]
    pub province: Option<String>,
    /// A total for all Indonesia.
    #[serde(default)]
    pub national: bool,
    /// A subset of the city's cooperatives (e.g. Kopontren); `None` means all of them.
    #[serde(default)]
    pub scope: Option<Labels>,
    /// What the counts include that is usually apart (the Koperasi Desa/Kelurahan Merah Putih
    /// formed from mid-2025): said beside them.
    #[serde(default)]
    pub includes: Option<Labels>,
    pub source: String,
    pub as_of: DateFact,
    /// The register the counts come from: "active" means something else in each.
    #[serde(default)]
    pub basis: Basis,
    pub total: Option<Figure>,
    pub active: Option<Figure>,
    pub inactive: Option<Figure>,
    pub dissolving: Option<Figure>,
    /// Percentages given instead of counts, never turned into counts.
    #[serde(default)]
    pub shares: Vec<Share>,
    #[serde(default)]
    pub health: Option<HealthBreakdown>,
    #[serde(default)]
    pub notes: Vec<Note>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HealthBreakdown {
    pub scale: String,
    /// How many koperasi were assessed, when the report covers only part of them; the
    /// categories then add up to at most this, and the rest of the total was not assessed.
    #[serde(default)]
    pub assessed: Option<Figure>,
    #[serde(default)]
    pub counts: Vec<HealthCount>,
    /// Percentages by category (each share names its `category`), where the report gives
    /// no counts.
    #[serde(default)]
    pub shares: Vec<Share>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HealthCount {
    pub category: String,
    pub value: i64,
    #[serde(default)]
    pub approximate: bool,
    /// As a figure's: the sentence, or a `locator` to it.
    #[serde(default)]
    pub quote: String,
    #[serde(default)]
    pub locator: Option<Locator>,
}

/// Where an observation counts: a city, a whole province, or the country.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Area<'a> {
    City(&'a str),
    /// By its official name ("Jawa Timur").
    Province(&'a str),
    National,
}

impl Observation {
    /// The area, or `None` for a record that names none or several (a validation problem).
    pub fn area(&self) -> Option<Area<'_>> {
        match (self.city.as_str(), self.province.as_deref(), self.national) {
            (city, None, false) if !city.is_empty() => Some(Area::City(city)),
            ("", Some(p), false) => Some(Area::Province(p)),
            ("", None, true) => Some(Area::National),
            _ => None,
        }
    }

    /// The counts by name, as the file names them, in their order.
    pub fn counts(&self) -> [(&'static str, &Option<Figure>); 4] {
        [
            ("total", &self.total),
            ("active", &self.active),
            ("inactive", &self.inactive),
            ("dissolving", &self.dissolving),
        ]
    }

    /// The share given in place of the count `part`.
    pub fn share(&self, part: SharePart) -> Option<&Share> {
        self.shares.iter().find(|s| s.part == Some(part))
    }
}

impl HealthBreakdown {
    /// Whether the report names no category, in counts or in shares.
    pub fn is_empty(&self) -> bool {
        self.counts.is_empty() && self.shares.is_empty()
    }
}
