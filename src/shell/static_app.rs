use std::sync::Arc;

use leptos::prelude::*;

use super::chrome::Chrome;
use super::current_view::CurrentView;
use crate::nav::{Location, Nav};
use crate::query::split::Part;
use crate::state::{self, DataOnScreen, Origin};
use crate::url::StaticCities;

/// The root at build time: the page at `location` with `data`, exactly as the app renders it.
#[component]
pub fn StaticApp(data: Arc<crate::data::Dataset>, location: Location) -> impl IntoView {
    let static_cities = StaticCities::new(data.cities.iter().map(|c| c.id.clone()));
    state::provide_url(Nav::fixed(location, static_cities));
    let loaded = DataOnScreen { data, skipped: Arc::new([]), origin: Origin::Bundled, saved: None };
    view! { <Chrome><CurrentView loaded part=Part::Whole/></Chrome> }
}
