//! Active / inactive / dissolving as parts of a reported total, with the part the source leaves
//! unexplained kept as its own "not reported" part.

use crate::chart::stack::{stack, Segment};
use crate::data::Observation;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Active,
    Inactive,
    Dissolving,
    /// What the total has beyond the reported parts.
    Unreported,
}

impl Status {
    /// Palette slot; `None` is the neutral "not reported" style.
    pub fn tone(self) -> Option<u8> {
        match self {
            Self::Active => Some(1),
            Self::Inactive => Some(4),
            Self::Dissolving => Some(5),
            Self::Unreported => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct StatusPart {
    pub status: Status,
    pub count: i64,
    pub approximate: bool,
    pub segment: Segment,
}

/// The split of `o`'s total, or `None` when there is no total or no part to split it into.
pub fn status_split(o: &Observation) -> Option<Vec<StatusPart>> {
    let total = o.total.as_ref()?;
    let mut parts: Vec<(Status, i64, bool)> =
        [(Status::Active, &o.active), (Status::Inactive, &o.inactive), (Status::Dissolving, &o.dissolving)]
            .into_iter()
            .filter_map(|(s, f)| f.as_ref().map(|f| (s, f.value.max(0), f.approximate)))
            .collect();
    if parts.is_empty() {
        return None;
    }
    let rest = total.value - parts.iter().map(|p| p.1).sum::<i64>();
    // Approximate when anything it is worked out from is.
    let approximate = total.approximate || parts.iter().any(|p| p.2);
    if rest > 0 {
        parts.push((Status::Unreported, rest, approximate));
    }
    let counts: Vec<u64> = parts.iter().map(|p| p.1 as u64).collect();
    Some(
        parts
            .into_iter()
            .zip(stack(&counts))
            .map(|((status, count, approximate), segment)| StatusPart { status, count, approximate, segment })
            .collect(),
    )
}
