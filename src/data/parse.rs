//! From the text of a dataset file to a validated [`Dataset`], or a [`LoadError`] that says
//! precisely what is wrong. The text is parsed once; only when that fails is it read again,
//! loosely, to tell a file of another schema version from a malformed one.
//!
//! `serde_json` parses, in the build and in the browser alike, and reports line and column; it
//! reads the text straight into the model, where the engine's `JSON.parse` and a conversion
//! would cross from wasm to JS for every field (docs/PERF.md).

use super::error::{LoadError, Place};
use super::model::{Dataset, SCHEMA_VERSION};
use super::validate::{keep_sound, validate, Problem};

/// Parses and validates `text`, the content of the dataset file `file` (named in messages):
/// any problem is an error. For the build and `make check-data`.
pub fn parse_dataset(file: &str, text: &str) -> Result<Dataset, LoadError> {
    let data = parse_unchecked(file, text)?;
    let problems = validate(&data);
    if problems.is_empty() {
        Ok(data)
    } else {
        Err(LoadError::Invalid { file: file.into(), problems })
    }
}

/// A dataset fit to show, and the records skipped from it with the reasons.
#[derive(Debug, Clone)]
pub struct Sound {
    pub data: Dataset,
    pub skipped: Vec<Problem>,
}

/// Parses `text` and keeps its sound records (see [`keep_sound`]): for the browser, which shows
/// what it can and lists what it skipped. Errors only when nothing sensible can be shown.
pub fn parse_sound(file: &str, text: &str) -> Result<Sound, LoadError> {
    sound(file, read(file, text)?)
}

/// The first half of [`parse_sound`]: `text` read into the model, not yet validated. The
/// browser lets other work run between the halves (see `loading::load`).
pub fn read(file: &str, text: &str) -> Result<Dataset, LoadError> {
    parse_unchecked(file, text)
}

/// The second half of [`parse_sound`]: the sound records of `data`, read from `file`.
pub fn sound(file: &str, data: Dataset) -> Result<Sound, LoadError> {
    keep_sound(data)
        .map(|(data, skipped)| Sound { data, skipped })
        .map_err(|problems| LoadError::Invalid { file: file.into(), problems })
}

/// A file checked as the build would check it (every problem), and the part of it the browser
/// can show (`None` when nothing can be): for the "Periksa data" page. Parsed once.
pub fn parse_checked(file: &str, text: &str) -> Result<(Vec<Problem>, Option<Sound>), LoadError> {
    let data = parse_unchecked(file, text)?;
    let problems = validate(&data);
    let sound = if problems.is_empty() {
        Some(Sound { data, skipped: Vec::new() })
    } else {
        keep_sound(data).ok().map(|(data, skipped)| Sound { data, skipped })
    };
    Ok((problems, sound))
}

/// The parsed file of this schema version, not yet validated.
fn parse_unchecked(file: &str, text: &str) -> Result<Dataset, LoadError> {
    let data = deserialize(file, text)?;
    if data.schema_version != SCHEMA_VERSION {
        return Err(version_error(file, data.schema_version.to_string()));
    }
    Ok(data)
}

fn version_error(file: &str, found: String) -> LoadError {
    LoadError::Version { file: file.into(), found, expected: SCHEMA_VERSION }
}

/// The error for a JSON file that does not fit the model, given its `schema_version` as JSON
/// text (`None` when missing): a file for another version is reported as such, since its field
/// errors would only confuse; anything else is a `shape` error.
fn misfit(file: &str, version: Option<String>, shape: impl FnOnce() -> LoadError) -> LoadError {
    match version {
        Some(v) if v == SCHEMA_VERSION.to_string() => shape(),
        found => version_error(file, found.unwrap_or_else(|| "(missing)".into())),
    }
}

fn deserialize(file: &str, text: &str) -> Result<Dataset, LoadError> {
    /// Only the version of a file that does not fit the model, as written (a whole JSON value
    /// would carry serde_json's `Value` into the wasm for one error message).
    #[derive(serde::Deserialize)]
    struct Version<'a> {
        #[serde(borrow)]
        schema_version: Option<&'a serde_json::value::RawValue>,
    }
    let at = |e: &serde_json::Error| Place::Line { line: e.line(), column: e.column() };
    serde_json::from_str::<Dataset>(text).map_err(|e| {
        if e.is_syntax() || e.is_eof() {
            return LoadError::NotJson { file: file.into(), at: at(&e), detail: e.to_string() };
        }
        let shape = || LoadError::Schema { file: file.into(), at: at(&e), detail: e.to_string() };
        match serde_json::from_str::<Version>(text) {
            Ok(v) => misfit(file, v.schema_version.map(|raw| raw.get().to_owned()), shape),
            Err(_) => shape(),
        }
    })
}
