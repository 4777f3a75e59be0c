//! Fuzzing by property: arbitrary bytes, arbitrary JSON, and the bundled file with arbitrary
//! edits never make parsing, validation, the queries or rendering panic. `make test` runs a
//! bounded smoke run (`PROPTEST_CASES`, 256 each by default); `make fuzz` a long one.

use std::sync::Arc;

use leptos::prelude::*;
use proptest::prelude::*;
use serde_json::Value;

use koperasi_kota::data::{parse_dataset, parse_sound, Dataset};
use koperasi_kota::i18n::Lang;
use koperasi_kota::nav::Location;
use koperasi_kota::url::Page;

/// The bundled dataset, the start of the edits.
const REAL: &str = include_str!("../tests/fixtures/seed-data.json");

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(256);
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}

/// Arbitrary JSON, up to a few levels deep, with the field names the schema uses so that
/// generated objects get past the first unknown field now and then.
fn json() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        Just("schema_version".to_string()),
        Just("id".to_string()),
        Just("value".to_string()),
        Just("cities".to_string()),
        "[a-z_]{1,12}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        any::<String>().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::vec((key.clone(), inner), 0..8).prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// A value a hand edit or a bad export might leave in a field.
fn nasty() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        prop_oneof![
            Just(i64::MAX),
            Just(i64::MIN),
            Just(-1i64),
            Just(0i64),
            Just(1_000_001i64),
            Just(9_000_000_000_000_000_000i64),
            any::<i64>()
        ]
        .prop_map(Value::from),
        Just(serde_json::json!(1.5)),
        Just(serde_json::json!(u64::MAX)),
        prop_oneof![
            Just(String::new()),
            Just("2024-02-30".to_string()),
            Just("0000-00-00".to_string()),
            Just("9999-12-31".to_string()),
            Just("2024-7-1".to_string()),
            Just("Senin".to_string()),
            Just("35.72".to_string()),
            Just("javascript:alert(1)".to_string()),
            Just("<script>x</script>".to_string()),
            Just("ℤ́ 🇮🇩 \u{0}".to_string()),
            any::<String>(),
        ]
        .prop_map(Value::String),
        Just(serde_json::json!([])),
        Just(serde_json::json!({})),
    ]
}

#[derive(Debug, Clone)]
enum Edit {
    Set(usize, Value),
    /// A new value of the same JSON type: gets past the parser into validation and the views.
    Retype(usize, Value),
    Remove(usize),
    Duplicate(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        2 => (any::<usize>(), nasty()).prop_map(|(at, v)| Edit::Set(at, v)),
        6 => (any::<usize>(), nasty()).prop_map(|(at, v)| Edit::Retype(at, v)),
        1 => any::<usize>().prop_map(Edit::Remove),
        1 => any::<usize>().prop_map(Edit::Duplicate),
    ]
}

/// Every place in `v`, as a path of keys and indices.
fn places(v: &Value, here: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    out.push(here.clone());
    match v {
        Value::Object(m) => m.iter().for_each(|(k, c)| {
            here.push(Step::Key(k.clone()));
            places(c, here, out);
            here.pop();
        }),
        Value::Array(a) => a.iter().enumerate().for_each(|(i, c)| {
            here.push(Step::Index(i));
            places(c, here, out);
            here.pop();
        }),
        _ => {}
    }
}

#[derive(Debug, Clone)]
enum Step {
    Key(String),
    Index(usize),
}

fn at<'a>(v: &'a mut Value, path: &[Step]) -> Option<&'a mut Value> {
    path.iter().try_fold(v, |v, s| match s {
        Step::Key(k) => v.get_mut(k),
        Step::Index(i) => v.get_mut(*i),
    })
}

fn get<'a>(v: &'a Value, path: &[Step]) -> Option<&'a Value> {
    path.iter().try_fold(v, |v, s| match s {
        Step::Key(k) => v.get(k),
        Step::Index(i) => v.get(*i),
    })
}

fn apply(v: &mut Value, e: &Edit) {
    let mut all = Vec::new();
    places(v, &mut Vec::new(), &mut all);
    let pick = |i: usize| all[i % all.len()].clone();
    match e {
        Edit::Set(i, value) => {
            if let Some(slot) = at(v, &pick(*i)) {
                *slot = value.clone();
            }
        }
        Edit::Retype(i, value) => {
            // The n-th place holding a value of the new value's type.
            let same: Vec<&Vec<Step>> = all
                .iter()
                .filter(|p| get(v, p).is_some_and(|x| std::mem::discriminant(x) == std::mem::discriminant(value)))
                .collect();
            if let Some(path) = same.get(*i % same.len().max(1)).map(|p| (*p).clone()) {
                if let Some(slot) = at(v, &path) {
                    *slot = value.clone();
                }
            }
        }
        Edit::Remove(i) | Edit::Duplicate(i) => {
            let path = pick(*i);
            let Some((last, parent)) = path.split_last() else { return };
            let Some(parent) = at(v, parent) else { return };
            match (parent, last, e) {
                (Value::Object(m), Step::Key(k), Edit::Remove(_)) => drop(m.remove(k)),
                (Value::Array(a), Step::Index(i), Edit::Remove(_)) => drop(a.remove(*i)),
                (Value::Array(a), Step::Index(i), _) => {
                    let copy = a[*i].clone();
                    a.push(copy);
                }
                _ => {}
            }
        }
    }
}

/// Everything the app does with a dataset it shows: every page rendered, in both languages.
fn exercise(data: Dataset) {
    let data = Arc::new(data);
    let mut pages = vec![Page::Cities, Page::Awards, Page::Health, Page::Check, Page::Unknown("x".into())];
    pages.extend(data.cities.iter().map(|c| Page::City(c.id.clone())));
    for page in pages {
        for lang in [Lang::Id, Lang::En] {
            let _ = koperasi_kota::share::meta::page_meta(&data, &page, lang);
        }
        let folder = page.folder().map(|f| f.iter().map(|s| format!("{s}/")).collect::<String>());
        let location = Location { path: folder.unwrap_or_default(), query: "?cari=a&urut=jumlah&lang=en".into() };
        let data = data.clone();
        let html = Owner::new().with(|| view! { <koperasi_kota::shell::StaticApp data location/> }.to_html());
        assert!(html.contains("<main"), "rendered without a main region");
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = parse_dataset("f.json", &text);
        let _ = parse_sound("f.json", &text);
    }

    #[test]
    fn arbitrary_json_never_panics(v in json(), version in prop_oneof![Just(None), Just(Some(2)), any::<i64>().prop_map(Some)]) {
        let mut v = v;
        if let (Value::Object(m), Some(n)) = (&mut v, version) {
            m.insert("schema_version".into(), Value::from(n));
        }
        let _ = parse_sound("f.json", &v.to_string());
    }

    #[test]
    fn the_bundled_file_with_arbitrary_edits_never_panics(edits in prop::collection::vec(edit(), 1..6)) {
        let mut v: Value = serde_json::from_str(REAL).expect("JSON");
        edits.iter().for_each(|e| apply(&mut v, e));
        let text = v.to_string();
        let _ = parse_dataset("f.json", &text);
        if let Ok(sound) = parse_sound("f.json", &text) {
            exercise(sound.data);
        }
    }
}
