//! Health-status breakdowns: the categories of a scale in their order, with counts, shares and
//! the remainder that no category covers, so that a gap in the source stays visible.

use crate::chart::stack::{stack, Segment};
use crate::data::{Dataset, HealthCategory, Labels, Locator, Observation};

/// What a part of a breakdown that is not a category stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rest {
    /// The source says neither how many were assessed nor what the rest is.
    Unknown,
    /// Assessed, but the source gives no category for them.
    Uncategorised,
    /// Not assessed (the source says how many were).
    NotAssessed,
}

/// One part of a breakdown: a category of the scale, or a remainder.
#[derive(Debug, Clone, PartialEq)]
pub struct Part<'a> {
    /// `None` for a remainder that falls in no category; `rest` says which.
    pub category: Option<&'a HealthCategory>,
    pub rest: Rest,
    pub count: i64,
    pub approximate: bool,
    pub quote: Option<&'a str>,
    /// Where a category's count, or the figure a remainder is worked out from, is located.
    pub locator: Option<&'a Locator>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Breakdown<'a> {
    pub observation: &'a Observation,
    pub scale_labels: &'a Labels,
    /// The total the parts are shares of: the reported total, or the sum when none is reported.
    pub total: i64,
    pub total_reported: bool,
    pub parts: Vec<Part<'a>>,
    /// Geometry of a 100% stacked bar, one segment per part, same order.
    pub segments: Vec<Segment>,
}

impl Breakdown<'_> {
    /// The count that no category covers (0 when the categories add up).
    pub fn unassessed(&self) -> i64 {
        self.parts.iter().filter(|p| p.category.is_none()).map(|p| p.count).sum()
    }
}

/// The breakdown of `o`, in the scale's category order, with a remainder part when the
/// categories sum to less than the total. Categories the source does not mention are left out.
/// A report in percentages only has none: its shares are never turned into counts.
pub fn breakdown<'a>(data: &'a Dataset, o: &'a Observation) -> Option<Breakdown<'a>> {
    let health = o.health.as_ref().filter(|h| !h.counts.is_empty())?;
    let scale = data.health_scale(&health.scale)?;
    let mut parts: Vec<Part> = scale
        .categories
        .iter()
        .filter_map(|cat| {
            let c = health.counts.iter().find(|c| c.category == cat.id)?;
            Some(Part {
                category: Some(cat),
                rest: Rest::Unknown,
                count: c.value,
                approximate: c.approximate,
                quote: Some(&c.quote),
                locator: c.locator.as_ref(),
            })
        })
        .collect();
    let sum: i64 = parts.iter().map(|p| p.count).sum();
    // A remainder worked out from an approximate figure is approximate too.
    let sum_approximate = parts.iter().any(|p| p.approximate);
    let (total, total_reported, total_approximate) = match &o.total {
        Some(t) => (t.value, true, t.approximate),
        None => (sum, false, sum_approximate),
    };
    let rest =
        |rest, count, approximate, (quote, locator)| Part { category: None, rest, count, approximate, quote, locator };
    let total_quote = o.total.as_ref().map(|t| (Some(t.quote.as_str()), t.locator.as_ref())).unwrap_or((None, None));
    match &health.assessed {
        Some(a) => {
            if a.value > sum {
                let approximate = a.approximate || sum_approximate;
                parts.push(rest(
                    Rest::Uncategorised,
                    a.value - sum,
                    approximate,
                    (Some(a.quote.as_str()), a.locator.as_ref()),
                ));
            }
            if total > a.value {
                let approximate = total_approximate || a.approximate;
                parts.push(rest(Rest::NotAssessed, total - a.value, approximate, total_quote));
            }
        }
        None if total > sum => {
            parts.push(rest(Rest::Unknown, total - sum, total_approximate || sum_approximate, total_quote))
        }
        None => {}
    }
    let counts: Vec<u64> = parts.iter().map(|p| p.count.max(0) as u64).collect();
    let segments = stack(&counts);
    Some(Breakdown { observation: o, scale_labels: &scale.labels, total, total_reported, parts, segments })
}

/// The latest breakdown of each city that has one, in the dataset's city order.
pub fn latest_breakdowns(data: &Dataset) -> Vec<Breakdown<'_>> {
    data.cities.iter().filter_map(|c| latest_breakdown(data, &c.id)).collect()
}

pub fn latest_breakdown<'a>(data: &'a Dataset, city: &str) -> Option<Breakdown<'a>> {
    super::records::observations(data, city).into_iter().rev().find_map(|o| breakdown(data, o))
}

/// The city's latest health report, in counts or in percentages.
pub fn latest_health<'a>(data: &'a Dataset, city: &str) -> Option<&'a Observation> {
    super::records::observations(data, city)
        .into_iter()
        .rev()
        .find(|o| o.health.as_ref().is_some_and(|h| !h.is_empty()))
}
