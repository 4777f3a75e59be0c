//! A view rendered from its part of the dataset is the view rendered from the whole file
//! (`koperasi_kota::query::split`): the home page (in both languages, every sort, every filter
//! the cards read) and the health page from the summary, the timeline (with filters) from the
//! awards part, each city page from its part. On the bundled data and on
//! a synthetic dataset of 120 cities.

use std::sync::Arc;

use koperasi_kota::data::{parse_dataset, Dataset};
use koperasi_kota::query::split::{self, Picks};
use serde_json::Value;

use crate::render_query;

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
            assert_eq!(
                render_query(summary.clone(), home, query),
                render_query(data.clone(), home, query),
                "{name}: the home page /{home}?{query} from the summary"
            );
        }
    }
    let health = cut(&split::summary(&data));
    let awards = cut(&split::awards(&data));
    let year = data.awards.first().map(|a| a.date.value.chars().take(4).collect::<String>()).unwrap_or_default();
    for lang in ["", "en/"] {
        let path = format!("{lang}kesehatan/");
        assert_eq!(render_query(health.clone(), &path, ""), render_query(data.clone(), &path, ""), "{name}: {path}");
        let path = format!("{lang}penghargaan/");
        for query in [String::new(), format!("tahun={year}"), "pemberi=dekopin".into()] {
            assert_eq!(
                render_query(awards.clone(), &path, &query),
                render_query(data.clone(), &path, &query),
                "{name}: {path}?{query} from the awards part"
            );
        }
    }
    let step = (data.cities.len() / cities_checked).max(1);
    for city in data.cities.iter().step_by(step) {
        let picks = split::city(&data, &city.id).unwrap_or_else(|| panic!("{name}: no part for {}", city.id));
        let part: Arc<Dataset> = cut(&picks);
        for lang in ["", "en/"] {
            let path = format!("{lang}kota/{}/", city.id);
            assert_eq!(
                render_query(part.clone(), &path, ""),
                render_query(data.clone(), &path, ""),
                "{name}: {path} from its part"
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
