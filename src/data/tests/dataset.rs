//! The bundled dataset: it validates, holds every seed fact, and quotes its seeds verbatim.

use serde_json::Value;

use super::{real, REAL};
use crate::data::Figure;

#[test]
fn the_bundled_dataset_validates_and_has_every_seed_fact() {
    let d = real();
    assert_eq!(d.cities.len(), 4);
    assert_eq!(d.sources.len(), 5);
    let obs = |id: &str| d.observations.iter().find(|o| o.id == id).expect(id);
    let value = |f: &Option<Figure>| f.as_ref().map(|f| (f.value, f.approximate));
    let b19 = obs("blitar-2019-09");
    assert_eq!(
        (value(&b19.total), value(&b19.active), value(&b19.inactive)),
        (Some((341, false)), Some((255, false)), Some((86, false)))
    );
    let b22 = obs("blitar-2022-07");
    assert_eq!(
        (value(&b22.total), value(&b22.active), value(&b22.inactive)),
        (Some((280, false)), None, Some((35, false)))
    );
    assert_eq!(value(&obs("probolinggo-2023-07").active), Some((160, true)));
    assert_eq!(value(&obs("probolinggo-kopontren-2023-07").active), Some((10, true)));
    assert_eq!(value(&obs("malang-2023-12").total), Some((624, false)));
    let mojo = obs("mojokerto-2022-07");
    let health: Vec<(&str, i64)> =
        mojo.health.as_ref().expect("breakdown").counts.iter().map(|c| (c.category.as_str(), c.value)).collect();
    assert_eq!(health, [("sehat", 19), ("cukup-sehat", 68), ("dalam-pengawasan", 32), ("dalam-pengawasan-khusus", 45)]);
    let dates: Vec<&str> = d.awards.iter().map(|a| a.date.value.as_str()).collect();
    assert_eq!(dates, ["2022-07-14", "2023", "2024-07-12"]);
    let bimtek = d.activities.iter().find(|a| a.id == "mojokerto-2022-bimtek-akuntabilitas").expect("bimtek");
    assert_eq!((bimtek.participants.as_ref().map(|p| p.value), bimtek.duration_days), (Some(60), Some(2)));
}

#[test]
fn every_quote_stands_verbatim_in_its_seed_article() {
    let d = real();
    let seed = |id: &str| -> String {
        let path = format!("{}/tests/fixtures/seeds/{id}.txt", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let mut checked = 0;
    let mut check = |source: &str, quote: &str, place: &str| {
        let q = quote.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(seed(source).contains(&q), "{place}: quote not found verbatim in {source}: {quote}");
        checked += 1;
    };
    for s in &d.sources {
        if let Some(q) = s.published.as_ref().and_then(|p| p.quote.as_deref()) {
            check(&s.id, q, &s.id);
        }
    }
    for p in &d.people {
        for r in &p.roles {
            r.quotes.iter().for_each(|q| check(&r.source, q, &p.id));
        }
    }
    for o in &d.observations {
        for f in [&o.total, &o.active, &o.inactive, &o.dissolving].into_iter().flatten() {
            check(&o.source, &f.quote, &o.id);
        }
        for c in o.health.iter().flat_map(|h| &h.counts) {
            check(&o.source, &c.quote, &o.id);
        }
        o.notes.iter().filter_map(|n| n.quote.as_deref()).for_each(|q| check(&o.source, q, &o.id));
    }
    for a in &d.awards {
        a.quotes.iter().for_each(|q| check(&a.source, q, &a.id));
        a.notes.iter().filter_map(|n| n.quote.as_deref()).for_each(|q| check(&a.source, q, &a.id));
    }
    for a in &d.activities {
        a.quotes.iter().for_each(|q| check(&a.source, q, &a.id));
        if let Some(p) = &a.participants {
            check(&a.source, &p.quote, &a.id);
        }
    }
    // Every "quote"/"quotes" anywhere in the file was checked: none is skipped by the walk above.
    fn count(v: &Value) -> usize {
        match v {
            Value::Object(m) => m
                .iter()
                .map(|(k, v)| match (k.as_str(), v) {
                    ("quote", Value::String(_)) => 1,
                    ("quotes", Value::Array(a)) => a.len(),
                    _ => count(v),
                })
                .sum(),
            Value::Array(a) => a.iter().map(count).sum(),
            _ => 0,
        }
    }
    let all: Value = serde_json::from_str(REAL).expect("bundled JSON parses");
    assert_eq!(checked, count(&all), "some quotes were not checked");
}
