//! Long work in steps, one task each, so that no step holds the main thread long enough to
//! delay input or the next frame (Lighthouse's "total blocking time" counts every task beyond
//! 50 ms, on a phone four times slower than this machine). While the app is built behind the
//! static page nobody waits for it: the reader reads, scrolls and types in the static page,
//! which its steps must not hold up.

use leptos::wasm_bindgen::JsValue;
use leptos::web_sys::js_sys::{Function, Promise};

use std::future::Future;

use send_wrapper::SendWrapper;

/// Resolves in a new task: what was queued meanwhile (input, a frame) runs first. A timeout of
/// zero, not a microtask (those run before the browser gets a turn). `Send` for `Suspend`: the
/// browser's main thread is the only thread there is.
pub fn yield_now() -> impl Future<Output = ()> + Send {
    SendWrapper::new(yield_in_browser())
}

async fn yield_in_browser() {
    let promise = Promise::new(&mut |resolve: Function, _reject: Function| {
        let queued = leptos::web_sys::window().map(|w| w.set_timeout_with_callback(&resolve).is_ok()).unwrap_or(false);
        if !queued {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// [`yield_now`] while the app is still being built behind the static page (until the
/// takeover); after it, nothing: a reader who asked for a view waits for each step.
pub fn while_behind_static_page() -> impl Future<Output = ()> + Send {
    let pending = crate::takeover::pending();
    async move {
        if pending {
            yield_now().await;
        }
    }
}
