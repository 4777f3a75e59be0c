use super::awards::{givers, timeline, years, AwardFilter, UNKNOWN_GIVER};
use super::cities::{provinces, select, CityFilter, CitySort};
use super::health::{latest_breakdown, latest_breakdowns};
use super::records::*;
use crate::data::{parse_dataset, Dataset};

pub(super) fn data() -> Dataset {
    parse_dataset("koperasi.json", include_str!("../../tests/fixtures/seed-data.json")).expect("valid")
}

/// The fictional sample, which uses every field.
fn contoh() -> Dataset {
    parse_dataset("contoh.json", include_str!("../../public/data/contoh.json")).expect("valid")
}

fn filter(search: &str) -> CityFilter {
    CityFilter { search: search.into(), ..CityFilter::default() }
}

#[test]
fn latest_observation_is_the_newest_of_all_cooperatives() {
    let d = data();
    let b = latest_observation(&d, "kota-blitar").expect("blitar has data");
    assert_eq!(b.id, "blitar-2022-07");
    // Kopontren (a scoped subset) never stands for the whole city.
    assert_eq!(latest_observation(&d, "kota-probolinggo").map(|o| o.id.as_str()), Some("probolinggo-2023-07"));
    assert_eq!(scoped_observations(&d, "kota-probolinggo").len(), 1);
    assert_eq!(
        observations(&d, "kota-blitar").iter().map(|o| o.id.as_str()).collect::<Vec<_>>(),
        ["blitar-2019-09", "blitar-2022-07"]
    );
}

#[test]
fn active_share_uses_the_latest_observation_with_both_figures() {
    let d = data();
    let (share, o) = active_share(&d, "kota-blitar").expect("2019 has both");
    assert_eq!(o.id, "blitar-2019-09");
    assert!((share - 255.0 / 341.0).abs() < 1e-9);
    assert!(active_share(&d, "kota-malang").is_none());
    assert!(active_share(&d, "kota-probolinggo").is_none(), "no total reported");
}

#[test]
fn leader_is_the_latest_leader_role() {
    let d = data();
    let (p, r) = leader(&d, "kota-blitar").expect("leader");
    assert_eq!((p.name.as_deref(), r.title.as_str()), (Some("Santoso"), "Wali Kota Blitar"));
    let (p, r) = leader(&d, "kota-probolinggo").expect("leader");
    assert_eq!((p.name.as_deref(), r.title.as_str()), (None, "Wali Kota Probolinggo"));
    assert_eq!(people(&d, "kota-mojokerto").len(), 2);
}

#[test]
fn search_matches_city_province_and_leader_ignoring_case_and_punctuation() {
    let d = data();
    assert_eq!(select(&d, &filter("blitar"), CitySort::Name), ["kota-blitar"]);
    assert_eq!(select(&d, &filter("  KOTA   mojo"), CitySort::Name), ["kota-mojokerto"]);
    assert_eq!(select(&d, &filter("wahyu"), CitySort::Name), ["kota-malang"]);
    assert_eq!(select(&d, &filter("jawa timur"), CitySort::Name).len(), 4);
    assert!(select(&d, &filter("surabaya"), CitySort::Name).is_empty());
}

#[test]
fn filters_by_province_and_award() {
    let d = data();
    let awarded = CityFilter { has_award: true, ..CityFilter::default() };
    assert_eq!(select(&d, &awarded, CitySort::Name), ["kota-blitar", "kota-malang", "kota-probolinggo"]);
    let elsewhere = CityFilter { province: Some("Bali".into()), ..CityFilter::default() };
    assert!(select(&d, &elsewhere, CitySort::Name).is_empty());
    assert_eq!(provinces(&d), ["Jawa Timur"]);
}

#[test]
fn sorts_put_unreported_figures_last() {
    let d = data();
    let all = CityFilter::default();
    assert_eq!(select(&d, &all, CitySort::Name), ["kota-blitar", "kota-malang", "kota-mojokerto", "kota-probolinggo"]);
    // 624, 280, 192, then Probolinggo (no total reported).
    assert_eq!(select(&d, &all, CitySort::Count), ["kota-malang", "kota-blitar", "kota-mojokerto", "kota-probolinggo"]);
    assert_eq!(select(&d, &all, CitySort::ActiveShare)[0], "kota-blitar");
    assert_eq!(
        select(&d, &all, CitySort::LatestAward),
        ["kota-malang", "kota-probolinggo", "kota-blitar", "kota-mojokerto"]
    );
    for s in CitySort::ALL {
        assert_eq!(CitySort::from_key(s.key()), Some(s));
    }
}

#[test]
fn timeline_groups_awards_by_year_and_filters() {
    let d = data();
    let all = timeline(&d, &AwardFilter::default());
    assert_eq!(all.iter().map(|g| g.year).collect::<Vec<_>>(), [2022, 2023, 2024]);
    let dekopin = timeline(&d, &AwardFilter { giver: Some("dekopin".into()), year: None });
    assert_eq!(dekopin.iter().map(|g| g.year).collect::<Vec<_>>(), [2022, 2024]);
    let unknown = timeline(&d, &AwardFilter { giver: Some(UNKNOWN_GIVER.into()), year: None });
    assert_eq!(unknown[0].awards[0].city, "kota-probolinggo");
    assert!(timeline(&d, &AwardFilter { giver: None, year: Some(2020) }).is_empty());
    assert_eq!(givers(&d), ["dekopin", UNKNOWN_GIVER]);
    assert_eq!(years(&d), [2022, 2023, 2024]);
}

#[test]
fn mojokerto_breakdown_keeps_the_unassessed_remainder() {
    let d = data();
    let b = latest_breakdown(&d, "kota-mojokerto").expect("breakdown");
    let counts: Vec<i64> = b.parts.iter().map(|p| p.count).collect();
    assert_eq!(counts, [19, 68, 32, 45, 28]);
    assert_eq!(b.unassessed(), 28);
    assert!(b.parts[4].category.is_none());
    let percents: Vec<u32> = b.segments.iter().map(|s| s.percent).collect();
    assert_eq!(percents, [10, 35, 17, 23, 15]);
    assert_eq!(percents.iter().sum::<u32>(), 100);
    assert_eq!(latest_breakdowns(&d).len(), 1);
    assert!(latest_breakdown(&d, "kota-blitar").is_none());
}

#[test]
fn a_remainder_worked_out_from_an_approximate_figure_is_approximate() {
    let mut d = data();
    let exact = latest_breakdown(&d, "kota-mojokerto").expect("breakdown").parts[4].approximate;
    assert!(!exact, "from exact figures, exact");
    // "About" the number assessed: the part not assessed is about as much too.
    let id = latest_breakdown(&d, "kota-mojokerto").expect("breakdown").observation.id.clone();
    let o = d.observations.iter_mut().find(|o| o.id == id).expect("the observation");
    let health = o.health.as_mut().expect("a health report");
    match health.assessed.as_mut() {
        Some(assessed) => assessed.approximate = true,
        None => health.counts[0].approximate = true,
    }
    let b = latest_breakdown(&d, "kota-mojokerto").expect("breakdown");
    let rest = b.parts.iter().find(|p| p.category.is_none()).expect("a remainder");
    assert_eq!(rest.count, 28);
    assert!(rest.approximate, "worked out from an approximate figure");
}

#[test]
fn the_unreported_part_of_a_total_is_approximate_when_a_part_is() {
    use super::status::{status_split, Status};
    let mut d = data();
    let o = d.observations.iter_mut().find(|o| o.id == "blitar-2022-07").expect("blitar 2022");
    let exact = status_split(o).expect("split");
    assert!(!exact[1].approximate);
    o.inactive.as_mut().expect("inactive").approximate = true;
    let split = status_split(o).expect("split");
    assert_eq!((split[1].status, split[1].count, split[1].approximate), (Status::Unreported, 245, true));
}

#[test]
fn city_awards_and_activities_are_newest_first() {
    let d = data();
    assert_eq!(awards(&d, "kota-malang").len(), 1);
    let acts = activities(&d, "kota-blitar");
    assert_eq!(acts[0].id, "blitar-2019-pelatihan-pengurus", "the dated one first");
}

#[test]
fn status_split_keeps_what_the_source_leaves_unexplained() {
    use super::status::{status_split, Status};
    let d = data();
    let obs = |id: &str| d.observations.iter().find(|o| o.id == id).expect(id);
    let b22 = status_split(obs("blitar-2022-07")).expect("total and inactive");
    let parts: Vec<(Status, i64)> = b22.iter().map(|p| (p.status, p.count)).collect();
    assert_eq!(parts, [(Status::Inactive, 35), (Status::Unreported, 245)]);
    let b19 = status_split(obs("blitar-2019-09")).expect("complete");
    assert_eq!(b19.iter().map(|p| p.segment.percent).collect::<Vec<_>>(), [75, 25]);
    assert!(status_split(obs("malang-2023-12")).is_none(), "a total alone has nothing to split");
    assert!(status_split(obs("probolinggo-2023-07")).is_none(), "no total");
}

#[test]
fn a_city_cites_exactly_the_sources_of_its_records() {
    let d = data();
    let ids = |city: &str| sources_of(&d, city).into_iter().map(|s| s.id.as_str()).collect::<Vec<_>>();
    assert_eq!(ids("kota-blitar"), ["000_6a0d5c8487a6cfeb", "004_90f08064151dda7d"]);
    assert_eq!(ids("kota-mojokerto"), ["003_d68335274871dd0c"]);
}

#[test]
fn coverage_counts_each_provinces_kabupaten_kota_with_any_record() {
    use super::coverage::coverage;
    let mut d = data();
    let c = coverage(&d);
    assert_eq!((c.regencies(), c.covered(), c.provinces.len(), c.provinces_covered()), (514, 4, 38, 1));
    let jatim = c.province("Jawa Timur").expect("in the official list");
    assert_eq!((jatim.regencies, jatim.covered, jatim.missing.len()), (38, 4, 34));
    assert!(jatim.missing.contains(&"Kota Batu") && !jatim.missing.contains(&"Kota Blitar"));
    assert_eq!(c.province("Aceh").map(|p| (p.covered, p.missing.len())), Some((0, 23)));
    // Listed with nothing about it, a city is not covered.
    d.observations.retain(|o| o.city != "kota-blitar");
    d.awards.retain(|a| a.city != "kota-blitar");
    d.activities.retain(|a| a.city != "kota-blitar");
    d.people.retain(|p| p.roles.iter().all(|r| r.city.as_deref() != Some("kota-blitar")));
    d.forget_index();
    let c = coverage(&d);
    assert_eq!(c.covered(), 3);
    assert!(c.province("Jawa Timur").is_some_and(|p| p.missing.contains(&"Kota Blitar")));
}

#[test]
fn a_health_report_in_percent_is_shown_as_given_never_as_a_bar_of_counts() {
    let d = contoh();
    let o = d.observations.iter().find(|o| o.id == "bukittinggi-2025-10").expect("in the sample");
    assert!(super::health::breakdown(&d, o).is_none(), "no counts, no bar");
    assert_eq!(
        super::health::latest_health(&d, "kota-bukittinggi").map(|o| o.id.as_str()),
        Some("bukittinggi-2025-10")
    );
    // The older report with counts is still the one the health page charts.
    assert_eq!(latest_breakdown(&d, "kota-bukittinggi").map(|b| b.observation.id.as_str()), Some("bukittinggi-2022"));
}

#[test]
fn a_province_page_lists_its_totals_oldest_first_and_its_cities() {
    use super::totals::{cities_in, of_area, Province};
    use crate::data::Area;
    let d = contoh();
    let ids: Vec<&str> = of_area(&d, Area::Province("Sumatera Barat")).iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["sumbar-2022-bps", "sumbar-2023-ods"]);
    assert_eq!(of_area(&d, Area::National).len(), 2);
    assert_eq!(cities_in(&d, "Sumatera Barat").len(), 1);
    let diy = Province::by_slug("daerah-istimewa-yogyakarta").expect("official");
    assert_eq!((diy.code, diy.name), ("34", "Daerah Istimewa Yogyakarta"));
    assert_eq!(Province::all().count(), 38);
    assert!(Province::by_slug("jatim").is_none());
}

/// What the bundled data was collected to cover (issue 38): a floor, so that an edit that loses
/// a city's counts shows up here.
#[test]
fn the_bundled_data_covers_120_kabupaten_kota_in_20_provinces_and_all_of_jawa_timur() {
    let d = parse_dataset("koperasi.json", include_str!("../../public/data/koperasi.json")).expect("valid");
    let with_counts: Vec<_> = d.cities.iter().filter(|c| !observations(&d, &c.id).is_empty()).collect();
    let mut provinces: Vec<&str> = with_counts.iter().map(|c| c.province.as_str()).collect();
    provinces.sort_unstable();
    provinces.dedup();
    let jatim = with_counts.iter().filter(|c| c.province == "Jawa Timur").count();
    let three_dates = with_counts
        .iter()
        .filter(|c| {
            let mut dates: Vec<&str> = observations(&d, &c.id).iter().map(|o| o.as_of.value.as_str()).collect();
            dates.dedup();
            dates.len() >= 3
        })
        .count();
    assert!(with_counts.len() >= 120, "{} kabupaten/kota with counts", with_counts.len());
    assert!(provinces.len() >= 20, "{} provinces", provinces.len());
    assert_eq!(jatim, 38, "Jawa Timur's kabupaten/kota with counts");
    assert!(three_dates >= 30, "{three_dates} with counts from three dates or more");
    // Every province with a kabupaten/kota in the data has a total of its own, and the country.
    for p in &provinces {
        assert!(d.totals.iter().any(|t| t.province.as_deref() == Some(*p)), "no total for {p}");
    }
    assert!(d.totals.iter().any(|t| t.national));
}
