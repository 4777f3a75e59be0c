use super::*;

#[test]
fn parses_the_three_precisions() {
    assert_eq!(PartialDate::parse("2023").map(|d| d.precision()), Ok(Precision::Year));
    assert_eq!(PartialDate::parse("2023-12").map(|d| d.precision()), Ok(Precision::Month));
    let d = PartialDate::parse("2023-12-31").expect("valid");
    assert_eq!((d.year, d.month, d.day), (2023, Some(12), Some(31)));
    assert_eq!(d.to_string(), "2023-12-31");
}

#[test]
fn rejects_impossible_and_malformed_dates() {
    assert!(matches!(PartialDate::parse("2023-13"), Err(DateError::Month(_, 13))));
    assert!(matches!(PartialDate::parse("2023-02-29"), Err(DateError::Day(_, 29, 28))));
    assert!(PartialDate::parse("2024-02-29").is_ok(), "2024 is a leap year");
    assert!(matches!(PartialDate::parse("2023-04-31"), Err(DateError::Day(_, 31, 30))));
    for bad in ["", "23", "2023-7-1", "2023/07/01", "2023-07-01-01", "abcd", "2023-00"] {
        assert!(PartialDate::parse(bad).is_err(), "{bad:?} should be rejected");
    }
}

#[test]
fn weekdays_match_the_seed_articles() {
    // "Rabu, 25 September 2019", "Selasa pagi (12/7/2022)", "Jumat (12/7/2024)".
    assert_eq!(WEEKDAYS_ID[weekday_index(2019, 9, 25)], "Rabu");
    assert_eq!(WEEKDAYS_ID[weekday_index(2022, 7, 12)], "Selasa");
    assert_eq!(WEEKDAYS_ID[weekday_index(2024, 7, 12)], "Jumat");
    assert_eq!(WEEKDAYS_ID[weekday_index(2022, 7, 14)], "Kamis");
    assert_eq!(WEEKDAYS_ID[weekday_index(1970, 1, 1)], "Kamis");
    assert_eq!(WEEKDAYS_ID[weekday_index(2000, 2, 29)], "Selasa");
}

#[test]
fn senin_24_7_means_2023_in_the_seed_period() {
    let monday = weekday_from_name("Senin").expect("known weekday");
    assert_eq!(years_with_weekday(24, 7, monday, 2015..=2030), vec![2017, 2023, 2028]);
    assert_eq!(years_with_weekday(24, 7, monday, 2019..=2024), vec![2023]);
}

#[test]
fn partial_dates_sort_in_time_order() {
    let mut dates: Vec<PartialDate> =
        ["2024-07-12", "2023", "2022-07-14", "2023-07-24"].iter().filter_map(|d| PartialDate::parse(d).ok()).collect();
    dates.sort();
    let text: Vec<String> = dates.iter().map(|d| d.to_string()).collect();
    assert_eq!(text, ["2022-07-14", "2023", "2023-07-24", "2024-07-12"]);
    let year = PartialDate::parse("2023").expect("valid");
    assert_eq!(year.latest_day(), (2023, 12, 31));
    assert_eq!(year.earliest_day(), (2023, 1, 1));
}
