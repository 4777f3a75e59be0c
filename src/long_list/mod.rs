//! The machinery of the long lists (hundreds of city cards, panels or awards): building them a
//! step a frame (`progress`), showing the cards a filter brings back a screen at a time
//! (`reveal`), putting them in a new order a frame's worth of moves at a time (`plan`,
//! `reorder`), and what the window shows of a list (`viewport`). The pure parts are tested
//! natively; the rest works on the page.

pub mod plan;
pub mod progress;
#[cfg(target_arch = "wasm32")]
pub mod reorder;
pub mod reveal;
#[cfg(target_arch = "wasm32")]
pub mod viewport;
