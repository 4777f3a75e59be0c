use leptos::prelude::*;

use super::{health_bar, status_bar, Cited, Fact, StackedBar};
use crate::data::{Dataset, Figure, Observation, SharePart};
use crate::i18n::people::holder_text;
use crate::i18n::{fill, format, Lang};
use crate::query::health::breakdown;
use crate::query::records::{active_share, latest_award, latest_observation, leader};
use crate::state::{use_data, use_lang, use_url};
use crate::url::Page;

/// One city on the home page: province, the latest leader, the latest counts with their date,
/// the latest award and a small health or status bar. A figure the source does not give reads
/// "tidak dilaporkan", never 0.
#[component]
pub fn CityCard(#[prop(into)] id: String) -> impl IntoView {
    let data = use_data();
    let lang = use_lang();
    let t = lang.strings();
    let Some(city) = data.city(&id).cloned() else {
        return ().into_any();
    };
    let href = use_url().with_untracked(|u| u.link(Page::City(id.clone())));
    let heading_id = format!("kartu-{id}");
    let latest = latest_observation(&data, &id);
    // Another source gives other counts for about the same time: the city page shows both.
    let differs = latest.is_some_and(|o| {
        crate::query::disagree::of_city(&data, &id).iter().any(|d| d.first.id == o.id || d.second.id == o.id)
    });
    view! {
        <article class="city-card" aria-labelledby=heading_id.clone() data-testid="city-card">
            <header class="card-header">
                <h2 id=heading_id.clone()><a href=href>{city.name.clone()}</a></h2>
                <p class="province">{city.province.clone()}</p>
            </header>
            <dl class="facts">
                {leader_fact(&data, &id, lang)}
                {match latest {
                    Some(o) => figures(lang, o).into_any(),
                    None => view! { <Fact label=t.total_label><span class="not-reported">{t.not_reported}</span></Fact> }.into_any(),
                }}
                {share_fact(&data, &id, lang)}
                {award_fact(&data, &id, lang)}
            </dl>
            {differs.then(|| view! { <p class="differs" data-testid="differs">{t.other_source_differs}</p> })}
            {latest.and_then(|o| card_bar(&data, lang, &city.name, o))}
        </article>
    }
    .into_any()
}

/// The latest reported leader, with the sentence that names them.
fn leader_fact(data: &Dataset, city: &str, lang: Lang) -> impl IntoView {
    let t = lang.strings();
    let value = leader(data, city).map(|(person, role)| {
        let text = holder_text(lang, person, role);
        let (quotes, locators) = (role.quotes.clone(), role.locators.clone());
        let as_of = format::as_of(lang, &role.as_of);
        view! { <Cited text quotes locators source=role.source.clone()/> <span class="as-of">{as_of}</span> }
    });
    let value = value
        .map_or_else(|| view! { <span class="not-reported">{t.not_reported}</span> }.into_any(), IntoAny::into_any);
    view! { <Fact label=t.leader_label>{value}</Fact> }
}

/// Total, active and inactive of the latest observation, each with its sentence.
fn figures(lang: Lang, o: &Observation) -> impl IntoView {
    let t = lang.strings();
    let as_of = format::as_of(lang, &o.as_of);
    // A count the source gives only as a share of the total shows the share, as given.
    let row = |label: &'static str, f: &Option<Figure>, part: Option<SharePart>| {
        let share = part.and_then(|part| o.share(part));
        let value = match (f, share) {
            (Some(f), _) => {
                view! { <Cited text=format::figure(lang, f) quotes=vec![f.quote.clone()] locators=f.locator.iter().cloned().collect() source=o.source.clone()/> }
                    .into_any()
            }
            (None, Some(s)) => {
                let text = format::stated_percent(lang, s.percent, s.approximate);
                view! { <Cited text quotes=vec![s.quote.clone()] locators=s.locator.iter().cloned().collect() source=o.source.clone()/> }
                    .into_any()
            }
            (None, None) => view! { <span class="not-reported">{t.not_reported}</span> }.into_any(),
        };
        view! { <Fact label>{value}</Fact> }
    };
    view! {
        {row(t.total_label, &o.total, None)}
        {row(t.active_label, &o.active, Some(SharePart::Active))}
        {row(t.inactive_label, &o.inactive, Some(SharePart::Inactive))}
        <div class="fact as-of-row">
            <dt class="visually-hidden">{t.col_as_of}</dt>
            <dd class="as-of">
                {as_of}" · "<span data-testid="basis">{format::basis(lang, o.basis)}</span>
                {o.includes.as_ref().map(|what| format!(" · {}", fill(t.includes, &[("what", lang.pick(what))])))}
            </dd>
        </div>
    }
}

/// The share of active cooperatives, from the latest observation that gives both counts, with
/// its own date (it may be older than the latest total).
fn share_fact(data: &Dataset, city: &str, lang: Lang) -> impl IntoView {
    let t = lang.strings();
    let (share, o) = active_share(data, city)?;
    let note =
        fill(t.active_share_note, &[("share", &format::percent(share)), ("date", &format::date_fact(lang, &o.as_of))]);
    Some(view! { <Fact label=t.sort_active_share>{note}</Fact> })
}

/// The newest award: title (or "not named"), giver and date.
fn award_fact(data: &Dataset, city: &str, lang: Lang) -> impl IntoView {
    let t = lang.strings();
    let value = match latest_award(data, city) {
        Some(a) => {
            let title = a.title.clone().unwrap_or_else(|| t.untitled_award.to_string());
            let giver = a.giver.as_deref().and_then(|g| data.organisation(g)).map(|o| o.display_name().to_string());
            let date = format::date_fact(lang, &a.date);
            let text = [Some(title), giver, Some(date)].into_iter().flatten().collect::<Vec<_>>().join(" · ");
            let (quotes, locators) = (a.quotes.clone(), a.locators.clone());
            view! { <Cited text quotes locators source=a.source.clone()/> }.into_any()
        }
        None => view! { <span class="not-reported">{t.no_award}</span> }.into_any(),
    };
    view! { <Fact label=t.latest_award_label>{value}</Fact> }
}

/// The health bar when the observation has a breakdown, else the status bar when it can be
/// drawn, else nothing.
fn card_bar(data: &Dataset, lang: Lang, city: &str, o: &Observation) -> Option<impl IntoView> {
    let (parts, name) = match breakdown(data, o) {
        Some(b) => health_bar(lang, city, &b),
        None => status_bar(lang, city, o)?,
    };
    Some(view! { <StackedBar parts name compact=true/> })
}
