//! Build step: writes every view of Koperasi Kota as a static page into `dist/`, rendered by the
//! app's own components (`koperasi_kota::shell::StaticApp`) from the dataset in `dist/`, after the same
//! parsing and validation the app does. Trunk runs it after each build (`Trunk.toml` hook),
//! so `make dist` and `make serve` both have the pages; it can also be run by hand:
//! `cargo run -p prerender -- dist`. With `PRERENDER_DATA=file.json` that dataset replaces
//! `dist/data/koperasi.json` first (`make bench`).
//!
//! A city page is `kota/<id>/index.html`, a province's `provinsi/<name>/index.html`, the timeline `penghargaan/index.html`, the health
//! page `kesehatan/index.html`, and the home page replaces Trunk's `index.html`; the same
//! pages in English are below `en/`.

mod boot;
mod offline;
mod page;
mod template;
#[cfg(test)]
mod tests;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

use koperasi_kota::data::{parse::parse_dataset, Dataset, LoadError};
use koperasi_kota::i18n::Lang;
use koperasi_kota::nav::Location;
use koperasi_kota::query::split::{self, SUMMARY_URL};
use koperasi_kota::query::totals::Province;
use koperasi_kota::share::meta::page_meta;
use koperasi_kota::shell::StaticApp;
use koperasi_kota::url::{lang_prefix, Page};
use leptos::prelude::*;

use page::Site;
use template::Template;

fn main() -> ExitCode {
    // Trunk names its staging folder; by hand, the first argument (default `dist`).
    let dist = std::env::var_os("TRUNK_STAGING_DIR")
        .map(PathBuf::from)
        .or_else(|| std::env::args_os().nth(1).map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("dist"));
    let started = Instant::now();
    match run(&dist) {
        Ok(n) => {
            println!("prerender: {n} pages in {} ms", started.elapsed().as_millis());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The bundled dataset, below `dist/`.
const DATA_FILE: &str = koperasi_kota::data::DEFAULT_DATA_URL;

fn run(dist: &Path) -> Result<usize, String> {
    let read = |p: &Path| std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()));
    let mut template = Template::parse(&read(&dist.join("index.html"))?)?;
    let icon = template.icon_file();
    template.inline_icon(dist);
    let data_file = dist.join(DATA_FILE);
    // Another dataset in this build's place (`make bench` builds with the synthetic one).
    if let Some(other) = std::env::var_os("PRERENDER_DATA") {
        std::fs::copy(&other, &data_file).map_err(|e| format!("PRERENDER_DATA {}: {e}", other.to_string_lossy()))?;
    }
    let data_text = read(&data_file)?;
    let data = Arc::new(parse_dataset("koperasi.json", &data_text).map_err(describe)?);

    // Parts only where they pay: a small file loads and parses in a moment, and a clerk who
    // edits it on the host (no build) must see the edit in every view.
    let parts =
        if data_text.len() >= split::PARTS_FROM_BYTES { Some(write_parts(dist, &data, &data_text)?) } else { None };
    let cities: Vec<String> = data.cities.iter().map(|c| c.id.clone()).collect();
    // A deployment that shows only its own data: `DATA_PARAM=off make dist`.
    let allow_data_param = std::env::var("DATA_PARAM").map_or(true, |v| v.trim() != "off");
    let (boot_text, boot_name) =
        boot::boot_module(&template.js, &template.wasm, &cities, allow_data_param, parts.is_some());
    write(&dist.join(&boot_name), &boot_text)?;
    let (early_text, early_name) = boot::early_script();
    write(&dist.join(&early_name), &early_text)?;
    let site_url = std::env::var("SITE_URL").ok().filter(|s| !s.trim().is_empty());
    let pages = pages(&data);
    // A hash of everything written (and the data): the offline copy's version.
    let mut build = boot::fnv1a_continue(boot::fnv1a(data_text.as_bytes()), parts.as_deref().unwrap_or("").as_bytes());
    for lang in [Lang::Id, Lang::En] {
        let site =
            Site { template: &template, boot: &boot_name, early: &early_name, site_url: site_url.as_deref(), lang };
        for (folder, page) in &pages {
            let path = format!("{}{folder}", lang_prefix(lang));
            let meta = page_meta(&data, page, lang);
            let body = render(data.clone(), &path);
            let html = page::document(&site, folder, &meta, &body);
            build = boot::fnv1a_continue(build, html.as_bytes());
            write(&dist.join(&path).join("index.html"), &html)?;
        }
        let t = lang.strings();
        let root = if lang_prefix(lang).is_empty() { "" } else { "../" };
        let manifest = offline::manifest(t.app_name, t.tagline, lang.code(), root, icon.as_deref());
        write(&dist.join(lang_prefix(lang)).join(offline::MANIFEST), &manifest)?;
    }

    // The offline copy: the shell in both languages, every city page (and province page with
    // data) while there are few.
    let few = data.cities.len() <= offline::CITY_PAGES_SAVED_UP_TO;
    let saved = |page: &Page| match page {
        Page::City(_) => few,
        // Only the provinces with data: the others' pages are lists of names.
        Page::Province(slug) => {
            few && Province::by_slug(slug).is_some_and(|p| data.cities.iter().any(|c| c.province == p.name))
        }
        _ => true,
    };
    let mut shell: Vec<String> = [Lang::Id, Lang::En]
        .iter()
        .flat_map(|&lang| {
            pages
                .iter()
                .filter(|(_, page)| saved(page))
                .map(move |(folder, _)| format!("{}{folder}", lang_prefix(lang)))
        })
        .collect();
    shell.extend([offline::MANIFEST.to_string(), format!("en/{}", offline::MANIFEST), DATA_FILE.to_string()]);
    shell.extend(parts.iter().flat_map(|_| [SUMMARY_URL.to_string(), split::AWARDS_URL.to_string()]));
    let immutable: Vec<String> = template
        .links
        .iter()
        .filter_map(|l| {
            l.get("href").filter(|h| !h.starts_with("data:")).map(|h| h.trim_start_matches("./").to_string())
        })
        .chain(icon.clone())
        .chain([template.js.clone(), template.wasm.clone(), boot_name.clone(), early_name.clone()])
        .collect();
    shell.extend(immutable.iter().cloned());
    write(&dist.join("sw.js"), &offline::service_worker(&shell, &immutable, build))?;
    Ok(pages.len() * 2)
}

/// Writes the dataset's parts (`koperasi_kota::query::split`): the summary the home page loads,
/// the timeline's awards and one file per city, each cut from the validated file and validated again as a dataset of
/// its own, so that a part the app cannot read fails the build, not a reader's visit. Returns
/// the summary's text (it goes into the build's hash).
fn write_parts(dist: &Path, data: &Dataset, text: &str) -> Result<String, String> {
    let started = Instant::now();
    let whole: serde_json::Value = serde_json::from_str(text).map_err(|e| format!("{DATA_FILE}: {e}"))?;
    let write_part = |url: &str, picks: &split::Picks| -> Result<String, String> {
        let part = serde_json::to_string(&split::cut(&whole, picks)).map_err(|e| format!("{url}: {e}"))?;
        parse_dataset(url, &part).map_err(|e| format!("a part the build wrote is not valid: {}", describe(e)))?;
        write(&dist.join(url), &part)?;
        Ok(part)
    };
    let summary = write_part(SUMMARY_URL, &split::summary(data))?;
    write_part(split::AWARDS_URL, &split::awards(data))?;
    for city in &data.cities {
        if let Some(picks) = split::city(data, &city.id) {
            write_part(&split::city_url(&city.id), &picks)?;
        }
    }
    println!(
        "prerender: data parts (summary {} bytes, {} cities) in {} ms",
        summary.len(),
        data.cities.len(),
        started.elapsed().as_millis()
    );
    Ok(summary)
}

/// Every view with a page of its own, with its folder: home, each city, each province of the
/// official list (with data or not: a link to one never breaks), the timeline, the health page.
fn pages(data: &Dataset) -> Vec<(String, Page)> {
    let views = std::iter::once(Page::Cities)
        .chain(data.cities.iter().map(|c| Page::City(c.id.clone())))
        .chain(Province::all().map(|p| Page::Province(p.slug())))
        .chain([Page::Awards, Page::Health, Page::Check]);
    views.filter_map(|page| Some((page.folder()?.iter().map(|s| format!("{s}/")).collect(), page))).collect()
}

/// The view at `path` as HTML, rendered by the app's components.
fn render(data: Arc<Dataset>, path: &str) -> String {
    render_query(data, path, "")
}

/// The view at `path` with the query string `query` (`?urut=aktif`) as HTML.
fn render_query(data: Arc<Dataset>, path: &str, query: &str) -> String {
    let location = Location { path: path.to_string(), query: query.to_string() };
    Owner::new().with(|| view! { <StaticApp data location/> }.to_html())
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// A load error with every validation problem, one per line.
fn describe(error: LoadError) -> String {
    match &error {
        LoadError::Invalid { problems, .. } => {
            let lines: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
            format!("{error}\n{}", lines.join("\n"))
        }
        _ => error.to_string(),
    }
}
