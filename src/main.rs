//! Entry point: a panic hook that reports in the page, then mount the app (beside the static
//! page it will replace).

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        koperasi_kota::shell::panic::install();
        // In a task of its own, not in the one that instantiated the module (on a slow phone
        // each is a long one).
        leptos::prelude::set_timeout(koperasi_kota::shell::mount, std::time::Duration::ZERO);
    }
}
