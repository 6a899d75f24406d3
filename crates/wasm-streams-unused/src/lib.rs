//! In place of wasm-streams 0.5, which Leptos brings through server_fn's browser client: it streams
//! a server function's request and response bodies, and the app has no server functions (it runs
//! from static files). The real crate exports JavaScript classes (`IntoUnderlyingSource`, …) whose
//! code stays in the wasm even when nothing calls it (their futures sit in the function table),
//! about 1.3 KB brotli of the first screen. This crate has the part of its API server_fn uses; a
//! call to any of it would be a server function call, which the app never makes, and stops
//! there with a message.

use wasm_bindgen::JsValue;

/// A body stream server_fn would hand to or take from `fetch`.
pub struct ReadableStream(web_sys::ReadableStream);

/// What a stream would yield; never constructed.
pub enum Never {}

impl futures_core::Stream for Never {
    type Item = Result<JsValue, JsValue>;
    fn poll_next(
        self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Self::Item>> {
        match *self {}
    }
}

fn no_server_functions() -> ! {
    panic!("Chỉ Tiêu has no server functions: wasm-streams is left out (crates/wasm-streams-unused)")
}

impl ReadableStream {
    pub fn from_raw(raw: web_sys::ReadableStream) -> Self {
        ReadableStream(raw)
    }
    pub fn into_raw(self) -> web_sys::ReadableStream {
        self.0
    }
    pub fn from_stream<St>(_stream: St) -> Self
    where
        St: futures_core::Stream<Item = Result<JsValue, JsValue>> + 'static,
    {
        no_server_functions()
    }
    pub fn into_stream(self) -> Never {
        no_server_functions()
    }
}
