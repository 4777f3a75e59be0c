//! The root in the browser.

use leptos::prelude::*;

use super::chrome::Chrome;
use super::current_view::{CurrentView, LastView};
use super::takeover;
use super::warm_city_page;
use crate::browser::schedule;
use crate::components::{LoadErrorAlert, Loading};
use crate::data::LoadError;
use crate::loading::{load, parts::Parts};
use crate::nav::{self, Nav};
use crate::query::split::Part;
use crate::state::{self, DataOnScreen, Origin};

/// What the app shows: the data and which part of the dataset it is, or why there is none.
type Loaded = Result<(DataOnScreen, Part), LoadError>;

/// The root in the browser: follows the address bar, loads the dataset (the bundled one, the
/// one `?data=` names, or a file previewed from "Periksa data"), shows the page the URL asks
/// for, and replaces the static page once that is rendered.
#[component]
pub fn App() -> impl IntoView {
    let boot = nav::BootInfo::read();
    let (root, allow_data_param, in_parts) = (boot.root.clone(), boot.allow_data_param, boot.parts);
    let nav = Nav::browser(boot);
    let url = state::provide_url(nav);
    let lang = Memo::new(move |_| url.with(|u| u.lang()));
    document_language_follows(lang);
    let preview = RwSignal::new(None);
    provide_context(state::Preview(preview));
    provide_printing();
    let data_param = Memo::new(move |_| url.with(|u| u.global("data").map(str::to_owned)));
    // Only while the bundled data is shown are its parts fetched ahead.
    let bundled = Signal::derive(move || {
        preview.with(Option::is_none) && !(allow_data_param && data_param.with(Option::is_some))
    });
    let parts = provide_parts(nav, root.clone(), in_parts, bundled);
    let dataset = LocalResource::new(move || {
        let (preview, param) = (preview.get(), data_param.get().filter(|_| allow_data_param));
        let refused = data_param.get().filter(|_| !allow_data_param);
        let want = parts.want(&url.with_untracked(|u| u.page.clone()));
        let root = root.clone();
        async move {
            let loaded = match (preview, param, refused) {
                (Some(file), _, _) => {
                    Ok((DataOnScreen::new(file.1.clone(), Origin::Local(file.0.clone())), Part::Whole))
                }
                (None, Some(address), _) => load_from(address, &root).await,
                (None, None, Some(address)) => parts.load(want, Origin::Refused(address)).await,
                (None, None, None) => parts.load(want, Origin::Bundled).await,
            };
            // The page is built in a task of its own, not in the one that validated the data
            // (on a slow phone, each is a long task).
            schedule::while_behind_static_page().await;
            loaded
        }
    });
    // The view last shown, kept across rebuilds (see `CurrentView`'s focus).
    provide_context(LastView(StoredValue::new(None)));
    view! {
        {move || {
            // Rebuilt when the language changes, so every view below reads its strings once.
            // The rebuild is synchronous, from data already there (`None` until the first
            // arrives; while another loads, a retry or a file to check, the last stays): the
            // old view is gone, with its effects, before anything else runs. (Built behind
            // `<Suspense>`, it stayed on until the new one resolved, and its effects read
            // signals already disposed.)
            let _ = lang.get();
            view! { <Chrome>{move || loaded_view(dataset)}</Chrome> }
        }}
    }
}

/// The view for what the dataset resource holds now.
fn loaded_view(dataset: LocalResource<Loaded>) -> AnyView {
    match dataset.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Ok((loaded, part))) => view! { <CurrentView loaded part/><Ready/> }.into_any(),
        Some(Err(error)) => view! { <LoadErrorAlert error on_retry=move |()| dataset.refetch()/><Ready/> }.into_any(),
    }
}

/// Another dataset, by the address `?data=` gives (relative to the app's root or absolute).
async fn load_from(address: String, root: &str) -> Loaded {
    let fetched = load::load_dataset(&nav::resolve(&address, root)).await?;
    Ok((DataOnScreen { saved: fetched.saved, ..DataOnScreen::new(fetched.sound, Origin::Url(address)) }, Part::Whole))
}

/// The document's language follows the URL's (an effect: it talks to the outside world only).
fn document_language_follows(lang: Memo<crate::i18n::Lang>) {
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.get().code());
        }
    });
}

/// Whether the reader is printing, for the views (see `state::Printing`).
fn provide_printing() {
    let printing = RwSignal::new(false);
    provide_context(state::Printing(printing));
    // The handle only removes the listener when asked; it lives as long as the page.
    let _ = window_event_listener(leptos::ev::beforeprint, move |_| printing.set(true));
    let _ = window_event_listener(leptos::ev::afterprint, move |_| printing.set(false));
}

/// The parts of the bundled dataset, when the build wrote them (`in_parts`): the view at the
/// start loads its own, and `CurrentView` the next ones as the reader moves. Links to other
/// views are followed without a new request when their part was fetched while the reader moved
/// to them, or saw them (after the takeover, and only while the bundled data is shown).
fn provide_parts(nav: Nav, root: String, in_parts: bool, bundled: Signal<bool>) -> Parts {
    let parts = Parts::new(root, in_parts, bundled);
    provide_context(parts);
    nav::on_link_intent(nav, move |location| {
        if let Some(loading) = parts.prefetch(&location, nav.static_cities.get_value()) {
            leptos::task::spawn_local(loading);
        }
    });
    let url = state::use_url();
    Effect::new(move |_| {
        url.track();
        parts.prefetch_in_view_when_idle(nav, warm_city_page::after_prefetch);
    });
    parts
}

/// Marks the moment the app has something final to show (the data or why there is none): the
/// static page gives way to it.
#[component]
fn Ready() -> impl IntoView {
    let nav = expect_context::<Nav>();
    let url = state::use_url();
    Effect::new(move |_| {
        let parts = use_context::<Parts>();
        takeover::complete(
            nav,
            move |search| url.with_untracked(|u| u.with(|n| n.cities.search = search)),
            move || {
                if let Some(parts) = parts {
                    parts.prefetch_in_view_when_idle(nav, warm_city_page::after_prefetch);
                }
            },
        )
    });
}
