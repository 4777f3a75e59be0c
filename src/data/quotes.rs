//! Every sentence the dataset quotes, with its source: so that the quote check (`make
//! check-data`, the tests) can confirm each stands word for word in the source's local copy.

use super::model::{Dataset, Figure, Note};

/// One quoted sentence and where it is in the dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quoted {
    /// The record, e.g. `awards "malang-2024-pembina-koperasi-andalan"`.
    pub record: String,
    pub source: String,
    pub quote: String,
}

/// Every quote in `d`, in file order.
pub fn all_quotes(d: &Dataset) -> Vec<Quoted> {
    let mut out = Vec::new();
    let mut add = |collection: &str, id: &str, source: &str, quote: &str| {
        // A figure located on another's page has no quote.
        if quote.is_empty() {
            return;
        }
        out.push(Quoted {
            record: format!("{collection} \"{id}\""),
            source: source.to_owned(),
            quote: quote.to_owned(),
        });
    };
    for s in &d.sources {
        if let Some(q) = s.published.as_ref().and_then(|p| p.quote.as_deref()) {
            add("sources", &s.id, &s.id, q);
        }
        s.notes.iter().for_each(|n| note(&mut add, "sources", &s.id, &s.id, n));
    }
    for c in &d.cities {
        c.notes.iter().for_each(|n| note(&mut add, "cities", &c.id, "", n));
    }
    for o in &d.organisations {
        o.notes.iter().for_each(|n| note(&mut add, "organisations", &o.id, "", n));
    }
    for s in &d.health_scales {
        s.notes.iter().for_each(|n| note(&mut add, "health_scales", &s.id, "", n));
    }
    for p in &d.people {
        p.notes.iter().for_each(|n| note(&mut add, "people", &p.id, "", n));
        for r in &p.roles {
            r.quotes.iter().for_each(|q| add("people", &p.id, &r.source, q));
            if let Some(q) = r.as_of.quote.as_deref() {
                add("people", &p.id, &r.source, q);
            }
        }
    }
    for e in &d.events {
        e.quotes.iter().for_each(|q| add("events", &e.id, &e.source, q));
        if let Some(q) = e.date.quote.as_deref() {
            add("events", &e.id, &e.source, q);
        }
        e.notes.iter().for_each(|n| note(&mut add, "events", &e.id, &e.source, n));
    }
    for (o, collection) in
        d.observations.iter().map(|o| (o, "observations")).chain(d.totals.iter().map(|t| (t, "totals")))
    {
        for f in o.counts().into_iter().filter_map(|(_, f)| f.as_ref()) {
            add(collection, &o.id, &o.source, &f.quote);
        }
        if let Some(h) = &o.health {
            if let Some(a) = &h.assessed {
                add(collection, &o.id, &o.source, &a.quote);
            }
            h.counts.iter().for_each(|c| add(collection, &o.id, &o.source, &c.quote));
            h.shares.iter().for_each(|s| add(collection, &o.id, &o.source, &s.quote));
        }
        o.shares.iter().for_each(|s| add(collection, &o.id, &o.source, &s.quote));
        o.notes.iter().for_each(|n| note(&mut add, collection, &o.id, &o.source, n));
        if let Some(q) = o.as_of.quote.as_deref() {
            add(collection, &o.id, &o.source, q);
        }
    }
    for a in &d.awards {
        a.quotes.iter().for_each(|q| add("awards", &a.id, &a.source, q));
        a.notes.iter().for_each(|n| note(&mut add, "awards", &a.id, &a.source, n));
        if let Some(q) = a.date.quote.as_deref() {
            add("awards", &a.id, &a.source, q);
        }
    }
    for a in &d.activities {
        a.quotes.iter().for_each(|q| add("activities", &a.id, &a.source, q));
        if let Some(p) = &a.participants {
            add("activities", &a.id, &a.source, &p.quote);
        }
        for date in [&a.start, &a.end].into_iter().flatten() {
            if let Some(q) = date.quote.as_deref() {
                add("activities", &a.id, &a.source, q);
            }
        }
        a.notes.iter().for_each(|n| note(&mut add, "activities", &a.id, &a.source, n));
    }
    out
}

/// How many sentences the dataset locates on pages it does not copy (figures' and records'
/// locators), for `make check-data`'s summary.
pub fn located_count(d: &Dataset) -> usize {
    let figure = |f: &Option<Figure>| usize::from(f.as_ref().is_some_and(|f| f.locator.is_some()));
    let people: usize = d.people.iter().flat_map(|p| &p.roles).map(|r| r.locators.len()).sum();
    let events: usize = d.events.iter().map(|e| e.locators.len()).sum();
    let awards: usize = d.awards.iter().map(|a| a.locators.len()).sum();
    let activities: usize = d.activities.iter().map(|a| a.locators.len() + figure(&a.participants)).sum();
    let observations: usize = d
        .observations
        .iter()
        .chain(&d.totals)
        .map(|o| {
            let counts = o.counts().into_iter().map(|(_, f)| figure(f)).sum::<usize>();
            let health = o.health.as_ref().map_or(0, |h| {
                figure(&h.assessed)
                    + h.counts.iter().filter(|c| c.locator.is_some()).count()
                    + h.shares.iter().filter(|s| s.locator.is_some()).count()
            });
            counts + health + o.shares.iter().filter(|s| s.locator.is_some()).count()
        })
        .sum();
    people + events + awards + activities + observations
}

/// A note's quote, from the note's own source or else the record's.
fn note(add: &mut impl FnMut(&str, &str, &str, &str), collection: &str, id: &str, source: &str, n: &Note) {
    if let Some(q) = &n.quote {
        add(collection, id, n.source.as_deref().unwrap_or(source), q);
    }
}

/// The text with every run of whitespace as one space, so that line breaks in a copy do not
/// hide a quote.
pub fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What the quote check found: how many quotes it checked, how many it could not (their
/// source has no local copy), and the problems as sentences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteCheck {
    pub checked: usize,
    pub unchecked: usize,
    pub problems: Vec<String>,
}

/// The quotes that do not stand word for word in their source's local copy. `read` returns a
/// source's local copy by file name; sources without one (or whose copy cannot be read, reported
/// by `read`'s error) are not checked, and counted as such.
pub fn check_quotes(d: &Dataset, read: impl Fn(&str) -> Result<String, String>) -> QuoteCheck {
    let mut texts: Vec<(&str, Result<String, String>)> = Vec::new();
    for s in &d.sources {
        if let Some(file) = &s.local_copy {
            texts.push((s.id.as_str(), read(file).map(|t| normalise(&t))));
        }
    }
    let (mut checked, mut unchecked) = (0, 0);
    let mut problems: Vec<String> =
        texts.iter().filter_map(|(id, t)| t.as_ref().err().map(|e| format!("sources \"{id}\": {e}"))).collect();
    for q in all_quotes(d) {
        let Some((_, Ok(text))) = texts.iter().find(|(id, _)| *id == q.source) else {
            unchecked += 1;
            continue;
        };
        checked += 1;
        if !text.contains(&normalise(&q.quote)) {
            problems
                .push(format!("{}: quote not found word for word in source \"{}\": {}", q.record, q.source, q.quote));
        }
    }
    QuoteCheck { checked, unchecked, problems }
}
