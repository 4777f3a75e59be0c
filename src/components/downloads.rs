use leptos::prelude::*;

use crate::share::export;
use crate::state::{use_data, use_lang};

/// "Unduh CSV" / "Unduh JSON": the cities on screen (`cities`, after the filters: positions in
/// the dataset) as a file, built in the browser when the link is followed. Only once the app
/// is live (CSS).
#[component]
pub fn Downloads(cities: Memo<Vec<usize>>) -> impl IntoView {
    let lang = use_lang();
    let t = lang.strings();
    let data = use_data();
    let link = move |label: &'static str, file: &'static str, kind: &'static str, csv: bool| {
        let data = data.clone();
        let fill = move |ev: leptos::ev::MouseEvent| {
            let text = cities.with_untracked(|cities| {
                if csv {
                    export::csv(&data, cities, lang)
                } else {
                    export::json(&data, cities, lang)
                }
            });
            point_at_file(&ev, &text, kind);
        };
        view! { <a class="button button-quiet" href="#" download=file on:click=fill>{label}</a> }
    };
    view! {
        <p class="downloads live-only" aria-label=t.downloads_label data-testid="downloads">
            {link(t.download_csv, "koperasi-kota.csv", "text/csv;charset=utf-8", true)}
            {link(t.download_json, "koperasi-kota.json", "application/json", false)}
        </p>
    }
}

/// Points the clicked link at `text` as a file of type `kind` (a `blob:` address), just before
/// the browser follows it.
fn point_at_file(ev: &leptos::ev::MouseEvent, text: &str, kind: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use leptos::wasm_bindgen::{JsCast, JsValue};
        use leptos::web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};
        let Some(anchor) = ev.current_target().and_then(|t| t.dyn_into::<HtmlAnchorElement>().ok()) else { return };
        let options = BlobPropertyBag::new();
        options.set_type(kind);
        let parts = leptos::web_sys::js_sys::Array::of1(&JsValue::from_str(text));
        if let Ok(url) =
            Blob::new_with_str_sequence_and_options(&parts, &options).and_then(|b| Url::create_object_url_with_blob(&b))
        {
            let old = anchor.href();
            if old.starts_with("blob:") {
                let _ = Url::revoke_object_url(&old);
            }
            anchor.set_href(&url);
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (ev, text, kind);
}
