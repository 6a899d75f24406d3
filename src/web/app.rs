//! The app component, the dashboard and the error panel.

use std::sync::Arc;

use chitieu_core::chart::{place_name, ranking, scorecard_sentence};
use chitieu_core::i18n::{status_name, status_symbol};
use chitieu_core::load::load;
use chitieu_core::model::{Dataset, Status};
use chitieu_core::scorecard::{default_locality_term, locality_terms, scorecard};
use chitieu_core::{format, Lang, Problem};
use chitieu_render::{bar_chart_svg, Frame, Palette, Theme};
use leptos::prelude::*;

use super::browser::{log_error, mark_error, mark_ready, query_param, set_document_lang};
use super::DEFAULT_DATASET_URL;

/// Why a dataset could not be shown: which file, and every located problem.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadFailure {
    pub url: String,
    pub problems: Vec<Problem>,
}

#[derive(Debug, Clone)]
enum LoadState {
    Loading,
    Ready(Arc<Dataset>),
    Failed(LoadFailure),
}

/// Fetches and validates a dataset; an invalid one is never returned.
pub async fn fetch_dataset(url: &str) -> Result<Dataset, LoadFailure> {
    let failure = |code: &'static str, vi: String, en: String| LoadFailure {
        url: url.to_string(),
        problems: vec![Problem::error(code, "$", vi, en)],
    };
    let response = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|error| {
            failure(
                "fetch",
                format!("Không tải được tệp: {error}."),
                format!("The file could not be fetched: {error}."),
            )
        })?;
    if !response.ok() {
        let status = response.status();
        return Err(failure(
            "http-status",
            format!("Máy chủ trả về mã {status} cho tệp này."),
            format!("The server answered {status} for this file."),
        ));
    }
    let text = response.text().await.map_err(|error| {
        failure(
            "read",
            format!("Không đọc được nội dung tệp: {error}."),
            format!("The file's content could not be read: {error}."),
        )
    })?;
    load(&text).into_valid().map_err(|problems| LoadFailure {
        url: url.to_string(),
        problems,
    })
}

/// The whole app: loads the dataset named by `?data=` (or the default) and shows it.
#[component]
pub fn App() -> impl IntoView {
    let lang = query_param("lang")
        .and_then(|id| Lang::from_id(&id))
        .unwrap_or_default();
    set_document_lang(lang.id());
    let url = query_param("data").unwrap_or_else(|| DEFAULT_DATASET_URL.to_string());
    let state = RwSignal::new(LoadState::Loading);
    leptos::task::spawn_local(async move {
        let next = match fetch_dataset(&url).await {
            Ok(dataset) => LoadState::Ready(Arc::new(dataset)),
            Err(failure) => {
                for problem in &failure.problems {
                    log_error(&problem.describe(&failure.url, Lang::En));
                }
                LoadState::Failed(failure)
            }
        };
        state.set(next);
    });
    view! {
        <main class="app">
            {move || match state.get() {
                LoadState::Loading => {
                    view! {
                        <p class="loading" role="status">
                            {lang.pick("Đang tải dữ liệu…", "Loading data…")}
                        </p>
                    }
                        .into_any()
                }
                LoadState::Ready(dataset) => view! { <Dashboard dataset lang /> }.into_any(),
                LoadState::Failed(failure) => view! { <ErrorPanel failure lang /> }.into_any(),
            }}
        </main>
    }
}

/// The chart frame for the current window: text grows with the screen (1/60 of its height, at
/// least 14 px) so a 4K screen is as legible as a laptop.
fn frame_for_window(rows: usize) -> Frame {
    let window = web_sys::window();
    let measure = |value: Option<wasm_bindgen::JsValue>| value.and_then(|value| value.as_f64());
    let width = measure(window.as_ref().and_then(|w| w.inner_width().ok())).unwrap_or(1280.0);
    let height = measure(window.as_ref().and_then(|w| w.inner_height().ok())).unwrap_or(800.0);
    let font_px = (height / 60.0).clamp(14.0, 48.0);
    let chart_width = (width - 4.0 * font_px).clamp(300.0, 3600.0);
    let chart_height = rows as f64 * font_px * 2.2 + font_px * 6.0;
    Frame {
        width: chart_width as u32,
        height: chart_height as u32,
        font_px,
    }
}

/// The overview of one locality and term: scorecard and ranking chart.
#[component]
pub fn Dashboard(dataset: Arc<Dataset>, lang: Lang) -> impl IntoView {
    let pairs = locality_terms(&dataset);
    let wanted_unit = query_param("unit");
    let wanted_term = query_param("term");
    let fallback = default_locality_term(&dataset);
    let initial = pairs
        .iter()
        .position(|(unit, term)| {
            let (default_unit, default_term) = fallback.clone().unzip();
            wanted_unit
                .as_ref()
                .or(default_unit.as_ref())
                .is_none_or(|wanted| wanted == unit)
                && wanted_term
                    .as_ref()
                    .or(default_term.as_ref())
                    .is_none_or(|wanted| wanted == term)
        })
        .unwrap_or(0);
    let selected = RwSignal::new(initial);
    let pairs = Arc::new(pairs);

    let view_dataset = dataset.clone();
    let view_pairs = pairs.clone();
    let content = Memo::new(move |_| {
        let Some((unit, term)) = view_pairs.get(selected.get()) else {
            return None;
        };
        let card = scorecard(&view_dataset, unit, term);
        let place = place_name(&view_dataset, unit, term, lang);
        let counts: Vec<(Status, u32)> = Status::ALL
            .iter()
            .map(|status| (*status, card.total.get(*status)))
            .collect();
        let headline = scorecard_sentence(&card, &place, lang);
        let chart = ranking(&view_dataset, unit, term, None, lang);
        let svg = bar_chart_svg(
            &chart,
            frame_for_window(chart.bars.len()),
            &Palette::for_theme(Theme::Light),
        );
        Some(DashboardContent {
            headline,
            counts,
            svg,
            title: chart.title,
            sentence: chart.description,
        })
    });
    Effect::new(move |_| {
        if content.with(Option::is_some) {
            request_animation_frame(mark_ready);
        }
    });

    let options = pairs
        .iter()
        .enumerate()
        .map(|(index, (unit, term))| {
            let label = place_name(&dataset, unit, term, lang);
            view! { <option value=index.to_string() selected=index == initial>{label}</option> }
        })
        .collect_view();
    let other_lang = match lang {
        Lang::Vi => ("en", "English"),
        Lang::En => ("vi", "Tiếng Việt"),
    };
    view! {
        <header class="app-header">
            <h1>{dataset.title.get(lang).to_string()}</h1>
            <p class="as-of">
                {lang.pick("Dữ liệu cập nhật đến ", "Data as of ")}
                <time datetime=dataset.data_as_of.clone()>{format::date(&dataset.data_as_of, lang)}</time>
            </p>
            <a class="lang-switch" href=format!("?lang={}", other_lang.0) hreflang=other_lang.0>
                {other_lang.1}
            </a>
        </header>
        <label class="field">
            <span>{lang.pick("Địa phương, nhiệm kỳ", "Locality, term")}</span>
            <select
                id="unit-term"
                on:change=move |event| {
                    if let Ok(index) = event_target_value(&event).parse::<usize>() {
                        selected.set(index);
                    }
                }
            >
                {options}
            </select>
        </label>
        {move || {
            content
                .get()
                .map(|content| {
                    view! {
                        <section class="scorecard" aria-label=lang.pick("Tổng hợp", "Summary")>
                            <p class="headline">{content.headline}</p>
                            <ul class="counts">
                                {content
                                    .counts
                                    .into_iter()
                                    .map(|(status, count)| {
                                        view! {
                                            <li class=format!("count status-{}", status.id())>
                                                <span class="symbol" aria-hidden="true">{status_symbol(status)}</span>
                                                <strong>{format::number(f64::from(count), lang)}</strong>
                                                " "
                                                {status_name(status, lang)}
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </section>
                        <figure class="chart-figure">
                            <div class="chart-host" id="ranking-chart" inner_html=content.svg></div>
                            <figcaption>{content.sentence}</figcaption>
                        </figure>
                    }
                })
        }}
    }
}

#[derive(Debug, Clone, PartialEq)]
struct DashboardContent {
    headline: String,
    counts: Vec<(Status, u32)>,
    svg: String,
    title: String,
    sentence: String,
}

/// Shows why data could not be shown: the file, each problem with its location, and a way back
/// to the default dataset. Never a blank page.
#[component]
pub fn ErrorPanel(failure: LoadFailure, lang: Lang) -> impl IntoView {
    mark_error();
    let LoadFailure { url, problems } = failure;
    view! {
        <section class="error-panel" role="alert">
            <h2>{lang.pick("Không hiển thị được dữ liệu", "The data cannot be shown")}</h2>
            <p>
                {lang.pick("Tệp: ", "File: ")}
                <code class="file">{url.clone()}</code>
            </p>
            <ul class="problems">
                {problems
                    .into_iter()
                    .map(|problem| {
                        view! {
                            <li>
                                <code class="location">{problem.location(lang)}</code>
                                " "
                                <span class="message">{problem.message.get(lang).to_string()}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <a class="button" href=format!("?lang={}", lang.id())>
                {lang.pick("Mở bộ dữ liệu mặc định", "Open the default dataset")}
            </a>
        </section>
    }
}
