//! Opening the first city page without compiling its code in the click.
//!
//! The browser compiles the app's WebAssembly lazily, a function the first time it is called,
//! and its script glue warms up the same way. So the first city page a reader opened from the
//! home page paid for compiling everything that builds a city page, several times what the
//! next ones cost (docs/PERF.md). Once the parts of the cards in the window
//! are fetched ahead, in idle time (`Parts::prefetch_in_view_when_idle`), the first card's city
//! page is built out of the document and taken down again, which moves that cost out of the
//! reader's click. Once per visit, from the home page only (a visit that starts on a city page
//! has compiled that code already), and only for a dataset in parts (the part is there).

use std::cell::RefCell;

use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};

use crate::loading::parts::Parts;
use crate::pages;
use crate::state::{self, Data};
use crate::url::Page;

thread_local! {
    /// The home page's owner (its contexts), until the warm-up has run; `None` after it, or
    /// when the view that set it is gone.
    static HOME: RefCell<Option<Owner>> = const { RefCell::new(None) };
    /// Whether a home page has asked for the warm-up in this visit.
    static ASKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// How many more times the links in the window are looked at for the first card's part.
    static RETRIES: std::cell::Cell<u8> = const { std::cell::Cell::new(4) };
}

/// Asks for the warm-up from the home page, whose contexts `owner` holds: once per visit.
pub(crate) fn from_home(owner: Owner) {
    if !ASKED.replace(true) {
        HOME.set(Some(owner));
    }
}

/// The view that asked is gone (a language switch rebuilds it): its owner is not used.
pub(crate) fn forget() {
    HOME.set(None);
}

/// Called when the parts of the links in the window have been fetched, the browser idle:
/// builds the first card's city page from its part, if it was asked for and not done yet.
/// Until then it stays asked for: the first card's part may still be on its way (a fetch that a
/// pointer over the card started), or the card not yet laid out when the window's links were
/// looked at; they are looked at again, a few times.
pub(crate) fn after_prefetch(parts: Parts) {
    let Some(id) = first_card() else { return };
    let Some((loaded, _)) = parts.cached(&crate::query::split::Part::City(id.clone())) else {
        // The first card was not among the links looked at (not laid out yet on a busy page):
        // look again when the browser is next idle, a few times at most.
        let nav = HOME.with_borrow(|home| home.as_ref().and_then(|owner| owner.with(use_context::<crate::nav::Nav>)));
        if let Some(nav) = nav.filter(|_| RETRIES.get() > 0) {
            RETRIES.set(RETRIES.get() - 1);
            parts.prefetch_in_view_when_idle(nav, after_prefetch);
        }
        return;
    };
    let Some(owner) = HOME.take() else { return };
    build_and_take_down(&owner, loaded, Page::City(id));
}

/// The city of the first card shown on the home page, from its heading's id (`kartu-{id}`, see
/// `CityCard`).
fn first_card() -> Option<String> {
    let heading = document().query_selector("main .card-grid > li:not([data-off]) h2[id]").ok().flatten()?;
    heading.id().strip_prefix("kartu-").map(str::to_owned)
}

/// Builds `page` with `loaded`'s data into an element that is never put in the document, then
/// takes it down with everything it created. A city page acts on nothing outside itself while
/// it is built (no `Effect`; its reactive attributes and text are render effects, disposed
/// with `child`).
fn build_and_take_down(owner: &Owner, loaded: state::DataOnScreen, page: Page) {
    let Ok(host) = document().create_element("div") else { return };
    let child = owner.child();
    child.with(|| {
        untrack(|| {
            provide_context(Data(loaded.data));
            let mut built = pages::page_view(page).build();
            built.mount(&host, None);
            built.unmount();
        })
    });
    child.cleanup();
    crate::browser::perf::mark("warm");
}
