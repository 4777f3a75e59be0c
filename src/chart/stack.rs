//! A 100% stacked bar: where each segment starts, how wide it is, and a whole-number percentage
//! label per segment that still sums to exactly 100.

use crate::util::sort::sort_by_key;

/// One segment of a stacked bar, in percent of the bar's length.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    pub count: u64,
    /// Start and width in percent (0..=100), exact, for drawing.
    pub start: f64,
    pub width: f64,
    /// Rounded share for labels; all labels of a bar add up to 100.
    pub percent: u32,
}

/// Stacks `counts` into segments. An all-zero input gives zero-width segments and 0%.
pub fn stack(counts: &[u64]) -> Vec<Segment> {
    let total: u64 = counts.iter().sum();
    let percents = rounded_percentages(counts);
    let mut start = 0.0;
    counts
        .iter()
        .zip(percents)
        .map(|(&count, percent)| {
            let width = if total == 0 { 0.0 } else { count as f64 * 100.0 / total as f64 };
            let seg = Segment { count, start, width, percent };
            start += width;
            seg
        })
        .collect()
}

/// Whole-number percentages that sum to 100 (largest-remainder method): each share is rounded
/// down, then the points still missing go to the largest remainders (earlier parts win ties).
pub fn rounded_percentages(counts: &[u64]) -> Vec<u32> {
    let total: u64 = counts.iter().sum();
    if total == 0 {
        return vec![0; counts.len()];
    }
    let mut floors: Vec<u32> = counts.iter().map(|&c| (c * 100 / total) as u32).collect();
    let missing = 100 - floors.iter().sum::<u32>();
    let mut order: Vec<usize> = (0..counts.len()).collect();
    // Remainder of c*100/total, compared exactly in integers.
    sort_by_key(&mut order, |&i| std::cmp::Reverse(counts[i] * 100 % total));
    for &i in order.iter().take(missing as usize) {
        floors[i] += 1;
    }
    floors
}
