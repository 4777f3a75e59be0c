//! Opening the first city page without compiling its code in the click.
//!
//! The browser compiles the app's WebAssembly lazily, a function the first time it is called,
//! and its script glue warms up the same way. So the first city page a reader opened from the
//! home page paid for compiling everything that builds a city page: at 514 cities, the first
//! opening took 57-140 ms here, the next ones 10-40 ms; with eager compilation (a V8 flag, not
//! something a reader has) the first took about 50. Once the app has replaced the static page
//! and the browser is idle, one city page is built out of the document and taken down again,
//! which moves that cost out of the reader's click. Once per visit, on the home page only (a
//! visit that starts on a city page has compiled that code already).

use std::cell::Cell;

use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};
use leptos::wasm_bindgen::JsCast;

use crate::nav::{self, Nav};
use crate::parts::{idle, Parts};
use crate::state::{self, Data};
use crate::url::{Page, UrlState};
use crate::{pages, takeover};

thread_local! {
    /// Whether the warm-up has been asked for in this visit (a language switch rebuilds the
    /// view that asks).
    static ASKED: Cell<bool> = const { Cell::new(false) };
}

/// Once the app is live and the browser idle, builds the city page of the first card on the
/// home page (whose part the prefetch fetches anyway) under `owner` (the contexts of the view)
/// and takes it down. `current` is the data the view shows (and its part).
pub(crate) fn city_page_when_idle(owner: Owner, nav: Nav, parts: Parts, current: (state::Shown, state::Part)) {
    if ASKED.replace(true) {
        return;
    }
    leptos::task::spawn_local(async move {
        while takeover::pending() {
            idle().await;
        }
        idle().await;
        let Some(id) = first_card(nav) else { return };
        let Some(shown) = parts.ahead(state::Part::City(id.clone()), current).await else { return };
        idle().await;
        build_and_take_down(&owner, shown, Page::City(id));
    });
}

/// The city the first card shown on the home page links to.
fn first_card(nav: Nav) -> Option<String> {
    let link = document().query_selector("main .card-grid > li:not([data-off]) h2 a").ok().flatten()?;
    let (path, query) = nav::view_link(nav, link.unchecked_ref())?;
    match UrlState::parse(&path, &query, nav.static_cities.get_value()).page {
        Page::City(id) => Some(id),
        _ => None,
    }
}

/// Builds `page` with `shown`'s data into an element that is never put in the document, then
/// takes it down with everything it created. A city page acts on nothing outside itself while
/// it is built (no `Effect`; its reactive attributes and text are render effects, disposed
/// with `child`).
fn build_and_take_down(owner: &Owner, shown: state::Shown, page: Page) {
    let Ok(host) = document().create_element("div") else { return };
    let child = owner.child();
    child.with(|| {
        untrack(|| {
            provide_context(Data(shown.data));
            let mut built = pages::page_view(page).build();
            built.mount(&host, None);
            built.unmount();
        })
    });
    child.cleanup();
    crate::perf::mark("warm");
}
