//! Offline: after one visit the app works with the server gone, says that it shows saved data,
//! and picks up a new dataset on the next online visit.

use std::time::{Duration, Instant};

use e2e::browser::R;
use e2e::server::{copy_dir, http_get, Service};
use e2e::{Case, Env};

use super::{case, expect_all};

pub fn cases() -> Vec<Case> {
    vec![case!(after_one_visit_the_app_works_offline_and_updates_when_back_online)]
}

fn e(x: impl std::fmt::Display) -> String {
    x.to_string()
}

/// True once a service worker controls the page and its store holds the dataset.
const COPY_READY: &str = "const done = arguments[arguments.length - 1];
    (async () => {
      if (!navigator.serviceWorker || !navigator.serviceWorker.controller) return false;
      const data = new URL('data/koperasi.json', document.baseURI).href;
      for (const name of await caches.keys()) {
        if (name.startsWith('koperasi-kota:') && await (await caches.open(name)).match(data)) return true;
      }
      return false;
    })().then(done, (err) => done('error: ' + err));";

async fn after_one_visit_the_app_works_offline_and_updates_when_back_online(env: &Env) -> R {
    // A site of its own, so that the test can take its server away and bring it back.
    let dir = std::env::temp_dir().join(format!("koperasi-kota-offline-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&env.dist, &dir, &|p| p.extension().is_some_and(|x| x == "br" || x == "gz")).map_err(e)?;
    let result = offline_round_trip(env, &dir).await;
    // Leave nothing behind for later cases: the worker and its store go with the test's site.
    let _ = env
        .page
        .client
        .execute_async(
            "const done = arguments[0];
             Promise.all([navigator.serviceWorker.getRegistrations().then((r) => Promise.all(r.map((x) => x.unregister()))),
                          caches.keys().then((k) => Promise.all(k.map((n) => caches.delete(n))))]).then(() => done(true), () => done(false));",
            vec![],
        )
        .await;
    let _ = std::fs::remove_dir_all(&dir);
    result
}

async fn offline_round_trip(env: &Env, dir: &std::path::Path) -> R {
    let server = Service::static_files(dir).await?;
    let (base, port) = (server.url(), server.port);
    env.page.open_at(&base, "").await?;
    env.page.wait_live().await?;
    env.page.wait_async("the offline copy to be saved", COPY_READY).await?;

    // The server is gone: the page comes from the saved copy, and says so.
    drop(server);
    wait_until_down(&base).await?;
    env.page.open_at(&base, "").await?;
    env.page.wait_live().await?;
    env.page.wait_cards(&["Kota Blitar", "Kota Malang", "Kota Mojokerto", "Kota Probolinggo"]).await?;
    let notice = env
        .page
        .wait_js(
            "the offline notice",
            "return document.querySelector('[data-testid=offline-notice]')?.innerText;",
            vec![],
        )
        .await?;
    expect_all(notice.as_str().unwrap_or_default(), "the offline notice", &["Tanpa koneksi", "tersimpan"])?;
    // Views work offline: in the app, and as saved pages loaded afresh in either language.
    env.page.button("Kota Blitar").await?.click().await.map_err(e)?;
    env.page.wait_heading("Kota Blitar").await?;
    // Loaded afresh by address (Firefox's WebDriver reload bypasses service workers).
    env.page.open_at(&base, "kota/kota-blitar/").await?;
    env.page.wait_live().await?;
    env.page.wait_heading("Kota Blitar").await?;
    env.page.open_at(&base, "en/penghargaan/").await?;
    env.page.wait_live().await?;
    env.page.wait_heading("Awards").await?;
    env.page.wait_text("Offline: this page shows the data saved").await?;

    // Back online with a new dataset: the next visit shows it, and no offline notice.
    let data = dir.join("data/koperasi.json");
    let text = std::fs::read_to_string(&data).map_err(e)?;
    std::fs::write(&data, text.replacen("\"version\": \"1.1\"", "\"version\": \"1.2\"", 1)).map_err(e)?;
    let _server = Service::static_files_at(dir, port).await?;
    env.page.open_at(&base, "").await?;
    env.page.wait_live().await?;
    env.page
        .wait_js("the new data version", "return document.body.innerText.includes('Data versi 1.2');", vec![])
        .await?;
    let notices =
        env.page.js("return document.querySelectorAll('[data-testid=offline-notice]').length;", vec![]).await?;
    if notices != 0 {
        return Err("online again, the page still says it shows saved data".into());
    }
    Ok(())
}

/// Waits until nothing answers at `base` any more.
async fn wait_until_down(base: &str) -> R {
    let start = Instant::now();
    while http_get(&format!("{base}/")).await.is_ok() {
        if start.elapsed() > e2e::browser::TIMEOUT {
            return Err(format!("{base} still answers"));
        }
        tokio::time::sleep(Duration::from_millis(50)).await; // poll interval
    }
    Ok(())
}
