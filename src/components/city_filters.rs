use leptos::prelude::*;

use crate::query::cities::{provinces, CitySort};
use crate::state::{use_data, use_set_query, use_strings, use_url};

/// Search box, province and award filters and the sort. The URL is the single source of
/// truth: controls show what it says and every change rewrites it, so a reload or a shared
/// link shows the same list.
#[component]
pub fn CityFilters() -> impl IntoView {
    let t = use_strings();
    let url = use_url();
    let set_query = use_set_query();
    let provinces = provinces(&use_data());
    // A province in the URL that the data does not have stays visible (and can be cleared).
    let missing_province = {
        let known = provinces.clone();
        move || url.with(|u| u.cities.province.clone().filter(|p| !known.contains(p)))
    };

    let on_search = {
        let set_query = set_query.clone();
        move |value: String| set_query(url.with_untracked(|u| u.with(|n| n.cities.search = value)))
    };
    let on_province = {
        let set_query = set_query.clone();
        move |value: String| {
            set_query(url.with_untracked(|u| u.with(|n| n.cities.province = Some(value).filter(|v| !v.is_empty()))))
        }
    };
    let on_award = {
        let set_query = set_query.clone();
        move |checked: bool| set_query(url.with_untracked(|u| u.with(|n| n.cities.has_award = checked)))
    };
    let on_sort = move |value: String| {
        set_query(url.with_untracked(|u| u.with(|n| n.sort = CitySort::from_key(&value).unwrap_or_default())))
    };
    let sort_label = move |s: CitySort| match s {
        CitySort::Name => t.sort_name,
        CitySort::Count => t.sort_count,
        CitySort::ActiveShare => t.sort_active_share,
        CitySort::LatestAward => t.sort_latest_award,
    };

    // On a phone the province, sort and award filters fold behind one button that says how
    // many are set, so the first card stays in view; wider screens always show them (CSS).
    let open = RwSignal::new(false);
    let active = move || {
        url.with(|u| {
            usize::from(u.cities.province.is_some())
                + usize::from(u.cities.has_award)
                + usize::from(u.sort != CitySort::Name)
        })
    };
    let toggle_label = move || match active() {
        0 => t.filters_toggle.to_string(),
        n => format!("{} {}", t.filters_toggle, crate::i18n::fill(t.filters_active, &[("n", &n.to_string())])),
    };
    view! {
        <form class="filters" class:filters-open=move || open.get() role="search" aria-label=t.filters_label on:submit=|ev| ev.prevent_default()>
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
            <button type="button" class="filters-toggle live-only" aria-controls="saringan-lain"
                aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)
                data-testid="filters-toggle">{toggle_label}</button>
            <div class="filters-more" id="saringan-lain">
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
                        <option value=p.clone() selected>{crate::i18n::fill(t.filter_not_in_data, &[("value", &p)])}</option>
                    })}
                </select>
            </div>
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
            <div class="field field-check">
                <input
                    id="ada-penghargaan"
                    type="checkbox"
                    prop:checked=move || url.with(|u| u.cities.has_award)
                    on:change:target=move |ev| on_award(ev.target().checked())
                />
                <label for="ada-penghargaan">{t.has_award_label}</label>
            </div>
            </div>
        </form>
    }
}
