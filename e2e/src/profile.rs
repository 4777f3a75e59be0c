//! Chrome's sampling profiler around one action, for `make bench`'s `--profile NAME`: where the
//! milliseconds of a slow figure go. Chromium only (chromedriver's `goog/cdp/execute`). For wasm
//! function names, profile a build made without `wasm-opt` (see README, "Benchmark").

use std::collections::{BTreeMap, BTreeSet};

use fantoccini::wd::WebDriverCompatibleCommand;
use serde_json::{json, Value};

use crate::browser::R;
use crate::Page;

/// One Chrome DevTools Protocol command.
#[derive(Debug)]
struct Cdp(String, Value);

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/goog/cdp/execute", session.unwrap_or_default()))
    }
    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(json!({ "cmd": self.0, "params": self.1 }).to_string()))
    }
}

async fn cdp(page: &Page, cmd: &str, params: Value) -> R<Value> {
    page.client.issue_cmd(Cdp(cmd.into(), params)).await.map_err(|e| format!("{cmd}: {e}"))
}

/// Starts sampling every 100 µs.
pub async fn start(page: &Page) -> R {
    cdp(page, "Profiler.enable", json!({})).await?;
    cdp(page, "Profiler.setSamplingInterval", json!({ "interval": 100 })).await?;
    cdp(page, "Profiler.start", json!({})).await?;
    Ok(())
}

/// Stops sampling and prints the functions with the most time of their own and the most time
/// in all (with what they called), in milliseconds.
pub async fn stop_and_print(page: &Page, name: &str) -> R {
    let profile = cdp(page, "Profiler.stop", json!({})).await?;
    let profile = &profile["profile"];
    let mut label = BTreeMap::new();
    let mut parent = BTreeMap::new();
    for node in profile["nodes"].as_array().into_iter().flatten() {
        let id = node["id"].as_u64().unwrap_or(0);
        let frame = &node["callFrame"];
        let file = frame["url"].as_str().unwrap_or("").rsplit('/').next().unwrap_or("");
        label.insert(id, format!("{} ({file})", frame["functionName"].as_str().unwrap_or("")));
        for child in node["children"].as_array().into_iter().flatten() {
            parent.insert(child.as_u64().unwrap_or(0), id);
        }
    }
    let (mut own, mut all) = (BTreeMap::<String, f64>::new(), BTreeMap::<String, f64>::new());
    let samples = profile["samples"].as_array().cloned().unwrap_or_default();
    let deltas = profile["timeDeltas"].as_array().cloned().unwrap_or_default();
    // A sample's time is the gap to the next one.
    for (sample, delta) in samples.iter().zip(deltas.iter().skip(1)) {
        let ms = delta.as_f64().unwrap_or(0.0) / 1000.0;
        let mut at = sample.as_u64();
        *own.entry(at.and_then(|i| label.get(&i)).cloned().unwrap_or_default()).or_default() += ms;
        let mut seen = BTreeSet::new();
        while let Some(id) = at {
            let name = label.get(&id).cloned().unwrap_or_default();
            if seen.insert(name.clone()) {
                *all.entry(name).or_default() += ms;
            }
            at = parent.get(&id).copied();
        }
    }
    let top = |map: BTreeMap<String, f64>, n: usize| {
        let mut list: Vec<(String, f64)> = map.into_iter().collect();
        list.sort_by(|a, b| b.1.total_cmp(&a.1));
        list.truncate(n);
        list
    };
    println!("profile {name}: own time");
    for (f, ms) in top(own, 25) {
        println!("  {ms:7.1} ms  {f}");
    }
    println!("profile {name}: with callees");
    for (f, ms) in top(all, 40) {
        println!("  {ms:7.1} ms  {}", f.chars().take(160).collect::<String>());
    }
    Ok(())
}
