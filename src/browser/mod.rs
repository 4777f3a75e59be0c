//! Browser plumbing shared by the views and the shell: when work runs (`schedule`), which
//! phase the app is in (`phase`), and the performance marks (`perf`). No view here.

#[cfg(target_arch = "wasm32")]
pub mod perf;
pub mod phase;
#[cfg(target_arch = "wasm32")]
pub mod schedule;
