//! The seed data and the bundled dataset must validate cleanly, every quote must stand verbatim in its seed article,
//! and each kind of problem must be reported with its location.

use serde_json::Value;

use super::*;

mod dataset;
mod evidence;
mod problems;
mod shares_totals;

/// The seed data as it was before the collected data joined it (four cities, five articles):
/// the tests that edit a dataset or count what it holds start from it, so that a data edit to
/// the bundled file never changes them. `dataset.rs` checks that the bundled file keeps it.
const REAL: &str = include_str!("../../../tests/fixtures/seed-data.json");

/// The bundled dataset.
const BUNDLED: &str = include_str!("../../../public/data/koperasi.json");

fn real() -> Dataset {
    match parse_dataset("koperasi.json", REAL) {
        Ok(d) => d,
        Err(e) => panic!("the bundled dataset must validate: {e}"),
    }
}

/// The real dataset with one edit applied, as a data editor might make it.
fn edited(edit: impl FnOnce(&mut Value)) -> Result<Dataset, LoadError> {
    let mut v: Value = serde_json::from_str(REAL).expect("bundled JSON parses");
    edit(&mut v);
    parse_dataset("koperasi.json", &v.to_string())
}

fn problems(edit: impl FnOnce(&mut Value)) -> Vec<Problem> {
    match edited(edit) {
        Err(LoadError::Invalid { problems, .. }) => problems,
        other => panic!("expected validation problems, got {other:?}"),
    }
}

fn find<'a>(v: &'a mut Value, collection: &str, id: &str) -> &'a mut Value {
    v[collection]
        .as_array_mut()
        .and_then(|a| a.iter_mut().find(|r| r["id"] == id))
        .unwrap_or_else(|| panic!("{collection} has {id}"))
}
