//! From the text of a dataset file to a validated [`Dataset`], or a [`LoadError`] that says
//! precisely what is wrong. The text is parsed once; only when that fails is it read again,
//! loosely, to tell a file of another schema version from a malformed one.
//!
//! Natively (tests, the build's prerender) `serde_json` parses and reports line and column. In
//! the browser the engine's `JSON.parse` and `serde-wasm-bindgen` do, reporting the path of a
//! bad field: ~16 KB less wasm (brotli) than carrying serde_json's parser.

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
    let data = parse_unchecked(file, text)?;
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

#[cfg(not(target_arch = "wasm32"))]
fn deserialize(file: &str, text: &str) -> Result<Dataset, LoadError> {
    use serde_json::Value;
    let at = |e: &serde_json::Error| Place::Line { line: e.line(), column: e.column() };
    serde_json::from_str::<Dataset>(text).map_err(|e| {
        if e.is_syntax() || e.is_eof() {
            return LoadError::NotJson { file: file.into(), at: at(&e), detail: e.to_string() };
        }
        let shape = || LoadError::Schema { file: file.into(), at: at(&e), detail: e.to_string() };
        match serde_json::from_str::<Value>(text) {
            Ok(v) => misfit(file, v.get("schema_version").map(Value::to_string), shape),
            Err(_) => shape(),
        }
    })
}

#[cfg(target_arch = "wasm32")]
fn deserialize(file: &str, text: &str) -> Result<Dataset, LoadError> {
    use leptos::wasm_bindgen::JsValue;
    use leptos::web_sys::js_sys::{Reflect, JSON};
    let value = JSON::parse(text).map_err(|e| LoadError::NotJson {
        file: file.into(),
        at: Place::InDetail,
        detail: String::from(leptos::web_sys::js_sys::Error::from(e).message()),
    })?;
    serde_wasm_bindgen::from_value::<Dataset>(value.clone()).map_err(|e| {
        let version = Reflect::get(&value, &JsValue::from_str("schema_version"))
            .ok()
            .filter(|v| !v.is_undefined())
            .map(|v| JSON::stringify(&v).ok().and_then(|s| s.as_string()).unwrap_or_else(|| "(?)".into()));
        misfit(file, version, || match locate(&value) {
            Some((path, detail)) => LoadError::Schema { file: file.into(), at: Place::Path(path), detail },
            None => LoadError::Schema { file: file.into(), at: Place::InDetail, detail: e.to_string() },
        })
    })
}

/// Which record of a file that does not match the schema is at fault (`cities[2]`), found by
/// reading each list's records one by one: only on that error path, and with the model's own
/// deserialisers, so it costs almost nothing (a general path tracker cost ~7 KB of wasm).
#[cfg(target_arch = "wasm32")]
fn locate(value: &leptos::wasm_bindgen::JsValue) -> Option<(String, String)> {
    use leptos::web_sys::js_sys::{Array, Reflect};
    use serde::de::DeserializeOwned;

    use super::model::*;
    fn first_bad<T: DeserializeOwned>(value: &leptos::wasm_bindgen::JsValue, key: &str) -> Option<(String, String)> {
        let list = Reflect::get(value, &key.into()).ok().filter(Array::is_array)?;
        Array::from(&list).iter().enumerate().find_map(|(i, record)| {
            serde_wasm_bindgen::from_value::<T>(record).err().map(|e| (format!("{key}[{i}]"), e.to_string()))
        })
    }
    first_bad::<HealthScale>(value, "health_scales")
        .or_else(|| first_bad::<Source>(value, "sources"))
        .or_else(|| first_bad::<Organisation>(value, "organisations"))
        .or_else(|| first_bad::<City>(value, "cities"))
        .or_else(|| first_bad::<Person>(value, "people"))
        .or_else(|| first_bad::<Event>(value, "events"))
        .or_else(|| first_bad::<Observation>(value, "observations"))
        .or_else(|| first_bad::<Award>(value, "awards"))
        .or_else(|| first_bad::<Activity>(value, "activities"))
}
