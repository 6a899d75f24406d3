//! The URL contract: any query string parses (with notices, never a panic), and what `to_query`
//! writes is stable: parse → write → parse gives back the same screen state, without a notice,
//! and writing that state again gives the same query string.

#![no_main]

use chitieu_core::url::{decode, encode, parse_query, to_query, ScreenState};
use libfuzzer_sys::fuzz_target;

/// Stands in for the browser's decision (the app asks the browser whether `data=` resolves to
/// the page's own origin); the same as the core's own URL tests use.
fn same_origin(url: &str) -> bool {
    url.starts_with("data/") || url.starts_with("/data/")
}

/// Equal, except that `to_query` leaves out a scale within 1e-9 of the default, by design.
fn same_state(first: &ScreenState, second: &ScreenState) -> bool {
    let scale_close = (first.scale - second.scale).abs() <= 1e-9;
    scale_close && ScreenState { scale: first.scale, ..second.clone() } == *first
}

fuzz_target!(|data: &[u8]| {
    let query = String::from_utf8_lossy(data);
    let (state, notices) = parse_query(&query, &same_origin);
    for notice in &notices {
        assert!(!notice.message.vi.is_empty() && notice.message.en.as_deref().is_some_and(|en| !en.is_empty()));
    }

    let written = to_query(&state);
    assert!(written.is_empty() || written.starts_with('?'), "{written:?}");
    let (reread, notices) = parse_query(&written, &same_origin);
    assert!(notices.is_empty(), "what to_query wrote gives notices: {written:?} → {notices:#?}");
    assert!(same_state(&state, &reread), "{query:?} → {written:?}: {state:#?} became {reread:#?}");
    assert_eq!(to_query(&reread), written, "writing is not stable for {query:?}");

    // Percent-encoding round-trips any text.
    assert_eq!(decode(&encode(&query)), query);
});
