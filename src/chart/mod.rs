//! Pure chart geometry: the maths of the charts, tested natively; components only draw it.

pub mod grouped;
pub mod scale;
pub mod stack;

#[cfg(test)]
mod tests;
