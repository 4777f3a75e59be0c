//! What a view says about itself to the world outside the app, pure: its title and description
//! for the page's head and link previews (`meta`), the filtered cities as CSV or JSON
//! (`export`), and the code that embeds it on another site (`embed`).

pub mod embed;
pub mod export;
pub mod meta;
