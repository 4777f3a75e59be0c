//! Print: a city page prints as a brief of one or two A4 pages.

use e2e::browser::R;
use e2e::{Case, Env};
use fantoccini::wd::{PrintConfiguration, PrintSize};

use super::case;

pub fn cases() -> Vec<Case> {
    vec![case!(a_city_page_prints_as_a_brief_of_one_or_two_pages)]
}

fn e(x: impl std::fmt::Display) -> String {
    x.to_string()
}

/// The number of pages in a PDF: its page objects (`/Type /Page`, not `/Pages`), in the file
/// and in its compressed object streams (Firefox writes those).
pub fn pdf_pages(pdf: &[u8]) -> usize {
    let mut count = page_objects(pdf);
    let mut rest = pdf;
    while let Some(start) = find(rest, b"stream") {
        let body = &rest[start + 6..];
        let body = body.strip_prefix(b"\r").unwrap_or(body);
        let body = body.strip_prefix(b"\n").unwrap_or(body);
        let Some(end) = find(body, b"endstream") else { break };
        if let Ok(inflated) = miniz_oxide::inflate::decompress_to_vec_zlib(&body[..end]) {
            count += page_objects(&inflated);
        }
        rest = &body[end + 9..];
    }
    count
}

fn page_objects(bytes: &[u8]) -> usize {
    let text = String::from_utf8_lossy(bytes);
    ["/Type /Page", "/Type/Page"]
        .iter()
        .map(|marker| text.match_indices(marker).filter(|(i, m)| !text[i + m.len()..].starts_with('s')).count())
        .sum()
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

async fn a_city_page_prints_as_a_brief_of_one_or_two_pages(env: &Env) -> R {
    if env.browser == "webkit" {
        // WebKitWebDriver answers "Unknown command" to WebDriver's Print Page.
        println!("    (not in WebKit: its WebDriver cannot print)");
        return Ok(());
    }
    let a4 = PrintConfiguration::builder().size(PrintSize::A4).build().map_err(e)?;
    let mut counts = Vec::new();
    for city in ["kota-blitar", "kota-malang", "kota-mojokerto", "kota-probolinggo"] {
        env.page.open(&format!("kota/{city}/")).await?;
        env.page.wait_live().await?;
        // A city page builds every source box's body at once (other views when opened; a
        // date's derivation, which print leaves out, too).
        let boxes = "const d = [...document.querySelectorAll('#app .cited')].filter((b) => !b.closest('.date-text')); \
                     return [d.length, d.filter((b) => b.querySelector(':scope > .cited-body')).length];";
        let built = env.page.js(boxes, vec![]).await?;
        if built[0] != built[1] || built[0] == 0 {
            return Err(format!("{city}: [source boxes, with their body] {built}"));
        }
        let pdf = env.page.client.print(a4.clone()).await.map_err(e)?;
        // Printing again gives the same document: nothing the first print asked for came late.
        let again = env.page.client.print(a4.clone()).await.map_err(e)?;
        let (first, second) = (pdf.len() as f64, again.len() as f64);
        if pdf_pages(&pdf) != pdf_pages(&again) || (first - second).abs() > second * 0.02 {
            return Err(format!(
                "{city}: the first print ({} pages, {first} B) differs from the second ({} pages, {second} B)",
                pdf_pages(&pdf),
                pdf_pages(&again)
            ));
        }
        counts.push((city, pdf_pages(&pdf)));
        if let Some(dir) = &env.screenshots {
            std::fs::write(dir.join(format!("print-{city}.pdf")), &pdf).map_err(e)?;
        }
    }
    if counts.iter().any(|(_, n)| !(1..=2).contains(n)) {
        return Err(format!("A4 pages per city: {counts:?}"));
    }
    println!("    A4 pages per city: {counts:?}");
    Ok(())
}
