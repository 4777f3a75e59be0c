//! Every way loading the dataset can fail, each precise enough to act on. The page shows these
//! (headline through `i18n`, details as given here); nothing here panics.

use std::fmt;

use super::validate::Problem;

/// Where in the file a parse problem is: its line and column (serde_json's, in the build and
/// in the browser).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    Line { line: usize, column: usize },
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Line { line, column } => write!(f, "line {line}, column {column}"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LoadError {
    /// The request never got an answer: offline, DNS, CORS, or the server is down.
    #[error("could not reach {url}: {detail}")]
    Network { url: String, detail: String },
    /// No complete answer within the time limit (a server that hangs).
    #[error("{url} did not answer within {seconds} s")]
    Timeout { url: String, seconds: u64 },
    /// The server answered with an error status (404 when the file is missing).
    #[error("{url} answered HTTP {status}")]
    Http { url: String, status: u16 },
    /// The file is not JSON at all (often an HTML error page served with status 200).
    #[error("{file} is not valid JSON ({at}): {detail}")]
    NotJson { file: String, at: Place, detail: String },
    /// The file is for another schema version than this build reads.
    #[error("{file} has schema_version {found}, this app reads version {expected}")]
    Version { file: String, found: String, expected: u32 },
    /// The JSON does not have the shape of the schema (missing field, wrong type, typo).
    #[error("{file} does not match the schema ({at}): {detail}")]
    Schema { file: String, at: Place, detail: String },
    /// The JSON has the right shape but its content is inconsistent.
    #[error("{file} has {} problem(s): {}", problems.len(), problems.first().map(|p| p.to_string()).unwrap_or_default())]
    Invalid { file: String, problems: Vec<Problem> },
}
