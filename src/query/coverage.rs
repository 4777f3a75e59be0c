//! What the dataset covers of the official list: how many of Indonesia's kabupaten/kota, and of
//! each province's, have any record, and which have none, so that a province office sees where
//! reporting is missing. Joined on the kode wilayah; O(cities + regencies).

use std::collections::HashSet;

use crate::data::regions::regencies;
use crate::data::Dataset;

/// One province of the official list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProvinceCoverage {
    pub province: &'static str,
    /// Its kabupaten/kota in the official list.
    pub regencies: usize,
    /// How many of them have any record.
    pub covered: usize,
    /// The official names of those without any, in code order.
    pub missing: Vec<&'static str>,
}

/// Every province, in the order of their codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    pub provinces: Vec<ProvinceCoverage>,
}

impl Coverage {
    /// Kabupaten/kota in the official list (514).
    pub fn regencies(&self) -> usize {
        self.provinces.iter().map(|p| p.regencies).sum()
    }

    /// Kabupaten/kota with any record.
    pub fn covered(&self) -> usize {
        self.provinces.iter().map(|p| p.covered).sum()
    }

    /// Provinces with at least one kabupaten/kota with a record.
    pub fn provinces_covered(&self) -> usize {
        self.provinces.iter().filter(|p| p.covered > 0).count()
    }

    /// The province named `name`, if the official list has it.
    pub fn province(&self, name: &str) -> Option<&ProvinceCoverage> {
        self.provinces.iter().find(|p| p.province == name)
    }
}

/// Which kabupaten/kota of the official list have any record in `data`: an observation, an
/// award, an activity or a person. A city listed with nothing about it does not count: its
/// page would say "tidak dilaporkan" everywhere.
pub fn coverage(data: &Dataset) -> Coverage {
    let index = data.index();
    let with_records: HashSet<&str> =
        data.cities.iter().filter(|c| index.records(&c.id).any()).map(|c| c.code.as_str()).collect();
    let mut provinces: Vec<ProvinceCoverage> = Vec::new();
    for regency in regencies() {
        if provinces.last().is_none_or(|p| p.province != regency.province) {
            provinces.push(ProvinceCoverage {
                province: regency.province,
                regencies: 0,
                covered: 0,
                missing: Vec::new(),
            });
        }
        let Some(p) = provinces.last_mut() else { continue };
        p.regencies += 1;
        if with_records.contains(regency.code) {
            p.covered += 1;
        } else {
            p.missing.push(regency.name);
        }
    }
    Coverage { provinces }
}
