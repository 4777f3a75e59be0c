//! Entry point: a panic hook that reports in the page, then mount the app (beside the static
//! page it will replace).

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        koperasi_kota::panic::install();
        koperasi_kota::takeover::mount();
    }
}
