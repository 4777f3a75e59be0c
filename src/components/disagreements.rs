use leptos::prelude::*;

use super::DateText;
use crate::data::Observation;
use crate::i18n::{format, Lang};
use crate::query::disagree::Disagreement;
use crate::state::{use_data, use_lang};

/// Sources that disagree, side by side: for each pair, a row per source with its date and the
/// counts on which they differ (each opens onto its sentence in the counts table above, where
/// every observation has its row). Neither is chosen.
#[component]
pub fn Disagreements(pairs: Vec<(Observation, Observation, Vec<&'static str>)>) -> impl IntoView {
    let data = use_data();
    let lang = use_lang();
    let t = lang.strings();
    let tables = pairs
        .into_iter()
        .map(|(first, second, fields)| {
            let head = fields.iter().map(|&f| view! { <th scope="col">{label(lang, f)}</th> }).collect_view();
            let row = |o: Observation| {
                let publisher =
                    data.source(&o.source).and_then(|s| s.publisher.clone()).unwrap_or_else(|| o.source.clone());
                let cells = o
                    .counts()
                    .into_iter()
                    .filter(|(name, _)| fields.contains(name))
                    .map(|(_, f)| view! { <td>{f.as_ref().map(|f| format::figure(lang, f))}</td> })
                    .collect_view();
                view! { <tr><th scope="row">{publisher}" · "<DateText fact=o.as_of.clone()/></th>{cells}</tr> }
            };
            view! {
                <table class="data-table disagreement" data-testid="disagreement">
                    <thead><tr><th scope="col">{t.source_label}</th>{head}</tr></thead>
                    <tbody>{row(first)}{row(second)}</tbody>
                </table>
            }
        })
        .collect_view();
    view! {
        <p>{t.disagreement_intro}</p>
        <div class="table-scroll">{tables}</div>
    }
}

/// The pairs as owned observations, for the component.
pub fn owned(pairs: Vec<Disagreement<'_>>) -> Vec<(Observation, Observation, Vec<&'static str>)> {
    pairs.into_iter().map(|d| (d.first.clone(), d.second.clone(), d.fields)).collect()
}

fn label(lang: Lang, field: &str) -> &'static str {
    let t = lang.strings();
    match field {
        "total" => t.total_label,
        "active" => t.active_label,
        "inactive" => t.inactive_label,
        _ => t.dissolving_label,
    }
}
