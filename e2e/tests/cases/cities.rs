//! The home page: city cards, search, filters, sort, phone width, load errors.

use e2e::browser::R;
use e2e::{Case, Env};
use fantoccini::key::Key;
use serde_json::json;

use super::{case, expect_all};
use crate::{axe_check, open_framed, overflow, snap};

pub fn cases() -> Vec<Case> {
    vec![
        case!(cards_show_the_four_cities_with_their_figures),
        case!(search_narrows_to_one_card_and_survives_reload),
        case!(filters_and_sort_live_in_the_url),
        case!(an_empty_result_says_so_and_can_be_cleared),
        case!(a_figure_opens_onto_its_source_sentence),
        case!(phone_widths_have_no_horizontal_scroll),
        case!(fast_typing_never_breaks_the_app_and_the_url_catches_up),
        case!(a_missing_dataset_gives_an_alert_with_retry),
        case!(a_data_server_that_hangs_gets_a_message_and_a_retry),
        case!(home_page_passes_axe),
        case!(the_home_page_says_which_kabupaten_kota_have_no_data),
    ]
}

const ALL: [&str; 4] = ["Kota Blitar", "Kota Malang", "Kota Mojokerto", "Kota Probolinggo"];

async fn card_text(env: &Env, name: &str) -> R<String> {
    env.page.article(name).await?.text().await.map_err(|e| e.to_string())
}

async fn cards_show_the_four_cities_with_their_figures(env: &Env) -> R {
    env.page.open("").await?;
    env.page.wait_cards(&ALL).await?;
    let blitar = card_text(env, "Kota Blitar").await?;
    expect_all(
        &blitar,
        "Blitar",
        &[
            "Jawa Timur",
            "Santoso, Wali Kota Blitar",
            "280",
            "35",
            "tidak dilaporkan",
            "per 15 Juli 2022",
            "75% aktif per 25 September 2019",
            "Penggerak Koperasi Terbaik",
            "Dekopin",
        ],
    )?;
    let mojokerto = card_text(env, "Kota Mojokerto").await?;
    expect_all(
        &mojokerto,
        "Mojokerto",
        &[
            "Ika Puspitasari",
            "192",
            "Sehat 19 (10%)",
            "Cukup Sehat 68 (35%)",
            "Dalam Pengawasan 32 (17%)",
            "Dalam Pengawasan Khusus 45 (23%)",
            "Tidak dinilai / tidak dilaporkan 28 (15%)",
            "Belum ada penghargaan",
        ],
    )?;
    let probolinggo = card_text(env, "Kota Probolinggo").await?;
    expect_all(
        &probolinggo,
        "Probolinggo",
        &[
            "sekitar 160",
            "nama tidak disebut",
            "Wali Kota Probolinggo",
            "Penghargaan (nama tidak disebut)",
            "paling lambat 24 Juli 2023",
        ],
    )?;
    if probolinggo.contains("\n0\n") {
        return Err("a figure that is not reported must not show as 0".into());
    }
    let malang = card_text(env, "Kota Malang").await?;
    expect_all(
        &malang,
        "Malang",
        &[
            "Wahyu Hidayat, Pj Wali Kota Malang",
            "624",
            "per 31 Desember 2023",
            "Pembina Koperasi Andalan",
            "12 Juli 2024",
        ],
    )?;
    // The health bar is an image with a name that states its numbers.
    let name = env.page.js("const s = document.querySelector('[data-testid=city-card] svg[role=img]'); return s && s.getAttribute('aria-label');", vec![]).await?;
    if !name.as_str().unwrap_or_default().contains("Kota") {
        return Err(format!("the card bar has no accessible name: {name}"));
    }
    snap(env, "home-1280").await
}

async fn search_narrows_to_one_card_and_survives_reload(env: &Env) -> R {
    env.page.open("").await?;
    env.page.wait_cards(&ALL).await?;
    let search = env.page.control("Cari").await?;
    search.send_keys("blitar").await.map_err(|e| e.to_string())?;
    env.page.wait_cards(&["Kota Blitar"]).await?;
    env.page.wait_text("Menampilkan 1 dari 4 kota").await?;
    env.page.wait_query("cari=blitar", false).await?;
    env.page.client.refresh().await.map_err(|e| e.to_string())?;
    env.page.wait_cards(&["Kota Blitar"]).await?;
    let value = env.page.control("Cari").await?.prop("value").await.map_err(|e| e.to_string())?;
    if value.as_deref() != Some("blitar") {
        return Err(format!("after reload the search box shows {value:?}"));
    }
    // Clearing the box brings every card back.
    let search = env.page.control("Cari").await?;
    search.send_keys(&Key::Backspace.to_string().repeat(6)).await.map_err(|e| e.to_string())?;
    env.page.wait_cards(&ALL).await
}

async fn filters_and_sort_live_in_the_url(env: &Env) -> R {
    env.page.open("").await?;
    env.page.wait_cards(&ALL).await?;
    env.page.control("pernah menerima penghargaan").await?.click().await.map_err(|e| e.to_string())?;
    env.page.wait_cards(&["Kota Blitar", "Kota Malang", "Kota Probolinggo"]).await?;
    let sort = env.page.control("Urutkan").await?;
    sort.select_by_value("jumlah").await.map_err(|e| e.to_string())?;
    // 624, 280, then Probolinggo, whose total is not reported, last.
    env.page.wait_cards(&["Kota Malang", "Kota Blitar", "Kota Probolinggo"]).await?;
    env.page.wait_query("penghargaan=ada&urut=jumlah", true).await?;
    env.page.client.refresh().await.map_err(|e| e.to_string())?;
    env.page.wait_cards(&["Kota Malang", "Kota Blitar", "Kota Probolinggo"]).await?;
    let checked =
        env.page.control("pernah menerima penghargaan").await?.prop("checked").await.map_err(|e| e.to_string())?;
    if checked.as_deref() != Some("true") {
        return Err(format!("after reload the award filter is {checked:?}"));
    }
    // A shared link with a province filter.
    env.page.open("?provinsi=Jawa%20Timur&urut=penghargaan").await?;
    env.page.wait_cards(&["Kota Malang", "Kota Probolinggo", "Kota Blitar", "Kota Mojokerto"]).await
}

async fn an_empty_result_says_so_and_can_be_cleared(env: &Env) -> R {
    env.page.open("?cari=surabaya").await?;
    env.page.wait_text("Tidak ada kota yang cocok").await?;
    if !env.page.card_names().await?.is_empty() {
        return Err("cards shown for a search with no match".into());
    }
    env.page.button("Hapus pencarian dan saringan").await?.click().await.map_err(|e| e.to_string())?;
    env.page.wait_cards(&ALL).await?;
    let value = env.page.control("Cari").await?.prop("value").await.map_err(|e| e.to_string())?;
    if value.as_deref() != Some("") {
        return Err(format!("the search box still shows {value:?}"));
    }
    Ok(())
}

async fn a_figure_opens_onto_its_source_sentence(env: &Env) -> R {
    env.page.open("?cari=mojokerto").await?;
    env.page.wait_cards(&["Kota Mojokerto"]).await?;
    let card = env.page.article("Kota Mojokerto").await?;
    let summary = card
        .find(fantoccini::Locator::XPath(".//*[self::summary or self::button][.//*[normalize-space(.)='192']]"))
        .await
        .map_err(|e| format!("no disclosure on 192: {e}"))?;
    summary.click().await.map_err(|e| e.to_string())?;
    let quote = env
        .page
        .wait_js(
            "the quote to be visible",
            "const q = [...document.querySelectorAll('.cited:is([open], :has(> [aria-expanded=true])) blockquote')].find(b => b.offsetParent !== null); return q && q.innerText;",
            vec![],
        )
        .await?;
    let quote = quote.as_str().unwrap_or_default();
    if !quote.contains("dari total 192 koperasi, 45 koperasi bersatus dalam pengawasan khusus") {
        return Err(format!("unexpected quote: {quote}"));
    }
    env.page.wait_js("the source line", "return document.querySelector('.cited:is([open], :has(> [aria-expanded=true])) .source-line')?.innerText.includes('transversalmedia') && document.querySelector('.cited:is([open], :has(> [aria-expanded=true])) .source-line').innerText.includes('003_d68335274871dd0c');", vec![]).await?;
    Ok(())
}

async fn phone_widths_have_no_horizontal_scroll(env: &Env) -> R {
    for width in [320, 390] {
        open_framed(env, "", width).await?;
        env.page.wait_cards(&ALL).await?;
        let inner = env.page.js("return window.innerWidth;", vec![]).await?;
        if inner.as_i64() != Some(width as i64) {
            return Err(format!("viewport is {inner} px wide, wanted {width}"));
        }
        // Open a source quote too: long sentences must wrap, not widen the page.
        env.page.open_every_box().await?;
        let (scroll, inner) = overflow(env).await?;
        if scroll > inner {
            return Err(format!("at {width} px the page is {scroll} px wide (horizontal scroll)"));
        }
        let columns = env
            .page
            .js(
                "return getComputedStyle(document.querySelector('.card-grid')).gridTemplateColumns.split(' ').length;",
                vec![json!(null)],
            )
            .await?;
        if columns.as_i64() != Some(1) {
            return Err(format!("at {width} px the cards use {columns} columns"));
        }
    }
    env.page.open("").await?;
    env.page.wait_cards(&ALL).await?;
    let columns = env
        .page
        .js(
            "return getComputedStyle(document.querySelector('.card-grid')).gridTemplateColumns.split(' ').length;",
            vec![],
        )
        .await?;
    if columns.as_i64() != Some(3) {
        return Err(format!("at 1280 px the cards use {columns} columns, wanted 3"));
    }
    Ok(())
}

async fn a_missing_dataset_gives_an_alert_with_retry(env: &Env) -> R {
    env.page.open_at(&env.broken_base, "").await?;
    let alert = env
        .page
        .wait_js("an alert", "const a = document.querySelector('[role=alert]'); return a && a.innerText;", vec![])
        .await?;
    let text = alert.as_str().unwrap_or_default();
    for wanted in ["Data koperasi tidak dapat ditampilkan", "HTTP 404", "data/koperasi.json"] {
        if !text.contains(wanted) {
            return Err(format!("the alert should say {wanted:?}; it says:\n{text}"));
        }
    }
    snap(env, "error-1280").await?;
    // The file comes back (the admin fixed the upload): "Coba lagi" loads it without a reload.
    let restored = env.broken_dir.join("data/koperasi.json");
    std::fs::copy(env.dist.join("data/koperasi.json"), &restored).map_err(|e| e.to_string())?;
    let clicked = env.page.button("Coba lagi").await?.click().await.map_err(|e| e.to_string());
    let result = match clicked {
        Ok(_) => env.page.wait_cards(&ALL).await,
        Err(e) => Err(e),
    };
    std::fs::remove_file(&restored).map_err(|e| e.to_string())?;
    result?;
    if env.page.js("return !!document.querySelector('[role=alert]');", vec![]).await? != json!(false) {
        return Err("the alert is still there after a successful retry".into());
    }
    Ok(())
}

async fn home_page_passes_axe(env: &Env) -> R {
    env.page.open("").await?;
    env.page.wait_cards(&ALL).await?;
    axe_check(env, "the home page").await?;
    env.page.open("?cari=surabaya").await?;
    env.page.wait_text("Tidak ada kota").await?;
    axe_check(env, "the empty result").await?;
    env.page.open_at(&env.broken_base, "").await?;
    env.page.wait_js("an alert", "return !!document.querySelector('[role=alert]');", vec![]).await?;
    axe_check(env, "the load error").await
}

async fn fast_typing_never_breaks_the_app_and_the_url_catches_up(env: &Env) -> R {
    env.page.open("").await?;
    env.page.wait_cards(&ALL).await?;
    // 300 keystrokes as fast as WebDriver sends them: browsers refuse history calls after ~100
    // in 10 s, which used to desynchronise the URL and then crash the app in WebKit.
    let typed = "koperasi ".repeat(34)[..300].to_string();
    env.page.control("Cari").await?.send_keys(&typed).await.map_err(|e| e.to_string())?;
    let in_sync = "const box = document.getElementById('cari'); \
                   return box.value.length === 300 && new URLSearchParams(location.search).get('cari') === box.value;";
    env.page.wait_js("the URL to match the search box", in_sync, vec![]).await?;
    env.page
        .wait_js("the empty result", "return !!document.querySelector('[data-testid=empty-state]');", vec![])
        .await?;
    let panicked = env.page.js("return !!document.querySelector('.panic-alert');", vec![]).await?;
    if panicked != json!(false) {
        return Err("the app showed its panic message".into());
    }
    Ok(())
}

async fn a_data_server_that_hangs_gets_a_message_and_a_retry(env: &Env) -> R {
    env.gated.close();
    env.page.open_at(&env.gated.url(), "").await?;
    let script = "const a = document.querySelector('[data-testid=load-error]'); return a && a.innerText;";
    let alert = env.page.wait_js("the timeout message (after 10 s)", script, vec![]).await;
    env.gated.open();
    expect_all(alert?.as_str().unwrap_or_default(), "the alert", &["tidak menjawab dalam 10 detik", "Coba lagi"])?;
    env.page.button("Coba lagi").await?.click().await.map_err(|e| e.to_string())?;
    env.page.wait_cards(&ALL).await
}

/// Follows the summary of the coverage box `summary` and waits for its body.
async fn open_coverage(env: &Env, summary: &str) -> R<String> {
    let script = "const s = [...document.querySelectorAll('[data-testid=coverage] summary')].find((s) => s.textContent.includes(arguments[0])); \
                  if (!s) return null; if (!s.parentElement.open) s.click(); \
                  return s.parentElement.children.length > 1 ? s.parentElement.innerText : null;";
    let text = env.page.wait_js(&format!("the coverage box {summary:?}"), script, vec![json!(summary)]).await?;
    Ok(text.as_str().unwrap_or_default().to_string())
}

async fn the_home_page_says_which_kabupaten_kota_have_no_data(env: &Env) -> R {
    env.page.open("").await?;
    env.page.wait_cards(&ALL).await?;
    env.page.wait_text("Data ada untuk 4 dari 514 kabupaten/kota di Indonesia, di 1 dari 38 provinsi.").await?;
    let table = open_coverage(env, "Cakupan per provinsi").await?;
    let rows = env
        .page
        .js("return document.querySelectorAll('[data-testid=coverage-table] tbody tr').length;", vec![])
        .await?;
    if rows != json!(38) {
        return Err(format!("{rows} provinces in the coverage table"));
    }
    expect_all(&table, "the coverage table", &["Jawa Timur 4 38", "Kota Batu", "Kabupaten Malang", "Aceh 0 23"])?;
    if table.contains("Kota Blitar") {
        return Err("Kota Blitar, which has data, is listed as without".into());
    }
    crate::axe_check(env, "the home page with the coverage table open").await?;
    env.page.js("document.querySelector('[data-testid=coverage]').scrollIntoView();", vec![]).await?;
    snap(env, "coverage-1280").await?;
    // Per province: the line and the list follow the province filter.
    env.page.control("Provinsi").await?.select_by_value("Jawa Timur").await.map_err(|e| e.to_string())?;
    env.page.wait_text("Jawa Timur: data ada untuk 4 dari 38 kabupaten/kota.").await?;
    let missing = open_coverage(env, "Belum ada data (34 kabupaten/kota)").await?;
    expect_all(&missing, "Jawa Timur's list", &["Kabupaten Malang", "Kota Batu"])?;
    if missing.contains("Kota Malang") || missing.contains("Aceh") {
        return Err(format!("Jawa Timur's list: {missing}"));
    }
    Ok(())
}
