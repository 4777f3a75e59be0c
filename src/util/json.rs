//! JSON text written by hand, where pulling in a serializer is not worth it.

/// A JSON string literal for `s`. `<` is escaped too, so the literal is also safe inside an
/// HTML `<script>` (the prerender's boot module uses it).
pub fn json_string(s: &str) -> String {
    let mut out = String::from('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '<' => out.push_str("\\u003c"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
