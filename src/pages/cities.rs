use leptos::prelude::*;

use crate::components::{CityCard, CityFilters, Downloads};
use crate::i18n::fill_n;
use crate::query::cities::select;
use crate::state::{use_data, use_set_query, use_strings, use_url};

/// Home: the city cards, narrowed and ordered by the filters in the URL.
#[component]
pub fn CitiesPage() -> impl IntoView {
    let t = use_strings();
    let url = use_url();
    let data = use_data();
    let total = data.cities.len();
    let ids = {
        let data = data.clone();
        Memo::new(move |_| url.with(|u| select(&data, &u.cities, u.sort)))
    };
    let count =
        move || fill_n(t.result_count, total, &[("n", &ids.with(Vec::len).to_string()), ("total", &total.to_string())]);
    let set_query = use_set_query();
    let clear = move |_| set_query(url.with_untracked(|u| u.link(crate::url::Page::Cities)));

    view! {
        <section class="page page-cities" aria-labelledby="judul-halaman">
            <h1 id="judul-halaman">{t.cities_title}</h1>
            <p class="intro">{t.cities_intro}</p>
            <CityFilters/>
            <p class="result-count" aria-live="polite" data-testid="result-count">{count}</p>
            <Show
                when=move || ids.with(|ids| !ids.is_empty())
                fallback=move || view! {
                    <div class="empty-state" data-testid="empty-state">
                        <p>{t.no_match}</p>
                        <button type="button" class="button" on:click=clear.clone()>{t.clear_filters}</button>
                    </div>
                }
            >
                <ul class="card-grid" role="list">
                    <For each=move || ids.get() key=|id| id.clone() children=move |id| view! { <li><CityCard id/></li> }/>
                </ul>
            </Show>
            <Downloads ids/>
        </section>
    }
}
