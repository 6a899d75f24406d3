//! The Leptos shell: state, loading, components, and the readiness signals tests rely on.
//!
//! Architecture invariant: no business logic here. Status, counts, sentences and chart
//! specifications come from `chitieu_core`; markup for charts comes from `chitieu_render`.

mod app;
mod browser;
mod panic;

pub use app::{App, Dashboard, ErrorPanel, LoadFailure};
pub use browser::{mark_error, mark_ready};

/// The default dataset, relative to the page so that `dist/` works from any sub-path.
pub const DEFAULT_DATASET_URL: &str = "data/default.json";

/// Entry point: installs the panic hook and mounts the app on `<body>`.
pub fn start() {
    panic::install_hook();
    leptos::mount::mount_to_body(App);
}
