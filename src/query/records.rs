//! Per-city look-ups: observations in time order, the latest one, the leader, the awards.

use crate::data::date::PartialDate;
use crate::data::{Activity, Award, Dataset, Observation, Person, Role, Source};
use crate::sort::sort_by_key;

/// The city's observations of all its cooperatives (no `scope`), oldest first.
pub fn observations<'a>(data: &'a Dataset, city: &str) -> Vec<&'a Observation> {
    let mut list: Vec<&Observation> =
        data.observations.iter().filter(|o| o.city == city && o.scope.is_none()).collect();
    sort_by_key(&mut list, |o| o.as_of.date());
    list
}

/// Observations of a subset (e.g. Kopontren), oldest first.
pub fn scoped_observations<'a>(data: &'a Dataset, city: &str) -> Vec<&'a Observation> {
    let mut list: Vec<&Observation> =
        data.observations.iter().filter(|o| o.city == city && o.scope.is_some()).collect();
    sort_by_key(&mut list, |o| o.as_of.date());
    list
}

/// The most recent observation of all the city's cooperatives.
pub fn latest_observation<'a>(data: &'a Dataset, city: &str) -> Option<&'a Observation> {
    observations(data, city).pop()
}

/// Share of active cooperatives, from the latest observation that reports both the total and
/// the active count. Returns the share in 0..=1 and the observation it rests on.
pub fn active_share<'a>(data: &'a Dataset, city: &str) -> Option<(f64, &'a Observation)> {
    observations(data, city).into_iter().rev().find_map(|o| {
        let (total, active) = (o.total.as_ref()?, o.active.as_ref()?);
        (total.value > 0).then(|| (active.value as f64 / total.value as f64, o))
    })
}

/// The leader role most recently reported for the city, with its holder.
pub fn leader<'a>(data: &'a Dataset, city: &str) -> Option<(&'a Person, &'a Role)> {
    data.people
        .iter()
        .flat_map(|p| p.roles.iter().map(move |r| (p, r)))
        .filter(|(_, r)| r.leader && r.city.as_deref() == Some(city))
        .max_by_key(|(_, r)| r.as_of.date())
}

/// People with a role in the city, each with their latest role there.
pub fn people<'a>(data: &'a Dataset, city: &str) -> Vec<(&'a Person, &'a Role)> {
    data.people
        .iter()
        .filter_map(|p| {
            let role = p.roles.iter().filter(|r| r.city.as_deref() == Some(city)).max_by_key(|r| r.as_of.date())?;
            Some((p, role))
        })
        .collect()
}

/// The city's awards, newest first.
pub fn awards<'a>(data: &'a Dataset, city: &str) -> Vec<&'a Award> {
    let mut list: Vec<&Award> = data.awards.iter().filter(|a| a.city == city).collect();
    sort_by_key(&mut list, |a| std::cmp::Reverse(award_date(a)));
    list
}

pub fn latest_award<'a>(data: &'a Dataset, city: &str) -> Option<&'a Award> {
    awards(data, city).into_iter().next()
}

pub fn award_date(a: &Award) -> Option<PartialDate> {
    a.date.date()
}

/// The city's trainings, programmes and events: dated ones newest first, undated ones after.
pub fn activities<'a>(data: &'a Dataset, city: &str) -> Vec<&'a Activity> {
    let mut list: Vec<&Activity> = data.activities.iter().filter(|a| a.city == city).collect();
    sort_by_key(&mut list, |a| std::cmp::Reverse(a.start.as_ref().and_then(|d| d.date())));
    list
}

/// Every source that any of the city's records cite, in dataset order.
pub fn sources_of<'a>(data: &'a Dataset, city: &str) -> Vec<&'a Source> {
    let mut cited: Vec<&str> = Vec::new();
    cited.extend(data.observations.iter().filter(|o| o.city == city).map(|o| o.source.as_str()));
    cited.extend(data.awards.iter().filter(|a| a.city == city).map(|a| a.source.as_str()));
    cited.extend(data.activities.iter().filter(|a| a.city == city).map(|a| a.source.as_str()));
    for p in &data.people {
        cited.extend(p.roles.iter().filter(|r| r.city.as_deref() == Some(city)).map(|r| r.source.as_str()));
    }
    data.sources.iter().filter(|s| cited.contains(&s.id.as_str())).collect()
}
