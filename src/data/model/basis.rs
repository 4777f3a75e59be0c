use serde::Deserialize;

/// The register behind an observation's counts. "Active" means listed in the ministry's Online
/// Data System, registered in OSS, counted by BPS, kept in the office's own register, or having
/// held the annual members' meeting (RAT): figures from two registers are not comparable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The ministry's Online Data System (ODS).
    Ods,
    /// The licensing system (OSS).
    Oss,
    /// Statistics Indonesia (BPS).
    Bps,
    /// The local office's own register.
    Office,
    /// Cooperatives that held their annual members' meeting (RAT).
    Rat,
    /// The source does not say (and what a file without `basis` means).
    #[default]
    Unspecified,
}

impl Basis {
    /// The value as the file writes it (and the downloads, for programs).
    pub fn key(self) -> &'static str {
        match self {
            Self::Ods => "ods",
            Self::Oss => "oss",
            Self::Bps => "bps",
            Self::Office => "office",
            Self::Rat => "rat",
            Self::Unspecified => "unspecified",
        }
    }
}
