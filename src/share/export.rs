//! The city list as a spreadsheet (CSV) and as JSON: what a reader downloads from the cards,
//! after their filters. Every figure comes with its as-of date and its source, and every file
//! with the dataset's version. Pure: the browser only hands the text to a download link.

use crate::data::{Dataset, Figure, Source};
use crate::i18n::{people::display_name, Lang};
use crate::query::records::{latest_award, latest_observation, leader};

/// Column names, Indonesian and English (the CSV's header row follows the interface language;
/// JSON always uses the English names, stable for programs).
const COLUMNS: [(&str, &str); 19] = [
    ("kota", "city"),
    ("kode_wilayah", "region_code"),
    ("jenis", "kind"),
    ("provinsi", "province"),
    ("pimpinan", "leader"),
    ("pimpinan_per", "leader_as_of"),
    ("pimpinan_sumber", "leader_source"),
    ("jumlah_koperasi", "cooperatives"),
    ("aktif", "active"),
    ("tidak_aktif", "inactive"),
    ("angka_perkiraan", "approximate"),
    ("angka_per", "figures_as_of"),
    ("angka_sumber", "figures_source"),
    ("penghargaan_terakhir", "latest_award"),
    ("penghargaan_tanggal", "award_date"),
    ("penghargaan_sumber", "award_source"),
    ("data_versi", "dataset_version"),
    ("data_diperbarui", "dataset_updated"),
    // Added last, so that a reader of the older columns by position still finds them.
    ("angka_register", "figures_register"),
];

/// One row per city in `cities` (positions in `Dataset::cities`, as the home page keeps its
/// list; in that order): the cells in [`COLUMNS`] order. A figure the sources do not give is
/// an empty cell, never 0.
pub fn rows(data: &Dataset, cities: &[usize], lang: Lang) -> Vec<[String; 19]> {
    let source = |id: &str| data.source(id).map_or_else(|| id.to_string(), source_text);
    let value = |f: &Option<Figure>| f.as_ref().map(|f| f.value.to_string()).unwrap_or_default();
    cities
        .iter()
        .filter_map(|&at| data.cities.get(at))
        .map(|c| {
            let lead = leader(data, &c.id);
            let obs = latest_observation(data, &c.id);
            let award = latest_award(data, &c.id);
            let approximate =
                obs.is_some_and(|o| [&o.total, &o.active, &o.inactive].into_iter().flatten().any(|f| f.approximate));
            [
                c.name.clone(),
                c.code.clone(),
                c.kind.key().to_string(),
                c.province.clone(),
                lead.map(|(p, r)| format!("{}, {}", display_name(lang, p), r.title)).unwrap_or_default(),
                lead.map(|(_, r)| r.as_of.value.clone()).unwrap_or_default(),
                lead.map(|(_, r)| source(&r.source)).unwrap_or_default(),
                obs.map(|o| value(&o.total)).unwrap_or_default(),
                obs.map(|o| value(&o.active)).unwrap_or_default(),
                obs.map(|o| value(&o.inactive)).unwrap_or_default(),
                if obs.is_some() { approximate.to_string() } else { String::new() },
                obs.map(|o| o.as_of.value.clone()).unwrap_or_default(),
                obs.map(|o| source(&o.source)).unwrap_or_default(),
                award.map(|a| a.title.clone().unwrap_or_default()).unwrap_or_default(),
                award.map(|a| a.date.value.clone()).unwrap_or_default(),
                award.map(|a| source(&a.source)).unwrap_or_default(),
                data.dataset.version.clone().unwrap_or_default(),
                data.dataset.updated.clone(),
                obs.map(|o| o.basis.key().to_string()).unwrap_or_default(),
            ]
        })
        .collect()
}

/// A source in one cell: publisher, headline, link or local copy, whichever are known.
fn source_text(s: &Source) -> String {
    let parts: Vec<&str> =
        [s.publisher.as_deref(), s.headline.as_deref(), s.url.as_deref().or(s.local_copy.as_deref())]
            .into_iter()
            .flatten()
            .collect();
    if parts.is_empty() {
        s.id.clone()
    } else {
        parts.join(" · ")
    }
}

/// CSV a spreadsheet opens correctly: UTF-8 with a byte-order mark, every field quoted, CRLF.
pub fn csv(data: &Dataset, cities: &[usize], lang: Lang) -> String {
    let field = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    let header: Vec<String> = COLUMNS.iter().map(|(id, en)| field(if lang == Lang::En { en } else { id })).collect();
    let mut out = format!("\u{feff}{}\r\n", header.join(","));
    for row in rows(data, cities, lang) {
        let cells: Vec<String> = row.iter().map(|c| field(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// JSON: an array of objects with the English column names; numbers as numbers, unknown as null.
pub fn json(data: &Dataset, cities: &[usize], lang: Lang) -> String {
    let numeric = ["cooperatives", "active", "inactive"];
    let records: Vec<String> = rows(data, cities, lang)
        .iter()
        .map(|row| {
            let fields: Vec<String> = COLUMNS
                .iter()
                .zip(row)
                .map(|((_, key), cell)| {
                    let value = match (cell.is_empty(), numeric.contains(key) || *key == "approximate") {
                        (true, _) => "null".to_string(),
                        (false, true) => cell.clone(),
                        (false, false) => crate::util::json::json_string(cell),
                    };
                    format!("\"{key}\": {value}")
                })
                .collect();
            format!("  {{ {} }}", fields.join(", "))
        })
        .collect();
    format!("[\n{}\n]\n", records.join(",\n"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::parse_dataset;

    fn real() -> Dataset {
        parse_dataset("k.json", include_str!("../../tests/fixtures/seed-data.json")).expect("valid")
    }

    /// The positions of these cities.
    fn at(d: &Dataset, ids: &[&str]) -> Vec<usize> {
        ids.iter().map(|id| d.index().city(id).expect("a bundled city")).collect()
    }

    #[test]
    fn the_csv_opens_in_a_spreadsheet_with_sources_and_dates() {
        let d = real();
        let csv = csv(&d, &at(&d, &["kota-mojokerto", "kota-probolinggo"]), Lang::Id);
        assert!(csv.starts_with("\u{feff}\"kota\",\"kode_wilayah\""), "{csv}");
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines.len(), 4, "header, two rows, and the final line break: {csv}");
        assert!(lines[1].starts_with("\"Kota Mojokerto\",\"35.76\",\"kota\",\"Jawa Timur\""), "{}", lines[1]);
        assert!(
            lines[1].contains("\"192\",\"\",\"\",\"false\",\"2022-07-12\",\"transversalmedia · Ning Ita"),
            "{}",
            lines[1]
        );
        assert!(lines[1].ends_with(",\"unspecified\""), "the register, last: {}", lines[1]);
        // "sekitar 160" active in Probolinggo: the row says the figures are approximate.
        assert!(lines[2].contains("\"160\",\"\",\"true\""), "{}", lines[2]);
        assert!(!csv.contains("\"city\""));
        assert!(super::csv(&d, &[], Lang::En).starts_with("\u{feff}\"city\",\"region_code\""));
    }

    #[test]
    fn a_kabupaten_is_written_as_the_file_writes_its_kind() {
        let d = parse_dataset("koperasi.json", include_str!("../../public/data/koperasi.json")).expect("valid");
        let csv = csv(&d, &at(&d, &["kabupaten-jember", "kota-malang"]), Lang::Id);
        assert!(csv.contains("\"Kabupaten Jember\",\"35.09\",\"kabupaten\""), "{csv}");
        assert!(csv.contains("\"Kota Malang\",\"35.73\",\"kota\""), "{csv}");
    }

    #[test]
    fn the_json_has_numbers_nulls_and_the_dataset_version() {
        let d = real();
        let json = json(&d, &at(&d, &["kota-malang"]), Lang::En);
        let v: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
        assert_eq!(v[0]["city"], "Kota Malang");
        assert_eq!(v[0]["cooperatives"], 624);
        assert_eq!(v[0]["active"], serde_json::Value::Null);
        assert_eq!(v[0]["dataset_version"].as_str(), d.dataset.version.as_deref());
        assert_eq!(v[0]["figures_register"], "unspecified");
    }
}
