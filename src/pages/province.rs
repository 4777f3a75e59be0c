use leptos::prelude::*;

use super::NotFound;
use crate::components::{CityCard, CountsTable, SourceCard};
use crate::data::Area;
use crate::i18n::{fill, fill_n};
use crate::query::coverage::coverage;
use crate::query::totals::{cities_in, of_area, Province};
use crate::state::{use_data, use_strings};
use crate::url::PROVINCE_FOLDER;
use crate::util::sort::sort_dedup;

/// One province: its published totals over time, its kabupaten/kota with data as cards, those
/// with none yet, and the country's totals. Every province of the
/// official list has this page, so a link to one never breaks.
#[component]
pub fn ProvincePage(#[prop(into)] id: String) -> impl IntoView {
    let Some(province) = Province::by_slug(&id) else {
        return view! { <NotFound page=format!("{PROVINCE_FOLDER}/{id}")/> }.into_any();
    };
    view! { <ProvinceContent province/> }.into_any()
}

#[component]
fn ProvinceContent(province: Province) -> impl IntoView {
    let data = use_data();
    let t = use_strings();
    let covered = coverage(&data).province(province.name).cloned();
    let (n, total, missing) = covered.map(|c| (c.covered, c.regencies, c.missing)).unwrap_or_default();
    let totals: Vec<_> = of_area(&data, Area::Province(province.name)).into_iter().cloned().collect();
    let national: Vec<_> = of_area(&data, Area::National).into_iter().cloned().collect();
    let cities: Vec<String> = cities_in(&data, province.name)
        .into_iter()
        .filter(|c| data.index().records(&c.id).any())
        .map(|c| c.id.clone())
        .collect();
    let mut sources: Vec<String> = totals.iter().chain(&national).map(|o| o.source.clone()).collect();
    sort_dedup(&mut sources);
    let not_yet = |text: &'static str| view! { <p class="not-reported">{text}</p> }.into_any();
    let province_totals = if totals.is_empty() {
        not_yet(t.no_province_totals)
    } else {
        view! { <CountsTable city=province.name observations=totals/> }.into_any()
    };
    let cards = if cities.is_empty() {
        not_yet(t.no_province_cities)
    } else {
        let cards = cities.into_iter().map(|id| view! { <li><CityCard id/></li> }).collect_view();
        view! { <ul class="card-grid" role="list" data-testid="province-cities">{cards}</ul> }.into_any()
    };
    let missing_title = fill_n(t.coverage_missing, missing.len(), &[("n", &missing.len().to_string())]);
    view! {
        <div class="page page-province" data-testid="province-page">
            <header class="city-header">
                <h1>{fill(t.province_title, &[("province", province.name)])}</h1>
                <p class="province">{t.region_code_label}" "<span data-testid="region-code">{province.code}</span></p>
                <p data-testid="province-coverage">
                    {fill(t.province_coverage, &[("n", &n.to_string()), ("total", &total.to_string())])}
                </p>
            </header>
            {section("bagian-total-provinsi", t.section_province_totals.into(), province_totals)}
            {section("bagian-kota-provinsi", t.section_province_cities.into(), cards)}
            {(!missing.is_empty()).then(|| {
                let names = view! { <p data-testid="province-missing">{missing.join(", ")}</p> }.into_any();
                section("bagian-belum-ada", missing_title, names)
            })}
            {(!national.is_empty()).then(|| {
                let table = view! { <CountsTable city="Indonesia" observations=national/> }.into_any();
                section("bagian-nasional", t.section_national_totals.into(), table)
            })}
            {(!sources.is_empty()).then(|| {
                let list = sources.into_iter().map(|id| view! { <SourceCard id/> }).collect_view();
                section("bagian-sumber", t.section_sources.into(), view! { <ul class="source-list">{list}</ul> }.into_any())
            })}
        </div>
    }
}

/// A section of the page, named by its heading.
fn section(id: &'static str, title: String, body: AnyView) -> AnyView {
    view! {
        <section aria-labelledby=id>
            <h2 id=id>{title}</h2>
            {body}
        </section>
    }
    .into_any()
}
