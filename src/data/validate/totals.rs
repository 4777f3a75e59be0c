//! Checks of shares (percentages given instead of counts) and of the area an observation
//! counts: a city in `observations`, a province or the country in `totals`.

use std::collections::HashSet;

use super::{Rec, Validator};
use crate::data::regions::{province_code, province_like};
use crate::data::{HealthBreakdown, Observation, Share};
use crate::util::number::tenths;

/// How far above 100 the exact shares of one list may add up: sources round each percentage
/// (33,4 + 33,3 + 33,4).
const ROUNDING: f64 = 0.5;

impl Validator<'_> {
    /// An observation's shares: each of a count the observation does not give (a share beside
    /// its count is a second reading of one figure), at most once, 0–100, with its sentence.
    pub(super) fn shares(&mut self, rec: &Rec, shares: &[Share], counted: &[&str], source: &str) {
        let mut seen = HashSet::new();
        for (i, s) in shares.iter().enumerate() {
            let field = format!("shares[{i}]");
            let Some(part) = s.part.map(|p| p.key()) else {
                self.push(
                    rec,
                    &format!("{field}.part"),
                    "which count? add \"part\": active, inactive or dissolving".into(),
                );
                continue;
            };
            if s.category.is_some() {
                self.push(rec, &format!("{field}.category"), "a category's share goes in health.shares".into());
            }
            if counted.contains(&part) {
                self.push(rec, &format!("{field}.part"), format!("\"{part}\" is given as a count too: keep the count"));
            }
            if !seen.insert(part) {
                self.push(rec, &format!("{field}.part"), format!("a second share of \"{part}\""));
            }
            self.share(rec, &field, s, source);
        }
        self.sum_of_shares(rec, "shares", shares);
    }

    pub(super) fn health_shares(
        &mut self,
        rec: &Rec,
        h: &HealthBreakdown,
        categories: &[&str],
        counted: &[&str],
        source: &str,
    ) {
        let mut seen = HashSet::new();
        for (i, s) in h.shares.iter().enumerate() {
            let field = format!("health.shares[{i}]");
            let Some(category) = s.category.as_deref() else {
                self.push(rec, &format!("{field}.category"), "which category? add \"category\"".into());
                continue;
            };
            if s.part.is_some() {
                self.push(rec, &format!("{field}.part"), "a count's share goes in the observation's shares".into());
            }
            if !categories.contains(&category) {
                self.push(
                    rec,
                    &format!("{field}.category"),
                    format!(
                        "unknown health category \"{category}\" for scale \"{}\" (known: {})",
                        h.scale,
                        categories.join(", ")
                    ),
                );
            }
            if counted.contains(&category) {
                self.push(
                    rec,
                    &format!("{field}.category"),
                    format!("\"{category}\" is given as a count too: keep the count"),
                );
            }
            if !seen.insert(category) {
                self.push(rec, &format!("{field}.category"), format!("a second share of \"{category}\""));
            }
            self.share(rec, &field, s, source);
        }
        self.sum_of_shares(rec, "health.shares", &h.shares);
        if h.is_empty() {
            self.push(rec, "health.counts", "no category: give counts or shares of at least one".into());
        }
    }

    fn share(&mut self, rec: &Rec, field: &str, s: &Share, source: &str) {
        if !(0.0..=100.0).contains(&s.percent) {
            let shown = tenths(s.percent);
            self.push(rec, &format!("{field}.percent"), format!("{shown} is not a percentage (0 to 100)"));
        }
        self.evidence(rec, field, &s.quote, s.locator.as_ref(), source);
    }

    fn sum_of_shares(&mut self, rec: &Rec, field: &str, shares: &[Share]) {
        #[allow(clippy::disallowed_methods, reason = "constant bounds: the compiler drops the assertion")]
        let sum: f64 = shares.iter().filter(|s| !s.approximate).map(|s| s.percent.clamp(0.0, 100.0)).sum();
        if sum > 100.0 + ROUNDING {
            self.push(rec, field, format!("the shares add up to {} %, more than 100 %", tenths(sum)));
        }
    }

    /// The area: a city in `observations`; a province (its official name) or the country, not
    /// both, in `totals`.
    pub(super) fn area(&mut self, rec: &Rec, o: &Observation, is_total: bool) {
        if !is_total {
            if o.province.is_some() || o.national {
                let field = if o.national { "national" } else { "province" };
                self.push(rec, field, "a province's or the country's figures go in \"totals\"".into());
            }
            self.city_ref(rec, "city", &o.city);
            return;
        }
        if !o.city.is_empty() {
            self.push(rec, "city", "a city's figures go in \"observations\"".into());
        }
        match (&o.province, o.national) {
            (Some(_), true) => {
                self.push(rec, "national", "a total is of one province or of the country, not both".into())
            }
            (None, false) => self.push(
                rec,
                "province",
                "which area? add \"province\" (its official name) or \"national\": true".into(),
            ),
            (Some(p), false) if province_code(p).is_none() => {
                let hint = province_like(p).map(|n| format!(": did you mean \"{n}\"?")).unwrap_or_else(|| {
                    ": use the name in the official list (docs/DATA.md, src/data/regions/wilayah.tsv)".into()
                });
                self.push(rec, "province", format!("\"{p}\" is not an official province name{hint}"));
            }
            _ => {}
        }
        if o.health.is_some() {
            self.push(
                rec,
                "health",
                "a province's or the country's health results are not shown: leave them out".into(),
            );
        }
        if o.counts().iter().all(|(_, f)| f.is_none()) && o.shares.is_empty() {
            self.push(rec, "total", "no figure: a total needs at least one".into());
        }
    }
}
