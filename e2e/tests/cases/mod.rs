//! The browser test cases, one file per view.

use e2e::Case;

mod awards;
mod bundled;
mod cities;
mod city;
mod health;
mod language;
mod offline;
mod own_data;
mod print;
mod reach;
mod scale;
mod static_pages;
mod views;

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
    cases.extend(city::cases());
    cases.extend(awards::cases());
    cases.extend(health::cases());
    cases.extend(views::cases());
    cases.extend(static_pages::cases());
    cases.extend(own_data::cases());
    cases.extend(reach::cases());
    cases.extend(language::cases());
    cases.extend(offline::cases());
    cases.extend(print::cases());
    cases.extend(scale::cases());
    cases.extend(bundled::cases());
    cases
}

/// Checks that `text` (whitespace folded, as a reader sees it) contains every `wanted`.
pub fn expect_all(text: &str, what: &str, wanted: &[&str]) -> e2e::browser::R {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let missing: Vec<&&str> = wanted.iter().filter(|w| !text.contains(**w)).collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!("{what} should show {missing:?}; it shows:\n{text}"))
    }
}
