use leptos::prelude::*;

use crate::share::embed::{embed_code, with_embed};
use crate::state::use_strings;

/// "Sematkan": a button that opens a dialog with the exact `<iframe>` code for the view on
/// screen (and the host script that resizes it), copyable with one click. Only once the app is
/// live: the button is hidden on the static page (CSS), where it could not open anything.
#[component]
pub fn EmbedDialog(
    /// The view's title, for the iframe's `title` (what a screen reader announces).
    title: Memo<String>,
) -> impl IntoView {
    let t = use_strings();
    // Plain DOM writes rather than signals: the dialog's text changes only when it opens or
    // copies, and this keeps it small in the wasm.
    let open = move |_| show(&embed_code(&with_embed(&current_url()), &title.get_untracked()));
    let copy = move |_| set_status(if copy_code() { t.embed_copied } else { t.embed_copy_failed });
    view! {
        <button type="button" class="button button-quiet embed-button" on:click=open data-testid="embed-button">{t.embed_button}</button>
        <dialog id="dialog-sematkan" class="embed-dialog" aria-labelledby="judul-sematkan" data-testid="embed-dialog">
            <h2 id="judul-sematkan">{t.embed_title}</h2>
            <p>{t.embed_intro}</p>
            <label for="kode-sematkan">{t.embed_code_label}</label>
            <textarea id="kode-sematkan" readonly rows="9" data-testid="embed-code"></textarea>
            <div class="dialog-actions">
                <button type="button" class="button" on:click=copy>{t.embed_copy}</button>
                // A form with method=dialog closes its dialog natively: no code needed.
                <form method="dialog"><button class="button button-quiet">{t.close}</button></form>
            </div>
            <p role="status" id="status-sematkan"></p>
        </dialog>
    }
}

/// Puts `code` in the dialog and opens it as a modal.
fn show(code: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use leptos::wasm_bindgen::JsCast;
        if let Some(area) = document().get_element_by_id("kode-sematkan") {
            if let Ok(area) = area.dyn_into::<leptos::web_sys::HtmlTextAreaElement>() {
                area.set_value(code);
            }
        }
        set_status("");
        if let Some(dialog) = document().get_element_by_id("dialog-sematkan") {
            if let Ok(dialog) = dialog.dyn_into::<leptos::web_sys::HtmlDialogElement>() {
                let _ = dialog.show_modal();
            }
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = code;
}

fn set_status(text: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(status) = document().get_element_by_id("status-sematkan") {
        status.set_text_content(Some(text));
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = text;
}

/// The address of the page on screen, as the reader's browser has it.
fn current_url() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        window().location().href().unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    String::new()
}

/// Selects the code and copies it (`document.execCommand("copy")`: synchronous, in every
/// browser, and no clipboard permission needed). False where the browser refuses; the code
/// stays selected for Ctrl+C.
fn copy_code() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        use leptos::wasm_bindgen::{JsCast, JsValue};
        use leptos::web_sys::js_sys::{Function, Reflect};
        let area = document().get_element_by_id("kode-sematkan");
        let Some(area) = area.and_then(|a| a.dyn_into::<leptos::web_sys::HtmlTextAreaElement>().ok()) else {
            return false;
        };
        area.select();
        // `execCommand` is only on HtmlDocument in web-sys; one reflective call avoids the feature.
        Reflect::get(&document(), &JsValue::from_str("execCommand"))
            .ok()
            .and_then(|f| f.dyn_into::<Function>().ok())
            .and_then(|f| f.call1(&document(), &JsValue::from_str("copy")).ok())
            .is_some_and(|ok| ok.is_truthy())
    }
    #[cfg(not(target_arch = "wasm32"))]
    false
}

/// In an embedded view (`?embed=1`, shown by CSS only then): who made it, and a link to the
/// full page in a new tab.
#[component]
pub fn EmbedCredit() -> impl IntoView {
    let t = use_strings();
    let url = crate::state::use_url();
    let href = move || url.with(|u| u.without_global("embed"));
    view! {
        <p class="embed-credit">
            <a href=href target="_blank" rel="noopener">{t.embed_credit}</a>
            <span class="visually-hidden">" "{t.new_tab}</span>
        </p>
    }
}
