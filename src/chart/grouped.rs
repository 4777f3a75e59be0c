//! Grouped vertical bars (one group per date, one bar per series) laid out in an SVG
//! coordinate box. Missing values leave a gap: a figure that is not reported is not drawn as 0.

use super::scale::LinearScale;

/// Space around the plot for tick labels (left), value labels (top) and group labels (bottom).
pub const MARGIN_LEFT: f64 = 44.0;
pub const MARGIN_TOP: f64 = 22.0;
pub const MARGIN_BOTTOM: f64 = 40.0;
pub const MARGIN_RIGHT: f64 = 8.0;

#[derive(Debug, Clone, PartialEq)]
pub struct BarRect {
    pub group: usize,
    pub series: usize,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    pub value: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct GroupedLayout {
    pub width: f64,
    pub height: f64,
    pub bars: Vec<BarRect>,
    /// Horizontal centre of each group, for its label.
    pub group_centers: Vec<f64>,
    /// The width each group has to itself: the distance between two groups' centres, and the
    /// room for a group's label.
    pub group_width: f64,
    /// The width each bar has to itself (the bar and the gap to the next): the most its value
    /// label can take without reaching over its neighbour.
    pub bar_slot: f64,
    /// Tick value and its y coordinate.
    pub ticks: Vec<(f64, f64)>,
    /// The y coordinate of zero (the baseline).
    pub baseline: f64,
}

/// Lays out `groups[g][s]` (value of series `s` in group `g`, `None` when not reported) in a
/// `width` × `height` box.
pub fn grouped(groups: &[Vec<Option<f64>>], series: usize, width: f64, height: f64) -> GroupedLayout {
    let plot_w = (width - MARGIN_LEFT - MARGIN_RIGHT).max(1.0);
    let plot_h = (height - MARGIN_TOP - MARGIN_BOTTOM).max(1.0);
    let max = groups.iter().flatten().flatten().fold(0.0_f64, |m, &v| m.max(v));
    let scale = LinearScale::new(max, plot_h, 4);
    let baseline = MARGIN_TOP + plot_h;
    let group_w = plot_w / groups.len().max(1) as f64;
    let bar_w = (group_w * 0.8 / series.max(1) as f64).min(56.0);
    let mut bars = Vec::new();
    let mut group_centers = Vec::new();
    for (g, values) in groups.iter().enumerate() {
        let center = MARGIN_LEFT + group_w * (g as f64 + 0.5);
        group_centers.push(center);
        let start = center - bar_w * series as f64 / 2.0;
        for (s, value) in values.iter().enumerate().take(series) {
            if let Some(v) = *value {
                let h = scale.apply(v);
                bars.push(BarRect {
                    group: g,
                    series: s,
                    x: start + bar_w * s as f64,
                    y: baseline - h,
                    width: bar_w * 0.9,
                    height: h,
                    value: v,
                });
            }
        }
    }
    let ticks = scale.ticks().into_iter().map(|t| (t, baseline - scale.apply(t))).collect();
    GroupedLayout { width, height, bars, group_centers, group_width: group_w, bar_slot: bar_w, ticks, baseline }
}
