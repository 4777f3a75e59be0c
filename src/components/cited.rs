use leptos::prelude::*;

use super::{Disclosure, SourceLine};
use crate::state::use_strings;

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
    view! {
        <Disclosure text hint=t.show_source>
            {quotes.into_iter().map(|q| view! { <blockquote lang="id">{q}</blockquote> }).collect_view()}
            <SourceLine id=source/>
        </Disclosure>
    }
}
