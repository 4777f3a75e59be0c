use leptos::prelude::*;

use super::{DateText, Fact};
use crate::state::{use_data, use_strings};

/// Everything known about one source: publisher (or that the text names none), headline,
/// publication date and how it was derived, dateline and seed file.
#[component]
pub fn SourceCard(#[prop(into)] id: String) -> impl IntoView {
    let t = use_strings();
    let data = use_data();
    let source = data.source(&id).cloned()?;
    let publisher = match (&source.publisher, &source.publisher_note) {
        (Some(p), _) => view! { <strong>{p.clone()}</strong> }.into_any(),
        (None, note) => view! {
            <span class="not-reported">{t.publisher_unknown}</span>
            {note.clone().map(|n| view! { <br/><span class="as-of">{n}</span> })}
        }
        .into_any(),
    };
    Some(view! {
        <li class="source-card" id=format!("sumber-{id}") data-testid="source-card">
            <dl class="facts">
                <Fact label=t.publisher_label>{publisher}</Fact>
                {source.headline.clone().map(|h| view! { <Fact label=t.headline_label>{h}</Fact> })}
                {source.published.clone().map(|p| view! { <Fact label=t.published_label><DateText fact=p/></Fact> })}
                {source.dateline.clone().map(|d| view! { <Fact label=t.source_card_dateline>{d}</Fact> })}
                <Fact label=t.seed_file_label><code>{format!("{}.txt", source.id)}</code></Fact>
            </dl>
        </li>
    })
}
