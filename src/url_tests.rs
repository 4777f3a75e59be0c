use std::collections::HashMap;

use crate::i18n::Lang;
use crate::query::cities::CitySort;
use crate::url::{encode, Page, UrlState};

fn parse(query: &[(&str, &str)]) -> UrlState {
    let map: HashMap<String, String> = query.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    UrlState::parse(|k| map.get(k).cloned())
}

#[test]
fn reads_pages_from_the_query() {
    assert_eq!(parse(&[]).page, Page::Cities);
    assert_eq!(parse(&[("kota", "kota-blitar")]).page, Page::City("kota-blitar".into()));
    assert_eq!(parse(&[("halaman", "penghargaan")]).page, Page::Awards);
    assert_eq!(parse(&[("halaman", "kesehatan")]).page, Page::Health);
    assert_eq!(parse(&[("halaman", "peta")]).page, Page::Unknown("peta".into()));
}

#[test]
fn filters_round_trip_through_the_query() {
    let s = parse(&[("cari", "blitar"), ("provinsi", "Jawa Timur"), ("penghargaan", "ada"), ("urut", "jumlah")]);
    assert_eq!(
        (s.cities.search.as_str(), s.cities.province.as_deref(), s.cities.has_award, s.sort),
        ("blitar", Some("Jawa Timur"), true, CitySort::Count)
    );
    assert_eq!(s.to_query(), "?cari=blitar&provinsi=Jawa%20Timur&penghargaan=ada&urut=jumlah");
    let a = parse(&[("halaman", "penghargaan"), ("pemberi", "dekopin"), ("tahun", "2022")]);
    assert_eq!(a.to_query(), "?halaman=penghargaan&pemberi=dekopin&tahun=2022");
}

#[test]
fn bad_values_fall_back_to_defaults() {
    let s = parse(&[("urut", "acak"), ("tahun", "dua ribu"), ("penghargaan", "ya")]);
    assert_eq!((s.sort, s.awards.year, s.cities.has_award), (CitySort::Name, None, false));
    assert_eq!(s.to_query(), "?");
}

#[test]
fn links_keep_global_parameters_but_not_filters() {
    let s = parse(&[("cari", "malang"), ("lang", "en"), ("embed", "1")]);
    assert_eq!(s.lang(), Lang::En);
    assert_eq!(s.link(Page::Health), "?halaman=kesehatan&lang=en&embed=1");
    assert_eq!(s.link(Page::Cities), "?lang=en&embed=1");
    assert_eq!(s.with(|n| n.cities.search = "blitar".into()), "?cari=blitar&lang=en&embed=1");
    assert_eq!(parse(&[("lang", "fr")]).lang(), Lang::Id);
}

#[test]
fn encodes_reserved_characters() {
    assert_eq!(encode("a b&c=d/é"), "a%20b%26c%3Dd%2F%C3%A9");
}
