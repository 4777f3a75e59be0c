use std::sync::Arc;

use leptos::prelude::*;

use crate::components::{CityCard, CityFilters, CoverageNote, Downloads, StillBuilding};
use crate::i18n::fill_n;
use crate::long_list::progress::{ItemView, Progress};
use crate::query::cities::{among, narrow, order, CityFilter, CitySort};
use crate::state::{use_data, use_set_query, use_strings, use_url};
use crate::url::Page;

/// How many cards the home page written at build time holds: every card of 177 cities made its
/// HTML 37 KB brotli, over the first paint's budget (30 KB with the stylesheet), and 514 would
/// make it 94 KB. The app builds the others once it runs; a reader without scripts reaches
/// every city through the province pages the coverage line links.
pub const STATIC_CARDS: usize = 24;

/// Home: the city cards, narrowed and ordered by the filters in the URL.
///
/// Every city's card is built once (a frame's worth at a time, see `Progress`) and kept: the
/// search and filters only hide the ones that do not match, and a new sort moves the cards it
/// already has (see `reorder`). At national scale
/// (514 cards) building cards is what costs, so a keystroke must never rebuild one. A card
/// left out (`data-off`, see the stylesheet) is out of the accessibility tree, the tab order
/// and find in page, like a removed one, and keeps its layout for when it returns.
#[component]
pub fn CitiesPage() -> impl IntoView {
    let t = use_strings();
    let url = use_url();
    let data = use_data();
    let total = data.cities.len();
    // The filters and sort of the home page's address. An address of another view (a city
    // card's link: no sort, no search) leaves them as they were: this page is on its way
    // out, and must not filter or reorder 514 cards while the city's data loads.
    let asked = Memo::new(move |previous: Option<&(CityFilter, CitySort)>| {
        url.with(|u| match (u.page == Page::Cities, previous) {
            (false, Some(previous)) => previous.clone(),
            _ => (u.cities.clone(), u.sort),
        })
    });
    // Every city in the requested order: it changes with the sort, not with the search. The
    // lists here are the cities' positions in the dataset (see `narrow`).
    let sort = Memo::new(move |_| asked.with(|(_, sort)| *sort));
    let ordered = {
        let data = data.clone();
        Memo::new(move |_| order(&data, sort.get()))
    };
    // The matching cities in that order: a keystroke filters, it never sorts again.
    let shown = {
        let data = data.clone();
        Memo::new(move |_| asked.with(|(filter, _)| ordered.with(|o| narrow(&data, filter, o))))
    };
    // Whether each card is left out, by its city's position in the dataset: one signal per
    // card, set only when it changes, so a keystroke touches the cards it shows or hides and
    // no others (a reactive test per card ran all 514 on every key). Cards coming back are
    // shown the first screen at once and the rest in the frames after (`reveal`).
    let off: Arc<[RwSignal<bool>]> =
        shown.with_untracked(|shown| among(total, shown)).into_iter().map(|on| RwSignal::new(!on)).collect();
    let list = NodeRef::new();
    #[cfg(target_arch = "wasm32")]
    {
        let cities = data.clone();
        let id_of = move |at: usize| cities.cities.get(at).map(|c| c.id.clone());
        crate::long_list::reveal::keep_shown(off.clone(), list, id_of, move || shown.get());
    }
    let count = move || {
        fill_n(t.result_count, total, &[("n", &shown.with(Vec::len).to_string()), ("total", &total.to_string())])
    };
    let set_query = use_set_query();
    let clear = move |_| set_query(url.with_untracked(|u| u.link(Page::Cities)));
    let none = move || shown.with(Vec::is_empty);
    // 12 cards a frame: more than a wide screen's first screen at once, and frames short
    // enough for a keystroke to be answered while the rest are built (docs/PERF.md).
    let progress = Progress::new(total, 12);
    // Cards are built in the order of the first render; a new sort moves them (`reorder`),
    // shown ones first, a frame's worth at a time.
    let build_order = ordered.get_untracked();
    let card: ItemView = {
        let (build_order, data) = (build_order.clone(), data.clone());
        Arc::new(move |i| {
            let at = build_order[i];
            let id = data.cities.get(at).map(|c| c.id.clone()).unwrap_or_default();
            let flag = off.get(at).copied();
            let is_off = move || flag.is_some_and(|f| f.get());
            let key = id.clone();
            view! { <li data-off=is_off data-city=key><CityCard id/></li> }.into_any()
        })
    };
    #[cfg(target_arch = "wasm32")]
    crate::long_list::reorder::keep_in_order(list, ordered, shown, progress, data);

    // The page written at build time holds the first cards only (see [`STATIC_CARDS`]).
    let built = if cfg!(target_arch = "wasm32") { build_order.len() } else { build_order.len().min(STATIC_CARDS) };
    let more = (built < total).then(|| {
        let text = fill_n(t.static_more, built, &[("n", &built.to_string()), ("total", &total.to_string())]);
        view! { <p class="static-more" data-testid="static-more">{text}</p> }
    });
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
            <ul class="card-grid" role="list" hidden=none node_ref=list>
                {progress.in_steps(built, 0, card)}
            </ul>
            {more}
            <StillBuilding progress/>
            // After the cards: those with data, then which have none.
            <CoverageNote/>
            <Downloads cities=shown/>
        </section>
    }
}
