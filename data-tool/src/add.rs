//! `data-tool add FILE RECORDS.json…`: adds the records of one or more files (a researcher's
//! batch, or a few records typed by hand) to the dataset, so that nobody merges lists by hand:
//!
//! - a source whose `url` the dataset already has is the same source: the new records point at
//!   the existing one, and the copy is not added;
//! - a city, organisation or health scale whose id exists is the existing one (a city with
//!   another `code` under the same id is refused); a person who exists gets the new roles;
//! - a city a record names but no file lists is added from the official list, when its id is
//!   the official name slugged (`kabupaten-jember` for "Kabupaten Jember");
//! - an observation of a `province` or the `national` total goes to `totals`;
//! - an id the dataset already uses for another record gets the batch's tag (`-a`), and every
//!   reference to it follows;
//! - `batch` and `left_out` (the researcher's notes) are not data and are dropped.
//!
//! The result is written back to FILE; `make check-data` then checks it as any edit.

use std::collections::{BTreeMap, BTreeSet};

use koperasi_kota::data::regions::{regencies, slug};
use serde_json::{json, Value};

/// What an `add` did, in counts, for the report.
#[derive(Debug, Default)]
pub struct Added {
    /// Records added, by list.
    pub records: BTreeMap<String, usize>,
    /// Sources already in the dataset (by address), and their new records pointed at them.
    pub sources_reused: usize,
    /// Cities added from the official list because a record named them.
    pub cities_from_list: usize,
    /// Ids renamed because the dataset already used them for another record.
    pub renamed: Vec<String>,
}

/// The lists of records a dataset holds, in the order they are merged.
const LISTS: [&str; 10] = [
    "health_scales",
    "sources",
    "organisations",
    "cities",
    "people",
    "events",
    "observations",
    "awards",
    "activities",
    "totals",
];

/// The lists whose records other records point at, with the field that points (`"event":
/// "harkop-2022"`): their ids are renamed when taken, and the references follow.
const REFERENCED: [(&str, &str); 6] = [
    ("events", "event"),
    ("observations", "observation"),
    ("awards", "award"),
    ("activities", "activity"),
    ("totals", "total"),
    ("health_scales", "scale"),
];

/// Adds the records of `batch` to `base` (both dataset-shaped JSON). `tag` tells this batch's
/// renamed ids apart.
pub fn add(base: &mut Value, mut batch: Value, tag: &str) -> Result<Added, String> {
    let mut added = Added::default();
    let Some(fields) = batch.as_object_mut() else { return Err("not a JSON object".into()) };
    fields.remove("batch");
    fields.remove("left_out");
    if let Some(unknown) = fields.keys().find(|k| !LISTS.contains(&k.as_str())) {
        return Err(format!("unknown list \"{unknown}\" (known: {})", LISTS.join(", ")));
    }
    // Province and national observations are totals.
    let observations = take(&mut batch, "observations");
    let (mut totals, cities): (Vec<Value>, Vec<Value>) =
        observations.into_iter().partition(|o| o.get("province").is_some() || o.get("national").is_some());
    for t in &mut totals {
        if let Some(t) = t.as_object_mut() {
            t.remove("city");
        }
    }
    batch["observations"] = Value::Array(cities);
    let mut extra_totals = take(&mut batch, "totals");
    extra_totals.append(&mut totals);
    batch["totals"] = Value::Array(extra_totals);

    // Renames, applied to the batch's references before its records are added.
    let mut renames: BTreeMap<(&str, String), String> = BTreeMap::new();
    let url_of = |s: &Value| s.get("url").and_then(Value::as_str).map(|u| u.trim().to_string());
    let known_urls: BTreeMap<String, String> =
        list(base, "sources").iter().filter_map(|s| Some((url_of(s)?, id_of(s)))).collect();
    for s in list(&batch, "sources") {
        if let Some(existing) = url_of(s).and_then(|u| known_urls.get(&u)) {
            renames.insert(("source", id_of(s)), existing.clone());
        }
    }
    for (name, key) in REFERENCED {
        let taken: BTreeSet<String> = list(base, name).iter().map(id_of).collect();
        for r in list(&batch, name) {
            let id = id_of(r);
            let same = list(base, name).iter().any(|b| b == r);
            if taken.contains(&id) && !same {
                let new = format!("{id}-{tag}");
                added.renamed.push(format!("{name} \"{id}\" → \"{new}\""));
                renames.insert((key, id), new);
            }
        }
    }
    for name in LISTS {
        for r in list_mut(&mut batch, name) {
            rename_references(r, &renames, name);
        }
    }

    // Sources, organisations, health scales, events: new ids only (renamed ones are new).
    for name in ["health_scales", "sources", "organisations", "events"] {
        let records = take(&mut batch, name);
        for r in records {
            if name == "sources" && renames.contains_key(&("source", id_of(&r))) {
                added.sources_reused += 1;
                continue;
            }
            if !has_id(base, name, &id_of(&r)) {
                push(base, name, r, &mut added);
            }
        }
    }
    // Cities: one per id, with one code.
    for c in take(&mut batch, "cities") {
        let id = id_of(&c);
        match list(base, "cities").iter().find(|b| id_of(b) == id) {
            Some(b) if b.get("code") != c.get("code") => {
                return Err(format!("cities \"{id}\": code {} here, {} in the dataset", c["code"], b["code"]))
            }
            Some(_) => {}
            None => push(base, "cities", c, &mut added),
        }
    }
    // People: new, or new roles for one already there.
    for p in take(&mut batch, "people") {
        let id = id_of(&p);
        match list_mut(base, "people").iter_mut().find(|b| id_of(b) == id) {
            Some(existing) => {
                for role in p["roles"].as_array().cloned().unwrap_or_default() {
                    if let Some(roles) = existing["roles"].as_array_mut() {
                        if !roles.contains(&role) {
                            roles.push(role);
                        }
                    }
                }
            }
            None => push(base, "people", p, &mut added),
        }
    }
    for name in ["observations", "awards", "activities", "totals"] {
        for r in take(&mut batch, name) {
            if !list(base, name).contains(&r) {
                push(base, name, r, &mut added);
            }
        }
    }
    added.cities_from_list = add_named_cities(base)?;
    Ok(added)
}

/// Adds every city a record names but no one lists, from the official list by its slugged name.
fn add_named_cities(base: &mut Value) -> Result<usize, String> {
    let listed: BTreeSet<String> = list(base, "cities").iter().map(id_of).collect();
    let mut named = BTreeSet::new();
    for name in ["observations", "awards", "activities", "organisations"] {
        for r in list(base, name) {
            named.extend(r.get("city").and_then(Value::as_str).map(str::to_string));
        }
    }
    for p in list(base, "people") {
        for role in p["roles"].as_array().into_iter().flatten() {
            named.extend(role.get("city").and_then(Value::as_str).map(str::to_string));
        }
    }
    let mut n = 0;
    for id in named.difference(&listed) {
        let Some(r) = regencies().iter().find(|r| slug(r.name) == *id) else {
            return Err(format!("city \"{id}\" is named but not listed, and no official name slugs to it"));
        };
        let record = city_record(r);
        list_mut(base, "cities").push(record);
        n += 1;
    }
    Ok(n)
}

/// A city record from the official list: `data-tool city NAME|CODE` prints it.
pub fn city_record(r: &koperasi_kota::data::regions::Regency) -> Value {
    json!({ "id": slug(r.name), "code": r.code, "name": r.name, "kind": r.kind.key(), "province": r.province })
}

/// Renames the references in `r` (a record of list `name`) and its own id.
fn rename_references(r: &mut Value, renames: &BTreeMap<(&str, String), String>, name: &str) {
    if let Some(&(_, key)) = REFERENCED.iter().find(|(list, _)| *list == name) {
        if let Some(new) = renames.get(&(key, id_of(r))) {
            r["id"] = json!(new);
        }
    }
    walk(r, &mut |key, value| {
        if let Some(s) = value.as_str() {
            let kind = match key {
                "source" => "source",
                "event" => "event",
                "scale" => "scale",
                _ => return,
            };
            if let Some(new) = renames.get(&(kind, s.to_string())) {
                *value = json!(new);
            }
        }
    });
}

/// Calls `f` on every (key, value) pair at any depth.
fn walk(v: &mut Value, f: &mut impl FnMut(&str, &mut Value)) {
    match v {
        Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                f(k, v);
                walk(v, f);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| walk(v, f)),
        _ => {}
    }
}

fn id_of(r: &Value) -> String {
    r.get("id").and_then(Value::as_str).unwrap_or_default().to_string()
}

fn has_id(base: &Value, name: &str, id: &str) -> bool {
    list(base, name).iter().any(|r| id_of(r) == id)
}

fn list<'a>(v: &'a Value, name: &str) -> &'a [Value] {
    v.get(name).and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default()
}

fn list_mut<'a>(v: &'a mut Value, name: &str) -> &'a mut Vec<Value> {
    if !v.get(name).is_some_and(Value::is_array) {
        v[name] = json!([]);
    }
    match v.get_mut(name) {
        Some(Value::Array(items)) => items,
        _ => unreachable!("made an array above"),
    }
}

fn take(v: &mut Value, name: &str) -> Vec<Value> {
    std::mem::take(list_mut(v, name))
}

fn push(base: &mut Value, name: &str, r: Value, added: &mut Added) {
    list_mut(base, name).push(r);
    *added.records.entry(name.to_string()).or_default() += 1;
}
