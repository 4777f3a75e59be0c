//! One file per view. `page_view` picks the view the URL asks for.

mod cities;
mod not_found;

use leptos::prelude::*;

pub use cities::CitiesPage;
pub use not_found::NotFound;

use crate::url::Page;

pub fn page_view(page: Page) -> AnyView {
    match page {
        Page::Cities => view! { <CitiesPage/> }.into_any(),
        Page::City(id) => view! { <NotFound city=id/> }.into_any(),
        Page::Awards | Page::Health => view! { <NotFound/> }.into_any(),
        Page::Unknown(page) => view! { <NotFound page/> }.into_any(),
    }
}
