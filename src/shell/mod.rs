//! The shell: the app's two roots, `App` in the browser and `StaticApp` at build time, the
//! site's chrome around every view, the view the URL asks for, the takeover of the static
//! page, and the panic alert. It puts together everything below it; nothing imports it but the
//! binaries (`main.rs`, the `prerender` crate).

#[cfg(target_arch = "wasm32")]
mod app;
mod chrome;
mod current_view;
mod page_host;
pub mod panic;
mod static_app;
#[cfg(target_arch = "wasm32")]
pub mod takeover;
#[cfg(target_arch = "wasm32")]
mod warm_city_page;

#[cfg(target_arch = "wasm32")]
pub use app::App;
pub use static_app::StaticApp;

/// Mounts the app: beside the static page if there is one (to replace it later, see
/// `takeover`), else straight into the body.
#[cfg(target_arch = "wasm32")]
pub fn mount() {
    use leptos::prelude::document;
    use leptos::wasm_bindgen::JsCast;
    let doc = document();
    let container = doc.create_element("div").ok().and_then(|e| e.dyn_into::<leptos::web_sys::HtmlElement>().ok());
    let (Some(container), Some(body)) = (container, doc.body()) else { return };
    container.set_id(takeover::ROOT_ID);
    let static_root = doc.get_element_by_id(takeover::ROOT_ID);
    if static_root.is_none() {
        let _ = body.append_child(&container);
    }
    takeover::begin(static_root, container.clone());
    leptos::mount::mount_to(container, App).forget();
}
