# Source before every wasm build or test. Debian's rustc-web compiles for wasm32 but ships no prebuilt std
# for it: cargo builds std from source (build-std); then the wasm-bindgen test runner in Chromium.
_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$_root/node_modules/.bin:/usr/bin:$HOME/.cargo/bin:$PATH"
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
# std's own size-optimised algorithms (smaller sorts, formatting): 6 KB less brotli for the app.
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
# Smaller wasm: no file/line strings in panic messages, no Debug formatting (about 7 KB brotli).
# A panic aborts, which traps; the page's start-up script (index.html) shows the error panel.
# erase_components: Leptos type-erases each component's view (12 KB less brotli for the app).
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zlocation-detail=none -Zfmt-debug=none --cfg erase_components"
# The release build also stops at once on a panic without formatting a message (about 7 KB brotli
# more); test builds cannot use it (test harnesses need the panic machinery).
export CHITIEU_RELEASE_WASM_RUSTFLAGS="$CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS -Zunstable-options -Cpanic=immediate-abort"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export CHROMEDRIVER=/usr/bin/chromedriver
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-90}"
export TRUNK_SKIP_VERSION_CHECK=true
unset _root
