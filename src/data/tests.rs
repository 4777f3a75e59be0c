//! The real dataset must validate cleanly, every quote must stand verbatim in its seed article,
//! and each kind of problem must be reported with its location.

use serde_json::{json, Value};

use super::*;

const REAL: &str = include_str!("../../public/data/koperasi.json");

fn real() -> Dataset {
    match parse_dataset("koperasi.json", REAL) {
        Ok(d) => d,
        Err(e) => panic!("the bundled dataset must validate: {e}"),
    }
}

/// The real dataset with one edit applied, as a data editor might make it.
fn edited(edit: impl FnOnce(&mut Value)) -> Result<Dataset, LoadError> {
    let mut v: Value = serde_json::from_str(REAL).expect("bundled JSON parses");
    edit(&mut v);
    parse_dataset("koperasi.json", &v.to_string())
}

fn problems(edit: impl FnOnce(&mut Value)) -> Vec<Problem> {
    match edited(edit) {
        Err(LoadError::Invalid { problems, .. }) => problems,
        other => panic!("expected validation problems, got {other:?}"),
    }
}

fn find<'a>(v: &'a mut Value, collection: &str, id: &str) -> &'a mut Value {
    v[collection]
        .as_array_mut()
        .and_then(|a| a.iter_mut().find(|r| r["id"] == id))
        .unwrap_or_else(|| panic!("{collection} has {id}"))
}

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

#[test]
fn reports_unknown_references_with_their_location() {
    let p = problems(|v| {
        find(v, "observations", "malang-2023-12")["city"] = json!("kota-batu");
        find(v, "awards", "malang-2024-pembina-koperasi-andalan")["giver"] = json!("kemenkeu");
    });
    assert_eq!(p.len(), 2, "{p:?}");
    assert_eq!(p[0].record, "observations[4] \"malang-2023-12\"");
    assert_eq!(p[0].field, "city");
    assert!(p[0].message.contains("unknown city \"kota-batu\""), "{}", p[0]);
    assert_eq!(p[1].field, "giver");
    assert!(p[1].to_string().contains("unknown organisation \"kemenkeu\""));
}

#[test]
fn reports_duplicate_ids() {
    let p = problems(|v| {
        let copy = v["cities"][0].clone();
        v["cities"].as_array_mut().expect("array").push(copy);
    });
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].record, "cities[4] \"kota-blitar\"");
    assert!(p[0].message.contains("duplicate id"));
}

#[test]
fn reports_negative_counts_and_parts_over_the_total() {
    let p = problems(|v| {
        find(v, "observations", "blitar-2019-09")["inactive"]["value"] = json!(-86);
        find(v, "observations", "blitar-2022-07")["inactive"]["value"] = json!(300);
    });
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(p[0].field == "inactive.value" && p[0].message.contains("negative count -86"));
    assert!(p[1].message.contains("add up to 300, more than the total 280"), "{}", p[1]);
}

#[test]
fn reports_health_counts_over_the_total_and_unknown_categories() {
    let p = problems(|v| {
        let o = find(v, "observations", "mojokerto-2022-07");
        o["health"]["counts"][0]["value"] = json!(100);
        o["health"]["counts"][1]["category"] = json!("kurang-sehat");
    });
    assert_eq!(p.len(), 2, "{p:?}");
    assert_eq!(p[0].field, "health.counts[1].category");
    assert!(p[0].message.contains("unknown health category \"kurang-sehat\" for scale \"empat-kategori\""));
    assert!(p[1].message.contains("add up to 245, more than the total 192"));
}

#[test]
fn a_new_health_category_is_a_data_edit() {
    // The older scale already has Kurang Sehat; using it needs no code change.
    let d = edited(|v| {
        let o = find(v, "observations", "mojokerto-2022-07");
        o["health"]["scale"] = json!("skala-lama");
        o["health"]["counts"] = json!([{ "category": "kurang-sehat", "value": 5, "quote": "q" }]);
    })
    .expect("valid with the older scale");
    assert_eq!(d.observations[5].health.as_ref().map(|h| h.scale.as_str()), Some("skala-lama"));
}

#[test]
fn reports_impossible_dates_and_wrong_weekdays() {
    let p = problems(|v| {
        find(v, "awards", "malang-2024-pembina-koperasi-andalan")["date"]["value"] = json!("2024-02-30");
        find(v, "awards", "blitar-2022-penggerak-koperasi-terbaik")["date"]["weekday"] = json!("Senin");
        find(v, "activities", "blitar-2019-pelatihan-pengurus")["end"]["value"] = json!("2019-09-18");
    });
    assert_eq!(p.len(), 3, "{p:?}");
    assert!(p[0].field == "date.weekday" && p[0].message.contains("2022-07-14 was a Kamis, not a Senin"), "{}", p[0]);
    assert!(p[1].field == "date.value" && p[1].message.contains("day 30 does not exist"), "{}", p[1]);
    assert!(p[2].message.contains("before the start"), "{}", p[2]);
}

#[test]
fn reports_missing_quotes() {
    let p = problems(|v| find(v, "awards", "malang-2024-pembina-koperasi-andalan")["quotes"] = json!([]));
    assert!(p[0].message.starts_with("no quote"), "{p:?}");
}

#[test]
fn distinguishes_not_json_wrong_version_and_wrong_shape() {
    assert!(matches!(
        parse_dataset("k.json", "<!doctype html><p>Not found"),
        Err(LoadError::NotJson { line: 1, column: 1, .. })
    ));
    let version = parse_dataset("k.json", r#"{"schema_version": 2}"#);
    assert!(matches!(&version, Err(LoadError::Version { found, expected: 1, .. }) if found == "2"), "{version:?}");
    let missing = parse_dataset("k.json", "{}");
    assert!(matches!(&missing, Err(LoadError::Version { found, .. }) if found == "(missing)"));
    match edited(|v| v["cities"][0]["provinsi"] = json!("Jawa Timur")) {
        Err(LoadError::Schema { detail, line, .. }) => {
            assert!(detail.contains("unknown field `provinsi`"), "{detail}");
            assert_eq!(line, 1);
        }
        other => panic!("expected a schema error, got {other:?}"),
    }
}
