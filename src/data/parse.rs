//! From the text of a dataset file to a validated [`Dataset`], or a [`LoadError`] that says
//! precisely what is wrong. Pure and native, so every failure mode has a test.

use serde_json::Value;

use super::error::LoadError;
use super::model::{Dataset, SCHEMA_VERSION};
use super::validate::validate;

/// Parses and validates `text`, the content of the dataset file `file` (named in messages).
pub fn parse_dataset(file: &str, text: &str) -> Result<Dataset, LoadError> {
    // The version is checked on the loose JSON first: a file for another version would
    // otherwise fail with a confusing field error.
    let loose: Value = serde_json::from_str(text).map_err(|e| LoadError::NotJson {
        file: file.into(),
        line: e.line(),
        column: e.column(),
        detail: e.to_string(),
    })?;
    let found = loose.get("schema_version");
    if found.and_then(Value::as_u64) != Some(u64::from(SCHEMA_VERSION)) {
        return Err(LoadError::Version {
            file: file.into(),
            found: found.map_or_else(|| "(missing)".into(), Value::to_string),
            expected: SCHEMA_VERSION,
        });
    }
    // Parse the text again (not the Value) so that shape errors keep their line and column.
    let data: Dataset = serde_json::from_str(text).map_err(|e| LoadError::Schema {
        file: file.into(),
        line: e.line(),
        column: e.column(),
        detail: e.to_string(),
    })?;
    let problems = validate(&data);
    if problems.is_empty() {
        Ok(data)
    } else {
        Err(LoadError::Invalid { file: file.into(), problems })
    }
}
