//! Reach: a view embedded on another site with the embed dialog's code, and the theme a host
//! or reader chooses.

use e2e::browser::R;
use e2e::{Case, Env, Page};
use serde_json::{json, Value};

use super::{case, expect_all};

pub fn cases() -> Vec<Case> {
    vec![
        case!(the_embed_code_works_on_another_site_and_resizes_its_frame),
        case!(the_theme_parameter_sets_light_or_dark),
        case!(the_system_dark_setting_darkens_the_page_unless_light_is_asked),
        case!(the_filtered_city_list_downloads_as_csv_with_sources_and_dates),
        case!(every_view_states_the_data_version_and_offers_a_citation),
        case!(the_language_switch_goes_to_english_and_back_and_survives_a_reload),
        case!(english_pages_exist_without_scripts_and_hosts_can_ask_for_them),
        case!(on_a_phone_the_filters_fold_and_the_first_card_shows),
    ]
}

fn e(x: impl std::fmt::Display) -> String {
    x.to_string()
}

async fn the_embed_code_works_on_another_site_and_resizes_its_frame(env: &Env) -> R {
    env.page.open("kota/kota-malang/").await?;
    env.page.button("Sematkan").await?.click().await.map_err(e)?;
    let code = env
        .page
        .wait_js(
            "the embed code",
            "const d = document.querySelector('[data-testid=embed-dialog]'); \
             return d.open && document.querySelector('[data-testid=embed-code]').value;",
            vec![],
        )
        .await?;
    let code = code.as_str().unwrap_or_default().to_string();
    expect_all(
        &code,
        "the embed code",
        &[
            &format!("<iframe src=\"{}/kota/kota-malang/?embed=1\"", env.page.base),
            "title=\"Kota Malang — Koperasi Kota\"",
            "loading=\"lazy\"",
            "width=\"100%\"",
            "koperasi-kota:height",
        ],
    )?;
    crate::axe_check(env, "the embed dialog").await?;
    env.page.button("Tutup").await?.click().await.map_err(e)?;

    // The code pasted into a page of another site (127.0.0.2), on a phone.
    let host = format!(
        "<!doctype html><html lang=\"id\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width\"><title>Pemkot</title></head>\
         <body style=\"margin:0\"><h1>Situs Pemerintah Kota</h1>\n{code}\n<p id=\"after\">Sesudah bingkai</p></body></html>"
    );
    std::fs::write(env.other_site_dir.join("pasted.html"), host).map_err(e)?;
    env.page.set_viewport(390, 800).await?;
    let result = embedded(env).await;
    env.page.set_viewport(1280, 1024).await?;
    result
}

async fn embedded(env: &Env) -> R {
    env.page.open_at(&env.other_site_base, "pasted.html").await?;
    let first = env
        .page
        .wait_js("the frame resized by its page", "return document.querySelector('iframe').style.height;", vec![])
        .await?;
    env.page.client.enter_frame(0).await.map_err(e)?;
    env.page.wait_live().await?;
    let inside = env
        .page
        .js(
            "const shown = s => { const el = document.querySelector(s); return !!el && el.getClientRects().length > 0; }; \
             return [document.documentElement.hasAttribute('data-embed'), shown('.site-header'), shown('.site-footer'), \
                     shown('.embed-credit a'), document.querySelector('.embed-credit a')?.getAttribute('target'), \
                     document.documentElement.scrollWidth <= window.innerWidth];",
            vec![],
        )
        .await?;
    if inside != json!([true, false, false, true, "_blank", true]) {
        return Err(format!("[embed, header, footer, credit, credit target, no horizontal scroll] = {inside}"));
    }
    // Opening a source makes the content taller: the host must follow.
    env.page
        .wait_js(
            "a frame that fits its content",
            "return Math.abs(document.documentElement.scrollHeight - window.innerHeight) <= 2;",
            vec![],
        )
        .await?;
    env.page.open_every_box().await?;
    env.page.client.enter_parent_frame().await.map_err(e)?;
    let px = |v: &Value| v.as_str().and_then(|s| s.trim_end_matches("px").parse::<f64>().ok()).unwrap_or(0.0);
    let before = px(&first);
    env.page
        .wait_js(
            "the frame to grow with the opened sources",
            "return parseFloat(document.querySelector('iframe').style.height) > arguments[0] + 100;",
            vec![json!(before)],
        )
        .await?;
    env.page.client.enter_frame(0).await.map_err(e)?;
    let fits = env
        .page
        .wait_js(
            "no scrollbar inside the frame",
            "return Math.abs(document.documentElement.scrollHeight - window.innerHeight) <= 2;",
            vec![],
        )
        .await;
    env.page.client.enter_parent_frame().await.map_err(e)?;
    if let Some(dir) = &env.screenshots {
        env.page.screenshot(&dir.join("embedded-390.png")).await?;
    }
    fits.map(drop).map_err(|err| format!("{err} (the frame was {before} px before the sources were opened)"))
}

async fn the_theme_parameter_sets_light_or_dark(env: &Env) -> R {
    let background = "return getComputedStyle(document.documentElement).backgroundColor;";
    env.page.open("?theme=dark").await?;
    let dark = env.page.js(background, vec![]).await?;
    env.page.open("?theme=light").await?;
    let light = env.page.js(background, vec![]).await?;
    if (dark.clone(), light.clone()) != (json!("rgb(18, 20, 23)"), json!("rgb(255, 255, 255)")) {
        return Err(format!("backgrounds: dark {dark}, light {light}"));
    }
    // Links keep the theme, and the app keeps it after taking over.
    env.page.open("kota/kota-blitar/?theme=dark").await?;
    let kept = env.page.js("return [document.querySelector('.brand-name').getAttribute('href'), getComputedStyle(document.documentElement).backgroundColor];", vec![]).await?;
    if kept[1] != json!("rgb(18, 20, 23)") || !kept[0].as_str().unwrap_or_default().contains("theme=dark") {
        return Err(format!("[home link, background] on a dark city page: {kept}"));
    }
    if let Some(dir) = &env.screenshots {
        env.page.open("kota/kota-blitar/?theme=dark&lang=en").await?;
        env.page.screenshot(&dir.join("dark-en-city-1280.png")).await?;
        env.page.open("kota/kota-blitar/?theme=dark").await?;
    }
    crate::axe_check(env, "a dark city page").await
}

/// On a system set to dark, the page is dark by itself (`?theme=auto`, the default), and a host
/// can still force light; both pass axe.
async fn the_system_dark_setting_darkens_the_page_unless_light_is_asked(env: &Env) -> R {
    let options = e2e::browser::Options { dark: true, ..Default::default() };
    let dark = Page::launch_with(&env.browser, env.page.base.clone(), options).await?;
    let result = system_dark(&dark, &env.axe).await;
    // Its own session: the runner looks for a panic in the shared one only.
    let result = dark.no_panic_anywhere().await.and(result);
    let _ = dark.client.clone().close().await;
    result
}

async fn system_dark(page: &Page, axe: &str) -> R {
    let state = "return [matchMedia('(prefers-color-scheme: dark)').matches, getComputedStyle(document.documentElement).backgroundColor];";
    page.open("kota/kota-blitar/").await?;
    let auto = page.js(state, vec![]).await?;
    if auto != json!([true, "rgb(18, 20, 23)"]) {
        return Err(format!("[system dark, background] with no theme asked: {auto}"));
    }
    page.open_every_box().await?;
    crate::axe_check_on(page, axe, "a city page on a dark system").await?;
    page.open("kota/kota-blitar/?theme=light").await?;
    let light = page.js(state, vec![]).await?;
    if light != json!([true, "rgb(255, 255, 255)"]) {
        return Err(format!("[system dark, background] with ?theme=light: {light}"));
    }
    Ok(())
}

async fn the_filtered_city_list_downloads_as_csv_with_sources_and_dates(env: &Env) -> R {
    env.page.open("?cari=mojokerto").await?;
    env.page.wait_cards(&["Kota Mojokerto"]).await?;
    // Keep the browser from saving the file: the test reads what the link points at.
    env.page
        .js(
            "[...document.querySelectorAll('[data-testid=downloads] a')].forEach(a => a.addEventListener('click', e => e.preventDefault()));",
            vec![],
        )
        .await?;
    let mut files = Vec::new();
    for label in ["Unduh CSV", "Unduh JSON"] {
        env.page.button(label).await?.click().await.map_err(e)?;
        let text = env
            .page
            .client
            .execute_async(
                "const done = arguments[1]; const a = [...document.querySelectorAll('[data-testid=downloads] a')].find(a => a.textContent === arguments[0]); \
                 fetch(a.href).then(r => r.arrayBuffer()).then(b => done(new TextDecoder('utf-8', { ignoreBOM: true }).decode(b)), err => done('failed: ' + err));",
                vec![json!(label)],
            )
            .await
            .map_err(e)?;
        files.push(text.as_str().unwrap_or_default().to_string());
    }
    let lines: Vec<&str> = files[0].split("\r\n").collect();
    if !lines[0].starts_with("\u{feff}\"kota\",\"kode_wilayah\"") || lines.len() != 3 {
        return Err(format!("the CSV has a BOM, a header and one row: {:?}", files[0]));
    }
    expect_all(
        lines[1],
        "the Mojokerto row",
        &["\"Kota Mojokerto\",\"35.76\"", "\"192\"", "\"2022-07-12\"", "transversalmedia", "\"1.1\""],
    )?;
    let json: Value =
        serde_json::from_str(files[1].trim_start_matches('\u{feff}')).map_err(|err| format!("{err}: {}", files[1]))?;
    if json[0]["city"] != json!("Kota Mojokerto")
        || json[0]["cooperatives"] != json!(192)
        || json.as_array().map(Vec::len) != Some(1)
    {
        return Err(format!("the JSON: {json}"));
    }
    Ok(())
}

async fn every_view_states_the_data_version_and_offers_a_citation(env: &Env) -> R {
    env.page.open("kota/kota-malang/").await?;
    env.page.wait_text("Data versi 1.1, diperbarui").await?;
    let cite = env
        .page
        .js("const d = document.querySelector('[data-testid=citation]'); d.open = true; return d.innerText;", vec![])
        .await?;
    expect_all(
        cite.as_str().unwrap_or_default(),
        "the citation",
        &["Kota Malang — Koperasi Kota. Data versi 1.1 (diperbarui", &format!("{}/kota/kota-malang/", env.page.base)],
    )
}

async fn the_language_switch_goes_to_english_and_back_and_survives_a_reload(env: &Env) -> R {
    env.page.open("kesehatan/?theme=dark").await?;
    env.page.button("English").await?.click().await.map_err(e)?;
    env.page.wait_heading("Cooperative health").await?;
    let url = env.page.client.current_url().await.map_err(e)?;
    if !url.as_str().ends_with("/en/kesehatan/?theme=dark") {
        return Err(format!("the English page's address is {url}"));
    }
    // The reload brings the English static page: English before the app runs.
    env.page.client.refresh().await.map_err(e)?;
    let first = env
        .page
        .wait_js(
            "the static page",
            "const h = document.querySelector('main h1'); return h && [document.documentElement.lang, h.innerText];",
            vec![],
        )
        .await?;
    if first != json!(["en", "Cooperative health"]) {
        return Err(format!("[lang, heading] of the reloaded page before the app ran: {first}"));
    }
    env.page.wait_live().await?;
    expect_all(
        &env.page.main_text().await?,
        "the English health page",
        &["Healthy", "Fairly healthy", "Under supervision", "Under special supervision"],
    )?;
    let lang = env.page.js("return [document.documentElement.lang, document.querySelector('[data-testid=lang-switch]').getAttribute('lang')];", vec![]).await?;
    if lang != json!(["en", "id"]) {
        return Err(format!("[page lang, switch lang] = {lang}"));
    }
    env.page.button("Bahasa Indonesia").await?.click().await.map_err(e)?;
    env.page.wait_heading("Kesehatan koperasi").await?;
    env.page.wait_query("theme=dark", true).await?;
    let url = env.page.client.current_url().await.map_err(e)?;
    if url.path() != "/kesehatan/" {
        return Err(format!("back in Indonesian at {url}"));
    }
    Ok(())
}

async fn english_pages_exist_without_scripts_and_hosts_can_ask_for_them(env: &Env) -> R {
    // The static English page, as a reader without scripts (or before the app) sees it.
    env.no_scripts.open_at(&env.no_scripts.base.clone(), "en/kota/kota-malang/").await?;
    env.no_scripts.wait_xpath("the English city page", "//main//h1[normalize-space(.)='Kota Malang']").await?;
    let text = env.no_scripts.main_text().await?;
    expect_all(&text, "the static English city page", &["Cooperatives", "Source"])?;
    let switch = env
        .no_scripts
        .js("return document.querySelector('[data-testid=lang-switch]').getAttribute('href');", vec![])
        .await?;
    if switch != json!("../../../kota/kota-malang/") {
        return Err(format!("the static English page's switch leads to {switch}"));
    }
    // A host's `?lang=en` on an Indonesian address lands on the English page before it paints.
    env.page.open("kota/kota-malang/?lang=en&embed=1").await?;
    let url = env.page.client.current_url().await.map_err(e)?;
    if !url.as_str().ends_with("/en/kota/kota-malang/?embed=1") {
        return Err(format!("?lang=en led to {url}"));
    }
    env.page.open("en/?lang=id").await?;
    env.page.wait_heading("Koperasi per kota").await?;
    Ok(())
}

async fn on_a_phone_the_filters_fold_and_the_first_card_shows(env: &Env) -> R {
    crate::open_framed(env, "?urut=jumlah", 320).await?;
    let result = folded(env).await;
    env.page.client.enter_parent_frame().await.map_err(e)?;
    result
}

async fn folded(env: &Env) -> R {
    env.page.wait_cards(&["Kota Malang", "Kota Blitar", "Kota Mojokerto", "Kota Probolinggo"]).await?;
    let state = env
        .page
        .js(
            "const toggle = document.querySelector('[data-testid=filters-toggle]'); \
             const card = document.querySelector('[data-testid=city-card]'); \
             return [toggle.innerText.trim(), toggle.getAttribute('aria-expanded'), \
                     document.getElementById('provinsi').getClientRects().length, \
                     card.getBoundingClientRect().top < 568];",
            vec![],
        )
        .await?;
    if state != json!(["Saringan (1 aktif)", "false", 0, true]) {
        return Err(format!("[toggle, expanded, province shown, first card above 568 px] = {state}"));
    }
    env.page.button("Saringan (1 aktif)").await?.click().await.map_err(e)?;
    env.page
        .wait_js(
            "the folded filters to open",
            "return document.getElementById('provinsi').getClientRects().length > 0 && \
             document.querySelector('[data-testid=filters-toggle]').getAttribute('aria-expanded') === 'true';",
            vec![],
        )
        .await
        .map(drop)
}
