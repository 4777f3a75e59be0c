//! What a count rests on: the register it comes from, and the sentence, quoted or located.

use serde_json::json;

use super::{edited, find, problems};
use crate::data::LoadError;

#[test]
fn the_register_behind_a_count_is_one_of_six_and_unspecified_when_absent() {
    use crate::data::Basis;
    let d = edited(|v| find(v, "observations", "blitar-2019-09")["basis"] = json!("ods")).expect("valid");
    let basis = |id: &str| d.observations.iter().find(|o| o.id == id).map(|o| o.basis);
    assert_eq!((basis("blitar-2019-09"), basis("blitar-2022-07")), (Some(Basis::Ods), Some(Basis::Unspecified)));
    match edited(|v| find(v, "observations", "blitar-2019-09")["basis"] = json!("sipkop")) {
        Err(LoadError::Schema { detail, .. }) => assert!(detail.contains("unknown variant `sipkop`"), "{detail}"),
        other => panic!("an unknown register is a schema error, got {other:?}"),
    }
}

#[test]
fn a_located_figure_needs_a_short_locator_our_own_words_and_a_page_to_link_to() {
    let located =
        json!({ "start": "Jumlah koperasi di Kota Malang", "end": "unit", "says": "Dinas menyebut 624 koperasi." });
    // The seed sources have no address: a locator there cannot link.
    let p = problems(|v| {
        let total = &mut find(v, "observations", "malang-2023-12")["total"];
        total["quote"] = json!("");
        total["locator"] = located.clone();
    });
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].field == "total.locator" && p[0].message.contains("needs a \"url\""), "{}", p[0]);
    let p = problems(|v| {
        let source = find(v, "observations", "malang-2023-12")["source"].as_str().map(str::to_owned);
        find(v, "sources", source.as_deref().unwrap_or_default())["url"] = json!("https://example.org/berita");
        let o = find(v, "observations", "malang-2023-12");
        o["total"]["locator"] = located.clone(); // beside its quote
        o["active"] = json!({ "value": 300, "locator": {
            "start": "Dari jumlah itu yang masih aktif", "end": "", "says": " " } });
        o["inactive"] = json!({ "value": 3, "quote": "" }); // neither
    });
    let fields: Vec<&str> = p.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, ["total.locator", "active.locator.start", "active.locator.says", "inactive.quote"], "{p:?}");
    assert!(p[0].message.contains("a quote and a locator"));
    assert!(p[1].message.contains("6 words: a locator names at most 5 words"));
    assert!(p[3].message.contains("no quote and no locator"));
}

#[test]
fn a_total_that_counts_the_merah_putih_cooperatives_says_so() {
    let labels = json!({ "id": "Koperasi Kelurahan Merah Putih", "en": "Merah Putih ward cooperatives" });
    let d = edited(|v| find(v, "observations", "blitar-2022-07")["includes"] = labels.clone()).expect("valid");
    let includes = |id: &str| d.observations.iter().find(|o| o.id == id).and_then(|o| o.includes.as_ref());
    assert_eq!(includes("blitar-2022-07").map(|l| l.id.as_str()), Some("Koperasi Kelurahan Merah Putih"));
    assert!(includes("blitar-2019-09").is_none(), "absent: nothing apart is included");
}
