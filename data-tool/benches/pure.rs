//! Native benchmarks of the pure functions behind every view, on the synthetic national dataset
//! (514 kabupaten/kota, `data_tool::synth`): `cargo bench -p data-tool` (run by `make bench`).
//! They show a regression without a browser; the browser figures are `make bench`'s.

use std::sync::LazyLock;

use koperasi_kota::chart::grouped::grouped;
use koperasi_kota::chart::stack::stack;
use koperasi_kota::data::{parse_dataset, Dataset};
use koperasi_kota::long_list::plan::Plan;
use koperasi_kota::query::awards::{timeline, AwardFilter};
use koperasi_kota::query::cities::{narrow, order, CityFilter, CitySort};
use koperasi_kota::query::health::latest_breakdowns;
use koperasi_kota::query::records::{latest_observation, observations};

fn main() {
    // Built before timing starts, not inside the first sample.
    LazyLock::force(&DATA).index();
    divan::main();
}

static TEXT: LazyLock<String> = LazyLock::new(|| data_tool::synth::synthetic(1, usize::MAX).to_string());
static DATA: LazyLock<Dataset> =
    LazyLock::new(|| parse_dataset("synth.json", &TEXT).unwrap_or_else(|e| panic!("the synthetic dataset: {e}")));

fn search(text: &str) -> CityFilter {
    CityFilter { search: text.into(), province: None, has_award: false }
}

/// Parsing and validating the whole file, as the app does on load (validation's look-ups build
/// the index).
#[divan::bench(sample_count = 10)]
fn parse_and_validate() -> Dataset {
    parse_dataset("synth.json", divan::black_box(&TEXT)).unwrap_or_else(|e| panic!("{e}"))
}

/// The home page's cards for one search keystroke ("kota"), in name order (as the home page
/// does it: the cities already in order, narrowed).
#[divan::bench(sample_count = 10)]
fn filter_keystroke() -> Vec<usize> {
    let ordered = order(&DATA, CitySort::Name);
    narrow(&DATA, &search(divan::black_box("kota")), &ordered)
}

/// All cards, sorted by the number of cooperatives (the sort with the dearest key).
#[divan::bench(sample_count = 10)]
fn sort_by_count() -> Vec<usize> {
    order(&DATA, divan::black_box(CitySort::from_key("jumlah").unwrap_or_default()))
}

/// Every move of a new sort of the 514 cards (name order to the count's), a third of them
/// hidden by a search, as the home page plans them a frame at a time.
#[divan::bench(sample_count = 10)]
fn reorder_all_cards() -> usize {
    let from = order(&DATA, CitySort::Name);
    let to = order(&DATA, CitySort::from_key("jumlah").unwrap_or_default());
    let mut hidden = vec![false; DATA.cities.len()];
    from.iter().step_by(3).for_each(|&at| hidden[at] = true);
    let shown = |at: usize| !hidden[at];
    let mut plan = Plan::new(divan::black_box(from.clone()), &to);
    let mut moves = 0;
    while let Some(m) = plan.next_move(&shown) {
        plan.make(&m);
        moves += 1;
    }
    moves
}

/// Every city's latest observation (what each card shows).
#[divan::bench(sample_count = 10)]
fn latest_figures() -> usize {
    DATA.cities.iter().filter(|c| latest_observation(&DATA, &c.id).is_some()).count()
}

/// The health page's aggregation: every city's latest breakdown.
#[divan::bench(sample_count = 10)]
fn health_aggregation() -> usize {
    latest_breakdowns(&DATA).len()
}

/// The award timeline, unfiltered.
#[divan::bench(sample_count = 10)]
fn award_timeline() -> usize {
    timeline(&DATA, &AwardFilter::default()).len()
}

/// Chart geometry: each city's 10-year grouped chart (total, active, inactive) and a stacked bar
/// of its last year.
#[divan::bench(sample_count = 10)]
fn chart_geometry() -> usize {
    let value = |f: &Option<koperasi_kota::data::Figure>| f.as_ref().map(|f| f.value as f64);
    DATA.cities
        .iter()
        .map(|c| {
            let years = observations(&DATA, &c.id);
            let groups: Vec<Vec<Option<f64>>> =
                years.iter().map(|o| vec![value(&o.total), value(&o.active), value(&o.inactive)]).collect();
            let last: Vec<u64> = years.last().map_or(vec![], |o| {
                [&o.active, &o.inactive].iter().map(|f| f.as_ref().map_or(0, |f| f.value.max(0) as u64)).collect()
            });
            grouped(divan::black_box(&groups), 3, 640.0, 240.0).bars.len() + stack(divan::black_box(&last)).len()
        })
        .sum()
}
