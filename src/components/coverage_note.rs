use std::sync::Arc;

use leptos::prelude::*;

use crate::data::regions::slug;
use crate::i18n::{fill, fill_n};
use crate::query::coverage::{coverage, Coverage, ProvinceCoverage};
use crate::state::{use_data, use_strings, use_url};
use crate::url::Page;

/// What the data does not cover: how many of Indonesia's kabupaten/kota (or of the chosen
/// province's) have any record, and, once the app is live, which have none: a table of every
/// province, or the chosen province's list, built when the box is opened (500 names do not
/// belong in every first paint; a static page cannot build it, so it shows the line only).
#[component]
pub fn CoverageNote() -> impl IntoView {
    let t = use_strings();
    let url = use_url();
    let coverage = Arc::new(coverage(&use_data()));
    let chosen = {
        let coverage = coverage.clone();
        Memo::new(move |_| url.with(|u| u.cities.province.as_deref().and_then(|p| coverage.province(p)).cloned()))
    };
    let line = {
        let coverage = coverage.clone();
        move || chosen.with(|p| p.as_ref().map_or_else(|| country_line(&coverage), province_line))
    };
    let summary = move || {
        chosen.with(|p| match p {
            Some(p) => fill_n(t.coverage_missing, p.missing.len(), &[("n", &p.missing.len().to_string())]),
            None => t.coverage_by_province.to_string(),
        })
    };
    // The province pages with data, in the static page too.
    let links = province_links(&coverage);
    let opened = RwSignal::new(false);
    let body = move || {
        opened.get().then(|| match chosen.get() {
            Some(p) => view! { <p>{p.missing.join(", ")}</p> }.into_any(),
            None => province_table(&coverage.provinces).into_any(),
        })
    };
    view! {
        <div class="coverage" data-testid="coverage">
            <p>{line}</p>
            {links}
            // `toggle` is queued after the box opens, and may arrive once the page is taken down.
            <details class="coverage-more" on:toggle=move |_| if opened.try_get_untracked() == Some(false) { opened.try_set(true); }
                hidden=move || chosen.with(|p| p.as_ref().is_some_and(|p| p.missing.is_empty()))>
                <summary>{summary}</summary>
                {body}
            </details>
        </div>
    }
}

fn country_line(c: &Coverage) -> String {
    let t = use_strings();
    fill(
        t.coverage_line,
        &[
            ("n", &c.covered().to_string()),
            ("total", &c.regencies().to_string()),
            ("p", &c.provinces_covered().to_string()),
            ("provinces", &c.provinces.len().to_string()),
        ],
    )
}

fn province_line(p: &ProvinceCoverage) -> String {
    let t = use_strings();
    fill(
        t.coverage_province_line,
        &[("province", p.province), ("n", &p.covered.to_string()), ("total", &p.regencies.to_string())],
    )
}

/// "Halaman per provinsi: Jawa Timur (38/38), …": a link to each province page with data.
fn province_links(c: &Coverage) -> Option<impl IntoView> {
    let (t, url) = (use_strings(), use_url());
    let covered: Vec<_> = c.provinces.iter().filter(|p| p.covered > 0).collect();
    let links = covered
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let href = url.with_untracked(|u| u.link(Page::Province(slug(p.province))));
            let before = if i == 0 { format!("{}: ", t.provinces_link) } else { ", ".into() };
            let text = format!("{} ({}/{})", p.province, p.covered, p.regencies);
            view! { {before}<a href=href data-testid="province-link">{text}</a> }
        })
        .collect_view();
    (!covered.is_empty()).then(|| view! { <p class="coverage-provinces">{links}</p> })
}

/// Every province: how many of its kabupaten/kota have data, of how many, and which have none.
fn province_table(provinces: &[ProvinceCoverage]) -> impl IntoView {
    let t = use_strings();
    let rows = provinces
        .iter()
        .map(|p| {
            view! {
                <tr>
                    <th scope="row">{p.province}</th>
                    <td>{p.covered}</td>
                    <td>{p.regencies}</td>
                    <td class="coverage-missing">{p.missing.join(", ")}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" role="region" aria-label=t.coverage_by_province tabindex="0">
            <table class="data-table" data-testid="coverage-table">
                <caption class="visually-hidden">{t.coverage_by_province}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.province_label}</th>
                        <th scope="col">{t.coverage_col_covered}</th>
                        <th scope="col">{t.coverage_col_total}</th>
                        <th scope="col">{t.coverage_col_missing}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
