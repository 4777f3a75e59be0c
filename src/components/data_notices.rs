use leptos::prelude::*;

use crate::data::{Problem, SavedAt};
use crate::i18n::format::moment;
use crate::i18n::{fill, fill_n};
use crate::state::{use_lang, use_strings, use_url, Origin, Preview};

/// What the reader must know about the data before reading it: that it is a copy saved for
/// offline use (and when), that it is not the site's own file (and where it came from), that
/// it is fictional, and which records were skipped because of problems. Nothing for the bundled, sound file.
#[component]
pub fn DataNotices(
    origin: Origin,
    fictional: bool,
    skipped: std::sync::Arc<[Problem]>,
    saved: Option<SavedAt>,
) -> impl IntoView {
    let t = use_strings();
    let lang = use_lang();
    let url = use_url();
    // Reactive: the notices stay while the reader moves between views.
    let bundled_href = move || url.with(|u| u.without_global("data"));
    let origin = match origin {
        Origin::Bundled => None,
        Origin::Url(u) => Some(
            view! {
                <p>{fill(t.notice_url, &[("url", &u)])}" "<a href=bundled_href>{t.notice_back}</a></p>
            }
            .into_any(),
        ),
        Origin::Refused(u) => Some(view! { <p>{fill(t.notice_refused, &[("url", &u)])}</p> }.into_any()),
        Origin::Local(file) => {
            let preview = use_context::<Preview>();
            let close = move |_| {
                if let Some(Preview(p)) = preview {
                    p.set(None);
                }
            };
            Some(
                view! {
                    <p>{fill(t.notice_local, &[("file", &file)])}" "
                        <button type="button" class="button" on:click=close>{t.notice_close_preview}</button>
                    </p>
                }
                .into_any(),
            )
        }
    };
    let offline = saved.map(|at| {
        view! { <p data-testid="offline-notice">{fill(t.notice_offline, &[("when", &moment(lang, &at))])}</p> }
    });
    let banner = (origin.is_some() || fictional || offline.is_some()).then(|| {
        view! {
            <div class="data-banner" role="note" data-testid="data-banner">
                {offline}
                {origin}
                {fictional.then(|| view! { <p><strong>{t.notice_fictional}</strong></p> })}
            </div>
        }
    });
    let skipped = (!skipped.is_empty()).then(|| {
        view! {
            <details class="data-banner skipped" data-testid="skipped-notice">
                <summary>{fill_n(t.skipped_summary, skipped.len(), &[("n", &skipped.len().to_string())])}</summary>
                <p>{t.skipped_intro}</p>
                <ProblemList problems=skipped.to_vec()/>
            </details>
        }
    });
    view! { {banner}{skipped} }
}

/// Problems, one per line: the record, the field, and what to do.
#[component]
pub fn ProblemList(problems: Vec<Problem>) -> impl IntoView {
    let t = use_strings();
    let items = problems
        .into_iter()
        .map(|p| {
            let field = (!p.field.is_empty()).then(|| view! { ", "{t.problem_field}" "<code>{p.field.clone()}</code> });
            view! { <li><strong>{p.record()}</strong>{field}": "{p.message}</li> }
        })
        .collect_view();
    view! { <ul class="problem-list" data-testid="problem-list">{items}</ul> }
}
