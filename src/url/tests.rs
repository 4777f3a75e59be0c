use crate::i18n::Lang;
use crate::query::cities::CitySort;
use crate::url::{encode, parse_query, percent_decode, Page, StaticCities, UrlState};

fn built() -> StaticCities {
    StaticCities::new(["kota-blitar".to_string(), "kota-malang".to_string()])
}

fn at(path: &str, query: &str) -> UrlState {
    UrlState::parse(path, query, built())
}

#[test]
fn reads_pages_from_the_path() {
    assert_eq!(at("", "").page, Page::Cities);
    assert_eq!(at("index.html", "").page, Page::Cities);
    assert_eq!(at("kota/kota-blitar/", "").page, Page::City("kota-blitar".into()));
    assert_eq!(at("kota/kota-blitar/index.html", "").page, Page::City("kota-blitar".into()));
    assert_eq!(at("penghargaan/", "").page, Page::Awards);
    assert_eq!(at("kesehatan/", "?lang=en").page, Page::Health);
    assert_eq!(at("peta/", "").page, Page::Unknown("peta/".into()));
    assert_eq!((at("", "").depth, at("kota/kota-blitar/", "").depth, at("penghargaan/", "").depth), (0, 2, 1));
}

#[test]
fn links_shared_in_the_query_form_keep_working() {
    assert_eq!(at("", "?kota=kota-blitar").page, Page::City("kota-blitar".into()));
    assert_eq!(at("", "?halaman=penghargaan").page, Page::Awards);
    assert_eq!(at("", "?halaman=kesehatan").page, Page::Health);
    assert_eq!(at("", "?halaman=peta").page, Page::Unknown("peta".into()));
    // Filters on a page named in the query keep the name when they are rewritten.
    let a = at("", "?halaman=penghargaan&pemberi=dekopin");
    assert_eq!(a.with(|n| n.awards.year = Some(2022)), "?halaman=penghargaan&pemberi=dekopin&tahun=2022");
    // The path wins over a stale query name.
    assert_eq!(at("kesehatan/", "?kota=kota-blitar").page, Page::Health);
}

#[test]
fn links_are_relative_to_the_current_page() {
    let home = at("", "");
    assert_eq!(home.link(Page::City("kota-blitar".into())), "kota/kota-blitar/");
    assert_eq!(home.link(Page::Awards), "penghargaan/");
    assert_eq!(home.link(Page::Cities), "./");
    let city = at("kota/kota-malang/", "?lang=en");
    // A host's `?lang=en` on an Indonesian page: links lead to the English pages.
    assert_eq!(city.link(Page::Cities), "../../en/");
    assert_eq!(city.link(Page::Health), "../../en/kesehatan/");
    assert_eq!(city.asset("data/koperasi.json"), "../../data/koperasi.json");
    // A city added to the data after the build has no folder yet: the query form reaches it.
    assert_eq!(city.link(Page::City("kabupaten-baru".into())), "../../en/?kota=kabupaten-baru");
    assert_eq!(home.link(Page::City("kabupaten-baru".into())), "./?kota=kabupaten-baru");
}

#[test]
fn filters_round_trip_through_the_query() {
    let s = at("", "?cari=blitar&provinsi=Jawa%20Timur&penghargaan=ada&urut=jumlah");
    assert_eq!(
        (s.cities.search.as_str(), s.cities.province.as_deref(), s.cities.has_award, s.sort),
        ("blitar", Some("Jawa Timur"), true, CitySort::Count)
    );
    assert_eq!(s.to_query(), "?cari=blitar&provinsi=Jawa%20Timur&penghargaan=ada&urut=jumlah");
    let a = at("penghargaan/", "?pemberi=dekopin&tahun=2022");
    assert_eq!(a.to_query(), "?pemberi=dekopin&tahun=2022");
}

#[test]
fn bad_values_fall_back_to_defaults() {
    let s = at("", "?urut=acak&tahun=dua+ribu&penghargaan=ya&cari=%E0%A4");
    assert_eq!((s.sort, s.awards.year, s.cities.has_award), (CitySort::Name, None, false));
    assert_eq!(s.cities.search, "%E0%A4", "a broken escape is kept as written");
    assert_eq!(at("", "?urut=acak").to_query(), "");
}

#[test]
fn links_keep_global_parameters_but_not_filters() {
    let s = at("", "?cari=malang&lang=en&embed=1");
    assert_eq!(s.lang(), Lang::En);
    assert_eq!(s.link(Page::Health), "en/kesehatan/?embed=1");
    assert_eq!(s.link(Page::Cities), "en/?embed=1");
    assert_eq!(s.with(|n| n.cities.search = "blitar".into()), "?cari=blitar&lang=en&embed=1");
    assert_eq!(at("", "?lang=fr").lang(), Lang::Id);
}

#[test]
fn encodes_and_decodes_reserved_characters() {
    assert_eq!(encode("a b&c=d/é"), "a%20b%26c%3Dd%2F%C3%A9");
    assert_eq!(percent_decode("a%20b%26c%3Dd%2F%C3%A9"), "a b&c=d/é");
    assert_eq!(
        parse_query("?cari=kota+blitar&x&lang=en"),
        vec![("cari".into(), "kota blitar".into()), ("x".into(), String::new()), ("lang".into(), "en".into())]
    );
}

#[test]
fn every_page_with_a_folder_is_read_back_from_it() {
    for page in [Page::Cities, Page::City("kota-blitar".into()), Page::Awards, Page::Health] {
        let folder: String = page.folder().expect("has a folder").iter().map(|s| format!("{s}/")).collect();
        assert_eq!(at(&folder, "").page, page, "{folder}");
    }
    assert_eq!(Page::Unknown("peta".into()).folder(), None);
}

#[test]
fn a_global_can_be_dropped_from_the_current_view() {
    let u = UrlState::parse("", "?cari=blitar&embed=1&data=x.json", StaticCities::default());
    assert_eq!(u.without_global("embed"), "?cari=blitar&data=x.json");
    assert_eq!(UrlState::parse("", "?embed=1", StaticCities::default()).without_global("embed"), "./");
}

#[test]
fn the_language_switch_keeps_the_view_and_its_filters() {
    let id = UrlState::parse("", "?cari=blitar&theme=dark", StaticCities::default());
    assert_eq!(id.other_language(), "en/?cari=blitar&theme=dark");
    let en = UrlState::parse("en/", "?cari=blitar", StaticCities::default());
    assert_eq!(en.lang(), Lang::En);
    assert_eq!(en.other_language(), "../?cari=blitar");
    // A host's `?lang=en` on an Indonesian path: the switch leads to the Indonesian page.
    let host = UrlState::parse("", "?cari=blitar&lang=en", StaticCities::default());
    assert_eq!(host.other_language(), "?cari=blitar");
    let cities = StaticCities::new(["kota-malang".to_string()]);
    let city = UrlState::parse("kota/kota-malang/", "?embed=1", cities.clone());
    assert_eq!(city.other_language(), "../../en/kota/kota-malang/?embed=1");
    let city = UrlState::parse("en/kota/kota-malang/", "", cities.clone());
    assert_eq!(city.other_language(), "../../../kota/kota-malang/");
    // A city with no page of its own yet is named in the query, in either language.
    let added = UrlState::parse("en/", "?kota=kota-batu", cities);
    assert_eq!(added.page, Page::City("kota-batu".into()));
    assert_eq!(added.other_language(), "../?kota=kota-batu");
    // By path, a city the build did not know: the query form keeps naming it.
    let unknown_city = UrlState::parse("kota/kota-batu/", "?theme=dark", StaticCities::default());
    assert_eq!(unknown_city.other_language(), "../../en/?kota=kota-batu&theme=dark");
    // A path this version does not know, in either language.
    assert_eq!(UrlState::parse("en/peta/", "", StaticCities::default()).other_language(), "../../peta/");
    assert_eq!(UrlState::parse("peta/", "", StaticCities::default()).other_language(), "../en/peta/");
}

#[test]
fn english_pages_link_to_english_pages() {
    let cities = StaticCities::new(["kota-malang".to_string()]);
    let en = UrlState::parse("en/kota/kota-malang/", "?theme=dark", cities);
    assert_eq!((en.page.clone(), en.depth, en.lang()), (Page::City("kota-malang".into()), 3, Lang::En));
    assert_eq!(en.link(Page::Health), "../../../en/kesehatan/?theme=dark");
    assert_eq!(en.link(Page::City("kota-batu".into())), "../../../en/?kota=kota-batu&theme=dark");
    assert_eq!(en.asset("data/koperasi.json"), "../../../data/koperasi.json");
    assert_eq!(en.citable(), "en/kota/kota-malang/?theme=dark");
    assert_eq!(UrlState::parse("en/", "", StaticCities::default()).page, Page::Cities);
}

#[test]
fn a_view_is_cited_from_the_root_without_embed_or_filters() {
    let cities = StaticCities::new(["kota-malang".to_string()]);
    let u = UrlState::parse("kota/kota-malang/", "?embed=1&lang=en", cities.clone());
    assert_eq!(u.citable(), "en/kota/kota-malang/");
    assert_eq!(UrlState::parse("", "?cari=x&embed=1", cities).citable(), "");
}

#[test]
fn a_text_fragment_encodes_commas_hyphens_and_ampersands_and_keeps_a_fragment() {
    use super::text_fragment;
    assert_eq!(
        text_fragment("https://example.org/berita", "Koperasi aktif, simpan-pinjam", "& usaha  bersama."),
        "https://example.org/berita#:~:text=Koperasi%20aktif%2C%20simpan%2Dpinjam,%26%20usaha%20bersama."
    );
    // A page that routes by its fragment keeps it; the directive follows it.
    assert_eq!(text_fragment("https://x.id/#/berita/12", "Ada 12", ""), "https://x.id/#/berita/12:~:text=Ada%2012");
    assert_eq!(
        text_fragment("https://x.id/a?b=1", "1.805 koperasi", ""),
        "https://x.id/a?b=1#:~:text=1.805%20koperasi"
    );
    assert_eq!(
        text_fragment("https://x.id/", "Rp 1,6 triliun", "tahun ini"),
        "https://x.id/#:~:text=Rp%201%2C6%20triliun,tahun%20ini"
    );
    // Beyond ASCII, byte by byte.
    assert_eq!(
        text_fragment("https://x.id/", "Kabupaten Pasuruan—2019", ""),
        "https://x.id/#:~:text=Kabupaten%20Pasuruan%E2%80%942019"
    );
}

#[test]
fn every_province_has_a_page_of_its_own_in_both_forms() {
    let jatim = Page::Province("jawa-timur".into());
    assert_eq!(at("provinsi/jawa-timur/", "").page, jatim);
    assert_eq!(at("en/provinsi/jawa-timur/index.html", "").page, jatim);
    assert_eq!(at("", "?halaman=provinsi/jawa-timur").page, jatim);
    assert_eq!(at("", "?halaman=provinsi/").page, Page::Unknown("provinsi/".into()));
    // From a city page, in English; the query form names it where a host rewrites paths.
    assert_eq!(at("en/kota/kota-blitar/", "").link(jatim.clone()), "../../../en/provinsi/jawa-timur/");
    assert_eq!(at("", "?kota=kota-blitar").link(jatim), "provinsi/jawa-timur/");
}
