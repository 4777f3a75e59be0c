use leptos::prelude::*;

use crate::i18n::{fill, Strings};
use crate::query::cities::{provinces, CitySort};
use crate::state::{use_data, use_set_query, use_strings, use_url};
use crate::url::UrlState;

/// Search box, province and award filters and the sort. The URL is the single source of
/// truth: controls show what it says and every change rewrites it, so a reload or a shared
/// link shows the same list. On a phone the province, sort and award filters fold behind one
/// button that says how many are set, so the first card stays in view; wider screens always
/// show them (CSS).
#[component]
pub fn CityFilters() -> impl IntoView {
    let t = use_strings();
    let url = use_url();
    let open = RwSignal::new(false);
    view! {
        <form class="filters" class:filters-open=move || open.get() role="search" aria-label=t.filters_label on:submit=|ev| ev.prevent_default()>
            {search_field(t, url)}
            {fold_toggle(t, url, open)}
            <div class="filters-more" id="saringan-lain">
                {province_field(t, url)}
                {sort_field(t, url)}
                {award_field(t, url)}
            </div>
        </form>
    }
}

/// The search box.
fn search_field(t: &'static Strings, url: Memo<UrlState>) -> impl IntoView {
    let set_query = use_set_query();
    let on_search = move |value: String| set_query(url.with_untracked(|u| u.with(|n| n.cities.search = value)));
    view! {
        <div class="field field-search">
            <label for="cari">{t.search_label}</label>
            <input
                id="cari"
                type="search"
                autocomplete="off"
                placeholder=t.search_placeholder
                prop:value=move || url.with(|u| u.cities.search.clone())
                on:input:target=move |ev| on_search(ev.target().value())
            />
        </div>
    }
}

/// The button that folds the other filters on a phone, with how many of them are set.
fn fold_toggle(t: &'static Strings, url: Memo<UrlState>, open: RwSignal<bool>) -> impl IntoView {
    let active = move || {
        url.with(|u| {
            usize::from(u.cities.province.is_some())
                + usize::from(u.cities.has_award)
                + usize::from(u.sort != CitySort::Name)
        })
    };
    let label = move || match active() {
        0 => t.filters_toggle.to_string(),
        n => format!("{} {}", t.filters_toggle, fill(t.filters_active, &[("n", &n.to_string())])),
    };
    view! {
        <button type="button" class="filters-toggle live-only" aria-controls="saringan-lain"
            aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)
            data-testid="filters-toggle">{label}</button>
    }
}

/// The province filter; a province in the URL that the data does not have stays visible (and
/// can be cleared).
fn province_field(t: &'static Strings, url: Memo<UrlState>) -> impl IntoView {
    let set_query = use_set_query();
    let provinces = provinces(&use_data());
    let missing_province = {
        let known = provinces.clone();
        move || url.with(|u| u.cities.province.clone().filter(|p| !known.contains(p)))
    };
    let on_province = move |value: String| {
        set_query(url.with_untracked(|u| u.with(|n| n.cities.province = Some(value).filter(|v| !v.is_empty()))))
    };
    view! {
        <div class="field">
            <label for="provinsi">{t.province_label}</label>
            <select id="provinsi" on:change:target=move |ev| on_province(ev.target().value())>
                <option value="" prop:selected=move || url.with(|u| u.cities.province.is_none())>{t.all_provinces}</option>
                {provinces
                    .into_iter()
                    .map(|p| {
                        let q = p.clone();
                        let selected = move || url.with(|u| u.cities.province.as_deref() == Some(q.as_str()));
                        view! { <option value=p.clone() prop:selected=selected>{p.clone()}</option> }
                    })
                    .collect_view()}
                {move || missing_province().map(|p| view! {
                    <option value=p.clone() selected>{fill(t.filter_not_in_data, &[("value", &p)])}</option>
                })}
            </select>
        </div>
    }
}

/// The sort.
fn sort_field(t: &'static Strings, url: Memo<UrlState>) -> impl IntoView {
    let set_query = use_set_query();
    let on_sort = move |value: String| {
        set_query(url.with_untracked(|u| u.with(|n| n.sort = CitySort::from_key(&value).unwrap_or_default())))
    };
    let sort_label = move |s: CitySort| match s {
        CitySort::Name => t.sort_name,
        CitySort::Count => t.sort_count,
        CitySort::ActiveShare => t.sort_active_share,
        CitySort::LatestAward => t.sort_latest_award,
    };
    view! {
        <div class="field">
            <label for="urut">{t.sort_label}</label>
            <select id="urut" on:change:target=move |ev| on_sort(ev.target().value())>
                {CitySort::ALL
                    .into_iter()
                    .map(|s| {
                        let selected = move || url.with(|u| u.sort == s);
                        view! { <option value=s.key() prop:selected=selected>{sort_label(s)}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// "Only cities with an award".
fn award_field(t: &'static Strings, url: Memo<UrlState>) -> impl IntoView {
    let set_query = use_set_query();
    let on_award = move |checked: bool| set_query(url.with_untracked(|u| u.with(|n| n.cities.has_award = checked)));
    view! {
        <div class="field field-check">
            <input
                id="ada-penghargaan"
                type="checkbox"
                prop:checked=move || url.with(|u| u.cities.has_award)
                on:change:target=move |ev| on_award(ev.target().checked())
            />
            <label for="ada-penghargaan">{t.has_award_label}</label>
        </div>
    }
}
