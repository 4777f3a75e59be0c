use leptos::prelude::*;

use crate::components::{CityCard, CityFilters, CoverageNote, Downloads, Progress, StillBuilding};
use crate::i18n::fill_n;
use crate::query::cities::{select, CityFilter};
use crate::state::{use_data, use_set_query, use_strings, use_url};

/// Home: the city cards, narrowed and ordered by the filters in the URL.
///
/// Every city's card is built once (a frame's worth at a time, see `Progress`) and kept: the
/// search and filters only hide the ones that do not match, and a new sort moves the cards it
/// already has (a sort while they are still being built may rebuild some). At national scale
/// (514 cards) building cards is what costs, so a keystroke must never rebuild one. Hidden
/// cards are out of the accessibility tree, the tab order and find in page, like removed ones.
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
    // Every city in the requested order: it changes with the sort, not with the search.
    let sort = Memo::new(move |_| url.with(|u| u.sort));
    let order = {
        let data = data.clone();
        Memo::new(move |_| select(&data, &CityFilter::default(), sort.get()))
    };
    // The matching ids, sorted for bisection: each card asks whether it is among them.
    let shown = Memo::new(move |_| {
        let mut shown = ids.get();
        crate::sort::sort_dedup(&mut shown);
        shown
    });
    let count =
        move || fill_n(t.result_count, total, &[("n", &ids.with(Vec::len).to_string()), ("total", &total.to_string())]);
    let set_query = use_set_query();
    let clear = move |_| set_query(url.with_untracked(|u| u.link(crate::url::Page::Cities)));
    let none = move || ids.with(Vec::is_empty);
    // 48 cards a frame: a phone's first screens at once, all 514 within about ten frames.
    let progress = Progress::new(total, 48);

    view! {
        <section class="page page-cities" aria-labelledby="judul-halaman">
            <h1 id="judul-halaman">{t.cities_title}</h1>
            <p class="intro">{t.cities_intro}</p>
            <CityFilters/>
            <p class="result-count" aria-live="polite" data-testid="result-count">{count}</p>
            <Show when=none>
                <div class="empty-state" data-testid="empty-state">
                    <p>{t.no_match}</p>
                    <button type="button" class="button" on:click=clear.clone()>{t.clear_filters}</button>
                </div>
            </Show>
            <ul class="card-grid" role="list" hidden=none>
                <For
                    each=move || order.with(|o| o[..progress.built().min(o.len())].to_vec())
                    key=|id| id.clone()
                    children=move |id| {
                        let hidden = {
                            let id = id.clone();
                            move || shown.with(|s| s.binary_search(&id).is_err())
                        };
                        view! { <li hidden=hidden><CityCard id/></li> }
                    }
                />
            </ul>
            <StillBuilding progress/>
            // After the cards: those with data, then which have none.
            <CoverageNote/>
            <Downloads ids/>
        </section>
    }
}
