//! A panic must never leave a blank or frozen page: besides logging to the console, the hook
//! puts a plain alert in the page (built with the DOM directly, since Leptos may be mid-render).

#[cfg(target_arch = "wasm32")]
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let Some(doc) = leptos::prelude::window().document() else { return };
        let (Ok(alert), Some(body)) = (doc.create_element("div"), doc.body()) else { return };
        let _ = alert.set_attribute("role", "alert");
        let _ = alert.set_attribute("class", "panic-alert");
        alert.set_text_content(Some(crate::i18n::PANIC_MESSAGE));
        let _ = body.prepend_with_node_1(&alert);
    }));
}
