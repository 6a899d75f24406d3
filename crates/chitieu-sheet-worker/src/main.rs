//! The spreadsheet worker: chitieu-sheet running in a Web Worker, off the page's main thread.
//!
//! The page (`src/web/sheets.rs`) starts one worker per request and ends it after the answer, so
//! the reader's memory goes back to the browser. The protocol, one message each way after the
//! worker says it is ready:
//!
//! - page → worker: `{op: "read", name, bytes}` (a file or pasted text, as bytes), `{op: "export",
//!   url}` or `{op: "export", bytes}` (the dataset on screen, fetched again from its URL or given as
//!   the bytes of the file it came from), `{op: "table", csv}` (a table on screen, as the CSV the
//!   page writes for it), `{op: "template"}`, or `{op: "diagnose", bytes}` (a JSON file the page
//!   could not read as a dataset).
//! - worker → page: first `{ready: true}`; then for "read" `{json, problems}` — `json` the
//!   dataset as JSON text when it has no errors (the page reads it with its own loader), else
//!   absent; `problems` an array of `{error, path, vi, en}` (with `line` and `column` where known);
//!   for "export", "table" and "template" `{bytes}` (an xlsx workbook) or `{problems}` when it
//!   could not be made; for "diagnose" `{problems}`, where and why the file cannot be read.
//!
//! Native builds compile an empty program: the worker exists only in the browser.

#[cfg(target_arch = "wasm32")]
mod worker;

fn main() {
    #[cfg(target_arch = "wasm32")]
    worker::start();
}
