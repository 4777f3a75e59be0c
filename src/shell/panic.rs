//! A panic must never leave a blank or frozen page: besides logging to the console, the hook
//! puts a plain alert in the page (built with the DOM directly, since Leptos may be mid-render).
//!
//! It also leaves the first panic's message where a test can read it, on the document
//! (`<html data-panic>`, beside `data-panicked`, which marks that one was reported) and, for a page the browser has left since, in the tab's session
//! storage ([`STORAGE_KEY`]): the browser suite fails every case during which the app panicked.

/// The session storage key the hook writes the panic's message to.
pub const STORAGE_KEY: &str = "koperasi-kota:panic";

#[cfg(target_arch = "wasm32")]
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let window = leptos::prelude::window();
        let Some(doc) = window.document() else { return };
        // The first panic is the cause: once it has stopped the app, the tasks still queued
        // panic too (the executor's state was left borrowed). One alert, the first message.
        let Some(html) = doc.document_element().filter(|html| !html.has_attribute("data-panicked")) else { return };
        let message = info.to_string();
        // `data-panicked` stays; `data-panic`, the message, is for a reader of the page (the
        // browser tests take it once).
        let _ = html.set_attribute("data-panicked", "");
        let _ = html.set_attribute("data-panic", &message);
        // Unavailable in some sandboxed frames: then the document's mark alone.
        if let Ok(Some(storage)) = window.session_storage() {
            let _ = storage.set_item(STORAGE_KEY, &message);
        }
        let (Ok(alert), Some(body)) = (doc.create_element("div"), doc.body()) else { return };
        let _ = alert.set_attribute("role", "alert");
        let _ = alert.set_attribute("class", "panic-alert");
        alert.set_text_content(Some(crate::i18n::PANIC_MESSAGE));
        let _ = body.prepend_with_node_1(&alert);
    }));
}
