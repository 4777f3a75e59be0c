//! When work runs. Long work goes in steps, one task each, so that no step holds the main
//! thread long enough to delay input or the next frame (Lighthouse's "total blocking time"
//! counts every task beyond 50 ms, on a phone four times slower than a desktop). While the app
//! is built behind the static page nobody waits for it: the reader reads, scrolls and types in
//! the static page, which its steps must not hold up. Work no reader waits for goes to the
//! browser's idle time, and work that must follow a paint waits for the frame after it.

use leptos::prelude::{request_animation_frame, set_timeout, window};
use leptos::wasm_bindgen::{closure::Closure, JsCast, JsValue};
use leptos::web_sys::js_sys::{Function, Promise, Reflect};

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
    let pending = super::phase::behind_static_page();
    async move {
        if pending {
            yield_now().await;
        }
    }
}

/// Runs `f` once the next frame has painted: in a task queued from that frame's animation
/// callbacks, after its paint.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, std::time::Duration::ZERO));
}

/// Runs `f` in the animation callbacks of the frame after the next. A frame callback asked
/// for from an input handler or an effect runs before the coming paint, and what it changes
/// is painted with the change that asked for it; this one runs in the frame after.
pub fn in_the_frame_after_next(f: impl FnOnce() + 'static) {
    request_animation_frame(move || request_animation_frame(f));
}

/// Runs `f`, work no reader waits for, when the browser is next idle (within half a second),
/// so that it holds up neither the paint of what was just built nor the input that follows
/// (taking down a page of hundreds of cards, fetching ahead). Where there is no
/// `requestIdleCallback` (WebKit), after the next paint.
pub fn when_idle(f: impl FnOnce() + 'static) {
    let window = window();
    if !Reflect::has(&window, &"requestIdleCallback".into()).unwrap_or(false) {
        return after_next_paint(f);
    }
    let options = leptos::web_sys::IdleRequestOptions::new();
    options.set_timeout(500);
    // The callback frees itself once called.
    let _ = window.request_idle_callback_with_options(Closure::once_into_js(f).unchecked_ref(), &options);
}

/// Resolves when the browser is next idle (see [`when_idle`]).
pub async fn idle() {
    let (done, idle) = futures::channel::oneshot::channel();
    when_idle(move || {
        let _ = done.send(());
    });
    let _ = idle.await;
}
