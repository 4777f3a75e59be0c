//! The bundled dataset as published (`--bundled`, the `dist/` of `make dist`): what it covers,
//! read from the pages a reader opens. Every other case runs on the seed data, whose figures do
//! not change when data is collected.

use e2e::browser::R;
use e2e::server::http_get;
use e2e::{Case, Env};
use serde_json::Value;

use super::{case, expect_all};

pub fn cases() -> Vec<Case> {
    vec![
        case!(the_bundled_data_covers_120_kabupaten_kota_and_all_of_jawa_timur),
        case!(every_province_with_data_has_a_page_that_works_without_scripts),
        case!(a_city_with_figures_from_many_dates_charts_them),
    ]
}

fn e(x: impl std::fmt::Display) -> String {
    x.to_string()
}

fn base(env: &Env) -> R<&str> {
    env.bundled_base.as_deref().ok_or_else(|| "no --bundled site: the Makefile passes dist/".to_string())
}

/// The first number after `prefix` in `text` ("Data ada untuk 177 dari 514" → 177).
fn number_after(text: &str, prefix: &str) -> Option<usize> {
    let rest = &text[text.find(prefix)? + prefix.len()..];
    rest.split_whitespace().next()?.replace('.', "").parse().ok()
}

async fn the_bundled_data_covers_120_kabupaten_kota_and_all_of_jawa_timur(env: &Env) -> R {
    let base = base(env)?;
    env.page.open_at(base, "").await?;
    env.page.wait_live().await?;
    let line = env
        .page
        .wait_js("the coverage line", "return document.querySelector('[data-testid=coverage] p')?.textContent;", vec![])
        .await?;
    let line = line.as_str().unwrap_or_default();
    let covered = number_after(line, "Data ada untuk").ok_or_else(|| format!("the coverage line: {line}"))?;
    if covered < 120 || !line.contains("dari 514 kabupaten/kota") {
        return Err(format!("the coverage line: {line}"));
    }
    // Every kabupaten/kota of Jawa Timur has a card on its province's page.
    env.page.open_at(base, "provinsi/jawa-timur/").await?;
    env.page.wait_heading("Provinsi Jawa Timur").await?;
    env.page.wait_live().await?;
    expect_all(&env.page.main_text().await?, "the Jawa Timur page", &["Data ada untuk 38 dari 38 kabupaten/kota"])?;
    let counts = env
        .page
        .js(
            "return [document.querySelectorAll('[data-testid=province-cities] article').length, \
                     document.querySelectorAll('[data-testid=province-missing]').length, \
                     document.querySelectorAll('[aria-labelledby=bagian-total-provinsi] tbody tr').length];",
            vec![],
        )
        .await?;
    let n = |i: usize| counts[i].as_u64().unwrap_or_default();
    if n(0) != 38 || n(1) != 0 || n(2) < 3 {
        return Err(format!("Jawa Timur's cards, names without data and totals: {counts}"));
    }
    // With many cards: axe once read the bars' SVG rects, which carried the swatches'
    // background colour, as backgrounds behind cards' figures (style/main.css, `.swatch.tone-*`).
    crate::axe_check(env, "the bundled Jawa Timur page").await
}

async fn every_province_with_data_has_a_page_that_works_without_scripts(env: &Env) -> R {
    let base = base(env)?;
    env.no_scripts.open_at(base, "").await?;
    let links = env
        .no_scripts
        .js(
            "return [...document.querySelectorAll('[data-testid=province-link]')].map((a) => a.getAttribute('href'));",
            vec![],
        )
        .await?;
    let links: Vec<&str> = links.as_array().into_iter().flatten().filter_map(Value::as_str).collect();
    if links.len() < 20 {
        return Err(format!("links to fewer than 20 province pages: {links:?}"));
    }
    for link in links {
        let (status, html) = http_get(&format!("{base}/{link}")).await?;
        if status != 200 || !html.contains("<h1>Provinsi ") || !html.contains("data-testid=\"province-cities\"") {
            return Err(format!("{link}: HTTP {status}, or no heading and cards"));
        }
    }
    Ok(())
}

async fn a_city_with_figures_from_many_dates_charts_them(env: &Env) -> R {
    let base = base(env)?;
    env.no_scripts.open_at(base, "kota/kabupaten-sumenep/").await?;
    let rows = env
        .no_scripts
        .wait_js(
            "Sumenep's counts table",
            "const t = document.querySelector('[data-testid=counts-table]'); return t && t.tBodies[0].rows.length;",
            vec![],
        )
        .await?;
    if rows.as_u64().unwrap_or_default() < 3 {
        return Err(format!("Sumenep's counts table has {rows} rows"));
    }
    let chart =
        env.no_scripts.js("return document.querySelectorAll('main figure svg').length;", vec![]).await.map_err(e)?;
    if chart.as_u64().unwrap_or_default() == 0 {
        return Err("no chart on Sumenep's page".into());
    }
    Ok(())
}
