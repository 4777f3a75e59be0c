//! A small WebDriver harness for the browser tests: it serves `dist/` with a plain static file
//! server (Python's `http.server`, no rewrite rules, exactly what a municipal admin might use),
//! starts the browser's WebDriver, and offers helpers that wait for conditions instead of
//! sleeping. Tests find elements by role, label, text or `data-testid`, never by styling classes.

pub mod browser;
pub mod gated;
pub mod profile;
pub mod runner;
pub mod server;

pub use browser::Page;
pub use runner::{run, Case, Env};
