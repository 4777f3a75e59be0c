//! The records: cities, people and their roles, observations (counts and health), awards,
//! activities, and the health scales they are graded on.

use serde::Deserialize;

use super::evidence::{DateFact, Figure, Labels, Locator, Note};
use super::shares::Share;
use super::Basis;

/// One way of grading cooperative health, e.g. the Ministry's four categories or an older scale
/// with *Kurang Sehat*. Categories are listed best first; that order is the order of the bars.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HealthScale {
    pub id: String,
    pub labels: Labels,
    pub categories: Vec<HealthCategory>,
    #[serde(default)]
    pub notes: Vec<Note>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HealthCategory {
    pub id: String,
    pub labels: Labels,
    /// Palette slot 1 (best) to 5 (worst); the CSS gives each slot a colour and a pattern.
    pub tone: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CityKind {
    Kota,
    Kabupaten,
}

impl CityKind {
    /// The value as the file writes it (and the downloads, for programs).
    pub fn key(self) -> &'static str {
        match self {
            Self::Kota => "kota",
            Self::Kabupaten => "kabupaten",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct City {
    pub id: String,
    /// The kode wilayah (Kemendagri), e.g. `35.72`: checked against the official list, and the
    /// key other datasets (Satu Data, BPS) join on.
    pub code: String,
    /// The official name with its prefix, "Kota Blitar" or "Kabupaten Malang".
    pub name: String,
    pub kind: CityKind,
    /// Administrative geography, not a reported figure, so it carries no source; must be the
    /// province the official list puts the code in.
    pub province: String,
    #[serde(default)]
    pub notes: Vec<Note>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: String,
    /// `null` when the source names only the office ("Wali Kota Probolinggo").
    pub name: Option<String>,
    #[serde(default)]
    pub name_note: Option<String>,
    #[serde(default)]
    pub also_known_as: Option<String>,
    pub roles: Vec<Role>,
    #[serde(default)]
    pub notes: Vec<Note>,
}

/// An office a person held on a date, as a source reports it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub title: String,
    #[serde(default)]
    pub city: Option<String>,
    /// The head of the city government (wali kota, Plt, Pj, bupati).
    #[serde(default)]
    pub leader: bool,
    #[serde(default)]
    pub note: Option<String>,
    pub as_of: DateFact,
    pub source: String,
    /// The sentences, word for word (our own sources), and locators to them (another's page):
    /// at least one of either.
    #[serde(default)]
    pub quotes: Vec<String>,
    #[serde(default)]
    pub locators: Vec<Locator>,
}

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

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Award {
    pub id: String,
    pub city: String,
    /// Absent when the source does not name the award.
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub title_note: Option<String>,
    /// An organisation id; absent when the source does not say who gave it.
    #[serde(default)]
    pub giver: Option<String>,
    #[serde(default)]
    pub supporters: Vec<String>,
    /// The ceremony it was handed out at, when several awards share it (an event id).
    #[serde(default)]
    pub event: Option<String>,
    #[serde(default)]
    pub occasion: Option<String>,
    pub date: DateFact,
    pub recipient: Party,
    /// The office the recipient held ("Wali Kota Blitar"); absent for an organisation.
    #[serde(default)]
    pub recipient_role: Option<String>,
    /// Who received the award on the recipient's behalf.
    #[serde(default)]
    pub received_by: Option<Party>,
    #[serde(default)]
    pub handed_by: Option<Party>,
    #[serde(default)]
    pub place: Option<String>,
    #[serde(default)]
    pub reason: Option<String>,
    pub source: String,
    /// The sentences, word for word (our own sources), and locators to them (another's page):
    /// at least one of either.
    #[serde(default)]
    pub quotes: Vec<String>,
    #[serde(default)]
    pub locators: Vec<Locator>,
    #[serde(default)]
    pub notes: Vec<Note>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActivityKind {
    Training,
    Programme,
    Event,
}

/// A training, programme or event the city ran or reported.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Activity {
    pub id: String,
    pub city: String,
    pub kind: ActivityKind,
    pub title: String,
    pub start: Option<DateFact>,
    pub end: Option<DateFact>,
    #[serde(default)]
    pub date_note: Option<String>,
    #[serde(default)]
    pub duration_days: Option<u32>,
    pub participants: Option<Figure>,
    #[serde(default)]
    pub participants_note: Option<String>,
    #[serde(default)]
    pub topics: Vec<String>,
    pub place: Option<String>,
    #[serde(default)]
    pub people: Vec<Participation>,
    pub source: String,
    /// The sentences, word for word (our own sources), and locators to them (another's page):
    /// at least one of either.
    #[serde(default)]
    pub quotes: Vec<String>,
    #[serde(default)]
    pub locators: Vec<Locator>,
    #[serde(default)]
    pub notes: Vec<Note>,
}

/// A person or an organisation (a city government, a ministry) as the source names them.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase", deny_unknown_fields)]
pub enum Party {
    /// A person id: `{ "person": "santoso" }`.
    Person(String),
    /// An organisation id: `{ "organisation": "pemkot-blitar" }`.
    Organisation(String),
}

/// A ceremony or occasion shared by several awards (one Hari Koperasi, many cities).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    pub title: String,
    pub date: DateFact,
    #[serde(default)]
    pub place: Option<String>,
    /// The organisation that held it.
    #[serde(default)]
    pub organiser: Option<String>,
    pub source: String,
    /// The sentences, word for word (our own sources), and locators to them (another's page):
    /// at least one of either.
    #[serde(default)]
    pub quotes: Vec<String>,
    #[serde(default)]
    pub locators: Vec<Locator>,
    #[serde(default)]
    pub notes: Vec<Note>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participation {
    pub person: String,
    pub part: String,
}
