//! Entry point: a panic hook that reports in the page, then mount the app.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        koperasi_kota::panic::install();
        leptos::mount::mount_to_body(koperasi_kota::App);
    }
}
