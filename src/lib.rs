//! Chỉ Tiêu, the browser app: a thin Leptos shell over the pure core (`chitieu_core`) and the
//! rendering layer (`chitieu_render`). `main.rs` only mounts it.

pub use chitieu_core as core;
pub use chitieu_render as render;

#[cfg(target_arch = "wasm32")]
pub mod web;
