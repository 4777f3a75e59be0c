//! Where the reader is, as a signal, and how the app moves them. In the browser it follows the
//! address bar (links inside the app and back/forward change the view without a page load); at
//! build time it is a fixed address. A few lines of our own instead of a router crate: views
//! are folders whose depth below a root known only at run time decides every relative link,
//! and a failing history call (browsers rate-limit them) must never take the app down.

use leptos::prelude::*;

use crate::url::StaticCities;

/// The shortest time between two writes of the address bar while the reader types.
pub const HISTORY_INTERVAL_MS: u64 = 250;

/// The document's address relative to the app's root.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Location {
    /// `""`, `"kota/kota-blitar/"`, `"penghargaan/"`…
    pub path: String,
    /// `""` or `"?cari=…"`, as in the address bar.
    pub query: String,
}

/// The navigation context.
#[derive(Clone, Copy)]
pub struct Nav {
    pub location: RwSignal<Location>,
    /// Absolute URL of the app's root folder (`https://host/sub/`); empty at build time.
    pub root: StoredValue<String>,
    /// The cities with a page of their own in this build.
    pub static_cities: StoredValue<StaticCities>,
}

impl Nav {
    /// A fixed address: a page rendered at build time.
    pub fn fixed(location: Location, static_cities: StaticCities) -> Self {
        Self {
            location: RwSignal::new(location),
            root: StoredValue::new(String::new()),
            static_cities: StoredValue::new(static_cities),
        }
    }

    /// Replaces the query string of the current page (filters, search, sort) without a new
    /// history entry: typing in the search box must not flood the back button. The view
    /// follows at once; the address bar at most every [`HISTORY_INTERVAL_MS`] (browsers refuse
    /// more than about 100 history calls in 10 s: WebKit did after 60 fast keystrokes).
    pub fn set_query(&self, query: String) {
        let path = self.location.with_untracked(|l| l.path.clone());
        #[cfg(target_arch = "wasm32")]
        browser::replace_history_soon(format!("{}{path}{query}", self.root.get_value()));
        self.location.set(Location { path, query });
    }
}

#[cfg(target_arch = "wasm32")]
pub use browser::{intercept_links, on_link_intent, resolve, view_link, BootInfo};

#[cfg(target_arch = "wasm32")]
mod browser;
