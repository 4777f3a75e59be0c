use leptos::prelude::*;

use crate::components::{EmbedCredit, Footer, Header, PatternDefs};
use crate::state;

/// The site around every view: skip link, header, the main region with `children`, the credit
/// of an embedded view, and the footer.
#[component]
pub fn Chrome(children: Children) -> impl IntoView {
    let t = state::use_strings();
    view! {
        <a class="skip-link" href="#main" on:click=|_| focus_main()>{t.skip_link}</a>
        <PatternDefs/>
        <Header/>
        <main id="main" tabindex="-1">{children()}</main>
        <EmbedCredit/>
        <Footer/>
    }
}

/// Puts keyboard and screen reader focus on the main content: after the skip link (not every
/// engine focuses a fragment's target) and after a change of view.
pub fn focus_main() {
    #[cfg(target_arch = "wasm32")]
    if let Some(main) = document().get_element_by_id("main") {
        use leptos::wasm_bindgen::JsCast;
        if let Ok(main) = main.dyn_into::<leptos::web_sys::HtmlElement>() {
            let _ = main.focus();
        }
    }
}
