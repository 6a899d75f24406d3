use chitieu_core::problem::{Problem, Severity};
use js_sys::{Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn field(object: &JsValue, name: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

fn post(fields: &[(&str, JsValue)]) {
    let message = Object::new();
    for (name, value) in fields {
        let _ = Reflect::set(&message, &JsValue::from_str(name), value);
    }
    let _ = scope().post_message(&message);
}

/// Problems as the page reads them: an array of `{error, path, vi, en, line, column}` objects
/// (`line` and `column` only where the problem has them).
fn problems_js(problems: &[Problem]) -> JsValue {
    let list = js_sys::Array::new();
    for problem in problems {
        let item = Object::new();
        let _ = Reflect::set(&item, &"error".into(), &JsValue::from_bool(problem.severity == Severity::Error));
        let _ = Reflect::set(&item, &"path".into(), &JsValue::from_str(&problem.path));
        let _ = Reflect::set(&item, &"vi".into(), &JsValue::from_str(&problem.message.vi));
        let english = problem.message.en.as_deref().unwrap_or(&problem.message.vi);
        let _ = Reflect::set(&item, &"en".into(), &JsValue::from_str(english));
        if let (Some(line), Some(column)) = (problem.line, problem.column) {
            let _ = Reflect::set(&item, &"line".into(), &JsValue::from_f64(line as f64));
            let _ = Reflect::set(&item, &"column".into(), &JsValue::from_f64(column as f64));
        }
        list.push(&item);
    }
    list.into()
}

fn failure(vi: &str, en: &str) -> JsValue {
    problems_js(&[Problem::error("export", "", vi.to_string(), en.to_string())])
}

fn bytes_of(value: &JsValue) -> Option<Vec<u8>> {
    value.dyn_ref::<Uint8Array>().map(Uint8Array::to_vec)
}

fn read(message: &JsValue) {
    let name = field(message, "name").as_string().unwrap_or_default();
    let bytes = bytes_of(&field(message, "bytes")).unwrap_or_default();
    // The worker has no system clock: a file without its "data as of" date is taken as of today.
    let today = js_sys::Date::new_0().to_iso_string().as_string().map(|iso| iso.chars().take(10).collect::<String>());
    let imported = chitieu_sheet::read_file_on(&bytes, &name, today.as_deref());
    let has_errors = imported.problems.iter().any(|problem| problem.severity == Severity::Error);
    let json = match (&imported.dataset, has_errors) {
        (Some(dataset), false) => serde_json::to_string(dataset).ok(),
        _ => None,
    };
    let problems = problems_js(&imported.problems);
    match json {
        Some(json) => post(&[("json", JsValue::from_str(&json)), ("problems", problems)]),
        None => post(&[("problems", problems)]),
    }
}

fn send_workbook(result: Result<Vec<u8>, String>) {
    match result {
        Ok(bytes) => post(&[("bytes", Uint8Array::from(bytes.as_slice()).into())]),
        Err(error) => post(&[(
            "problems",
            failure(&format!("Không tạo được bảng tính: {error}"), &format!("The workbook could not be made: {error}")),
        )]),
    }
}

async fn export(message: JsValue) {
    let bytes = match bytes_of(&field(&message, "bytes")) {
        Some(bytes) => Some(bytes),
        None => match field(&message, "url").as_string() {
            Some(url) => fetch(&url).await,
            None => None,
        },
    };
    let Some(bytes) = bytes else {
        send_workbook(Err("no data".into()));
        return;
    };
    let result = chitieu_sheet::read_file(&bytes, "data.json")
        .into_valid()
        .map_err(|_| "invalid data".to_string())
        .and_then(|dataset| chitieu_sheet::write_xlsx(&dataset));
    send_workbook(result);
}

async fn fetch(url: &str) -> Option<Vec<u8>> {
    let response = wasm_bindgen_futures::JsFuture::from(scope().fetch_with_str(url)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(Uint8Array::new(&buffer).to_vec())
}

pub fn start() {
    let handler = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        let message = event.data();
        match field(&message, "op").as_string().as_deref() {
            Some("read") => read(&message),
            Some("export") => wasm_bindgen_futures::spawn_local(export(message)),
            Some("template") => send_workbook(chitieu_sheet::template_xlsx()),
            // A JSON file the page could not read as a dataset: where and why.
            Some("diagnose") => {
                let bytes = bytes_of(&field(&message, "bytes")).unwrap_or_default();
                post(&[("problems", problems_js(&chitieu_core::load::load_bytes(&bytes).problems))]);
            }
            Some("table") => {
                let csv = field(&message, "csv").as_string().unwrap_or_default();
                send_workbook(chitieu_sheet::table_xlsx(&csv));
            }
            _ => {}
        }
    });
    scope().set_onmessage(Some(handler.as_ref().unchecked_ref()));
    handler.forget();
    post(&[("ready", JsValue::TRUE)]);
}
