//! The index agrees with the plain scans it replaced, on the bundled data and on the
//! synthetic national dataset: every city's records, in the same order, and every id.

use koperasi_kota::data::{parse_dataset, Dataset};
use koperasi_kota::query::cities::{select, CityFilter, CitySort};
use koperasi_kota::query::records;

fn bundled() -> Dataset {
    parse_dataset("koperasi.json", include_str!("../../tests/fixtures/seed-data.json"))
        .unwrap_or_else(|e| panic!("{e}"))
}

fn synthetic() -> Dataset {
    let text = data_tool::synth::synthetic(3, 120).to_string();
    parse_dataset("synth.json", &text).unwrap_or_else(|e| panic!("{e}"))
}

/// The queries as they were, by scanning every record (`sort_by_key` is stable, like theirs).
mod scan {
    use koperasi_kota::data::*;
    use koperasi_kota::util::sort::sort_by_key;

    pub fn observations<'a>(d: &'a Dataset, city: &str, scoped: bool) -> Vec<&'a Observation> {
        let mut list: Vec<&Observation> =
            d.observations.iter().filter(|o| o.city == city && o.scope.is_some() == scoped).collect();
        sort_by_key(&mut list, |o| o.as_of.date());
        list
    }
    pub fn leader<'a>(d: &'a Dataset, city: &str) -> Option<(&'a Person, &'a Role)> {
        d.people
            .iter()
            .flat_map(|p| p.roles.iter().map(move |r| (p, r)))
            .filter(|(_, r)| r.leader && r.city.as_deref() == Some(city))
            .max_by_key(|(_, r)| r.as_of.date())
    }
    pub fn people<'a>(d: &'a Dataset, city: &str) -> Vec<(&'a Person, &'a Role)> {
        d.people
            .iter()
            .filter_map(|p| {
                let role = p.roles.iter().filter(|r| r.city.as_deref() == Some(city)).max_by_key(|r| r.as_of.date())?;
                Some((p, role))
            })
            .collect()
    }
    pub fn awards<'a>(d: &'a Dataset, city: &str) -> Vec<&'a Award> {
        let mut list: Vec<&Award> = d.awards.iter().filter(|a| a.city == city).collect();
        sort_by_key(&mut list, |a| std::cmp::Reverse(a.date.date()));
        list
    }
    pub fn activities<'a>(d: &'a Dataset, city: &str) -> Vec<&'a Activity> {
        let mut list: Vec<&Activity> = d.activities.iter().filter(|a| a.city == city).collect();
        sort_by_key(&mut list, |a| std::cmp::Reverse(a.start.as_ref().and_then(|d| d.date())));
        list
    }
    /// The search as it was: each city's text folded per city per keystroke, the matches
    /// sorted by name, then stably by the sort's key.
    pub fn search(d: &Dataset, text: &str, sort: &dyn Fn(&str) -> Option<f64>) -> Vec<String> {
        let fold = |t: &str| {
            t.chars()
                .map(|c| if c.is_alphanumeric() { c.to_lowercase().next().unwrap_or(c) } else { ' ' })
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        };
        let needle = fold(text);
        let mut found: Vec<&City> = d
            .cities
            .iter()
            .filter(|c| {
                let leader = leader(d, &c.id).and_then(|(p, _)| p.name.clone()).unwrap_or_default();
                let hay = fold(&format!("{} {} {leader}", c.name, c.province));
                needle.split(' ').filter(|w| !w.is_empty()).all(|w| hay.contains(w))
            })
            .collect();
        sort_by_key(&mut found, |c| c.name.clone());
        koperasi_kota::util::sort::sort_by(&mut found, |a, b| match (sort(&a.id), sort(&b.id)) {
            (Some(x), Some(y)) => y.total_cmp(&x),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        });
        found.into_iter().map(|c| c.id.clone()).collect()
    }
    pub fn sources<'a>(d: &'a Dataset, city: &str) -> Vec<&'a Source> {
        let mut cited: Vec<&str> = Vec::new();
        cited.extend(d.observations.iter().filter(|o| o.city == city).map(|o| o.source.as_str()));
        cited.extend(d.awards.iter().filter(|a| a.city == city).map(|a| a.source.as_str()));
        cited.extend(d.activities.iter().filter(|a| a.city == city).map(|a| a.source.as_str()));
        for p in &d.people {
            cited.extend(p.roles.iter().filter(|r| r.city.as_deref() == Some(city)).map(|r| r.source.as_str()));
        }
        d.sources.iter().filter(|s| cited.contains(&s.id.as_str())).collect()
    }
}

fn ids<T>(list: &[&T], id: impl Fn(&T) -> String) -> Vec<String> {
    list.iter().map(|x| id(x)).collect()
}

fn agrees(d: &Dataset) {
    for city in d.cities.iter().map(|c| c.id.as_str()).chain(["no-such-city"]) {
        let obs = |l: Vec<&koperasi_kota::data::Observation>| ids(&l, |o| o.id.clone());
        assert_eq!(obs(records::observations(d, city)), obs(scan::observations(d, city, false)), "{city}");
        assert_eq!(obs(records::scoped_observations(d, city)), obs(scan::observations(d, city, true)), "{city}");
        assert_eq!(
            records::latest_observation(d, city).map(|o| &o.id),
            scan::observations(d, city, false).last().map(|o| &o.id)
        );
        let role = |x: Option<(&koperasi_kota::data::Person, &koperasi_kota::data::Role)>| {
            x.map(|(p, r)| (p.id.clone(), r.title.clone()))
        };
        assert_eq!(role(records::leader(d, city)), role(scan::leader(d, city)), "{city}");
        let roles = |l: Vec<(&koperasi_kota::data::Person, &koperasi_kota::data::Role)>| {
            l.into_iter().map(|(p, r)| (p.id.clone(), r.title.clone())).collect::<Vec<_>>()
        };
        assert_eq!(roles(records::people(d, city)), roles(scan::people(d, city)), "{city}");
        assert_eq!(ids(&records::awards(d, city), |a| a.id.clone()), ids(&scan::awards(d, city), |a| a.id.clone()));
        assert_eq!(
            ids(&records::activities(d, city), |a| a.id.clone()),
            ids(&scan::activities(d, city), |a| a.id.clone())
        );
        assert_eq!(
            ids(&records::sources_of(d, city), |s| s.id.clone()),
            ids(&scan::sources(d, city), |s| s.id.clone())
        );
    }
    for s in &d.sources {
        assert_eq!(d.source(&s.id).map(|x| &x.id), Some(&s.id));
    }
    for p in &d.people {
        assert_eq!(d.person(&p.id).map(|x| &x.id), Some(&p.id));
    }
    assert!(d.source("no-such-source").is_none() && d.city("").is_none());
    // The search from the index's folded texts, over the cities already in order, finds the
    // same cities in the same order as the scan.
    let count = |id: &str| records::latest_observation(d, id).and_then(|o| o.total.as_ref()).map(|f| f.value as f64);
    for text in ["", "kota", "KOTA  b", "jawa-timur", "wahyu", "aceh", "kab sintetis", "no such place"] {
        let filter = CityFilter { search: text.into(), ..CityFilter::default() };
        assert_eq!(select(d, &filter, CitySort::Name), scan::search(d, text, &|_| None), "{text:?}");
        assert_eq!(select(d, &filter, CitySort::Count), scan::search(d, text, &count), "{text:?}");
    }
}

#[test]
fn the_index_agrees_with_scans_on_the_bundled_data() {
    agrees(&bundled());
}

#[test]
fn the_index_agrees_with_scans_on_the_synthetic_data() {
    agrees(&synthetic());
}

#[test]
fn a_changed_dataset_is_indexed_again() {
    let mut d = bundled();
    assert!(d.city("kota-blitar").is_some());
    d.cities.retain(|c| c.id != "kota-blitar");
    d.forget_index();
    assert!(d.city("kota-blitar").is_none());
    assert!(d.clone().city("kota-malang").is_some(), "a clone builds its own");
}
