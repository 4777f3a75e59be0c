use leptos::prelude::*;

use super::status_label;
use crate::chart::axis::{group_labels, text_width};
use crate::chart::coord;
use crate::chart::grouped::{grouped, GroupedLayout, MARGIN_LEFT};
use crate::data::{Figure, Observation};
use crate::i18n::{fill, format, Lang};
use crate::query::status::Status;
use crate::state::use_lang;

const WIDTH: f64 = 420.0;
const HEIGHT: f64 = 220.0;
/// The labels' size in the chart's units (`.chart-svg text` in main.css: 11px, which inside
/// the SVG is 11 units of its viewBox).
const LABEL_FONT: f64 = 11.0;

/// The bars drawn per observation, in order.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Series {
    Total,
    Active,
    Inactive,
}

const SERIES: [Series; 3] = [Series::Total, Series::Active, Series::Inactive];

impl Series {
    fn figure(self, o: &Observation) -> &Option<Figure> {
        match self {
            Self::Total => &o.total,
            Self::Active => &o.active,
            Self::Inactive => &o.inactive,
        }
    }

    fn label(self, lang: Lang) -> &'static str {
        match self {
            Self::Total => lang.strings().total_label,
            Self::Active => status_label(lang, Status::Active),
            Self::Inactive => status_label(lang, Status::Inactive),
        }
    }

    fn class(self) -> &'static str {
        match self {
            Self::Total => "series-total",
            Self::Active => "series-active",
            Self::Inactive => "series-inactive",
        }
    }
}

/// Grouped bars of total, active and inactive per observation date. Figures not reported are
/// gaps, approximate ones have a dashed outline and "sekitar" in their label; the accessible
/// name states every number (the table below repeats them).
#[component]
pub fn CountsChart(#[prop(into)] city: String, observations: Vec<Observation>) -> impl IntoView {
    let lang = use_lang();
    let t = lang.strings();
    let groups: Vec<Vec<Option<f64>>> = observations
        .iter()
        .map(|o| SERIES.iter().map(|&s| s.figure(o).as_ref().map(|f| f.value as f64)).collect())
        .collect();
    let layout = grouped(&groups, SERIES.len(), WIDTH, HEIGHT);
    let name = accessible_name(lang, &city, &observations);
    let legend = SERIES
        .iter()
        .map(|&s| view! { <li><span class=format!("swatch {}", s.class()) aria-hidden="true"></span>{s.label(lang)}</li> })
        .collect_view();
    let has_approx =
        observations.iter().any(|o| SERIES.iter().any(|&s| s.figure(o).as_ref().is_some_and(|f| f.approximate)));
    view! {
        <figure class="counts-chart" data-testid="counts-chart">
            <svg role="img" aria-label=name viewBox=format!("0 0 {} {}", coord(WIDTH), coord(HEIGHT)) class="chart-svg">
                {ticks(lang, &layout)}
                {bars(lang, &layout, &observations)}
                <line x1=coord(MARGIN_LEFT) x2=coord(WIDTH) y1=coord(layout.baseline) y2=coord(layout.baseline) class="axis-line"></line>
                {date_labels(lang, &layout, &observations)}
            </svg>
            <ul class="legend">{legend}</ul>
            {has_approx.then(|| view! { <p class="as-of">{t.approx_legend}</p> })}
        </figure>
    }
}

/// The chart's name for a screen reader: every figure of every date.
fn accessible_name(lang: Lang, city: &str, observations: &[Observation]) -> String {
    let t = lang.strings();
    let summary: Vec<String> = observations
        .iter()
        .map(|o| {
            let parts: Vec<String> = SERIES
                .iter()
                .map(|&s| {
                    let v = s.figure(o).as_ref().map_or(t.not_reported.to_string(), |f| format::figure(lang, f));
                    format!("{} {v}", s.label(lang))
                })
                .collect();
            format!("{}: {}", format::date_fact(lang, &o.as_of), parts.join(", "))
        })
        .collect();
    fill(t.counts_chart_name, &[("city", city), ("summary", &format!("{}.", summary.join("; ")))])
}

/// The bars, each with its figure above it when every figure fits.
fn bars(lang: Lang, layout: &GroupedLayout, observations: &[Observation]) -> impl IntoView {
    // The figures above the bars only if each reaches at most half a bar over its neighbours:
    // ten years of three bars leave too little room for a three-digit figure, which would be
    // drawn over the next bars. The table below gives every figure with its source.
    let values: Vec<String> = layout
        .bars
        .iter()
        .map(|b| {
            SERIES[b.series]
                .figure(&observations[b.group])
                .as_ref()
                .map(|f| format::figure(lang, f))
                .unwrap_or_default()
        })
        .collect();
    let values_fit = values.iter().all(|v| text_width(v, LABEL_FONT) <= 2.0 * layout.bar_slot);
    layout
        .bars
        .iter()
        .zip(values)
        .map(|(b, label)| {
            let s = SERIES[b.series];
            let approximate = s.figure(&observations[b.group]).as_ref().is_some_and(|f| f.approximate);
            let class = format!("{}{}", s.class(), if approximate { " approx" } else { "" });
            // Inactive bars are hatched as in the stacked bars, so colour is not the only cue.
            let hatch = (s == Series::Inactive)
                .then(|| view! { <rect x=coord(b.x) y=coord(b.y) width=coord(b.width) height=coord(b.height) fill="url(#pat-4)"></rect> });
            view! {
                <rect x=coord(b.x) y=coord(b.y) width=coord(b.width) height=coord(b.height) class=class></rect>
                {hatch}
                {values_fit.then(|| view! {
                    <text x=coord(b.x + b.width / 2.0) y=coord(b.y - 4.0) class="bar-value" text-anchor="middle">{label}</text>
                })}
            }
        })
        .collect_view()
}

/// The value axis: a grid line and its number at each tick.
fn ticks(lang: Lang, layout: &GroupedLayout) -> impl IntoView {
    layout
        .ticks
        .iter()
        .map(|&(v, y)| {
            view! {
                <line x1=coord(MARGIN_LEFT) x2=coord(WIDTH) y1=coord(y) y2=coord(y) class="grid-line"></line>
                <text x=coord(MARGIN_LEFT - 6.0) y=coord(y + 4.0) class="tick" text-anchor="end">{format::number(lang, v as i64)}</text>
            }
        })
        .collect_view()
}

/// Each date under its group, as detailed as the room between the groups allows
/// (`chart::axis`).
fn date_labels(lang: Lang, layout: &GroupedLayout, observations: &[Observation]) -> impl IntoView {
    let forms: Vec<Vec<String>> = observations.iter().map(|o| format::date_forms(lang, &o.as_of)).collect();
    layout
        .group_centers
        .iter()
        .zip(group_labels(&forms, layout.group_width, LABEL_FONT))
        .filter_map(|(&x, label)| {
            let label = label?;
            Some(view! { <text x=coord(x) y=coord(HEIGHT - 14.0) class="group-label" text-anchor="middle">{label}</text> })
        })
        .collect_view()
}
