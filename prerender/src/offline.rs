//! Offline: the web app manifests and the service worker (`sw.js`), written by the build
//! because only the build knows the hashed file names and the pages.
//!
//! **What is saved.** On the first visit (not in an embedded view: a host's readers did not ask
//! for a copy) the service worker saves the app shell: the home, timeline, health and "Periksa
//! data" pages in both languages, the stylesheet, scripts, wasm module, icon, manifests and the
//! dataset, and every city's page while there are at most [`CITY_PAGES_SAVED_UP_TO`] cities.
//! Every page the reader opens is saved as well. Offline, a city page that was never saved
//! becomes the home page's `?kota=<id>` form, which the app renders from the saved data.
//!
//! **Updates.** Pages and the dataset are asked of the network first, every time, and saved
//! again when they arrive: online, a reader always gets the current data and pages. Only when
//! the network fails is the saved copy served, marked with when it was saved
//! (`x-koperasi-kota-saved`), and the app says so above the page. The hashed files (wasm,
//! scripts, stylesheet) never change under their name, so they come from the copy first. The
//! worker's text names every hashed file and a hash of the build, so a new build is a new
//! `sw.js`: the browser installs it on the next online visit, it saves the new shell, takes
//! over at once and deletes the older copies.

use koperasi_kota::data::SAVED_HEADER;

use crate::boot::fnv1a;

/// Up to this many cities every city page is saved on the first visit (about 5 KB each,
/// compressed, per language); above it, only the pages a reader opens.
pub const CITY_PAGES_SAVED_UP_TO: usize = 60;

/// The file name of each language's manifest.
pub const MANIFEST: &str = "manifest.webmanifest";

/// The web app manifest for the pages in one language, written in that language's folder
/// (`manifest.webmanifest`, `en/manifest.webmanifest`); `root` climbs from there to the app's
/// root, `icon` is the icon's file below the root.
pub fn manifest(name: &str, description: &str, lang: &str, root: &str, icon: Option<&str>) -> String {
    use koperasi_kota::export::json_string;
    let icons = icon
        .map(|i| {
            format!(r#"[{{ "src": {}, "sizes": "any", "type": "image/svg+xml" }}]"#, json_string(&format!("{root}{i}")))
        })
        .unwrap_or_else(|| "[]".into());
    format!(
        "{{\n  \"name\": {name},\n  \"short_name\": {name},\n  \"description\": {description},\n  \"lang\": {lang},\n  \
         \"start_url\": \"./\",\n  \"scope\": {scope},\n  \"display\": \"standalone\",\n  \
         \"background_color\": \"#ffffff\",\n  \"theme_color\": \"#0b5cad\",\n  \"icons\": {icons}\n}}\n",
        name = json_string(name),
        description = json_string(description),
        lang = json_string(lang),
        scope = json_string(if root.is_empty() { "./" } else { root }),
    )
}

/// The service worker's text. `shell` are the files saved on install and `immutable` the
/// hashed ones among them, all relative to the root (`""` is the home page, `"kota/x/"`).
pub fn service_worker(shell: &[String], immutable: &[String]) -> String {
    let list = |files: &[String]| {
        let items: Vec<String> = files.iter().map(|f| koperasi_kota::export::json_string(f)).collect();
        format!("[\n  {}\n]", items.join(",\n  "))
    };
    let body = format!(
        "const SHELL = {shell};\nconst IMMUTABLE = new Set({immutable});\n",
        shell = list(shell),
        immutable = list(immutable),
    );
    let version = format!("{:016x}", fnv1a(body.as_bytes()));
    format!(
        "// Koperasi Kota: the offline copy (written by the build, see prerender/src/offline.rs).\n\
         const CACHE = \"koperasi-kota-{version}\";\n\
         {body}\
         const ROOT = new URL(\"./\", self.location.href).href;\n\
         const ROOT_PATH = new URL(ROOT).pathname;\n\
         const FRESH = new Set(SHELL.filter((file) => !IMMUTABLE.has(file)));\n\
         \n\
         // A copy that says when it was saved: the app tells the reader when it shows one.\n\
         async function stamped(response) {{\n\
         \x20 const headers = new Headers(response.headers);\n\
         \x20 headers.delete(\"content-encoding\");\n\
         \x20 headers.delete(\"content-length\");\n\
         \x20 headers.set(\"{SAVED_HEADER}\", new Date().toISOString());\n\
         \x20 return new Response(await response.blob(), {{ status: response.status, statusText: response.statusText, headers }});\n\
         }}\n\
         \n\
         async function save(key, response) {{\n\
         \x20 const cache = await caches.open(CACHE);\n\
         \x20 await cache.put(key, await stamped(response));\n\
         }}\n\
         \n\
         self.addEventListener(\"install\", (event) => {{\n\
         \x20 event.waitUntil((async () => {{\n\
         \x20   await Promise.all(SHELL.map(async (file) => {{\n\
         \x20     const response = await fetch(new Request(ROOT + file, {{ cache: \"no-cache\" }}));\n\
         \x20     if (!response.ok) throw new Error(file + \": HTTP \" + response.status);\n\
         \x20     await save(ROOT + file, response);\n\
         \x20   }}));\n\
         \x20   await self.skipWaiting();\n\
         \x20 }})());\n\
         }});\n\
         \n\
         self.addEventListener(\"activate\", (event) => {{\n\
         \x20 event.waitUntil((async () => {{\n\
         \x20   const old = (await caches.keys()).filter((k) => k.startsWith(\"koperasi-kota-\") && k !== CACHE);\n\
         \x20   await Promise.all(old.map((k) => caches.delete(k)));\n\
         \x20   await self.clients.claim();\n\
         \x20 }})());\n\
         }});\n\
         \n\
         // Pages, the dataset and the manifests: the network first, saved again on every answer; the saved copy\n\
         // only when the network fails.\n\
         async function networkFirst(request, key, page, url) {{\n\
         \x20 try {{\n\
         \x20   const response = await fetch(request);\n\
         \x20   if (response.ok && !response.redirected) await save(key, response.clone()).catch(() => {{}});\n\
         \x20   return response;\n\
         \x20 }} catch (offline) {{\n\
         \x20   const saved = await caches.match(key, {{ cacheName: CACHE }});\n\
         \x20   if (saved) return saved;\n\
         \x20   // A city page never opened: the home page's `?kota=` form, rendered by the app.\n\
         \x20   const city = page && /^(en\\/)?kota\\/([^/]+)\\/$/.exec(key.slice(ROOT.length));\n\
         \x20   if (city && (await caches.match(ROOT + (city[1] || \"\"), {{ cacheName: CACHE }}))) {{\n\
         \x20     const rest = url.search ? \"&\" + url.search.slice(1) : \"\";\n\
         \x20     return Response.redirect(ROOT + (city[1] || \"\") + \"?kota=\" + city[2] + rest, 302);\n\
         \x20   }}\n\
         \x20   throw offline;\n\
         \x20 }}\n\
         }}\n\
         \n\
         self.addEventListener(\"fetch\", (event) => {{\n\
         \x20 const request = event.request;\n\
         \x20 const url = new URL(request.url);\n\
         \x20 if (request.method !== \"GET\" || url.origin !== self.location.origin || !url.pathname.startsWith(ROOT_PATH)) return;\n\
         \x20 const path = url.pathname.slice(ROOT_PATH.length).replace(/index\\.html$/, \"\");\n\
         \x20 const key = ROOT + path;\n\
         \x20 const page = request.mode === \"navigate\";\n\
         \x20 if (page || FRESH.has(path)) {{\n\
         \x20   event.respondWith(networkFirst(request, key, page, url));\n\
         \x20 }} else if (IMMUTABLE.has(path)) {{\n\
         \x20   event.respondWith(caches.match(key, {{ cacheName: CACHE }}).then((saved) => saved || fetch(request)));\n\
         \x20 }}\n\
         }});\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_build_is_a_new_worker() {
        let shell = vec!["".to_string(), "app-1.wasm".to_string()];
        let one = service_worker(&shell, &shell[1..]);
        assert!(one.contains(r#"const SHELL = ["#) && one.contains(r#""app-1.wasm""#), "{one}");
        let two = service_worker(&["".to_string(), "app-2.wasm".to_string()], &[]);
        let cache = |text: &str| text.lines().find(|l| l.starts_with("const CACHE")).map(str::to_string);
        assert_ne!(cache(&one), cache(&two), "another file list, another cache name");
    }

    #[test]
    fn the_manifest_is_json_with_its_icon_from_the_root() {
        let text = manifest("Koperasi \"Kota\"", "d", "en", "../", Some("favicon-1.svg"));
        let json: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
        assert_eq!(json["name"], "Koperasi \"Kota\"");
        assert_eq!(json["icons"][0]["src"], "../favicon-1.svg");
        assert_eq!((json["start_url"].as_str(), json["scope"].as_str()), (Some("./"), Some("../")));
    }
}
