//! The stage app (`?mode=present`, `?mode=kiosk`): index.html loads it instead of `chitieu-app`
//! for those modes. Everything lives in the library, like the desk app's.

#[cfg(target_arch = "wasm32")]
fn main() {
    chitieu::web::start_stage();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("chitieu-stage runs in the browser: build it with scripts/build or serve it with scripts/serve.");
}
