//! The Leptos shell: state, loading, URL synchronisation, components, and the readiness signals
//! tests rely on.
//!
//! Architecture invariant: no business logic here. Status, counts, sentences, tables and chart
//! specifications come from `chitieu_core`; chart geometry and markup from `chitieu_render`.

mod app;
mod browser;
mod explore;
mod figure;
mod panic;

pub use app::{App, AppState, ErrorPanel, LoadFailure};
pub use browser::{mark_error, mark_ready};
pub use explore::Explorer;

/// The default dataset, relative to the page so that `dist/` works from any sub-path.
pub const DEFAULT_DATASET_URL: &str = "data/default.json";

/// Entry point: installs the panic hook and mounts the app on `<body>`.
pub fn start() {
    panic::install_hook();
    leptos::mount::mount_to_body(App);
}
