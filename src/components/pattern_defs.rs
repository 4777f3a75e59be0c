use leptos::prelude::*;

/// SVG patterns shared by every chart, defined once per page so that ids stay unique.
/// Patterns let the categories be told apart without colour (WCAG 1.4.1).
#[component]
pub fn PatternDefs() -> impl IntoView {
    view! {
        <svg class="pattern-defs" width="0" height="0" aria-hidden="true" focusable="false">
            <defs>
                <pattern id="pat-2" width="4" height="4" patternUnits="userSpaceOnUse">
                    <circle cx="2" cy="2" r="0.9" class="pattern-ink"></circle>
                </pattern>
                <pattern id="pat-3" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <rect width="1.2" height="4" class="pattern-ink"></rect>
                </pattern>
                <pattern id="pat-4" width="4" height="4" patternUnits="userSpaceOnUse">
                    <path d="M0 0L4 4M4 0L0 4" class="pattern-stroke"></path>
                </pattern>
                <pattern id="pat-5" width="3" height="3" patternUnits="userSpaceOnUse">
                    <rect width="3" height="1" class="pattern-ink"></rect>
                </pattern>
                <pattern id="pat-rest" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
                    <rect width="1.5" height="5" class="pattern-ink"></rect>
                </pattern>
            </defs>
        </svg>
    }
}
