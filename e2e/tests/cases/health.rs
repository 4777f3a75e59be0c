//! The health breakdowns ("Kesehatan").

use e2e::browser::R;
use e2e::{Case, Env};
use serde_json::json;

use super::{case, expect_all};

pub fn cases() -> Vec<Case> {
    vec![case!(the_health_page_shows_mojokerto_with_chart_name_and_table)]
}

async fn the_health_page_shows_mojokerto_with_chart_name_and_table(env: &Env) -> R {
    env.page.open("?halaman=kesehatan").await?;
    let name = env
        .page
        .wait_js(
            "the Mojokerto bar",
            "return document.querySelector('[data-testid=health-city] svg[role=img]')?.getAttribute('aria-label');",
            vec![],
        )
        .await?;
    expect_all(
        name.as_str().unwrap_or_default(),
        "the chart's name",
        &[
            "Kota Mojokerto",
            "12 Juli 2022",
            "Sehat 19 (10%)",
            "Cukup Sehat 68 (35%)",
            "Dalam Pengawasan 32 (17%)",
            "Dalam Pengawasan Khusus 45 (23%)",
            "Tidak dinilai / tidak dilaporkan 28 (15%)",
        ],
    )?;
    let rows = env
        .page
        .js("return [...document.querySelectorAll('[data-testid=health-table] tbody tr')].map(r => [...r.children].map(c => (c.querySelector('.cited-value') || c).innerText.trim()).join(' | '));", vec![])
        .await?;
    let expected = json!([
        "Sehat | 19 | 10%",
        "Cukup Sehat | 68 | 35%",
        "Dalam Pengawasan | 32 | 17%",
        "Dalam Pengawasan Khusus | 45 | 23%",
        "Tidak dinilai / tidak dilaporkan | 28 | 15%",
    ]);
    if rows != expected {
        return Err(format!("health table rows: {rows}"));
    }
    let caption =
        env.page.js("return document.querySelector('[data-testid=health-table] caption').textContent;", vec![]).await?;
    if caption != json!("Kesehatan koperasi Kota Mojokerto per 12 Juli 2022") {
        return Err(format!("caption: {caption}"));
    }
    let others = env.page.js("return [...document.querySelectorAll('[data-testid=health-unassessed]')].map(e => e.innerText).join('\\n');", vec![]).await?;
    expect_all(
        others.as_str().unwrap_or_default(),
        "cities without assessment",
        &[
            "Kota Blitar",
            "Tidak aktif 35",
            "Kota Malang",
            "Jumlah koperasi 624",
            "Kota Probolinggo",
            "Aktif sekitar 160",
        ],
    )
}
