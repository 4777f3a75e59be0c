//! A view rendered from its part of the dataset is the view rendered from the whole file
//! (`koperasi_kota::query::split`): the home page (in both languages, every sort, every filter
//! the cards read), each province page and the health page from the summary, the timeline (with filters) from the
//! awards part, each city page from its part. On the bundled data and on
//! a synthetic dataset of 120 cities.

use std::sync::Arc;

use koperasi_kota::data::{parse_dataset, Dataset};
use koperasi_kota::query::split::{self, Picks};
use serde_json::Value;

use crate::render_query;

/// `part` and `whole` are the same HTML; else fails with where they first differ.
fn same(part: String, whole: String, what: &str) {
    if part == whole {
        return;
    }
    let at = part.bytes().zip(whole.bytes()).take_while(|(a, b)| a == b).count();
    let around = |s: &str| {
        let start = s.floor_char_boundary(at.saturating_sub(300));
        let end = s.ceil_char_boundary((at + 300).min(s.len()));
        s[start..end].to_string()
    };
    panic!("{what}: differs at byte {at}\n from the part: …{}…\n from the whole: …{}…", around(&part), around(&whole));
}

fn check(name: &str, text: &str, cities_checked: usize) {
    let whole: Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{name}: {e}"));
    let data = Arc::new(parse_dataset(name, text).unwrap_or_else(|e| panic!("{name}: {e}")));
    let cut = |picks: &Picks| {
        let part = split::cut(&whole, picks).to_string();
        assert!(part.len() < text.len(), "{name}: a part is smaller than the whole");
        Arc::new(parse_dataset("part", &part).unwrap_or_else(|e| panic!("{name}: a part is invalid: {e}")))
    };
    let summary = cut(&split::summary(&data));
    let province = data.cities.last().map(|c| c.province.clone()).unwrap_or_default();
    let queries = [
        String::new(),
        "urut=jumlah".into(),
        "urut=aktif".into(),
        "urut=penghargaan".into(),
        "penghargaan=ada".into(),
        format!("provinsi={}", koperasi_kota::url::encode(&province)),
    ];
    for home in ["", "en/"] {
        for query in &queries {
            same(
                render_query(summary.clone(), home, query),
                render_query(data.clone(), home, query),
                &format!("{name}: the home page /{home}?{query} from the summary"),
            );
        }
    }
    // Each province page (and one without data) from the summary.
    let mut provinces: Vec<String> = data.cities.iter().map(|c| c.province.clone()).collect();
    provinces.push("Papua Selatan".into());
    provinces.dedup();
    for province in provinces {
        let slug = koperasi_kota::data::regions::slug(&province);
        for lang in ["", "en/"] {
            let path = format!("{lang}provinsi/{slug}/");
            same(
                render_query(summary.clone(), &path, ""),
                render_query(data.clone(), &path, ""),
                &format!("{name}: {path}"),
            );
        }
    }
    let health = cut(&split::summary(&data));
    let awards = cut(&split::awards(&data));
    let year = data.awards.first().map(|a| a.date.value.chars().take(4).collect::<String>()).unwrap_or_default();
    for lang in ["", "en/"] {
        let path = format!("{lang}kesehatan/");
        same(
            render_query(health.clone(), &path, ""),
            render_query(data.clone(), &path, ""),
            &format!("{name}: {path}"),
        );
        let path = format!("{lang}penghargaan/");
        for query in [String::new(), format!("tahun={year}"), "pemberi=dekopin".into()] {
            same(
                render_query(awards.clone(), &path, &query),
                render_query(data.clone(), &path, &query),
                &format!("{name}: {path}?{query} from the awards part"),
            );
        }
    }
    let step = (data.cities.len() / cities_checked).max(1);
    for city in data.cities.iter().step_by(step) {
        let picks = split::city(&data, &city.id).unwrap_or_else(|| panic!("{name}: no part for {}", city.id));
        let part: Arc<Dataset> = cut(&picks);
        for lang in ["", "en/"] {
            let path = format!("{lang}kota/{}/", city.id);
            same(
                render_query(part.clone(), &path, ""),
                render_query(data.clone(), &path, ""),
                &format!("{name}: {path} from its part"),
            );
        }
    }
}

#[test]
fn the_bundled_views_render_the_same_from_their_parts() {
    check("koperasi.json", include_str!("../../public/data/koperasi.json"), usize::MAX);
}

#[test]
fn the_synthetic_views_render_the_same_from_their_parts() {
    check("synthetic", &data_tool::synth::synthetic(3, 120).to_string(), 30);
}
