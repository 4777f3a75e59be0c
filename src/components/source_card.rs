use leptos::prelude::*;

use super::{DateText, Fact, NoteList};
use crate::data::validate::check_url;
use crate::data::SourceKind;
use crate::i18n::{format, Strings};
use crate::state::{use_data, use_lang};

/// Everything known about one source: its kind, publisher (or that it names none), headline,
/// publication date and how it was derived, dateline, its link (only an `http:`/`https:`
/// address is ever a link, opened in a new tab), when it was read, and its local text copy.
#[component]
pub fn SourceCard(#[prop(into)] id: String) -> impl IntoView {
    let lang = use_lang();
    let t = lang.strings();
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
    let link = source.url.clone().filter(|u| check_url(u).is_ok()).map(|u| {
        let text = u.clone();
        view! {
            <Fact label=t.source_link_label>
                <a href=u target="_blank" rel="noopener noreferrer" class="source-url">{text}</a>
                <span class="visually-hidden">" "{t.new_tab}</span>
            </Fact>
        }
    });
    let retrieved = source
        .retrieved
        .as_deref()
        .map(|r| crate::data::date::PartialDate::parse(r).map_or_else(|_| r.to_string(), |d| format::date(lang, &d)));
    Some(view! {
        <li class="source-card" id=format!("sumber-{id}") data-testid="source-card">
            <dl class="facts">
                <Fact label=t.source_kind_label>{kind_label(t, source.kind)}</Fact>
                <Fact label=t.publisher_label>{publisher}</Fact>
                {source.headline.clone().map(|h| view! { <Fact label=t.headline_label>{h}</Fact> })}
                {source.published.clone().map(|p| view! { <Fact label=t.published_label><DateText fact=p/></Fact> })}
                {source.dateline.clone().map(|d| view! { <Fact label=t.source_card_dateline>{d}</Fact> })}
                {link}
                {retrieved.map(|r| view! { <Fact label=t.retrieved_label>{r}</Fact> })}
                {source.local_copy.clone().map(|f| view! { <Fact label=t.seed_file_label><code>{f}</code></Fact> })}
            </dl>
            <NoteList notes=source.notes.clone() source=source.id.clone()/>
        </li>
    })
}

pub fn kind_label(t: &Strings, kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::News => t.source_kind_news,
        SourceKind::Document => t.source_kind_document,
        SourceKind::Social => t.source_kind_social,
        SourceKind::Other => t.source_kind_other,
    }
}
