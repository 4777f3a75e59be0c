//! Each view's title and description: the document title in the app, and the `<title>`, meta
//! description and link-preview tags of the pages written at build time. One function for both,
//! so a shared link previews what the page shows. Pure: no Leptos.

use crate::data::{Dataset, Figure};
use crate::i18n::people::holder_text;
use crate::i18n::{fill, fill_n, format, Lang};
use crate::query::awards::{timeline, AwardFilter};
use crate::query::coverage::coverage;
use crate::query::health::latest_breakdowns;
use crate::query::records::{latest_observation, leader};
use crate::query::totals::Province;
use crate::url::Page;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageMeta {
    /// The whole document title, "Kota Blitar — Koperasi Kota".
    pub title: String,
    /// One or two sentences with the view's real figures.
    pub description: String,
}

/// The title and description of `page` in `lang` (for the pages written at build time).
pub fn page_meta(data: &Dataset, page: &Page, lang: Lang) -> PageMeta {
    PageMeta { title: page_title(data, page, lang), description: description(data, page, lang) }
}

/// The document title, "Kota Blitar — Koperasi Kota" (the app sets it on every view change;
/// WCAG 2.4.2).
pub fn page_title(data: &Dataset, page: &Page, lang: Lang) -> String {
    let t = lang.strings();
    let title = match page {
        Page::Cities => return t.app_name.to_string(),
        Page::City(id) => data.city(id).map_or(t.not_found_title, |c| c.name.as_str()),
        Page::Province(slug) => {
            let name = Province::by_slug(slug).map(|p| fill(t.province_title, &[("province", p.name)]));
            return format!("{} — {}", name.as_deref().unwrap_or(t.not_found_title), t.app_name);
        }
        Page::Awards => t.awards_title,
        Page::Health => t.health_title,
        Page::Check => t.check_title,
        Page::Unknown(_) => t.not_found_title,
    };
    format!("{title} — {}", t.app_name)
}

/// One or two sentences with the view's real figures.
fn description(data: &Dataset, page: &Page, lang: Lang) -> String {
    let t = lang.strings();
    match page {
        Page::Cities => {
            let names: Vec<&str> = data.cities.iter().map(|c| c.name.as_str()).collect();
            let n = data.cities.len().to_string();
            fill_n(t.meta_home, data.cities.len(), &[("n", &n), ("names", &list(&names))])
        }
        Page::City(id) => match data.city(id) {
            Some(city) => {
                let figures = latest_observation(data, id).map_or_else(
                    || t.no_figures.to_string(),
                    |o| {
                        let part = |template: &str, f: &Option<Figure>| {
                            f.as_ref().map(|f| fill(template, &[("n", &format::figure(lang, f))]))
                        };
                        let parts: Vec<String> = [
                            part(t.meta_total, &o.total),
                            part(t.meta_active, &o.active),
                            part(t.meta_inactive, &o.inactive),
                        ]
                        .into_iter()
                        .flatten()
                        .collect();
                        format!("{} ({}).", parts.join(", "), format::as_of(lang, &o.as_of))
                    },
                );
                let leader =
                    leader(data, id).map(|(p, r)| format!(" {}.", holder_text(lang, p, r))).unwrap_or_default();
                let text =
                    fill(t.meta_city, &[("city", &city.name), ("province", &city.province), ("figures", &figures)]);
                format!("{text}{leader}")
            }
            None => fill(t.not_found_city, &[("id", id)]),
        },
        Page::Awards => {
            let groups = timeline(data, &AwardFilter::default());
            let n: usize = groups.iter().map(|g| g.awards.len()).sum();
            let years: Vec<i32> = groups.iter().map(|g| g.year).collect();
            let span = match (years.iter().min(), years.iter().max()) {
                (Some(a), Some(b)) if a != b => format!("{a}–{b}"),
                (Some(a), _) => a.to_string(),
                _ => String::new(),
            };
            fill(t.meta_awards, &[("n", &n.to_string()), ("years", &span)])
        }
        Page::Health => {
            let assessed = latest_breakdowns(data).len().to_string();
            let n = data.cities.len().to_string();
            fill(t.meta_health, &[("assessed", &assessed), ("n", &n)])
        }
        Page::Province(slug) => match Province::by_slug(slug).and_then(|p| coverage(data).province(p.name).cloned()) {
            Some(p) => fill(
                t.meta_province,
                &[("province", p.province), ("n", &p.covered.to_string()), ("total", &p.regencies.to_string())],
            ),
            None => fill(t.not_found_page, &[("page", slug)]),
        },
        Page::Check => t.check_intro.to_string(),
        Page::Unknown(page) => fill(t.not_found_page, &[("page", page)]),
    }
}

/// "A, B, C".
fn list(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{}, {last}", init.join(", ")),
    }
}
