//! Embedding a view in another site: the code the "Sematkan" dialog offers. Pure.

/// The message the embedded page posts to its host whenever its content height changes
/// (written by the boot module, see `prerender/src/boot.rs`).
pub const HEIGHT_MESSAGE: &str = "koperasi-kota:height";

/// The host-side script: resizes every iframe whose page sends the height message. Plain
/// JavaScript a municipal web admin can paste once per page.
pub fn host_script() -> String {
    format!(
        "<script>\n\
         addEventListener(\"message\", function (e) {{\n\
         \x20 if (!e.data || e.data.type !== \"{HEIGHT_MESSAGE}\") return;\n\
         \x20 document.querySelectorAll(\"iframe\").forEach(function (f) {{\n\
         \x20   if (f.contentWindow === e.source) f.style.height = e.data.height + \"px\";\n\
         \x20 }});\n\
         }});\n\
         </script>"
    )
}

/// The `<iframe>` for the view at `url` (absolute, with `embed=1`), named `title` for screen
/// readers, followed by the host script.
pub fn embed_code(url: &str, title: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" width=\"100%\" height=\"600\" style=\"border:0;display:block\"></iframe>\n{}",
        attr(url),
        attr(title),
        host_script()
    )
}

/// `url` with `embed=1` added to its query (kept if already there).
pub fn with_embed(url: &str) -> String {
    let (base, hash) = url.split_once('#').map_or((url, ""), |(b, h)| (b, h));
    let has = base.split_once('?').is_some_and(|(_, q)| q.split('&').any(|kv| kv == "embed=1"));
    let joined = match (has, base.contains('?')) {
        (true, _) => base.to_string(),
        (false, true) => format!("{base}&embed=1"),
        (false, false) => format!("{base}?embed=1"),
    };
    if hash.is_empty() {
        joined
    } else {
        format!("{joined}#{hash}")
    }
}

fn attr(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_embeds_the_view_with_a_title_and_the_resizer() {
        let code = embed_code("https://k.example/kota/kota-blitar/?embed=1&lang=en", "Koperasi Kota — \"Kota Blitar\"");
        assert!(code.starts_with(
            "<iframe src=\"https://k.example/kota/kota-blitar/?embed=1&amp;lang=en\" title=\"Koperasi Kota — &quot;Kota Blitar&quot;\" loading=\"lazy\" width=\"100%\""
        ), "{code}");
        assert!(code.contains("e.data.type !== \"koperasi-kota:height\"") && code.contains("f.style.height"), "{code}");
    }

    #[test]
    fn embed_is_added_once() {
        assert_eq!(with_embed("https://k.example/"), "https://k.example/?embed=1");
        assert_eq!(with_embed("https://k.example/?cari=a"), "https://k.example/?cari=a&embed=1");
        assert_eq!(with_embed("https://k.example/?embed=1"), "https://k.example/?embed=1");
    }
}
