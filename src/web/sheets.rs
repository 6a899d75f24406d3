//! Spreadsheets in the browser, through the spreadsheet worker (`crates/chitieu-sheet-worker`):
//! a separately built wasm module in a Web Worker, fetched only when a spreadsheet is opened,
//! pasted, exported or its template asked for. The first screen's download does not carry it, and
//! reading a large workbook never blocks the page.
//!
//! One worker per request, ended after its answer, so the reader's memory goes back to the browser
//! (a kiosk keeps only what the page itself holds). The message protocol is documented in the
//! worker's `main.rs`.

use std::cell::RefCell;
use std::rc::Rc;

use chitieu_core::{Lang, Problem};
use js_sys::{Object, Reflect, Uint8Array};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::loading::accept_loaded;
use super::state::{AppState, LoadFailure};

/// The worker's loader, next to index.html in dist/ (Trunk's `data-loader-shim`).
const WORKER_URL: &str = "./chitieu-sheet-worker_loader.js";

/// A JSON dataset, read on the page as before; anything else goes to the worker.
pub fn is_json(bytes: &[u8]) -> bool {
    let text = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    matches!(text.iter().find(|byte| !byte.is_ascii_whitespace()), Some(b'{') | Some(b'['))
}

fn field(object: &JsValue, name: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// Sends `request` to a new worker once it is ready, and hands its one answer (or `None` when the
/// worker could not start: offline before it was ever fetched, say) to `answer`.
fn ask(request: Object, answer: impl FnOnce(Option<JsValue>) + 'static) {
    let Ok(worker) = web_sys::Worker::new(WORKER_URL) else {
        answer(None);
        return;
    };
    let answer = Rc::new(RefCell::new(Some(answer)));
    let finish = {
        let worker = worker.clone();
        let answer = answer.clone();
        move |reply: Option<JsValue>| {
            worker.terminate();
            if let Some(answer) = answer.borrow_mut().take() {
                answer(reply);
            }
        }
    };
    let on_error = {
        let finish = finish.clone();
        Closure::<dyn FnMut(JsValue)>::new(move |_| finish(None))
    };
    let on_message = {
        let worker = worker.clone();
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let data = event.data();
            if field(&data, "ready").is_truthy() {
                let _ = worker.post_message(&request);
            } else {
                finish(Some(data));
            }
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    // The handlers live as long as the worker; each request leaks these two small closures.
    on_message.forget();
    on_error.forget();
}

fn request(fields: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    for (name, value) in fields {
        let _ = Reflect::set(&object, &JsValue::from_str(name), value);
    }
    object
}

/// The worker's problems as the app's problems, located by the cell reference ("'Số liệu'!J3").
fn problems_of(reply: &JsValue) -> Vec<Problem> {
    let list: js_sys::Array = field(reply, "problems").dyn_into().unwrap_or_default();
    list.iter()
        .map(|item| {
            let text = |name| field(&item, name).as_string().unwrap_or_default();
            let number = |name| field(&item, name).as_f64().map(|number| number as usize);
            let problem = Problem {
                line: number("line"),
                column: number("column"),
                ..Problem::error("sheet", text("path"), text("vi"), text("en"))
            };
            if field(&item, "error").is_truthy() {
                problem
            } else {
                Problem { severity: chitieu_core::Severity::Warning, ..problem }
            }
        })
        .collect()
}

fn worker_failed(name: &str) -> LoadFailure {
    LoadFailure::Invalid {
        url: name.to_string(),
        problems: vec![Problem::error(
            "worker",
            "",
            "Không mở được bộ đọc bảng tính (mất mạng?). Hãy thử lại khi có mạng.".into(),
            "The spreadsheet reader could not start (offline?). Try again with a network.".into(),
        )],
    }
}

/// Where and why a JSON file cannot be read as a dataset, as the command line says it: the worker
/// has the code that locates and words such problems, which the first screen does without.
pub async fn diagnose(bytes: Vec<u8>) -> Vec<Problem> {
    let message = request(&[("op", "diagnose".into()), ("bytes", Uint8Array::from(&bytes[..]).into())]);
    let mut resolve = None;
    let promise = js_sys::Promise::new(&mut |resolved, _| resolve = Some(resolved));
    ask(message, move |reply| {
        if let Some(resolve) = resolve {
            drop(resolve.call1(&JsValue::NULL, &reply.unwrap_or(JsValue::UNDEFINED)));
        }
    });
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(reply) if !reply.is_undefined() => problems_of(&reply),
        _ => vec![Problem::error(
            "unreadable",
            "$",
            "Tệp không đọc được như một bộ dữ liệu (sai cú pháp JSON, sai kiểu dữ liệu, sai bảng mã hoặc quá lớn), \
             và không mở được bộ kiểm tra để chỉ ra chỗ sai (mất mạng?). Hãy thử lại khi có mạng, hoặc chạy \
             `chitieu validate` với tệp này."
                .into(),
            "The file cannot be read as a dataset (its JSON syntax, a type, its encoding, or its size), and the \
             checker that says where could not start (offline?). Try again with a network, or run `chitieu validate` \
             on the file."
                .into(),
        )],
    }
}

/// Reads a spreadsheet, a CSV file or pasted text in the worker. A valid dataset replaces the one
/// on screen, and the readings worth a look (a number that could be read two ways, a hidden sheet
/// left out) are listed; otherwise every problem is listed and the data on screen stays.
pub fn read_in_worker(state: AppState, name: String, bytes: &[u8]) {
    let message = request(&[
        ("op", "read".into()),
        ("name", JsValue::from_str(&name)),
        ("bytes", Uint8Array::from(bytes).into()),
    ]);
    ask(message, move |reply| {
        let Some(reply) = reply else {
            state.rejected.set(Some(worker_failed(&name)));
            return;
        };
        let problems = problems_of(&reply);
        match field(&reply, "json").as_string() {
            Some(json) => accept_loaded(state, name, json.into_bytes(), problems),
            None => state.rejected.set(Some(LoadFailure::Invalid { url: name, problems })),
        }
    });
}

fn save_workbook(state: AppState, reply: Option<JsValue>, file_name: &str) {
    let bytes = reply.as_ref().map(|reply| field(reply, "bytes")).and_then(|bytes| bytes.dyn_into::<Uint8Array>().ok());
    match bytes {
        Some(bytes) => super::browser::download_bytes(
            file_name,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            &bytes,
        ),
        None => {
            let failure = match reply {
                Some(reply) => LoadFailure::Invalid { url: file_name.to_string(), problems: problems_of(&reply) },
                None => worker_failed(file_name),
            };
            state.rejected.set(Some(failure));
        }
    }
}

/// Downloads the dataset on screen as a workbook: the bytes of the file it came from, or its URL
/// fetched again (from the browser's cache when offline).
pub fn export_workbook(state: AppState, url: String, file_name: String) {
    let source = match state.source.get_value() {
        Some(bytes) => ("bytes", Uint8Array::from(&bytes[..]).into()),
        None => ("url", JsValue::from_str(&url)),
    };
    ask(request(&[("op", "export".into()), source]), move |reply| save_workbook(state, reply, &file_name));
}

/// Downloads a table on screen as a workbook with real number cells: the worker reads its CSV
/// (numbers written the Vietnamese way, "153,32 %") back into numbers.
pub fn table_workbook(state: AppState, file_name: String, csv: String) {
    let message = request(&[("op", "table".into()), ("csv", JsValue::from_str(&csv))]);
    ask(message, move |reply| save_workbook(state, reply, &file_name));
}

/// Downloads the fill-in template, the same workbook `chitieu template` writes.
pub fn download_template(state: AppState, lang: Lang) {
    let file_name = lang.pick("mau-bang-tinh-chi-tieu.xlsx", "chi-tieu-template.xlsx");
    ask(request(&[("op", "template".into())]), move |reply| save_workbook(state, reply, file_name));
}
