use leptos::context::Provider;
use leptos::prelude::*;

use super::NotFound;
use crate::browser::phase::behind_static_page;
use crate::components::{
    owned_disagreements, ActivityItem, AwardItem, Cited, CountsChart, CountsTable, Disagreements, Fact, HealthPanel,
    HealthShares, NoteList, QuotesShown, SourceCard, StillBuilding,
};
use crate::data::{CityKind, Dataset, Observation};
use crate::i18n::people::{display_name, holder_text};
use crate::i18n::{format, Lang};
use crate::long_list::progress::Progress;
use crate::query::health::latest_health;
use crate::query::records::{activities, awards, leader, observations, people, scoped_observations, sources_of};
use crate::state::{use_data, use_lang, use_url};
use crate::url::Page;
use crate::util::sort::sort_by_key;

/// One city: header with its leader, counts over time (chart and table), health breakdown,
/// awards, trainings and programmes, the people named, and the sources behind all of it.
#[component]
pub fn CityPage(#[prop(into)] id: String) -> impl IntoView {
    // A sentence behind several figures is printed once (the brief stays one or two pages).
    view! { <Provider value=QuotesShown::default()><CityContent id/></Provider> }
}

/// The city page's content, built in page order (see [`QuotesShown`]): in the browser the
/// header and the counts (the first screen) in the frame that opens the page, the sections
/// below it in the next (at once while the app is still behind the static page): a city with
/// ten years of figures has over a thousand elements, most of the cost of opening its page.
#[component]
fn CityContent(id: String) -> impl IntoView {
    let data = use_data();
    let lang = use_lang();
    let t = lang.strings();
    let Some(city) = data.city(&id).cloned() else {
        return view! { <NotFound city=id/> }.into_any();
    };
    let whole: Vec<Observation> = observations(&data, &id).into_iter().cloned().collect();
    let mut all = whole.clone();
    all.extend(scoped_observations(&data, &id).into_iter().cloned());
    sort_by_key(&mut all, |o| o.as_of.date());
    // Built after the table, where they stand on the page.
    let notes = move |all: &[Observation]| {
        all.iter()
            .map(|o| view! { <NoteList notes=o.notes.clone() source=o.source.clone() about=format::date_fact(lang, &o.as_of)/> })
            .collect_view()
    };
    let health = latest_health(&data, &id).map(|o| o.id.clone());
    let disagreements = owned_disagreements(crate::query::disagree::of_city(&data, &id));
    let city_awards: Vec<_> = awards(&data, &id).into_iter().cloned().collect();
    let city_activities: Vec<_> = activities(&data, &id).into_iter().cloned().collect();
    let kind = match city.kind {
        CityKind::Kota => t.kind_kota,
        CityKind::Kabupaten => t.kind_kabupaten,
    };
    let name = city.name.clone();
    let province_href =
        use_url().with_untracked(|u| u.link(Page::Province(crate::data::regions::slug(&city.province))));
    // Behind the static page, all at once: the takeover waits only for what is shown.
    let below_first_screen = Progress::new(2, if behind_static_page() { 2 } else { 1 });
    let rest = {
        let (data, name, id) = (data.clone(), name.clone(), id.clone());
        move || {
            view! {
                <section aria-labelledby="bagian-kesehatan">
                    <h2 id="bagian-kesehatan">{t.section_health}</h2>
                    {match health.clone() {
                        Some(obs) => view! { <HealthPanel city=name.clone() observation=obs.clone()/><HealthShares observation=obs/> }.into_any(),
                        None => view! { <p class="not-reported">{t.no_health}</p> }.into_any(),
                    }}
                </section>
                <section aria-labelledby="bagian-penghargaan">
                    <h2 id="bagian-penghargaan">{t.section_awards}</h2>
                    {item_list(city_awards.clone(), t.no_award, |award| view! { <AwardItem award/> }.into_any())}
                </section>
                <section aria-labelledby="bagian-kegiatan">
                    <h2 id="bagian-kegiatan">{t.section_activities}</h2>
                    {item_list(city_activities.clone(), t.no_activities, |activity| view! { <ActivityItem activity/> }.into_any())}
                </section>
                <section aria-labelledby="bagian-orang">
                    <h2 id="bagian-orang">{t.section_people}</h2>
                    {people_list(&data, lang, &id)}
                </section>
                <section aria-labelledby="bagian-sumber">
                    <h2 id="bagian-sumber">{t.section_sources}</h2>
                    <ul class="source-list">{sources_of(&data, &id).into_iter().map(|s| view! { <SourceCard id=s.id.clone()/> }).collect_view()}</ul>
                </section>
            }
        }
    };
    view! {
        <div class="page page-city" data-testid="city-page">
            <header class="city-header">
                <h1>{city.name.clone()}</h1>
                <p class="province">{kind}" · "<a href=province_href data-testid="province-link">{city.province.clone()}</a>" · "{t.region_code_label}" "
                    <span data-testid="region-code">{city.code.clone()}</span>
                </p>
                <dl class="facts">{leader_fact(&data, lang, &id)}</dl>
                <NoteList notes=city.notes.clone() source=""/>
            </header>
            <section aria-labelledby="bagian-angka">
                <h2 id="bagian-angka">{t.section_counts}</h2>
                {if all.is_empty() {
                    view! { <p class="not-reported">{t.no_figures}</p> }.into_any()
                } else {
                    view! {
                        {(!whole.is_empty()).then(|| view! { <CountsChart city=name.clone() observations=whole.clone()/> })}
                        <CountsTable city=name.clone() observations=all.clone()/>
                        {notes(&all)}
                        {(!disagreements.is_empty()).then(|| view! {
                            <h3 id="sumber-berbeda">{t.section_disagreements}</h3>
                            <Disagreements pairs=disagreements.clone()/>
                        })}
                    }
                    .into_any()
                }}
            </section>
            {move || below_first_screen.reached(1).then(|| rest().into_any())}
            <StillBuilding progress=below_first_screen/>
        </div>
    }
    .into_any()
}

/// A list of records, or the sentence that says there are none.
fn item_list<T>(items: Vec<T>, empty: &'static str, item: impl Fn(T) -> AnyView) -> AnyView {
    if items.is_empty() {
        view! { <p class="not-reported">{empty}</p> }.into_any()
    } else {
        view! { <ul class="item-list">{items.into_iter().map(|x| view! { <li>{item(x)}</li> }).collect_view()}</ul> }
            .into_any()
    }
}

fn leader_fact(data: &Dataset, lang: Lang, city: &str) -> impl IntoView {
    let t = lang.strings();
    let (person, role) = leader(data, city)?;
    let as_of = format::as_of(lang, &role.as_of);
    let (text, quotes, source) = (holder_text(lang, person, role), role.quotes.clone(), role.source.clone());
    let locators = role.locators.clone();
    Some(view! {
        <Fact label=t.leader_label>
            <Cited text quotes locators source/>
            " "<span class="as-of">{as_of}</span>
        </Fact>
    })
}

fn people_list(data: &Dataset, lang: Lang, city: &str) -> impl IntoView {
    let items = people(data, city)
        .into_iter()
        .map(|(person, role)| {
            let name = display_name(lang, person);
            let aka = person.also_known_as.clone().map(|a| format!(" “{a}”")).unwrap_or_default();
            let as_of = format::as_of(lang, &role.as_of);
            view! {
                <li>
                    <strong>{name}{aka}</strong>", "
                    <Cited text=role.title.clone() quotes=role.quotes.clone() locators=role.locators.clone() source=role.source.clone()/>
                    " "<span class="as-of">{as_of}</span>
                    {role.note.clone().map(|n| view! { <br/><span class="as-of">{n}</span> })}
                    <NoteList notes=person.notes.clone() source=role.source.clone()/>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="people-list">{items}</ul> }
}
