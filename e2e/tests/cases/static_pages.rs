//! Every view is a static page first: readable and navigable with scripts off, under a
//! sub-path, where the wasm module cannot load, and to a link-preview crawler; then the app
//! takes it over without a second copy.

use e2e::browser::R;
use e2e::server::http_get;
use e2e::{Case, Env, Page};
use serde_json::json;

use super::{case, expect_all};
use crate::snap;

pub fn cases() -> Vec<Case> {
    vec![
        case!(without_scripts_every_view_is_a_page_with_its_figures),
        case!(without_scripts_the_site_works_under_a_sub_path),
        case!(where_wasm_cannot_load_the_static_page_stays_with_a_note),
        case!(the_static_page_shows_first_and_the_app_replaces_it_once),
        case!(a_city_page_carries_its_title_description_and_preview_tags),
        case!(pages_have_no_inline_script_or_style),
        case!(a_city_added_after_the_build_has_a_reloadable_page),
        case!(the_takeover_keeps_scroll_focus_and_open_sources),
    ]
}

const ALL: [&str; 4] = ["Kota Blitar", "Kota Malang", "Kota Mojokerto", "Kota Probolinggo"];

/// Waits for the `<h1>` of `<main>` to read `heading` (asked of WebDriver, not the page).
async fn heading(page: &Page, heading: &str) -> R {
    page.wait_xpath(&format!("the heading {heading:?}"), &format!("//main//h1[normalize-space(.)='{heading}']"))
        .await
        .map(drop)
}

async fn follow(page: &Page, link: &str) -> R {
    let xpath = format!("//a[normalize-space(.)='{link}']");
    let a = page.wait_xpath(&format!("a link {link:?}"), &xpath).await?;
    a.click().await.map_err(|e| e.to_string())
}

async fn main_text(page: &Page) -> R<String> {
    let main = page.wait_xpath("the main region", "//main").await?;
    main.text().await.map_err(|e| e.to_string())
}

/// Home → a city → timeline → health by their links, each reloaded, on `base` with scripts off.
async fn walk_the_site(page: &Page, base: &str) -> R {
    page.open_at(base, "").await?;
    heading(page, "Koperasi per kota").await?;
    for name in ALL {
        page.wait_xpath(name, &format!("//article//h2[normalize-space(.)='{name}']")).await?;
    }
    let home = main_text(page).await?;
    expect_all(
        &home,
        "the static home page",
        &["Santoso, Wali Kota Blitar", "280", "per 15 Juli 2022", "Sehat 19 (10%)"],
    )?;
    follow(page, "Kota Blitar").await?;
    heading(page, "Kota Blitar").await?;
    expect_all(&main_text(page).await?, "the static Blitar page", &["341", "255", "86", "Santoso"])?;
    page.client.refresh().await.map_err(|e| e.to_string())?;
    heading(page, "Kota Blitar").await?;
    // The city's province has a page: its kabupaten/kota, with data and without.
    follow(page, "Jawa Timur").await?;
    heading(page, "Provinsi Jawa Timur").await?;
    expect_all(
        &main_text(page).await?,
        "the static Jawa Timur page",
        &["Kode wilayah 35", "kabupaten/kota di provinsi ini", "Kota Blitar"],
    )?;
    page.wait_xpath("Blitar's card", "//main//article//h2[normalize-space(.)='Kota Blitar']").await?;
    page.client.refresh().await.map_err(|e| e.to_string())?;
    heading(page, "Provinsi Jawa Timur").await?;
    follow(page, "Penghargaan").await?;
    heading(page, "Penghargaan").await?;
    expect_all(&main_text(page).await?, "the static timeline", &["2022", "2023", "2024"])?;
    page.client.refresh().await.map_err(|e| e.to_string())?;
    heading(page, "Penghargaan").await?;
    follow(page, "Kesehatan").await?;
    heading(page, "Kesehatan koperasi").await?;
    page.client.refresh().await.map_err(|e| e.to_string())?;
    heading(page, "Kesehatan koperasi").await?;
    follow(page, "Kota").await?;
    heading(page, "Koperasi per kota").await
}

async fn without_scripts_every_view_is_a_page_with_its_figures(env: &Env) -> R {
    walk_the_site(&env.no_scripts, &env.page.base).await?;
    // Scripts really were off: the app never took the page over.
    if let Ok(live) = env.no_scripts.js("return document.documentElement.dataset.app || null;", vec![]).await {
        if live != json!(null) {
            return Err(format!("the app ran with scripts off: {live}"));
        }
    }
    if let Some(dir) = &env.screenshots {
        env.no_scripts.open_at(&env.page.base, "penghargaan/").await?;
        heading(&env.no_scripts, "Penghargaan").await?;
        env.no_scripts.screenshot(&dir.join("no-scripts-awards-1280.png")).await?;
    }
    // The reader is told why search does not respond.
    let note = env.no_scripts.wait_xpath("the noscript note", "//noscript").await?;
    let html = note.html(false).await.map_err(|e| e.to_string())?;
    expect_all(&html, "the noscript note", &["Pencarian dan penyaring memerlukan peramban yang lebih baru"])
}

async fn without_scripts_the_site_works_under_a_sub_path(env: &Env) -> R {
    walk_the_site(&env.no_scripts, &format!("{}/sub/dir", env.variants_base)).await
}

async fn where_wasm_cannot_load_the_static_page_stays_with_a_note(env: &Env) -> R {
    env.page.open_at(&format!("{}/nowasm", env.variants_base), "kota/kota-malang/").await?;
    let shown =
        "const n = document.getElementById('no-wasm'); return !!n && !n.hidden && n.offsetHeight > 0 && n.innerText;";
    let note = env.page.wait_js("the note that search needs a newer browser", shown, vec![]).await?;
    expect_all(note.as_str().unwrap_or_default(), "the note", &["memerlukan peramban yang lebih baru"])?;
    heading(&env.page, "Kota Malang").await?;
    snap(env, "no-wasm-malang-1280").await?;
    let live = env.page.js("return document.documentElement.dataset.app || null;", vec![]).await?;
    if live != json!(null) {
        return Err(format!("the app claims to have started: {live}"));
    }
    Ok(())
}

async fn the_static_page_shows_first_and_the_app_replaces_it_once(env: &Env) -> R {
    env.gated.close();
    env.page.open_at(&env.gated.url(), "?cari=blitar").await?;
    // The dataset is held back: the static page shows every city, the app is not there yet.
    let seen = env.page.wait_cards(&ALL).await;
    let before = env
        .page
        .js("return [document.documentElement.dataset.app || null, document.querySelectorAll('#app').length];", vec![])
        .await;
    env.gated.open();
    seen?;
    if before? != json!([null, 1]) {
        return Err("the app took over before its data arrived".into());
    }
    env.page.wait_live().await?;
    env.page.wait_cards(&["Kota Blitar"]).await?;
    let counts = env
        .page
        .js(
            "return ['#app', 'main', arguments[0], '#cari'].map(s => document.querySelectorAll(s).length);",
            vec![json!(e2e::browser::SHOWN_CARDS)],
        )
        .await?;
    if counts != json!([1, 1, 1, 1]) {
        return Err(format!("#app, main, cards, search boxes after the takeover: {counts}"));
    }
    let search = env.page.js("return document.getElementById('cari').value;", vec![]).await?;
    if search != json!("blitar") {
        return Err(format!("the search box shows {search} after the takeover"));
    }
    Ok(())
}

async fn a_city_page_carries_its_title_description_and_preview_tags(env: &Env) -> R {
    let (status, html) = http_get(&format!("{}/kota/kota-blitar/", env.page.base)).await?;
    if status != 200 {
        return Err(format!("GET kota/kota-blitar/ answered {status}"));
    }
    expect_all(
        &html,
        "the city page's head",
        &[
            "<title>Kota Blitar — Koperasi Kota</title>",
            r#"<meta name="description" content="Koperasi Kota Blitar (Jawa Timur): 280 koperasi"#,
            r#"<meta property="og:title" content="Kota Blitar — Koperasi Kota">"#,
            r#"<meta property="og:description" content="Koperasi Kota Blitar (Jawa Timur): 280 koperasi"#,
            r#"<meta property="og:image" content="../../og.png">"#,
            r#"<meta name="twitter:card" content="summary_large_image">"#,
        ],
    )?;
    let (status, png) = http_get(&format!("{}/og.png", env.page.base)).await?;
    if status != 200 || !png.contains("PNG") {
        return Err(format!("the preview image answered {status}"));
    }
    Ok(())
}

async fn pages_have_no_inline_script_or_style(env: &Env) -> R {
    for path in ["", "kota/kota-blitar/", "penghargaan/", "kesehatan/"] {
        let (status, html) = http_get(&format!("{}/{path}", env.page.base)).await?;
        let inline_script =
            html.split("<script").skip(1).any(|tag| !tag.split('>').next().unwrap_or("").contains(" src="));
        if status != 200 || inline_script || html.contains("<style") || html.contains(" style=") {
            return Err(format!("{path:?}: status {status}, inline script {inline_script}, or inline style"));
        }
    }
    Ok(())
}

async fn a_city_added_after_the_build_has_a_reloadable_page(env: &Env) -> R {
    let base = format!("{}/added", env.variants_base);
    env.page.open_at(&base, "").await?;
    env.page.wait_live().await?;
    env.page.wait_cards(&["Kota Batu", "Kota Blitar", "Kota Malang", "Kota Mojokerto", "Kota Probolinggo"]).await?;
    let href = env.page.js("return document.querySelector('#kartu-kota-batu a').getAttribute('href');", vec![]).await?;
    if href != json!("./?kota=kota-batu") {
        return Err(format!("the new city links to {href}, a page the build did not write"));
    }
    follow(&env.page, "Kota Batu").await?;
    env.page.wait_heading("Kota Batu").await?;
    env.page.client.refresh().await.map_err(|e| e.to_string())?;
    env.page.wait_live().await?;
    env.page.wait_heading("Kota Batu").await?;
    // A city the build knew keeps its own page.
    let blitar = env.page.js("return document.querySelector('nav a')?.getAttribute('href');", vec![]).await?;
    if blitar != json!("./") {
        return Err(format!("the home link from the query-form page is {blitar}"));
    }
    Ok(())
}

/// The text of the first heading or paragraph whose top is in the window, and its offset from the
/// window's top: what the reader is looking at.
const TOP_BLOCK: &str = "const b = [...document.querySelectorAll('#app h2, #app h3, #app p')].find(e => e.getBoundingClientRect().top >= 0); \
                         return [b.textContent.trim().slice(0, 60), Math.round(b.getBoundingClientRect().top)]";

async fn the_takeover_keeps_scroll_focus_and_open_sources(env: &Env) -> R {
    env.gated.close();
    let prepared = async {
        env.page.open_at(&env.gated.url(), "kota/kota-blitar/").await?;
        heading(&env.page, "Kota Blitar").await?;
        env.page.set_viewport(1280, 600).await?;
        // The reader opens a source box, and an award's sentences further down (a box in a
        // block of its own), focuses the "Kesehatan" link and scrolls down, all before the app
        // has its data.
        env.page
            .js(
                "document.querySelector('#app details.cited').open = true; \
                 [...document.querySelectorAll('#app .award details.cited')].at(-1).open = true; \
                 document.querySelector('#app nav a[href*=kesehatan]').focus(); \
                 window.scrollTo(0, 400); return true;",
                vec![],
            )
            .await?;
        env.page.js(TOP_BLOCK, vec![]).await
    }
    .await;
    env.gated.open();
    let before = prepared?;
    env.page.wait_live().await?;
    let after = env
        .page
        .js(
            &format!(
                "{TOP_BLOCK}.concat([document.activeElement?.innerText ?? null, \
                     document.querySelector('#app .cited').matches('[open], :has(> [aria-expanded=true])'), \
                     [...document.querySelectorAll('#app .award .cited')].map((c) => c.matches('[open], :has(> [aria-expanded=true])'))]);"
            ),
            vec![],
        )
        .await?;
    let awards = after.get(4).and_then(|a| a.as_array()).map_or(0, Vec::len);
    let last_open: Vec<bool> = (0..awards).map(|i| i + 1 == awards).collect();
    let expected = json!([before[0], before[1], "Kesehatan", true, last_open]);
    if awards == 0 || after != expected {
        return Err(format!(
            "[top block, its offset, focus, the open box, the awards' boxes] expected: {expected}, after: {after}"
        ));
    }
    Ok(())
}
