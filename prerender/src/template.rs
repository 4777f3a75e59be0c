//! Trunk's `index.html` as a template: the `<meta>` and `<link>` tags it wrote (from our
//! `index.html`, with hashed asset names and integrity hashes) and the names of the JS glue and
//! the wasm module. Trunk minifies the file, so this reads tags rather than fixed text.

/// One tag with its attributes in source order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    pub name: String,
    pub attrs: Vec<(String, Option<String>)>,
}

impl Tag {
    pub fn get(&self, key: &str) -> Option<&str> {
        self.attrs.iter().find(|(k, _)| k == key).and_then(|(_, v)| v.as_deref())
    }

    /// The tag as HTML, with relative URLs in `href`/`src` (`./x.css`, `x.css`) made relative
    /// to a page `prefix` (`../../`) below the root.
    pub fn to_html(&self, prefix: &str) -> String {
        let mut out = format!("<{}", self.name);
        for (k, v) in &self.attrs {
            match v {
                None => out.push_str(&format!(" {k}")),
                Some(v) => {
                    let relative = !v.starts_with(['/', '#']) && !v.contains(':');
                    let v = match (k.as_str(), relative) {
                        ("href" | "src", true) => format!("{prefix}{}", v.strip_prefix("./").unwrap_or(v)),
                        _ => v.clone(),
                    };
                    out.push_str(&format!(" {k}=\"{}\"", escape(&v)));
                }
            }
        }
        out.push('>');
        out
    }
}

/// What a page needs from Trunk's output.
#[derive(Debug)]
pub struct Template {
    /// `<meta>` tags other than the description (which each page writes itself).
    pub metas: Vec<Tag>,
    /// Stylesheet and icon links. Trunk's preloads of the JS glue and the wasm module are left
    /// out: they would compete with the first paint, which needs neither.
    pub links: Vec<Tag>,
    /// The wasm-bindgen JS glue and the wasm module, relative to `dist/`.
    pub js: String,
    pub wasm: String,
}

impl Template {
    pub fn parse(html: &str) -> Result<Self, String> {
        let tags = scan_tags(html);
        let script = tags
            .iter()
            .find(|t| t.name == "script" && t.get("data-koperasi-kota-js").is_some())
            .ok_or("Trunk's index.html has no <script data-koperasi-kota-js> (see pattern_script in Trunk.toml)")?;
        let field = |k: &str| script.get(k).map(str::to_string).ok_or(format!("the script tag has no {k}"));
        Ok(Self {
            metas: tags.iter().filter(|t| t.name == "meta" && t.get("name") != Some("description")).cloned().collect(),
            links: tags
                .iter()
                .filter(|t| t.name == "link" && matches!(t.get("rel"), Some("stylesheet" | "icon")))
                .cloned()
                .collect(),
            js: field("data-koperasi-kota-js")?,
            wasm: field("data-koperasi-kota-wasm")?,
        })
    }

    /// The icon's file below the root (`favicon-….svg`), before [`Template::inline_icon`].
    pub fn icon_file(&self) -> Option<String> {
        let link = self.links.iter().find(|l| l.get("rel") == Some("icon"))?;
        link.get("href").filter(|h| !h.starts_with("data:")).map(|h| h.trim_start_matches("./").to_string())
    }

    /// Puts the SVG icon into its link as a `data:` URL (a few hundred bytes): one request
    /// fewer, and one that would otherwise land in the middle of the first paint.
    pub fn inline_icon(&mut self, dist: &std::path::Path) {
        for link in self.links.iter_mut().filter(|l| l.get("rel") == Some("icon")) {
            let Some(href) = link.get("href").filter(|h| h.ends_with(".svg")).map(str::to_string) else { continue };
            let Ok(svg) = std::fs::read_to_string(dist.join(href.trim_start_matches("./"))) else { continue };
            let data = format!("data:image/svg+xml,{}", koperasi_kota::url::encode(svg.trim()));
            link.attrs.retain(|(k, _)| k != "integrity");
            if let Some((_, v)) = link.attrs.iter_mut().find(|(k, _)| k == "href") {
                *v = Some(data);
            }
        }
    }
}

/// Every start tag in `html` with its attributes (quoted, single-quoted, unquoted or bare).
fn scan_tags(html: &str) -> Vec<Tag> {
    let mut tags = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        rest = &rest[start + 1..];
        let name: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
        if name.is_empty() {
            continue;
        }
        rest = &rest[name.len()..];
        let mut attrs = Vec::new();
        loop {
            rest = rest.trim_start();
            if rest.is_empty() || rest.starts_with('>') || rest.starts_with("/>") {
                break;
            }
            let key: String = rest.chars().take_while(|c| !c.is_whitespace() && !"=>/".contains(*c)).collect();
            if key.is_empty() {
                rest = &rest[1..];
                continue;
            }
            rest = &rest[key.len()..];
            let value = if let Some(after) = rest.trim_start().strip_prefix('=') {
                let after = after.trim_start();
                let (value, len) = match after.chars().next() {
                    Some(q @ ('"' | '\'')) => {
                        let end = after[1..].find(q).map_or(after.len(), |e| e + 1);
                        (after[1..end].to_string(), (end + 1).min(after.len()))
                    }
                    _ => {
                        let end = after.find(|c: char| c.is_whitespace() || c == '>').unwrap_or(after.len());
                        (after[..end].to_string(), end)
                    }
                };
                rest = &after[len..];
                Some(unescape(&value))
            } else {
                None
            };
            attrs.push((key.to_ascii_lowercase(), value));
        }
        tags.push(Tag { name: name.to_ascii_lowercase(), attrs });
    }
    tags
}

/// Escapes text for an HTML attribute value or element content.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Undoes the entities a minifier writes in attribute values (`&amp;` last, so that
/// `&amp;lt;` stays `&lt;`).
fn unescape(text: &str) -> String {
    [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")]
        .iter()
        .fold(text.to_string(), |acc, (from, to)| acc.replace(from, to))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = r#"<!doctype html><html lang=id><meta charset=utf-8><meta content="width=device-width, initial-scale=1" name=viewport><meta content="old" name=description><title>Koperasi Kota</title><link href=main-1a.css integrity=sha384-x rel=stylesheet><link crossorigin href=./koperasi-kota-2b.js integrity="sha384-y" rel=modulepreload><body><script data-koperasi-kota-js=koperasi-kota-2b.js data-koperasi-kota-wasm=koperasi-kota-2b_bg.wasm type=module></script>"#;

    #[test]
    fn reads_minified_trunk_output() {
        let t = Template::parse(TRUNK).expect("parses");
        assert_eq!((t.js.as_str(), t.wasm.as_str()), ("koperasi-kota-2b.js", "koperasi-kota-2b_bg.wasm"));
        assert_eq!(t.metas.len(), 2, "charset and viewport, not the description");
        assert_eq!(t.metas[1].get("content"), Some("width=device-width, initial-scale=1"));
        assert_eq!(t.links[0].get("href"), Some("main-1a.css"));
        assert!(t.links[0].to_html("../").contains(r#"href="../main-1a.css""#));
        assert_eq!(t.links.len(), 1, "the stylesheet, not the modulepreload");
    }

    #[test]
    fn inlines_the_svg_icon() {
        let dir = std::env::temp_dir().join(format!("prerender-icon-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        std::fs::write(dir.join("icon.svg"), "<svg/>\n").expect("write");
        let mut t =
            Template::parse(&format!("{TRUNK}<link href=./icon.svg integrity=sha384-z rel=icon>")).expect("parses");
        t.inline_icon(&dir);
        assert_eq!(t.links[1].to_html("../"), r#"<link href="data:image/svg+xml,%3Csvg%2F%3E" rel="icon">"#);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_template_without_the_loader_tag_is_an_error() {
        let err = Template::parse("<html><body></body></html>").expect_err("no script");
        assert!(err.contains("pattern_script"), "{err}");
    }

    #[test]
    fn escapes_attribute_text() {
        assert_eq!(escape(r#"<b>"A" & B</b>"#), "&lt;b&gt;&quot;A&quot; &amp; B&lt;/b&gt;");
    }
}
