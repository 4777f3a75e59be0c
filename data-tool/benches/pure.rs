//! Native benchmarks of the pure functions behind every view, on the synthetic national dataset
//! (514 kabupaten/kota, `data_tool::synth`): `cargo bench -p data-tool` (run by `make bench`).
//! They show a regression without a browser; the browser figures are `make bench`'s.

use std::sync::LazyLock;

use koperasi_kota::chart::grouped::grouped;
use koperasi_kota::chart::stack::stack;
use koperasi_kota::data::{parse_dataset, Dataset};
use koperasi_kota::query::awards::{timeline, AwardFilter};
use koperasi_kota::query::cities::{select, CityFilter, CitySort};
use koperasi_kota::query::health::latest_breakdowns;
use koperasi_kota::query::records::latest_observation;

fn main() {
    divan::main();
}

static TEXT: LazyLock<String> = LazyLock::new(|| data_tool::synth::synthetic(1, usize::MAX).to_string());
static DATA: LazyLock<Dataset> =
    LazyLock::new(|| parse_dataset("synth.json", &TEXT).unwrap_or_else(|e| panic!("the synthetic dataset: {e}")));

fn search(text: &str) -> CityFilter {
    CityFilter { search: text.into(), province: None, has_award: false }
}

/// Parsing and validating the whole file, as the app does on load.
#[divan::bench(sample_count = 10)]
fn parse_and_validate() -> Dataset {
    parse_dataset("synth.json", divan::black_box(&TEXT)).unwrap_or_else(|e| panic!("{e}"))
}

/// The home page's cards for one search keystroke ("kota"), in name order.
#[divan::bench(sample_count = 10)]
fn filter_keystroke() -> Vec<String> {
    select(&DATA, &search("kota"), CitySort::Name)
}

/// All cards, sorted by the number of cooperatives (the sort with the dearest key).
#[divan::bench(sample_count = 10)]
fn sort_by_count() -> Vec<String> {
    select(&DATA, &search(""), CitySort::from_key("jumlah").unwrap_or_default())
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

/// Chart geometry: a 4-part stacked bar per city and a 10-year grouped chart.
#[divan::bench(sample_count = 10)]
fn chart_geometry() -> usize {
    let bars: usize = DATA.cities.iter().map(|_| stack(&[19, 68, 32, 45]).len()).sum();
    let groups: Vec<Vec<Option<f64>>> = (0..10).map(|y| vec![Some(300.0 + f64::from(y)), Some(200.0), None]).collect();
    bars + grouped(&groups, 3, 640.0, 240.0).bars.len()
}
