use std::sync::Arc;

use leptos::prelude::*;

use crate::components::{status_bar, HealthPanel, StackedBar, StillBuilding};
use crate::data::Figure;
use crate::i18n::{format, Lang};
use crate::long_list::progress::Progress;
use crate::query::health::latest_breakdowns;
use crate::query::records::latest_observation;
use crate::state::{use_data, use_lang, use_url};
use crate::url::Page;

/// "Kesehatan": cities compared by 100% stacked bars of their latest health breakdown (scale
/// order, unassessed remainder as its own segment), then the cities with no assessment and
/// what is known of them instead.
#[component]
pub fn HealthPage() -> impl IntoView {
    let data = use_data();
    let lang = use_lang();
    let t = lang.strings();
    let url = use_url();
    let link = move |id: &str| url.with_untracked(|u| u.link(Page::City(id.to_string())));
    let assessed: Arc<Vec<(String, String, String)>> = Arc::new(
        latest_breakdowns(&data)
            .into_iter()
            .filter_map(|b| {
                let city = &b.observation.city;
                Some((city.clone(), data.city(city)?.name.clone(), b.observation.id.clone()))
            })
            .collect(),
    );
    let mut with_breakdown: Vec<&str> = assessed.iter().map(|(id, _, _)| id.as_str()).collect();
    crate::util::sort::sort_dedup(&mut with_breakdown);
    let unassessed: Arc<Vec<String>> = Arc::new(
        data.cities
            .iter()
            .filter(|c| with_breakdown.binary_search(&c.id.as_str()).is_err())
            .map(|c| c.id.clone())
            .collect(),
    );
    let (first, total) = (assessed.len(), assessed.len() + unassessed.len());
    let progress = Progress::new(total, STEP);
    let panel = move |i: usize| {
        let (id, name, obs) = assessed[i].clone();
        view! {
            <li data-testid="health-city">
                <h2><a href=link(&id)>{name.clone()}</a></h2>
                <HealthPanel city=name observation=obs/>
            </li>
        }
        .into_any()
    };
    let instead = {
        let unassessed = unassessed.clone();
        move |i: usize| known_instead(lang, &unassessed[i], link(&unassessed[i])).into_any()
    };
    view! {
        <section class="page page-health" aria-labelledby="judul-halaman">
            <h1 id="judul-halaman">{t.health_title}</h1>
            <p class="intro">{t.health_intro}</p>
            <ul class="health-compare" role="list">{progress.in_steps(first, 0, Arc::new(panel))}</ul>
            <h2>{t.health_none_title}</h2>
            <ul class="item-list" role="list">{progress.in_steps(unassessed.len(), first, Arc::new(instead))}</ul>
            <StillBuilding progress/>
        </section>
    }
}

/// Cities built a frame (see `Progress`): a panel is a table and a chart.
const STEP: usize = 16;

/// A city without a health assessment: its latest counts, and the status bar when it has one.
fn known_instead(lang: Lang, id: &str, href: String) -> impl IntoView {
    let data = use_data();
    let t = lang.strings();
    let city = data.city(id)?.name.clone();
    let latest = latest_observation(&data, id);
    let known = match latest {
        Some(o) => {
            let figure = |label: &str, f: &Option<Figure>| {
                format!("{label} {}", f.as_ref().map_or(t.not_reported.to_string(), |f| format::figure(lang, f)))
            };
            let date = format::as_of(lang, &o.as_of);
            format!(
                "{}: {}, {}, {} ({date})",
                t.health_known_instead,
                figure(t.total_label, &o.total),
                figure(t.active_label, &o.active),
                figure(t.inactive_label, &o.inactive)
            )
        }
        None => t.no_figures.to_string(),
    };
    let bar = latest
        .and_then(|o| status_bar(lang, &city, o))
        .map(|(parts, name)| view! { <StackedBar parts name compact=true/> });
    Some(view! {
        <li class="known-instead" data-testid="health-unassessed">
            <h3><a href=href>{city}</a></h3>
            <p>{t.no_health}" "{known}</p>
            {bar}
        </li>
    })
}
