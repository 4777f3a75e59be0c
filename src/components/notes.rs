use leptos::prelude::*;

use super::Cited;
use crate::data::Note;
use crate::state::use_strings;

/// Remarks on a record (gaps, contradictions between headline and body), each with the
/// sentence it rests on.
#[component]
pub fn NoteList(
    notes: Vec<Note>,
    #[prop(into)] source: String,
    /// What the notes are about, e.g. the observation's date.
    #[prop(optional, into)]
    about: Option<String>,
) -> impl IntoView {
    let t = use_strings();
    (!notes.is_empty()).then(|| {
        let items = notes
            .into_iter()
            .map(|n| {
                let source = n.source.unwrap_or_else(|| source.clone());
                let quote = n.quote.map(|q| view! { " " <Cited text=t.see_source quotes=vec![q] source/> });
                view! { <li>{n.text}{quote}</li> }
            })
            .collect_view();
        view! {
            <div class="notes">
                <p class="notes-label">{t.notes_label}{about.map(|a| format!(" · {a}"))}</p>
                <ul>{items}</ul>
            </div>
        }
    })
}
