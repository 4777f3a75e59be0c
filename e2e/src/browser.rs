//! The browser under test, driven over WebDriver, with helpers that wait for conditions.

use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

use crate::server::{Service, VirtualDisplay};

/// How long a condition may take before the test fails. Generous: a cold wasm start on a
/// loaded 2-core CI machine can take a few seconds.
pub const TIMEOUT: Duration = Duration::from_secs(20);

/// The city cards a reader sees: the home page keeps every card and hides those the filters
/// leave out. (Read their `textContent`: cards far from the screen are not laid out, and
/// `innerText` is empty there.)
pub const SHOWN_CARDS: &str = ".card-grid > li:not([data-off]) [data-testid=city-card]";

/// A JS expression: the ids of the shown cards on the screen whose content the last paint
/// skipped (`content-visibility: auto`: a card the browser had not yet seen on the screen is
/// painted blank). Asked in the task after a paint; empty when the window showed every card
/// drawn.
pub const SKIPPED_ON_SCREEN: &str = "(() => { const skipped = []; \
      for (const li of document.querySelectorAll('.card-grid > li:not([data-off])')) { \
        const r = li.getBoundingClientRect(); if (r.top >= innerHeight) break; \
        const card = li.firstElementChild; \
        if (r.bottom > 0 && card && !card.checkVisibility({ contentVisibilityAuto: true })) skipped.push(li.dataset.city); } \
      return skipped; })()";

pub type R<T = ()> = Result<T, String>;

/// A JS expression: the headings (h1) of `<main>` as `[text, shown]` pairs (see `wait_heading`).
const HEADINGS: &str = "[...document.querySelectorAll('main h1')].map((h) => \
    [h.innerText, !h.checkVisibility || h.checkVisibility({ visibilityProperty: true })])";

/// A JS expression: `[message, address]` of the app's panic in this document or, for a page
/// the tab has left since, in an earlier document of the same site (the app's panic hook marks
/// `<html data-panic>` and writes the tab's session storage, see its `panic` module); null when
/// none. Reading it clears both, so that one panic fails one case.
const PANIC: &str = "(() => { let saved = null; \
      try { saved = sessionStorage.getItem('koperasi-kota:panic'); sessionStorage.removeItem('koperasi-kota:panic'); } \
      catch (e) { /* no storage here (an opaque origin) */ } \
      const html = document.documentElement, message = html?.dataset.panic ?? saved; \
      if (html) delete html.dataset.panic; \
      return message === null || message === undefined ? null : [message, location.href]; })()";

fn err(e: impl std::fmt::Display) -> String {
    e.to_string()
}

/// How to start a browser session.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Pages run their own JavaScript.
    pub scripts: bool,
    /// The browser behaves as on a system set to a dark appearance (`prefers-color-scheme:
    /// dark`), each engine by its own switch.
    pub dark: bool,
    /// Chromium reports the JS heap exactly, not in coarse cached steps (for `make bench`).
    pub precise_memory: bool,
    /// Chromium records a timeline trace into its performance log (`bench --trace`).
    pub trace: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self { scripts: true, dark: false, precise_memory: false, trace: false }
    }
}

/// A browser session plus the base URL of the app under test.
pub struct Page {
    pub client: Client,
    pub base: String,
    _driver: Service,
    _display: Option<VirtualDisplay>,
}

impl Page {
    /// Starts the WebDriver for `browser` (`chromium`, `firefox` or `webkit`) and opens a session;
    /// with `scripts` false, pages run no JavaScript of their own (WebDriver still can).
    pub async fn launch(browser: &str, base: String, scripts: bool) -> R<Self> {
        Self::launch_with(browser, base, Options { scripts, ..Options::default() }).await
    }

    /// Like [`Page::launch`], with [`Options`].
    pub async fn launch_with(browser: &str, base: String, options: Options) -> R<Self> {
        let Options { scripts, dark, precise_memory, trace } = options;
        let mut display = None;
        let (driver, caps) = match browser {
            "chromium" => {
                let driver = Service::start("chromedriver", &["--port={port}"]).await?;
                let mut args: Vec<String> = [
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-dev-shm-usage",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--window-size=1280,900",
                ]
                .map(String::from)
                .to_vec();
                // Blink's preferred scheme: 0 dark, 1 light.
                args.push(format!("--blink-settings=preferredColorScheme={}", if dark { 0 } else { 1 }));
                if precise_memory {
                    args.push("--enable-precise-memory-info".into());
                }
                let mut caps = json!({
                    "browserName": "chrome",
                    "goog:chromeOptions": {
                        "binary": "/usr/bin/chromium",
                        "args": args,
                        "prefs": { "profile.managed_default_content_settings.javascript": if scripts { 1 } else { 2 } }
                    }
                });
                if trace {
                    caps["goog:loggingPrefs"] = json!({ "performance": "ALL" });
                    caps["goog:chromeOptions"]["perfLoggingPrefs"] = json!({
                        "enableNetwork": false, "enablePage": false,
                        "traceCategories": "devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing"
                    });
                }
                (driver, caps)
            }
            "firefox" => {
                let driver = Service::start("geckodriver", &["--host", "127.0.0.1", "--port", "{port}"]).await?;
                let caps = json!({
                    "browserName": "firefox",
                    "moz:firefoxOptions": {
                        "binary": "/usr/bin/firefox-esr",
                        "args": ["-headless", "--width=1280", "--height=900"],
                        "prefs": {
                            "app.update.enabled": false,
                            "browser.shell.checkDefaultBrowser": false,
                            "network.captive-portal-service.enabled": false,
                            "network.connectivity-service.enabled": false,
                            "datareporting.policy.dataSubmissionEnabled": false,
                            "toolkit.telemetry.enabled": false,
                            "javascript.enabled": scripts,
                            "ui.systemUsesDarkTheme": if dark { 1 } else { 0 }
                        }
                    }
                });
                (driver, caps)
            }
            "webkit" => {
                let x = VirtualDisplay::start().await?;
                // WebKitGTK follows the GTK theme's dark variant.
                let theme = if dark { "Adwaita:dark" } else { "Adwaita" };
                let env = [("DISPLAY", x.display.as_str()), ("GTK_THEME", theme)];
                let driver = Service::start_with_env("WebKitWebDriver", &["--port={port}"], &env).await?;
                display = Some(x);
                let caps = json!({
                    "browserName": "MiniBrowser",
                    "webkitgtk:browserOptions": {
                        "binary": "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
                        "args": ["--automation", format!("--enable-javascript-markup={scripts}")]
                    }
                });
                (driver, caps)
            }
            other => return Err(format!("unknown browser {other:?}; supported: chromium, firefox, webkit")),
        };
        let caps = match caps {
            Value::Object(map) => map,
            _ => unreachable!("capabilities are an object literal"),
        };
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{}", driver.port))
            .await
            .map_err(err)?;
        Ok(Self { client, base, _driver: driver, _display: display })
    }

    /// Loads `path` (e.g. `kota/kota-blitar/` or `?cari=x`) on `base`, without waiting for
    /// the app: what the reader sees first is the static page. Fails first when the app
    /// panicked on the page being left (see [`Page::no_panic`]).
    pub async fn open_at(&self, base: &str, path: &str) -> R {
        self.no_panic().await?;
        self.client.goto(&format!("{base}/{path}")).await.map_err(err)
    }

    /// Fails with the app's panic message when the app panicked in the current document (or
    /// frame), or in a page of the same site the tab showed before it since the last look. A
    /// document WebDriver cannot run a script in (none loaded yet) has nothing to report.
    pub async fn no_panic(&self) -> R {
        let Ok(found) = self.js(&format!("return {PANIC};"), vec![]).await else { return Ok(()) };
        match (found[0].as_str(), found[1].as_str()) {
            (Some(message), Some(href)) => Err(format!("the app panicked on {href}: {message}")),
            _ => Ok(()),
        }
    }

    /// [`Page::no_panic`] in the top-level document and in each of its frames (an embedded
    /// view); leaves WebDriver in the top-level document.
    pub async fn no_panic_anywhere(&self) -> R {
        // Cases go at most one frame deep; at the top this does nothing.
        for _ in 0..2 {
            let _ = self.client.enter_parent_frame().await;
        }
        self.no_panic().await?;
        let frames = self.js("return window.frames.length;", vec![]).await.ok().and_then(|v| v.as_u64()).unwrap_or(0);
        for index in 0..frames.min(u64::from(u16::MAX)) as u16 {
            if self.client.enter_frame(index).await.is_ok() {
                let found = self.no_panic().await;
                let _ = self.client.enter_parent_frame().await;
                found?;
            }
        }
        Ok(())
    }

    /// Opens `path` on the app under test and waits until the app has replaced the static page.
    pub async fn open(&self, path: &str) -> R {
        self.open_at(&self.base.clone(), path).await?;
        self.wait_live().await
    }

    /// Waits until the app has taken over the page (`<html data-app="live">`). On a timeout
    /// the error says what the page was doing (its address, load state and marks, whether the
    /// boot module showed its "could not start" note, the scripts and wasm it loaded, the app's
    /// milestones so far, whether the page is visible, how many cards are built and whether a
    /// list is still building, and whether an animation frame still comes within 2 s: the app
    /// builds long lists a frame at a time), so that a rare failure is readable from CI's log
    /// alone (WebKit timed out here once in three full runs, twice, with every file loaded).
    pub async fn wait_live(&self) -> R {
        let waited = self
            .wait_js("the app to take over", "return document.documentElement.dataset.app === 'live';", vec![])
            .await;
        let Err(why) = waited else { return Ok(()) };
        let state = self
            .js(
                "const d = document.documentElement, note = document.getElementById('no-wasm'); \
                 return { href: location.href, readyState: document.readyState, marks: { ...d.dataset }, \
                 couldNotStart: note ? !note.hidden : null, \
                 loaded: performance.getEntriesByType('resource').filter((r) => /\\.(wasm|js)$/.test(r.name)) \
                   .map((r) => `${r.name.split('/').pop()} ${Math.round(r.duration)} ms`), \
                 milestones: performance.getEntriesByType('mark').filter((m) => m.name.startsWith('koperasi-kota:')) \
                   .map((m) => `${m.name.slice(14)} ${Math.round(m.startTime)} ms`), \
                 visibility: document.visibilityState, cards: document.querySelectorAll('.card-grid > li').length, \
                 building: !!document.querySelector('[data-pending]') };",
                vec![],
            )
            .await
            .map_or_else(|e| format!("(its state could not be read: {e})"), |v| v.to_string());
        let frames = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1]; \
                 requestAnimationFrame(() => done('an animation frame came')); \
                 setTimeout(() => done('no animation frame within 2 s'), 2000);",
                vec![],
            )
            .await
            .map_or_else(|e| format!("(frames could not be asked: {e})"), |v| v.to_string());
        Err(format!("{why}; the page: {state}; {frames}"))
    }

    /// Waits until an element matches `xpath`, asking WebDriver (works with page scripts off).
    pub async fn wait_xpath(&self, what: &str, xpath: &str) -> R<Element> {
        let start = Instant::now();
        loop {
            match self.client.find(Locator::XPath(xpath)).await {
                Ok(el) => return Ok(el),
                Err(e) if start.elapsed() > TIMEOUT => return Err(format!("timed out waiting for {what}: {e}")),
                Err(_) => tokio::time::sleep(Duration::from_millis(50)).await, // poll interval
            }
        }
    }

    /// Runs `script` (a function body; `arguments` are `args`) and returns its result.
    pub async fn js(&self, script: &str, args: Vec<Value>) -> R<Value> {
        self.client.execute(script, args).await.map_err(err)
    }

    /// Opens every box of the page (in the current frame): the `<details>`, and the app's source
    /// boxes, which are buttons (see `Disclosure`).
    pub async fn open_every_box(&self) -> R {
        // Not in a page on its way out (still in the document until the browser is idle).
        let script = "document.querySelectorAll('details').forEach(d => { if (!d.closest('[data-outgoing]')) d.open = true; }); \
                      document.querySelectorAll('.cited-toggle[aria-expanded=false]').forEach(b => { if (!b.closest('[data-outgoing]')) b.click(); });";
        self.js(script, vec![]).await.map(|_| ())
    }

    /// Polls `script` until it returns something truthy, and returns that.
    pub async fn wait_js(&self, what: &str, script: &str, args: Vec<Value>) -> R<Value> {
        let start = Instant::now();
        let mut last = Value::Null;
        while start.elapsed() < TIMEOUT {
            last = self.js(script, args.clone()).await?;
            let truthy = match &last {
                Value::Null => false,
                Value::Bool(b) => *b,
                Value::Number(n) => n.as_f64() != Some(0.0),
                Value::String(s) => !s.is_empty(),
                Value::Array(a) => !a.is_empty(),
                Value::Object(_) => true,
            };
            if truthy {
                return Ok(last);
            }
            tokio::time::sleep(Duration::from_millis(50)).await; // poll interval
        }
        Err(format!("timed out after {TIMEOUT:?} waiting for {what} (last result: {last})"))
    }

    /// Polls the asynchronous `script` (it calls `arguments[arguments.length - 1]` with its
    /// result) until the result is `true`.
    pub async fn wait_async(&self, what: &str, script: &str) -> R {
        let start = Instant::now();
        let mut last = Value::Null;
        while start.elapsed() < TIMEOUT {
            last = self.client.execute_async(script, vec![]).await.map_err(err)?;
            if last == Value::Bool(true) {
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(100)).await; // poll interval
        }
        Err(format!("timed out after {TIMEOUT:?} waiting for {what} (last result: {last})"))
    }

    /// Waits until the text of the page's `<main>` contains `text`.
    pub async fn wait_text(&self, text: &str) -> R {
        self.wait_js(
            &format!("the page to show {text:?}"),
            "const m = document.querySelector('main'); return !!m && m.innerText.includes(arguments[0]);",
            vec![json!(text)],
        )
        .await
        .map(drop)
    }

    /// Waits until the page's `<h1>` reads `heading` and the page is built: the view has
    /// rendered. The page just left stays in the document, out of sight, until the browser is
    /// idle; so the heading shown, not the first in the document.
    pub async fn wait_heading(&self, heading: &str) -> R {
        let waited = self
            .wait_js(
                &format!("the heading {heading:?}"),
                &format!(
                    "return {HEADINGS}.some(([text, shown]) => shown && text === arguments[0]) \
                       && !document.querySelector('main [data-pending]');"
                ),
                vec![json!(heading)],
            )
            .await;
        let Err(why) = waited else { return Ok(()) };
        // What the page showed instead: its address, its headings, and what is still building
        // or on its way out.
        let state = self
            .js(
                &format!(
                    "return {{ href: location.href, app: document.documentElement.dataset.app ?? null, \
                       headings: {HEADINGS}, pending: document.querySelectorAll('main [data-pending]').length, \
                       outgoing: document.querySelectorAll('[data-outgoing]').length, scrollY }};"
                ),
                vec![],
            )
            .await
            .map_or_else(|e| format!("(its state could not be read: {e})"), |v| v.to_string());
        Err(format!("{why}; the page: {state}"))
    }

    /// The visible text of `<main>`.
    pub async fn main_text(&self) -> R<String> {
        // All of it: views build what lies below the first screen in the frames after it
        // (`[data-pending]` until they are done).
        self.wait_js("the page built", "return !document.querySelector('main [data-pending]');", vec![]).await?;
        let v = self.js("const m = document.querySelector('main'); return m ? m.innerText : '';", vec![]).await?;
        Ok(v.as_str().unwrap_or_default().to_string())
    }

    /// The headings (h2) of the city cards shown, in page order.
    pub async fn card_names(&self) -> R<Vec<String>> {
        let v = self
            .js(
                &format!("return [...document.querySelectorAll('{SHOWN_CARDS} h2')].map(h => h.textContent.trim());"),
                vec![],
            )
            .await?;
        Ok(v.as_array().into_iter().flatten().filter_map(|s| s.as_str().map(String::from)).collect())
    }

    /// Waits for exactly `names` as the card headings, in that order.
    pub async fn wait_cards(&self, names: &[&str]) -> R {
        let script = format!(
            "const n = [...document.querySelectorAll('{SHOWN_CARDS} h2')].map(h => h.textContent.trim()); \
             return JSON.stringify(n) === JSON.stringify(arguments[0]);"
        );
        match self.wait_js(&format!("cards {names:?}"), &script, vec![json!(names)]).await {
            Ok(_) => Ok(()),
            Err(e) => Err(format!("{e}; cards shown: {:?}", self.card_names().await?)),
        }
    }

    /// The form control whose label contains `label` (found by label, as a reader would).
    pub async fn control(&self, label: &str) -> R<Element> {
        let xpath = format!(
            "//*[(self::input or self::select or self::textarea) and @id = //label[contains(normalize-space(.), '{label}')]/@for]"
        );
        self.client.find(Locator::XPath(&xpath)).await.map_err(|e| format!("no control labelled {label:?}: {e}"))
    }

    /// The `<article>` whose heading is `name`.
    pub async fn article(&self, name: &str) -> R<Element> {
        let xpath = format!("//article[.//*[self::h1 or self::h2 or self::h3][normalize-space(.)='{name}']]");
        self.client.find(Locator::XPath(&xpath)).await.map_err(|e| format!("no article {name:?}: {e}"))
    }

    /// The button or link whose text is `text`.
    pub async fn button(&self, text: &str) -> R<Element> {
        let xpath = format!("//*[(self::button or self::a) and normalize-space(.)='{text}']");
        self.client.find(Locator::XPath(&xpath)).await.map_err(|e| format!("no button or link {text:?}: {e}"))
    }

    /// Waits until the URL's query string (without `?`) is `expected` (or, unless `exact`,
    /// contains it). The app writes the address bar at most every 250 ms while the reader types.
    pub async fn wait_query(&self, expected: &str, exact: bool) -> R {
        let script =
            "const q = location.search.slice(1); return arguments[1] ? q === arguments[0] : q.includes(arguments[0]);";
        match self.wait_js(&format!("the query ?{expected}"), script, vec![json!(expected), json!(exact)]).await {
            Ok(_) => Ok(()),
            Err(e) => Err(format!("{e}; the URL is {}", self.client.current_url().await.map_err(err)?)),
        }
    }

    /// Resizes the viewport (not the window) to `width` × `height` CSS pixels.
    pub async fn set_viewport(&self, width: u32, height: u32) -> R {
        let inner = self
            .js("return [window.outerWidth - window.innerWidth, window.outerHeight - window.innerHeight];", vec![])
            .await?;
        let dx = inner[0].as_u64().unwrap_or(0) as u32;
        let dy = inner[1].as_u64().unwrap_or(0) as u32;
        self.client.set_window_size(width + dx, height + dy).await.map_err(err)
    }

    pub async fn screenshot(&self, path: &std::path::Path) -> R {
        let png = self.client.screenshot().await.map_err(err)?;
        std::fs::write(path, png).map_err(err)
    }
}
