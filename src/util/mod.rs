//! Small helpers every layer may use.

pub mod json;
pub mod number;
pub mod sort;
