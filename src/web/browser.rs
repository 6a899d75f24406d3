//! The few browser calls gloo has no wrapper for: the readiness signals on `<html>` and the
//! performance mark.

use wasm_bindgen::JsValue;

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
    if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
        let _ = performance.mark("chitieu:ready");
    }
}

/// `data-state="error"` on `<html>`: the app could not show data and shows why instead.
pub fn mark_error() {
    if let Some(html) = html_element() {
        let _ = html.set_attribute("data-state", "error");
    }
}

/// Sets `<html lang>` so screen readers and hyphenation follow the chosen language.
pub fn set_document_lang(lang: &str) {
    if let Some(html) = html_element() {
        let _ = html.set_attribute("lang", lang);
    }
}

/// The page's query string parameter `name`, if present.
pub fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.get(name)
}

/// Logs to the console (for failures the user also sees on screen).
pub fn log_error(message: &str) {
    web_sys::console::error_1(&JsValue::from_str(message));
}
