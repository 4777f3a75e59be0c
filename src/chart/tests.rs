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
