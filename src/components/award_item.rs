use leptos::prelude::*;

use super::{Cited, DateText, Fact, NoteList};
use crate::data::Award;
use crate::i18n::fill;
use crate::i18n::people::{party_text, recipient_text};
use crate::state::{use_data, use_lang, use_url};
use crate::url::Page;

/// One award: title, city, recipient (and who received it on their behalf), giver, occasion,
/// date and its precision, place, and the sentences it was read from. What the source does not
/// say is said to be unstated.
#[component]
pub fn AwardItem(award: Award, #[prop(optional)] show_city: bool) -> impl IntoView {
    let data = use_data();
    let lang = use_lang();
    let t = lang.strings();
    let url = use_url();
    let title = award.title.clone().unwrap_or_else(|| t.untitled_award.to_string());
    let heading_id = format!("penghargaan-{}", award.id);
    let city = data.city(&award.city).map(|c| c.name.clone()).unwrap_or_else(|| award.city.clone());
    let city_href = url.with_untracked(|u| u.link(Page::City(award.city.clone())));
    let giver =
        award.giver.as_deref().and_then(|g| data.organisation(g)).map(|o| format!("{} ({})", o.display_name(), o.name));
    let supporters: Vec<String> =
        award.supporters.iter().filter_map(|s| data.organisation(s)).map(|o| o.display_name().to_string()).collect();
    let recipient = recipient_text(&data, lang, &award);
    let on_behalf_of = award.recipient_role.clone().unwrap_or_else(|| party_text(&data, lang, &award.recipient));
    let received_by = award
        .received_by
        .as_ref()
        .map(|p| fill(t.on_behalf, &[("person", &party_text(&data, lang, p)), ("recipient", &on_behalf_of)]));
    let handed_by = award.handed_by.as_ref().map(|p| party_text(&data, lang, p));
    let event = award.event.as_deref().and_then(|e| data.event(e)).cloned().map(|e| {
        let others = data
            .awards
            .iter()
            .filter(|a| a.event.as_deref() == Some(&e.id) && a.id != award.id)
            .map(|a| {
                let name = data.city(&a.city).map_or_else(|| a.city.clone(), |c| c.name.clone());
                let href = url.with_untracked(|u| u.link(Page::City(a.city.clone())));
                view! { <li><a href=href>{name}</a></li> }
            })
            .collect::<Vec<_>>();
        let others = (!others.is_empty()).then(|| {
            view! { <Fact label=t.award_event_others><ul class="plain-list">{others}</ul></Fact> }
        });
        view! {
            <Fact label=t.award_event>
                <Cited text=e.title.clone() quotes=e.quotes.clone() locators=e.locators.clone() source=e.source.clone()/>
                " · "<DateText fact=e.date.clone()/>
            </Fact>
            {others}
        }
    });
    let unstated = move || view! { <span class="not-reported">{t.not_stated}</span> };
    view! {
        <article class="award" aria-labelledby=heading_id.clone() data-testid="award">
            <h3 id=heading_id.clone()>{title}</h3>
            <dl class="facts">
                {show_city.then(|| view! { <Fact label=t.award_city><a href=city_href>{city}</a></Fact> })}
                <Fact label=t.award_recipient>{recipient}</Fact>
                {received_by.map(|r| view! { <Fact label=t.award_received_by><span data-testid="received-by">{r}</span></Fact> })}
                <Fact label=t.award_giver>{giver.map_or_else(|| unstated().into_any(), IntoAny::into_any)}</Fact>
                {(!supporters.is_empty()).then(|| view! { <Fact label=t.award_supporters>{supporters.join(", ")}</Fact> })}
                // A shared event names the occasion; without one, say that the source does not.
                {(award.event.is_none() || award.occasion.is_some()).then(|| view! {
                    <Fact label=t.award_occasion>{award.occasion.clone().map_or_else(|| unstated().into_any(), IntoAny::into_any)}</Fact>
                })}
                <Fact label=t.award_date><DateText fact=award.date.clone()/></Fact>
                {event}
                {handed_by.map(|h| view! { <Fact label=t.award_handed_by>{h}</Fact> })}
                <Fact label=t.award_place>{award.place.clone().map_or_else(|| unstated().into_any(), IntoAny::into_any)}</Fact>
                {award.reason.clone().map(|r| view! { <Fact label=t.award_reason>{r}</Fact> })}
            </dl>
            // A `<div>`: the static page's `<details>` would close a `<p>` in the parser, and the takeover
            // finds boxes by their place in the page.
            <div class="quotes"><Cited text=t.quotes_label quotes=award.quotes.clone() locators=award.locators.clone() source=award.source.clone()/></div>
            <NoteList notes=award.notes.clone() source=award.source.clone()/>
        </article>
    }
}
