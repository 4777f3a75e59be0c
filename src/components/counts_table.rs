use leptos::prelude::*;

use super::{Cited, DateText};
use crate::data::{Figure, Observation, Share, SharePart};
use crate::i18n::{fill, format, Lang};
use crate::state::use_lang;

/// Every dated observation of a city as a table, each figure opening onto its sentence, with
/// the register its counts come from. Subsets (e.g. Kopontren) get a scope column so they are
/// never read as the city's total.
#[component]
pub fn CountsTable(#[prop(into)] city: String, observations: Vec<Observation>) -> impl IntoView {
    let lang = use_lang();
    let t = lang.strings();
    let has_scope = observations.iter().any(|o| o.scope.is_some() || o.includes.is_some());
    let caption = fill(t.counts_table_caption, &[("city", &city)]);
    // A count the source gives as a share of the total shows the share, as given.
    let cell = move |f: &Option<Figure>, share: Option<&Share>, source: &str| match (f, share) {
        (None, Some(s)) => share_cell(lang, s, source),
        (f, _) => figure_cell(lang, f, source),
    };
    let rows = observations
        .iter()
        .map(|o| {
            let mut scope = o.scope.as_ref().map_or(t.scope_all, |s| lang.pick(s)).to_string();
            if let Some(what) = &o.includes {
                scope = format!("{scope}, {}", fill(t.includes, &[("what", lang.pick(what))]));
            }
            view! {
                <tr>
                    <th scope="row"><DateText fact=o.as_of.clone()/></th>
                    {has_scope.then(|| view! { <td>{scope}</td> })}
                    <td>{format::basis(lang, o.basis)}</td>
                    {figure_cell(lang, &o.total, &o.source)}
                    {cell(&o.active, o.share(SharePart::Active), &o.source)}
                    {cell(&o.inactive, o.share(SharePart::Inactive), &o.source)}
                    {cell(&o.dissolving, o.share(SharePart::Dissolving), &o.source)}
                </tr>
            }
        })
        .collect_view();
    view! {
        <p class="table-title" aria-hidden="true">{caption.clone()}</p>
            <div class="table-scroll" role="region" aria-label=caption.clone() tabindex="0">
            <table class="data-table" data-testid="counts-table">
                <caption class="visually-hidden">{caption.clone()}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.col_as_of}</th>
                        {has_scope.then(|| view! { <th scope="col">{t.col_scope}</th> })}
                        <th scope="col">{t.col_basis}</th>
                        <th scope="col">{t.total_label}</th>
                        <th scope="col">{t.active_label}</th>
                        <th scope="col">{t.inactive_label}</th>
                        <th scope="col">{t.dissolving_label}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// A table cell with a figure that opens onto its sentence, or "tidak dilaporkan".
pub(super) fn figure_cell(lang: Lang, f: &Option<Figure>, source: &str) -> AnyView {
    match f {
        Some(f) => {
            let (quotes, locators) = (vec![f.quote.clone()], f.locator.iter().cloned().collect());
            view! { <td><Cited text=format::figure(lang, f) quotes locators source=source.to_string()/></td> }
                .into_any()
        }
        None => view! { <td class="not-reported">{lang.strings().not_reported}</td> }.into_any(),
    }
}

/// A cell with a share of the total, as the source gives it (never a count worked out from it).
fn share_cell(lang: Lang, s: &Share, source: &str) -> AnyView {
    let text = format::stated_percent(lang, s.percent, s.approximate);
    let (quotes, locators) = (vec![s.quote.clone()], s.locator.iter().cloned().collect());
    view! { <td data-testid="share"><Cited text quotes locators source=source.to_string()/></td> }.into_any()
}
