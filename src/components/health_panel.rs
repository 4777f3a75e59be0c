use leptos::prelude::*;

use super::{health_bar, Cited, StackedBar};
use crate::i18n::{fill, format};
use crate::query::health::Breakdown;
use crate::state::{use_data, use_lang};

/// A health breakdown as a 100% stacked bar and a table with the same numbers: each category
/// in the scale's order with count and share, the unassessed remainder as its own row, and the
/// total.
#[component]
pub fn HealthPanel(#[prop(into)] city: String, #[prop(into)] observation: String) -> impl IntoView {
    let data = use_data();
    let lang = use_lang();
    let t = lang.strings();
    let o = data.observations.iter().find(|o| o.id == observation)?;
    let b: Breakdown = crate::query::health::breakdown(&data, o)?;
    let (parts, name) = health_bar(lang, &city, &b);
    let date = format::date_fact(lang, &o.as_of);
    let caption = fill(t.health_table_caption, &[("city", &city), ("date", &date)]);
    let scale = fill(t.health_scale_label, &[("scale", lang.pick(b.scale_labels))]);
    let rows = b
        .parts
        .iter()
        .zip(&parts)
        .map(|(p, bar)| {
            let count = match (p.quote, p.locator) {
                (None, None) => view! { <span>{bar.count.clone()}</span> }.into_any(),
                (quote, locator) => {
                    let (quotes, locators) = (quote.map(str::to_string).into_iter().collect(), locator.cloned().into_iter().collect());
                    view! { <Cited text=bar.count.clone() quotes locators source=o.source.clone()/> }.into_any()
                }
            };
            let class = if p.category.is_none() { "row-unassessed" } else { "" };
            view! {
                <tr class=class>
                    <th scope="row"><span class=format!("swatch {}", bar.tone.map_or("tone-rest".into(), |t| format!("tone-{t}"))) aria-hidden="true"></span>" "{bar.label.clone()}</th>
                    <td>{count}</td>
                    <td>{bar.segment.percent}"%"</td>
                </tr>
            }
        })
        .collect_view();
    let total = format::number(lang, b.total);
    let assessed = o.health.as_ref().and_then(|h| h.assessed.clone()).map(|a| {
        let text = format::count(lang, a.value, a.approximate);
        // A `<div>`, as a `<details>` may not stand in a `<p>` (see `AwardItem`).
        view! { <div class="as-of">{t.health_assessed}": "<Cited text quotes=vec![a.quote] locators=a.locator.into_iter().collect() source=o.source.clone()/></div> }
    });
    Some(view! {
        <div class="health-panel" data-testid="health-panel">
            <StackedBar parts name/>
            <p class="as-of">{scale}</p>
            {assessed}
            <p class="table-title" aria-hidden="true">{caption.clone()}</p>
            <div class="table-scroll" role="region" aria-label=caption.clone() tabindex="0">
                <table class="data-table" data-testid="health-table">
                    <caption class="visually-hidden">{caption.clone()}</caption>
                    <thead>
                        <tr><th scope="col">{t.col_category}</th><th scope="col">{t.col_count}</th><th scope="col">{t.col_share}</th></tr>
                    </thead>
                    <tbody>{rows}</tbody>
                    <tfoot><tr><th scope="row">{t.health_total_row}</th><td>{total}</td><td>"100%"</td></tr></tfoot>
                </table>
            </div>
        </div>
    })
}

/// The categories a report gives in percent, as it gives them: no bar and no counts, since
/// turning them into counts would state what the source did not.
#[component]
pub fn HealthShares(#[prop(into)] observation: String) -> impl IntoView {
    let (data, lang) = (use_data(), use_lang());
    let t = lang.strings();
    let o = data.observations.iter().find(|o| o.id == observation)?;
    let h = o.health.as_ref().filter(|h| !h.shares.is_empty())?;
    let scale = data.health_scale(&h.scale)?;
    let items = scale
        .categories
        .iter()
        .filter_map(|c| Some((c, h.shares.iter().find(|s| s.category.as_deref() == Some(c.id.as_str()))?)))
        .map(|(c, s)| {
            let text = format!("{}: {}", lang.pick(&c.labels), format::stated_percent(lang, s.percent, s.approximate));
            let (quotes, locators) = (vec![s.quote.clone()], s.locator.iter().cloned().collect::<Vec<_>>());
            view! { <li><Cited text quotes locators source=o.source.clone()/></li> }
        })
        .collect_view();
    let scale_label = fill(t.health_scale_label, &[("scale", lang.pick(&scale.labels))]);
    Some(view! {
        <p class="as-of">{scale_label}" · "{format::date_fact(lang, &o.as_of)}</p>
        <ul class="item-list" data-testid="health-shares">{items}</ul>
    })
}
