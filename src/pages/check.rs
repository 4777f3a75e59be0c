use std::sync::Arc;

use leptos::prelude::*;

use crate::components::ProblemList;
use crate::data::{parse_checked, LoadError, Problem, Sound};
use crate::i18n::{fill, fill_n};
use crate::state::{use_strings, use_url, Preview};
use crate::url::Page;

/// What the page found in the file the clerk chose. (Only the browser reads files.)
#[derive(Clone)]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
enum Outcome {
    Reading(String),
    Unreadable(String, String),
    /// Every problem (none: the file is sound), or why it cannot be read at all; and the part
    /// of it that can be previewed.
    Checked {
        file: String,
        problems: Result<Vec<Problem>, LoadError>,
        sound: Option<Arc<(String, Sound)>>,
    },
}

/// "Periksa data": a clerk chooses or drops a dataset file; the app checks it with the same
/// code it loads data with, lists every problem by record and field, and can show the file in
/// every view. All in this browser: the file is read locally, never uploaded.
#[component]
pub fn CheckPage() -> impl IntoView {
    let t = use_strings();
    let outcome = RwSignal::new(None::<Outcome>);
    view! {
        <section class="page page-check" aria-labelledby="judul-halaman">
            <h1 id="judul-halaman">{t.check_title}</h1>
            <p class="intro">{t.check_intro}</p>
            <label class="drop-zone" data-testid="drop-zone"
                on:dragover=move |ev| ev.prevent_default()
                on:drop=move |ev| read::dropped(ev, outcome)
            >
                <span class="button">{t.check_choose}</span>
                // Visually hidden (the label is the button) but focusable and announced.
                <input type="file" class="visually-hidden" accept=".json,application/json" data-testid="check-file"
                    on:change=move |ev| read::chosen(ev, outcome)/>
                <span>{t.check_drop}</span>
            </label>
            <p class="as-of">{t.check_quotes}</p>
            <div aria-live="polite" data-testid="check-result">{move || outcome.get().map(report)}</div>
        </section>
    }
}

fn report(outcome: Outcome) -> AnyView {
    let t = use_strings();
    match outcome {
        Outcome::Reading(file) => view! { <p>{fill(t.check_reading, &[("file", &file)])}</p> }.into_any(),
        Outcome::Unreadable(file, detail) => {
            view! { <p class="alert">{file}": "{fill(t.check_unreadable, &[("detail", &detail)])}</p> }.into_any()
        }
        Outcome::Checked { file, problems, sound } => {
            let summary = match &problems {
                Ok(problems) if problems.is_empty() => {
                    let (cities, records) =
                        sound.as_ref().map_or((0, 0), |s| (s.1.data.cities.len(), s.1.data.record_count()));
                    let n = [("file", file.as_str()), ("cities", &cities.to_string()), ("records", &records.to_string())];
                    view! { <p class="check-ok">{fill(t.check_ok, &n)}</p> }.into_any()
                }
                Ok(problems) => view! {
                    <p class="alert">{fill_n(t.check_problems, problems.len(), &[("file", &file), ("n", &problems.len().to_string())])}</p>
                    <ProblemList problems=problems.clone()/>
                }
                .into_any(),
                Err(other) => view! { <p class="alert">{t.check_fatal}" "<code>{other.to_string()}</code></p> }.into_any(),
            };
            let partial = problems.as_ref().is_ok_and(|p| !p.is_empty()) && sound.is_some();
            view! {
                {summary}
                {partial.then(|| view! { <p>{t.check_partial}</p> })}
                {sound.map(|s| view! { <PreviewLink file=s/> })}
            }
            .into_any()
        }
    }
}

/// Shows the checked file in every view, starting with the city cards.
#[component]
fn PreviewLink(file: Arc<(String, Sound)>) -> impl IntoView {
    let t = use_strings();
    let href = use_url().with_untracked(|u| u.link(Page::Cities));
    let preview = use_context::<Preview>();
    let open = move |_| {
        if let Some(Preview(p)) = preview {
            p.set(Some(file.clone()));
        }
    };
    view! { <p><a class="button" href=href on:click=open data-testid="check-preview">{t.check_preview}</a></p> }
}

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
/// Checks the text of `file`: every problem (as the build would see it), and the sound part of
/// it for the preview.
fn check(file: String, text: &str) -> Outcome {
    match parse_checked(&file, text) {
        Ok((problems, sound)) => {
            let sound = sound.map(|s| Arc::new((file.clone(), s)));
            Outcome::Checked { file, problems: Ok(problems), sound }
        }
        Err(e) => Outcome::Checked { file, problems: Err(e), sound: None },
    }
}

/// Reading the chosen or dropped file: browser only.
#[cfg(target_arch = "wasm32")]
mod read {
    use leptos::prelude::*;
    use leptos::wasm_bindgen::JsCast;
    use leptos::web_sys::{DragEvent, Event, File, HtmlInputElement};

    use super::{check, Outcome};

    pub fn chosen(ev: Event, outcome: RwSignal<Option<Outcome>>) {
        let file = ev.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()).and_then(|i| i.files()?.get(0));
        if let Some(file) = file {
            read(file, outcome);
        }
    }

    pub fn dropped(ev: DragEvent, outcome: RwSignal<Option<Outcome>>) {
        ev.prevent_default();
        if let Some(file) = ev.data_transfer().and_then(|d| d.files()?.get(0)) {
            read(file, outcome);
        }
    }

    fn read(file: File, outcome: RwSignal<Option<Outcome>>) {
        let name = file.name();
        outcome.set(Some(Outcome::Reading(name.clone())));
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
            // The reader may have left the page (or switched language) meanwhile.
            let _ = outcome.try_set(Some(match text.ok().and_then(|t| t.as_string()) {
                Some(text) => check(name, &text),
                None => Outcome::Unreadable(name, "not a text file".into()),
            }));
        });
    }
}

/// At build time the page is only its form; the browser reads files.
#[cfg(not(target_arch = "wasm32"))]
mod read {
    use leptos::prelude::RwSignal;

    use super::Outcome;

    pub fn chosen<E>(_: E, _: RwSignal<Option<Outcome>>) {}
    pub fn dropped<E>(_: E, _: RwSignal<Option<Outcome>>) {}
}
