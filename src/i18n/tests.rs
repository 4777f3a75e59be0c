use super::format::{as_of, count, date, date_fact, date_forms, moment, number, percent};
use super::{fill, Lang};
use crate::data::date::PartialDate;
use crate::data::DateFact;

fn d(s: &str) -> PartialDate {
    PartialDate::parse(s).expect("valid date")
}

#[test]
fn numbers_use_each_languages_separator() {
    assert_eq!(number(Lang::Id, 1234567), "1.234.567");
    assert_eq!(number(Lang::En, 1234567), "1,234,567");
    assert_eq!(number(Lang::Id, 624), "624");
    assert_eq!(number(Lang::Id, -1000), "-1.000");
}

#[test]
fn approximate_counts_say_so() {
    assert_eq!(count(Lang::Id, 160, true), "sekitar 160");
    assert_eq!(count(Lang::En, 160, true), "about 160");
    assert_eq!(count(Lang::Id, 160, false), "160");
}

#[test]
fn dates_show_only_what_is_known() {
    assert_eq!(date(Lang::Id, &d("2022-07-14")), "14 Juli 2022");
    assert_eq!(date(Lang::En, &d("2023-12")), "December 2023");
    assert_eq!(date(Lang::Id, &d("2023")), "2023");
    let fact = DateFact {
        value: "2023".into(),
        weekday: None,
        not_before: None,
        not_after: Some("2023-07-24".into()),
        derivation: None,
        quote: None,
    };
    assert_eq!(date_fact(Lang::Id, &fact), "2023 (paling lambat 24 Juli 2023)");
    assert_eq!(as_of(Lang::En, &fact), "as of 2023 (on or before 24 July 2023)");
    // A chart's axis shortens a date step by step, each form once.
    assert_eq!(date_forms(Lang::Id, &fact), ["2023 (paling lambat 24 Juli 2023)", "2023"]);
    let day = DateFact { value: "2016-08-12".into(), not_after: None, ..fact };
    assert_eq!(date_forms(Lang::Id, &day), ["12 Agustus 2016", "Agu 2016", "2016"]);
    assert_eq!(date_forms(Lang::En, &day), ["12 August 2016", "Aug 2016", "2016"]);
    let unknown = DateFact { value: "akhir tahun".into(), ..day };
    assert_eq!(date_forms(Lang::Id, &unknown), ["akhir tahun"]);
}

#[test]
fn a_saved_copys_time_follows_the_language() {
    let at = crate::data::SavedAt { date: d("2026-11-23"), hour: 7, minute: 5 };
    assert_eq!(moment(Lang::Id, &at), "23 November 2026, 07.05");
    assert_eq!(moment(Lang::En, &at), "23 November 2026, 07:05");
}

#[test]
fn fills_placeholders_and_formats_percentages() {
    assert_eq!(fill("{n} dari {total} kota", &[("n", "1"), ("total", "4")]), "1 dari 4 kota");
    assert_eq!(percent(255.0 / 341.0), "75%");
}

#[test]
fn english_counts_agree_and_indonesian_does_not_inflect() {
    use super::{fill_n, Lang};
    let one = |lang: Lang| fill_n(lang.strings().duration, 1, &[("n", "1")]);
    let two = |lang: Lang| fill_n(lang.strings().duration, 2, &[("n", "2")]);
    assert_eq!((one(Lang::En), two(Lang::En)), ("1 day".to_string(), "2 days".to_string()));
    assert_eq!((one(Lang::Id), two(Lang::Id)), ("1 hari".to_string(), "2 hari".to_string()));
    assert_eq!(fill_n(Lang::En.strings().award_count, 1, &[("n", "1")]), "Showing 1 award");
    // Every Indonesian template has one form; every English one at most two.
    let id = format!("{:?}", Lang::Id.strings());
    assert!(!id.contains('|'), "an Indonesian string has a plural form");
}

#[test]
fn a_stated_percentage_keeps_its_decimals_in_the_reader_s_notation() {
    use super::format::stated_percent;
    assert_eq!(stated_percent(Lang::Id, 12.4, false), "12,4%");
    assert_eq!(stated_percent(Lang::En, 12.4, false), "12.4%");
    assert_eq!(stated_percent(Lang::Id, 75.0, false), "75%");
    assert_eq!(stated_percent(Lang::Id, 10.0, true), "sekitar 10%");
    assert_eq!(stated_percent(Lang::En, 33.333, false), "33.3%");
}
