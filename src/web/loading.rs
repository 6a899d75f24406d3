//! Loading datasets: from the server at start-up (`?data=` or the default), from a file the user
//! opens or drops, and from the last good copy when the newest cannot be loaded. Whatever the path,
//! only a dataset that validates reaches the screen, and only a dataset that validates is kept as
//! the last good copy.
//!
//! Every fetch has deadlines (`RESPONSE_DEADLINE_MS` for the server to start answering,
//! `BODY_DEADLINE_MS` for the whole file), so a server that hangs costs seconds, not the kiosk.
//! The last good copy lives in the Cache API (no 5 MB localStorage quota), with the time it was
//! fetched, so the screen can say how old it is.

use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;

use chitieu_core::index::DatasetIndex;
use chitieu_core::load::{load, load_bytes};
use chitieu_core::model::Dataset;
use chitieu_core::{Lang, Problem};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::browser::{log_error, log_warning};
use super::state::{AppState, DataOrigin, LoadFailure};

/// How long the server may take to start answering.
pub const RESPONSE_DEADLINE_MS: u32 = 5_000;
/// How long the whole file may take to arrive once the server has answered.
pub const BODY_DEADLINE_MS: u32 = 120_000;
/// The Cache API cache that keeps the last good copy of each dataset (by URL). Not tied to a
/// release: data outlives app updates.
const DATA_CACHE: &str = "chitieu-data";
/// The header on a kept copy that records when it was fetched (milliseconds since 1970).
const FETCHED_HEADER: &str = "x-chitieu-fetched";

fn unreachable(url: &str, code: &'static str, vi: String, en: String) -> LoadFailure {
    LoadFailure::Unreachable { url: url.to_string(), problem: Problem::error(code, "$", vi, en) }
}

/// Aborts `controller` after `milliseconds` unless `disarmed` is set by then.
fn abort_after(controller: &web_sys::AbortController, milliseconds: u32, disarmed: Rc<Cell<bool>>) {
    let controller = controller.clone();
    // leptos' set_timeout frees its callback once it has run.
    set_timeout(
        move || {
            if !disarmed.get() {
                controller.abort();
            }
        },
        std::time::Duration::from_millis(u64::from(milliseconds)),
    );
}

/// Fetches a dataset's bytes within the deadlines.
async fn fetch_bytes(url: &str) -> Result<Vec<u8>, LoadFailure> {
    let controller = web_sys::AbortController::new().ok();
    let answered = Rc::new(Cell::new(false));
    let finished = Rc::new(Cell::new(false));
    if let Some(controller) = &controller {
        abort_after(controller, RESPONSE_DEADLINE_MS, answered.clone());
    }
    let signal = controller.as_ref().map(web_sys::AbortController::signal);
    let seconds = RESPONSE_DEADLINE_MS / 1000;
    let response = gloo_net::http::Request::get(url).abort_signal(signal.as_ref()).send().await.map_err(|error| {
        let aborted = signal.as_ref().is_some_and(web_sys::AbortSignal::aborted);
        if aborted {
            unreachable(
                url,
                "timeout",
                format!("Máy chủ không trả lời trong {seconds} giây."),
                format!("The server did not answer within {seconds} seconds."),
            )
        } else {
            unreachable(
                url,
                "fetch",
                format!("Không tải được tệp: {error}."),
                format!("The file could not be fetched: {error}."),
            )
        }
    })?;
    answered.set(true);
    if let Some(controller) = &controller {
        abort_after(controller, BODY_DEADLINE_MS, finished.clone());
    }
    if !response.ok() {
        let status = response.status();
        return Err(unreachable(
            url,
            "http-status",
            format!("Máy chủ trả về mã {status} cho tệp này."),
            format!("The server answered {status} for this file."),
        ));
    }
    let bytes = response.binary().await.map_err(|error| {
        unreachable(
            url,
            "read",
            format!("Tệp không tải về hết (mạng bị ngắt hoặc quá {} giây): {error}.", BODY_DEADLINE_MS / 1000),
            format!(
                "The file did not arrive in full (the network dropped, or over {} s): {error}.",
                BODY_DEADLINE_MS / 1000
            ),
        )
    });
    finished.set(true);
    bytes
}

/// Keeps a validated dataset's text as the last good copy of `url`. A failure (no Cache API, a
/// full quota) only costs the offline fallback, and is logged.
async fn keep_last_good(url: &str, text: &str) {
    let kept = async {
        let caches = web_sys::window()?.caches().ok()?;
        let cache: web_sys::Cache = JsFuture::from(caches.open(DATA_CACHE)).await.ok()?.dyn_into().ok()?;
        let headers = web_sys::Headers::new().ok()?;
        headers.set("content-type", "application/json; charset=utf-8").ok()?;
        headers.set(FETCHED_HEADER, &js_sys::Date::now().to_string()).ok()?;
        let init = web_sys::ResponseInit::new();
        init.set_headers(&headers);
        let response = web_sys::Response::new_with_opt_str_and_init(Some(text), &init).ok()?;
        JsFuture::from(cache.put_with_str(url, &response)).await.ok()
    };
    if kept.await.is_none() {
        log_warning(&format!("the last good copy of {url} could not be kept for offline use"));
    }
}

/// The last good copy of `url` and when it was fetched, if one was kept and still validates.
async fn last_good(url: &str) -> Option<(Dataset, Option<f64>)> {
    let caches = web_sys::window()?.caches().ok()?;
    let cache: web_sys::Cache = JsFuture::from(caches.open(DATA_CACHE)).await.ok()?.dyn_into().ok()?;
    let response: web_sys::Response = JsFuture::from(cache.match_with_str(url)).await.ok()?.dyn_into().ok()?;
    let fetched_at = response.headers().get(FETCHED_HEADER).ok().flatten().and_then(|value| value.parse().ok());
    let text = JsFuture::from(response.text().ok()?).await.ok()?.as_string()?;
    let dataset = load(&text).into_valid().ok()?;
    Some((dataset, fetched_at))
}

/// The absolute URL of a dataset path, resolved against the page as the browser resolves it.
fn absolute(url: &str) -> String {
    let base = web_sys::window().and_then(|window| window.location().href().ok()).unwrap_or_default();
    web_sys::Url::new_with_base(url, &base).map(|url| url.href()).unwrap_or_else(|_| url.to_string())
}

/// Fetches and validates a dataset; only a valid one is returned, and only a valid one is kept.
pub async fn fetch_dataset(url: &str) -> Result<Dataset, LoadFailure> {
    let bytes = fetch_bytes(url).await?;
    let dataset =
        load_bytes(&bytes).into_valid().map_err(|problems| LoadFailure::Invalid { url: url.to_string(), problems })?;
    // A dataset that validated is UTF-8.
    if let Ok(text) = std::str::from_utf8(&bytes) {
        keep_last_good(&absolute(url), text).await;
    }
    Ok(dataset)
}

/// Loads the start-up dataset. On success the screen state drops ids the dataset does not have,
/// with notices. When the newest copy cannot be loaded — the server is unreachable, hangs, answers
/// an error, or serves a file that does not validate (half-copied, say) — the last good copy stays
/// up, stamped with when it was fetched and why the newest is not shown. With no good copy kept,
/// the failure is shown (`failure` is set).
pub fn load_at_startup(state: AppState, url: String, failure: RwSignal<Option<LoadFailure>>) {
    leptos::task::spawn_local(async move {
        match fetch_dataset(&url).await {
            Ok(dataset) => {
                let mut screen = state.screen.get_untracked();
                let dropped = screen.reconcile(&dataset);
                state.notices.update(|notices| notices.extend(dropped));
                state.screen.set(screen);
                state.origin.set(DataOrigin::Network);
                state.data.set(Some(Arc::new(DatasetIndex::new(dataset))));
            }
            Err(error) => {
                for problem in error.problems() {
                    log_error(&problem.describe(error.url(), Lang::En));
                }
                match last_good(&absolute(&url)).await {
                    Some((dataset, fetched_at)) => {
                        state.origin.set(DataOrigin::LastGood { fetched_at, failure: error });
                        state.data.set(Some(Arc::new(DatasetIndex::new(dataset))));
                    }
                    None => failure.set(Some(error)),
                }
            }
        }
    });
}

/// Replaces the data with a valid new dataset, or keeps the old one and shows why not. Reads the
/// file's bytes as the command line does, so a file that is not UTF-8 is refused with how to fix
/// it rather than shown with "�".
pub fn accept_loaded(state: AppState, name: &str, bytes: &[u8], notes: Vec<Problem>) {
    match load_bytes(bytes).into_valid() {
        Ok(dataset) => evaluate_then_show(state, name.to_string(), Arc::from(bytes), dataset, notes),
        Err(problems) => state.rejected.set(Some(LoadFailure::Invalid { url: name.to_string(), problems })),
    }
}

/// Replaces the data with a dataset the spreadsheet worker read and checked (with the same core
/// checks): parsed only, so that no task holds the page for long.
pub fn accept_checked(state: AppState, name: String, json: String, notes: Vec<Problem>) {
    match chitieu_core::load::parse_checked(&json) {
        Some(dataset) => evaluate_then_show(state, name, Arc::from(json.into_bytes()), dataset, notes),
        None => accept_loaded(state, &name, json.as_bytes(), notes),
    }
}

/// Reading, evaluating and showing run as three tasks, so that none holds the page for long.
fn evaluate_then_show(state: AppState, name: String, bytes: Arc<[u8]>, dataset: Dataset, notes: Vec<Problem>) {
    set_timeout(
        move || {
            let index = Arc::new(DatasetIndex::new(dataset));
            set_timeout(move || show_loaded(state, name, bytes, index, notes), std::time::Duration::ZERO);
        },
        std::time::Duration::ZERO,
    );
}

/// The last task of `accept_loaded`: the new data on screen.
fn show_loaded(state: AppState, name: String, bytes: Arc<[u8]>, index: Arc<DatasetIndex>, notes: Vec<Problem>) {
    // Readings worth a look (from a spreadsheet) show under "file opened"; else nothing.
    let notes = (!notes.is_empty()).then(|| LoadFailure::Invalid { url: name.clone(), problems: notes });
    state.rejected.set(notes);
    state.screen.update(|screen| {
        screen.locality = None;
        screen.term = None;
        screen.indicator = None;
        screen.data = None;
    });
    state.origin.set(DataOrigin::File { name });
    state.source.set_value(Some(bytes));
    state.data.set(Some(index));
}

/// Reads a file the user opened or dropped: JSON here (`accept_loaded`), a spreadsheet or CSV in
/// the spreadsheet worker.
pub fn open_file(state: AppState, file: web_sys::File) {
    let name = file.name();
    leptos::task::spawn_local(async move {
        let file = gloo_file::File::from(file);
        match gloo_file::futures::read_as_bytes(&file).await {
            Ok(bytes) if super::sheets::is_json(&bytes) => accept_loaded(state, &name, &bytes, Vec::new()),
            Ok(bytes) => super::sheets::read_in_worker(state, name, &bytes),
            Err(error) => state.rejected.set(Some(unreachable(
                &name,
                "read",
                format!("Không đọc được tệp: {error}."),
                format!("The file could not be read: {error}."),
            ))),
        }
    });
}
