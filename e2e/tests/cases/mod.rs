//! The browser test cases, one file per view.

use e2e::Case;

mod cities;

/// Wraps an `async fn(&Env) -> R` into a [`Case`].
macro_rules! case {
    ($f:path) => {
        e2e::Case { name: stringify!($f), run: |env| Box::pin($f(env)) }
    };
}
pub(crate) use case;

pub fn all() -> Vec<Case> {
    let mut cases = Vec::new();
    cases.extend(cities::cases());
    cases
}
