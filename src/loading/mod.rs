//! Loading datasets in the browser: a file over HTTP (`load`), and the bundled dataset's parts,
//! each view's own, fetched once and ahead of the reader where it helps (`parts`).

#[cfg(target_arch = "wasm32")]
pub mod load;
pub mod parts;
