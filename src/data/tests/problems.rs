//! Each kind of data problem is reported with its record and field.

use serde_json::json;

use super::{edited, find, problems};
use crate::data::{parse_dataset, LoadError, Place};

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
        Err(LoadError::NotJson { at: Place::Line { line: 1, column: 1 }, .. })
    ));
    let version = parse_dataset("k.json", r#"{"schema_version": 2}"#);
    assert!(matches!(&version, Err(LoadError::Version { found, expected: 1, .. }) if found == "2"), "{version:?}");
    let missing = parse_dataset("k.json", "{}");
    assert!(matches!(&missing, Err(LoadError::Version { found, .. }) if found == "(missing)"));
    match edited(|v| v["cities"][0]["provinsi"] = json!("Jawa Timur")) {
        Err(LoadError::Schema { detail, at, .. }) => {
            assert!(detail.contains("unknown field `provinsi`"), "{detail}");
            assert!(matches!(at, Place::Line { line: 1, .. }), "{at:?}");
        }
        other => panic!("expected a schema error, got {other:?}"),
    }
}
