//! Checks over every view: axe-core, phone width, screenshots.

use e2e::browser::R;
use e2e::{Case, Env};

use super::case;
use crate::{axe_check, open_framed, overflow, snap, snap_framed};

pub fn cases() -> Vec<Case> {
    vec![
        case!(every_view_passes_axe),
        case!(every_view_passes_axe_in_english_and_in_either_theme),
        case!(every_view_fits_a_phone_without_horizontal_scroll),
    ]
}

/// Every view, with the heading that says it has rendered.
const VIEWS: [(&str, &str, &str); 7] = [
    ("home", "", "Koperasi per kota"),
    ("city-blitar", "?kota=kota-blitar", "Kota Blitar"),
    ("city-probolinggo", "?kota=kota-probolinggo", "Kota Probolinggo"),
    ("city-malang", "?kota=kota-malang", "Kota Malang"),
    ("city-mojokerto", "?kota=kota-mojokerto", "Kota Mojokerto"),
    ("awards", "?halaman=penghargaan", "Penghargaan"),
    ("health", "?halaman=kesehatan", "Kesehatan koperasi"),
];

async fn every_view_passes_axe(env: &Env) -> R {
    for (name, query, heading) in VIEWS {
        env.page.open(query).await?;
        env.page.wait_heading(heading).await?;
        // Open every source disclosure so their content is checked too.
        env.page.open_every_box().await?;
        axe_check(env, name).await?;
    }
    Ok(())
}

/// The other language and both forced themes: contrast and names hold in each.
async fn every_view_passes_axe_in_english_and_in_either_theme(env: &Env) -> R {
    for (name, query, _) in VIEWS.iter().chain(&[("check", "?halaman=periksa", "")]) {
        for extra in ["lang=en&theme=dark", "lang=en&theme=light", "theme=dark"] {
            let sep = if query.is_empty() { "?" } else { "&" };
            env.page.open(&format!("{query}{sep}{extra}")).await?;
            let lang = if extra.starts_with("lang=en") { "en" } else { "id" };
            env.page
                .wait_js(
                    "the page in its language",
                    "return document.documentElement.lang === arguments[0] && !!document.querySelector('main h1');",
                    vec![serde_json::json!(lang)],
                )
                .await?;
            env.page.open_every_box().await?;
            axe_check(env, &format!("{name} with {extra}")).await?;
        }
    }
    Ok(())
}

async fn every_view_fits_a_phone_without_horizontal_scroll(env: &Env) -> R {
    for (name, query, heading) in VIEWS {
        env.page.open(query).await?;
        env.page.wait_heading(heading).await?;
        snap(env, &format!("{name}-1280")).await?;
        open_framed(env, query, 390).await?;
        env.page.wait_heading(heading).await?;
        let (scroll, inner) = overflow(env).await?;
        if scroll > inner {
            return Err(format!("{name} at 390 px is {scroll} px wide"));
        }
        snap_framed(env, &format!("{name}-390")).await?;
        open_framed(env, query, 320).await?;
        env.page.wait_heading(heading).await?;
        let (scroll, inner) = overflow(env).await?;
        if scroll > inner {
            return Err(format!("{name} at 320 px is {scroll} px wide"));
        }
    }
    Ok(())
}
