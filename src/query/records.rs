//! Per-city look-ups: observations in time order, the latest one, the leader, the awards.

use crate::data::{Activity, Award, Dataset, Observation, Person, Role, Source};

/// The city's observations of all its cooperatives (no `scope`), oldest first.
pub fn observations<'a>(data: &'a Dataset, city: &str) -> Vec<&'a Observation> {
    data.index().records(city).observations.iter().map(|&i| &data.observations[i]).collect()
}

/// Observations of a subset (e.g. Kopontren), oldest first.
pub fn scoped_observations<'a>(data: &'a Dataset, city: &str) -> Vec<&'a Observation> {
    data.index().records(city).scoped.iter().map(|&i| &data.observations[i]).collect()
}

/// The most recent observation of all the city's cooperatives.
pub fn latest_observation<'a>(data: &'a Dataset, city: &str) -> Option<&'a Observation> {
    data.index().records(city).observations.last().map(|&i| &data.observations[i])
}

/// Share of active cooperatives, from the latest observation that reports both the total and
/// the active count. Returns the share in 0..=1 and the observation it rests on.
pub fn active_share<'a>(data: &'a Dataset, city: &str) -> Option<(f64, &'a Observation)> {
    active_share_at(data, city).map(|(share, i)| (share, &data.observations[i]))
}

/// [`active_share`] with the observation's position in the dataset.
pub fn active_share_at(data: &Dataset, city: &str) -> Option<(f64, usize)> {
    data.index().records(city).observations.iter().rev().find_map(|&i| {
        let o = &data.observations[i];
        let (total, active) = (o.total.as_ref()?, o.active.as_ref()?);
        (total.value > 0).then(|| (active.value as f64 / total.value as f64, i))
    })
}

/// The leader role most recently reported for the city, with its holder.
pub fn leader<'a>(data: &'a Dataset, city: &str) -> Option<(&'a Person, &'a Role)> {
    let (p, r) = data.index().records(city).leader?;
    let person = &data.people[p];
    Some((person, &person.roles[r]))
}

/// People with a role in the city, each with their latest role there.
pub fn people<'a>(data: &'a Dataset, city: &str) -> Vec<(&'a Person, &'a Role)> {
    let roles = &data.index().records(city).people;
    roles.iter().map(|&(p, r)| (&data.people[p], &data.people[p].roles[r])).collect()
}

/// The city's awards, newest first.
pub fn awards<'a>(data: &'a Dataset, city: &str) -> Vec<&'a Award> {
    data.index().records(city).awards.iter().map(|&i| &data.awards[i]).collect()
}

pub fn latest_award<'a>(data: &'a Dataset, city: &str) -> Option<&'a Award> {
    data.index().records(city).awards.first().map(|&i| &data.awards[i])
}

/// The city's trainings, programmes and events: dated ones newest first, undated ones after.
pub fn activities<'a>(data: &'a Dataset, city: &str) -> Vec<&'a Activity> {
    data.index().records(city).activities.iter().map(|&i| &data.activities[i]).collect()
}

/// Every source that any of the city's records cite, in dataset order.
pub fn sources_of<'a>(data: &'a Dataset, city: &str) -> Vec<&'a Source> {
    data.index().records(city).sources.iter().map(|&i| &data.sources[i]).collect()
}
