//! The language switch in the live app. A switch rebuilds the whole view in the other language;
//! on every view, back and forth, it must keep the view, its filters and the reader's place,
//! and never panic (the runner fails a case during which the app panicked).

use e2e::browser::R;
use e2e::{Case, Env};
use serde_json::{json, Value};

use super::case;

pub fn cases() -> Vec<Case> {
    vec![
        case!(the_language_switch_keeps_every_view_its_filters_and_place_five_times_over),
        case!(after_a_switch_of_language_every_control_still_answers),
        case!(the_language_switch_at_national_scale_keeps_a_reader_deep_in_the_list_in_place),
    ]
}

fn e(x: impl std::fmt::Display) -> String {
    x.to_string()
}

/// The four bundled cities, by name and by how many cooperatives each reports.
const ALL: [&str; 4] = ["Kota Blitar", "Kota Malang", "Kota Mojokerto", "Kota Probolinggo"];
const BY_COUNT: [&str; 4] = ["Kota Malang", "Kota Blitar", "Kota Mojokerto", "Kota Probolinggo"];

/// How many times each view goes to English and back.
const ROUNDS: usize = 5;

/// Every view, with filters where it has them: its address and its heading in Indonesian and
/// in English.
const VIEWS: [(&str, &str, &str); 6] = [
    ("?cari=kota&urut=jumlah", "Koperasi per kota", "Cooperatives by city"),
    ("kota/kota-blitar/", "Kota Blitar", "Kota Blitar"),
    ("penghargaan/?pemberi=dekopin", "Penghargaan", "Awards"),
    ("kesehatan/", "Kesehatan koperasi", "Cooperative health"),
    ("periksa/", "Periksa data", "Check data"),
    ("?halaman=tidak-ada", "Halaman tidak ditemukan", "Page not found"),
];

/// A JS expression: what a switch of language must not change in a view, in neither language's
/// words. The filters in the address, the values of the view's controls, the city cards shown,
/// how many sections and items the view has, and the scroll position.
const STATE: &str = "({ query: location.search.replace(/^\\?/, ''), \
    controls: [...document.querySelectorAll('main input:not([type=file]), main select')] \
      .map((c) => (c.type === 'checkbox' ? c.checked : c.value)), \
    cards: [...document.querySelectorAll('.card-grid > li:not([data-off])')].map((li) => li.dataset.city), \
    sections: document.querySelectorAll('main h2, main h3, main li').length, \
    scrollY: Math.round(scrollY) })";

async fn the_language_switch_keeps_every_view_its_filters_and_place_five_times_over(env: &Env) -> R {
    for (address, indonesian, english) in VIEWS {
        env.page.open(address).await?;
        env.page.wait_heading(indonesian).await?;
        // Into the page, as far as it goes up to 300 px.
        env.page
            .js(
                "window.scrollTo(0, Math.min(300, document.documentElement.scrollHeight - innerHeight)); return true;",
                vec![],
            )
            .await?;
        let before = env.page.js(&format!("return {STATE};"), vec![]).await?;
        for round in 1..=ROUNDS {
            for (switch, heading, lang) in [("English", english, "en"), ("Bahasa Indonesia", indonesian, "id")] {
                let what = format!("{address:?}, round {round}, to {lang}");
                switch_to(env, switch, heading, lang).await.map_err(|e| format!("{what}: {e}"))?;
                let after = env.page.js(&format!("return {STATE};"), vec![]).await?;
                if after != before {
                    return Err(format!("{what}: the view's state was {before}, is {after}"));
                }
            }
        }
    }
    Ok(())
}

/// A switch rebuilds the view: the controls of the new one must act, in either language (a
/// handler left from the old view would act on what is gone).
async fn after_a_switch_of_language_every_control_still_answers(env: &Env) -> R {
    env.page.open("").await?;
    env.page.wait_cards(&ALL).await?;
    switch_to(env, "English", "Cooperatives by city", "en").await?;
    // Search, clear, the award filter, sort.
    env.page.control("Search").await?.send_keys("blitar").await.map_err(e)?;
    env.page.wait_cards(&["Kota Blitar"]).await?;
    env.page.control("Search").await?.send_keys("xyz").await.map_err(e)?;
    env.page.wait_cards(&[]).await?;
    env.page.wait_query("cari=blitarxyz", true).await?;
    env.page.button("Clear search and filters").await?.click().await.map_err(e)?;
    env.page.wait_cards(&ALL).await?;
    env.page.control("Only cities with an award").await?.click().await.map_err(e)?;
    env.page.wait_cards(&["Kota Blitar", "Kota Malang", "Kota Probolinggo"]).await?;
    env.page.control("Sort by").await?.select_by_value("jumlah").await.map_err(e)?;
    env.page.wait_cards(&["Kota Malang", "Kota Blitar", "Kota Probolinggo"]).await?;
    env.page.control("Only cities with an award").await?.click().await.map_err(e)?;
    env.page.wait_cards(&BY_COUNT).await?;
    // A source box, the embed dialog.
    env.page.js("document.querySelector('main .cited-toggle').click(); return true;", vec![]).await?;
    env.page
        .wait_js(
            "the first source box open",
            "return document.querySelector('main .cited-toggle').getAttribute('aria-expanded') === 'true';",
            vec![],
        )
        .await?;
    env.page.button("Embed").await?.click().await.map_err(e)?;
    env.page
        .wait_js("the embed dialog", "return document.querySelector('[data-testid=embed-dialog]').open;", vec![])
        .await?;
    env.page.button("Close").await?.click().await.map_err(e)?;
    env.page
        .wait_js(
            "the embed dialog closed",
            "return !document.querySelector('[data-testid=embed-dialog]').open;",
            vec![],
        )
        .await?;
    // Back in Indonesian: the sort stays, and the timeline's filters act.
    switch_to(env, "Bahasa Indonesia", "Koperasi per kota", "id").await?;
    env.page.wait_cards(&BY_COUNT).await?;
    env.page.button("Penghargaan").await?.click().await.map_err(e)?;
    env.page.wait_heading("Penghargaan").await?;
    switch_to(env, "English", "Awards", "en").await?;
    env.page.control("Award giver").await?.select_by_value("dekopin").await.map_err(e)?;
    env.page.wait_query("pemberi=dekopin", true).await?;
    env.page.wait_text("Showing 2 awards").await?;
    env.page.button("Clear filters").await?.click().await.map_err(e)?;
    env.page.wait_text("Showing 3 awards").await?;
    switch_to(env, "Bahasa Indonesia", "Penghargaan", "id").await?;
    env.page.wait_text("Menampilkan 3 penghargaan").await
}

/// With 514 cards, built a step a frame after a switch, a reader 6,000 px down the list stays
/// about there: the document keeps its height until the list is complete (without it, 2,667).
/// Within 400 px: an engine may anchor the scroll to what it shows (Firefox moved it 321 px
/// once here), and cards far from the window have an estimated height until drawn.
async fn the_language_switch_at_national_scale_keeps_a_reader_deep_in_the_list_in_place(env: &Env) -> R {
    let Some(base) = &env.national_base else {
        println!("    (no national site given: `--national DIR`, which `make test-browser` builds)");
        return Ok(());
    };
    env.page.open_at(base, "").await?;
    env.page.wait_live().await?;
    env.page.wait_heading("Koperasi per kota").await?;
    let y = env.page.js("window.scrollTo(0, 6000); return Math.round(scrollY);", vec![]).await?;
    if y != json!(6000) {
        return Err(format!("could not scroll the national list to 6,000 px: {y}"));
    }
    for (switch, heading, lang) in
        [("English", "Cooperatives by city", "en"), ("Bahasa Indonesia", "Koperasi per kota", "id")]
    {
        switch_to(env, switch, heading, lang).await?;
        let place = env
            .page
            .js("return [Math.round(scrollY), document.querySelectorAll('.card-grid > li').length];", vec![])
            .await?;
        let y = place[0].as_i64().unwrap_or(0);
        if !(5600..=6400).contains(&y) || place[1] != json!(514) {
            return Err(format!("[scroll, cards] after the switch to {lang}: {place}"));
        }
    }
    Ok(())
}

/// Clicks the language switch (named in the language it leads to) and waits until the view is
/// shown in `lang` with `heading`, at an address in that language.
async fn switch_to(env: &Env, switch: &str, heading: &str, lang: &str) -> R {
    // The switch's link is in the header, which a reader scrolled into the page does not see:
    // clicked as a keyboard would, without scrolling to it.
    let clicked = env
        .page
        .js(
            "const a = document.querySelector('[data-testid=lang-switch]'); \
             if (!a || a.innerText.trim() !== arguments[0]) return a ? a.innerText : null; a.click(); return true;",
            vec![json!(switch)],
        )
        .await?;
    if clicked != Value::Bool(true) {
        return Err(format!("the language switch reads {clicked}, not {switch:?}"));
    }
    env.page.wait_heading(heading).await?;
    env.page
        .wait_js(
            &format!("the page in {lang}"),
            "return document.documentElement.lang === arguments[0] \
               && location.pathname.includes('/en/') === (arguments[0] === 'en') \
               && document.documentElement.dataset.app === 'live';",
            vec![json!(lang)],
        )
        .await
        .map(drop)
}
