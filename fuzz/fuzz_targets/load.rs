//! The loader: any bytes in, a `Loaded` out, never a panic.
//!
//! Beyond not panicking, it checks what the loader promises:
//! - every problem can be described and located in both languages, and says something;
//! - a dataset that `into_valid` accepts passes `validate` again on its own;
//! - an accepted dataset, written back out as JSON, is accepted again and reads back equal
//!   (the format's types are its one definition, so reading what they write must give them back);
//! - reading in steps, as the browser does (`Reading`), accepts exactly what the browser's one
//!   typed pass (`load_fast`) accepts, and gives the same dataset.

#![no_main]

use chitieu_core::load::{load, load_bytes, load_fast, validate};
use chitieu_core::reading::{Read, Reading, Step};
use chitieu_core::{Lang, Severity};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let loaded = load_bytes(data);
    for problem in &loaded.problems {
        for lang in [Lang::Vi, Lang::En] {
            let _ = problem.location(lang);
            let line = problem.describe("fuzz.json", lang);
            assert!(!line.is_empty());
        }
        assert!(!problem.message.vi.trim().is_empty(), "a problem without words: {problem:?}");
        assert!(!problem.path.is_empty() || problem.line.is_some(), "a problem without a place: {problem:?}");
    }
    let mut reading = Reading::new(data.to_vec());
    let stepped = loop {
        if let Step::Done(read) = reading.step() {
            break read;
        }
    };
    // The browser's one-pass reader (`load_fast`) is the reference for reading in steps: the
    // item-by-item reader above differs from both on purpose (it reads each item as a JSON value,
    // so of two equal keys in an item it keeps the last, where a typed pass refuses the item).
    let fast = std::str::from_utf8(data).ok().and_then(|text| load_fast(text).into_valid().ok());
    match (&stepped, &fast) {
        (Read::Valid(index), Some(fast)) => assert!(index.dataset() == fast, "read in steps, the dataset differs"),
        (Read::Valid(_), None) => panic!("refused in one typed pass, accepted in steps"),
        (_, Some(_)) => panic!("accepted in one typed pass, refused in steps"),
        _ => {}
    }
    let Ok(dataset) = loaded.into_valid() else { return };

    let errors: Vec<_> = validate(&dataset).into_iter().filter(|problem| problem.severity == Severity::Error).collect();
    assert!(errors.is_empty(), "an accepted dataset fails validate: {errors:#?}");

    let written = serde_json::to_string(&dataset).expect("a dataset serialises");
    match load(&written).into_valid() {
        Ok(reread) => assert!(reread == dataset, "written and read back, the dataset changed:\n{written}"),
        Err(problems) => {
            let errors: Vec<_> = problems.iter().filter(|problem| problem.severity == Severity::Error).collect();
            panic!("an accepted dataset, written back out, is refused: {errors:#?}\n{written}");
        }
    }
});
