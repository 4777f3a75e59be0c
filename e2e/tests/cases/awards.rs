//! The award timeline ("Penghargaan").

use e2e::browser::R;
use e2e::{Case, Env};
use serde_json::{json, Value};

use super::{case, expect_all};

pub fn cases() -> Vec<Case> {
    vec![case!(the_timeline_lists_the_three_awards_by_year_with_givers), case!(timeline_filters_live_in_the_url)]
}

async fn years(env: &Env) -> R<Value> {
    env.page
        .js("return [...document.querySelectorAll('[data-testid=timeline-year] > h2')].map(h => h.innerText);", vec![])
        .await
}

async fn year_text(env: &Env, year: &str) -> R<String> {
    let v = env
        .page
        .js("return [...document.querySelectorAll('[data-testid=timeline-year]')].find(y => y.querySelector('h2').innerText === arguments[0])?.innerText || '';", vec![json!(year)])
        .await?;
    Ok(v.as_str().unwrap_or_default().to_string())
}

async fn the_timeline_lists_the_three_awards_by_year_with_givers(env: &Env) -> R {
    env.page.open("?halaman=penghargaan").await?;
    env.page
        .wait_js("three years", "return document.querySelectorAll('[data-testid=timeline-year]').length === 3;", vec![])
        .await?;
    let y = years(env).await?;
    if y != json!(["2022", "2023", "2024"]) {
        return Err(format!("years in order: {y}"));
    }
    expect_all(
        &year_text(env, "2022").await?,
        "2022",
        &[
            "Penggerak Koperasi Terbaik",
            "Kota Blitar",
            "Santoso (Wali Kota Blitar)",
            "Dekopin (Dewan Koperasi Indonesia)",
            "Hari Koperasi Nasional ke-75",
            "14 Juli 2022",
            "tanggal pasti",
            "Sri Untari",
        ],
    )?;
    expect_all(
        &year_text(env, "2023").await?,
        "2023",
        &[
            "Kota Probolinggo",
            "Penghargaan (nama tidak disebut)",
            "drg Ninik Ira Wibawati (Sekretaris Daerah Kota Probolinggo), mewakili Wali Kota Probolinggo",
            "Pemberi tidak disebut di sumber",
            "hanya tahun diketahui",
        ],
    )?;
    expect_all(
        &year_text(env, "2024").await?,
        "2024",
        &[
            "Pembina Koperasi Andalan",
            "Kota Malang",
            "Wahyu Hidayat",
            "Dekopin (Dewan Koperasi Indonesia)",
            "KemenKopUKM",
            "Hari Koperasi Indonesia ke-77",
            "12 Juli 2024",
        ],
    )?;
    // Each award links to its city page.
    env.page.button("Kota Malang").await?.click().await.map_err(|e| e.to_string())?;
    env.page.wait_heading("Kota Malang").await.map(drop)
}

async fn timeline_filters_live_in_the_url(env: &Env) -> R {
    env.page.open("?halaman=penghargaan").await?;
    env.page
        .wait_js(
            "the timeline",
            "return document.querySelectorAll('[data-testid=timeline-year]').length === 3;",
            vec![],
        )
        .await?;
    env.page.control("Pemberi").await?.select_by_value("dekopin").await.map_err(|e| e.to_string())?;
    env.page
        .wait_js("two years", "return document.querySelectorAll('[data-testid=timeline-year]').length === 2;", vec![])
        .await?;
    if years(env).await? != json!(["2022", "2024"]) {
        return Err(format!("Dekopin years: {}", years(env).await?));
    }
    env.page.control("Tahun").await?.select_by_value("2024").await.map_err(|e| e.to_string())?;
    env.page
        .wait_js("one year", "return document.querySelectorAll('[data-testid=timeline-year]').length === 1;", vec![])
        .await?;
    env.page.wait_query("halaman=penghargaan&pemberi=dekopin&tahun=2024", true).await?;
    env.page.client.refresh().await.map_err(|e| e.to_string())?;
    env.page
        .wait_js(
            "one year after reload",
            "return document.querySelectorAll('[data-testid=timeline-year]').length === 1;",
            vec![],
        )
        .await?;
    if years(env).await? != json!(["2024"]) {
        return Err(format!("after reload: {}", years(env).await?));
    }
    env.page.open("?halaman=penghargaan&pemberi=tidak-disebut").await?;
    env.page
        .wait_js(
            "the unnamed giver's award",
            "return document.querySelectorAll('[data-testid=award]').length === 1;",
            vec![],
        )
        .await?;
    env.page.open("?halaman=penghargaan&tahun=2020").await?;
    env.page.wait_text("Tidak ada penghargaan untuk saringan ini.").await
}
