//! `make bench`: the release build with a national-scale dataset in headless Chromium, one line
//! per figure: `bench NAME: MEDIAN ms (min MIN, max MAX, n N)`.
//!
//! `cargo run --release -p e2e --bin bench -- --dist DIR [--runs N]`; DIR is a built `dist/`
//! whose `data/koperasi.json` is the dataset to measure (the Makefile puts the synthetic one
//! there). Each run loads the home page afresh and measures, in the page: parsing and validation
//! and the first render (from the app's User Timing marks: parsed to live) and the home page
//! complete (parsed to the frame with every card built), the JS heap after load, how long
//! the first visit's offline copy takes to save (at most), the peak of the wasm memory (where
//! the dataset and its index live); then, once the offline copy is saved (it competes for the two cores), the first
//! search keystroke, five more typed one by one, clearing the search, a sort, opening a city
//! page, the timeline and the health page (each from the event to the next paint, then, for
//! the lists built a frame at a time, to the frame with the last item: "complete"). Each run is
//! a new browser: a first visit. Figures, not assertions: these machines are noisy. An action
//! on the city list counts once the cards on the screen are drawn in the paint (none skipped,
//! see `CARDS_DRAWN`). `--timing task|frame|both` (default both): each run is made with the
//! actions dispatched at once, as input events are (the figure includes the wait for the next
//! frame), and/or at the start of a frame (named "(at a frame's start)": the work alone; see
//! `TIMED`).
//! `--profile NAME` (e.g. `"open city page"`) prints where that action's time goes; `--breakdown`
//! prints, for every timed action, Chrome's script, style, layout and task totals across it;
//! `--trace NAME` prints the kinds of work in Chrome's timeline trace around that action (per
//! thread: script, style, layout, paint, ...), or from the data's arrival (`load`) or its
//! validation (`first render`) to the app's takeover.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

use e2e::browser::{Options, R, SHOWN_CARDS, SKIPPED_ON_SCREEN};
use e2e::server::Service;
use e2e::Page;
use serde_json::{json, Value};

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bench: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Runs `action` (a function body that changes the page), then resolves with the milliseconds
/// until the paint of the first frame that starts with `ready` (an expression) holding: it is
/// checked at the start of each frame (an animation frame callback, before that frame's style,
/// layout and paint), and the time is read in a task after that frame has painted. (Checked in
/// tasks instead, a change the browser painted before the check ran was counted a frame late.)
///
/// `aligned` false: the action runs at once, in a task, as an input event does; the figure
/// includes the wait for the next frame to begin (the `no-op` figure, 0 to 16 ms by when the
/// task runs). `aligned` true: the action runs at the start of a frame (in the frame callback
/// asked just before the check's, so the app's effects, which run as microtasks after it, come
/// before the check and the frame's style, layout and paint): the figure is the work the change
/// costs, its script and that frame's rendering, with no wait; at most 16.7 ms when it is
/// painted in that frame (one frame), and a frame more for each frame it takes after that.
/// (A frame callback the app asks for from the action then runs a frame later than after an
/// input event: the "complete" figures of lists built a frame at a time include such a frame,
/// and only the first paint's are the work alone.)
///
/// The bench's own checks (`ready`, `painted`) run inside the frames it times: their script is
/// taken off the figure (`spent`). Checking that a search applied reads the text of every card
/// shown, 1.5-3 ms of a keystroke's frame at national scale, which the app does not spend. A
/// check runs twice: the first may bring style and layout up to date (`innerText`), which is
/// the frame's own work and stays in; the second, with nothing left to do, is the check alone,
/// and twice its time is what is taken off.
///
/// Two conditions, `first` then `all`, give two figures: the paint of the first frame that
/// starts with each holding (a list built a frame at a time: its first items, then its last);
/// `painted` is asked of the first. An action with one figure has `all` "true".
const TIMED: &str =
    "const [action, first, all, aligned, painted, done] = [arguments[0], arguments[1], arguments[2], arguments[3], arguments[4], arguments[arguments.length - 1]];
    let spent = 0;
    const holds = (e) => { const f = new Function('return ' + e); const r = f(); const s = performance.now(); f(); spent += 2 * (performance.now() - s); return r; };
    let t0 = null;
    const act = () => { t0 = performance.now(); new Function(action)(); };
    let t1 = null;
    const check = () => {
      if (t1 === null && holds(first)) { t1 = -1; setTimeout(() => { t1 = holds(painted) ? performance.now() - t0 - spent : null; }, 0); }
      if (t1 !== null && holds(all)) { setTimeout(() => t1 === null ? requestAnimationFrame(check) : done([t1, performance.now() - t0 - spent]), 0); return; }
      requestAnimationFrame(check);
    };
    if (aligned) { requestAnimationFrame(act); } else { act(); }
    requestAnimationFrame(check);";

/// The keystrokes typed after the first ("k"), each with a figure of its own besides the
/// "filter keystroke" of them all: they hide very different numbers of cards ("ko" ~330).
const KEYSTROKES: [(&str, &str); 5] = [
    ("ko", "filter keystroke: ko"),
    ("kot", "filter keystroke: kot"),
    ("kota", "filter keystroke: kota"),
    ("kota b", "filter keystroke: kota b"),
    ("kota bl", "filter keystroke: kota bl"),
];

/// Whether the paint just made showed the cards in the window drawn (none of them skipped, see
/// `SKIPPED_ON_SCREEN`). Asked in the task after the paint, of the cards the actions on the
/// list change; "ready" alone looks at the page's elements, not at what was drawn.
static CARDS_DRAWN: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| format!("{SKIPPED_ON_SCREEN}.length === 0"));

async fn run() -> R {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |flag: &str| args.iter().position(|a| a == flag).and_then(|i| args.get(i + 1)).cloned();
    let dist = PathBuf::from(value("--dist").ok_or("--dist DIR is required")?);
    let runs: usize = value("--runs").and_then(|r| r.parse().ok()).unwrap_or(5);
    let profile = value("--profile");
    let breakdown = args.iter().any(|a| a == "--breakdown");
    let trace = value("--trace");
    let server = Service::static_files(&dist).await?;
    // `--timing task|frame|both` (default both): the actions as input events, at once, and/or
    // at the start of a frame (see `TIMED`); each in runs of its own.
    let modes: &[bool] = match value("--timing").as_deref() {
        None | Some("both") => &[false, true],
        Some("task") => &[false],
        Some("frame") => &[true],
        Some(other) => return Err(format!("--timing {other}: task, frame or both")),
    };
    let mut figures: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    for _ in 0..runs {
        for aligned in modes.iter().copied() {
            // A new browser each run: a first visit, with nothing cached or saved offline.
            let options = Options { precise_memory: true, trace: trace.is_some(), ..Options::default() };
            let page = Page::launch_with("chromium", server.url(), options).await?;
            let watch = Watch { profile: profile.as_deref(), trace: trace.as_deref(), breakdown, aligned };
            let result = one_run(&page, watch).await;
            let _ = page.client.clone().close().await;
            for (name, ms) in result? {
                figures.entry(name).or_default().push(ms);
            }
        }
    }
    for (name, mut values) in figures {
        values.sort_by(f64::total_cmp);
        let median = values[values.len() / 2];
        let megabytes = name == "heap" || name == "wasm memory peak";
        let unit = if megabytes { "MB" } else { "ms" };
        let label = if megabytes { format!("bench {name} MB") } else { format!("bench {name}") };
        println!(
            "{label}: {median:.1} {unit} (min {:.1}, max {:.1}, n {})",
            values[0],
            values[values.len() - 1],
            values.len()
        );
    }
    Ok(())
}

/// What to watch besides the times: `--profile NAME`, `--trace NAME`, `--breakdown`.
#[derive(Clone, Copy)]
struct Watch<'a> {
    profile: Option<&'a str>,
    trace: Option<&'a str>,
    breakdown: bool,
    /// The actions are run at the start of a frame (see `TIMED`), and their figures named so.
    aligned: bool,
}

async fn one_run(page: &Page, watch: Watch<'_>) -> R<Vec<(String, f64)>> {
    let Watch { profile, trace, breakdown, aligned } = watch;
    // `--profile NAME`: Chrome's sampling profiler around that action.
    // Times `action` to the paint where `ready` holds and, given `all`, to the one where that
    // holds too; watched as the flags ask.
    let watched = |name: &'static str, action: String, ready: String, all: Option<String>| async move {
        // The actions on the city list count once the cards on the screen are drawn.
        let on_list = matches!(name, "first keystroke" | "filter keystroke" | "clear search" | "sort");
        let painted = if on_list { CARDS_DRAWN.as_str() } else { "true" };
        let profiled = profile == Some(name);
        if profiled {
            e2e::profile::start(page).await?;
        }
        let traced = trace == Some(name);
        if traced {
            // What was recorded so far is not this action's.
            e2e::profile::trace_events(page).await?;
            page.js("performance.mark('bench:start');", vec![]).await?;
        }
        let before = if breakdown { Some(e2e::profile::work_totals(page).await?) } else { None };
        let (ms, rest) = timed_two(page, &action, &ready, all.as_deref().unwrap_or("true"), aligned, painted).await?;
        let rest = all.is_some().then_some(rest);
        if let Some(before) = before {
            let after = e2e::profile::work_totals(page).await?;
            let d: Vec<f64> = after.iter().zip(before).map(|(a, b)| a - b).collect();
            println!(
                "breakdown {name}: {ms:.1} ms; script {:.1}, style {:.1}, layout {:.1}, all tasks {:.1} ms",
                d[0], d[1], d[2], d[3]
            );
        }
        if profiled {
            e2e::profile::stop_and_print(page, name).await?;
        }
        if traced {
            page.js("performance.mark('bench:end');", vec![]).await?;
            e2e::profile::print_trace(&e2e::profile::trace_events(page).await?, "bench:start", "bench:end", name);
        }
        Ok::<_, String>((ms, rest))
    };
    let timed = |name: &'static str, action: String, ready: String| async move {
        Ok::<_, String>((name, watched(name, action, ready, None).await?.0))
    };
    let mut out = Vec::new();
    page.open("").await?;
    // The app takes over once its first cards are built (the rest follow a step a frame):
    // wait for the last, checked every frame, and then read the marks.
    let complete = wait_async(page, HOME_COMPLETE).await?;
    if let Some(name @ ("load" | "first render")) = trace {
        // The load itself: from the data's arrival (`load`) or from its validation (`first
        // render`) to the moment the app is live.
        let from = if name == "load" { "koperasi-kota:data" } else { "koperasi-kota:parsed" };
        e2e::profile::print_trace(&e2e::profile::trace_events(page).await?, from, "koperasi-kota:live", name);
    }
    let marks = page
        .js(
            "const m = (n) => performance.getEntriesByName('koperasi-kota:' + n)[0]?.startTime ?? null;
             return [m('data'), m('parsed'), m('live'), performance.memory ? performance.memory.usedJSHeapSize : null,
                     document.querySelectorAll(arguments[0]).length, m('model')];",
            vec![json!(SHOWN_CARDS)],
        )
        .await?;
    let at = |i: usize| marks[i].as_f64().ok_or(format!("no User Timing mark in {marks}"));
    out.push(("parse+validate", at(1)? - at(0)?));
    // Its two steps: the text read into the model (serde_json), then validated (with the index).
    out.push(("parse: into the model", at(5)? - at(0)?));
    out.push(("parse: validate", at(1)? - at(5)?));
    out.push(("first render", at(2)? - at(1)?));
    out.push(("home page complete", complete - at(1)?));
    if let Some(heap) = marks[3].as_f64() {
        out.push(("heap", heap / 1e6));
    }
    let cards = marks[4].as_u64().unwrap_or(0);
    // The first visit saves the offline copy (the service worker fetches every file, 11 MB of
    // data among them) while the reader starts; on two cores that competes with the page.
    // Interactions are timed after it, and how long it took is a figure of its own.
    out.push(("offline copy saved by (after live)", wait_async(page, SAVED).await?));
    out.push(("wasm memory peak", wait_async(page, WASM_MEMORY).await? / 1e6));
    // The figures from here on are actions, named for how they were run (see `TIMED`).
    let actions_from = out.len();
    out.push(timed("no-op", String::new(), "true".into()).await?);
    let count = format!("document.querySelectorAll({}).length", json!(SHOWN_CARDS));
    let search = |text: &str| {
        format!("const i = document.querySelector('input[type=search]'); i.value = {}; i.dispatchEvent(new Event('input', {{ bubbles: true }}));", json!(text))
    };
    // Applied: every card shown has each word typed in its name, province or leader (folded
    // as the app folds them; not in its labels, which every card has), and as many are shown
    // as the count says. (The address bar lags on purpose while typing.)
    let applied = |text: &str| {
        format!(
            "(() => {{ const fold = (t) => t.toLowerCase().replace(/[^\\p{{L}}\\p{{N}}]+/gu, ' '); \
               const shown = [...document.querySelectorAll({cards_sel})]; \
               const said = (c) => fold(['h2', '.province', '.fact dd'].map((s) => c.querySelector(s)?.textContent ?? '').join(' ')); \
               return shown.every((c) => fold({text}).split(' ').filter(Boolean).every((w) => said(c).includes(w))) \
                 && document.querySelector('[data-testid=result-count]').textContent.includes(' ' + shown.length + ' '); }})()",
            cards_sel = json!(SHOWN_CARDS),
            text = json!(text)
        )
    };
    out.push(timed("first keystroke", search("k"), applied("k")).await?);
    for (text, name) in KEYSTROKES {
        let (all, ms) = timed("filter keystroke", search(text), applied(text)).await?;
        out.extend([(all, ms), (name, ms)]);
    }
    // The cards a reader sees are back at the first paint (the first 24 places: the screen
    // and the margin the browser renders around it); the rest follow in the frames after.
    let first_screen =
        "[...document.querySelectorAll('.card-grid > li')].slice(0, 24).every((li) => !li.hasAttribute('data-off'))";
    let (first, all) =
        watched("clear search", search(""), first_screen.into(), Some(format!("{count} === {cards}"))).await?;
    out.extend([("clear search", first), ("clear search complete", all.unwrap_or(f64::NAN))]);
    let sort = "const s = document.getElementById('urut'); s.value = 'jumlah'; s.dispatchEvent(new Event('change', { bubbles: true }));";
    let first_card = format!("document.querySelector({}).querySelector('h2')?.textContent", json!(SHOWN_CARDS));
    let before = page.js(&format!("return {first_card};"), vec![]).await?;
    // The cards a reader sees are in the new order at the first paint; the rest follow a
    // frame's worth at a time while the list is busy.
    let idle = "!document.querySelector('.card-grid[aria-busy]')";
    let (first, all) = watched("sort", sort.into(), format!("{first_card} !== {before}"), Some(idle.into())).await?;
    out.extend([("sort", first), ("sort complete", all.unwrap_or(f64::NAN))]);
    let first = page.js(&format!("return {first_card};"), vec![]).await?;
    let first = first.as_str().ok_or("no city card link")?.to_string();
    let open_city = format!("document.querySelector({}).querySelector('h2 a').click();", json!(SHOWN_CARDS));
    // The page's heading as shown: the page just left stays in the document, out of sight,
    // until the browser is idle.
    let city_ready = format!(
        "[...document.querySelectorAll('main h1')].some((h) => h.checkVisibility({{ visibilityProperty: true }}) && h.innerText === {})",
        json!(first)
    );
    out.push(timed("open city page", open_city, city_ready).await?);
    let nav = |href: &str| format!("document.querySelector('.site-header nav a[href*=\"{href}\"]').click();");
    let built = "!document.querySelector('[data-pending]')";
    let views = [
        ("penghargaan", ".timeline-year:not([hidden])", ("timeline render", "timeline complete")),
        ("kesehatan", "[data-testid=health-city]", ("health page render", "health page complete")),
    ];
    for (path, item, (first_name, all_name)) in views {
        let first_item = format!("location.pathname.includes('{path}') && !!document.querySelector('{item}')");
        let (first, all) = timed_two(page, &nav(path), &first_item, built, aligned, "true").await?;
        out.extend([(first_name, first), (all_name, all)]);
    }
    let suffix = if aligned { " (at a frame's start)" } else { "" };
    Ok(out
        .into_iter()
        .enumerate()
        .map(|(i, (name, ms))| (if i >= actions_from { format!("{name}{suffix}") } else { name.to_string() }, ms))
        .collect())
}

/// Resolves with the time (`performance.now()`) of the first frame at which the app is live
/// and has built every card (no `[data-pending]` list).
const HOME_COMPLETE: &str = "const done = arguments[arguments.length - 1]; \
    const check = () => document.documentElement.dataset.app === 'live' && !document.querySelector('[data-pending]') \
      ? done(performance.now()) : requestAnimationFrame(check); check();";

/// Resolves with the milliseconds since the app went live once the service worker that saves
/// the offline copy is active: an upper bound (it may have been active before the bench asks).
const SAVED: &str = "const done = arguments[arguments.length - 1]; \
    navigator.serviceWorker.ready.then((r) => { const w = r.active; \
      const check = () => w.state === 'activated' \
        ? done(performance.now() - performance.getEntriesByName('koperasi-kota:live')[0].startTime) \
        : setTimeout(check, 10); check(); });";

/// Resolves with the bytes of the app's wasm memory (where the dataset and the index live): the
/// size it has grown to, its peak (wasm memory never shrinks);
/// the glue module the page loaded, imported again, is the same instance, and its init answers
/// with the running module's exports.
const WASM_MEMORY: &str = "const done = arguments[arguments.length - 1]; \
    const glue = performance.getEntriesByType('resource').map((r) => r.name).find((n) => /koperasi-kota-[0-9a-f]+\\.js$/.test(n)); \
    import(glue).then((m) => m.default()).then((w) => done(w.memory.buffer.byteLength), (e) => done(String(e)));";

async fn wait_async(page: &Page, script: &str) -> R<f64> {
    let v: Value = page.client.execute_async(script, vec![]).await.map_err(|e| e.to_string())?;
    v.as_f64().ok_or(format!("no time from {script}: {v}"))
}

async fn timed_two(page: &Page, action: &str, first: &str, all: &str, aligned: bool, painted: &str) -> R<(f64, f64)> {
    let v: Value = page
        .client
        .execute_async(TIMED, vec![json!(action), json!(first), json!(all), json!(aligned), json!(painted)])
        .await
        .map_err(|e| e.to_string())?;
    match (v[0].as_f64(), v[1].as_f64()) {
        (Some(a), Some(b)) => Ok((a, b)),
        _ => Err(format!("no times for {action}: {v}")),
    }
}
