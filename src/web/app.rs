//! The app: loading (with `?data=`), state, URL synchronisation, and the explore views.

use std::sync::Arc;

use chitieu_core::load::load;
use chitieu_core::model::Dataset;
use chitieu_core::url::{parse_query, to_query, Mode, Notice, ViewState};
use chitieu_core::{Lang, Problem};
use leptos::prelude::*;

use super::browser::{log_error, mark_error, origin, query_string, set_document_attribute, window_size, write_query};
use super::explore::Explorer;
use super::present::Stage;
use super::DEFAULT_DATASET_URL;

/// Why a dataset could not be shown: which file, and every located problem.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadFailure {
    pub url: String,
    pub problems: Vec<Problem>,
}

/// The app's state, shared by context. Each part is a signal; the dataset is only ever replaced
/// by a valid one.
#[derive(Clone, Copy)]
pub struct AppState {
    pub dataset: RwSignal<Option<Arc<Dataset>>>,
    pub view: RwSignal<ViewState>,
    pub notices: RwSignal<Vec<Notice>>,
    /// A dataset that was opened but refused: its problems show while the old data stays.
    pub rejected: RwSignal<Option<LoadFailure>>,
    /// The window's inner size, kept current on resize.
    pub window: RwSignal<(f64, f64)>,
    /// The data on screen is the last good copy: the newest could not be loaded.
    pub stale: RwSignal<bool>,
}

/// Where the last dataset shown is kept, so that it stays up when the network or server is gone.
const LAST_DATASET_KEY: &str = "chitieu:last-dataset";

fn remember_dataset(url: &str, text: &str) {
    use gloo_storage::Storage;
    // A full storage quota only costs the offline fallback; the data on screen is unaffected.
    let _ = gloo_storage::LocalStorage::set(LAST_DATASET_KEY, (url, text));
}

fn last_good_dataset() -> Option<(String, Dataset)> {
    use gloo_storage::Storage;
    let (url, text): (String, String) = gloo_storage::LocalStorage::get(LAST_DATASET_KEY).ok()?;
    load(&text).into_valid().ok().map(|dataset| (url, dataset))
}

impl AppState {
    pub fn lang(&self) -> Lang {
        self.view.with(|view| view.lang)
    }
}

/// Fetches and validates a dataset; an invalid one is never returned.
pub async fn fetch_dataset(url: &str) -> Result<Dataset, LoadFailure> {
    let failure = |code: &'static str, vi: String, en: String| LoadFailure {
        url: url.to_string(),
        problems: vec![Problem::error(code, "$", vi, en)],
    };
    let response = gloo_net::http::Request::get(url).send().await.map_err(|error| {
        failure("fetch", format!("Không tải được tệp: {error}."), format!("The file could not be fetched: {error}."))
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
    let dataset = load(&text).into_valid().map_err(|problems| LoadFailure { url: url.to_string(), problems })?;
    remember_dataset(url, &text);
    Ok(dataset)
}

/// Replaces the dataset with a valid new one, or keeps the old one and shows why not.
pub fn accept_loaded(state: AppState, name: &str, text: &str) {
    match load(text).into_valid() {
        Ok(dataset) => {
            state.rejected.set(None);
            state.view.update(|view| {
                view.unit = None;
                view.term = None;
                view.indicator = None;
                view.data = None;
            });
            state.dataset.set(Some(Arc::new(dataset)));
        }
        Err(problems) => state.rejected.set(Some(LoadFailure { url: name.to_string(), problems })),
    }
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let (initial, notices) = parse_query(&query_string(), &origin());
    let url = initial.data.clone().unwrap_or_else(|| DEFAULT_DATASET_URL.to_string());
    let state = AppState {
        dataset: RwSignal::new(None),
        view: RwSignal::new(initial),
        notices: RwSignal::new(notices),
        rejected: RwSignal::new(None),
        window: RwSignal::new(window_size()),
        stale: RwSignal::new(false),
    };
    provide_context(state);
    let startup_failure: RwSignal<Option<LoadFailure>> = RwSignal::new(None);

    leptos::task::spawn_local(async move {
        match fetch_dataset(&url).await {
            Ok(dataset) => {
                let mut view = state.view.get_untracked();
                let dropped = view.reconcile(&dataset);
                state.notices.update(|notices| notices.extend(dropped));
                state.view.set(view);
                state.dataset.set(Some(Arc::new(dataset)));
            }
            Err(failure) => {
                for problem in &failure.problems {
                    log_error(&problem.describe(&failure.url, Lang::En));
                }
                // The network or server is gone (not a bad file): the last good copy stays up,
                // stamped, with a notice. A bad file is shown as such.
                let unreachable =
                    failure.problems.iter().all(|problem| matches!(problem.code, "fetch" | "http-status"));
                match last_good_dataset().filter(|(last_url, _)| unreachable && *last_url == url) {
                    Some((_, dataset)) => {
                        state.stale.set(true);
                        state.dataset.set(Some(Arc::new(dataset)));
                    }
                    None => startup_failure.set(Some(failure)),
                }
            }
        }
    });

    // The document follows the view: language, theme, scale. Each is written only when it changes:
    // rewriting <html style> restyles the whole page.
    let lang = Memo::new(move |_| state.view.with(|view| view.lang));
    let theme = Memo::new(move |_| state.view.with(|view| view.theme));
    let scale = Memo::new(move |_| state.view.with(|view| view.scale.to_bits()));
    Effect::new(move |_| set_document_attribute("lang", lang.get().id()));
    Effect::new(move |_| set_document_attribute("data-theme", theme.get().id()));
    Effect::new(move |_| set_document_attribute("style", &format!("--scale: {}", f64::from_bits(scale.get()))));
    // The address bar follows the view: a history entry per navigation, typing replaces in place.
    Effect::new(move |previous: Option<ViewState>| {
        let view = state.view.get();
        // Typing and slide changes replace the entry; other navigation adds one.
        let push = previous.as_ref().is_some_and(|previous| {
            let mut without_query = previous.clone();
            without_query.query = view.query.clone();
            without_query.slide = view.slide;
            without_query != view
        });
        // Written a moment later, off the path from input to the next frame.
        let query = to_query(&view);
        // (leptos' set_timeout frees its callback once it has run; a forgotten gloo Timeout would
        // leak one closure per change, which a kiosk makes tens of thousands of.)
        set_timeout(move || write_query(&query, push), std::time::Duration::ZERO);
        view
    });
    // Back and forward restore the view; resizing re-lays out the charts.
    if let Some(window) = web_sys::window() {
        gloo_events::EventListener::new(&window, "popstate", move |_| {
            let (view, notices) = parse_query(&query_string(), &origin());
            state.notices.set(notices);
            state.view.set(view);
        })
        .forget();
        gloo_events::EventListener::new(&window, "resize", move |_| state.window.set(window_size())).forget();
    }

    view! {
        {move || match (state.dataset.get(), startup_failure.get()) {
            (Some(_), _) if state.view.with_untracked(|view| view.mode != Mode::Explore) => {
                view! { <Stage /> }.into_any()
            }
            (Some(_), _) => view! { <Explorer /> }.into_any(),
            (None, Some(failure)) => view! { <ErrorPanel failure lang=state.lang() /> }.into_any(),
            (None, None) => {
                view! {
                    <p class="loading" role="status">
                        {move || state.lang().pick("Đang tải dữ liệu…", "Loading data…")}
                    </p>
                }
                    .into_any()
            }
        }}
    }
}

/// Shows why data could not be shown: the file, each problem with its location, and a way back
/// to the default dataset. Never a blank page.
#[component]
pub fn ErrorPanel(failure: LoadFailure, lang: Lang) -> impl IntoView {
    mark_error();
    view! {
        <section class="error-panel" role="alert">
            <h2>{lang.pick("Không hiển thị được dữ liệu", "The data cannot be shown")}</h2>
            <ProblemList failure lang />
            <a class="button" href=format!("?lang={}", lang.id())>
                {lang.pick("Mở bộ dữ liệu mặc định", "Open the default dataset")}
            </a>
        </section>
    }
}

/// The file name and its located problems.
#[component]
pub fn ProblemList(failure: LoadFailure, lang: Lang) -> impl IntoView {
    let LoadFailure { url, problems } = failure;
    let shown = problems.len().min(200);
    let hidden = problems.len() - shown;
    view! {
        <p>
            {lang.pick("Tệp: ", "File: ")}
            <code class="file">{url}</code>
        </p>
        <ul class="problems">
            {problems
                .into_iter()
                .take(shown)
                .map(|problem| {
                    let severity = match problem.severity {
                        chitieu_core::Severity::Error => lang.pick("Lỗi", "Error"),
                        chitieu_core::Severity::Warning => lang.pick("Cảnh báo", "Warning"),
                    };
                    view! {
                        <li>
                            <strong>{severity}</strong>
                            " "
                            <code class="location">{problem.location(lang)}</code>
                            " "
                            <span class="message">{problem.message.get(lang).to_string()}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        {(hidden > 0)
            .then(|| {
                view! {
                    <p>
                        {format!("… {hidden} {}", lang.pick("vấn đề nữa", "more problems"))}
                    </p>
                }
            })}
    }
}
