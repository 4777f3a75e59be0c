//! The data editor's tools, in Rust only (no browser): the check `make check-data` runs, adding
//! records (a researcher's batch) to the dataset, a city's record from the official list, the
//! coverage report by province, the migration of schema 1 files to schema 2, and the synthetic
//! national dataset for benchmarks.

pub mod add;
pub mod coverage;
pub mod synth;

use std::path::Path;

use koperasi_kota::data::quotes::{check_quotes, located_count};
use koperasi_kota::data::{parse_dataset, regions, LoadError};
use koperasi_kota::query::disagree::{self, Disagreement};
use serde_json::{json, Value};

/// What the check found: how much it looked at, and every problem in words.
pub struct Report {
    pub cities: usize,
    /// Provinces with a city in the data, and those with a total of their own.
    pub provinces: usize,
    /// Counts, health counts and shares, in cities' observations and in totals.
    pub figures: usize,
    pub records: usize,
    pub quotes_checked: usize,
    /// Quotes whose source has no local copy to check them against.
    pub quotes_unchecked: usize,
    /// Sentences located on pages the dataset does not copy (linked, not quoted).
    pub located: usize,
    /// Sources that disagree, as notices: both are kept and shown, neither is an error.
    pub notices: Vec<String>,
    pub problems: Vec<String>,
}

/// Validates the dataset at `file` with the app's own code and, for every source with a local
/// copy in `texts`, that each of its quotes stands in it word for word.
pub fn check(file: &Path, texts: &Path) -> Result<Report, String> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let name = file.file_name().map_or_else(|| file.display().to_string(), |n| n.to_string_lossy().into_owned());
    let data = match parse_dataset(&name, &text) {
        Ok(d) => d,
        Err(LoadError::Invalid { problems, .. }) => {
            return Ok(Report {
                cities: 0,
                provinces: 0,
                figures: 0,
                records: 0,
                quotes_checked: 0,
                quotes_unchecked: 0,
                located: 0,
                notices: Vec::new(),
                problems: problems.iter().map(ToString::to_string).collect(),
            })
        }
        Err(e) => return Err(e.to_string()),
    };
    let read = |copy: &str| {
        let path = texts.join(copy);
        std::fs::read_to_string(&path).map_err(|e| format!("local copy {}: {e}", path.display()))
    };
    let quotes = check_quotes(&data, read);
    let mut provinces: Vec<&str> = data.cities.iter().map(|c| c.province.as_str()).collect();
    provinces.extend(data.totals.iter().filter_map(|t| t.province.as_deref()));
    provinces.sort_unstable();
    provinces.dedup();
    let figures = data
        .observations
        .iter()
        .chain(&data.totals)
        .map(|o| {
            let counts = o.counts().iter().filter(|(_, f)| f.is_some()).count();
            let health =
                o.health.as_ref().map_or(0, |h| h.counts.len() + h.shares.len() + usize::from(h.assessed.is_some()));
            counts + health + o.shares.len()
        })
        .sum();
    Ok(Report {
        cities: data.cities.len(),
        provinces: provinces.len(),
        figures,
        records: data.record_count(),
        quotes_checked: quotes.checked,
        quotes_unchecked: quotes.unchecked,
        located: located_count(&data),
        notices: disagree::all(&data).iter().map(notice).collect(),
        problems: quotes.problems,
    })
}

/// A disagreeing pair in words: the two observations, their sources and the counts that differ.
fn notice(d: &Disagreement) -> String {
    let figures = |o: &koperasi_kota::data::Observation| {
        o.counts()
            .into_iter()
            .filter(|(name, _)| d.fields.contains(name))
            .filter_map(|(name, f)| f.as_ref().map(|f| format!("{name} {}", f.value)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    format!(
        "{}: observations \"{}\" ({}, source \"{}\": {}) and \"{}\" ({}, source \"{}\": {}) disagree; both are shown",
        d.first.city,
        d.first.id,
        d.first.as_of.value,
        d.first.source,
        figures(d.first),
        d.second.id,
        d.second.as_of.value,
        d.second.source,
        figures(d.second)
    )
}

/// A schema 1 file as schema 2: each city gets its kode wilayah (looked up by its official name),
/// each source the kind `news` (schema 1 held only news articles) and its seed file as local
/// copy (schema 1 named a source by its seed file), and award recipients, `received_by` and
/// `handed_by` become `{ "person": id }`. Everything else is unchanged.
pub fn migrate_v1(mut v: Value) -> Result<Value, String> {
    if v.get("schema_version") != Some(&json!(1)) {
        return Err(format!(
            "not a schema 1 file (schema_version is {})",
            v.get("schema_version").unwrap_or(&Value::Null)
        ));
    }
    v["schema_version"] = json!(2);
    let mut problems = Vec::new();
    for city in v["cities"].as_array_mut().into_iter().flatten() {
        let name = city["name"].as_str().unwrap_or_default().to_owned();
        match regions::regency_named(&name) {
            Some(r) => city["code"] = json!(r.code),
            None => problems.push(format!("city \"{name}\" is not in the official list; set its \"code\" by hand")),
        }
    }
    for source in v["sources"].as_array_mut().into_iter().flatten() {
        source["kind"] = json!("news");
        if let Some(id) = source["id"].as_str() {
            source["local_copy"] = json!(format!("{id}.txt"));
        }
    }
    for award in v["awards"].as_array_mut().into_iter().flatten() {
        for field in ["recipient", "received_by", "handed_by"] {
            if let Some(person) = award.get(field).and_then(Value::as_str).map(str::to_owned) {
                award[field] = json!({ "person": person });
            }
        }
    }
    if problems.is_empty() {
        Ok(v)
    } else {
        Err(problems.join("\n"))
    }
}
