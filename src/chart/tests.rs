use super::axis::{group_labels, text_width};
use super::scale::{nice_step, LinearScale};
use super::stack::{rounded_percentages, stack};

#[test]
fn percentages_always_sum_to_100() {
    assert_eq!(rounded_percentages(&[1, 1, 1]), [34, 33, 33]);
    assert_eq!(rounded_percentages(&[19, 68, 32, 45, 28]), [10, 35, 17, 23, 15]);
    assert_eq!(rounded_percentages(&[255, 86]), [75, 25]);
    assert_eq!(rounded_percentages(&[0, 0]), [0, 0]);
    assert_eq!(rounded_percentages(&[5]), [100]);
    for counts in [[7u64, 7, 7, 7, 7, 7], [1, 2, 3, 4, 5, 6], [999, 1, 1, 1, 1, 1]] {
        assert_eq!(rounded_percentages(&counts).iter().sum::<u32>(), 100, "{counts:?}");
    }
}

#[test]
fn stacked_segments_tile_the_bar() {
    let s = stack(&[1, 3]);
    assert_eq!((s[0].start, s[0].width), (0.0, 25.0));
    assert_eq!((s[1].start, s[1].width), (25.0, 75.0));
    assert!(stack(&[0, 0]).iter().all(|s| s.width == 0.0));
}

#[test]
fn scales_round_up_to_nice_numbers() {
    assert_eq!(nice_step(70.0), 100.0);
    assert_eq!(nice_step(0.3), 0.5);
    assert_eq!(nice_step(22.0), 25.0);
    let s = LinearScale::new(341.0, 200.0, 4);
    assert_eq!((s.step, s.max), (100.0, 400.0));
    assert_eq!(s.ticks(), [0.0, 100.0, 200.0, 300.0, 400.0]);
    assert_eq!(s.apply(200.0), 100.0);
    assert_eq!(s.apply(-5.0), 0.0);
}

#[test]
fn grouped_bars_are_proportional_and_skip_missing_values() {
    use super::grouped::{grouped, MARGIN_LEFT};
    // Blitar: 2019 (341, 255, 86) and 2022 (280, not reported, 35).
    let l =
        grouped(&[vec![Some(341.0), Some(255.0), Some(86.0)], vec![Some(280.0), None, Some(35.0)]], 3, 400.0, 240.0);
    assert_eq!(l.bars.len(), 5, "the missing active count is not drawn");
    let h = |g: usize, s: usize| l.bars.iter().find(|b| b.group == g && b.series == s).map(|b| b.height);
    let (Some(a), Some(b)) = (h(0, 0), h(0, 2)) else { panic!("bars exist") };
    assert!((a / b - 341.0 / 86.0).abs() < 1e-9);
    assert!(l.bars.iter().all(|b| (b.y + b.height - l.baseline).abs() < 1e-9), "bars stand on the baseline");
    assert!(l.bars.iter().all(|b| b.x >= MARGIN_LEFT && b.x + b.width <= 400.0));
    assert!(l.group_centers[0] < l.group_centers[1]);
    assert_eq!(l.ticks.first().map(|t| t.0), Some(0.0));
    assert_eq!(l.ticks.last().map(|t| t.0), Some(400.0));
    // Bars within a group do not overlap.
    let g0: Vec<_> = l.bars.iter().filter(|b| b.group == 0).collect();
    assert!(g0.windows(2).all(|w| w[0].x + w[0].width <= w[1].x));
    // Each bar's own width: from one bar's start to the next one's.
    assert!((g0[1].x - g0[0].x - l.bar_slot).abs() < 1e-9);
    assert!((l.group_centers[1] - l.group_centers[0] - l.group_width).abs() < 1e-9);
}

#[test]
fn coordinates_print_with_two_decimals() {
    use super::coord;
    assert_eq!(coord(12.5), "12.50");
    assert_eq!(coord(0.004), "0.00");
    assert_eq!(coord(-3.456), "-3.46");
    assert_eq!(coord(33.333_333), "33.33");
    assert_eq!(coord(420.0), "420.00");
}

fn forms(list: &[&[&str]]) -> Vec<Vec<String>> {
    list.iter().map(|f| f.iter().map(|s| s.to_string()).collect()).collect()
}

#[test]
fn axis_labels_are_as_detailed_as_the_room_allows() {
    let two = forms(&[&["25 September 2019", "Sep 2019", "2019"], &["15 Juli 2022", "Jul 2022", "2022"]]);
    // Two dates under the 420-unit chart: 184 units each, the full dates.
    assert_eq!(group_labels(&two, 184.0, 11.0), [Some("25 September 2019".into()), Some("15 Juli 2022".into())]);
    // The same level for all: the short month once the longest full date no longer fits.
    assert_eq!(group_labels(&two, 90.0, 11.0), [Some("Sep 2019".into()), Some("Jul 2022".into())]);
    // Ten yearly figures: 37 units a group, the years.
    let ten: Vec<Vec<String>> =
        (2016..2026).map(|y| vec![format!("12 Februari {y}"), format!("Feb {y}"), y.to_string()]).collect();
    let labels = group_labels(&ten, 36.8, 11.0);
    assert_eq!(labels[0].as_deref(), Some("2016"));
    assert_eq!(labels[9].as_deref(), Some("2025"));
    assert!(labels.iter().all(Option::is_some));
}

#[test]
fn axis_labels_leave_out_repeats_and_thin_out_when_even_years_do_not_fit() {
    let same_year = forms(&[&["3 Januari 2023", "Jan 2023", "2023"], &["24 Juli 2023", "Jul 2023", "2023"], &["2024"]]);
    assert_eq!(group_labels(&same_year, 30.0, 11.0), [Some("2023".into()), None, Some("2024".into())]);
    // Thirty years in 12 units each: a year needs 26.4 + 4, so every third is labelled.
    let thirty: Vec<Vec<String>> = (1996..2026).map(|y| vec![y.to_string()]).collect();
    let labels = group_labels(&thirty, 12.0, 11.0);
    let shown: Vec<usize> = labels.iter().enumerate().filter(|(_, l)| l.is_some()).map(|(i, _)| i).collect();
    assert_eq!(&shown[..4], [0, 3, 6, 9]);
    assert!(group_labels(&[], 10.0, 11.0).is_empty());
}

#[test]
fn shown_axis_labels_never_overlap() {
    // Any number of groups and room: two shown labels are further apart than half of each.
    for n in 1..40_usize {
        for room in [6.0, 12.0, 20.0, 37.0, 60.0, 120.0, 376.0] {
            let all: Vec<Vec<String>> = (0..n)
                .map(|i| {
                    vec![
                        format!("{} Desember {}", i % 28 + 1, 2000 + i),
                        format!("Des {}", 2000 + i),
                        (2000 + i).to_string(),
                    ]
                })
                .collect();
            let shown: Vec<(usize, String)> =
                group_labels(&all, room, 11.0).into_iter().enumerate().filter_map(|(i, l)| Some((i, l?))).collect();
            assert!(!shown.is_empty(), "{n} groups in {room}: no label at all");
            for pair in shown.windows(2) {
                let ((a, ta), (b, tb)) = (&pair[0], &pair[1]);
                let apart = (b - a) as f64 * room;
                assert!(
                    apart >= (text_width(ta, 11.0) + text_width(tb, 11.0)) / 2.0,
                    "{n} groups in {room}: {ta} and {tb}"
                );
            }
        }
    }
}
