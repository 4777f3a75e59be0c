//! Pure chart geometry: the maths of the charts, tested natively; components only draw it.

pub mod axis;
pub mod grouped;
pub mod scale;
pub mod stack;

#[cfg(test)]
mod tests;

/// A coordinate or percentage for SVG, to two decimals (`12.5` → `"12.50"`, `-0.004` → `"0.00"`).
/// Integer arithmetic instead of `format!("{:.2}")` or `f64`'s `Display`: Rust's float printing
/// adds ~9 KB to the wasm, and SVG needs nothing finer than a hundredth of a unit.
pub fn coord(v: f64) -> String {
    let hundredths = (v * 100.0).round() as i64;
    let sign = if hundredths < 0 { "-" } else { "" };
    let n = hundredths.unsigned_abs();
    format!("{sign}{}.{:02}", n / 100, n % 100)
}
