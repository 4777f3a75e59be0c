//! Sources that disagree: two observations of one city at about the same time that give
//! different counts. Both are kept and shown with their sources; neither is chosen.

use crate::data::date::days_apart;
use crate::data::{Dataset, Observation};

/// How far apart two observations' dates may be and still be about the same time (Kabupaten
/// Pasuruan 2019: two articles two days apart).
pub const SAME_TIME_DAYS: i64 = 31;

/// Two observations that disagree, and the counts on which they do.
#[derive(Debug, Clone, PartialEq)]
pub struct Disagreement<'a> {
    pub first: &'a Observation,
    pub second: &'a Observation,
    /// `total`, `active`, `inactive`, `dissolving`: the counts both give, exactly, and differently.
    pub fields: Vec<&'static str>,
}

/// Whether `a` and `b` disagree: one city, the same scope and register, dates at most
/// [`SAME_TIME_DAYS`] apart (in the same year, when one is known only to the year), other
/// sources, and a count both give exactly that differs (an approximate figure is not held
/// against an exact one).
pub fn disagreement<'a>(a: &'a Observation, b: &'a Observation) -> Option<Disagreement<'a>> {
    if a.city != b.city || a.source == b.source || a.scope != b.scope || a.basis != b.basis {
        return None;
    }
    let (Some(x), Some(y)) = (a.as_of.date(), b.as_of.date()) else { return None };
    // "2022" and "2023" can stand for 31 December and 1 January, but a figure for 2022 and one
    // for 2023 are two years' figures, not two readings of one: a year must be the same year.
    let a_year_only = x.month.is_none() || y.month.is_none();
    if days_apart(&x, &y) > SAME_TIME_DAYS || (a_year_only && x.year != y.year) {
        return None;
    }
    let fields: Vec<&'static str> = a
        .counts()
        .into_iter()
        .zip(b.counts())
        .filter_map(|((name, f), (_, g))| match (f, g) {
            (Some(f), Some(g)) if !f.approximate && !g.approximate && f.value != g.value => Some(name),
            _ => None,
        })
        .collect();
    (!fields.is_empty()).then_some(Disagreement { first: a, second: b, fields })
}

/// Every disagreeing pair among `observations`, each once, in their order.
pub fn among<'a>(observations: &[&'a Observation]) -> Vec<Disagreement<'a>> {
    let mut pairs = Vec::new();
    for (i, a) in observations.iter().enumerate() {
        pairs.extend(observations[i + 1..].iter().filter_map(|b| disagreement(a, b)));
    }
    pairs
}

/// A city's disagreeing pairs.
pub fn of_city<'a>(data: &'a Dataset, city: &str) -> Vec<Disagreement<'a>> {
    among(&super::records::observations(data, city))
}

/// Every disagreeing pair in the dataset, city by city (for `make check-data`'s notices).
pub fn all(data: &Dataset) -> Vec<Disagreement<'_>> {
    data.cities.iter().flat_map(|c| of_city(data, &c.id)).collect()
}

#[cfg(test)]
mod tests;
