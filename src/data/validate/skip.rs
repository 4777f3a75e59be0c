//! A dataset with a few bad records is still worth showing: the browser drops the records with
//! problems (and, in turn, the records that pointed at them), shows the rest, and lists what it
//! skipped and why. Problems in the file's header or its health scales are fatal, since every
//! record depends on them; so is a file with no sound city left.

use std::collections::HashSet;

use super::{validate, Problem};
use crate::data::Dataset;

/// The lists whose problems stop the whole file.
pub const FATAL: [&str; 2] = ["dataset", "health_scales"];

/// `data` without its unsound records, with the problems that got each one skipped (located in
/// the file as given); or every problem, when the file cannot be shown at all.
pub fn keep_sound(mut data: Dataset) -> Result<(Dataset, Vec<Problem>), Vec<Problem>> {
    let mut skipped: Vec<Problem> = Vec::new();
    let mut origins = Origins::new(&data);
    loop {
        let mut problems = validate(&data);
        if problems.is_empty() {
            return Ok((data, skipped));
        }
        for p in &mut problems {
            p.index = origins.original(p.collection, p.index);
        }
        let fatal = problems.iter().any(|p| FATAL.contains(&p.collection));
        skipped.append(&mut problems);
        if fatal {
            return Err(skipped);
        }
        let bad = |collection: &str| -> HashSet<usize> {
            skipped.iter().filter(|p| p.collection == collection).map(|p| p.index).collect()
        };
        origins.retain(&mut data.sources, "sources", &bad("sources"));
        origins.retain(&mut data.organisations, "organisations", &bad("organisations"));
        origins.retain(&mut data.cities, "cities", &bad("cities"));
        origins.retain(&mut data.people, "people", &bad("people"));
        origins.retain(&mut data.events, "events", &bad("events"));
        origins.retain(&mut data.observations, "observations", &bad("observations"));
        origins.retain(&mut data.awards, "awards", &bad("awards"));
        origins.retain(&mut data.activities, "activities", &bad("activities"));
        origins.retain(&mut data.totals, "totals", &bad("totals"));
        data.forget_index();
        if data.cities.is_empty() {
            return Err(skipped);
        }
    }
}

/// For each list, the position in the file of each record still kept.
struct Origins(Vec<(&'static str, Vec<usize>)>);

impl Origins {
    fn new(d: &Dataset) -> Self {
        let lists = [
            ("sources", d.sources.len()),
            ("organisations", d.organisations.len()),
            ("cities", d.cities.len()),
            ("people", d.people.len()),
            ("events", d.events.len()),
            ("observations", d.observations.len()),
            ("awards", d.awards.len()),
            ("activities", d.activities.len()),
            ("totals", d.totals.len()),
        ];
        Self(lists.into_iter().map(|(name, len)| (name, (0..len).collect())).collect())
    }

    fn list(&mut self, collection: &str) -> Option<&mut Vec<usize>> {
        self.0.iter_mut().find(|(name, _)| *name == collection).map(|(_, list)| list)
    }

    fn original(&mut self, collection: &str, index: usize) -> usize {
        self.list(collection).and_then(|l| l.get(index).copied()).unwrap_or(index)
    }

    /// Drops the records whose original positions are in `bad`, keeping the map in step.
    fn retain<T>(&mut self, records: &mut Vec<T>, collection: &str, bad: &HashSet<usize>) {
        let Some(origin) = self.list(collection) else { return };
        let mut keep = origin.iter().map(|i| !bad.contains(i));
        records.retain(|_| keep.next().unwrap_or(true));
        origin.retain(|i| !bad.contains(i));
    }
}
