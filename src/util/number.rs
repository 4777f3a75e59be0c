//! Numbers as text without `f64`'s `Display`, whose float printing adds about 9 KB to the wasm.

/// `v` to one decimal, the decimal left out when it is zero: `12.4` → `"12.4"`, `75.0` → `"75"`,
/// `33.333` → `"33.3"`.
pub fn tenths(v: f64) -> String {
    let tenths = (v * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let n = tenths.unsigned_abs();
    match n % 10 {
        0 => format!("{sign}{}", n / 10),
        d => format!("{sign}{}.{d}", n / 10),
    }
}

#[cfg(test)]
mod tests {
    use super::tenths;

    #[test]
    fn one_decimal_at_most() {
        assert_eq!(tenths(12.4), "12.4");
        assert_eq!(tenths(75.0), "75");
        assert_eq!(tenths(33.333), "33.3");
        assert_eq!(tenths(99.96), "100");
        assert_eq!(tenths(-0.5), "-0.5");
        assert_eq!(tenths(0.0), "0");
    }
}
