//! One file per view. `page_view` picks the view the URL asks for.

mod awards;
mod check;
mod cities;
mod city;
mod health;
mod not_found;
mod province;

use leptos::prelude::*;

pub use awards::AwardsPage;
pub use check::CheckPage;
pub use cities::CitiesPage;
pub use city::CityPage;
pub use health::HealthPage;
pub use not_found::NotFound;
pub use province::ProvincePage;

use crate::url::Page;

pub fn page_view(page: Page) -> AnyView {
    match page {
        Page::Cities => view! { <CitiesPage/> }.into_any(),
        Page::City(id) => view! { <CityPage id/> }.into_any(),
        Page::Province(id) => view! { <ProvincePage id/> }.into_any(),
        Page::Awards => view! { <AwardsPage/> }.into_any(),
        Page::Health => view! { <HealthPage/> }.into_any(),
        Page::Check => view! { <CheckPage/> }.into_any(),
        Page::Unknown(page) => view! { <NotFound page/> }.into_any(),
    }
}
