use leptos::prelude::*;

use crate::i18n::format;
use crate::state::{use_data, use_lang};

/// Where a fact comes from, in one line: publisher, publication date and local text copy. A source
/// that names no publisher says so instead of guessing one.
#[component]
pub fn SourceLine(#[prop(into)] id: String) -> impl IntoView {
    let lang = use_lang();
    let t = lang.strings();
    let data = use_data();
    let Some(source) = data.source(&id) else {
        return view! { <p class="source-line">{t.source_label}": "{id}</p> }.into_any();
    };
    let publisher =
        source.publisher.clone().unwrap_or_else(|| format!("{} {}", t.publisher_label, t.publisher_unknown));
    let published = source.published.as_ref().map(|p| format::date_fact(lang, p));
    view! {
        <p class="source-line">
            <span class="source-label">{t.source_label}": "</span>
            <span class="publisher">{publisher}</span>
            {published.map(|p| view! { " · " <span>{p}</span> })}
            {source.local_copy.clone().map(|f| view! { <span class="local-copy">" · "{t.seed_file_label}" "<code>{f}</code></span> })}
        </p>
    }
    .into_any()
}
