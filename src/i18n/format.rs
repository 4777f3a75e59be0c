//! Numbers and dates written the way readers of each language expect.

use super::{fill, Lang};
use crate::data::date::{PartialDate, Precision};
use crate::data::{Basis, DateFact, Figure};

const MONTHS_ID: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];
const SHORT_MONTHS_ID: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];
const SHORT_MONTHS_EN: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A whole number with the language's thousands separator: 1.234 (id), 1,234 (en).
pub fn number(lang: Lang, n: i64) -> String {
    let sep = match lang {
        Lang::Id => '.',
        Lang::En => ',',
    };
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    if n < 0 {
        out.insert(0, '-');
    }
    out
}

/// A figure as text, approximate ones marked: "341", "sekitar 160".
pub fn figure(lang: Lang, f: &Figure) -> String {
    count(lang, f.value, f.approximate)
}

pub fn count(lang: Lang, value: i64, approximate: bool) -> String {
    let n = number(lang, value);
    if approximate {
        fill(lang.strings().approx, &[("n", &n)])
    } else {
        n
    }
}

/// A date to the precision it is known: "14 Juli 2022", "Juli 2022", "2022".
pub fn date(lang: Lang, d: &PartialDate) -> String {
    let months = match lang {
        Lang::Id => &MONTHS_ID,
        Lang::En => &MONTHS_EN,
    };
    let month = |m: u8| months.get(usize::from(m).wrapping_sub(1)).copied().unwrap_or("?");
    match (d.month, d.day) {
        (Some(m), Some(day)) => format!("{day} {} {}", month(m), d.year),
        (Some(m), None) => format!("{} {}", month(m), d.year),
        _ => d.year.to_string(),
    }
}

/// A moment on the reader's clock: "23 November 2026, 14.05" / "23 November 2026, 14:05".
pub fn moment(lang: Lang, at: &crate::data::SavedAt) -> String {
    let separator = match lang {
        Lang::Id => '.',
        Lang::En => ':',
    };
    format!("{}, {:02}{separator}{:02}", date(lang, &at.date), at.hour, at.minute)
}

/// A dated fact with its bounds: "2023 (paling lambat 24 Juli 2023)".
pub fn date_fact(lang: Lang, fact: &DateFact) -> String {
    let t = lang.strings();
    let Some(d) = fact.date() else {
        return fact.value.clone();
    };
    let mut text = date(lang, &d);
    if let Some(b) = fact.not_before_date() {
        text = format!("{text} ({})", fill(t.not_before, &[("date", &date(lang, &b))]));
    }
    if let Some(a) = fact.not_after_date() {
        text = format!("{text} ({})", fill(t.not_after, &[("date", &date(lang, &a))]));
    }
    text
}

/// A dated fact from its full form to its shortest, for a chart's axis (`chart::axis`), each
/// form once: "12 Agustus 2016", "Agu 2016", "2016"; "2023 (paling lambat 24 Juli 2023)", "2023".
pub fn date_forms(lang: Lang, fact: &DateFact) -> Vec<String> {
    let Some(d) = fact.date() else {
        return vec![fact.value.clone()];
    };
    let short_months = match lang {
        Lang::Id => &SHORT_MONTHS_ID,
        Lang::En => &SHORT_MONTHS_EN,
    };
    let short =
        d.month.and_then(|m| short_months.get(usize::from(m).wrapping_sub(1))).map(|m| format!("{m} {}", d.year));
    let mut forms = vec![date_fact(lang, fact), date(lang, &d)];
    forms.extend(short);
    forms.push(d.year.to_string());
    forms.dedup();
    forms
}

/// "per 15 Juli 2022": when a figure or a role was reported.
pub fn as_of(lang: Lang, fact: &DateFact) -> String {
    fill(lang.strings().as_of, &[("date", &date_fact(lang, fact))])
}

/// The register an observation's counts come from, in words.
pub fn basis(lang: Lang, basis: Basis) -> &'static str {
    let names = lang.strings().basis_names;
    match basis {
        Basis::Ods => names[0],
        Basis::Oss => names[1],
        Basis::Bps => names[2],
        Basis::Office => names[3],
        Basis::Rat => names[4],
        Basis::Unspecified => names[5],
    }
}

/// How precisely a date is known, in words.
pub fn precision(lang: Lang, fact: &DateFact) -> &'static str {
    let t = lang.strings();
    match fact.date().map(|d| d.precision()) {
        Some(Precision::Day) => t.precision_day,
        Some(Precision::Month) => t.precision_month,
        _ => t.precision_year,
    }
}

/// A percentage as a source gives it (0 to 100, decimals kept): "75%", "12,4%" ("12.4%"),
/// approximate ones marked.
pub fn stated_percent(lang: Lang, percent: f64, approximate: bool) -> String {
    let mut n = crate::util::number::tenths(percent);
    if lang == Lang::Id {
        n = n.replace('.', ",");
    }
    let text = fill(lang.strings().stated_percent, &[("n", &n)]);
    if approximate {
        fill(lang.strings().approx, &[("n", &text)])
    } else {
        text
    }
}

/// A share in 0..=1 as a whole percentage: "75%".
pub fn percent(share: f64) -> String {
    format!("{}%", (share * 100.0).round() as i64)
}
