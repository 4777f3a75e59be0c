//! `data-tool coverage FILE` (`make coverage`): by province, how many kabupaten/kota of the
//! official list have counts, counts from three dates or more (a chart over time), awards and
//! health results, and how many province totals there are: where collecting is done, and where
//! it is not.

use std::collections::BTreeSet;
use std::fmt::Write;

use koperasi_kota::data::regions::regencies;
use koperasi_kota::data::{Area, Dataset};
use koperasi_kota::query::records::{awards, observations};
use koperasi_kota::query::totals::{of_area, Province};

/// One province's row.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Row {
    pub province: String,
    pub regencies: usize,
    pub with_counts: usize,
    pub three_dates: usize,
    pub with_awards: usize,
    pub with_health: usize,
    pub totals: usize,
}

/// Every province with anything in `data` (and the country as the last row, "Indonesia").
pub fn coverage(data: &Dataset) -> Vec<Row> {
    let mut rows: Vec<Row> = Vec::new();
    for province in Province::all() {
        let mut row = Row { province: province.name.to_string(), ..Row::default() };
        row.regencies = regencies().iter().filter(|r| r.province == province.name).count();
        for city in data.cities.iter().filter(|c| c.province == province.name) {
            let whole = observations(data, &city.id);
            let dates: BTreeSet<&str> = whole.iter().map(|o| o.as_of.value.as_str()).collect();
            row.with_counts += usize::from(!whole.is_empty());
            row.three_dates += usize::from(dates.len() >= 3);
            row.with_awards += usize::from(!awards(data, &city.id).is_empty());
            row.with_health += usize::from(whole.iter().any(|o| o.health.is_some()));
        }
        row.totals = of_area(data, Area::Province(province.name)).len();
        if row.with_counts + row.with_awards + row.totals > 0 {
            rows.push(row);
        }
    }
    let national = of_area(data, Area::National).len();
    let sum = |f: fn(&Row) -> usize| rows.iter().map(f).sum::<usize>();
    rows.push(Row {
        province: "Indonesia".into(),
        regencies: regencies().len(),
        with_counts: sum(|r| r.with_counts),
        three_dates: sum(|r| r.three_dates),
        with_awards: sum(|r| r.with_awards),
        with_health: sum(|r| r.with_health),
        totals: national,
    });
    rows
}

/// The rows as a Markdown table (the README and the closing notes quote it).
pub fn table(rows: &[Row]) -> String {
    let mut out = String::from(
        "| province | kab/kota | with counts | counts on 3+ dates | with awards | with health | totals |\n|---|---:|---:|---:|---:|---:|---:|\n",
    );
    for r in rows {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} |",
            r.province, r.regencies, r.with_counts, r.three_dates, r.with_awards, r.with_health, r.totals
        );
    }
    out
}
