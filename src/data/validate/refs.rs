//! References between records, and the records that stand for something outside the file:
//! sources (their links) and cities (the official list of regions).

use super::{Rec, Validator};
use crate::data::regions;
use crate::data::{City, Party, Source};

impl Validator<'_> {
    fn known<'i>(&mut self, rec: &Rec, field: &str, id: &str, what: &str, mut ids: impl Iterator<Item = &'i str>) {
        if !ids.any(|x| x == id) {
            self.push(rec, field, format!("unknown {what} \"{id}\": add it to the {what} list or fix the id"));
        }
    }
    pub(super) fn city_ref(&mut self, rec: &Rec, field: &str, id: &str) {
        self.known(rec, field, id, "city", self.data.cities.iter().map(|c| c.id.as_str()));
    }
    pub(super) fn source_ref(&mut self, rec: &Rec, field: &str, id: &str) {
        self.known(rec, field, id, "source", self.data.sources.iter().map(|c| c.id.as_str()));
    }
    pub(super) fn person_ref(&mut self, rec: &Rec, field: &str, id: &str) {
        self.known(rec, field, id, "person", self.data.people.iter().map(|c| c.id.as_str()));
    }
    pub(super) fn org_ref(&mut self, rec: &Rec, field: &str, id: &str) {
        self.known(rec, field, id, "organisation", self.data.organisations.iter().map(|c| c.id.as_str()));
    }
    pub(super) fn event_ref(&mut self, rec: &Rec, field: &str, id: &str) {
        self.known(rec, field, id, "event", self.data.events.iter().map(|c| c.id.as_str()));
    }
    pub(super) fn party_ref(&mut self, rec: &Rec, field: &str, party: &Party) {
        match party {
            Party::Person(id) => self.person_ref(rec, &format!("{field}.person"), id),
            Party::Organisation(id) => self.org_ref(rec, &format!("{field}.organisation"), id),
        }
    }

    pub(super) fn source(&mut self, rec: &Rec, s: &Source) {
        if let Some(p) = &s.published {
            self.date_fact(rec, "published", p);
        }
        if let Some(r) = &s.retrieved {
            self.date(rec, "retrieved", r);
        }
        if let Some(url) = &s.url {
            if let Err(why) = check_url(url) {
                self.push(rec, "url", format!("\"{url}\" cannot be linked: {why}"));
            }
        }
        self.notes(rec, &s.notes, Some(&s.id));
        if let Some(file) = &s.local_copy {
            let plain = !file.is_empty()
                && !file.starts_with('.')
                && !file.contains(['/', '\\'])
                && file.chars().all(|c| !c.is_control());
            if !plain {
                self.push(
                    rec,
                    "local_copy",
                    format!("\"{file}\" must be a plain file name (no folders), e.g. 003_abc.txt"),
                );
            }
        }
    }

    /// The code must be a kabupaten/kota of the official list, and name, kind and province must
    /// be what the list says for it.
    pub(super) fn city(&mut self, rec: &Rec, c: &City) {
        let Some(official) = regions::regency(&c.code) else {
            let hint =
                regions::regency_named(&c.name).map(|r| format!(" ({} is {})", r.name, r.code)).unwrap_or_default();
            self.push(
                rec,
                "code",
                format!(
                    "\"{}\" is not a kabupaten/kota code in the official list (kode wilayah, e.g. 35.72){hint}",
                    c.code
                ),
            );
            return;
        };
        if c.name != official.name {
            self.push(
                rec,
                "name",
                format!("code {} is \"{}\" in the official list, not \"{}\"", c.code, official.name, c.name),
            );
        }
        if c.kind != official.kind {
            self.push(rec, "kind", format!("{} is a {}, not a {}", official.name, official.kind.key(), c.kind.key()));
        }
        if c.province != official.province {
            self.push(
                rec,
                "province",
                format!(
                    "{} is in {} (code {}), not \"{}\"",
                    official.name,
                    official.province,
                    official.code.split('.').next().unwrap_or_default(),
                    c.province
                ),
            );
        }
    }
}

/// A link from the data is rendered only if it is a plain `http:`/`https:` address.
pub fn check_url(url: &str) -> Result<(), &'static str> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or("only http:// and https:// addresses are allowed")?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if host.is_empty() {
        return Err("the address has no host name");
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err("the address contains spaces or control characters");
    }
    Ok(())
}
