use std::sync::{Arc, Mutex};

use leptos::prelude::*;

use super::{Disclosure, SourceLine};
use crate::data::Locator;
use crate::state::{use_data, use_strings};
use crate::url::text_fragment;

/// The sentences already shown on a page, in the order it is built (the order of the page:
/// the static page and the app build it alike): a figure whose sentences were shown for an
/// earlier one prints "as above" instead of repeating them, so a city's brief stays short. A
/// page provides a fresh one to its own content with `<Provider>` (scoped to it, never seen by
/// the next view); plain data, nothing reactive to outlive the page.
#[derive(Clone, Default)]
pub struct QuotesShown(Arc<Mutex<Vec<Seen>>>);

/// Sentences shown, and the source they were shown with.
type Seen = (Vec<String>, String);

impl QuotesShown {
    /// Whether `quotes` from `source` were shown before (the same sentence from another source
    /// is shown again, with that source); remembers them.
    fn repeats(&self, quotes: &[String], source: &str) -> bool {
        let Ok(mut shown) = self.0.lock() else { return false };
        let seen = shown.iter().any(|(q, s)| q == quotes && s == source);
        if !seen {
            shown.push((quotes.to_vec(), source.to_string()));
        }
        seen
    }
}

/// A figure (or fact) that opens onto the sentence it was read from and its source: one
/// action from a number to its evidence. A sentence of our own sources is quoted; one on
/// another's page is linked (the page opens with it highlighted) and said in our own words.
#[component]
pub fn Cited(
    /// The figure as shown, e.g. "341" or "sekitar 160".
    #[prop(into)]
    text: String,
    /// The verbatim sentence(s) from the source (empty ones are left out).
    quotes: Vec<String>,
    /// Locators to the sentence(s) on the source's page.
    #[prop(optional)]
    locators: Vec<Locator>,
    /// The source id.
    #[prop(into)]
    source: String,
) -> impl IntoView {
    let t = use_strings();
    let quotes: Vec<String> = quotes.into_iter().filter(|q| !q.trim().is_empty()).collect();
    // A page that keeps a record of the sentences shown is a printable brief (the city page):
    // its boxes are built at once (see `Disclosure`).
    let shown = use_context::<QuotesShown>();
    let eager = shown.is_some();
    let key: Vec<String> = quotes.iter().cloned().chain(locators.iter().map(|l| l.says.clone())).collect();
    let repeat = shown.is_some_and(|shown| shown.repeats(&key, &source));
    let page = use_data().source(&source).and_then(|s| s.url.clone());
    let located = move || {
        locators
            .iter()
            .map(|l| {
                let link = page.as_ref().map(|page| {
                    let href = text_fragment(page, &l.start, &l.end);
                    view! {
                        " "<a class="sentence-link" href=href target="_blank" rel="noopener noreferrer">
                            {t.open_sentence}<span class="visually-hidden">" "{t.new_tab}</span>
                        </a>
                    }
                });
                view! { <p class="located">{l.says.clone()}{link}</p> }
            })
            .collect_view()
    };
    view! {
        <Disclosure text hint=t.show_source repeat eager>
            {quotes.iter().map(|q| view! { <blockquote lang="id">{q.clone()}</blockquote> }).collect_view()}
            {located()}
            <SourceLine id=source.clone()/>
        </Disclosure>
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use leptos::prelude::*;

    use crate::data::parse::parse_dataset;
    use crate::nav::Location;

    fn city_page(id: &str) -> String {
        let data = Arc::new(
            parse_dataset("koperasi.json", include_str!("../../tests/fixtures/seed-data.json")).expect("valid"),
        );
        let location = Location { path: format!("kota/{id}/"), query: String::new() };
        Owner::new().with(|| view! { <crate::shell::StaticApp data location/> }.to_html())
    }

    #[test]
    fn a_sentence_behind_several_figures_is_marked_after_its_first_showing() {
        let html = city_page("kota-mojokerto");
        // One sentence gives the five health categories: shown once, then "as above" four times.
        let repeats = html.matches("cited cited-repeat").count();
        assert!(repeats >= 4, "{repeats} repeats");
        assert_eq!(html.matches("cited cited-repeat").count(), html.matches("class=\"same-note\"").count());
        let first = html.find("class=\"cited\"").expect("a figure");
        assert!(first < html.find("cited cited-repeat").expect("a repeat"), "the first showing is not a repeat");
    }
}
