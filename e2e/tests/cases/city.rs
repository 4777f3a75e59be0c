//! City pages: every seed figure, person, award and source per city; navigation and reloads.

use e2e::browser::R;
use e2e::{Case, Env};
use serde_json::json;

use super::{case, expect_all};

pub fn cases() -> Vec<Case> {
    vec![
        case!(each_city_page_shows_its_seed_facts_and_survives_a_reload),
        case!(approximate_figures_are_never_shown_as_exact),
        case!(cards_link_to_city_pages_and_back_and_forward_work),
        case!(a_number_on_the_city_page_opens_onto_its_sentence),
        case!(the_counts_chart_states_its_numbers_and_has_a_table),
        case!(an_unknown_city_says_so),
    ]
}

const CITIES: [(&str, &str, &[&str]); 4] = [
    (
        "kota-blitar",
        "Kota Blitar",
        &[
            "Santoso, Wali Kota Blitar",
            "341",
            "255",
            "86",
            "280",
            "35",
            "Juari SH Msi",
            "Sri Untari",
            "Penggerak Koperasi Terbaik",
            "Dekopin",
            "Hari Koperasi Nasional ke-75",
            "Denpasar, Bali",
            "14 Juli 2022",
            "23 September 2019",
            "25 September 2019",
            "3 hari",
            "Kerajinan batok kelapa",
            "Manajemen syariah",
            "Program RT Keren",
            "SINDOnews.com",
            "Sisanya sedang dalam proses pembubaran",
        ],
    ),
    (
        "kota-probolinggo",
        "Kota Probolinggo",
        &[
            "Wali Kota Probolinggo",
            "nama tidak disebut",
            "sekitar 160",
            "sekitar 10",
            "Koperasi Pondok Pesantren (Kopontren)",
            "drg Ninik Ira Wibawati",
            "mewakili Wali Kota Probolinggo",
            "Muh. Sulhan",
            "Asmari",
            "Pondok Pesantren Azidan Barokatu Zainil Hasan",
            "Mambaul Ulum",
            "Riyadlus Sholihin",
            "Koperasi Pegawai Negeri Sejahtera",
            "2023 (paling lambat 24 Juli 2023)",
            "Penerbit tidak disebut di teks",
            "Sumber Wetan",
        ],
    ),
    (
        "kota-malang",
        "Kota Malang",
        &[
            "Wahyu Hidayat, Pj Wali Kota Malang",
            "624",
            "31 Desember 2023",
            "Pembina Koperasi Andalan",
            "Dekopin",
            "KemenKopUKM",
            "Peringatan Hari Koperasi Indonesia ke-77",
            "12 Juli 2024",
            "blok-a.com",
            "Workshop Perkoperasian bagi Masyarakat Milenial",
            "Pembina Koperasi Terbaik",
        ],
    ),
    (
        "kota-mojokerto",
        "Kota Mojokerto",
        &[
            "Ika Puspitasari, Wali Kota Mojokerto",
            "192",
            "Sehat",
            "19",
            "Cukup Sehat",
            "68",
            "Dalam Pengawasan",
            "32",
            "Dalam Pengawasan Khusus",
            "45",
            "Tidak dinilai / tidak dilaporkan",
            "28",
            "Ani Wijaya",
            "Bimtek Akuntabilitas Koperasi",
            "60 orang",
            "2 hari",
            "12 Juli 2022",
            "transversalmedia",
            "Program pemulihan ekonomi 4P",
        ],
    ),
];

async fn each_city_page_shows_its_seed_facts_and_survives_a_reload(env: &Env) -> R {
    for (id, name, wanted) in CITIES {
        env.page.open(&format!("?kota={id}")).await?;
        env.page.wait_heading(name).await?;
        expect_all(&env.page.main_text().await?, name, wanted)?;
        env.page.client.refresh().await.map_err(|e| e.to_string())?;
        env.page.wait_heading(name).await?;
        let title = env.page.client.title().await.map_err(|e| e.to_string())?;
        if !title.starts_with(name) {
            return Err(format!("the document title of {name} is {title:?}"));
        }
    }
    Ok(())
}

async fn approximate_figures_are_never_shown_as_exact(env: &Env) -> R {
    env.page.open("?kota=kota-probolinggo").await?;
    env.page.wait_text("sekitar 160").await?;
    let text = env.page.main_text().await?;
    let folded = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let bare = folded.matches("160").count() - folded.matches("sekitar 160").count() - folded.matches("160-an").count();
    if bare != 0 {
        return Err(format!("\"160\" appears {bare} time(s) without \"sekitar\":\n{folded}"));
    }
    Ok(())
}

async fn cards_link_to_city_pages_and_back_and_forward_work(env: &Env) -> R {
    env.page.open("").await?;
    env.page.wait_cards(&["Kota Blitar", "Kota Malang", "Kota Mojokerto", "Kota Probolinggo"]).await?;
    env.page.button("Kota Blitar").await?.click().await.map_err(|e| e.to_string())?;
    env.page.wait_heading("Kota Blitar").await?;
    let url = env.page.client.current_url().await.map_err(|e| e.to_string())?;
    if url.path() != "/kota/kota-blitar/" {
        return Err(format!("the city page URL is {url}"));
    }
    // Focus moves to the new content, as on a full page load.
    env.page.wait_js("focus on main", "return document.activeElement?.id === 'main';", vec![]).await?;
    env.page.client.back().await.map_err(|e| e.to_string())?;
    env.page.wait_cards(&["Kota Blitar", "Kota Malang", "Kota Mojokerto", "Kota Probolinggo"]).await?;
    env.page.client.forward().await.map_err(|e| e.to_string())?;
    env.page.wait_heading("Kota Blitar").await?;
    // The main navigation.
    env.page.button("Penghargaan").await?.click().await.map_err(|e| e.to_string())?;
    env.page.wait_heading("Penghargaan").await?;
    env.page.button("Kesehatan").await?.click().await.map_err(|e| e.to_string())?;
    env.page.wait_heading("Kesehatan koperasi").await?;
    let current = env.page.js("return document.querySelector('nav a[aria-current=page]')?.innerText;", vec![]).await?;
    if current != json!("Kesehatan") {
        return Err(format!("the current nav item is {current}"));
    }
    env.page.client.back().await.map_err(|e| e.to_string())?;
    env.page.wait_heading("Penghargaan").await?;
    Ok(())
}

async fn a_number_on_the_city_page_opens_onto_its_sentence(env: &Env) -> R {
    env.page.open("?kota=kota-blitar").await?;
    env.page.wait_text("341").await?;
    let summary = env
        .page
        .client
        .find(fantoccini::Locator::XPath(
            "//table[@data-testid='counts-table']//*[self::summary or self::button][.//*[normalize-space(.)='341']]",
        ))
        .await
        .map_err(|e| format!("no disclosure on 341 in the table: {e}"))?;
    summary.click().await.map_err(|e| e.to_string())?;
    let shown = env
        .page
        .wait_js("the quote", "const b = [...document.querySelectorAll('.cited:is([open], :has(> [aria-expanded=true])) > .cited-body')].find(b => b.offsetParent !== null); return b && b.innerText;", vec![])
        .await?;
    let shown = shown.as_str().unwrap_or_default();
    expect_all(
        shown,
        "the 341 disclosure",
        &[
            "jumlah koperasi di Kota Blitar sebanyak 341 koperasi",
            "SINDOnews.com",
            "25 September 2019",
            "004_90f08064151dda7d",
        ],
    )
}

async fn the_counts_chart_states_its_numbers_and_has_a_table(env: &Env) -> R {
    env.page.open("?kota=kota-blitar").await?;
    let name = env
        .page
        .wait_js(
            "the chart",
            "return document.querySelector('[data-testid=counts-chart] svg[role=img]')?.getAttribute('aria-label');",
            vec![],
        )
        .await?;
    expect_all(
        name.as_str().unwrap_or_default(),
        "the chart's name",
        &[
            "Kota Blitar",
            "25 September 2019",
            "Jumlah koperasi 341",
            "Aktif 255",
            "Tidak aktif 86",
            "15 Juli 2022",
            "Aktif tidak dilaporkan",
        ],
    )?;
    let bars = env
        .page
        .js("return document.querySelectorAll('[data-testid=counts-chart] rect[class^=series-]').length;", vec![])
        .await?;
    if bars != json!(5) {
        return Err(format!("expected 5 bars (the unreported 2022 active count is a gap), got {bars}"));
    }
    let rows =
        env.page.js("return document.querySelectorAll('[data-testid=counts-table] tbody tr').length;", vec![]).await?;
    if rows != json!(2) {
        return Err(format!("expected 2 table rows, got {rows}"));
    }
    Ok(())
}

async fn an_unknown_city_says_so(env: &Env) -> R {
    env.page.open("?kota=kota-atlantis").await?;
    env.page.wait_text("Tidak ada kota dengan kode \"kota-atlantis\"").await?;
    env.page.button("Kembali ke daftar kota").await?.click().await.map_err(|e| e.to_string())?;
    env.page.wait_cards(&["Kota Blitar", "Kota Malang", "Kota Mojokerto", "Kota Probolinggo"]).await
}
