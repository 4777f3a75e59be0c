//! Province and national totals, and what a province page lists: its totals over time, its
//! kabupaten/kota with records, and those without.

use crate::data::regions::{province_by_slug, provinces, slug};
use crate::data::{Area, Dataset, Observation};
use crate::util::sort::sort_by_key;

/// A province of the official list, as its page names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Province {
    pub code: &'static str,
    pub name: &'static str,
}

impl Province {
    /// The province whose page is at `provinsi/<slug>/`.
    pub fn by_slug(slug: &str) -> Option<Self> {
        province_by_slug(slug).map(|(code, name)| Self { code, name })
    }

    /// The last part of its page's address.
    pub fn slug(&self) -> String {
        slug(self.name)
    }

    /// Every province of the official list, in code order: each has a page.
    pub fn all() -> impl Iterator<Item = Self> {
        provinces().iter().map(|&(code, name)| Self { code, name })
    }
}

/// The totals for `area`, oldest first.
pub fn of_area<'d>(data: &'d Dataset, area: Area<'_>) -> Vec<&'d Observation> {
    let mut totals: Vec<&Observation> = data.totals.iter().filter(|t| t.area() == Some(area)).collect();
    sort_by_key(&mut totals, |t| t.as_of.date());
    totals
}

/// The cities of the dataset in `province`, in the official list's order (their codes).
pub fn cities_in<'d>(data: &'d Dataset, province: &str) -> Vec<&'d crate::data::City> {
    let mut cities: Vec<_> = data.cities.iter().filter(|c| c.province == province).collect();
    sort_by_key(&mut cities, |c| c.code.clone());
    cities
}
