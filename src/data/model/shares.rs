//! Shares: a percentage a source gives instead of a count ("75 persen sehat" of about 600).
//! Kept as the source gives it and never turned into a count: the count it would stand for
//! depends on a total that is often approximate, and the source did not state it.

use serde::Deserialize;

use super::evidence::Locator;

/// Which of an observation's counts a share stands in for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SharePart {
    Active,
    Inactive,
    Dissolving,
}

impl SharePart {
    /// The field the share stands in for, as the file writes it.
    pub fn key(self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::Dissolving => "dissolving",
        }
    }
}

/// A percentage in place of a count: of the observation's total, in place of one of its counts
/// (`part`), or of the assessed koperasi in one health category (`category`). One type for
/// both, since each type the file holds costs the app its own parser.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Share {
    /// An observation's share: the count it stands in for.
    #[serde(default)]
    pub part: Option<SharePart>,
    /// A health share: the category of the observation's scale.
    #[serde(default)]
    pub category: Option<String>,
    /// 0 to 100, as the source writes it (`12.4` for "12,4 persen").
    pub percent: f64,
    #[serde(default)]
    pub approximate: bool,
    #[serde(default)]
    pub quote: String,
    #[serde(default)]
    pub locator: Option<Locator>,
}
