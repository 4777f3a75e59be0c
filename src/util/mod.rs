//! Small helpers every layer may use.

pub mod json;
pub mod sort;
