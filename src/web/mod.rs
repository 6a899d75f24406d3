//! The Leptos shell: state, loading, URL synchronisation, components, and the readiness signals
//! tests rely on.
//!
//! Architecture invariant: no business logic here. Status, counts, sentences, tables and chart
//! specifications come from `chitieu_core`; chart geometry and markup from `chitieu_render`.

mod app;
mod browser;
mod explore;
mod figure;
mod loading;
mod present;
mod problems;
mod sheets;
mod state;

pub use app::app_with;
pub use browser::{mark_error, mark_ready};
pub use explore::Explorer;
use leptos::prelude::*;
pub use problems::ErrorPanel;
pub use state::{provide_app_context, AppState, DataOrigin, LoadFailure, Screen};

/// The default dataset, relative to the page so that `dist/` works from any sub-path.
/// The start-up script in index.html fetches it early too: the two name the same file.
pub const DEFAULT_DATASET_URL: &str = "data/default.json";

/// Entry point of the desk app (`chitieu-app`): mounts the explorer on `<body>`. (A panic traps:
/// the release build aborts at once, and index.html's start-up script shows the error panel.)
pub fn start() {
    register_service_worker();
    mount_after_this_task(|| app_with(|| view! { <Explorer /> }.into_any()));
}

/// Entry point of the stage app (`chitieu-stage`), which index.html loads instead of the desk app
/// for `?mode=present` and `?mode=kiosk`: mounts the slide stage. The desk's first screen does not
/// carry the stage's code, nor the stage the explorer's.
pub fn start_stage() {
    register_service_worker();
    mount_after_this_task(|| app_with(|| view! { <present::Stage /> }.into_any()));
}

/// Mounts `app` on `<body>` in a task of its own: the browser finishes the module's compilation in
/// the task that starts it, and the first view's functions are compiled as they are first called
/// (V8 compiles WebAssembly lazily), so one task for both held the page over 50 ms.
fn mount_after_this_task<View: IntoView + 'static>(app: impl FnOnce() -> View + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        browser::next_task().await;
        leptos::mount::mount_to_body(app);
    });
}

/// Registers `sw.js`, which precaches the app, its fonts and datasets for offline use. Browsers
/// allow service workers only on http(s) origins; elsewhere this quietly does nothing.
fn register_service_worker() {
    let Some(window) = web_sys::window() else { return };
    let container = window.navigator().service_worker();
    let promise = container.register("sw.js");
    // Leptos' executor starts with the mount, in the next task; this runs before it.
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(error) = wasm_bindgen_futures::JsFuture::from(promise).await {
            browser::log_warning(&format!("offline support unavailable: {error:?}"));
        }
    });
}

/// The size of the wasm linear memory in bytes, for the kiosk memory benchmark
/// (`window.wasmBindings.wasm_memory_bytes()`).
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn wasm_memory_bytes() -> f64 {
    use wasm_bindgen::JsCast;
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .map(|memory| {
            memory
                .buffer()
                .dyn_into::<js_sys::ArrayBuffer>()
                .map(|buffer| f64::from(buffer.byte_length()))
                .unwrap_or(0.0)
        })
        .unwrap_or(0.0)
}
