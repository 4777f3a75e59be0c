//! The records: cities, people and their roles, observations (counts and health), awards,
//! activities, and the health scales they are graded on.

use serde::Deserialize;

use super::evidence::{DateFact, Figure, Labels, Note};

/// One way of grading cooperative health, e.g. the Ministry's four categories or an older scale
/// with *Kurang Sehat*. Categories are listed best first; that order is the order of the bars.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HealthScale {
    pub id: String,
    pub labels: Labels,
    pub categories: Vec<HealthCategory>,
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

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct City {
    pub id: String,
    pub name: String,
    pub kind: CityKind,
    /// Administrative geography, not a reported figure, so it carries no source.
    pub province: String,
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
    pub quotes: Vec<String>,
}

/// The counts a source reports for a city on one date. A figure the source does not give is
/// `null`: "tidak dilaporkan", never zero.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Observation {
    pub id: String,
    pub city: String,
    /// A subset of the city's cooperatives (e.g. Kopontren); `None` means all of them.
    #[serde(default)]
    pub scope: Option<Labels>,
    pub source: String,
    pub as_of: DateFact,
    pub total: Option<Figure>,
    pub active: Option<Figure>,
    pub inactive: Option<Figure>,
    pub dissolving: Option<Figure>,
    #[serde(default)]
    pub health: Option<HealthBreakdown>,
    #[serde(default)]
    pub notes: Vec<Note>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HealthBreakdown {
    pub scale: String,
    pub counts: Vec<HealthCount>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HealthCount {
    pub category: String,
    pub value: i64,
    #[serde(default)]
    pub approximate: bool,
    pub quote: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Award {
    pub id: String,
    pub city: String,
    /// `null` when the source does not name the award.
    pub title: Option<String>,
    #[serde(default)]
    pub title_note: Option<String>,
    /// An organisation id; `null` when the source does not say who gave it.
    pub giver: Option<String>,
    #[serde(default)]
    pub supporters: Vec<String>,
    pub occasion: Option<String>,
    pub date: DateFact,
    /// A person id.
    pub recipient: String,
    pub recipient_role: String,
    /// A person who received the award on the recipient's behalf.
    pub received_by: Option<String>,
    pub handed_by: Option<String>,
    pub place: Option<String>,
    #[serde(default)]
    pub reason: Option<String>,
    pub source: String,
    pub quotes: Vec<String>,
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
    pub quotes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participation {
    pub person: String,
    pub part: String,
}
