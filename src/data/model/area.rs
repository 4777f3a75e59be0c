//! Where an observation counts: a city, a whole province, or the country. The cities' counts
//! are in `observations`, the provinces' and the country's in `totals` (same record, another
//! list), so that no view of a city ever reads a province's figure.

use super::records::Observation;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Area<'a> {
    City(&'a str),
    /// By its official name ("Jawa Timur").
    Province(&'a str),
    National,
}

impl Observation {
    /// The area, or `None` for a record that names none or several (a validation problem).
    pub fn area(&self) -> Option<Area<'_>> {
        match (self.city.as_str(), self.province.as_deref(), self.national) {
            (city, None, false) if !city.is_empty() => Some(Area::City(city)),
            ("", Some(p), false) => Some(Area::Province(p)),
            ("", None, true) => Some(Area::National),
            _ => None,
        }
    }
}
