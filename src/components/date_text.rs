use leptos::prelude::*;

use super::Disclosure;
use crate::data::DateFact;
use crate::i18n::format;
use crate::state::use_lang;

/// A date as precisely as it is known ("2023 (paling lambat 24 Juli 2023)"), how precisely, and
/// how it was derived from the text, one action away.
#[component]
pub fn DateText(fact: DateFact) -> impl IntoView {
    let lang = use_lang();
    let t = lang.strings();
    let text = format::date_fact(lang, &fact);
    let precision = format::precision(lang, &fact);
    view! {
        <span class="date-text">
            {match fact.derivation {
                Some(how) => view! {
                    <Disclosure text hint=t.derivation_label>
                        <p><strong>{t.derivation_label}": "</strong>{how.clone()}</p>
                    </Disclosure>
                }.into_any(),
                None => view! { <span>{text}</span> }.into_any(),
            }}
            " "
            <span class="precision">"("{precision}")"</span>
        </span>
    }
}
