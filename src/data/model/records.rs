//! The records: cities, people and their roles, awards, activities, and the health scales
//! observations are graded on (the observations are in `observation`).

use serde::Deserialize;

use super::evidence::{DateFact, Figure, Labels, Locator, Note};

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
