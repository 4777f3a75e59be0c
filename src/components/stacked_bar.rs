use leptos::prelude::*;

use crate::chart::coord;
use crate::chart::stack::Segment;

/// One labelled part of a stacked bar.
#[derive(Debug, Clone, PartialEq)]
pub struct BarPart {
    pub label: String,
    /// The count as text ("19", "sekitar 160").
    pub count: String,
    /// Palette slot 1–5, or `None` for "not assessed / not reported".
    pub tone: Option<u8>,
    pub segment: Segment,
}

/// A 100% stacked bar in SVG with a legend that repeats every label, count and share, so
/// neither colour nor the picture alone carries the meaning.
#[component]
pub fn StackedBar(
    parts: Vec<BarPart>,
    /// The accessible name: what the bar shows, with all its numbers.
    #[prop(into)]
    name: String,
    #[prop(optional)] compact: bool,
) -> impl IntoView {
    let class_of = |tone: Option<u8>| tone.map_or_else(|| "tone-rest".to_string(), |t| format!("tone-{t}"));
    let pattern_of = |tone: Option<u8>| match tone {
        None => Some("url(#pat-rest)".to_string()),
        Some(t @ 2..=5) => Some(format!("url(#pat-{t})")),
        _ => None,
    };
    let rects = parts
        .iter()
        .filter(|p| p.segment.width > 0.0)
        .map(|p| {
            // Percentages, not a stretched viewBox, so the patterns keep their shape at any width.
            let (x, w) = (format!("{}%", coord(p.segment.start)), format!("{}%", coord(p.segment.width)));
            view! {
                <rect x=x.clone() y="0" width=w.clone() height="100%" class=class_of(p.tone)></rect>
                {pattern_of(p.tone).map(|fill| view! { <rect x=x y="0" width=w height="100%" fill=fill class="pattern-overlay"></rect> })}
            }
        })
        .collect_view();
    let legend = parts
        .iter()
        .map(|p| {
            // One text node: a card holds five of these, and every node is the browser's to
            // style and lay out again when a sort or a search brings the card into view.
            let text = format!("{} {} ({}%)", p.label, p.count, p.segment.percent);
            view! {
                <li>
                    <span class=format!("swatch {}", class_of(p.tone)) aria-hidden="true"></span>
                    {text}
                </li>
            }
        })
        .collect_view();
    view! {
        <figure class=if compact { "stacked-bar compact" } else { "stacked-bar" }>
            <svg role="img" aria-label=name class="bar-svg">
                {rects}
            </svg>
            <ul class="legend">{legend}</ul>
        </figure>
    }
}
