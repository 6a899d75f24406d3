//! Browser calls the app makes itself (web-sys): readiness signals on `<html>`, the
//! performance mark, the query string and history, document attributes, downloads.

use leptos::prelude::{set_timeout, RwSignal, Set};
use wasm_bindgen::{JsCast, JsValue};

fn html_element() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}

/// `data-state="ready"` on `<html>` and `performance.mark('chitieu:ready')`, once the first chart
/// is on screen. Tests, benchmarks and kiosk scripts wait for these.
pub fn mark_ready() {
    let Some(html) = html_element() else { return };
    if html.get_attribute("data-state").as_deref() == Some("ready") {
        return;
    }
    let _ = html.set_attribute("data-state", "ready");
    mark("chitieu:ready");
}

/// A flag that turns true in a task of its own, once the page around it is drawn: what is built
/// behind it never makes one long task with the rest.
pub fn settled_in_next_task() -> RwSignal<bool> {
    let settled = RwSignal::new(false);
    set_timeout(move || settled.set(true), std::time::Duration::ZERO);
    settled
}

/// A new task: the browser paints and handles input before the future resumes. Through
/// `scheduler.yield()` where the browser has it: a timer set from a timer waits at least 4 ms once
/// five are nested, which a province's reading (a dozen slices and more) would pay each time.
pub async fn next_task() {
    let scheduler = js_sys::Reflect::get(&js_sys::global(), &"scheduler".into()).unwrap_or_default();
    let yielding = js_sys::Reflect::get(&scheduler, &"yield".into()).unwrap_or_default();
    if let Some(Ok(promise)) = yielding.dyn_ref::<js_sys::Function>().map(|yielding| yielding.call0(&scheduler)) {
        drop(wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise)).await);
        return;
    }
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        set_timeout(move || drop(resolve.call0(&JsValue::NULL)), std::time::Duration::ZERO);
    });
    drop(wasm_bindgen_futures::JsFuture::from(promise).await);
}

/// `performance.mark(name)`: the benchmark measures the tasks after `chitieu:data` (the dataset's
/// bytes have arrived and reading starts).
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
        let _ = performance.mark(name);
    }
}

/// `data-state="error"` on `<html>`: the app could not show data and shows why instead.
pub fn mark_error() {
    set_document_attribute("data-state", "error");
}

/// Sets an attribute on `<html>` (`lang`, `data-theme`, the `--scale` style).
pub fn set_document_attribute(name: &str, value: &str) {
    if let Some(html) = html_element() {
        let _ = html.set_attribute(name, value);
    }
}

/// Moves the focus to the first element `selector` finds (it needs a `tabindex`), scrolled to the
/// top of the window.
pub fn focus_first(selector: &str) {
    let element = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.query_selector(selector).ok().flatten())
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
        element.scroll_into_view();
    }
}

/// The page's query string, with its "?".
pub fn query_string() -> String {
    web_sys::window().and_then(|window| window.location().search().ok()).unwrap_or_default()
}

/// Whether `url` resolves, against the page's own address and by the browser's own URL
/// resolution, to the page's origin. A URL the browser cannot resolve is not ours.
pub fn is_same_origin(url: &str) -> bool {
    let Some(location) = web_sys::window().map(|window| window.location()) else { return false };
    let (Ok(page), Ok(origin)) = (location.href(), location.origin()) else { return false };
    web_sys::Url::new_with_base(url, &page).is_ok_and(|resolved| resolved.origin() == origin)
}

/// Writes the query string into the address bar: a new history entry (`push`) for navigation,
/// or in place for typing.
pub fn write_query(query: &str, push: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    let path = window.location().pathname().unwrap_or_default();
    let url = format!("{path}{query}");
    if window.location().search().ok().as_deref() == Some(query) {
        return;
    }
    let _ = if push {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    };
}

/// The window's inner size in CSS pixels.
pub fn window_size() -> (f64, f64) {
    let window = web_sys::window();
    let read = |value: Option<Result<JsValue, JsValue>>| value.and_then(Result::ok).and_then(|value| value.as_f64());
    let width = read(window.as_ref().map(|w| w.inner_width())).unwrap_or(1280.0);
    let height = read(window.as_ref().map(|w| w.inner_height())).unwrap_or(800.0);
    (width, height)
}

/// Offers `text` as a file download (CSV, SVG).
pub fn download(file_name: &str, mime: &str, text: &str) {
    download_parts(file_name, mime, &js_sys::Array::of1(&JsValue::from_str(text)));
}

/// Offers `bytes` as a file download (a workbook).
pub fn download_bytes(file_name: &str, mime: &str, bytes: &js_sys::Uint8Array) {
    download_parts(file_name, mime, &js_sys::Array::of1(bytes));
}

fn download_parts(file_name: &str, mime: &str, parts: &js_sys::Array) {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let anchor = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.create_element("a").ok())
        .and_then(|element| element.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(anchor) = anchor {
        anchor.set_href(&url);
        anchor.set_download(file_name);
        anchor.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Logs a warning to the console.
pub fn log_warning(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(message));
}

/// Logs to the console (for failures the user also sees on screen).
pub fn log_error(message: &str) {
    web_sys::console::error_1(&JsValue::from_str(message));
}

/// Rasterises an SVG document to a PNG of `width` × `height` pixels and offers it as a download.
pub fn download_png(file_name: String, svg: String, width: f64, height: f64) {
    leptos::task::spawn_local(async move {
        if let Err(error) = render_png(&file_name, &svg, width, height).await {
            log_error(&format!("PNG export failed: {error:?}"));
        }
    });
}

async fn render_png(file_name: &str, svg: &str, width: f64, height: f64) -> Result<(), JsValue> {
    let document = web_sys::window().and_then(|window| window.document()).ok_or("no document")?;
    let canvas = draw_on_canvas(svg, width, height).await?;
    let data_url = canvas.to_data_url_with_type("image/png")?;
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    anchor.set_href(&data_url);
    anchor.set_download(file_name);
    anchor.click();
    Ok(())
}

/// Rasterises an SVG document as `download_png` does and puts the PNG on the clipboard, answering
/// whether it got there. Called from a click: browsers allow a clipboard write only then, so the
/// image is handed to the clipboard at once as a promise (index.html's `chitieuCopyPng`) and drawn
/// after.
pub async fn copy_png(svg: String, width: f64, height: f64) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let canvas =
        wasm_bindgen_futures::future_to_promise(
            async move { draw_on_canvas(&svg, width, height).await.map(JsValue::from) },
        );
    let copy: js_sys::Function = js_sys::Reflect::get(&window, &"chitieuCopyPng".into())?.dyn_into()?;
    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(copy.call1(&JsValue::NULL, &canvas)?)).await?;
    Ok(())
}

async fn draw_on_canvas(svg: &str, width: f64, height: f64) -> Result<web_sys::HtmlCanvasElement, JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    // An SVG drawn as an image cannot see the page's web fonts: the start-up script (index.html)
    // writes the app's font faces into it as data, so the PNG is in the app's font.
    let mut svg = JsValue::from_str(svg);
    if let Ok(embed) = js_sys::Reflect::get(&window, &"chitieuEmbedFonts".into())?.dyn_into::<js_sys::Function>() {
        svg = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(embed.call1(&JsValue::NULL, &svg)?)).await?;
    }
    let parts = js_sys::Array::of1(&svg);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/svg+xml");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let image = web_sys::HtmlImageElement::new()?;
    image.set_src(&url);
    let decoded = wasm_bindgen_futures::JsFuture::from(image.decode()).await;
    let _ = web_sys::Url::revoke_object_url(&url);
    decoded?;
    let canvas: web_sys::HtmlCanvasElement = document.create_element("canvas")?.dyn_into()?;
    canvas.set_width(width.round() as u32);
    canvas.set_height(height.round() as u32);
    let context: web_sys::CanvasRenderingContext2d = canvas.get_context("2d")?.ok_or("no 2d context")?.dyn_into()?;
    context.draw_image_with_html_image_element_and_dw_and_dh(&image, 0.0, 0.0, width, height)?;
    Ok(canvas)
}

/// A moment (milliseconds since 1970) as local date and time: "22/11/2026 14:05" in Vietnamese.
pub fn local_date_time(milliseconds: f64, lang: chitieu_core::Lang) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(milliseconds));
    let iso = format!("{:04}-{:02}-{:02}", date.get_full_year(), date.get_month() + 1, date.get_date());
    format!("{} {:02}:{:02}", chitieu_core::format::date(&iso, lang), date.get_hours(), date.get_minutes())
}

thread_local! {
    /// Where the page was last scrolled to at each address (latest last, a few dozen kept).
    static SCROLLED: std::cell::RefCell<Vec<(String, f64)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The page scrolls back itself on Back and Forward (`restore_scroll`): the browser's own
/// restoration runs before the view is drawn again and so lands at the top.
pub fn scroll_restoration_by_page() {
    let Some(window) = web_sys::window() else { return };
    if let Ok(history) = window.history() {
        let _ = js_sys::Reflect::set(&history, &JsValue::from_str("scrollRestoration"), &JsValue::from_str("manual"));
    }
    // Noted when a press or a key starts what may navigate: by the time the address changes, the
    // new view has already scrolled the page.
    for event in ["pointerdown", "keydown"] {
        leptos::prelude::window_event_listener_untyped(event, move |_| note_scroll());
    }
}

fn note_scroll() {
    let Some(window) = web_sys::window() else { return };
    let (Ok(query), Ok(y)) = (window.location().search(), window.scroll_y()) else { return };
    SCROLLED.with_borrow_mut(|scrolled| {
        scrolled.retain(|(kept, _)| *kept != query);
        if scrolled.len() >= 40 {
            scrolled.remove(0);
        }
        scrolled.push((query, y));
    });
}

/// Back and Forward: scrolls to where this address was left, once the view is drawn again. Its
/// charts come in tasks of their own, so it tries for a while until the page is tall enough.
pub fn restore_scroll() {
    let query = query_string();
    let kept = SCROLLED.with_borrow(|scrolled| scrolled.iter().find(|(kept, _)| *kept == query).map(|(_, y)| *y));
    scroll_when_drawn(kept.unwrap_or(0.0), 20);
}

fn scroll_when_drawn(y: f64, tries: u32) {
    set_timeout(
        move || {
            let Some(window) = web_sys::window() else { return };
            window.scroll_to_with_x_and_y(0.0, y);
            if tries > 0 && (window.scroll_y().unwrap_or(y) - y).abs() > 1.0 {
                scroll_when_drawn(y, tries - 1);
            }
        },
        std::time::Duration::from_millis(50),
    );
}
