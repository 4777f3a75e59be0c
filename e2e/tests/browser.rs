//! Browser tests against the built `dist/`, served by a plain static server.
//! Run: `cargo test -p e2e --test browser -- --dist ../dist [--synthetic FILE] [--national DIR]
//! [--bundled DIR] [name-filter]`
//! (see the Makefile).

use std::path::PathBuf;
use std::process::ExitCode;

use e2e::browser::R;
use e2e::server::{copy_dir, Service};
use e2e::{run, Env, Page};

mod cases;

#[tokio::main]
async fn main() -> ExitCode {
    match start().await {
        Ok(0) => ExitCode::SUCCESS,
        Ok(_) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("browser tests could not start: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn start() -> R<usize> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut dist = None;
    let mut filter = None;
    let mut synthetic = None;
    let mut national = None;
    let mut bundled_site = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--dist" => dist = it.next().map(PathBuf::from),
            "--synthetic" => synthetic = it.next().map(PathBuf::from),
            "--national" => national = it.next().map(PathBuf::from),
            "--bundled" => bundled_site = it.next().map(PathBuf::from),
            flag if flag.starts_with("--") => {} // flags cargo may pass (e.g. --nocapture)
            name => filter = Some(name.to_string()),
        }
    }
    let dist = dist.unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../dist")));
    if !dist.join("index.html").is_file() {
        return Err(format!("{} has no index.html: run `make dist` first", dist.display()));
    }
    // A copy of dist/ without its dataset: what a reader sees when the data file is missing.
    let broken = std::env::temp_dir().join(format!("koperasi-kota-no-data-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&broken);
    copy_dir(&dist, &broken, &|p| p.ends_with("koperasi.json")).map_err(|e| e.to_string())?;
    // A copy whose dataset parses but breaks two rules: what a data editor's typo looks like.
    let invalid = std::env::temp_dir().join(format!("koperasi-kota-invalid-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&invalid);
    copy_dir(&dist, &invalid, &|_| false).map_err(|e| e.to_string())?;
    let data_file = invalid.join("data/koperasi.json");
    let text = std::fs::read_to_string(&data_file).map_err(|e| e.to_string())?;
    let text = text.replacen("\"city\": \"kota-malang\"", "\"city\": \"kota-batu\"", 1).replacen(
        "\"value\": 35,",
        "\"value\": -35,",
        1,
    );
    std::fs::write(&data_file, text).map_err(|e| e.to_string())?;

    // A host page that embeds the app in an iframe of a given width: phone widths below the
    // browser's minimum window size, and the app as a municipal site would embed it.
    let host = std::env::temp_dir().join(format!("koperasi-kota-host-{}", std::process::id()));
    std::fs::create_dir_all(&host).map_err(|e| e.to_string())?;
    std::fs::write(host.join("frame.html"), HOST_PAGE).map_err(|e| e.to_string())?;

    // dist/ copied under a sub-path (`sub/dir/`), and a copy whose wasm module is missing
    // (what a browser that blocks or cannot run it gets), served from one folder.
    let variants = std::env::temp_dir().join(format!("koperasi-kota-variants-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&variants);
    copy_dir(&dist, &variants.join("sub/dir"), &|_| false).map_err(|e| e.to_string())?;
    copy_dir(&dist, &variants.join("nowasm"), &|p| p.extension().is_some_and(|e| e == "wasm"))
        .map_err(|e| e.to_string())?;
    // A city added to the data file after the build: it has no page of its own yet.
    copy_dir(&dist, &variants.join("added"), &|p| {
        p.to_string_lossy().ends_with(".json.br") || p.to_string_lossy().ends_with(".json.gz")
    })
    .map_err(|e| e.to_string())?;
    let added = variants.join("added/data/koperasi.json");
    let text = std::fs::read_to_string(&added).map_err(|e| e.to_string())?;
    let city = r#""cities": [
    {"id": "kota-batu", "code": "35.79", "name": "Kota Batu", "kind": "kota", "province": "Jawa Timur"},"#;
    std::fs::write(&added, text.replacen(r#""cities": ["#, city, 1)).map_err(|e| e.to_string())?;

    // Datasets a clerk might link with `?data=`, served from another origin with CORS: one
    // whose health scale is broken (nothing can be shown), one with markup in its strings and a
    // `javascript:` link, and the fictional sample.
    let cases = std::env::temp_dir().join(format!("koperasi-kota-cases-{}", std::process::id()));
    std::fs::create_dir_all(&cases).map_err(|e| e.to_string())?;
    let bundled = std::fs::read_to_string(dist.join("data/koperasi.json")).map_err(|e| e.to_string())?;
    std::fs::write(cases.join("fatal.json"), bundled.replacen("\"tone\": 1", "\"tone\": 9", 1))
        .map_err(|e| e.to_string())?;
    let hostile = bundled
        .replacen("\"title\": \"Pembina Koperasi Andalan\"", HOSTILE_TITLE, 1)
        .replacen("\"name\": \"Kota Mojokerto\"", "\"name\": \"<b>Kota Mojokerto</b>\"", 1)
        .replacen(
            "\"id\": \"003_d68335274871dd0c\",",
            "\"id\": \"003_d68335274871dd0c\", \"url\": \"javascript:alert(1)\",",
            1,
        );
    std::fs::write(cases.join("hostile.json"), hostile).map_err(|e| e.to_string())?;
    std::fs::copy(dist.join("data/contoh.json"), cases.join("contoh.json")).map_err(|e| e.to_string())?;
    if let Some(file) = &synthetic {
        std::fs::copy(file, cases.join("synthetic.json")).map_err(|e| format!("{}: {e}", file.display()))?;
    }
    // dist/ served under the strict policy, with a control page that breaks it on purpose:
    // proof that violations get reported.
    let csp_dir = std::env::temp_dir().join(format!("koperasi-kota-csp-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&csp_dir);
    copy_dir(&dist, &csp_dir, &|_| false).map_err(|e| e.to_string())?;
    std::fs::write(csp_dir.join("csp-control.html"), CSP_CONTROL).map_err(|e| e.to_string())?;

    let server = Service::static_files(&dist).await?;
    let cases_server = Service::with_headers(&cases, &["--cors"]).await?;
    let csp_server = Service::with_headers(&csp_dir, &["--csp", STRICT_CSP]).await?;
    let variants_server = Service::static_files(&variants).await?;
    let host_server = Service::static_files(&host).await?;
    let other_site = std::env::temp_dir().join(format!("koperasi-kota-other-site-{}", std::process::id()));
    std::fs::create_dir_all(&other_site).map_err(|e| e.to_string())?;
    let other_site_server = Service::static_files_elsewhere(&other_site).await?;
    let broken_server = Service::static_files(&broken).await?;
    let invalid_server = Service::static_files(&invalid).await?;
    let national_server = match &national {
        Some(dir) => Some(Service::static_files(dir).await?),
        None => None,
    };
    let bundled_server = match &bundled_site {
        Some(dir) => Some(Service::static_files(dir).await?),
        None => None,
    };
    let gated = e2e::gated::GatedServer::start(dist.clone(), "koperasi.json").await?;
    let axe_path = concat!(env!("CARGO_MANIFEST_DIR"), "/../node_modules/axe-core/axe.min.js");
    let axe = std::fs::read_to_string(axe_path).map_err(|e| format!("{axe_path}: {e} (run `make setup`)"))?;
    let browser = std::env::var("BROWSER").unwrap_or_else(|_| "chromium".into());
    let screenshots = std::env::var_os("SCREENSHOTS").map(PathBuf::from);
    if let Some(dir) = &screenshots {
        std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    }
    println!("browser tests: {browser}, dist {} on {}", dist.display(), server.url());

    let page = Page::launch(&browser, server.url(), true).await?;
    // A second session with page scripts off: the static site on its own.
    let no_scripts = Page::launch(&browser, server.url(), false).await?;
    let mut env = Env {
        browser: browser.clone(),
        page,
        no_scripts,
        variants_base: variants_server.url(),
        broken_base: broken_server.url(),
        broken_dir: broken.clone(),
        invalid_base: invalid_server.url(),
        cases_base: cases_server.url(),
        synthetic: synthetic.as_ref().map(|_| format!("{}/synthetic.json", cases_server.url())),
        national_base: national_server.as_ref().map(Service::url),
        bundled_base: bundled_server.as_ref().map(Service::url),
        csp_base: csp_server.url(),
        dist: dist.clone(),
        gated,
        host_base: host_server.url(),
        other_site_base: other_site_server.url(),
        other_site_dir: other_site.clone(),
        axe,
        screenshots,
    };
    let failed = run(&mut env, &cases::all(), filter.as_deref(), &browser).await;
    let _ = env.page.client.clone().close().await;
    let _ = env.no_scripts.client.clone().close().await;
    for dir in [&broken, &invalid, &host, &variants, &cases, &csp_dir, &other_site] {
        let _ = std::fs::remove_dir_all(dir);
    }
    Ok(failed)
}

/// The policy the README gives server admins, plus a report address for the test.
pub const STRICT_CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
     img-src 'self' data:; connect-src 'self'; report-uri /csp-report";

const HOSTILE_TITLE: &str = r#""title": "<img src=x onerror=\"window.pwned=1\">Pembina Koperasi Andalan""#;

const CSP_CONTROL: &str = "<!doctype html><html lang=\"en\"><title>CSP control</title><p style=\"color:red\">inline style</p><script>document.title = 'ran'</script></html>";

const HOST_PAGE: &str = r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Host page</title></head>
<body style="margin:0">
<iframe id="app" title="Koperasi Kota" style="border:0;display:block"></iframe>
<script>
  const p = new URLSearchParams(location.search);
  const f = document.getElementById('app');
  f.style.width = (p.get('w') || '320') + 'px';
  f.style.height = (p.get('h') || '800') + 'px';
  f.src = p.get('src');
</script>
</body></html>"#;

/// Opens the app at `query` inside the host page's iframe, `width` CSS pixels wide, and
/// switches WebDriver into the frame. The app must have started on the frame's first paint,
/// not on the boot module's 3 s fallback (WebKit reports no paint in a frame: every embedded
/// view there waited for it).
pub async fn open_framed(env: &Env, query: &str, width: u32) -> R {
    let src = format!("{}/{query}", env.page.base);
    let encoded: String = src
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect();
    env.page.open_at(&env.host_base, &format!("frame.html?w={width}&src={encoded}")).await?;
    env.page.client.enter_frame(0).await.map_err(|e| e.to_string())?;
    env.page.wait_live().await?;
    let marks = "return performance.getEntriesByType('mark').map((m) => m.name).filter((n) => n.startsWith('koperasi-kota:start')).join();";
    let started = env.page.js(marks, vec![]).await?;
    match started.as_str() {
        Some("koperasi-kota:start paint" | "koperasi-kota:start frames") => Ok(()),
        other => Err(format!("the embedded app at {query:?} started on {other:?}, not on the frame's first paint")),
    }
}

/// Runs axe-core (WCAG 2.x A and AA rules) on the current page; fails with every violation.
pub async fn axe_check(env: &Env, what: &str) -> R {
    axe_check_on(&env.page, &env.axe, what).await
}

/// [`axe_check`] in another session.
pub async fn axe_check_on(page: &Page, axe: &str, what: &str) -> R {
    page.js(axe, vec![]).await?;
    let script = "const done = arguments[arguments.length - 1];
        axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
          .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ') + (n.failureSummary ? ' (' + n.failureSummary.replace(/\\s+/g, ' ') + ')' : '')).slice(0, 3).join(' | '))))
          .catch(e => done(['axe failed: ' + e]));";
    let v = page.client.execute_async(script, vec![]).await.map_err(|e| e.to_string())?;
    let violations: Vec<String> =
        v.as_array().into_iter().flatten().filter_map(|s| s.as_str().map(String::from)).collect();
    if violations.is_empty() {
        Ok(())
    } else {
        Err(format!("axe found {} violation(s) on {what}:\n    {}", violations.len(), violations.join("\n    ")))
    }
}

/// Saves a screenshot of the current page when `SCREENSHOTS` names a folder.
pub async fn snap(env: &Env, name: &str) -> R {
    match &env.screenshots {
        Some(dir) => env.page.screenshot(&dir.join(format!("{name}.png"))).await,
        None => Ok(()),
    }
}

/// Saves a screenshot of the app's iframe (the phone-width view) when `SCREENSHOTS` is set:
/// the frame is made as tall as its content first, so the whole page is captured.
pub async fn snap_framed(env: &Env, name: &str) -> R {
    let Some(dir) = &env.screenshots else { return Ok(()) };
    let height = env.page.js("return document.documentElement.scrollHeight;", vec![]).await?;
    env.page.client.enter_parent_frame().await.map_err(|e| e.to_string())?;
    env.page
        .js("document.getElementById('app').style.height = arguments[0] + 'px'; return true;", vec![height.clone()])
        .await?;
    // An element screenshot stops at the viewport: make the window as tall as the frame.
    let tall = height.as_u64().unwrap_or(900).clamp(900, 6000) as u32;
    env.page.set_viewport(1280, tall).await?;
    let frame = env.page.client.find(fantoccini::Locator::Id("app")).await.map_err(|e| e.to_string())?;
    let png = frame.screenshot().await.map_err(|e| e.to_string())?;
    std::fs::write(dir.join(format!("{name}.png")), png).map_err(|e| e.to_string())?;
    env.page.set_viewport(1280, 900).await?;
    env.page.client.enter_frame(0).await.map_err(|e| e.to_string())
}

/// The page's scroll width and the viewport's width without scrollbar: horizontal scrolling
/// when the first is larger.
pub async fn overflow(env: &Env) -> R<(i64, i64)> {
    let v = env
        .page
        .js("return [document.documentElement.scrollWidth, document.documentElement.clientWidth];", vec![])
        .await?;
    Ok((v[0].as_i64().unwrap_or(-1), v[1].as_i64().unwrap_or(-1)))
}
