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
    assert_eq!(p[0].record(), "observations[4] \"malang-2023-12\"");
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
    assert_eq!(p[0].record(), "cities[4] \"kota-blitar\"");
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
    let version = parse_dataset("k.json", r#"{"schema_version": 1}"#);
    assert!(matches!(&version, Err(LoadError::Version { found, expected: 2, .. }) if found == "1"), "{version:?}");
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

#[test]
fn reports_ids_that_break_the_pattern() {
    let p = problems(|v| {
        find(v, "awards", "malang-2024-pembina-koperasi-andalan")["id"] = json!("Malang 2024");
        v["health_scales"][0]["categories"][0]["id"] = json!("Sehat!");
    });
    // The renamed category also leaves the observation that counts "sehat" pointing at nothing.
    assert_eq!(p.len(), 3, "{p:?}");
    assert!(p[..2].iter().all(|p| p.field.ends_with("id") && p.message.contains("lowercase letters")), "{p:?}");
}

#[test]
fn checks_cities_against_the_official_list_of_regions() {
    let p = problems(|v| {
        v["cities"][0]["code"] = json!("35.99");
        v["cities"][1]["province"] = json!("Jawa Timr");
        v["cities"][2]["name"] = json!("Kota Malangg");
        v["cities"][3]["kind"] = json!("kabupaten");
    });
    assert_eq!(p.len(), 4, "{p:?}");
    assert!(p[0].field == "code" && p[0].message.contains("Kota Blitar is 35.72"), "{}", p[0]);
    assert!(p[1].field == "province" && p[1].message.contains("is in Jawa Timur (code 35)"), "{}", p[1]);
    assert!(p[2].field == "name" && p[2].message.contains("\"Kota Malang\" in the official list"), "{}", p[2]);
    assert!(p[3].field == "kind" && p[3].message.contains("is a kota, not a kabupaten"), "{}", p[3]);
}

#[test]
fn accepts_only_http_links_and_plain_local_copy_names() {
    let p = problems(|v| {
        v["sources"][0]["url"] = json!("javascript:alert(1)");
        v["sources"][1]["url"] = json!("https://");
        v["sources"][2]["url"] = json!("https://blok-a.com/berita/123");
        v["sources"][3]["local_copy"] = json!("../rahasia.txt");
    });
    assert_eq!(p.len(), 3, "{p:?}");
    assert!(p[0].message.contains("only http:// and https://"), "{}", p[0]);
    assert!(p[1].message.contains("no host name"), "{}", p[1]);
    assert_eq!(p[2].field, "local_copy");
}

#[test]
fn an_organisation_can_receive_an_award_at_a_shared_event() {
    let d = edited(|v| {
        v["organisations"].as_array_mut().expect("list").push(json!({
            "id": "pemkot-malang", "name": "Pemerintah Kota Malang", "city": "kota-malang"
        }));
        v["events"] = json!([{
            "id": "harkopnas-77", "title": "Peringatan Hari Koperasi Indonesia ke-77",
            "date": { "value": "2024-07-12" }, "source": "002_9bcdf84c0c7875bc", "quotes": ["q"]
        }]);
        let a = find(v, "awards", "malang-2024-pembina-koperasi-andalan");
        a["recipient"] = json!({ "organisation": "pemkot-malang" });
        a["recipient_role"] = json!(null);
        a["event"] = json!("harkopnas-77");
    })
    .expect("valid");
    assert_eq!(d.event("harkopnas-77").map(|e| e.date.value.as_str()), Some("2024-07-12"));
    let p = problems(|v| {
        let a = find(v, "awards", "malang-2024-pembina-koperasi-andalan");
        a["recipient"] = json!({ "organisation": "pemkot-batu" });
        a["recipient_role"] = json!(null);
        a["event"] = json!("harkopnas-78");
    });
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(p[0].field == "event" && p[0].message.contains("unknown event"), "{}", p[0]);
    assert!(p[1].field == "recipient.organisation" && p[1].message.contains("unknown organisation"), "{}", p[1]);
}

#[test]
fn a_partial_health_assessment_is_checked_against_what_was_assessed() {
    let assessed = |n: i64| {
        move |v: &mut serde_json::Value| {
            find(v, "observations", "mojokerto-2022-07")["health"]["assessed"] = json!({ "value": n, "quote": "q" });
        }
    };
    let d = edited(assessed(170)).expect("164 categorised of 170 assessed of 192 is sound");
    assert_eq!(d.observations[5].health.as_ref().and_then(|h| h.assessed.as_ref()).map(|a| a.value), Some(170));
    let p = problems(assessed(150));
    assert!(p.len() == 1 && p[0].message.contains("add up to 164, more than the 150 assessed"), "{p:?}");
    let p = problems(assessed(200));
    assert!(p.len() == 1 && p[0].message.contains("200 assessed is more than the total 192"), "{p:?}");
}

#[test]
fn huge_counts_and_far_dates_are_errors_not_overflows() {
    let p = problems(|v| {
        let o = find(v, "observations", "mojokerto-2022-07");
        o["total"]["value"] = json!(9_000_000_000_000_000_000_i64);
        o["health"]["counts"][0]["value"] = json!(900_000_000_000_000_000_i64);
        o["health"]["counts"][1]["value"] = json!(i64::MAX);
        find(v, "awards", "malang-2024-pembina-koperasi-andalan")["date"]["value"] = json!("1024-07-12");
    });
    assert!(p.iter().filter(|p| p.message.contains("more koperasi than any city has")).count() == 3, "{p:?}");
    assert!(p.iter().any(|p| p.message.contains("the year 1024 is outside 1945–2100")), "{p:?}");
}

#[test]
fn a_few_bad_records_are_skipped_with_their_reasons() {
    let mut v: serde_json::Value = serde_json::from_str(super::REAL).expect("JSON");
    find(&mut v, "observations", "blitar-2022-07")["inactive"]["value"] = json!(-1);
    v["cities"][1]["code"] = json!("35.99");
    let sound = crate::data::parse_sound("k.json", &v.to_string()).expect("shown with a notice");
    let skipped: Vec<String> = sound.skipped.iter().map(|p| p.record()).collect();
    assert!(skipped.contains(&"observations[1] \"blitar-2022-07\"".to_string()), "{skipped:?}");
    assert!(skipped.contains(&"cities[1] \"kota-probolinggo\"".to_string()), "{skipped:?}");
    // Records about the skipped city are skipped with it, located as in the file.
    assert!(skipped.iter().any(|r| r.starts_with("awards[1] \"probolinggo")), "{skipped:?}");
    assert!(sound.data.city("kota-probolinggo").is_none() && sound.data.city("kota-blitar").is_some());
    assert!(sound.data.observations.iter().all(|o| o.city != "kota-probolinggo" && o.id != "blitar-2022-07"));
    // A problem in a health scale stops the file.
    v["health_scales"][0]["categories"][0]["tone"] = json!(9);
    assert!(matches!(crate::data::parse_sound("k.json", &v.to_string()), Err(LoadError::Invalid { .. })));
}

#[test]
fn notes_quotes_need_a_source_and_durations_and_retrieval_dates_are_checked() {
    let p = problems(|v| {
        v["cities"][0]["notes"] = json!([{ "text": "t", "quote": "q" }]);
        v["cities"][1]["notes"] = json!([{ "text": "t", "quote": "q", "source": "tidak-ada" }]);
        find(v, "activities", "mojokerto-2022-bimtek-akuntabilitas")["duration_days"] = json!(4000);
        v["sources"][0]["retrieved"] = json!("2024-13-01");
    });
    assert_eq!(p.len(), 4, "{p:?}");
    assert!(p[0].field == "retrieved" && p[0].message.contains("impossible date"), "{}", p[0]);
    assert!(p[1].field == "notes[0].source" && p[1].message.contains("a quote needs its source"), "{}", p[1]);
    assert!(p[2].field == "notes[0].source" && p[2].message.contains("unknown source \"tidak-ada\""), "{}", p[2]);
    assert!(p[3].field == "duration_days", "{}", p[3]);
}

#[test]
fn the_check_lists_every_problem_and_keeps_what_can_be_previewed() {
    let mut v: serde_json::Value = serde_json::from_str(super::REAL).expect("JSON");
    v["cities"][1]["code"] = json!("35.99");
    let (problems, sound) = crate::data::parse_checked("k.json", &v.to_string()).expect("parses");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(sound.is_some_and(|s| s.data.city("kota-probolinggo").is_none() && !s.skipped.is_empty()));
    let (problems, sound) = crate::data::parse_checked("k.json", super::REAL).expect("parses");
    assert!(problems.is_empty() && sound.is_some_and(|s| s.skipped.is_empty()));
}

#[test]
fn reports_an_award_dated_months_from_its_event_and_an_office_for_an_organisation() {
    let p = problems(|v| {
        let source = find(v, "awards", "malang-2024-pembina-koperasi-andalan")["source"].clone();
        v["events"] = json!([{
            "id": "harkop-77", "title": "Hari Koperasi ke-77", "date": { "value": "2024-07-12" },
            "source": source, "quotes": ["q"]
        }]);
        // Two days after: a ceremony reported late is fine.
        find(v, "awards", "malang-2024-pembina-koperasi-andalan")["event"] = json!("harkop-77");
        find(v, "awards", "malang-2024-pembina-koperasi-andalan")["date"] = json!({ "value": "2024-07-14" });
        // A year before its event: the wrong event or the wrong date.
        find(v, "awards", "blitar-2022-penggerak-koperasi-terbaik")["event"] = json!("harkop-77");
        find(v, "awards", "probolinggo-2023-anugerah-pembinaan-koperasi")["recipient"] =
            json!({ "organisation": "dekopin" });
    });
    assert_eq!(p.len(), 2, "{p:?}");
    assert_eq!(
        (p[0].record().as_str(), p[0].field.as_str()),
        ("awards[0] \"blitar-2022-penggerak-koperasi-terbaik\"", "date")
    );
    assert!(
        p[0].message.contains("more than a month from the date of its event \"harkop-77\" (2024-07-12)"),
        "{}",
        p[0]
    );
    assert_eq!(p[1].field, "recipient_role");
    assert!(p[1].message.contains("the recipient is an organisation"), "{}", p[1]);
}

#[test]
fn day_numbers_count_days_across_months_and_leap_years() {
    use crate::data::date::{day_number, weekday_index};
    assert_eq!(day_number(1970, 1, 1), 0);
    assert_eq!(day_number(2024, 3, 1) - day_number(2024, 2, 28), 2, "a leap year");
    assert_eq!(day_number(2023, 3, 1) - day_number(2023, 2, 28), 1);
    assert_eq!(weekday_index(2024, 7, 12), 4, "a Friday");
}
