//! Offline: the web app manifests and the service worker (`sw.js`), written by the build
//! because only the build knows the hashed file names and the pages.
//!
//! **What is saved.** On the first visit (not in an embedded view: a host's readers did not ask
//! for a copy) the service worker saves the app shell: the home, timeline, health and "Periksa
//! data" pages in both languages, the stylesheet, scripts, wasm module, icon, manifests and the
//! dataset with its summary part, and every city's page while there are at most
//! [`CITY_PAGES_SAVED_UP_TO`] cities. A city's part of the dataset is saved when it is loaded;
//! offline, a city whose part was never saved is shown from the saved whole dataset.
//! Every page of the app loaded from the network is saved as well (views opened inside the app
//! need no page). Offline, a city page that was never saved becomes the home page's
//! `?kota=<id>` form, which the app renders from the saved data. Only the app's own pages and
//! files are handled: other pages of the host pass by untouched.
//!
//! **Updates.** Pages and the dataset are asked of the network first, every time, and saved
//! again as they stream to the page: online, a reader always gets the current data and pages.
//! Only when the network fails (or answers 5xx) is the saved copy served, marked with when it
//! was saved (`x-koperasi-kota-saved`), and the app says so above the page. A slow network is
//! waited for, not replaced by older data. The hashed files (wasm, scripts, stylesheet) never
//! change under their name, so they come from the copy first. The worker's text names every
//! hashed file and carries a hash of everything the build wrote, so any new build (app, pages or
//! data) is a new `sw.js`: the browser installs it on the next online visit, it saves the new
//! shell, takes over at once and deletes the older copies of the same folder (the cache names
//! carry the folder: two deployments on one host keep theirs).

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
    use koperasi_kota::util::json::json_string;
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

/// The service worker's text (`sw.js`, from the template `src/sw.js`). `shell` are the files
/// saved on install and `immutable` the hashed ones among them, all relative to the root (`""`
/// is the home page, `"kota/x/"`); `build` is a hash of everything the build wrote (pages and
/// data), so that any change, even to the data alone, is a new worker.
pub fn service_worker(shell: &[String], immutable: &[String], build: u64) -> String {
    let list = |files: &[String]| {
        let items: Vec<String> = files.iter().map(|f| koperasi_kota::util::json::json_string(f)).collect();
        format!("[\n  {}\n]", items.join(",\n  "))
    };
    let (shell, immutable) = (list(shell), list(immutable));
    let version = format!("{:016x}", fnv1a(format!("{shell}{immutable}{build:x}").as_bytes()));
    include_str!("sw.js")
        .replacen("\"__SHELL__\"", &shell, 1)
        .replacen("\"__IMMUTABLE__\"", &immutable, 1)
        .replacen("__VERSION__", &version, 1)
        .replacen("__SAVED_HEADER__", SAVED_HEADER, 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_build_is_a_new_worker() {
        let shell = vec!["".to_string(), "app-1.wasm".to_string()];
        let one = service_worker(&shell, &shell[1..], 1);
        assert!(one.contains("const SHELL = [") && one.contains(r#""app-1.wasm""#), "{one}");
        assert!(!one.contains("__"), "every placeholder filled: {one}");
        let version = |text: &str| text.lines().find(|l| l.starts_with("const VERSION")).map(str::to_string);
        let two = service_worker(&["".to_string(), "app-2.wasm".to_string()], &[], 1);
        assert_ne!(version(&one), version(&two), "another file list, another version");
        assert_ne!(
            version(&one),
            version(&service_worker(&shell, &shell[1..], 2)),
            "other pages or data, another version"
        );
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
