//! National scale: the synthetic dataset of all 514 kabupaten/kota (`data-tool synth`), linked
//! with `?data=` as a province office would link its own file.

use e2e::browser::R;
use e2e::{Case, Env};

use super::{case, expect_all};

pub fn cases() -> Vec<Case> {
    vec![case!(the_national_dataset_is_searched_and_a_city_page_opens)]
}

fn e(x: impl std::fmt::Display) -> String {
    x.to_string()
}

async fn the_national_dataset_is_searched_and_a_city_page_opens(env: &Env) -> R {
    let Some(data) = &env.synthetic else {
        println!("    (no synthetic dataset given: `--synthetic FILE`, which `make test-browser` passes)");
        return Ok(());
    };
    env.page.open(&format!("?data={data}")).await?;
    env.page.wait_text("Menampilkan 514 dari 514 kota").await?;
    expect_all(
        &env.page.main_text().await?,
        "the home page",
        &["Data fiktif", "Data ada untuk 514 dari 514 kabupaten/kota di Indonesia, di 38 dari 38 provinsi."],
    )?;

    // Typed as a reader types: the cards narrow to the two that match every word.
    let search = env.page.control("Cari").await?;
    search.send_keys("aceh barat").await.map_err(e)?;
    env.page.wait_cards(&["Kabupaten Aceh Barat", "Kabupaten Aceh Barat Daya"]).await?;
    env.page.wait_text("Menampilkan 2 dari 514 kota").await?;

    let card = env.page.article("Kabupaten Aceh Barat Daya").await?;
    card.find(fantoccini::Locator::Css("h2 a")).await.map_err(e)?.click().await.map_err(e)?;
    env.page.wait_heading("Kabupaten Aceh Barat Daya").await?;
    env.page.wait_query("data=", false).await?;
    expect_all(
        &env.page.main_text().await?,
        "the city page",
        &["Kode wilayah 11.12", "Aceh", "Data fiktif", "Kepala daerah Aceh Barat Daya (sintetis)"],
    )?;
    // Its first figure opens onto its sentence, built when opened.
    env.page.js("document.querySelector('main details.cited summary').click();", vec![]).await?;
    let sentence = env
        .page
        .wait_js(
            "the first figure's sentence",
            "return document.querySelector('main details.cited[open] .cited-body blockquote')?.textContent;",
            vec![],
        )
        .await?;
    let sentence = sentence.as_str().unwrap_or_default();
    if !sentence.starts_with("Data sintetis:") {
        return Err(format!("the first figure's sentence: {sentence:?}"));
    }
    crate::axe_check(env, "a city page of the national dataset").await
}
