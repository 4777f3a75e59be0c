//! Whether the app is still being built behind the static page: from the moment it is mounted
//! beside the page written at build time until it takes that page's place (see the shell's
//! `takeover`). What a view builds in that phase is shown in one piece, so parts that would
//! follow a frame later are built at once, and long work yields to the reader, who is reading
//! and scrolling the static page meanwhile. Outside the browser the phase never begins.

use std::cell::Cell;

thread_local! {
    static BEHIND: Cell<bool> = const { Cell::new(false) };
}

/// Whether the app is being built behind the static page now.
pub fn behind_static_page() -> bool {
    BEHIND.get()
}

/// The app is mounted behind the static page (`true`), or has taken its place (`false`).
pub fn set_behind_static_page(behind: bool) {
    BEHIND.set(behind);
}
