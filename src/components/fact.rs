use leptos::prelude::*;

/// One labelled fact in a `<dl class="facts">`: the label as `<dt>`, the value as `<dd>`.
#[component]
pub fn Fact(label: &'static str, children: Children) -> impl IntoView {
    view! {
        <div class="fact">
            <dt>{label}</dt>
            <dd>{children()}</dd>
        </div>
    }
}
