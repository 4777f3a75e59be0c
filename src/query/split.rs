//! The dataset in parts, for national-scale deployments: the home page's cards need a fraction
//! of the bytes of the whole file and a city page one city's records, so neither should wait
//! for, and parse, all of it (figures in the README's Benchmark section). The build
//! (`prerender`) writes, next to the one dataset file it validated:
//!
//! - [`SUMMARY_URL`]: every city with what its card shows and the filters and sorts read (its
//!   latest observation and any that disagrees with it, the one its active share rests on, its
//!   latest award, its leader) and
//!   what those records cite;
//! - [`city_url`]: per city, every record about it (and the awards that shared a ceremony with
//!   its own) and what those cite;
//! - [`AWARDS_URL`]: every award, for the timeline, and what they cite.
//!
//! Each part is itself a dataset in the same schema, cut from the validated file record by
//! record, verbatim: the app parses and validates it with the same code, and a view rendered
//! from its part is the view rendered from the whole file (the prerender tests compare them at
//! 5 and at 514 cities). The summary also serves the health page (each city's latest
//! breakdown), the province pages (cards, and the totals every part carries) and the "Periksa
//! data" page. Any dataset that is not the bundled one (`?data=`, a
//! checked file) is loaded whole, so a single-file dataset keeps working everywhere.

use std::collections::BTreeSet;

use super::health::breakdown;
use super::records::active_share_at;
use crate::data::Dataset;
use crate::url::Page;

/// Which part of the bundled dataset a view needs, when the build wrote it in parts
/// (this module's files): the home page, the health page and "Periksa data" its summary, a city page
/// that city's records, the timeline every award. Every other dataset is one file:
/// [`Part::Whole`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    Whole,
    Summary,
    Awards,
    City(String),
}

impl Part {
    pub fn for_page(page: &Page) -> Self {
        match page {
            Page::Cities | Page::Province(_) | Page::Health | Page::Check | Page::Unknown(_) => Self::Summary,
            Page::City(id) => Self::City(id.clone()),
            Page::Awards => Self::Awards,
        }
    }

    /// Whether this part holds everything `page` shows.
    pub fn serves(&self, page: &Page) -> bool {
        *self == Self::Whole || *self == Self::for_page(page)
    }

    /// The file, relative to the app's root.
    pub fn url(&self) -> String {
        match self {
            Self::Whole => crate::data::DEFAULT_DATA_URL.to_string(),
            Self::Summary => SUMMARY_URL.to_string(),
            Self::Awards => AWARDS_URL.to_string(),
            Self::City(id) => city_url(id),
        }
    }
}

/// From this size of the dataset file on (bytes) the build writes parts. Below it the whole
/// file is small enough to load and parse at once, and one file means a clerk's edit on the host shows in every view without a
/// build; above it, a changed file needs `make dist` to renew its parts.
pub const PARTS_FROM_BYTES: usize = 1_000_000;

/// The summary part, relative to the app's root.
pub const SUMMARY_URL: &str = "data/ringkasan.json";

/// The awards part (the timeline's), relative to the app's root.
pub const AWARDS_URL: &str = "data/penghargaan.json";

/// One city's part, relative to the app's root.
pub fn city_url(id: &str) -> String {
    format!("data/kota/{id}.json")
}

/// Which records of each list a part keeps, by position in the whole dataset. Sources,
/// organisations, events and other people follow from what these cite (see [`cut`]).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Picks {
    /// `None`: every city.
    pub cities: Option<BTreeSet<usize>>,
    pub observations: BTreeSet<usize>,
    pub awards: BTreeSet<usize>,
    pub activities: BTreeSet<usize>,
    pub people: BTreeSet<usize>,
    /// Province and national totals: the summary keeps them all (the province pages read
    /// them), the other parts none.
    pub totals: BTreeSet<usize>,
}

/// The summary's records: per city, those its card, the filters, the sorts, the coverage
/// line and the health page read. A city with other records only (a training, a person
/// without a leader role) keeps one of them, so that it still counts as covered.
pub fn summary(data: &Dataset) -> Picks {
    let mut out = Picks { totals: (0..data.totals.len()).collect(), ..Picks::default() };
    for city in &data.cities {
        let records = data.index().records(&city.id);
        out.observations.extend(records.observations.last());
        // The card says when another source differs from its latest counts: that source's too.
        if let Some(&latest) = records.observations.last() {
            let latest = &data.observations[latest];
            for pair in super::disagree::of_city(data, &city.id) {
                let other = match (std::ptr::eq(pair.first, latest), std::ptr::eq(pair.second, latest)) {
                    (true, _) => pair.second,
                    (_, true) => pair.first,
                    _ => continue,
                };
                out.observations
                    .extend(records.observations.iter().find(|&&i| std::ptr::eq(&data.observations[i], other)));
            }
        }
        out.observations.extend(active_share_at(data, &city.id).map(|(_, i)| i));
        // The health page: the latest observation with a breakdown.
        let with_breakdown =
            records.observations.iter().rev().find(|&&i| breakdown(data, &data.observations[i]).is_some());
        out.observations.extend(with_breakdown);
        out.awards.extend(records.awards.first());
        out.people.extend(records.leader.map(|(p, _)| p));
        let read_by_card = !records.observations.is_empty() || !records.awards.is_empty() || records.leader.is_some();
        if !read_by_card && records.any() {
            if let Some(&i) = records.scoped.last() {
                out.observations.insert(i);
            } else if let Some(&i) = records.activities.first() {
                out.activities.insert(i);
            } else if let Some(&(p, _)) = records.people.first() {
                out.people.insert(p);
            }
        }
    }
    out
}

/// The timeline's part: every award (with every city, for their names).
pub fn awards(data: &Dataset) -> Picks {
    Picks { awards: (0..data.awards.len()).collect(), ..Picks::default() }
}

/// One city's part: every record about it (and, by [`cut`], what they cite).
pub fn city(data: &Dataset, id: &str) -> Option<Picks> {
    let at = data.index().city(id)?;
    let records = data.index().records(id);
    Some(Picks {
        cities: Some(BTreeSet::from([at])),
        observations: records.observations.iter().chain(&records.scoped).copied().collect(),
        awards: with_the_same_events(data, &records.awards),
        activities: records.activities.iter().copied().collect(),
        people: records.people.iter().map(|&(p, _)| p).collect(),
        totals: BTreeSet::new(),
    })
}

/// The awards at `awards` and every other award at their events: an award's card names the
/// other cities honoured at its ceremony.
fn with_the_same_events(data: &Dataset, awards: &[usize]) -> BTreeSet<usize> {
    let events: BTreeSet<&str> = awards.iter().filter_map(|&i| data.awards[i].event.as_deref()).collect();
    let shared = data.awards.iter().enumerate().filter(|(_, a)| a.event.as_deref().is_some_and(|e| events.contains(e)));
    awards.iter().copied().chain(shared.map(|(i, _)| i)).collect()
}

/// The part of `whole` (the JSON of a valid dataset) that `picks` keeps, records verbatim and
/// in their order: the picked records, and every source, person, organisation, event and city
/// named by a string in what is kept, until nothing new is named. Naming is by value, so a
/// quote that happens to equal an id keeps one record too many, never one too few; the build
/// validates each part.
#[cfg(not(target_arch = "wasm32"))]
pub fn cut(whole: &serde_json::Value, picks: &Picks) -> serde_json::Value {
    use serde_json::Value;
    let list = |key: &str| whole.get(key).and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
    let all = |key: &str| (0..list(key).len()).collect::<BTreeSet<usize>>();
    // Lists cut by the picks; the others (below) keep what is named.
    let mut kept: Vec<(&str, BTreeSet<usize>)> = vec![
        ("cities", picks.cities.clone().unwrap_or_else(|| all("cities"))),
        ("observations", picks.observations.clone()),
        ("awards", picks.awards.clone()),
        ("activities", picks.activities.clone()),
        ("people", picks.people.clone()),
        ("totals", picks.totals.clone()),
        // Every part keeps every scale (a part's figures are graded on them), and what they cite.
        ("health_scales", all("health_scales")),
        ("sources", BTreeSet::new()),
        ("organisations", BTreeSet::new()),
        ("events", BTreeSet::new()),
    ];
    let named_by_id = ["cities", "people", "sources", "organisations", "events"];
    let mut seen = 0;
    let mut names = BTreeSet::new();
    loop {
        let count: usize = kept.iter().map(|(_, k)| k.len()).sum();
        if count == seen {
            break;
        }
        seen = count;
        for (key, positions) in &kept {
            for &i in positions {
                if let Some(record) = list(key).get(i) {
                    strings(record, &mut names);
                }
            }
        }
        for (key, positions) in &mut kept {
            if !named_by_id.contains(key) || (*key == "cities" && picks.cities.is_none()) {
                continue;
            }
            for (i, record) in list(key).iter().enumerate() {
                if record.get("id").and_then(Value::as_str).is_some_and(|id| names.contains(id)) {
                    positions.insert(i);
                }
            }
        }
    }
    let Some(fields) = whole.as_object() else { return whole.clone() };
    let fields = fields.iter().map(|(key, value)| {
        let value = match kept.iter().find(|(k, _)| k == key) {
            Some((_, positions)) => positions.iter().filter_map(|&i| list(key).get(i).cloned()).collect(),
            None => value.clone(),
        };
        (key.clone(), value)
    });
    Value::Object(fields.collect())
}

/// Every string in `value`, at any depth.
#[cfg(not(target_arch = "wasm32"))]
fn strings<'a>(value: &'a serde_json::Value, into: &mut BTreeSet<&'a str>) {
    use serde_json::Value;
    match value {
        Value::String(s) => {
            into.insert(s.as_str());
        }
        Value::Array(items) => items.iter().for_each(|v| strings(v, into)),
        Value::Object(fields) => fields.values().for_each(|v| strings(v, into)),
        _ => {}
    }
}
