//! `data-tool check FILE [--texts DIR]` (make check-data), `data-tool migrate FILE`
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
                "check-data: {} is sound: {} cities, {} records; {} quotes found word for word in local copies ({}), {} not checked (their source has no local copy); {} sentences located on their pages (linked, not quoted)",
                file.display(),
                r.cities,
                r.records,
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
        "usage: data-tool check FILE [--texts DIR] | data-tool migrate FILE | data-tool synth [--seed N] [--cities N]"
    );
    ExitCode::from(2)
}
