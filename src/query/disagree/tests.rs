use serde_json::{json, Value};

use super::*;
use crate::data::parse_dataset;

/// The bundled data with a second Blitar observation, from another source, edited by `edit`.
fn with_another_blitar_count(edit: impl FnOnce(&mut Value)) -> Dataset {
    let mut v: Value = serde_json::from_str(include_str!("../../../tests/fixtures/seed-data.json")).expect("JSON");
    let observations = v["observations"].as_array_mut().expect("observations");
    let mut other = observations.iter().find(|o| o["id"] == "blitar-2022-07").expect("blitar 2022").clone();
    other["id"] = json!("blitar-2022-07-lain");
    other["source"] = json!("004_90f08064151dda7d");
    other["as_of"] = json!({ "value": "2022-07-20" });
    other["total"]["value"] = json!(300);
    edit(&mut other);
    observations.push(other);
    parse_dataset("koperasi.json", &v.to_string()).expect("valid")
}

#[test]
fn two_sources_with_other_counts_for_about_the_same_time_disagree() {
    let d = with_another_blitar_count(|_| {});
    let pairs = of_city(&d, "kota-blitar");
    assert_eq!(pairs.len(), 1, "{pairs:?}");
    let ids = (pairs[0].first.id.as_str(), pairs[0].second.id.as_str());
    assert_eq!(ids, ("blitar-2022-07", "blitar-2022-07-lain"));
    // The same 35 inactive is no disagreement; the totals 280 and 300 are.
    assert_eq!(pairs[0].fields, ["total"]);
    assert_eq!(all(&d).len(), 1);
    assert!(all(&crate::query::tests::data()).is_empty(), "the bundled data has none");
}

#[test]
fn another_time_register_or_an_approximate_figure_is_no_disagreement() {
    let later = with_another_blitar_count(|o| o["as_of"] = json!({ "value": "2022-09-01" }));
    assert!(of_city(&later, "kota-blitar").is_empty(), "48 days later");
    let month = with_another_blitar_count(|o| o["as_of"] = json!({ "value": "2022-08" }));
    assert_eq!(of_city(&month, "kota-blitar").len(), 1, "a date known to the month, 17 days off at most");
    let register = with_another_blitar_count(|o| o["basis"] = json!("bps"));
    assert!(of_city(&register, "kota-blitar").is_empty(), "another register counts otherwise");
    let about = with_another_blitar_count(|o| o["total"]["approximate"] = json!(true));
    assert!(of_city(&about, "kota-blitar").is_empty(), "about 300 is not held against 280");
}

#[test]
fn figures_for_two_years_are_no_disagreement_though_the_years_touch() {
    // "2022" can stand for 31 December and "2023" for 1 January: one day apart, two years' counts.
    let years = with_another_blitar_count(|o| o["as_of"] = json!({ "value": "2023" }));
    assert!(of_city(&years, "kota-blitar").is_empty(), "2022-07-15 and 2023 are not about the same time");
    let same_year = with_another_blitar_count(|o| o["as_of"] = json!({ "value": "2022" }));
    assert_eq!(of_city(&same_year, "kota-blitar").len(), 1, "a count for 2022 and one of July 2022");
}
