//! Shares (percentages given instead of counts) and province and national totals.

use serde_json::json;

use super::{edited, find, problems};

/// A share of the inactive, read from a sentence of the seed.
fn share(part: &str, percent: f64) -> serde_json::Value {
    json!({ "part": part, "percent": percent, "quote": "Yang masih aktif sebanyak 255 koperasi, dan yang tidak aktif 86." })
}

#[test]
fn a_share_stands_in_for_a_count_the_source_does_not_give() {
    let d = edited(|v| {
        let o = find(v, "observations", "blitar-2019-09");
        o["inactive"] = json!(null);
        o["shares"] = json!([share("inactive", 25.2)]);
    })
    .expect("sound");
    let o = d.observations.iter().find(|o| o.id == "blitar-2019-09").expect("kept");
    assert_eq!(o.shares.len(), 1);
    assert_eq!(o.inactive, None, "never turned into a count");
}

#[test]
fn reports_a_share_beside_its_count_out_of_range_twice_and_over_100() {
    let p = problems(|v| {
        find(v, "observations", "blitar-2019-09")["shares"] = json!([share("inactive", 25.0)]);
        find(v, "observations", "blitar-2022-07")["shares"] =
            json!([share("dissolving", 120.0), share("dissolving", 1.0)]);
        find(v, "observations", "malang-2023-12")["shares"] =
            json!([share("inactive", 60.0), share("dissolving", 41.0)]);
    });
    let text: Vec<String> = p.iter().map(ToString::to_string).collect();
    assert_eq!(p.len(), 5, "{text:#?}");
    assert!(text[0].contains("shares[0].part: \"inactive\" is given as a count too"), "{}", text[0]);
    assert!(text[1].contains("shares[0].percent: 120 is not a percentage"), "{}", text[1]);
    assert!(text[2].contains("shares[1].part: a second share of \"dissolving\""), "{}", text[2]);
    assert!(text[3].contains("field shares: the shares add up to 101 %"), "{}", text[3]);
    assert!(text[4].contains("field shares: the shares add up to 101 %"), "{}", text[4]);
}

#[test]
fn rounded_shares_may_add_up_to_a_little_over_100_and_approximate_ones_are_not_summed() {
    let d = edited(|v| {
        let o = find(v, "observations", "malang-2023-12");
        o["shares"] = json!([share("inactive", 66.7), share("dissolving", 33.4)]);
        let mut approximate = share("active", 90.0);
        approximate["approximate"] = json!(true);
        find(v, "observations", "blitar-2022-07")["active"] = json!(null);
        find(v, "observations", "blitar-2022-07")["shares"] = json!([approximate, share("dissolving", 20.0)]);
    });
    assert!(d.is_ok(), "{:?}", d.err());
}

#[test]
fn reports_health_shares_of_unknown_categories_counted_too_or_with_no_category_at_all() {
    let p = problems(|v| {
        let h = &mut find(v, "observations", "mojokerto-2022-07")["health"];
        h["shares"] = json!([
            { "category": "sehat", "percent": 10, "quote": "x" },
            { "category": "baik", "percent": 10, "quote": "x" }
        ]);
        find(v, "observations", "malang-2023-12")["health"] = json!({ "scale": "empat-kategori" });
    });
    let text: Vec<String> = p.iter().map(ToString::to_string).collect();
    assert_eq!(p.len(), 3, "{text:#?}");
    // In file order: Malang's observation comes before Mojokerto's.
    assert!(text[0].contains("health.counts: no category: give counts or shares"), "{}", text[0]);
    assert!(text[1].contains("health.shares[0].category: \"sehat\" is given as a count too"), "{}", text[1]);
    assert!(text[2].contains("health.shares[1].category: unknown health category \"baik\""), "{}", text[2]);
}

/// A province total read from a sentence of the seed (the figures are made up for the test).
fn total(area: serde_json::Value) -> serde_json::Value {
    let mut t = json!({
        "id": "jatim-2023", "source": "004_90f08064151dda7d", "as_of": { "value": "2023" }, "basis": "bps",
        "total": { "value": 22000, "quote": "q" }, "active": { "value": 12000, "quote": "q" }
    });
    if let (Some(t), Some(area)) = (t.as_object_mut(), area.as_object()) {
        t.extend(area.clone());
    }
    t
}

#[test]
fn a_province_or_national_total_is_a_record_of_its_own() {
    let d = edited(|v| {
        v["totals"] = json!([
            total(json!({ "province": "Jawa Timur" })),
            total(json!({ "id": "indonesia-2021", "national": true, "as_of": { "value": "2021" } })),
        ]);
    })
    .expect("sound");
    use crate::data::Area;
    use crate::query::totals::of_area;
    assert_eq!(of_area(&d, Area::Province("Jawa Timur")).len(), 1);
    assert_eq!(of_area(&d, Area::National)[0].id, "indonesia-2021");
    assert!(of_area(&d, Area::Province("Bali")).is_empty());
    assert_eq!(d.cities.len(), 4, "a total adds no city");
}

#[test]
fn reports_a_total_with_no_area_two_areas_an_unofficial_name_or_no_figure() {
    let p = problems(|v| {
        v["totals"] = json!([
            total(json!({ "id": "a" })),
            total(json!({ "id": "b", "province": "Jawa Timur", "national": true })),
            total(json!({ "id": "c", "province": "jawa timur" })),
            total(json!({ "id": "d", "province": "Jatim" })),
            total(json!({ "id": "e", "province": "Bali", "total": null, "active": null })),
            total(json!({ "id": "f", "province": "Bali", "active": { "value": 23000, "quote": "q" } })),
        ]);
    });
    let text: Vec<String> = p.iter().map(ToString::to_string).collect();
    assert_eq!(p.len(), 6, "{text:#?}");
    assert!(text[0].contains("totals[0] \"a\", field province: which area?"), "{}", text[0]);
    assert!(text[1].contains("field national: a total is of one province or of the country, not both"), "{}", text[1]);
    assert!(
        text[2].contains("\"jawa timur\" is not an official province name: did you mean \"Jawa Timur\"?"),
        "{}",
        text[2]
    );
    assert!(
        text[3].contains("\"Jatim\" is not an official province name: use the name in the official list"),
        "{}",
        text[3]
    );
    assert!(text[4].contains("field total: no figure"), "{}", text[4]);
    assert!(text[5].contains("the parts add up to 23000, more than the total"), "{}", text[5]);
}
