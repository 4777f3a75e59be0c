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
    // `PROFILE_WINDOW_MS=N`: only the first N ms from the first sample of work (an action's
    // first frame, not the frames after it).
    let window: Option<f64> = std::env::var("PROFILE_WINDOW_MS").ok().and_then(|v| v.parse().ok());
    let idle = |sample: &Value| {
        sample
            .as_u64()
            .and_then(|i| label.get(&i))
            .is_none_or(|l| l.starts_with("(idle)") || l.starts_with("(program)"))
    };
    let (mut clock, mut began) = (0.0, None::<f64>);
    // A sample's time is the gap to the next one.
    for (sample, delta) in samples.iter().zip(deltas.iter().skip(1)) {
        let ms = delta.as_f64().unwrap_or(0.0) / 1000.0;
        clock += ms;
        if let Some(window) = window {
            if began.is_none() && !idle(sample) {
                began = Some(clock);
            }
            if !began.is_some_and(|from| clock <= from + window) {
                continue;
            }
        }
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

/// Chrome's running totals of the page's main-thread work, in milliseconds: script, style,
/// layout and all tasks. Their change across one action says where its time went without a
/// profiler's overhead (`bench --breakdown`).
pub async fn work_totals(page: &Page) -> R<[f64; 4]> {
    cdp(page, "Performance.enable", json!({ "timeDomain": "threadTicks" })).await?;
    let metrics = cdp(page, "Performance.getMetrics", json!({})).await?;
    let value = |name: &str| {
        metrics["metrics"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|m| m["name"] == name)
            .and_then(|m| m["value"].as_f64())
            .map_or(0.0, |s| s * 1000.0)
    };
    Ok([value("ScriptDuration"), value("RecalcStyleDuration"), value("LayoutDuration"), value("TaskDuration")])
}

/// chromedriver's log of one type (`performance`: the trace events recorded since the last
/// call, with [`crate::browser::Options::trace`]).
#[derive(Debug)]
struct Log(&'static str);

impl WebDriverCompatibleCommand for Log {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }
    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(json!({ "type": self.0 }).to_string()))
    }
}

/// The trace events recorded since the last call. chromedriver hands over a trace only once
/// it has ended one, which it does on some later command: this asks until events come (at
/// most 3 s).
pub async fn trace_events(page: &Page) -> R<Vec<Value>> {
    for _ in 0..30 {
        let events = trace_events_now(page).await?;
        if !events.is_empty() {
            return Ok(events);
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        page.js("return 0;", vec![]).await?;
    }
    Ok(Vec::new())
}

async fn trace_events_now(page: &Page) -> R<Vec<Value>> {
    let log = page.client.issue_cmd(Log("performance")).await.map_err(|e| format!("log: {e}"))?;
    let mut events = Vec::new();
    for entry in log.as_array().into_iter().flatten() {
        let Some(message) = entry["message"].as_str() else { continue };
        let Ok(message) = serde_json::from_str::<Value>(message) else { continue };
        if message["message"]["method"] == "Tracing.dataCollected" {
            events.push(message["message"]["params"].clone());
        }
    }
    Ok(events)
}

/// Prints, for the trace events between the User Timing marks `from` and `to`, the time each
/// kind of event took on each thread (complete events; nested kinds overlap).
pub fn print_trace(events: &[Value], from: &str, to: &str, name: &str) {
    let mark = |name: &str| events.iter().find(|e| e["name"] == name).and_then(|e| e["ts"].as_f64());
    let (Some(start), Some(end)) = (mark(from), mark(to)) else {
        println!("trace: no marks {from}/{to} among {} events", events.len());
        return;
    };
    let mut threads: BTreeMap<(i64, i64), String> = BTreeMap::new();
    for e in events.iter().filter(|e| e["name"] == "thread_name") {
        let key = (e["pid"].as_i64().unwrap_or(0), e["tid"].as_i64().unwrap_or(0));
        threads.insert(key, e["args"]["name"].as_str().unwrap_or("").to_string());
    }
    let mut totals: BTreeMap<(String, String), (f64, usize)> = BTreeMap::new();
    for e in events {
        let ts = e["ts"].as_f64().unwrap_or(0.0);
        if e["ph"] != "X" || ts < start || ts > end {
            continue;
        }
        let key = (e["pid"].as_i64().unwrap_or(0), e["tid"].as_i64().unwrap_or(0));
        let thread = threads.get(&key).cloned().unwrap_or_else(|| format!("{key:?}"));
        let slot = totals.entry((thread, e["name"].as_str().unwrap_or("").to_string())).or_default();
        slot.0 += e["dur"].as_f64().unwrap_or(0.0) / 1000.0;
        slot.1 += 1;
    }
    let mut list: Vec<_> = totals.into_iter().filter(|(_, (ms, _))| *ms >= 0.3).collect();
    list.sort_by(|a, b| b.1 .0.total_cmp(&a.1 .0));
    println!("trace {name}: {:.1} ms from mark to mark", (end - start) / 1000.0);
    for ((thread, name), (ms, n)) in list.into_iter().take(30) {
        println!("  {ms:7.1} ms  {n:5}×  {thread}: {name}");
    }
    // The page's main thread in time order: what each step of the action did.
    println!("trace {name}: the main thread's work of 0.5 ms or more, in order (start, duration)");
    let main: Vec<&Value> = events
        .iter()
        .filter(|e| {
            let key = (e["pid"].as_i64().unwrap_or(0), e["tid"].as_i64().unwrap_or(0));
            let ts = e["ts"].as_f64().unwrap_or(0.0);
            e["ph"] == "X"
                && ts >= start
                && ts <= end
                && threads.get(&key).is_some_and(|t| t == "CrRendererMain")
                && e["name"] != "RunTask"
                && !e["name"].as_str().unwrap_or("").starts_with("V8.")
                && e["dur"].as_f64().unwrap_or(0.0) >= 500.0
        })
        .collect();
    let mut main = main;
    main.sort_by(|a, b| a["ts"].as_f64().unwrap_or(0.0).total_cmp(&b["ts"].as_f64().unwrap_or(0.0)));
    for e in main {
        let at = (e["ts"].as_f64().unwrap_or(0.0) - start) / 1000.0;
        let ms = e["dur"].as_f64().unwrap_or(0.0) / 1000.0;
        // What a style or layout pass covered: the elements restyled, the objects laid out.
        let args = &e["args"];
        let covered = match (args["elementCount"].as_u64(), args["beginData"]["dirtyObjects"].as_u64()) {
            (Some(n), _) => format!("  ({n} elements)"),
            (_, Some(dirty)) => format!("  ({dirty} of {} objects)", args["beginData"]["totalObjects"]),
            _ => String::new(),
        };
        println!("  {at:7.1} +{ms:6.1} ms  {}{covered}", e["name"].as_str().unwrap_or(""));
    }
}
