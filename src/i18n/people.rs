//! How people are named in the views: the name the source gives, or that it gives none.

use crate::data::{Award, Dataset, Party, Person, Role};
use crate::i18n::Lang;

/// "Santoso" or "(nama tidak disebut)".
pub fn display_name(lang: Lang, person: &Person) -> String {
    person.name.clone().unwrap_or_else(|| format!("({})", lang.strings().unnamed_person))
}

/// The display name of the person with `id` (the id itself if the dataset has no such person,
/// which validation rules out).
pub fn person_name(data: &Dataset, lang: Lang, id: &str) -> String {
    data.person(id).map_or_else(|| id.to_string(), |p| display_name(lang, p))
}

/// "Sri Untari (Ketua Umum Dekopin)": the name with the person's latest role.
pub fn person_with_role(data: &Dataset, lang: Lang, id: &str) -> String {
    let name = person_name(data, lang, id);
    match data.person(id).and_then(|p| p.roles.iter().max_by_key(|r| r.as_of.date())) {
        Some(role) => format!("{name} ({})", role.title),
        None => name,
    }
}

/// "Santoso, Wali Kota Blitar", or "Wali Kota Probolinggo (nama tidak disebut)" when the source
/// names only the office.
pub fn holder_text(lang: Lang, person: &Person, role: &Role) -> String {
    match &person.name {
        Some(name) => format!("{name}, {}", role.title),
        None => format!("{} ({})", role.title, lang.strings().unnamed_person),
    }
}

/// A person with their latest role, or an organisation by its full name.
pub fn party_text(data: &Dataset, lang: Lang, party: &Party) -> String {
    match party {
        Party::Person(id) => person_with_role(data, lang, id),
        Party::Organisation(id) => data.organisation(id).map_or_else(|| id.clone(), |o| o.name.clone()),
    }
}

/// The award's recipient with the office they held: "Santoso (Wali Kota Blitar)", "Wali Kota
/// Probolinggo (nama tidak disebut)", or an organisation ("Pemerintah Kota Blitar").
pub fn recipient_text(data: &Dataset, lang: Lang, award: &Award) -> String {
    let role = award.recipient_role.as_deref();
    match (&award.recipient, role) {
        (Party::Person(id), Some(role)) => match data.person(id).and_then(|p| p.name.clone()) {
            Some(name) => format!("{name} ({role})"),
            None => format!("{role} ({})", lang.strings().unnamed_person),
        },
        (Party::Person(id), None) => person_with_role(data, lang, id),
        (Party::Organisation(_), Some(role)) => format!("{} ({role})", party_text(data, lang, &award.recipient)),
        (Party::Organisation(_), None) => party_text(data, lang, &award.recipient),
    }
}
