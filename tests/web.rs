//! Components in headless Chromium (wasm-bindgen-test): the dashboard draws a chart of a dataset,
//! the error panel shows located problems, and hostile text stays text.
#![cfg(target_arch = "wasm32")]

use chitieu::core::load::load;
use chitieu::core::Lang;
use chitieu::web::{Dashboard, ErrorPanel, LoadFailure};
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const DEFAULT: &str = include_str!("../public/data/default.json");

fn host() -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    host.unchecked_into()
}

#[wasm_bindgen_test]
async fn dashboard_draws_the_ranking_chart_of_the_default_dataset() {
    let dataset = Arc::new(load(DEFAULT).into_valid().unwrap());
    let host = host();
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        leptos::view! { <Dashboard dataset=dataset.clone() lang=Lang::Vi /> }
    });
    leptos::task::tick().await;
    let svg = host
        .query_selector("#ranking-chart svg")
        .unwrap()
        .expect("a chart");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert!(svg.query_selector_all("rect").unwrap().length() > 5);
    let headline = host
        .query_selector(".headline")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(headline.contains("chỉ tiêu đạt"), "{headline}");
}

#[wasm_bindgen_test]
async fn error_panel_lists_located_problems_as_text() {
    let loaded = load("{\"format\": \"chitieu-dataset\", \"version\": 1, \"title\": {\"vi\": \"<img src=x onerror=alert(1)>\"}");
    let failure = LoadFailure {
        url: "<b>bad</b>.json".into(),
        problems: loaded.problems,
    };
    let host = host();
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        leptos::view! { <ErrorPanel failure=failure.clone() lang=Lang::En /> }
    });
    leptos::task::tick().await;
    let text = host.text_content().unwrap();
    assert!(text.contains("line 1, column"), "{text}");
    assert!(
        text.contains("<b>bad</b>.json"),
        "the file name is shown as text: {text}"
    );
    assert!(
        host.query_selector("b").unwrap().is_none(),
        "no markup from the file name"
    );
}
