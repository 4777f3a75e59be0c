//! The bundled dataset: it validates, holds every seed fact, and quotes its seeds verbatim.

use serde_json::Value;

use super::{real, REAL};
use crate::data::quotes::{all_quotes, check_quotes};
use crate::data::Figure;

#[test]
fn the_bundled_dataset_validates_and_has_every_seed_fact() {
    // Presence, not exclusivity: a data editor adding a city or a source keeps this passing.
    let d = real();
    for (id, code, name) in [
        ("kota-blitar", "35.72", "Kota Blitar"),
        ("kota-probolinggo", "35.74", "Kota Probolinggo"),
        ("kota-malang", "35.73", "Kota Malang"),
        ("kota-mojokerto", "35.76", "Kota Mojokerto"),
    ] {
        let city = d.city(id).unwrap_or_else(|| panic!("{id}"));
        assert_eq!((city.code.as_str(), city.name.as_str(), city.province.as_str()), (code, name, "Jawa Timur"));
    }
    for id in [
        "000_6a0d5c8487a6cfeb",
        "001_e1fdca7183ca1107",
        "002_9bcdf84c0c7875bc",
        "003_d68335274871dd0c",
        "004_90f08064151dda7d",
    ] {
        let s = d.source(id).unwrap_or_else(|| panic!("{id}"));
        assert_eq!(s.local_copy.as_deref(), Some(format!("{id}.txt").as_str()));
    }
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
    let award_date = |id: &str| d.awards.iter().find(|a| a.id == id).map(|a| a.date.value.as_str());
    assert_eq!(award_date("blitar-2022-penggerak-koperasi-terbaik"), Some("2022-07-14"));
    assert_eq!(award_date("probolinggo-2023-anugerah-pembinaan-koperasi"), Some("2023"));
    assert_eq!(award_date("malang-2024-pembina-koperasi-andalan"), Some("2024-07-12"));
    let bimtek = d.activities.iter().find(|a| a.id == "mojokerto-2022-bimtek-akuntabilitas").expect("bimtek");
    assert_eq!((bimtek.participants.as_ref().map(|p| p.value), bimtek.duration_days), (Some(60), Some(2)));
}

#[test]
fn every_quote_stands_verbatim_in_its_seed_article() {
    let d = real();
    let seeds = format!("{}/tests/fixtures/seeds", env!("CARGO_MANIFEST_DIR"));
    let read = |file: &str| std::fs::read_to_string(format!("{seeds}/{file}")).map_err(|e| format!("{file}: {e}"));
    let result = check_quotes(&d, read);
    assert!(result.problems.is_empty(), "{:#?}", result.problems);
    // Every "quote"/"quotes" anywhere in the file was found by the walk, none skipped.
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
    assert_eq!(all_quotes(&d).len(), count(&all), "the walk misses some quotes");
    // The seeds all have local copies, so every quote was checked.
    assert_eq!((result.checked, result.unchecked), (count(&all), 0));
}

#[test]
fn the_fictional_sample_dataset_validates_and_says_it_is_fictional() {
    let text = include_str!("../../../public/data/contoh.json");
    let d = crate::data::parse_dataset("contoh.json", text).unwrap_or_else(|e| panic!("{e}"));
    assert!(d.dataset.fictional);
    assert!(d.cities.iter().any(|c| c.kind == crate::data::CityKind::Kabupaten));
    assert!(d.sources.iter().all(|s| s.url.as_deref().is_some_and(|u| u.starts_with("https://example.org/"))));
}

#[test]
fn the_bundled_dataset_validates_and_keeps_every_seed_record_as_it_was() {
    let bundled: Value = serde_json::from_str(super::BUNDLED).expect("JSON");
    let seeds: Value = serde_json::from_str(REAL).expect("JSON");
    let d = match crate::data::parse_dataset("koperasi.json", super::BUNDLED) {
        Ok(d) => d,
        Err(e) => panic!("the bundled dataset must validate: {e}"),
    };
    for list in ["health_scales", "sources", "organisations", "cities", "observations", "awards", "activities"] {
        for record in seeds[list].as_array().into_iter().flatten() {
            let kept = bundled[list].as_array().into_iter().flatten().any(|r| r == record);
            assert!(kept, "{list} {} changed or gone from the bundled file", record["id"]);
        }
    }
    // People gain roles from other sources; each seed role stays.
    for person in seeds["people"].as_array().into_iter().flatten() {
        let found = bundled["people"].as_array().into_iter().flatten().find(|p| p["id"] == person["id"]);
        let roles = found.and_then(|p| p["roles"].as_array()).cloned().unwrap_or_default();
        for role in person["roles"].as_array().into_iter().flatten() {
            assert!(roles.contains(role), "a role of {} changed or gone", person["id"]);
        }
    }
    assert!(d.cities.len() >= 4);
}
