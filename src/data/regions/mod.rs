//! The official list of Indonesia's 38 provinces and 514 kabupaten/kota with their kode
//! wilayah (Kemendagri), from npm's `idn-area-data` (ODbL; `LICENSE-ODbL.md` beside this file,
//! refreshed by `scripts/regions.mjs`). The validator checks every city against it, so a typo
//! is an error rather than a second province, and datasets join on the code.

use std::sync::OnceLock;

use super::model::CityKind;

const TABLE: &str = include_str!("wilayah.tsv");

/// A kabupaten or kota as the official list names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Regency {
    pub code: &'static str,
    /// With its prefix: "Kota Blitar", "Kabupaten Malang".
    pub name: &'static str,
    pub kind: CityKind,
    pub province: &'static str,
}

struct Table {
    /// `(code, name)`, codes like "35".
    provinces: Vec<(&'static str, &'static str)>,
    regencies: Vec<Regency>,
}

fn table() -> &'static Table {
    static TABLE_CELL: OnceLock<Table> = OnceLock::new();
    TABLE_CELL.get_or_init(|| {
        let rows = TABLE.lines().filter(|l| !l.starts_with('#')).filter_map(|l| l.split_once('\t'));
        let (provinces, regencies): (Vec<_>, Vec<_>) = rows.partition(|(code, _)| !code.contains('.'));
        let province_name =
            |code: &str| provinces.iter().find(|(c, _)| *c == code).map(|(_, n)| *n).unwrap_or_default();
        let regencies = regencies
            .iter()
            .map(|&(code, name)| Regency {
                code,
                name,
                kind: if name.starts_with("Kota ") { CityKind::Kota } else { CityKind::Kabupaten },
                province: province_name(code.split('.').next().unwrap_or_default()),
            })
            .collect();
        Table { provinces, regencies }
    })
}

/// The kabupaten or kota with this code ("35.72"). The table is in code order (a test says
/// so), so this is a bisection: validation asks once per city, 514 times at national scale.
pub fn regency(code: &str) -> Option<Regency> {
    let regencies = &table().regencies;
    regencies.binary_search_by(|r| r.code.cmp(code)).ok().map(|i| regencies[i])
}

/// A kabupaten or kota by its official name, for suggestions ("Kota Blitar" → 35.72).
pub fn regency_named(name: &str) -> Option<Regency> {
    table().regencies.iter().find(|r| r.name.eq_ignore_ascii_case(name)).copied()
}

/// The province's code ("35") from its official name.
pub fn province_code(name: &str) -> Option<&'static str> {
    table().provinces.iter().find(|(_, n)| *n == name).map(|(c, _)| *c)
}

/// Every province, as (code, official name), in the order of their codes.
pub fn provinces() -> &'static [(&'static str, &'static str)] {
    &table().provinces
}

/// A province by the last part of its page's address (`jawa-timur`), as (code, name).
pub fn province_by_slug(slug: &str) -> Option<(&'static str, &'static str)> {
    table().provinces.iter().find(|(_, n)| self::slug(n) == slug).copied()
}

/// An official name as an id or a folder name: in lowercase, words joined by `-` ("Daerah
/// Istimewa Yogyakarta" → `daerah-istimewa-yogyakarta`, "Kabupaten Jember" →
/// `kabupaten-jember`). The official names are ASCII, and ASCII lowercasing spares the wasm
/// Unicode's case tables.
pub fn slug(name: &str) -> String {
    name.split_whitespace().map(str::to_ascii_lowercase).collect::<Vec<_>>().join("-")
}

/// The official province name closest to `name` written another way ("jawa timur",
/// "Jatim" is not guessed): same words, any case.
pub fn province_like(name: &str) -> Option<&'static str> {
    province_by_slug(&slug(name)).map(|(_, n)| n)
}

/// Every kabupaten and kota, in the order of their codes.
pub fn regencies() -> &'static [Regency] {
    &table().regencies
}

/// How many kabupaten/kota and provinces the list has (514 and 38).
pub fn counts() -> (usize, usize) {
    (table().regencies.len(), table().provinces.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_official_list_has_every_province_and_kabupaten_kota() {
        assert_eq!(counts(), (514, 38));
        assert!(regencies().windows(2).all(|w| w[0].code < w[1].code), "in code order, for the bisection");
        assert!(regencies().iter().all(|r| regency(r.code) == Some(*r)));
        assert_eq!(regency("35.99"), None);
        let blitar = regency("35.72").expect("Kota Blitar");
        assert_eq!((blitar.name, blitar.kind, blitar.province), ("Kota Blitar", CityKind::Kota, "Jawa Timur"));
        assert_eq!(regency("35.05").map(|r| r.kind), Some(CityKind::Kabupaten));
        assert_eq!(province_code("Jawa Timur"), Some("35"));
        assert_eq!(regency_named("kota malang").map(|r| r.code), Some("35.73"));
        assert!(table().regencies.iter().all(|r| !r.province.is_empty()), "every regency has its province");
    }
}
