//! Dates as the sources give them: sometimes a day, sometimes only a month or a year.
//!
//! News articles write "Senin (24/7)" or "hingga 31 Desember 2023"; the dataset stores what
//! could be derived as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and the precision follows from the
//! form. Nothing here knows about Leptos, so every rule is tested natively.

use std::cmp::Ordering;
use std::fmt;

/// How precisely a date is known: it follows from the written form of the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A calendar date known to the year, the month or the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

/// Why a written date is not a real date; the message is for a data editor.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("\"{0}\" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2023-07-24)")]
    Format(String),
    #[error("\"{0}\": month {1} does not exist (1 to 12)")]
    Month(String, u32),
    #[error("\"{0}\": day {1} does not exist in that month (it has {2} days)")]
    Day(String, u32, u8),
}

/// Indonesian weekday names, Monday first, as the articles write them.
pub const WEEKDAYS_ID: [&str; 7] = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"];

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, rejecting months and days that do not exist.
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let bad = || DateError::Format(text.to_string());
        let mut parts = text.split('-');
        let year_text = parts.next().ok_or_else(bad)?;
        if year_text.len() != 4 || !year_text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        let year: i32 = year_text.parse().map_err(|_| bad())?;
        let mut number = |len: usize| -> Result<Option<u32>, DateError> {
            match parts.next() {
                None => Ok(None),
                Some(p) if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) => {
                    p.parse().map(Some).map_err(|_| bad())
                }
                Some(_) => Err(bad()),
            }
        };
        let month = number(2)?;
        let day = number(2)?;
        if parts.next().is_some() {
            return Err(bad());
        }
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return Err(DateError::Month(text.to_string(), m));
            }
        }
        if let (Some(m), Some(d)) = (month, day) {
            let max = days_in_month(year, m as u8);
            if d == 0 || d > max as u32 {
                return Err(DateError::Day(text.to_string(), d, max));
            }
        }
        Ok(Self { year, month: month.map(|m| m as u8), day: day.map(|d| d as u8) })
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// The weekday (0 = Monday) of a date known to the day.
    pub fn weekday(&self) -> Option<usize> {
        let (m, d) = (self.month?, self.day?);
        Some(weekday_index(self.year, m, d))
    }

    /// A key that sorts dates in time order; an unknown month or day sorts as the earliest one,
    /// so "2023" comes before "2023-07-24".
    pub fn sort_key(&self) -> (i32, u8, u8) {
        (self.year, self.month.unwrap_or(0), self.day.unwrap_or(0))
    }

    /// The last day this date could stand for, for "is A surely before B" checks.
    pub fn latest_day(&self) -> (i32, u8, u8) {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| days_in_month(self.year, month));
        (self.year, month, day)
    }

    /// The first day this date could stand for.
    pub fn earliest_day(&self) -> (i32, u8, u8) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for PartialDate {
    fn cmp(&self, other: &Self) -> Ordering {
        self.sort_key().cmp(&other.sort_key())
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days-from-civil).
pub fn day_number(year: i32, month: u8, day: u8) -> i64 {
    let y = if month <= 2 { year - 1 } else { year } as i64;
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = month as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The days between the closest days two dates can stand for (0 when they overlap): "2024-07"
/// and "2024-07-12" are 0 days apart.
pub fn days_apart(a: &PartialDate, b: &PartialDate) -> i64 {
    let day = |(y, m, d): (i32, u8, u8)| day_number(y, m, d);
    (day(a.earliest_day()) - day(b.latest_day())).max(day(b.earliest_day()) - day(a.latest_day())).max(0)
}

/// Weekday of a proleptic Gregorian date, 0 = Monday.
pub fn weekday_index(year: i32, month: u8, day: u8) -> usize {
    // 1970-01-01 was a Thursday.
    (day_number(year, month, day) + 3).rem_euclid(7) as usize
}

/// The years in `range` in which `day`/`month` falls on `weekday` (0 = Monday): how an article's
/// "Senin (24/7)" is turned into a year.
pub fn years_with_weekday(day: u8, month: u8, weekday: usize, range: std::ops::RangeInclusive<i32>) -> Vec<i32> {
    range.filter(|&y| day <= days_in_month(y, month) && weekday_index(y, month, day) == weekday).collect()
}

/// Index (0 = Monday) of an Indonesian weekday name, ignoring case.
pub fn weekday_from_name(name: &str) -> Option<usize> {
    WEEKDAYS_ID.iter().position(|w| w.eq_ignore_ascii_case(name.trim()))
}

#[cfg(test)]
mod tests;
