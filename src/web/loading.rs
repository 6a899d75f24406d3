//! Loading datasets: from the server at start-up (`?data=` or the default), from a file the user
//! opens or drops, and from the last good copy when the newest cannot be loaded. Whatever the path,
//! only a dataset that validates reaches the screen, and only a dataset that validates is kept as
//! the last good copy.
//!
//! Every dataset is read in short steps (`chitieu_core::reading`), so that a province's file does
//! not hold the page: the browser paints and answers between steps, and a bar shows how far the
//! download is (or that it is under way, when the server does not say the size) and then how far
//! the reading is.
//!
//! Every fetch has deadlines (`RESPONSE_DEADLINE_MS` for the server to start answering,
//! `BODY_DEADLINE_MS` for the whole file), so a server that hangs costs seconds, not the kiosk.
//! The last good copy lives in the Cache API (no 5 MB localStorage quota), with the time it was
//! fetched, so the screen can say how old it is.

use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;

use chitieu_core::index::DatasetIndex;
use chitieu_core::reading::{Read, Reading, Step};
use chitieu_core::selection::choose_locality_term;
use chitieu_core::url::{Mode, Notice};
use chitieu_core::{Lang, Problem, Text};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::browser::{log_error, log_warning, next_task};
use super::state::{AppState, DataOrigin, LoadFailure, Progress, Split};

/// How long the server may take to start answering.
pub const RESPONSE_DEADLINE_MS: u32 = 5_000;
/// How long the whole file may take to arrive once the server has answered.
pub const BODY_DEADLINE_MS: u32 = 120_000;
/// The Cache API cache that keeps the last good copy of each dataset (by URL). Not tied to a
/// release: data outlives app updates.
const DATA_CACHE: &str = "chitieu-data";
/// The header on a kept copy that records when it was fetched (milliseconds since 1970).
const FETCHED_HEADER: &str = "x-chitieu-fetched";

/// The file could not be had: what happened, and what to do about it.
fn unreachable(url: &str, code: &'static str, vi: String, en: String) -> LoadFailure {
    let vi = vi + " Hãy thử lại sau ít phút.";
    let en = en + " Try again in a few minutes.";
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

/// Fetches a dataset's bytes within the deadlines, with how far they are in `state.progress`.
async fn fetch_bytes(state: AppState, url: &str) -> Result<Vec<u8>, LoadFailure> {
    let controller = web_sys::AbortController::new().ok();
    let answered = Rc::new(Cell::new(false));
    let finished = Rc::new(Cell::new(false));
    if let Some(controller) = &controller {
        abort_after(controller, RESPONSE_DEADLINE_MS, answered.clone());
    }
    let signal = controller.as_ref().map(web_sys::AbortController::signal);
    let seconds = RESPONSE_DEADLINE_MS / 1000;
    let init = web_sys::RequestInit::new();
    init.set_signal(signal.as_ref());
    let fetched = match web_sys::window() {
        Some(window) => JsFuture::from(window.fetch_with_str_and_init(url, &init)).await,
        None => Err(JsValue::from_str("no window")),
    };
    // What the browser says of a failure ("TypeError: Failed to fetch") is its own English, not
    // words for the page: the page says what it means.
    let response: web_sys::Response = fetched.map(JsCast::unchecked_into).map_err(|_| {
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
                "Không kết nối được máy chủ để tải tệp (mất mạng, hoặc máy chủ không chạy).".into(),
                "The server could not be reached for the file (no network, or the server is not running).".into(),
            )
        }
    })?;
    answered.set(true);
    if let Some(controller) = &controller {
        abort_after(controller, BODY_DEADLINE_MS, finished.clone());
    }
    if !response.ok() {
        let status = response.status();
        // Not found: waiting will not help; the address may be wrong.
        if status == 404 {
            let problem = Problem::error(
                "http-status",
                "$",
                "Máy chủ trả về mã 404: không có tệp này. Hãy kiểm tra tên tệp và đường dẫn.".into(),
                "The server answered 404: there is no such file. Check the file name and path.".into(),
            );
            return Err(LoadFailure::Unreachable { url: url.to_string(), problem });
        }
        return Err(unreachable(
            url,
            "http-status",
            format!("Máy chủ trả về mã {status} cho tệp này."),
            format!("The server answered {status} for this file."),
        ));
    }
    // The share arrived is known when the body comes as it is: with a `content-encoding` the
    // length counts the compressed bytes, and the reader sees them decompressed.
    let headers = response.headers();
    let encoded = headers.get("content-encoding").ok().flatten().is_some_and(|encoding| encoding != "identity");
    let length = headers.get("content-length").ok().flatten().and_then(|length| length.parse::<f64>().ok());
    let length = length.filter(|&length| !encoded && length > 0.0);
    let arrived =
        |count: usize| state.progress.set(Some(Progress::Arriving(length.map(|length| count as f64 / length))));
    // Room for the whole file at once when its size is known (no copying as the buffer grows); a
    // size past what can be read is not believed.
    let room = length.filter(|&length| length <= chitieu_core::load::MAX_BYTES as f64).unwrap_or(0.0) as usize;
    let bytes = read_body(&response, room, &arrived).await.map_err(|_| {
        unreachable(
            url,
            "read",
            format!("Tệp không tải về hết (mạng bị ngắt hoặc quá {} giây).", BODY_DEADLINE_MS / 1000),
            format!("The file did not arrive in full (the network dropped, or over {} s).", BODY_DEADLINE_MS / 1000),
        )
    });
    finished.set(true);
    state.progress.set(None);
    bytes
}

/// A response's body, copied into the wasm memory as its pieces arrive, in tasks of at most about
/// `SLICE_MS` (the pieces already there are read at once, without a turn of the browser between).
/// `arrived` hears how many bytes are in before each turn of the browser; `room` bytes are made
/// room for at the start.
async fn read_body(response: &web_sys::Response, room: usize, arrived: &dyn Fn(usize)) -> Result<Vec<u8>, JsValue> {
    let Some(body) = response.body() else { return Ok(Vec::new()) };
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes = Vec::with_capacity(room);
    let mut started = js_sys::Date::now();
    loop {
        if js_sys::Date::now() - started > SLICE_MS {
            arrived(bytes.len());
            next_task().await;
            started = js_sys::Date::now();
        }
        let piece = JsFuture::from(reader.read()).await?;
        if js_sys::Reflect::get(&piece, &"done".into())?.is_truthy() {
            return Ok(bytes);
        }
        let piece: js_sys::Uint8Array = js_sys::Reflect::get(&piece, &"value".into())?.unchecked_into();
        let start = bytes.len();
        bytes.resize(start + piece.length() as usize, 0);
        piece.copy_to(&mut bytes[start..]);
    }
}

/// Keeps a validated dataset's bytes as the last good copy of `url`. A failure (no Cache API, a
/// full quota) only costs the offline fallback; the page says so, and the console.
async fn keep_last_good(state: AppState, url: &str, mut bytes: Vec<u8>) {
    let kept = async {
        let caches = web_sys::window()?.caches().ok()?;
        let cache: web_sys::Cache = JsFuture::from(caches.open(DATA_CACHE)).await.ok()?.dyn_into().ok()?;
        let headers = web_sys::Headers::new().ok()?;
        headers.set("content-type", "application/json; charset=utf-8").ok()?;
        headers.set(FETCHED_HEADER, &js_sys::Date::now().to_string()).ok()?;
        let init = web_sys::ResponseInit::new();
        init.set_headers(&headers);
        let response = web_sys::Response::new_with_opt_u8_array_and_init(Some(&mut bytes), &init).ok()?;
        JsFuture::from(cache.put_with_str(url, &response)).await.ok()
    };
    match kept.await {
        Some(_) => super::browser::set_document_attribute("data-kept", "true"),
        None => {
            log_warning(&format!("the last good copy of {url} could not be kept for offline use"));
            state.notices.update(|notices| {
                notices.push(Notice {
                    parameter: "data".into(),
                    value: url.into(),
                    message: Text {
                        vi: "Không lưu được bản dự phòng của dữ liệu này trong trình duyệt (bộ nhớ đầy hoặc bị chặn): \
                             khi mất mạng, dữ liệu này sẽ không mở được."
                            .into(),
                        en: Some(
                            "This data could not be kept in the browser for offline use (storage full or blocked): \
                             without a network it will not open."
                                .into(),
                        ),
                    },
                })
            });
        }
    }
}

/// The last good copy of `url` and when it was fetched, if one was kept and still validates.
async fn last_good(state: AppState, url: &str) -> Option<(DatasetIndex, Option<f64>)> {
    let caches = web_sys::window()?.caches().ok()?;
    let cache: web_sys::Cache = JsFuture::from(caches.open(DATA_CACHE)).await.ok()?.dyn_into().ok()?;
    let response: web_sys::Response = JsFuture::from(cache.match_with_str(url)).await.ok()?.dyn_into().ok()?;
    let fetched_at = response.headers().get(FETCHED_HEADER).ok().flatten().and_then(|value| value.parse().ok());
    let bytes = read_body(&response, 0, &|_| ()).await.ok()?;
    let (read, _) = read_in_steps(state, bytes).await;
    Some((read.ok()?, fetched_at))
}

/// How long one step of reading may hold the page before the browser gets it back (a frame at
/// 30 frames a second; a task over 50 ms is a "long task").
const SLICE_MS: f64 = 30.0;

/// Reads, checks, evaluates and indexes a dataset in slices of about `SLICE_MS`, with the share
/// read so far in `state.progress`. A file that cannot be read as a dataset at all is handed to the
/// worker, which says where and why. Gives the bytes back, for keeping or exporting.
pub async fn read_in_steps(state: AppState, bytes: Vec<u8>) -> (Result<DatasetIndex, Vec<Problem>>, Vec<u8>) {
    super::browser::mark("chitieu:data");
    // The task that received the last piece of the file does no reading.
    next_task().await;
    let mut reading = Reading::new(bytes);
    let read = 'reading: loop {
        let started = js_sys::Date::now();
        loop {
            match reading.step() {
                Step::Done(read) => break 'reading read,
                // The first step checks the whole text: it gets a task of its own.
                Step::Working(share) if share == 0.0 || js_sys::Date::now() - started > SLICE_MS => {
                    state.progress.set(Some(Progress::Reading(share)));
                    break;
                }
                Step::Working(_) => {}
            }
        }
        next_task().await;
    };
    state.progress.set(None);
    // Drawing what was read is a task of its own.
    next_task().await;
    let bytes = reading.into_bytes();
    match read {
        Read::Valid(index) => (Ok(*index), bytes),
        Read::Invalid(problems) => (Err(problems), bytes),
        Read::Unreadable => (Err(super::sheets::diagnose(bytes.clone()).await), bytes),
    }
}

/// The absolute URL of a dataset path, resolved against `base` (the page when `None`) as the
/// browser resolves it.
fn absolute(url: &str, base: Option<&str>) -> String {
    let page = || web_sys::window().and_then(|window| window.location().href().ok()).unwrap_or_default();
    let base = base.map_or_else(page, str::to_string);
    web_sys::Url::new_with_base(url, &base).map(|url| url.href()).unwrap_or_else(|_| url.to_string())
}

/// The newest copy of the dataset at `url`, kept as its last good copy; when it cannot
/// be loaded — the server is unreachable, hangs, answers an error, or serves a file that does not
/// validate (half-copied, say) — the last good copy, stamped with when it was fetched and why the
/// newest is not shown. With no good copy kept, why the newest could not be loaded.
async fn newest_or_kept(state: AppState, url: String) -> Result<(DatasetIndex, DataOrigin), LoadFailure> {
    let kept = absolute(&url, None);
    let error = match fetch_bytes(state, &url).await {
        Ok(bytes) => match read_in_steps(state, bytes).await {
            (Ok(index), bytes) => {
                // Kept while the first chart is drawn (the Cache API writes off the main thread;
                // 13 MB take it about 0.2 s); `data-kept` on <html> says when it is.
                leptos::task::spawn_local(async move { keep_last_good(state, &kept, bytes).await });
                return Ok((index, DataOrigin::Network));
            }
            (Err(problems), _) => LoadFailure::Invalid { url: url.clone(), problems },
        },
        Err(failure) => failure,
    };
    for problem in error.problems() {
        log_error(&problem.describe(error.url(), Lang::En));
    }
    match last_good(state, &kept).await {
        Some((index, fetched_at)) => Ok((index, DataOrigin::LastGood { fetched_at, failure: error })),
        None => Err(error),
    }
}

/// Loads the start-up dataset (see `newest_or_kept`). On success the screen state drops ids the
/// dataset does not have, with notices. An index file of a dataset split by province loads the
/// part that holds the place asked for (`?unit=`: a place or its province), else the first. With
/// nothing to show, the failure is shown (`failure` is set).
pub fn load_at_startup(state: AppState, url: String, failure: RwSignal<Option<LoadFailure>>) {
    load(state, url, failure, None);
}

/// Loads as at start-up; `province`, a province of a split dataset chosen on the page, stands for
/// the place the URL asks for, and the screen changes only once its part is there.
fn load(state: AppState, url: String, failure: RwSignal<Option<LoadFailure>>, province: Option<String>) {
    leptos::task::spawn_local(async move {
        let mut url = url;
        let mut split: Option<Split> = None;
        // A split dataset's parts still to try, the next last: the one asked for, or, when
        // nothing was asked, each in turn until one can be loaded.
        let mut rest: Vec<(String, String)> = Vec::new();
        let loaded = loop {
            let loaded = newest_or_kept(state, url.clone()).await;
            if let (Ok((index, _)), None) = (&loaded, &split) {
                let wanted = province.clone().or_else(|| state.screen.with_untracked(|screen| screen.locality.clone()));
                let parts = index.dataset().parts_for(wanted.as_deref());
                rest = parts.iter().rev().map(|part| (part.locality.clone(), part.file.clone())).collect();
            }
            // After the index, or after a part that could not be loaded: the next part.
            let next = match (&loaded, &split) {
                (Ok(_), None) | (Err(_), Some(_)) => rest.pop(),
                _ => None,
            };
            let Some((part, file)) = next else { break loaded };
            let index_url = split.as_ref().map_or_else(|| absolute(&url, None), |split| split.url.clone());
            let part_url = absolute(&file, Some(&index_url));
            let index = match (loaded, split.take()) {
                (Ok((index, _)), None) => Arc::new(index),
                (_, Some(split)) => split.index,
                (Err(error), None) => break Err(error),
            };
            split = Some(Split { url: index_url, part, part_url: part_url.clone(), index });
            url = part_url;
        };
        match loaded {
            Ok((index, origin)) => {
                let mut screen = state.screen.get_untracked();
                if province.is_some() {
                    screen.locality = province;
                    screen.indicator = None;
                }
                // A province's id (a province chosen in a split dataset) becomes the place its
                // part opens on, in the term asked for: named in the URL, it opens that part again.
                if split.as_ref().is_some_and(|split| screen.locality.as_ref() == Some(&split.part)) {
                    let pairs = index.locality_terms();
                    let chosen =
                        choose_locality_term(pairs, index.default_locality_term(), None, screen.term.as_deref());
                    screen.locality = chosen.map(|(locality, _)| locality);
                }
                if split.is_some() {
                    state.split.set_value(split);
                }
                let dropped = screen.reconcile(index.dataset());
                state.notices.update(|notices| notices.extend(dropped));
                state.screen.set(screen);
                state.origin.set(origin);
                state.data.set(Some(Arc::new(index)));
            }
            Err(error) => {
                failure.set(Some(error));
                // An unattended kiosk with nothing to show tries again every 30 s, still a
                // kiosk: nobody is there to press a button.
                if state.screen.with_untracked(|screen| screen.mode == Mode::Kiosk) {
                    set_timeout(
                        || drop(web_sys::window().map(|window| window.location().reload())),
                        std::time::Duration::from_secs(30),
                    );
                }
            }
        }
    });
}

/// Opens the part of a split dataset that `province` names, in place of the part on screen, on
/// the place the term on screen shows first: the index and that part are loaded as at start-up,
/// for `?unit=<province>`. When it cannot be loaded, the part on screen stays and the page says why.
pub fn open_part(state: AppState, province: String) {
    let Some(url) = state.split.with_value(|split| split.as_ref().map(|split| split.url.clone())) else { return };
    load(state, url, state.rejected, Some(province));
}

/// Replaces the data with a valid new dataset, or keeps the old one and shows why not. Reads the
/// file's bytes as the command line does, so a file that is not UTF-8 is refused with how to fix
/// it rather than shown with "�". `notes` are a spreadsheet's readings worth a look.
pub fn accept_loaded(state: AppState, name: String, bytes: Vec<u8>, notes: Vec<Problem>) {
    leptos::task::spawn_local(async move {
        match read_in_steps(state, bytes).await {
            (Ok(index), bytes) => show_loaded(state, name, Arc::from(bytes), Arc::new(index), notes),
            (Err(problems), _) => state.rejected.set(Some(LoadFailure::Invalid { url: name, problems })),
        }
    });
}

/// The new data on screen.
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
    state.split.set_value(None);
    state.source.set_value(Some(bytes));
    state.data.set(Some(index));
}

/// Reads a file the user opened or dropped: JSON here (`accept_loaded`), a spreadsheet or CSV in
/// the spreadsheet worker.
pub fn open_file(state: AppState, file: web_sys::File) {
    let name = file.name();
    leptos::task::spawn_local(async move {
        // The browser's own Blob.arrayBuffer(): one promise, no FileReader plumbing.
        let read = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
        match read.map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec()) {
            Ok(bytes) if super::sheets::is_json(&bytes) => accept_loaded(state, name, bytes, Vec::new()),
            Ok(bytes) => super::sheets::read_in_worker(state, name, &bytes),
            // A file on the user's own disk: waiting will not help, choosing it again may.
            Err(_) => state.rejected.set(Some(LoadFailure::Unreachable {
                url: name,
                problem: Problem::error(
                    "read",
                    "$",
                    "Không đọc được tệp (tệp đã bị xoá, chuyển đi, hoặc đang bị chương trình khác giữ). Hãy đóng chương trình đó hoặc chọn lại tệp.".into(),
                    "The file could not be read (it was deleted or moved, or another program holds it). Close that program or choose the file again.".into(),
                ),
            })),
        }
    });
}
