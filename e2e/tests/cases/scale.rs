//! National scale: the synthetic dataset of all 514 kabupaten/kota (`data-tool synth`), linked
//! with `?data=` as a province office would link its own file, and built into a site of its
//! own, whose dataset the build wrote in parts (`src/query/parts.rs`).

use e2e::browser::{R, SHOWN_CARDS, SKIPPED_ON_SCREEN};
use e2e::{Case, Env};
use fantoccini::elements::Element;

use super::{case, expect_all};

pub fn cases() -> Vec<Case> {
    vec![
        case!(the_national_dataset_is_searched_and_a_city_page_opens),
        case!(a_cleared_search_shows_the_first_screen_at_once_and_then_every_card),
        case!(a_search_draws_the_cards_it_brings_onto_the_screen_in_its_own_frame),
        case!(a_sort_draws_the_cards_it_moves_onto_the_screen_in_its_own_frame),
        case!(a_search_after_the_window_widens_draws_every_card_on_the_new_screen),
        case!(a_national_site_loads_the_summary_then_one_citys_part),
        case!(moving_to_a_city_link_fetches_its_part_before_the_click),
        case!(the_home_page_warms_up_a_city_page_out_of_sight),
        case!(ten_years_of_figures_have_dates_that_do_not_overlap),
    ]
}

fn e(x: impl std::fmt::Display) -> String {
    x.to_string()
}

async fn the_national_dataset_is_searched_and_a_city_page_opens(env: &Env) -> R {
    let Some(data) = &env.synthetic else {
        println!("    (no synthetic dataset given: `--synthetic FILE`, which `make test-browser` passes)");
        return Ok(());
    };
    env.page.open(&format!("?data={data}")).await?;
    env.page.wait_text("Menampilkan 514 dari 514 kota").await?;
    expect_all(
        &env.page.main_text().await?,
        "the home page",
        &["Data fiktif", "Data ada untuk 514 dari 514 kabupaten/kota di Indonesia, di 38 dari 38 provinsi."],
    )?;

    // A sort moves the 514 cards a frame's worth at a time (the list is busy meanwhile) and
    // ends with every card in order of its count, largest first.
    env.page.control("Urutkan").await?.select_by_value("jumlah").await.map_err(e)?;
    env.page.wait_query("urut=jumlah", false).await?;
    let counts = env
        .page
        .wait_js(
            "the cards in the order of their counts",
            &format!(
                "if (document.querySelector('.card-grid[aria-busy]')) return null;
                 return [...document.querySelectorAll({})].map((c) => {{
                   const fact = [...c.querySelectorAll('.fact')].find((f) => f.querySelector('dt')?.textContent === 'Jumlah koperasi');
                   return Number((fact?.querySelector('.cited-value')?.textContent ?? '').replace(/\\./g, '')) || null;
                 }});",
                serde_json::json!(e2e::browser::SHOWN_CARDS)
            ),
            vec![],
        )
        .await?;
    let counts: Vec<Option<u64>> = counts.as_array().into_iter().flatten().map(|c| c.as_u64()).collect();
    let reported: Vec<u64> = counts.iter().map_while(|c| *c).collect();
    let ordered = reported.windows(2).all(|w| w[0] >= w[1]) && counts[reported.len()..].iter().all(Option::is_none);
    if counts.len() != 514 || reported.len() < 500 || !ordered {
        return Err(format!(
            "after the sort by count, {} cards, {} with a count, in order: {ordered}",
            counts.len(),
            reported.len()
        ));
    }

    // Back to names (a second reorder), then typed as a reader types: the cards narrow to the
    // two that match every word.
    env.page.control("Urutkan").await?.select_by_value("nama").await.map_err(e)?;
    let search = env.page.control("Cari").await?;
    search.send_keys("aceh barat").await.map_err(e)?;
    env.page.wait_cards(&["Kabupaten Aceh Barat", "Kabupaten Aceh Barat Daya"]).await?;
    env.page.wait_text("Menampilkan 2 dari 514 kota").await?;
    // The cards left out are still in the page, but not for anyone: not seen, not read out,
    // not reached with Tab, not found in the page.
    let left_out = env
        .page
        .js(
            "const li = document.querySelector('.card-grid > li[data-off]'); const a = li?.querySelector('h2 a'); \
             return a ? [getComputedStyle(a).visibility, li.getBoundingClientRect().height] : null;",
            vec![],
        )
        .await?;
    if left_out != serde_json::json!(["hidden", 0.0]) && left_out != serde_json::json!(["hidden", 0]) {
        return Err(format!("a card left out by the search: [visibility, height] {left_out}"));
    }

    let card = env.page.article("Kabupaten Aceh Barat Daya").await?;
    card.find(fantoccini::Locator::Css("h2 a")).await.map_err(e)?.click().await.map_err(e)?;
    env.page.wait_heading("Kabupaten Aceh Barat Daya").await?;
    env.page.wait_query("data=", false).await?;
    expect_all(
        &env.page.main_text().await?,
        "the city page",
        &["Kode wilayah 11.12", "Aceh", "Data fiktif", "Kepala daerah Aceh Barat Daya (sintetis)"],
    )?;
    // Its first figure opens onto its sentence, built when opened.
    // The page shown, not the one just left (still in the document, out of sight, until idle).
    let shown =
        "[...document.querySelectorAll('main .cited')].find((d) => d.checkVisibility({ visibilityProperty: true }))";
    env.page.js(&format!("{shown}.querySelector(':scope > summary, :scope > .cited-toggle').click();"), vec![]).await?;
    let sentence = env
        .page
        .wait_js(
            "the first figure's sentence",
            &format!("return {shown}?.querySelector('.cited-body blockquote')?.textContent;"),
            vec![],
        )
        .await?;
    let sentence = sentence.as_str().unwrap_or_default();
    if !sentence.starts_with("Data sintetis:") {
        return Err(format!("the first figure's sentence: {sentence:?}"));
    }
    crate::axe_check(env, "a city page of the national dataset").await
}

/// Clearing a search brings back ~500 cards: the first screen's in the frame of the change,
/// the rest in the frames after (`src/reveal.rs`), ending with every card in the order it had.
async fn a_cleared_search_shows_the_first_screen_at_once_and_then_every_card(env: &Env) -> R {
    if !open_every_card(env).await? {
        return Ok(());
    }
    let all = env.page.card_names().await?;
    if all.len() != 514 {
        return Err(format!("{} cards before the search", all.len()));
    }
    env.page.control("Cari").await?.send_keys("kota bl").await.map_err(e)?;
    let narrowed = format!(
        "const n = document.querySelectorAll({}).length; \
         return n > 0 && n < 24 && document.querySelector('[data-testid=result-count]').textContent.includes(' ' + n + ' dari');",
        serde_json::json!(SHOWN_CARDS)
    );
    env.page.wait_js("a few cards for \"kota bl\"", &narrowed, vec![]).await?;
    // Cleared as a reader clears it, and looked at in the next frame.
    let first_frame = env
        .page
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             const input = document.querySelector('input[type=search]');
             input.value = ''; input.dispatchEvent(new Event('input', { bubbles: true }));
             requestAnimationFrame(() => {
               const items = [...document.querySelectorAll('.card-grid > li')];
               done([items.slice(0, 24).every((li) => !li.hasAttribute('data-off')),
                     items.filter((li) => !li.hasAttribute('data-off')).length,
                     document.querySelector('[data-testid=result-count]').textContent]);
             });",
            vec![],
        )
        .await
        .map_err(e)?;
    let (screen, shown, count) = (&first_frame[0], first_frame[1].as_u64().unwrap_or(0), &first_frame[2]);
    if screen != &serde_json::json!(true)
        || !(24..514).contains(&shown)
        || count.as_str() != Some("Menampilkan 514 dari 514 kota")
    {
        return Err(format!(
            "in the frame after clearing the search: the first 24 places shown {screen}, {shown} cards shown \
             (the first screen's, not all 514), the count {count}"
        ));
    }
    let names: Vec<&str> = all.iter().map(String::as_str).collect();
    env.page.wait_cards(&names).await
}

/// Typing "kota" at national scale brings cards from far down the list (never drawn: the
/// browser skips the content of cards off the screen) up onto the screen. They are drawn in the
/// paint of the keystroke's frame, not left blank until the browser notices them a frame later
/// (`data-now`, `src/reveal.rs`), and handed back to the browser after.
async fn a_search_draws_the_cards_it_brings_onto_the_screen_in_its_own_frame(env: &Env) -> R {
    if !open_every_card(env).await? {
        return Ok(());
    }
    let search = env.page.control("Cari").await?;
    let typed = "control.value = 'kota'; control.dispatchEvent(new Event('input', { bubbles: true }));";
    let Some(frame) = drawn_in_its_frame(env, &search, typed, "the keystroke").await? else { return Ok(()) };
    if frame.count.contains("514 dari") {
        return Err(format!("in the paint of the keystroke's frame the count is still {}", frame.count));
    }
    frame.handed_back(env, "the keystroke").await
}

/// A sort moves cards from far down the list (never rendered: the browser skipped their
/// content) onto the screen; they are rendered in the sort's frame, so it lays them out in one
/// pass (`data-now`, see `reveal::render_in_this_frame`), and stay drawn once handed back.
async fn a_sort_draws_the_cards_it_moves_onto_the_screen_in_its_own_frame(env: &Env) -> R {
    if !open_every_card(env).await? {
        return Ok(());
    }
    let sort = env.page.control("Urutkan").await?;
    let sorted = "control.value = 'jumlah'; control.dispatchEvent(new Event('change', { bubbles: true }));";
    let Some(frame) = drawn_in_its_frame(env, &sort, sorted, "the sort").await? else { return Ok(()) };
    // The cards on the screen that were beyond the first 24 places before the sort.
    let from_below: Vec<&String> = frame.seen.iter().filter(|id| !frame.before.contains(id)).collect();
    let unmarked: Vec<&&String> = from_below.iter().filter(|id| !frame.marked.contains(id)).collect();
    if frame.seen.first() == frame.before.first() || from_below.is_empty() || !unmarked.is_empty() {
        return Err(format!(
            "in the paint of the sort's frame: on the screen {:?} (before, the first places were {:?}); \
             of those from below, not rendered for the frame: {unmarked:?}",
            frame.seen, frame.before
        ));
    }
    frame.handed_back(env, "the sort").await
}

/// The app knows how many cards the window shows from when the browser was last idle (see
/// `reorder::dom::view_of`), not from a measurement in the keystroke. A window that widens
/// from a phone's one column to three shows more cards: a keystroke after it still draws every
/// card on the screen in its frame, none left blank for the browser to find a frame later.
async fn a_search_after_the_window_widens_draws_every_card_on_the_new_screen(env: &Env) -> R {
    env.page.set_viewport(390, 900).await?;
    if !open_every_card(env).await? {
        return Ok(());
    }
    // Idle twice at the phone's width (its view measured), then wider, then idle again.
    let idle = "const done = arguments[arguments.length - 1];
        const idle = (f) => 'requestIdleCallback' in window ? requestIdleCallback(f) : requestAnimationFrame(() => setTimeout(f, 0));
        idle(() => idle(() => done(innerWidth)));";
    env.page.client.execute_async(idle, vec![]).await.map_err(e)?;
    env.page.set_viewport(1280, 900).await?;
    env.page.wait_js("the window wider than a phone", "return innerWidth > 1000;", vec![]).await?;
    env.page.client.execute_async(idle, vec![]).await.map_err(e)?;
    let search = env.page.control("Cari").await?;
    let typed = "control.value = 'kota'; control.dispatchEvent(new Event('input', { bubbles: true }));";
    let Some(frame) = drawn_in_its_frame(env, &search, typed, "the keystroke after widening").await? else {
        return Ok(());
    };
    if frame.seen.len() < 2 {
        return Err(format!("at 1280 px the screen shows more than one card: {:?}", frame.seen));
    }
    frame.handed_back(env, "the keystroke after widening").await
}

/// What the paint of a change's frame showed (see [`drawn_in_its_frame`]).
struct FramePaint {
    /// The shown cards on the screen, in order.
    seen: Vec<String>,
    /// The first 24 shown cards before the change.
    before: Vec<String>,
    /// The cards marked to be rendered in the change's frame (`data-now`).
    marked: Vec<String>,
    /// The result count.
    count: String,
}

/// Runs `action` (with `control` its element) in a task just after a frame, as an input event
/// comes, and looks in the task after the next frame's paint (the change's) at the shown
/// cards on the screen: none may have had its content skipped. `None` (and a line saying
/// why) in a browser that cannot tell.
async fn drawn_in_its_frame(env: &Env, control: &Element, action: &str, what: &str) -> R<Option<FramePaint>> {
    let control = serde_json::to_value(control).map_err(e)?;
    let painted = env
        .page
        .client
        .execute_async(
            &format!(
                "const [control, done] = [arguments[0], arguments[arguments.length - 1]];
                 if (typeof Element.prototype.checkVisibility !== 'function') {{ done('no checkVisibility'); return; }}
                 const shown = () => [...document.querySelectorAll('.card-grid > li:not([data-off])')];
                 requestAnimationFrame(() => setTimeout(() => {{
                   const before = shown().slice(0, 24).map((li) => li.dataset.city);
                   {action}
                   requestAnimationFrame(() => setTimeout(() => {{
                     const seen = [], blank = [], marked = [];
                     for (const li of shown()) {{
                       const r = li.getBoundingClientRect();
                       if (r.top >= innerHeight) break;
                       if (r.bottom <= 0) continue;
                       seen.push(li.dataset.city);
                       if (!li.firstElementChild.checkVisibility({{ contentVisibilityAuto: true }})) blank.push(li.dataset.city);
                       if (li.hasAttribute('data-now')) marked.push(li.dataset.city);
                     }}
                     done([seen, blank, document.querySelector('[data-testid=result-count]').textContent, before, marked]);
                   }}, 0));
                 }}, 0));"
            ),
            vec![control],
        )
        .await
        .map_err(e)?;
    if painted.as_str() == Some("no checkVisibility") {
        println!("    (this browser has no checkVisibility: what a paint skipped cannot be asked)");
        return Ok(None);
    }
    let ids = |at: usize| -> Vec<String> {
        painted[at].as_array().into_iter().flatten().filter_map(|v| v.as_str().map(String::from)).collect()
    };
    let (seen, blank) = (ids(0), ids(1));
    if seen.is_empty() || !blank.is_empty() {
        return Err(format!(
            "in the paint of {what}'s frame: cards on the screen {seen:?}, of them drawn blank {blank:?} (none should be)"
        ));
    }
    let count = painted[2].as_str().unwrap_or_default().to_string();
    Ok(Some(FramePaint { seen, before: ids(3), marked: ids(4), count }))
}

impl FramePaint {
    /// Once the cards rendered for the change are handed back to the browser (`data-now`
    /// gone), the paint after the next frame skips none of those on the screen either.
    async fn handed_back(&self, env: &Env, what: &str) -> R {
        env.page
            .wait_js("the cards handed back to the browser", "return !document.querySelector('[data-now]');", vec![])
            .await?;
        let after = env
            .page
            .client
            .execute_async(
                &format!(
                    "const done = arguments[arguments.length - 1];
                     requestAnimationFrame(() => setTimeout(() => done({SKIPPED_ON_SCREEN}), 0));"
                ),
                vec![],
            )
            .await
            .map_err(e)?;
        if after.as_array().is_none_or(|a| !a.is_empty()) {
            return Err(format!(
                "after {what}, once handed back to the browser, cards on the screen drawn blank: {after}"
            ));
        }
        Ok(())
    }
}

/// Opens the home page on the synthetic national dataset and waits for every card to be
/// built; `false` (and a line saying why) when no synthetic dataset was given.
async fn open_every_card(env: &Env) -> R<bool> {
    let Some(data) = &env.synthetic else {
        println!("    (no synthetic dataset given: `--synthetic FILE`, which `make test-browser` passes)");
        return Ok(false);
    };
    env.page.open(&format!("?data={data}")).await?;
    env.page.wait_text("Menampilkan 514 dari 514 kota").await?;
    env.page.wait_js("every card built", "return !document.querySelector('[data-pending]');", vec![]).await?;
    Ok(true)
}

/// The dataset files the page has requested so far, below `data/`, in order.
async fn data_files(env: &Env) -> R<Vec<String>> {
    let files = env
        .page
        .js(
            "return performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname) \
             .filter((p) => p.includes('/data/')).map((p) => p.slice(p.indexOf('/data/') + 1));",
            vec![],
        )
        .await?;
    Ok(files.as_array().into_iter().flatten().filter_map(|f| f.as_str().map(String::from)).collect())
}

/// The national site's address, if the run was given one (else the case is skipped, saying so).
fn national_site(env: &Env) -> Option<&String> {
    if env.national_base.is_none() {
        println!("    (no national site given: `--national DIR`, which `make test-browser` builds)");
    }
    env.national_base.as_ref()
}

/// The data files fetched but the cities' parts (which the app may fetch before they are
/// asked for, for the links in the window), after checking that no file was fetched twice.
fn for_views(files: &[String]) -> R<Vec<&str>> {
    if let Some(twice) = files.iter().find(|f| files.iter().filter(|g| g == f).count() > 1) {
        return Err(format!("{twice} was fetched twice: {files:?}"));
    }
    Ok(files.iter().map(String::as_str).filter(|f| !f.starts_with("data/kota/")).collect())
}

async fn a_national_site_loads_the_summary_then_one_citys_part(env: &Env) -> R {
    let Some(base) = national_site(env) else { return Ok(()) };
    env.page.open_at(base, "").await?;
    env.page.wait_live().await?;
    env.page.wait_text("Menampilkan 514 dari 514 kota").await?;
    // The cards, the filters and the coverage line come from the summary alone; at most the
    // parts of the cards in the window come before they are asked for.
    let files = data_files(env).await?;
    if for_views(&files)? != ["data/ringkasan.json"] || files.len() > 10 {
        return Err(format!("the home page loaded {files:?}, not only the summary"));
    }
    let search = env.page.control("Cari").await?;
    search.send_keys("aceh barat daya").await.map_err(e)?;
    env.page.wait_cards(&["Kabupaten Aceh Barat Daya"]).await?;
    let card = env.page.article("Kabupaten Aceh Barat Daya").await?;
    let link = card.find(fantoccini::Locator::Css("h2 a")).await.map_err(e)?;
    let href = link.attr("href").await.map_err(e)?.unwrap_or_default();
    let id = href.trim_end_matches('/').rsplit('/').next().unwrap_or_default().to_string();
    link.click().await.map_err(e)?;
    env.page.wait_heading("Kabupaten Aceh Barat Daya").await?;
    // Every record of the city, from its own part: its people, all its years.
    expect_all(
        &env.page.main_text().await?,
        "the city page",
        &["Kode wilayah 11.12", "Kepala daerah Aceh Barat Daya (sintetis)", "2016", "2025"],
    )?;
    let files = data_files(env).await?;
    let part = format!("data/kota/{id}.json");
    if for_views(&files)? != ["data/ringkasan.json"] || !files.contains(&part) {
        return Err(format!("after opening the city page: {files:?}, expected the summary and {part}"));
    }
    // In English the city page is rebuilt from the part already loaded, not from the summary.
    env.page.button("English").await?.click().await.map_err(e)?;
    env.page.wait_text("Region code 11.12").await?;
    env.page.wait_heading("Kabupaten Aceh Barat Daya").await?;
    expect_all(&env.page.main_text().await?, "the English city page", &["2016", "2025"])?;
    if for_views(&data_files(env).await?)? != ["data/ringkasan.json"] {
        return Err(format!("the language switch loaded data: {:?}", data_files(env).await?));
    }
    env.page.button("Bahasa Indonesia").await?.click().await.map_err(e)?;
    env.page.wait_text("Kode wilayah 11.12").await?;
    // The timeline shows every city's awards: their part; the health page, the summary again.
    env.page.button("Penghargaan").await?.click().await.map_err(e)?;
    env.page.wait_heading("Penghargaan").await?;
    env.page.button("Kesehatan").await?.click().await.map_err(e)?;
    env.page.wait_heading("Kesehatan koperasi").await?;
    let files = data_files(env).await?;
    if for_views(&files)? != ["data/ringkasan.json", "data/penghargaan.json"] {
        return Err(format!("the timeline and the health page loaded {files:?}"));
    }
    env.page.client.back().await.map_err(e)?;
    env.page.wait_heading("Penghargaan").await?;
    // Back home (through the city page in both languages): nothing is fetched again.
    for text in ["Kode wilayah 11.12", "Region code 11.12", "Kode wilayah 11.12"] {
        env.page.client.back().await.map_err(e)?;
        env.page.wait_text(text).await?;
    }
    env.page.client.back().await.map_err(e)?;
    env.page.wait_text("Menampilkan 1 dari 514 kota").await?;
    let again = data_files(env).await?;
    if for_views(&again)? != ["data/ringkasan.json", "data/penghargaan.json"] {
        return Err(format!("going back loaded data again: {again:?}"));
    }
    Ok(())
}

/// Moving to a city's link (pointing at it, touching it, focusing it) fetches its part; the
/// click that follows finds it there, and the part is fetched once.
async fn moving_to_a_city_link_fetches_its_part_before_the_click(env: &Env) -> R {
    let Some(base) = national_site(env) else { return Ok(()) };
    env.page.open_at(base, "").await?;
    env.page.wait_live().await?;
    env.page.wait_js("every card built", "return !document.querySelector('[data-pending]');", vec![]).await?;
    // The last card, far below the window: not one whose part is fetched for being in view.
    let last = format!("[...document.querySelectorAll('{SHOWN_CARDS} h2 a')].at(-1)");
    let (name, href) = match env
        .page
        .js(&format!("const a = {last}; return [a.textContent.trim(), a.getAttribute('href')];"), vec![])
        .await?
    {
        serde_json::Value::Array(v) => {
            (v[0].as_str().unwrap_or_default().to_string(), v[1].as_str().unwrap_or_default().to_string())
        }
        other => return Err(format!("no last card: {other}")),
    };
    let part = format!("data/kota/{}.json", href.trim_end_matches('/').rsplit('/').next().unwrap_or_default());
    if data_files(env).await?.contains(&part) {
        return Err(format!("{part} was fetched before the reader went near its card"));
    }
    // A keyboard reader's focus, without scrolling it into the window.
    env.page.js(&format!("{last}.focus({{ preventScroll: true }});"), vec![]).await?;
    let fetched = format!("return performance.getEntriesByType('resource').some((r) => r.name.endsWith({part:?}));");
    env.page.wait_js(&format!("{part} fetched on focus"), &fetched, vec![]).await?;
    env.page.js(&format!("{last}.click();"), vec![]).await?;
    env.page.wait_heading(&name).await?;
    for_views(&data_files(env).await?)?;
    Ok(())
}

/// On the home page, once the app is live and the browser idle, the code of a city page is
/// warmed up (`src/warm.rs`): the first card's city page is built out of the document and taken
/// down. Nothing of it reaches the page, it fetches no part the prefetch does not, and that
/// city opens whole afterwards.
async fn the_home_page_warms_up_a_city_page_out_of_sight(env: &Env) -> R {
    let Some(base) = national_site(env) else { return Ok(()) };
    env.page.open_at(base, "").await?;
    env.page.wait_live().await?;
    let what = "return [document.querySelectorAll('h1').length, document.querySelector('main h1').innerText, \
                document.title, document.querySelectorAll('#bagian-angka, [data-testid=counts-table]').length]";
    let before = env.page.js(what, vec![]).await?;
    env.page
        .wait_js("the warm-up's mark", "return performance.getEntriesByName('koperasi-kota:warm').length", vec![])
        .await?;
    let after = env.page.js(what, vec![]).await?;
    if after != before || after[0] != 1 || after[3] != 0 {
        return Err(format!("[h1s, h1, title, city sections] before the warm-up {before}, after {after}"));
    }
    env.page.wait_text("Menampilkan 514 dari 514 kota").await?;
    let first = env.page.card_names().await?.into_iter().next().ok_or("no card")?;
    let files = data_files(env).await?;
    if for_views(&files)? != ["data/ringkasan.json"] || files.len() > 10 {
        return Err(format!("with the warm-up the home page loaded {files:?}"));
    }
    let card = env.page.article(&first).await?;
    card.find(fantoccini::Locator::Css("h2 a")).await.map_err(e)?.click().await.map_err(e)?;
    env.page.wait_heading(&first).await?;
    expect_all(&env.page.main_text().await?, "the city page after the warm-up", &["Kesehatan", "Penghargaan", "2025"])
}

/// A city with ten years of figures: the dates under its chart's groups are shortened (to the
/// year, here) and the figures above its bars left to the table, so that no text is drawn over
/// another, on a wide window and on a phone; the table below keeps the full dates.
async fn ten_years_of_figures_have_dates_that_do_not_overlap(env: &Env) -> R {
    let Some(base) = national_site(env) else { return Ok(()) };
    env.page.open_at(base, "").await?;
    env.page.wait_live().await?;
    let first = env.page.card_names().await?.into_iter().next().ok_or("no card")?;
    let card = env.page.article(&first).await?;
    card.find(fantoccini::Locator::Css("h2 a")).await.map_err(e)?.click().await.map_err(e)?;
    env.page.wait_heading(&first).await?;
    let mut result = Ok(());
    for width in [1280, 390] {
        env.page.set_viewport(width, 900).await?;
        result = result.and(axis_without_overlaps(env, width).await);
    }
    env.page.set_viewport(1280, 900).await?;
    result?;
    let table =
        env.page.js("return document.querySelector('[data-testid=counts-table] tbody th').innerText", vec![]).await?;
    if !table.as_str().unwrap_or_default().contains(' ') {
        return Err(format!("the table's first date is {table}, not a full date"));
    }
    Ok(())
}

/// The dates under the counts chart at `width` px: the years, at least five, none over another;
/// and no figure above a bar over another.
async fn axis_without_overlaps(env: &Env, width: u32) -> R {
    let labels = "return [...document.querySelectorAll('[data-testid=counts-chart] .group-label')] \
                  .map((t) => { const b = t.getBoundingClientRect(); return [t.textContent, b.left, b.right]; })";
    let shown = env.page.js(labels, vec![]).await?;
    let shown = shown.as_array().cloned().unwrap_or_default();
    let text = |l: &serde_json::Value| l[0].as_str().unwrap_or_default().to_string();
    if shown.len() < 5 || shown.iter().any(|l| text(l).len() != 4) {
        return Err(format!("at {width} px the axis shows {shown:?}, not the years"));
    }
    for pair in shown.windows(2) {
        if pair[1][1].as_f64() < pair[0][2].as_f64() {
            return Err(format!("at {width} px {} overlaps {}", pair[0][0], pair[1][0]));
        }
    }
    // Nor is a figure above a bar drawn over another.
    let values = "const r = [...document.querySelectorAll('[data-testid=counts-chart] .bar-value')] \
                  .map((t) => [t.textContent, t.getBoundingClientRect()]); \
                  for (const [a, p] of r) for (const [b, q] of r) \
                    if (p !== q && p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom) \
                      return a + ' over ' + b; \
                  return '';";
    let over = env.page.js(values, vec![]).await?;
    match over.as_str() {
        Some("") => Ok(()),
        _ => Err(format!("at {width} px the figures above the bars: {over}")),
    }
}
