//! A synthetic dataset at national scale, for benchmarks (`make bench`): the real 514
//! kabupaten/kota and 38 provinces with their codes (the official region table), with made-up
//! figures — yearly observations with health breakdowns, awards, trainings, a leader per city
//! and one source per record group. Deterministic for a seed, in the real schema, and marked
//! fictional and synthetic in its metadata (so every page says so). Nothing in it is a real
//! figure, name or link: sources have no URL, people are "Kepala daerah <city>".

use koperasi_kota::data::regions;
use koperasi_kota::data::CityKind;
use serde_json::{json, Value};

/// How many yearly observations each city gets (the last `YEARS` years up to 2025).
pub const YEARS: i32 = 10;

/// splitmix64: small, fast and the same on every machine; the benchmark's data must not
/// depend on a crate's version of "random".
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % (hi - lo + 1) as u64) as i64
    }
}

/// An id from a name: "Kota Blitar" → "kota-blitar" (letters and digits joined by `-`).
fn slug(name: &str) -> String {
    let lower: String =
        name.to_ascii_lowercase().chars().map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' }).collect();
    lower.split_whitespace().collect::<Vec<_>>().join("-")
}

/// The synthetic dataset for `seed`, with the first `cities` of the official list (all 514 by
/// default).
pub fn synthetic(seed: u64, cities: usize) -> Value {
    let mut rng = Rng(seed);
    let mut out = Out::default();
    for (i, r) in regions::regencies().iter().take(cities).enumerate() {
        let id = slug(r.name);
        out.cities
            .push(json!({ "id": id, "code": r.code, "name": r.name, "kind": kind(r.kind), "province": r.province }));
        city_records(&mut rng, &mut out, i, &id, r.name, r.kind);
    }
    json!({
        "schema_version": 2,
        "dataset": {
            "title": format!("DATA SINTETIS — {} kabupaten/kota untuk pengukuran kinerja (seed {seed})", out.cities.len()),
            "version": format!("synthetic-{seed}"),
            "updated": "2026-01-01",
            "note": "Dibuat oleh `data-tool synth` (make bench). Wilayah dan kodenya resmi; semua angka, nama, penghargaan dan sumber dikarang.",
            "fictional": true
        },
        "health_scales": [{
            "id": "empat-kategori",
            "labels": { "id": "Skala Kemenkop (4 kategori)", "en": "Ministry scale (4 categories)" },
            "categories": [
                { "id": "sehat", "labels": { "id": "Sehat", "en": "Healthy" }, "tone": 1 },
                { "id": "cukup-sehat", "labels": { "id": "Cukup Sehat", "en": "Fairly healthy" }, "tone": 2 },
                { "id": "dalam-pengawasan", "labels": { "id": "Dalam Pengawasan", "en": "Under supervision" }, "tone": 3 },
                { "id": "dalam-pengawasan-khusus", "labels": { "id": "Dalam Pengawasan Khusus", "en": "Under special supervision" }, "tone": 4 }
            ]
        }],
        "sources": out.sources,
        "organisations": [
            { "id": "dekopin", "name": "Dewan Koperasi Indonesia", "short": "Dekopin" },
            { "id": "kemenkop", "name": "Kementerian Koperasi dan UKM", "short": "Kemenkop UKM" }
        ],
        "cities": out.cities,
        "people": out.people,
        "observations": out.observations,
        "awards": out.awards,
        "activities": out.activities
    })
}

#[derive(Default)]
struct Out {
    sources: Vec<Value>,
    cities: Vec<Value>,
    people: Vec<Value>,
    observations: Vec<Value>,
    awards: Vec<Value>,
    activities: Vec<Value>,
}

fn kind(k: CityKind) -> &'static str {
    match k {
        CityKind::Kota => "kota",
        CityKind::Kabupaten => "kabupaten",
    }
}

/// One city's records: a source and an observation per year (health from the third year on),
/// a leader, about four awards and two trainings.
fn city_records(rng: &mut Rng, out: &mut Out, index: usize, id: &str, name: &str, kind: CityKind) {
    let source = |year: i32| format!("synth-{index}-{year}");
    let mut total = rng.range(40, 1500);
    let first = 2026 - YEARS;
    for year in first..2026 {
        let date = format!("{year}-{:02}-{:02}", rng.range(1, 12), rng.range(1, 28));
        out.sources.push(json!({
            "id": source(year), "kind": "news", "publisher": format!("Warta Sintetis {}", index % 40 + 1),
            "headline": format!("Koperasi di {name} tahun {year} (sintetis)"),
            "published": { "value": date }
        }));
        total = (total + rng.range(-40, 60)).max(10);
        let active = total * rng.range(55, 90) / 100;
        let sentence =
            format!("Data sintetis: {name} mencatat {total} koperasi pada {year}, {active} di antaranya aktif.");
        let mut observation = json!({
            "id": format!("{id}-{year}"), "city": id, "source": source(year), "as_of": { "value": date },
            "total": { "value": total, "quote": sentence }, "active": { "value": active, "quote": sentence },
            "inactive": { "value": total - active, "quote": sentence }, "dissolving": null
        });
        if year >= first + 2 {
            let shares = [rng.range(10, 30), rng.range(20, 40), rng.range(5, 20), rng.range(2, 10)];
            let counts: Vec<i64> = shares.iter().map(|s| active * s / 100).collect();
            let health = format!(
                "Data sintetis: kesehatan koperasi {name} {year}: {} sehat, {} cukup sehat, {} dalam pengawasan, {} dalam pengawasan khusus.",
                counts[0], counts[1], counts[2], counts[3]
            );
            let categories = ["sehat", "cukup-sehat", "dalam-pengawasan", "dalam-pengawasan-khusus"];
            observation["health"] = json!({
                "scale": "empat-kategori",
                "counts": categories.iter().zip(&counts).map(|(c, v)| json!({ "category": c, "value": v, "quote": health })).collect::<Vec<_>>()
            });
        }
        out.observations.push(observation);
    }
    let title = match kind {
        CityKind::Kota => "Wali Kota",
        CityKind::Kabupaten => "Bupati",
    };
    let short = name.trim_start_matches("Kota ").trim_start_matches("Kabupaten ");
    let leader = format!("kepala-{id}");
    let role_quote = format!("Data sintetis: {title} {short} membuka acara koperasi.");
    out.people.push(json!({
        "id": leader, "name": format!("Kepala daerah {short} (sintetis)"),
        "roles": [{ "title": format!("{title} {short}"), "city": id, "leader": true,
                    "as_of": { "value": format!("{}", 2025) }, "source": source(2025), "quotes": [role_quote] }]
    }));
    for n in 0..rng.range(2, 6) {
        let year = rng.range(i64::from(first), 2025) as i32;
        let giver = if rng.range(0, 1) == 0 { "dekopin" } else { "kemenkop" };
        let quote =
            format!("Data sintetis: {name} menerima penghargaan koperasi nomor {} pada Hari Koperasi {year}.", n + 1);
        out.awards.push(json!({
            "id": format!("{id}-penghargaan-{n}"), "city": id, "title": format!("Penghargaan Koperasi Sintetis {}", n + 1),
            "giver": giver, "occasion": format!("Hari Koperasi {year}"), "date": { "value": format!("{year}-07-12") },
            "recipient": { "person": leader }, "recipient_role": format!("{title} {short}"),
            "source": source(year), "quotes": [quote]
        }));
    }
    for n in 0..2 {
        let year = rng.range(i64::from(first), 2025) as i32;
        let quote = format!("Data sintetis: pelatihan pengurus koperasi {name} tahun {year}.");
        out.activities.push(json!({
            "id": format!("{id}-pelatihan-{n}"), "city": id, "kind": "training",
            "title": format!("Pelatihan pengurus koperasi {} (sintetis)", n + 1),
            "start": { "value": format!("{year}-{:02}", rng.range(1, 12)) }, "end": null,
            "participants": { "value": rng.range(20, 200), "quote": quote }, "place": null,
            "topics": ["Manajemen koperasi"], "source": source(year), "quotes": [quote]
        }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_synthetic_dataset_is_valid_deterministic_and_national() {
        let value = synthetic(7, usize::MAX);
        let text = value.to_string();
        let data = koperasi_kota::data::parse_dataset("synth.json", &text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(data.cities.len(), 514);
        assert_eq!(data.observations.len(), 514 * YEARS as usize);
        assert!((1_500..=2_600).contains(&data.awards.len()), "{} awards", data.awards.len());
        assert_eq!(data.sources.len(), 5_140);
        assert!(data.dataset.fictional && data.dataset.title.contains("SINTETIS"));
        assert_eq!(text, synthetic(7, usize::MAX).to_string(), "the same seed, the same file");
        assert_ne!(text, synthetic(8, usize::MAX).to_string());
    }
}
