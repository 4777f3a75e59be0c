//! The award timeline: every award of every city in time order, grouped by year.

use crate::data::{Award, Dataset};
use crate::util::sort::{sort_by_key, sort_dedup};

/// Filters of the timeline; they live in the URL.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AwardFilter {
    /// An organisation id, or [`UNKNOWN_GIVER`] for awards whose giver the source does not name.
    pub giver: Option<String>,
    pub year: Option<i32>,
}

/// The giver filter value for awards whose source names no giver.
pub const UNKNOWN_GIVER: &str = "tidak-disebut";

#[derive(Debug, Clone, PartialEq)]
pub struct YearGroup<'a> {
    pub year: i32,
    /// Oldest first within the year; a date known only to the year comes first.
    pub awards: Vec<&'a Award>,
}

fn giver_key(a: &Award) -> &str {
    a.giver.as_deref().unwrap_or(UNKNOWN_GIVER)
}

/// Awards matching `filter`, grouped by year, oldest year first.
pub fn timeline<'a>(data: &'a Dataset, filter: &AwardFilter) -> Vec<YearGroup<'a>> {
    let mut awards: Vec<(i32, &Award)> = data
        .awards
        .iter()
        .filter(|a| filter.giver.as_deref().is_none_or(|g| g == giver_key(a)))
        .filter_map(|a| Some((a.date.date()?.year, a)))
        .filter(|(y, _)| filter.year.is_none_or(|f| f == *y))
        .collect();
    sort_by_key(&mut awards, |(_, a)| a.date.date());
    let mut groups: Vec<YearGroup> = Vec::new();
    for (year, award) in awards {
        match groups.last_mut() {
            Some(g) if g.year == year => g.awards.push(award),
            _ => groups.push(YearGroup { year, awards: vec![award] }),
        }
    }
    groups
}

/// The givers to offer in the filter: organisation ids in order of first appearance, and
/// [`UNKNOWN_GIVER`] last when some award has none.
pub fn givers(data: &Dataset) -> Vec<String> {
    let mut list: Vec<String> = Vec::new();
    for a in &data.awards {
        let key = giver_key(a).to_string();
        if !list.contains(&key) {
            list.push(key);
        }
    }
    sort_by_key(&mut list, |g| g == UNKNOWN_GIVER);
    list
}

/// Years with at least one award, oldest first.
pub fn years(data: &Dataset) -> Vec<i32> {
    let mut list: Vec<i32> = data.awards.iter().filter_map(|a| Some(a.date.date()?.year)).collect();
    sort_dedup(&mut list);
    list
}
