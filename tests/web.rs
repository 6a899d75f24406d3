//! Components in headless Chromium (wasm-bindgen-test): the explorer draws charts of a dataset and
//! follows a filter; the error panel shows located problems; hostile text stays text.
#![cfg(target_arch = "wasm32")]

use chitieu::core::index::DatasetIndex;
use chitieu::core::load::load;
use chitieu::core::url::ScreenState;
use chitieu::core::Lang;
use chitieu::web::{provide_app_context, AppState, ErrorPanel, Explorer, LoadFailure};
use leptos::prelude::*;
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

fn mount_explorer(host: &web_sys::HtmlElement) -> AppState {
    mount_explorer_with(host, ScreenState::default())
}

fn mount_explorer_with(host: &web_sys::HtmlElement, screen: ScreenState) -> AppState {
    let index = Arc::new(DatasetIndex::new(load(DEFAULT).into_valid().unwrap()));
    let state = AppState::new(screen, Vec::new(), (1920.0, 1080.0));
    state.data.set(Some(index));
    let handle = leptos::mount::mount_to(host.clone(), move || {
        provide_app_context(state);
        view! { <Explorer /> }
    });
    std::mem::forget(handle);
    state
}

/// The next task: on the first screen the view is built a task after the header, the indicator
/// list and each chart a task after that.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    leptos::task::tick().await;
}

#[wasm_bindgen_test]
async fn the_explorer_draws_the_overview_of_the_default_dataset() {
    let host = host();
    mount_explorer(&host);
    leptos::task::tick().await;
    // The header first, then the view, then the charts.
    assert!(host.query_selector(".app").unwrap().is_some());
    assert!(host.query_selector(".headline").unwrap().is_none(), "the view waits a task");
    next_task().await;
    assert!(host.query_selector(".headline").unwrap().is_some());
    next_task().await;
    let svg = host.query_selector("#ranking-chart svg").unwrap().expect("a ranking chart");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert!(svg.query_selector_all("rect").unwrap().length() > 5);
    assert!(host.query_selector("#domain-chart svg").unwrap().is_some());
    let headline = host.query_selector(".headline").unwrap().unwrap().text_content().unwrap();
    assert!(headline.contains("Bến Sung") && headline.contains("24/29 chỉ tiêu đạt"), "{headline}");
}

#[wasm_bindgen_test]
async fn a_status_filter_narrows_the_indicator_list() {
    let host = host();
    let state = mount_explorer(&host);
    next_task().await;
    next_task().await;
    let rows = |host: &web_sys::HtmlElement| host.query_selector_all(".indicator-list tbody tr").unwrap().length();
    let all = rows(&host);
    assert!(all > 5, "the list is there, {all} rows");
    state.screen.update(|screen| screen.status = Some(chitieu::core::model::Status::NotAchieved));
    leptos::task::tick().await;
    assert_eq!(rows(&host), 5, "five indicators not achieved (of {all})");
}

#[wasm_bindgen_test]
async fn error_panel_lists_located_problems_as_text() {
    let loaded =
        load("{\"format\": \"chitieu-dataset\", \"version\": 1, \"title\": {\"vi\": \"<img src=x onerror=alert(1)>\"}");
    let failure = LoadFailure::Invalid { url: "<b>bad</b>.json".into(), problems: loaded.problems };
    let host = host();
    // A presenter's screen whose file failed: the way out keeps the presentation.
    let (screen, _) = chitieu::core::url::parse_query("?mode=present&lang=en&data=bad.json", &|_| true);
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        provide_app_context(AppState::new(screen.clone(), Vec::new(), (1920.0, 1080.0)));
        view! { <ErrorPanel failure=failure.clone() lang=Lang::En /> }
    });
    leptos::task::tick().await;
    let text = host.text_content().unwrap();
    assert!(text.contains("line 1, column"), "{text}");
    assert!(text.contains("<b>bad</b>.json"), "the file name is shown as text: {text}");
    assert!(host.query_selector("b").unwrap().is_none(), "no markup from the file name");
    let link = host.query_selector(".error-panel a").unwrap().unwrap().get_attribute("href");
    assert_eq!(link.as_deref(), Some("?mode=present&lang=en"));
}
