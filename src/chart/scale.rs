//! A linear scale with "nice" round ticks, for the counts-over-time chart.

/// Maps values in `0..=max` onto `0..=length` (pixels), `max` rounded up to a nice number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LinearScale {
    pub max: f64,
    pub length: f64,
    pub step: f64,
}

impl LinearScale {
    /// A scale from zero that shows `data_max` with about `ticks` round steps.
    pub fn new(data_max: f64, length: f64, ticks: usize) -> Self {
        let step = nice_step(data_max.max(1.0) / ticks.max(1) as f64);
        let max = (data_max.max(1.0) / step).ceil() * step;
        Self { max, length, step }
    }

    /// `max` and `min`, not `f64::clamp`: see clippy.toml.
    pub fn apply(&self, value: f64) -> f64 {
        value.max(0.0).min(self.max) / self.max * self.length
    }

    /// Tick values from 0 to `max` inclusive.
    pub fn ticks(&self) -> Vec<f64> {
        let n = (self.max / self.step).round() as usize;
        (0..=n).map(|i| i as f64 * self.step).collect()
    }
}

/// The nearest 1, 2, 2.5 or 5 × 10^k at or above `raw`.
pub fn nice_step(raw: f64) -> f64 {
    let magnitude = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0].into_iter().map(|m| m * magnitude).find(|&s| s >= raw - 1e-9).unwrap_or(10.0 * magnitude)
}
