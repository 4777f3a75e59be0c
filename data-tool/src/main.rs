//! `data-tool check FILE [--texts DIR]` (make check-data), `data-tool add FILE RECORDS.json…`
//! (records into the dataset), `data-tool city NAME|CODE` (a city's record from the official
//! list), `data-tool coverage FILE` (make coverage), `data-tool migrate FILE`
//! (make migrate-data) and `data-tool synth [--seed N] [--cities N]` (the synthetic national
//! dataset of `make bench`, on standard output). Exit status 1 on any problem.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["check", file, rest @ ..] => {
            let texts = match rest {
                [] => PathBuf::from(file).parent().map(|p| p.join("texts")).unwrap_or_default(),
                ["--texts", dir] => PathBuf::from(dir),
                _ => return usage(),
            };
            check(&PathBuf::from(file), &texts)
        }
        ["migrate", file] => migrate(&PathBuf::from(file)),
        ["add", file, batches @ ..] if !batches.is_empty() => add(&PathBuf::from(file), batches),
        ["city", name @ ..] if !name.is_empty() => city(&name.join(" ")),
        ["coverage", file] => coverage(&PathBuf::from(file)),
        ["synth", rest @ ..] => {
            let flag = |name: &str| rest.iter().position(|a| *a == name).and_then(|i| rest.get(i + 1).copied());
            let seed = flag("--seed").and_then(|s| s.parse().ok()).unwrap_or(1);
            let cities = flag("--cities").and_then(|s| s.parse().ok()).unwrap_or(usize::MAX);
            let value = data_tool::synth::synthetic(seed, cities);
            println!("{value:#}");
            ExitCode::SUCCESS
        }
        _ => usage(),
    }
}

fn check(file: &std::path::Path, texts: &std::path::Path) -> ExitCode {
    match data_tool::check(file, texts) {
        Err(e) => {
            eprintln!("check-data: {e}");
            ExitCode::FAILURE
        }
        Ok(r) if r.problems.is_empty() => {
            println!(
                "check-data: {} is sound: {} cities in {} provinces, {} records, {} figures; {} quotes found word for word in local copies ({}), {} not checked (their source has no local copy); {} sentences located on their pages (linked, not quoted)",
                file.display(),
                r.cities,
                r.provinces,
                r.records,
                r.figures,
                r.quotes_checked,
                texts.display(),
                r.quotes_unchecked,
                r.located
            );
            println!("check-data: {} pair(s) of sources disagree (notices, not errors)", r.notices.len());
            r.notices.iter().for_each(|n| println!("  notice: {n}"));
            ExitCode::SUCCESS
        }
        Ok(r) => {
            eprintln!("check-data: {} has {} problem(s):", file.display(), r.problems.len());
            r.problems.iter().for_each(|p| eprintln!("  - {p}"));
            ExitCode::FAILURE
        }
    }
}

/// Adds each batch's records to `file` and writes it back (two-space JSON, as the bundled file).
fn add(file: &std::path::Path, batches: &[&str]) -> ExitCode {
    let read = |p: &str| -> Result<serde_json::Value, String> {
        let text = std::fs::read_to_string(p).map_err(|e| format!("{p}: {e}"))?;
        serde_json::from_str(&text).map_err(|e| format!("{p}: not JSON: {e}"))
    };
    let result = (|| {
        let mut base = read(&file.to_string_lossy())?;
        for batch in batches {
            // The tag of renamed ids: the batch file's name ("A" for A.json), lowercased.
            let tag = std::path::Path::new(batch)
                .file_stem()
                .map(|s| s.to_string_lossy().to_ascii_lowercase())
                .unwrap_or_else(|| "b".into());
            let added = data_tool::add::add(&mut base, read(batch)?, &tag).map_err(|e| format!("{batch}: {e}"))?;
            let records: Vec<String> = added.records.iter().map(|(k, n)| format!("{n} {k}")).collect();
            println!(
                "add: {batch}: {}; {} source(s) already in the file by address; {} cities from the official list",
                records.join(", "),
                added.sources_reused,
                added.cities_from_list
            );
            added.renamed.iter().for_each(|r| println!("  renamed {r}"));
        }
        let text = serde_json::to_string_pretty(&base).map_err(|e| e.to_string())?;
        std::fs::write(file, text + "\n").map_err(|e| format!("{}: {e}", file.display()))
    })();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("add: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Prints the record of a city of the official list, by its name or its code.
fn city(name: &str) -> ExitCode {
    use koperasi_kota::data::regions::{regency, regency_named};
    match regency(name).or_else(|| regency_named(name)) {
        Some(r) => {
            println!("{:#}", data_tool::add::city_record(&r));
            ExitCode::SUCCESS
        }
        None => {
            eprintln!("city: \"{name}\" is neither an official name (\"Kabupaten Jember\") nor a code (\"35.09\")");
            ExitCode::FAILURE
        }
    }
}

fn coverage(file: &std::path::Path) -> ExitCode {
    let parsed = std::fs::read_to_string(file)
        .map_err(|e| e.to_string())
        .and_then(|t| koperasi_kota::data::parse_dataset("data", &t).map_err(|e| e.to_string()));
    match parsed {
        Ok(data) => {
            print!("{}", data_tool::coverage::table(&data_tool::coverage::coverage(&data)));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("coverage: {}: {e}", file.display());
            ExitCode::FAILURE
        }
    }
}

fn migrate(file: &std::path::Path) -> ExitCode {
    let result = std::fs::read_to_string(file)
        .map_err(|e| e.to_string())
        .and_then(|t| serde_json::from_str(&t).map_err(|e| format!("not JSON: {e}")))
        .and_then(data_tool::migrate_v1)
        .and_then(|v| serde_json::to_string_pretty(&v).map_err(|e| e.to_string()));
    match result {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("migrate-data: {}: {e}", file.display());
            ExitCode::FAILURE
        }
    }
}

fn usage() -> ExitCode {
    eprintln!(
        "usage: data-tool check FILE [--texts DIR] | data-tool add FILE RECORDS.json… | data-tool city NAME|CODE | \
         data-tool coverage FILE | data-tool migrate FILE | data-tool synth [--seed N] [--cities N]"
    );
    ExitCode::from(2)
}
