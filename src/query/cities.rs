//! The city list: which cities match the search and filters, and in what order.

use std::cmp::Ordering;

use super::records::{active_share, latest_award, latest_observation};
use crate::data::model::index::fold;
use crate::data::{City, Dataset};
use crate::util::sort::{sort_by, sort_dedup};

/// What the reader asked for on the home page; it lives in the URL (see `crate::url`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CityFilter {
    /// Free text matched against city, province and leader names.
    pub search: String,
    pub province: Option<String>,
    pub has_award: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum CitySort {
    #[default]
    Name,
    /// Latest number of cooperatives, largest first.
    Count,
    /// Share active, highest first.
    ActiveShare,
    /// Latest award, newest first.
    LatestAward,
}

impl CitySort {
    pub const ALL: [CitySort; 4] = [Self::Name, Self::Count, Self::ActiveShare, Self::LatestAward];

    /// The word used in the URL.
    pub fn key(self) -> &'static str {
        match self {
            Self::Name => "nama",
            Self::Count => "jumlah",
            Self::ActiveShare => "aktif",
            Self::LatestAward => "penghargaan",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// A filter ready to test cities with: the search is folded once, not once per city, and
/// each city's text comes folded from the dataset's index.
pub struct Matcher<'a> {
    data: &'a Dataset,
    filter: &'a CityFilter,
    words: Vec<String>,
}

impl<'a> Matcher<'a> {
    pub fn new(data: &'a Dataset, filter: &'a CityFilter) -> Self {
        let words = fold(&filter.search).split(' ').filter(|w| !w.is_empty()).map(str::to_string).collect();
        Self { data, filter, words }
    }

    /// Whether the city at position `at` in `Dataset::cities` matches.
    pub fn matches_at(&self, at: usize) -> bool {
        let Some(city) = self.data.cities.get(at) else { return false };
        if self.filter.province.as_deref().is_some_and(|p| p != city.province) {
            return false;
        }
        if self.filter.has_award && latest_award(self.data, &city.id).is_none() {
            return false;
        }
        let haystack = self.data.index().search_text(at);
        self.words.iter().all(|word| haystack.contains(word.as_str()))
    }
}

/// The ids of the matching cities in the requested order. Cities without the figure a sort
/// uses come last, by name, so that "not reported" never ranks as zero.
pub fn select(data: &Dataset, filter: &CityFilter, sort: CitySort) -> Vec<String> {
    ids(data, &narrow(data, filter, &order(data, sort)))
}

/// The ids of the cities at these positions in `Dataset::cities`.
pub fn ids(data: &Dataset, positions: &[usize]) -> Vec<String> {
    positions.iter().filter_map(|&at| data.cities.get(at)).map(|c| c.id.clone()).collect()
}

/// Whether each position `0..len` is among `positions` (positions past `len` are left out):
/// the home page's lists as flags, for the look-ups of a keystroke or a sort.
pub fn among(len: usize, positions: &[usize]) -> Vec<bool> {
    let mut flags = vec![false; len];
    for &at in positions {
        if let Some(flag) = flags.get_mut(at) {
            *flag = true;
        }
    }
    flags
}

/// The cities in `ordered` (positions in `Dataset::cities`) that match the filter, in that
/// order: with every city already in the requested order ([`order`]), a keystroke only
/// filters, it never sorts again. Positions, not ids: the home page keeps every list of its
/// cities as numbers, which a keystroke or a sort copies and compares without a string.
pub fn narrow(data: &Dataset, filter: &CityFilter, ordered: &[usize]) -> Vec<usize> {
    let matcher = Matcher::new(data, filter);
    ordered.iter().copied().filter(|&at| matcher.matches_at(at)).collect()
}

/// Every city's position in `Dataset::cities`, in the requested order (see [`select`]).
pub fn order(data: &Dataset, sort: CitySort) -> Vec<usize> {
    // By name from the index (sorted once per dataset), then stably by the sort's figure.
    let by_name = data.index().by_name();
    let descending = |a: Option<f64>, b: Option<f64>| match (a, b) {
        (Some(a), Some(b)) => b.partial_cmp(&a).unwrap_or(Ordering::Equal),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    };
    let key = |c: &City| -> Option<f64> {
        match sort {
            CitySort::Name => None,
            CitySort::Count => latest_observation(data, &c.id).and_then(|o| o.total.as_ref()).map(|f| f.value as f64),
            CitySort::ActiveShare => active_share(data, &c.id).map(|(s, _)| s),
            CitySort::LatestAward => latest_award(data, &c.id).and_then(|a| a.date.date()).map(|d| {
                let (y, m, day) = d.sort_key();
                f64::from(y) * 10_000.0 + f64::from(m) * 100.0 + f64::from(day)
            }),
        }
    };
    if sort == CitySort::Name {
        return by_name.to_vec();
    }
    // Each key once, not once per comparison.
    let mut keyed: Vec<(Option<f64>, usize)> =
        by_name.iter().filter_map(|&at| Some((key(data.cities.get(at)?), at))).collect();
    sort_by(&mut keyed, |a, b| descending(a.0, b.0)); // stable: ties stay by name
    keyed.into_iter().map(|(_, at)| at).collect()
}

/// Provinces present in the dataset, sorted, for the province filter.
pub fn provinces(data: &Dataset) -> Vec<String> {
    let mut list: Vec<String> = data.cities.iter().map(|c| c.province.clone()).collect();
    sort_dedup(&mut list);
    list
}
