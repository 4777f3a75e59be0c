//! A clerk's own data: another dataset by URL with its banner, a file that cannot be shown, a
//! partly bad file, hostile strings, the "Periksa data" page, and the app under a strict CSP.

use e2e::browser::R;
use e2e::{Case, Env};
use serde_json::{json, Value};

use super::{case, expect_all};

pub fn cases() -> Vec<Case> {
    vec![
        case!(another_dataset_by_url_has_a_banner_and_renders_in_every_view),
        case!(a_province_page_shows_its_totals_the_country_s_and_its_cities),
        case!(a_share_is_shown_as_the_source_gives_it_never_as_a_count),
        case!(a_dataset_that_cannot_be_shown_names_its_problem),
        case!(a_partly_bad_dataset_shows_the_good_records_and_lists_the_skipped),
        case!(markup_from_the_data_is_text_and_only_http_links_are_links),
        case!(the_check_page_lists_a_damaged_files_problems_and_previews_a_good_one),
        case!(the_app_runs_under_a_strict_csp_without_a_violation),
        case!(filter_values_the_data_lacks_are_shown_and_can_be_cleared),
        case!(the_skip_link_moves_focus_to_the_content),
    ]
}

fn e(x: impl std::fmt::Display) -> String {
    x.to_string()
}

/// The bundled dataset's cities, in the cards' order.
const BUNDLED: [&str; 4] = ["Kota Blitar", "Kota Malang", "Kota Mojokerto", "Kota Probolinggo"];

/// Follows the link in the card of city `name`.
async fn open_card(env: &Env, name: &str) -> R {
    let link = env.page.article(name).await?.find(fantoccini::Locator::Css("h2 a")).await.map_err(e)?;
    link.click().await.map_err(e)
}

async fn banner(env: &Env) -> R<String> {
    let v = env
        .page
        .wait_js("the data banner", "return document.querySelector('[data-testid=data-banner]')?.innerText;", vec![])
        .await?;
    Ok(v.as_str().unwrap_or_default().to_string())
}

async fn another_dataset_by_url_has_a_banner_and_renders_in_every_view(env: &Env) -> R {
    let sample = format!("{}/contoh.json", env.cases_base);
    env.page.open(&format!("?data={sample}")).await?;
    env.page.wait_cards(&["Kabupaten Sleman", "Kota Bukittinggi"]).await?;
    expect_all(&banner(env).await?, "the banner", &[&format!("dimuat dari {sample}"), "Data fiktif"])?;
    // Each card says which register its counts come from.
    let registers = env
        .page
        .js("return [...document.querySelectorAll('[data-testid=basis]')].map((b) => b.textContent);", vec![])
        .await?;
    if registers != json!(["ODS Kementerian Koperasi", "koperasi yang menggelar RAT"]) {
        return Err(format!("the cards' registers: {registers}"));
    }
    // Two sources give Sleman 500 and 520 for July 2023: the card shows the latest and says
    // another source differs; Bukittinggi's says nothing.
    let differs = env
        .page
        .js(
            "return [...document.querySelectorAll('[data-testid=city-card]')].map((c) => \
               c.querySelector('[data-testid=differs]')?.textContent ?? null);",
            vec![],
        )
        .await?;
    if differs != json!(["Sumber lain memberi angka berbeda untuk waktu ini.", null]) {
        return Err(format!("the cards' marks of a disagreement: {differs}"));
    }
    // Bukittinggi's latest total counts its Koperasi Kelurahan Merah Putih too, and says so.
    expect_all(
        &card_dates(env).await?,
        "the cards' date lines",
        &["per Oktober 2025 · koperasi yang menggelar RAT · termasuk Koperasi Kelurahan Merah Putih"],
    )?;

    // Links within the app keep the other dataset.
    open_card(env, "Kabupaten Sleman").await?;
    env.page.wait_heading("Kabupaten Sleman").await?;
    env.page.wait_query("data=", false).await?;
    expect_all(&banner(env).await?, "the banner on the city page", &["Data fiktif"])?;
    expect_all(
        &env.page.main_text().await?,
        "the Sleman page",
        &[
            "Kode wilayah 34.04",
            "Daerah Istimewa Yogyakarta",
            "Dinilai: sekitar 200",
            // The register beside its counts.
            "Register",
            "ODS Kementerian Koperasi",
            // Worked out from "about 200" assessed: about as many too.
            "Dinilai, kategori tidak dilaporkan sekitar 10",
            "Tidak dinilai sekitar 300",
            "Pemerintah Kabupaten Sleman",
            "Puncak Hari Koperasi ke-76 (acara contoh)",
            "Juga pada acara ini",
            "Kota Bukittinggi",
            "Jenis Berita",
            "Diakses 20 November 2026",
        ],
    )?;
    let link = env
        .page
        .js(
            "const a = document.querySelector('a.source-url'); return a && [a.getAttribute('href'), a.target, a.rel];",
            vec![],
        )
        .await?;
    if link != json!(["https://example.org/contoh/berita-koperasi-sleman", "_blank", "noopener noreferrer"]) {
        return Err(format!("the source link: {link}"));
    }
    // A figure located on another's page: a link that opens it with the sentence highlighted
    // (a text fragment, its commas, hyphens and `&` encoded), and our own words beside it.
    env.page.open_every_box().await?;
    let located = env
        .page
        .wait_js(
            "the located sentence",
            "const p = document.querySelector('main .located'); const a = p?.querySelector('a.sentence-link');              return a && [a.getAttribute('href'), a.target, a.rel, p.textContent];",
            vec![],
        )
        .await?;
    let fragment = "https://example.org/contoh/berita-koperasi-sleman#:~:text=Koperasi%20aktif%2C%20simpan%2Dpinjam,%26%20usaha%20bersama.";
    if located[0] != json!(fragment) || located[1] != json!("_blank") || located[2] != json!("noopener noreferrer") {
        return Err(format!("the located sentence's link: {located}"));
    }
    expect_all(
        located[3].as_str().unwrap_or_default(),
        "the located sentence",
        &["Sekitar 400 koperasi disebut masih aktif", "Buka kalimatnya di halaman sumber"],
    )?;
    // The city page puts the two side by side, each with its source and date.
    let pair = env
        .page
        .js(
            "const t = document.querySelector('[data-testid=disagreement]'); \
             return t && [...t.querySelectorAll('tbody tr')].map((r) => r.innerText.replace(/\\s+/g, ' ').trim());",
            vec![],
        )
        .await?;
    let rows: Vec<&str> = pair.as_array().into_iter().flatten().filter_map(Value::as_str).collect();
    if rows.len() != 2
        || !rows[0].starts_with("Warta Contoh (fiktif) · Juli 2023")
        || !rows[0].contains("500")
        || !rows[1].starts_with("Akun resmi (fiktif) · 3 Juli 2023")
        || !rows[1].contains("520")
    {
        return Err(format!("the disagreeing sources side by side: {pair}"));
    }
    crate::axe_check(env, "a city page of another dataset").await?;

    env.page.button("Penghargaan").await?.click().await.map_err(e)?;
    env.page.wait_heading("Penghargaan").await?;
    env.page.wait_query("data=", false).await?;
    expect_all(
        &env.page.main_text().await?,
        "the sample's timeline",
        &[
            "2023",
            "Penghargaan Contoh Pembina Koperasi",
            "Penghargaan Contoh Penggerak Koperasi",
            "Budi Contoh (fiktif)",
        ],
    )?;
    env.page.button("Kesehatan").await?.click().await.map_err(e)?;
    env.page.wait_text("Sangat Tidak Sehat").await?;
    expect_all(
        &env.page.main_text().await?,
        "the sample's health page",
        &["Kota Bukittinggi", "Kurang Sehat", "Tidak Sehat"],
    )?;
    env.page.button("Periksa data").await?.click().await.map_err(e)?;
    env.page.wait_heading("Periksa data").await?;
    banner(env).await.map(drop)
}

/// Follows the province link named `name` (a `[data-testid=province-link]`).
async fn open_province(env: &Env, name: &str) -> R {
    // "Sumatera Barat (1/19)" on the home page, "Sumatera Barat" on a city page.
    let xpath = format!("//a[@data-testid='province-link'][starts-with(normalize-space(.), '{name}')]");
    let link = env.page.wait_xpath(&format!("the link to {name}"), &xpath).await?;
    link.click().await.map_err(e)
}

async fn a_province_page_shows_its_totals_the_country_s_and_its_cities(env: &Env) -> R {
    let sample = format!("{}/contoh.json", env.cases_base);
    env.page.open(&format!("?data={sample}")).await?;
    env.page.wait_cards(&["Kabupaten Sleman", "Kota Bukittinggi"]).await?;
    // From the home page's coverage line, live.
    open_province(env, "Sumatera Barat").await?;
    env.page.wait_heading("Provinsi Sumatera Barat").await?;
    env.page.wait_query("data=", false).await?;
    expect_all(
        &env.page.main_text().await?,
        "the Sumatera Barat page",
        &[
            "Kode wilayah 13",
            "Data ada untuk 1 dari 19 kabupaten/kota di provinsi ini.",
            "Jumlah koperasi se-provinsi",
            "Seluruh Indonesia",
            "sekitar 127.000",
            "Kota Bukittinggi",
            "Belum ada data (18 kabupaten/kota)",
            "Kabupaten Kepulauan Mentawai",
        ],
    )?;
    // Its totals oldest first, each with its register; the country's apart.
    let rows = env
        .page
        .js(
            "const shown = (c) => { const k = c.cloneNode(true); k.querySelectorAll('.visually-hidden, .cited-body, .precision').forEach((n) => n.remove()); return k.textContent.replace(/\\s+/g, ' ').trim(); }; \
             return ['bagian-total-provinsi', 'bagian-nasional'].map((s) => document.querySelector(`[aria-labelledby=${s}] table`)) \
               .map((t) => [...t.querySelectorAll('tbody tr')].map((r) => [...r.cells].map(shown).join(' | ')));",
            vec![],
        )
        .await?;
    let wanted = json!([
        ["2022 | BPS | 3.600 | sekitar 2.800 | tidak dilaporkan | tidak dilaporkan", "31 Desember 2023 | ODS Kementerian Koperasi | 3.700 | tidak dilaporkan | tidak dilaporkan | tidak dilaporkan"],
        ["2021 | BPS | tidak dilaporkan | sekitar 127.000 | tidak dilaporkan | tidak dilaporkan", "2022 | BPS | tidak dilaporkan | sekitar 130.000 | tidak dilaporkan | tidak dilaporkan"]
    ]);
    if rows != wanted {
        return Err(format!("the totals tables: {rows}"));
    }
    crate::axe_check(env, "a province page").await?;
    // In English; a city card leads to the city, whose page leads back.
    env.page.button("English").await?.click().await.map_err(e)?;
    env.page.wait_heading("Sumatera Barat Province").await?;
    expect_all(
        &env.page.main_text().await?,
        "the English province page",
        &["All Indonesia", "Data for 1 of 19 kabupaten/kota in this province."],
    )?;
    open_card(env, "Kota Bukittinggi").await?;
    env.page.wait_heading("Kota Bukittinggi").await?;
    open_province(env, "Sumatera Barat").await?;
    env.page.wait_heading("Sumatera Barat Province").await?;
    // A province with no data yet has its page too, and says so.
    env.page.open(&format!("provinsi/papua-selatan/?data={sample}")).await?;
    env.page.wait_heading("Provinsi Papua Selatan").await?;
    expect_all(
        &env.page.main_text().await?,
        "a province without data",
        &[
            "Data ada untuk 0 dari 4 kabupaten/kota",
            "Belum ada angka untuk seluruh provinsi.",
            "Belum ada kabupaten/kota di provinsi ini dengan data.",
        ],
    )?;
    // A name not in the official list is not a page.
    env.page.open(&format!("?halaman=provinsi/jatim&data={sample}")).await?;
    env.page.wait_heading("Halaman tidak ditemukan").await
}

async fn a_share_is_shown_as_the_source_gives_it_never_as_a_count(env: &Env) -> R {
    let sample = format!("{}/contoh.json", env.cases_base);
    env.page.open(&format!("?data={sample}")).await?;
    env.page.wait_cards(&["Kabupaten Sleman", "Kota Bukittinggi"]).await?;
    // Bukittinggi's latest report gives its inactive cooperatives in percent.
    let inactive = env
        .page
        .js(
            "const card = document.querySelector('article[aria-labelledby=kartu-kota-bukittinggi]'); \
             const fact = [...card.querySelectorAll('.fact')].find((f) => f.querySelector('dt')?.textContent === 'Tidak aktif'); \
             return fact?.querySelector('dd .cited-value')?.textContent;",
            vec![],
        )
        .await?;
    if inactive != json!("12,5%") {
        return Err(format!("Bukittinggi's card gives its inactive as {inactive}"));
    }
    open_card(env, "Kota Bukittinggi").await?;
    env.page.wait_heading("Kota Bukittinggi").await?;
    let shares = env
        .page
        .wait_js(
            "the health shares",
            "const l = document.querySelector('[data-testid=health-shares]'); return l && [...l.querySelectorAll('.cited-value')].map((v) => v.textContent.trim());",
            vec![],
        )
        .await?;
    if shares != json!(["Sehat: 60%", "Cukup Sehat: 27,5%", "Kurang Sehat: sekitar 10%"]) {
        return Err(format!("the health shares: {shares}"));
    }
    // No bar and no count is drawn from them.
    let bars = env
        .page
        .js(
            "return document.querySelectorAll('[data-testid=health-panel] svg, [data-testid=health-table]').length;",
            vec![],
        )
        .await?;
    if bars != json!(0) {
        return Err(format!("a bar or a count table from shares: {bars}"));
    }
    let cell = env.page.js("return document.querySelector('[data-testid=counts-table] [data-testid=share] .cited-value')?.textContent;", vec![]).await?;
    if cell != json!("12,5%") {
        return Err(format!("the counts table's share: {cell}"));
    }
    env.page.button("English").await?.click().await.map_err(e)?;
    env.page.wait_text("27.5%").await
}

async fn a_dataset_that_cannot_be_shown_names_its_problem(env: &Env) -> R {
    env.page.open(&format!("?data={}/fatal.json", env.cases_base)).await?;
    let alert = env
        .page
        .wait_js("an alert", "const a = document.querySelector('[role=alert]'); return a && a.innerText;", vec![])
        .await?;
    expect_all(
        alert.as_str().unwrap_or_default(),
        "the alert",
        &["Data koperasi tidak dapat ditampilkan", "fatal.json"],
    )?;
    let details = env
        .page
        .js("const d = document.querySelector('[role=alert] details'); d.open = true; return d.innerText;", vec![])
        .await?;
    expect_all(
        details.as_str().unwrap_or_default(),
        "the details",
        &["health_scales[0]", "tone 9 is outside the palette"],
    )?;
    if !env.page.card_names().await?.is_empty() {
        return Err("cards shown from a dataset with a broken health scale".into());
    }
    Ok(())
}

async fn a_partly_bad_dataset_shows_the_good_records_and_lists_the_skipped(env: &Env) -> R {
    env.page.open_at(&env.invalid_base, "").await?;
    env.page.wait_live().await?;
    env.page.wait_cards(&BUNDLED).await?;
    let notice = env
        .page
        .wait_js(
            "the skipped notice",
            "const d = document.querySelector('[data-testid=skipped-notice]'); if (!d) return ''; d.open = true; return d.innerText;",
            vec![],
        )
        .await?;
    expect_all(
        notice.as_str().unwrap_or_default(),
        "the notice",
        &[
            "catatan dilewati karena bermasalah",
            "people[7] \"wahyu-hidayat\", Kolom roles[0].city: unknown city \"kota-batu\"",
            "negative count -35",
            // Records that pointed at a skipped one are skipped with it, and say why.
            "unknown person \"wahyu-hidayat\"",
        ],
    )
}

async fn markup_from_the_data_is_text_and_only_http_links_are_links(env: &Env) -> R {
    env.page.open(&format!("?halaman=penghargaan&data={}/hostile.json", env.cases_base)).await?;
    env.page.wait_text("Pembina Koperasi Andalan").await?;
    expect_all(
        &env.page.main_text().await?,
        "the timeline",
        &["<img src=x onerror=\"window.pwned=1\">Pembina Koperasi Andalan"],
    )?;
    let notice = env
        .page
        .js(
            "const d = document.querySelector('[data-testid=skipped-notice]'); d.open = true; \
             return [d.innerText, d.querySelectorAll('b').length];",
            vec![],
        )
        .await?;
    expect_all(
        notice[0].as_str().unwrap_or_default(),
        "the notice",
        &["\"<b>Kota Mojokerto</b>\"", "\"javascript:alert(1)\" cannot be linked"],
    )?;
    let dom = env
        .page
        .js(
            "return [document.querySelectorAll('img[src=x]').length, window.pwned === undefined, \
             document.querySelectorAll('a[href^=\"javascript:\" i]').length, arguments[0]];",
            vec![notice[1].clone()],
        )
        .await?;
    if dom != json!([0, true, 0, 0]) {
        return Err(format!("[img elements, not run, javascript: links, <b> in the notice] = {dom}"));
    }
    Ok(())
}

/// Puts a file named `name` with `text` into the page's file input, as choosing it would.
async fn choose_file(env: &Env, name: &str, text: &str) -> R {
    env.page
        .js(
            "const input = document.querySelector('[data-testid=check-file]'); const dt = new DataTransfer(); \
             dt.items.add(new File([arguments[1]], arguments[0], { type: 'application/json' })); \
             input.files = dt.files; input.dispatchEvent(new Event('change', { bubbles: true }));",
            vec![json!(name), json!(text)],
        )
        .await
        .map(drop)
}

async fn the_check_page_lists_a_damaged_files_problems_and_previews_a_good_one(env: &Env) -> R {
    env.page.open("periksa/").await?;
    env.page.wait_heading("Periksa data").await?;
    let bundled = std::fs::read_to_string(env.dist.join("data/koperasi.json")).map_err(e)?;
    let damaged = bundled.replacen("\"code\": \"35.72\"", "\"code\": \"35.99\"", 1).replacen(
        "\"recipient\": { \"person\": \"santoso\" }",
        "\"recipient\": { \"person\": \"santosa\" }",
        1,
    );
    choose_file(env, "rusak.json", &damaged).await?;
    let result = env
        .page
        .wait_js(
            "the check's result",
            "const r = document.querySelector('[data-testid=check-result]'); return r && r.innerText.includes('masalah') && r.innerText;",
            vec![],
        )
        .await?;
    expect_all(
        result.as_str().unwrap_or_default(),
        "the check",
        &[
            "rusak.json: 2 masalah",
            "cities[0] \"kota-blitar\", Kolom code: \"35.99\" is not a kabupaten/kota code in the official list",
            "(Kota Blitar is 35.72)",
            "Kolom recipient.person: unknown person \"santosa\"",
        ],
    )?;
    crate::axe_check(env, "the check page with problems").await?;

    let sample = std::fs::read_to_string(env.dist.join("data/contoh.json")).map_err(e)?;
    choose_file(env, "contoh.json", &sample).await?;
    env.page.wait_text("contoh.json sah: 2 kabupaten/kota").await?;
    env.page.button("Pratinjau di semua tampilan").await?.click().await.map_err(e)?;
    env.page.wait_cards(&["Kabupaten Sleman", "Kota Bukittinggi"]).await?;
    expect_all(&banner(env).await?, "the preview banner", &["Pratinjau berkas contoh.json", "tidak diunggah"])?;
    env.page.button("Tutup pratinjau").await?.click().await.map_err(e)?;
    env.page.wait_cards(&BUNDLED).await
}

/// The CSP reports the test server has received.
async fn csp_reports(env: &Env) -> R<Vec<Value>> {
    env.page.open_at(&env.csp_base, "csp-reports").await?;
    let text = env.page.js("return document.body.innerText;", vec![]).await?;
    let list: Vec<String> = serde_json::from_str(text.as_str().unwrap_or("[]")).map_err(e)?;
    Ok(list.iter().map(|r| serde_json::from_str(r).unwrap_or(Value::String(r.clone()))).collect())
}

/// Loads the control page (an inline script and style) and waits until its reports arrive.
async fn control_reports(env: &Env, at_least: usize) -> R<Vec<Value>> {
    env.page.open_at(&env.csp_base, "csp-control.html").await?;
    let start = std::time::Instant::now();
    loop {
        let reports = csp_reports(env).await?;
        if reports.len() >= at_least {
            return Ok(reports);
        }
        if start.elapsed() > std::time::Duration::from_secs(15) {
            return Err(format!("the control page's violations were never reported: {reports:?}"));
        }
    }
}

async fn the_app_runs_under_a_strict_csp_without_a_violation(env: &Env) -> R {
    let before = control_reports(env, 1).await?.len();
    env.page.open_at(&env.csp_base, "").await?;
    env.page.wait_live().await?;
    env.page.wait_cards(&BUNDLED).await?;
    open_card(env, "Kota Blitar").await?;
    env.page.wait_heading("Kota Blitar").await?;
    env.page.open_every_box().await?;
    env.page.button("Kesehatan").await?.click().await.map_err(e)?;
    env.page.wait_text("Kota Mojokerto").await?;
    // A second visit to the control page: once its reports are in, any the app caused are too.
    let reports = control_reports(env, before + 1).await?;
    let from_app: Vec<&Value> = reports.iter().filter(|r| !r.to_string().contains("csp-control.html")).collect();
    if from_app.is_empty() {
        Ok(())
    } else {
        Err(format!("the app broke the policy: {from_app:#?}"))
    }
}

async fn filter_values_the_data_lacks_are_shown_and_can_be_cleared(env: &Env) -> R {
    env.page.open("penghargaan/?tahun=2020&pemberi=bank-dunia").await?;
    env.page.wait_text("Menampilkan 0 penghargaan").await?;
    let shown = env
        .page
        .js(
            "const s = id => { const e = document.getElementById(id); return e.options[e.selectedIndex].text; }; \
             return [s('tahun'), s('pemberi')];",
            vec![],
        )
        .await?;
    if shown != json!(["2020 (tidak ada di data)", "bank-dunia (tidak ada di data)"]) {
        return Err(format!("the selects show {shown}"));
    }
    env.page.button("Hapus saringan").await?.click().await.map_err(e)?;
    env.page.wait_text("Menampilkan 3 penghargaan").await?;
    env.page.wait_query("", true).await?;

    env.page.open("?provinsi=Bali").await?;
    env.page.wait_text("Tidak ada kota").await?;
    let province = env
        .page
        .js("const e = document.getElementById('provinsi'); return e.options[e.selectedIndex].text;", vec![])
        .await?;
    if province != json!("Bali (tidak ada di data)") {
        return Err(format!("the province select shows {province}"));
    }
    env.page.button("Hapus pencarian dan saringan").await?.click().await.map_err(e)?;
    env.page.wait_cards(&BUNDLED).await
}

async fn the_skip_link_moves_focus_to_the_content(env: &Env) -> R {
    env.page.open("kota/kota-malang/").await?;
    let link = env.page.client.find(fantoccini::Locator::Css(".skip-link")).await.map_err(e)?;
    env.page.js("document.querySelector('.skip-link').focus();", vec![]).await?;
    link.send_keys(&fantoccini::key::Key::Enter.to_string()).await.map_err(e)?;
    env.page
        .wait_js("focus on the main content", "return document.activeElement?.id === 'main';", vec![])
        .await
        .map(drop)
}

/// The cards' date lines, one after another.
async fn card_dates(env: &Env) -> R<String> {
    let v = env
        .page
        .js("return [...document.querySelectorAll('[data-testid=city-card] .as-of-row dd')].map((d) => d.textContent).join(' | ');", vec![])
        .await?;
    Ok(v.as_str().unwrap_or_default().to_string())
}
