//! The boot module every page loads: tells the app where its root is and which cities have
//! pages, then loads the wasm-bindgen glue and the module, relative to itself so that it works
//! from a page at any depth. A file, not an inline script, so the pages run under a strict
//! Content-Security-Policy. It starts loading the app only once the static page has painted
//! all of its content, so the page paints without competing with the wasm download. If the
//! module cannot load or start, the static page stays and its note that search and filters
//! need a newer browser is shown. Never on a page the early script is leaving for the other
//! language (`data-leaving`, see [`early_script`]).

use koperasi_kota::util::json::json_string;

/// The module's text and its file name (content-hashed, so a new build is never mixed with
/// an old cached boot module).
/// `parts`: the build wrote the dataset's parts (`koperasi_kota::query::split`) for the app
/// to load.
pub fn boot_module(js: &str, wasm: &str, cities: &[String], allow_data_param: bool, parts: bool) -> (String, String) {
    let cities: Vec<String> = cities.iter().map(|c| json_string(c)).collect();
    let text = format!(
        "// Koperasi Kota: starts the app (written by the build, see prerender/src/boot.rs).\n\
         globalThis.koperasiKota = {{ root: new URL(\"./\", import.meta.url).href, cities: [{cities}], dataParam: {allow_data_param}, parts: {parts} }};\n\
         const failed = (error) => {{\n  const note = document.getElementById(\"no-wasm\");\n  if (note) note.hidden = false;\n  console.error(\"Koperasi Kota could not start:\", error);\n}};\n\
         const start = () => import({js})\n  .then((glue) => glue.default({{ module_or_path: new URL({wasm}, import.meta.url) }}))\n  .catch(failed);\n\
         // Only once the static page has painted all of its content (first contentful paint, the\n\
         // document parsed, then one more frame): its paint never waits for the app, and the\n\
         // app's identical content replaces content already painted, so it is never a new\n\
         // largest paint. (After 3 s anyway, for a browser that reports no paint.) What started\n\
         // it is marked (`koperasi-kota:start paint|frames|load|timeout`).\n\
         let started = false;\n\
         // Not on a page the early script is leaving for the other language (`data-leaving`):\n\
         // the navigation commits when the other page answers, and an app started meanwhile\n\
         // would be cut off mid-start. Asked again each second: the mark goes if the page stays.\n\
         const go = (why) => {{\n\
           if (started) return;\n\
           if (document.documentElement.hasAttribute(\"data-leaving\")) {{ setTimeout(() => go(why), 1000); return; }}\n\
           started = true;\n\
           performance.mark(\"koperasi-kota:start \" + why);\n\
           start();\n\
         }};\n\
         const painted = (why) => requestAnimationFrame(() => setTimeout(() => go(why), 0));\n\
         const parsed = (then) => document.readyState === \"loading\" ? addEventListener(\"DOMContentLoaded\", then, {{ once: true }}) : then();\n\
         try {{\n\
           new PerformanceObserver((list, observer) => {{\n\
             if (list.getEntries().some((e) => e.name === \"first-contentful-paint\")) {{ observer.disconnect(); parsed(() => painted(\"paint\")); }}\n\
           }}).observe({{ type: \"paint\", buffered: true }});\n\
         }} catch {{ addEventListener(\"load\", () => go(\"load\"), {{ once: true }}); }}\n\
         // In a frame (an embedded view) WebKit reports no paint, and every embedded view there\n\
         // started only after the 3 s below: in a frame, the document parsed and one frame\n\
         // painted (the next frame's callback) start it too.\n\
         if (window.parent !== window) parsed(() => requestAnimationFrame(() => painted(\"frames\")));\n\
         setTimeout(() => go(\"timeout\"), 3000);\n\
         // Offline after one visit (sw.js, see prerender/src/offline.rs), once the app has taken\n\
         // over (`data-app=live`): saving the copy never competes with the first visit's own\n\
         // downloads. Not in an embedded view: a host's readers did not ask for a copy.\n\
         if (\"serviceWorker\" in navigator && !document.documentElement.hasAttribute(\"data-embed\")) {{\n\
           const register = () => navigator.serviceWorker.register(new URL(\"./sw.js\", import.meta.url))\n\
             .catch((error) => console.warn(\"Koperasi Kota: no offline copy:\", error));\n\
           const live = new MutationObserver(() => {{\n\
             if (document.documentElement.dataset.app === \"live\") {{ live.disconnect(); register(); }}\n\
           }});\n\
           live.observe(document.documentElement, {{ attributes: true, attributeFilter: [\"data-app\"] }});\n\
         }}\n\
         // Embedded (`?embed=1` in an iframe): tell the host page the content's height whenever\n\
         // it changes (load, filters, an opened source, a resize), for this static page and the\n\
         // app that replaces it alike. Any origin may embed: the message carries only a height.\n\
         if (document.documentElement.hasAttribute(\"data-embed\") && window.parent !== window) {{\n\
           let last = 0;\n\
           const send = () => {{\n\
             const height = Math.ceil(document.body.getBoundingClientRect().height);\n\
             if (height !== last) {{ last = height; window.parent.postMessage({{ type: \"koperasi-kota:height\", height }}, \"*\"); }}\n\
           }};\n\
           new ResizeObserver(send).observe(document.body);\n\
           addEventListener(\"load\", send);\n\
           send();\n\
         }}\n",
        cities = cities.join(","),
        js = json_string(&format!("./{js}")),
        wasm = json_string(&format!("./{wasm}")),
    );
    let name = format!("boot-{:016x}.js", fnv1a(text.as_bytes()));
    (text, name)
}

/// The one script every page runs before its first paint (a file, loaded by a plain script
/// tag in the head: it must act before paint, and there is no inline script under the CSP).
/// A host's `?lang=en` (or `?lang=id`) on a page in the other language is sent to the same
/// view's page in that language (`en/…`) before anything is painted, so the reader never sees
/// the other language first. The page being left is marked `data-leaving`: it stays blank
/// (the stylesheet) and the boot module does not start the app on it, since the navigation
/// only commits once the other page answers, and until then this page goes on loading. Should
/// that navigation be stopped (the reader pressed Esc on a slow network), the mark goes after
/// 10 s, and the page and its app are there after all. It marks `<html>` for an embedded view
/// (`?embed=1`: no site header, navigation or footer) and for a theme the host chose
/// (`?theme=light|dark`, first: the page being left has the other's background), which the
/// stylesheet reads. Under a kilobyte, cached for good under its content hash.
pub fn early_script() -> (String, String) {
    let text = "// Koperasi Kota: language, embedding and theme, before the first paint (prerender/src/boot.rs).\n\
                (function () {\n\
                \x20 var p = new URLSearchParams(location.search), d = document.documentElement;\n\
                \x20 if (p.get(\"embed\") === \"1\") d.setAttribute(\"data-embed\", \"\");\n\
                \x20 var t = p.get(\"theme\");\n\
                \x20 if (t === \"light\" || t === \"dark\") d.setAttribute(\"data-theme\", t);\n\
                \x20 var want = p.get(\"lang\"), me = document.currentScript;\n\
                \x20 if ((want === \"en\" || want === \"id\") && me) {\n\
                \x20   var root = new URL(\"./\", me.src), path = location.pathname;\n\
                \x20   if (path.indexOf(root.pathname) === 0) {\n\
                \x20     var rest = path.slice(root.pathname.length), english = rest.indexOf(\"en/\") === 0;\n\
                \x20     if ((want === \"en\") !== english) {\n\
                \x20       p.delete(\"lang\");\n\
                \x20       var q = p.toString();\n\
                \x20       location.replace(root.href + (english ? rest.slice(3) : \"en/\" + rest) + (q ? \"?\" + q : \"\") + location.hash);\n\
                \x20       d.setAttribute(\"data-leaving\", \"\");\n\
                \x20       setTimeout(function () { d.removeAttribute(\"data-leaving\"); }, 10000);\n\
                \x20     }\n\
                \x20   }\n\
                \x20 }\n\
                })();\n"
        .to_string();
    let name = format!("early-{:016x}.js", fnv1a(text.as_bytes()));
    (text, name)
}

/// FNV-1a, 64 bits: a stable content hash for file names (not for security).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    fnv1a_continue(0xcbf2_9ce4_8422_2325, bytes)
}

/// FNV-1a over `bytes` after a hash so far: one hash of many files.
pub fn fnv1a_continue(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loads_the_module_relative_to_itself() {
        let (text, name) =
            boot_module("app-1.js", "app-1_bg.wasm", &["kota-blitar".into(), "a\"b".into()], true, false);
        assert!(text.contains(r#"import("./app-1.js")"#), "{text}");
        assert!(text.contains(r#"new URL("./app-1_bg.wasm", import.meta.url)"#), "{text}");
        assert!(text.contains(r#"cities: ["kota-blitar","a\"b"]"#), "{text}");
        assert!(text.contains("parts: false"), "{text}");
        assert!(name.starts_with("boot-") && name.ends_with(".js"));
        assert_ne!(name, boot_module("app-2.js", "app-2_bg.wasm", &[], true, false).1, "another build, another name");
    }

    /// The page the early script leaves for the other language is marked, and the boot module
    /// does not start the app on a marked page (it would be cut off when the other page commits).
    #[test]
    fn a_page_left_for_the_other_language_never_starts_the_app() {
        let (early, _) = early_script();
        let replace = early.find("location.replace(").expect("the early script redirects");
        let mark = early.find(r#"d.setAttribute("data-leaving", "")"#).expect("it marks the page it leaves");
        assert!(replace < mark, "marked only once the redirect was asked for (it can throw)");
        let (boot, _) = boot_module("app-1.js", "app-1_bg.wasm", &[], true, false);
        let (refuse, begin) = (
            boot.find(
                r#"if (document.documentElement.hasAttribute("data-leaving")) { setTimeout(() => go(why), 1000); return; }"#,
            ),
            boot.find("started = true;"),
        );
        assert!(
            refuse.zip(begin).is_some_and(|(r, b)| r < b),
            "the boot module starts only on a page it stays on: {boot}"
        );
        assert!(
            early.contains(r#"d.removeAttribute("data-leaving"); }, 10000)"#),
            "a page that stays is shown after all"
        );
    }
}
