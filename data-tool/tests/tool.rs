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

/// The seed data, as a file `add` can write to.
fn seeds_copy(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("data-tool-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("k.json");
    std::fs::copy(Path::new(ROOT).join("tests/fixtures/seed-data.json"), &file).expect("copy");
    file
}

#[test]
fn add_reuses_sources_by_address_adds_named_cities_and_renames_taken_ids() {
    let mut base: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(seeds_copy("add")).expect("seeds")).expect("JSON");
    base["sources"][0]["url"] = serde_json::json!("https://example.org/a");
    let locator = serde_json::json!({ "start": "Koperasi di Jember", "end": "1.958 unit.", "says": "1.958 koperasi." });
    let batch = serde_json::json!({
        "batch": "X", "left_out": [{ "what": "…" }],
        "sources": [
            { "id": "x-same", "kind": "news", "url": "https://example.org/a" },
            { "id": "x-new", "kind": "news", "url": "https://example.org/b" }
        ],
        "observations": [
            { "id": "blitar-2019-09", "city": "kabupaten-jember", "source": "x-new", "as_of": { "value": "2022" },
              "total": { "value": 1958, "locator": locator }, "active": null, "inactive": null, "dissolving": null },
            { "id": "jatim-2021", "province": "Jawa Timur", "source": "x-same", "as_of": { "value": "2021" }, "basis": "bps",
              "active": { "value": 22845, "locator": locator } }
        ]
    });
    let added = data_tool::add::add(&mut base, batch, "x").expect("adds");
    assert_eq!((added.sources_reused, added.cities_from_list), (1, 1));
    assert_eq!(added.renamed, ["observations \"blitar-2019-09\" → \"blitar-2019-09-x\""]);
    let data = parse_dataset("k.json", &base.to_string()).expect("the result validates");
    let jember = data.city("kabupaten-jember").expect("added from the official list");
    assert_eq!((jember.code.as_str(), jember.province.as_str()), ("35.09", "Jawa Timur"));
    assert_eq!(data.totals.len(), 1, "a province's observation is a total");
    assert_eq!(data.totals[0].source, data.sources[0].id, "the source already there, by address");
    assert_eq!(data.sources.len(), 6);
}

#[test]
fn add_refuses_a_city_id_with_another_code() {
    let mut base: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(seeds_copy("code")).expect("seeds")).expect("JSON");
    let batch = serde_json::json!({ "cities": [
        { "id": "kota-blitar", "code": "35.05", "name": "Kota Blitar", "kind": "kota", "province": "Jawa Timur" } ] });
    let error = data_tool::add::add(&mut base, batch, "x").expect_err("refused");
    assert!(error.contains("cities \"kota-blitar\": code \"35.05\" here, \"35.72\" in the dataset"), "{error}");
}

#[test]
fn coverage_counts_each_province_s_kabupaten_kota() {
    let data = parse_dataset("seeds", include_str!("../../tests/fixtures/seed-data.json")).expect("valid");
    let rows = data_tool::coverage::coverage(&data);
    let jatim = rows.iter().find(|r| r.province == "Jawa Timur").expect("Jawa Timur");
    assert_eq!((jatim.regencies, jatim.with_counts, jatim.with_awards, jatim.with_health), (38, 4, 3, 1));
    let country = rows.last().expect("the country");
    assert_eq!((country.province.as_str(), country.regencies, country.with_counts), ("Indonesia", 514, 4));
    assert!(data_tool::coverage::table(&rows).starts_with("| province | kab/kota |"));
}
