use leptos::prelude::*;

use super::{Disclosure, SourceLine};
use crate::state::use_strings;

/// The sentences already shown on a page, in order: a figure whose sentences were shown for
/// an earlier one prints "as above" instead of repeating them (a city's brief stays short).
/// Provided by a page that wants it; the static page and the app render the same order.
#[derive(Clone, Copy)]
pub struct QuotesShown(StoredValue<Vec<Vec<String>>>);

impl QuotesShown {
    pub fn provide() {
        provide_context(Self(StoredValue::new(Vec::new())));
    }

    /// Whether `quotes` were shown before; remembers them.
    fn repeats(&self, quotes: &[String]) -> bool {
        let seen = self.0.with_value(|shown| shown.iter().any(|q| q == quotes));
        if !seen {
            self.0.update_value(|shown| shown.push(quotes.to_vec()));
        }
        seen
    }
}

/// A figure (or fact) that opens onto the sentence it was read from and its source: one
/// action from a number to its evidence.
#[component]
pub fn Cited(
    /// The figure as shown, e.g. "341" or "sekitar 160".
    #[prop(into)]
    text: String,
    /// The verbatim sentence(s) from the source.
    quotes: Vec<String>,
    /// The source id.
    #[prop(into)]
    source: String,
) -> impl IntoView {
    let t = use_strings();
    let repeat = use_context::<QuotesShown>().is_some_and(|shown| shown.repeats(&quotes));
    view! {
        <Disclosure text hint=t.show_source repeat>
            {quotes.into_iter().map(|q| view! { <blockquote lang="id">{q}</blockquote> }).collect_view()}
            <SourceLine id=source/>
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
            parse_dataset("koperasi.json", include_str!("../../public/data/koperasi.json")).expect("valid"),
        );
        let location = Location { path: format!("kota/{id}/"), query: String::new() };
        Owner::new().with(|| view! { <crate::StaticApp data location/> }.to_html())
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
