//! The view the URL asks for, with the data that holds it: the page, the notices about the
//! data, the embed and citation actions, and the dataset's date. Moving to a view that the
//! loaded part of the dataset does not hold loads that view's part first.

use leptos::prelude::*;

#[cfg(target_arch = "wasm32")]
use super::chrome::focus_main;
use super::page_host::page_slot;
use crate::components::{Citation, DataNotices, EmbedDialog, LoadErrorAlert};
use crate::query::split::Part;
use crate::state::{self, Data, DataOnScreen};
use crate::{data, i18n, pages, share, url};

/// The view last shown in the browser, kept across rebuilds of [`CurrentView`] (a language
/// switch): focus moves to the content after a change of view, not after a rebuild.
#[cfg(target_arch = "wasm32")]
#[derive(Clone, Copy)]
pub struct LastView(pub StoredValue<Option<url::Page>>);

/// The page for the current URL, once the data is there: `loaded`, the part `part` of the
/// dataset (see `Part`). Moving to a view that part does not hold loads the view's own
/// part (`Parts`) and keeps the current view until it is there; the page, not this frame
/// around it, is rebuilt with it.
#[component]
pub fn CurrentView(loaded: DataOnScreen, part: Part) -> impl IntoView {
    let url = state::use_url();
    let parts = use_context::<crate::loading::parts::Parts>();
    // Rebuilt (a language switch) on a view whose part was loaded later: that part.
    let wanted = url.with_untracked(|u| u.page.clone());
    let start = match parts {
        Some(parts) if !part.serves(&wanted) => match parts.cached(&parts.want(&wanted)) {
            // Where the data came from is the view's (a refused `?data=`), not the part's.
            Some((cached, part)) => (DataOnScreen { origin: loaded.origin.clone(), ..cached }, part),
            None => (loaded, part),
        },
        _ => (loaded, part),
    };
    let DataOnScreen { data, skipped, origin, saved } = start.0.clone();
    let current = RwSignal::new(start);
    let fictional = data.dataset.fictional;
    let lang = state::use_lang();
    let updated = data::date::PartialDate::parse(&data.dataset.updated)
        .map(|d| i18n::format::date(lang, &d))
        .unwrap_or_else(|_| data.dataset.updated.clone());
    let footer = match &data.dataset.version {
        Some(v) => i18n::fill(lang.strings().footer_version, &[("version", v), ("date", &updated)]),
        None => i18n::fill(lang.strings().footer_updated, &[("date", &updated)]),
    };
    // Every part carries the same dataset description (the citation and downloads read it).
    provide_context(Data(data.clone()));
    // Only a change of view rebuilds the page; filter changes update it in place. A view the
    // current part does not hold is never rendered from it: the page stays until it is loaded.
    let page = Memo::new(move |previous: Option<&url::Page>| {
        let wanted = url.with(|u| u.page.clone());
        current.with(|(_, part)| match (previous, part) {
            (_, part) if part.serves(&wanted) => wanted,
            (Some(previous), _) => previous.clone(),
            (None, Part::City(id)) => url::Page::City(id.clone()),
            (None, _) => url::Page::Cities,
        })
    });
    let failed = RwSignal::new(None::<data::LoadError>);
    #[cfg(target_arch = "wasm32")]
    if let Some(parts) = parts {
        Effect::new(move |_| {
            let wanted = url.with(|u| u.page.clone());
            // After a failure, until the reader asks to retry (which clears it).
            if failed.with(Option::is_some) || current.with(|(_, part)| part.serves(&wanted)) {
                return;
            }
            let (want, origin) = (parts.want(&wanted), current.with_untracked(|(s, _)| s.origin.clone()));
            leptos::task::spawn_local(async move {
                let result = parts.load(want.clone(), origin).await;
                // The reader may have moved on meanwhile: only the part still wanted is shown.
                if url.with_untracked(|u| parts.want(&u.page)) != want {
                    return;
                }
                // `try_set`: a language switch meanwhile has disposed of this view.
                match result {
                    Ok(loaded) => {
                        let _ = current.try_set(loaded);
                    }
                    Err(error) => {
                        let _ = failed.try_set(Some(error));
                    }
                }
            });
        });
    }
    // The view's title: the document title follows it (WCAG 2.4.2), from the same text as the
    // static page's; the embed code and the citation name the view by it.
    let title = Memo::new(move |_| current.with(|(s, _)| share::meta::page_title(&s.data, &page.get(), lang)));
    Effect::new(move |_| title.with(|t| document().set_title(t)));
    #[cfg(target_arch = "wasm32")]
    focus_after_a_change_of_view(page);
    // The first city page a reader opens from here is built without compiling its code then.
    #[cfg(target_arch = "wasm32")]
    if let (Some(owner), url::Page::Cities) = (Owner::current(), page.get_untracked()) {
        super::warm_city_page::from_home(owner);
        on_cleanup(super::warm_city_page::forget);
    }
    // The page, with the data of the part that holds it.
    let view_of_page = move || {
        if let Some(error) = failed.get() {
            return view! { <LoadErrorAlert error on_retry=move |()| failed.set(None)/> }.into_any();
        }
        let data = current.with(|(s, _)| s.data.clone());
        let page = page.get();
        untrack(move || {
            provide_context(Data(data));
            pages::page_view(page)
        })
    };
    view! {
        <DataNotices origin fictional skipped saved/>
        {page_slot(view_of_page)}
        <div class="view-actions">
            <EmbedDialog title/>
            <Citation title updated/>
        </div>
        <p class="data-updated">{footer}</p>
    }
}

/// After moving to another view (not on the first load, nor a rebuild in another language),
/// once it is shown, puts the keyboard and screen reader focus at the start of the content, as
/// a full page load would.
#[cfg(target_arch = "wasm32")]
fn focus_after_a_change_of_view(page: Memo<url::Page>) {
    let Some(LastView(last)) = use_context::<LastView>() else { return };
    Effect::new(move |_| {
        let current = page.get();
        if last.get_value().is_some_and(|p| p != current) {
            // Once painted: moving focus lays the page out, which the frame does anyway.
            crate::browser::schedule::after_next_paint(focus_main);
        }
        last.set_value(Some(current));
    });
}
