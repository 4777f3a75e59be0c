//! Percent-encoding and query-string splitting, for the URL state. Lenient: a URL comes from
//! outside, so a malformed escape is kept as written rather than failing.

/// Splits a raw query string (`"?a=1&b=x%20y"`, with or without `?`) into decoded pairs;
/// `+` is a space, as browsers send form values.
pub fn parse_query(query: &str) -> Vec<(String, String)> {
    let query = query.strip_prefix('?').unwrap_or(query);
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(&k.replace('+', " ")), percent_decode(&v.replace('+', " ")))
        })
        .collect()
}

/// Percent-encodes a query value (everything but RFC 3986 unreserved characters).
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// `page` with a text fragment that highlights the sentence from `start` to `end` (URL Text
/// Fragments: `#:~:text=<start>,<end>`, after the fragment `page` has, if any: a page that
/// routes by its fragment keeps it). Each term is
/// percent-encoded, `-`, `,` and `&` too (the syntax uses them), everything but ASCII letters,
/// digits and `._~`.
pub fn text_fragment(page: &str, start: &str, end: &str) -> String {
    let term = |text: &str| {
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut out = String::with_capacity(text.len());
        for b in text.bytes() {
            match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'.' | b'_' | b'~' => out.push(b as char),
                _ => out.push_str(&format!("%{b:02X}")),
            }
        }
        out
    };
    let hash = if page.contains('#') { "" } else { "#" };
    match end.trim() {
        "" => format!("{page}{hash}:~:text={}", term(start)),
        end => format!("{page}{hash}:~:text={},{}", term(start), term(end)),
    }
}

/// Decodes `%XX` escapes; a malformed escape or invalid UTF-8 is kept as written rather than
/// failing (the URL comes from outside).
pub fn percent_decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1).copied().and_then(hex), bytes.get(i + 2).copied().and_then(hex)) {
            (b'%', Some(hi), Some(lo)) => {
                out.push((hi * 16 + lo) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| value.to_string())
}
