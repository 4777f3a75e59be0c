use leptos::prelude::*;

use super::{Cited, DateText, Fact, NoteList};
use crate::data::{Activity, ActivityKind};
use crate::i18n::people::person_name;
use crate::i18n::{fill_n, format};
use crate::state::{use_data, use_lang};

/// A training, programme or event: when (or that the date is not stated), for how long, who
/// took part, the topics, the place and the people, with its source sentences.
#[component]
pub fn ActivityItem(activity: Activity) -> impl IntoView {
    let data = use_data();
    let lang = use_lang();
    let t = lang.strings();
    let kind = match activity.kind {
        ActivityKind::Training => t.kind_training,
        ActivityKind::Programme => t.kind_programme,
        ActivityKind::Event => t.kind_event,
    };
    let duration = activity.duration_days.map(|n| fill_n(t.duration, n as usize, &[("n", &n.to_string())]));
    let when = match (&activity.start, &activity.end) {
        (Some(start), end) => view! {
            <DateText fact=start.clone()/>
            {end.clone().map(|e| view! { " – " <DateText fact=e/> })}
            {duration.map(|d| view! { " · " {d} })}
        }
        .into_any(),
        (None, _) => {
            let note = activity.date_note.clone().map(|n| format!(" — {n}"));
            view! { <span class="not-reported">{t.undated}</span>{note} }.into_any()
        }
    };
    let participants = activity.participants.clone().map(|p| {
        let text = fill_n(t.participants_people, p.value.max(0) as usize, &[("n", &format::figure(lang, &p))]);
        view! { <Cited text quotes=vec![p.quote] locators=p.locator.into_iter().collect() source=activity.source.clone()/> " " }
    });
    let participants_note = activity.participants_note.clone();
    let has_participants = participants.is_some() || participants_note.is_some();
    let people: Vec<String> =
        activity.people.iter().map(|p| format!("{} — {}", person_name(&data, lang, &p.person), p.part)).collect();
    view! {
        <article class="activity" aria-labelledby=format!("kegiatan-{}", activity.id) data-testid="activity">
            <p class="kind-badge">{kind}</p>
            <h3 id=format!("kegiatan-{}", activity.id)>{activity.title.clone()}</h3>
            <dl class="facts">
                <Fact label=t.activity_date>{when}</Fact>
                {has_participants.then(|| view! { <Fact label=t.participants_label>{participants}{participants_note}</Fact> })}
                {activity.place.clone().map(|p| view! { <Fact label=t.award_place>{p}</Fact> })}
                {(!activity.topics.is_empty()).then(|| view! {
                    <Fact label=t.topics_label>
                        <ul class="plain-list">{activity.topics.iter().map(|x| view! { <li>{x.clone()}</li> }).collect_view()}</ul>
                    </Fact>
                })}
                {(!people.is_empty()).then(|| view! {
                    <Fact label=t.people_label>
                        <ul class="plain-list">{people.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                    </Fact>
                })}
            </dl>
            <div class="quotes"><Cited text=t.quotes_label quotes=activity.quotes.clone() locators=activity.locators.clone() source=activity.source.clone()/></div>
            <NoteList notes=activity.notes.clone() source=activity.source.clone()/>
        </article>
    }
}
