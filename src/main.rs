//! Mounts the app; everything else lives in the library so tests can import it.

#[cfg(target_arch = "wasm32")]
fn main() {
    chitieu::web::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("chitieu-app runs in the browser: build it with scripts/build or serve it with scripts/serve.");
}
