//! Runs the browser test cases one after another in one browser session and prints a result
//! line per case and a closing `N passed, N failed` line.

use std::future::Future;
use std::pin::Pin;
use std::time::{Duration, Instant};

/// What every case gets: the browser and the URLs of the servers.
pub struct Env {
    /// `chromium`, `firefox` or `webkit`: cases that need a session of their own start it.
    pub browser: String,
    pub page: crate::Page,
    /// The same browser with page scripts turned off.
    pub no_scripts: crate::Page,
    /// Serves `sub/dir/` (a copy of `dist/` under a sub-path), `nowasm/` (a copy without its
    /// wasm module) and `added/` (a copy whose data file has a city the build did not know).
    pub variants_base: String,
    /// The served `dist/` with its data file removed, for the "data missing" case.
    pub broken_base: String,
    /// The folder behind `broken_base`, so a case can put the data file back.
    pub broken_dir: std::path::PathBuf,
    /// The served `dist/` with a dataset that has validation problems in two records.
    pub invalid_base: String,
    /// Serves test datasets (`fatal.json`, `hostile.json`) on another origin, with CORS, for
    /// `?data=`.
    pub cases_base: String,
    /// The synthetic national-scale dataset (all 514 kabupaten/kota, `data-tool synth`) on
    /// `cases_base`, when the run was given one (`--synthetic FILE`; the Makefile does).
    pub synthetic: Option<String>,
    /// A site built with that dataset as its own (`--national DIR`, a `dist/` written in parts;
    /// the Makefile builds it in `target/national`), when the run was given one.
    pub national_base: Option<String>,
    /// The site built with the bundled dataset (`--bundled DIR`; the Makefile passes `dist/`,
    /// while `--dist` is a site built with the seed data every other case counts on).
    pub bundled_base: Option<String>,
    /// Serves `dist/` under a strict Content-Security-Policy; violations are reported to it
    /// and listed at `/csp-reports`.
    pub csp_base: String,
    /// Serves `dist/` but holds the dataset until the test opens the gate.
    pub gated: crate::gated::GatedServer,
    /// The real `dist/`.
    pub dist: std::path::PathBuf,
    /// Serves `frame.html`, a host page that embeds the app in an iframe.
    pub host_base: String,
    /// Another site (127.0.0.2) for pages that embed the app with the embed dialog's code;
    /// a test writes them into `other_site_dir`.
    pub other_site_base: String,
    pub other_site_dir: std::path::PathBuf,
    /// The axe-core script, injected into pages for accessibility checks.
    pub axe: String,
    /// Where screenshots go when `SCREENSHOTS` is set.
    pub screenshots: Option<std::path::PathBuf>,
}

pub type CaseFn = for<'a> fn(&'a Env) -> Pin<Box<dyn Future<Output = Result<(), String>> + 'a>>;

pub struct Case {
    pub name: &'static str,
    pub run: CaseFn,
}

/// Runs the cases whose name contains `filter` and returns how many failed. The closing line
/// is `<label>: N passed, N failed`.
///
/// A case during which the browser's session ended (WebKitGTK's web process crashed here once
/// in a full run: "session deleted because of page crash or hang", and every later case then
/// failed at its first command) is run once more in new sessions, and its line says so with
/// the first try's error: a crash of the browser is not the app's failure, but it is reported,
/// and a case that crashes it twice fails.
pub async fn run(env: &mut Env, cases: &[Case], filter: Option<&str>, label: &str) -> usize {
    let (mut passed, mut failed) = (0, 0);
    for case in cases.iter().filter(|c| filter.is_none_or(|f| c.name.contains(f))) {
        let start = Instant::now();
        let mut result = attempt(env, case).await;
        let mut crashed = None;
        if let Err(first) = &result {
            if !env.sessions_alive().await {
                crashed = Some(first.clone());
                result = match env.relaunch().await {
                    Ok(()) => attempt(env, case).await,
                    Err(e) => Err(format!("the browser could not be started again: {e}")),
                };
            }
        }
        let ms = start.elapsed().as_millis();
        let note = crashed
            .map(|e| format!("\n    the browser's session ended during the first try ({e}); ran again in new sessions"))
            .unwrap_or_default();
        match result {
            Ok(()) => {
                passed += 1;
                println!("test {} ... ok ({ms} ms){note}", case.name);
            }
            Err(e) => {
                failed += 1;
                println!("test {} ... FAILED ({ms} ms)\n    {e}{note}", case.name);
            }
        }
    }
    println!("\n{label}: {passed} passed, {failed} failed");
    failed
}

/// One try of `case`, from a desktop viewport on a fresh page. It fails when the app panicked
/// during it, whatever the case checked (a panic's alert can sit above a view that looks
/// right), with the panic's message first when the case failed too.
async fn attempt(env: &Env, case: &Case) -> Result<(), String> {
    let result = match env.page.set_viewport(1280, 900).await {
        Ok(()) => (case.run)(env).await,
        Err(e) => Err(format!("could not reset the viewport: {e}")),
    };
    match (result, env.page.no_panic_anywhere().await) {
        (result, Ok(())) => result,
        (Ok(()), Err(panic)) => Err(panic),
        (Err(failed), Err(panic)) => Err(format!("{panic}\n    and the case failed: {failed}")),
    }
}

impl Env {
    /// Whether both sessions still answer (a top-level command, so that a case left inside a
    /// frame that is gone does not count as a crash), within 10 s.
    async fn sessions_alive(&self) -> bool {
        for page in [&self.page, &self.no_scripts] {
            let probe = tokio::time::timeout(Duration::from_secs(10), page.client.window());
            if !matches!(probe.await, Ok(Ok(_))) {
                return false;
            }
        }
        true
    }

    /// New sessions in place of both (the old drivers and display end with them).
    async fn relaunch(&mut self) -> Result<(), String> {
        self.page = crate::Page::launch(&self.browser, self.page.base.clone(), true).await?;
        self.no_scripts = crate::Page::launch(&self.browser, self.no_scripts.base.clone(), false).await?;
        Ok(())
    }
}
