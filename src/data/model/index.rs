//! Look-ups over a dataset, built once: records by id, and each city's records in the order
//! the views show them. Every query answers from here instead of scanning every record (at 514
//! cities and 5,000 observations a scan per card per keystroke was the app's slowest part).
//!
//! Built on the first look-up and kept in the dataset ([`Dataset::index`]); code that changes a
//! dataset's records after looking something up must call [`Dataset::forget_index`].

use std::sync::OnceLock;

use super::Dataset;
use crate::util::sort::{sort_by, sort_by_key};

/// Positions (in the dataset's lists) of everything about one city.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CityRecords {
    /// Observations of all its cooperatives (no `scope`), oldest first.
    pub observations: Vec<usize>,
    /// Observations of a subset (e.g. Kopontren), oldest first.
    pub scoped: Vec<usize>,
    /// Awards, newest first (undated last).
    pub awards: Vec<usize>,
    /// Activities, dated ones newest first, undated after.
    pub activities: Vec<usize>,
    /// `(person, role)` of each person's latest role in the city, in the people's order.
    pub people: Vec<(usize, usize)>,
    /// `(person, role)` of the latest leader role.
    pub leader: Option<(usize, usize)>,
    /// Sources any of its records cite, in dataset order.
    pub sources: Vec<usize>,
}

impl CityRecords {
    /// Whether anything is recorded about the city: an observation, an award, an activity or
    /// a person (sources only come with those).
    pub fn any(&self) -> bool {
        !(self.observations.is_empty()
            && self.scoped.is_empty()
            && self.awards.is_empty()
            && self.activities.is_empty()
            && self.people.is_empty())
    }
}

/// The index of one dataset.
#[derive(Debug, Default)]
pub struct Index {
    /// `(id, position)` sorted by id, per collection.
    cities: Vec<(String, usize)>,
    sources: Vec<(String, usize)>,
    people: Vec<(String, usize)>,
    organisations: Vec<(String, usize)>,
    events: Vec<(String, usize)>,
    /// Aligned with `Dataset::cities`.
    records: Vec<CityRecords>,
    /// Aligned with `Dataset::cities`: name, province and latest leader, [`fold`]ed once for
    /// the search (which runs on every keystroke).
    search: Vec<String>,
    /// Positions in `Dataset::cities` by the cities' names (equal names in the dataset's
    /// order): every sort of the home page starts from it.
    by_name: Vec<usize>,
}

/// Lower-cased text with the punctuation people skip when they type ("Kota Blitar" ~
/// "kota-blitar"), words separated by single spaces.
pub fn fold(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_alphanumeric() { c.to_lowercase().next().unwrap_or(c) } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn by_id<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<(String, usize)> {
    let mut list: Vec<(String, usize)> = ids.enumerate().map(|(i, id)| (id.to_string(), i)).collect();
    // Stable: with duplicate ids (an invalid file being checked) the first one wins, as a scan would.
    sort_by(&mut list, |a, b| a.0.cmp(&b.0));
    list
}

fn find(list: &[(String, usize)], id: &str) -> Option<usize> {
    let at = list.partition_point(|(k, _)| k.as_str() < id);
    list.get(at).filter(|(k, _)| k == id).map(|(_, i)| *i)
}

impl Index {
    pub fn build(data: &Dataset) -> Self {
        let cities = by_id(data.cities.iter().map(|c| c.id.as_str()));
        let mut records = vec![CityRecords::default(); data.cities.len()];
        let slot = |city: &str| find(&cities, city);
        for (i, o) in data.observations.iter().enumerate() {
            if let Some(c) = slot(&o.city) {
                if o.scope.is_none() { &mut records[c].observations } else { &mut records[c].scoped }.push(i);
            }
        }
        for (i, a) in data.awards.iter().enumerate() {
            if let Some(c) = slot(&a.city) {
                records[c].awards.push(i);
            }
        }
        for (i, a) in data.activities.iter().enumerate() {
            if let Some(c) = slot(&a.city) {
                records[c].activities.push(i);
            }
        }
        for (p, person) in data.people.iter().enumerate() {
            // Per city, this person's latest role there (the first of equals, as `max_by_key`
            // keeps the last: compare with `>=`).
            let mut latest: Vec<(usize, usize)> = Vec::new();
            for (r, role) in person.roles.iter().enumerate() {
                let Some(c) = role.city.as_deref().and_then(slot) else { continue };
                match latest.iter_mut().find(|(city, _)| *city == c) {
                    Some(entry) if role.as_of.date() >= person.roles[entry.1].as_of.date() => entry.1 = r,
                    Some(_) => {}
                    None => latest.push((c, r)),
                }
                if role.leader {
                    let newer = records[c]
                        .leader
                        .is_none_or(|(lp, lr)| role.as_of.date() >= data.people[lp].roles[lr].as_of.date());
                    if newer {
                        records[c].leader = Some((p, r));
                    }
                }
            }
            for (c, r) in latest {
                records[c].people.push((p, r));
            }
        }
        let sources = by_id(data.sources.iter().map(|s| s.id.as_str()));
        // Role sources per city, gathered in one pass over the people.
        let mut role_sources: Vec<Vec<usize>> = vec![Vec::new(); data.cities.len()];
        for role in data.people.iter().flat_map(|p| &p.roles) {
            if let (Some(c), Some(s)) = (role.city.as_deref().and_then(slot), find(&sources, &role.source)) {
                role_sources[c].push(s);
            }
        }
        for (rec, roles) in records.iter_mut().zip(role_sources) {
            sort_by_key(&mut rec.observations, |&i| data.observations[i].as_of.date());
            sort_by_key(&mut rec.scoped, |&i| data.observations[i].as_of.date());
            sort_by_key(&mut rec.awards, |&i| std::cmp::Reverse(data.awards[i].date.date()));
            sort_by_key(&mut rec.activities, |&i| {
                std::cmp::Reverse(data.activities[i].start.as_ref().and_then(|d| d.date()))
            });
            let mut cited: Vec<usize> = roles;
            let mut cite = |id: &str| cited.extend(find(&sources, id));
            rec.observations.iter().chain(&rec.scoped).for_each(|&i| cite(&data.observations[i].source));
            rec.awards.iter().for_each(|&i| cite(&data.awards[i].source));
            rec.activities.iter().for_each(|&i| cite(&data.activities[i].source));
            crate::util::sort::sort_dedup(&mut cited);
            rec.sources = cited;
        }
        let search = data
            .cities
            .iter()
            .zip(&records)
            .map(|(city, rec)| {
                let leader = rec.leader.and_then(|(p, _)| data.people[p].name.as_deref()).unwrap_or_default();
                fold(&format!("{} {} {leader}", city.name, city.province))
            })
            .collect();
        let mut by_name: Vec<usize> = (0..data.cities.len()).collect();
        sort_by(&mut by_name, |&a, &b| data.cities[a].name.cmp(&data.cities[b].name));
        Self {
            cities,
            search,
            by_name,
            sources,
            people: by_id(data.people.iter().map(|p| p.id.as_str())),
            organisations: by_id(data.organisations.iter().map(|o| o.id.as_str())),
            events: by_id(data.events.iter().map(|e| e.id.as_str())),
            records,
        }
    }

    pub fn city(&self, id: &str) -> Option<usize> {
        find(&self.cities, id)
    }
    pub fn source(&self, id: &str) -> Option<usize> {
        find(&self.sources, id)
    }
    pub fn person(&self, id: &str) -> Option<usize> {
        find(&self.people, id)
    }
    pub fn organisation(&self, id: &str) -> Option<usize> {
        find(&self.organisations, id)
    }
    pub fn event(&self, id: &str) -> Option<usize> {
        find(&self.events, id)
    }

    /// Positions in `Dataset::cities`, the cities by name.
    pub fn by_name(&self) -> &[usize] {
        &self.by_name
    }

    /// The folded search text of the city at this position in `Dataset::cities`.
    pub fn search_text(&self, city: usize) -> &str {
        self.search.get(city).map_or("", String::as_str)
    }

    /// Everything about the city with this id (nothing for an unknown id).
    pub fn records(&self, city: &str) -> &CityRecords {
        static NONE: CityRecords = CityRecords {
            observations: Vec::new(),
            scoped: Vec::new(),
            awards: Vec::new(),
            activities: Vec::new(),
            people: Vec::new(),
            leader: None,
            sources: Vec::new(),
        };
        self.city(city).and_then(|c| self.records.get(c)).unwrap_or(&NONE)
    }
}

/// Where a dataset keeps its index: empty until the first look-up, and empty again in a clone
/// (a clone is usually changed next). Never part of equality.
#[derive(Debug, Default)]
pub struct IndexCell(OnceLock<Index>);

impl IndexCell {
    pub fn get(&self, data: &Dataset) -> &Index {
        self.0.get_or_init(|| Index::build(data))
    }
}

impl Clone for IndexCell {
    fn clone(&self) -> Self {
        Self::default()
    }
}

impl PartialEq for IndexCell {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}
