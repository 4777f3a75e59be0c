use std::sync::Arc;

use leptos::prelude::*;

use crate::components::{AwardItem, StillBuilding};
use crate::data::Award;
use crate::i18n::{fill, fill_n};
use crate::long_list::progress::Progress;
use crate::query::awards::{givers, timeline, years, UNKNOWN_GIVER};
use crate::state::{use_data, use_set_query, use_strings, use_url};

/// "Penghargaan": every award of every city in time order, grouped by year, filtered by giver
/// and year from the URL.
#[component]
pub fn AwardsPage() -> impl IntoView {
    let t = use_strings();
    let url = use_url();
    let data = use_data();
    // Year groups with the number of awards before each: the timeline is built an award
    // count at a time (see `Progress`), in page order.
    let groups = {
        let data = data.clone();
        Memo::new(move |_| {
            url.with(|u| {
                let mut before = 0;
                timeline(&data, &u.awards)
                    .into_iter()
                    .map(|g| {
                        let awards: Arc<[Award]> = g.awards.into_iter().cloned().collect();
                        let group = (g.year, before, awards);
                        before += group.2.len();
                        group
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    let count = move || groups.with(|g| g.iter().map(|(_, _, a)| a.len()).sum::<usize>());
    view! {
        <section class="page page-awards" aria-labelledby="judul-halaman">
            <h1 id="judul-halaman">{t.awards_title}</h1>
            <p class="intro">{t.awards_intro}</p>
            <AwardFilters givers=givers(&data) years=years(&data)/>
            <p class="result-count" aria-live="polite">{move || fill_n(t.award_count, count(), &[("n", &count().to_string())])}</p>
            // Built afresh, a step at a time, whenever the filters change the awards shown.
            {move || timeline_list(groups.get())}
        </section>
    }
}

/// The year groups, each award built in its step (see `Progress`); or what says none match.
fn timeline_list(groups: Vec<(i32, usize, Arc<[Award]>)>) -> AnyView {
    let t = use_strings();
    let total: usize = groups.iter().map(|(_, _, a)| a.len()).sum();
    if total == 0 {
        return view! { <p class="empty-state">{t.no_awards_match}</p> }.into_any();
    }
    let progress = Progress::new(total, STEP);
    let years = groups
        .into_iter()
        .map(|(year, before, awards)| {
            let len = awards.len();
            let award =
                move |i: usize| view! { <li><AwardItem award=awards[i].clone() show_city=true/></li> }.into_any();
            view! {
                <li class="timeline-year" data-testid="timeline-year" hidden=move || !progress.reached(before)>
                    <h2>{year}</h2>
                    <ul class="item-list">{progress.in_steps(len, before, Arc::new(award))}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <ol class="timeline" role="list">{years}</ol>
        <StillBuilding progress/>
    }
    .into_any()
}

/// Awards built a frame (see `Progress`).
const STEP: usize = 48;

/// Giver and year selects; they rewrite the URL.
#[component]
fn AwardFilters(givers: Vec<String>, years: Vec<i32>) -> impl IntoView {
    let t = use_strings();
    let url = use_url();
    let data = use_data();
    let set_query = use_set_query();
    let set_giver = {
        let set_query = set_query.clone();
        move |v: String| {
            set_query(url.with_untracked(|u| u.with(|n| n.awards.giver = Some(v).filter(|v| !v.is_empty()))))
        }
    };
    let set_year = {
        let set_query = set_query.clone();
        move |v: String| set_query(url.with_untracked(|u| u.with(|n| n.awards.year = v.parse().ok())))
    };
    let giver_keys = givers.clone();
    let giver_options = givers
        .into_iter()
        .map(|g| {
            let label = match data.organisation(&g) {
                Some(o) => o.display_name().to_string(),
                None if g == UNKNOWN_GIVER => t.giver_unknown_option.to_string(),
                None => g.clone(),
            };
            let key = g.clone();
            view! { <option value=g prop:selected=move || url.with(|u| u.awards.giver.as_deref() == Some(key.as_str()))>{label}</option> }
        })
        .collect_view();
    // A value in the URL that the data does not have stays visible (and can be cleared).
    let giver_missing = {
        let known = giver_keys.clone();
        move || url.with(|u| u.awards.giver.clone().filter(|g| !known.contains(g)))
    };
    let year_missing = {
        let known = years.clone();
        move || url.with(|u| u.awards.year.filter(|y| !known.contains(y)))
    };
    let missing = move |v: String| view! { <option value=v.clone() selected>{fill(t.filter_not_in_data, &[("value", &v)])}</option> };
    let filtered = move || url.with(|u| u.awards.giver.is_some() || u.awards.year.is_some());
    let clear = move |_| set_query(url.with_untracked(|u| u.with(|n| n.awards = Default::default())));
    let year_options = years
        .into_iter()
        .map(|y| view! { <option value=y.to_string() prop:selected=move || url.with(|u| u.awards.year == Some(y))>{y}</option> })
        .collect_view();
    view! {
        <form class="filters filters-awards" aria-label=t.awards_filters_label on:submit=|ev| ev.prevent_default()>
            <div class="field">
                <label for="pemberi">{t.filter_giver}</label>
                <select id="pemberi" on:change:target=move |ev| set_giver(ev.target().value())>
                    <option value="" prop:selected=move || url.with(|u| u.awards.giver.is_none())>{t.all_givers}</option>
                    {giver_options}
                    {move || giver_missing().map(missing)}
                </select>
            </div>
            <div class="field">
                <label for="tahun">{t.filter_year}</label>
                <select id="tahun" on:change:target=move |ev| set_year(ev.target().value())>
                    <option value="" prop:selected=move || url.with(|u| u.awards.year.is_none())>{t.all_years}</option>
                    {year_options}
                    {move || year_missing().map(|y| missing(y.to_string()))}
                </select>
            </div>
            <Show when=filtered>
                <button type="button" class="button" data-testid="clear-award-filters" on:click=clear.clone()>{t.clear_award_filters}</button>
            </Show>
        </form>
    }
}
