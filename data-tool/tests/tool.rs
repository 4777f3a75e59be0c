//! The data tools on the bundled dataset and on a schema 1 copy of it.

use std::path::Path;

use koperasi_kota::data::parse_dataset;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

#[test]
fn the_bundled_dataset_passes_the_check_with_every_quote_found() {
    let root = Path::new(ROOT);
    let report = data_tool::check(&root.join("public/data/koperasi.json"), &root.join("tests/fixtures/seeds"))
        .expect("readable");
    assert!(report.problems.is_empty(), "{:#?}", report.problems);
    assert!(report.cities >= 4 && report.quotes_checked >= 62, "{} {}", report.cities, report.quotes_checked);
}

#[test]
fn the_check_reports_a_quote_missing_from_its_copy() {
    let root = Path::new(ROOT);
    let text = std::fs::read_to_string(root.join("public/data/koperasi.json")).expect("bundled");
    let edited = text.replacen("\"quote\": \"", "\"quote\": \"Tidak ada di artikel. ", 1);
    let dir = std::env::temp_dir().join(format!("check-data-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(dir.join("k.json"), edited).expect("write");
    let report = data_tool::check(&dir.join("k.json"), &root.join("tests/fixtures/seeds")).expect("readable");
    assert_eq!(report.problems.len(), 1, "{:#?}", report.problems);
    assert!(report.problems[0].contains("not found word for word"), "{}", report.problems[0]);
}

#[test]
fn a_schema_1_file_migrates_to_the_bundled_schema_2_file() {
    let v1: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(Path::new(ROOT).join("tests/fixtures/koperasi-v1.json")).expect("v1 copy"),
    )
    .expect("JSON");
    let v2 = data_tool::migrate_v1(v1).expect("migrates");
    let migrated = parse_dataset("v1.json", &v2.to_string()).expect("the migrated file validates");
    let bundled = std::fs::read_to_string(Path::new(ROOT).join("public/data/koperasi.json")).expect("bundled");
    let bundled = parse_dataset("koperasi.json", &bundled).expect("bundled validates");
    // The bundled file was migrated this way; later additions to it are not in the old copy.
    assert_eq!(migrated.cities, bundled.cities[..migrated.cities.len()]);
    assert_eq!(migrated.sources, bundled.sources[..migrated.sources.len()]);
    assert_eq!(migrated.awards, bundled.awards[..migrated.awards.len()]);
}
