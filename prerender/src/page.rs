//! One static page: the document around the rendered view, with its title, description and
//! link-preview tags, every asset URL relative to the page's folder.

use koperasi_kota::i18n::Lang;
use koperasi_kota::share::meta::PageMeta;
use koperasi_kota::url::lang_prefix;

use crate::template::{escape, Template};

/// What every page shares.
pub struct Site<'a> {
    pub template: &'a Template,
    /// The boot module's file name in `dist/`.
    pub boot: &'a str,
    /// The script that runs before the first paint (embedding, theme).
    pub early: &'a str,
    /// The public address of `dist/` (`https://koperasi.example.go.id/`), when the build knows
    /// it (`SITE_URL`): link previews need absolute URLs for the page and its image.
    pub site_url: Option<&'a str>,
    pub lang: Lang,
}

/// The whole HTML document for the view in `folder` (`""`, `"kota/kota-blitar/"`) in the
/// site's language (English pages are below `en/`).
pub fn document(site: &Site, folder: &str, meta: &PageMeta, body: &str) -> String {
    let path = format!("{}{folder}", lang_prefix(site.lang));
    let prefix = "../".repeat(path.matches('/').count());
    let t = site.lang.strings();
    let absolute = |file: &str| site.site_url.map(|s| format!("{}/{file}", s.trim_end_matches('/')));
    let image = absolute("og.png").unwrap_or_else(|| format!("{prefix}og.png"));
    let (title, description) = (escape(&meta.title), escape(&meta.description));
    let mut head: Vec<String> = site.template.metas.iter().map(|m| m.to_html(&prefix)).collect();
    head.push(format!("<title>{title}</title>"));
    head.push(format!(r#"<meta name="description" content="{description}">"#));
    let locale = match site.lang {
        Lang::Id => "id_ID",
        Lang::En => "en_US",
    };
    for (property, content) in [
        ("og:type", "website"),
        ("og:site_name", t.app_name),
        ("og:locale", locale),
        ("og:title", &title),
        ("og:description", &description),
        ("og:image", &escape(&image)),
        ("og:image:width", "1200"),
        ("og:image:height", "630"),
        ("og:image:alt", t.app_name),
    ] {
        head.push(format!(r#"<meta property="{property}" content="{content}">"#));
    }
    if let Some(url) = absolute(&path) {
        head.push(format!(r#"<meta property="og:url" content="{}">"#, escape(&url)));
        head.push(format!(r#"<link rel="canonical" href="{}">"#, escape(&url)));
    }
    // The same view in each language, for search engines (which want absolute addresses: only
    // when the build knows the site's, `SITE_URL`).
    for lang in [Lang::Id, Lang::En] {
        if let Some(href) = absolute(&format!("{}{folder}", lang_prefix(lang))) {
            head.push(format!(r#"<link rel="alternate" hreflang="{}" href="{}">"#, lang.code(), escape(&href)));
        }
    }
    for (name, content) in [
        ("twitter:card", "summary_large_image"),
        ("twitter:title", title.as_str()),
        ("twitter:description", description.as_str()),
        ("twitter:image", &escape(&image)),
    ] {
        head.push(format!(r#"<meta name="{name}" content="{content}">"#));
    }
    head.extend(site.template.links.iter().map(|l| l.to_html(&prefix)));
    head.push(format!(
        r#"<link rel="manifest" href="{prefix}{}{}">"#,
        lang_prefix(site.lang),
        crate::offline::MANIFEST
    ));
    head.push(format!(r#"<script src="{prefix}{}"></script>"#, site.early));
    // Last in the body, `async` and low priority: nothing waits for it, and it waits for the
    // first paint itself. (Lighthouse's simulated LCP still counts its one small request: about
    // +200 ms on slow 4G, wherever the tag stands.)
    let boot = format!(r#"<script type="module" async fetchpriority="low" src="{prefix}{}"></script>"#, site.boot);
    let note = escape(t.no_wasm);
    format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n{head}\n</head>\n<body>\n\
         <noscript><p class=\"no-wasm-note\">{note}</p></noscript>\n\
         <p class=\"no-wasm-note\" id=\"no-wasm\" hidden>{note}</p>\n\
         <div id=\"app\">{body}</div>\n{boot}\n</body>\n</html>\n",
        lang = site.lang.code(),
        head = head.join("\n"),
    )
}
