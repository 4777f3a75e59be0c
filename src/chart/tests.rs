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
