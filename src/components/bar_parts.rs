//! Turns status splits and health breakdowns into labelled bar parts and an accessible name
//! that states every number, in the interface language.

use super::BarPart;
use crate::data::Observation;
use crate::i18n::{fill, format, Lang};
use crate::query::health::{Breakdown, Rest};
use crate::query::status::{status_split, Status};

pub fn status_label(lang: Lang, s: Status) -> &'static str {
    let t = lang.strings();
    match s {
        Status::Active => t.active_label,
        Status::Inactive => t.inactive_label,
        Status::Dissolving => t.dissolving_label,
        Status::Unreported => t.other_status,
    }
}

/// The active/inactive bar of an observation, with its accessible name.
pub fn status_bar(lang: Lang, city: &str, o: &Observation) -> Option<(Vec<BarPart>, String)> {
    let parts: Vec<BarPart> = status_split(o)?
        .into_iter()
        .map(|p| BarPart {
            label: status_label(lang, p.status).to_string(),
            count: format::count(lang, p.count, p.approximate),
            tone: p.status.tone(),
            segment: p.segment,
        })
        .collect();
    let name = bar_name(lang, lang.strings().bar_activity_name, city, o, &parts);
    Some((parts, name))
}

/// The health bar of a breakdown (categories in scale order, then the unassessed rest).
pub fn health_bar(lang: Lang, city: &str, b: &Breakdown) -> (Vec<BarPart>, String) {
    let t = lang.strings();
    let parts: Vec<BarPart> = b
        .parts
        .iter()
        .zip(&b.segments)
        .map(|(p, seg)| BarPart {
            label: match (p.category, p.rest) {
                (Some(c), _) => lang.pick(&c.labels),
                (None, Rest::Unknown) => t.unassessed,
                (None, Rest::Uncategorised) => t.health_uncategorised,
                (None, Rest::NotAssessed) => t.health_not_assessed,
            }
            .to_string(),
            count: format::count(lang, p.count, p.approximate),
            tone: p.category.map(|c| c.tone),
            segment: seg.clone(),
        })
        .collect();
    let name = bar_name(lang, t.bar_health_name, city, b.observation, &parts);
    (parts, name)
}

fn bar_name(lang: Lang, template: &str, city: &str, o: &Observation, parts: &[BarPart]) -> String {
    let list: Vec<String> = parts.iter().map(|p| format!("{} {} ({}%)", p.label, p.count, p.segment.percent)).collect();
    let date = format::date_fact(lang, &o.as_of);
    fill(template, &[("city", city), ("date", &date), ("parts", &list.join(", "))])
}
