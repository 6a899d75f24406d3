//! Reading a dataset in short steps, so that the browser stays responsive and can show progress
//! while a province's file (100,000 results, 13 MB) is read. The records are first found without
//! being read (as raw JSON); the rest of the file is read and checked; then the records are read,
//! checked, evaluated and indexed a few hundred at a time (`IndexBuilder`). The answer is
//! `load_fast`'s, then `DatasetIndex::new`'s (a test holds them equal): a file whose syntax or
//! types are wrong is handed to `load_fast`, which locates the problem, so every message is the
//! same whichever way the file was read.

use std::ops::Range;

use serde_json::value::RawValue;

use crate::index::{DatasetIndex, IndexBuilder};
use crate::load::{self, SeenRecords};
use crate::model::{Dataset, Record};
use crate::problem::{Problem, Severity};

/// How many records one step reads.
pub const RECORDS_PER_STEP: usize = 256;

/// A dataset being read: call `step` until it answers `Step::Done`.
pub struct Reading {
    text: String,
    stage: Stage,
}

enum Stage {
    /// Nothing read yet.
    Start,
    /// The head is read and checked; the records are being read.
    Records { builder: IndexBuilder, items: Vec<Range<usize>>, next: usize, seen: SeenRecords, problems: Vec<Problem> },
    /// The answer, known before any reading (a file too large, or not UTF-8).
    Refused(Vec<Problem>),
    /// The answer has been given.
    Over,
}

/// What a step did.
pub enum Step {
    /// More to do; the share of the records read so far, from 0 to 1.
    Working(f64),
    /// The index of a valid dataset, or every problem found (the errors first).
    Done(Result<DatasetIndex, Vec<Problem>>),
}

/// Only the records, as raw JSON: where each one is in the text.
#[derive(serde::Deserialize)]
struct RecordsOnly<'a> {
    #[serde(borrow, default)]
    records: Vec<&'a RawValue>,
}

impl Reading {
    /// Starts reading the bytes of a file. A file too large or not UTF-8 is refused with
    /// `load::load_bytes`'s problem at the first step.
    pub fn new(bytes: Vec<u8>) -> Reading {
        match String::from_utf8(bytes) {
            Ok(text) if text.len() <= load::MAX_BYTES => Reading { text, stage: Stage::Start },
            Ok(text) => Reading::refused(text.as_bytes()),
            Err(error) => Reading::refused(error.as_bytes()),
        }
    }

    fn refused(bytes: &[u8]) -> Reading {
        Reading { text: String::new(), stage: Stage::Refused(load::load_bytes(bytes).problems) }
    }

    /// The text without a byte-order mark.
    fn json(&self) -> &str {
        self.text.strip_prefix('\u{feff}').unwrap_or(&self.text)
    }

    /// Does the next short piece of work.
    pub fn step(&mut self) -> Step {
        match std::mem::replace(&mut self.stage, Stage::Over) {
            Stage::Start => match self.split() {
                Some(stage) => {
                    self.stage = stage;
                    Step::Working(0.0)
                }
                None => self.read_in_one_pass(),
            },
            Stage::Records { mut builder, items, next, mut seen, mut problems } => {
                let end = (next + RECORDS_PER_STEP).min(items.len());
                let mut records = Vec::with_capacity(end - next);
                for range in &items[next..end] {
                    match serde_json::from_str::<Record>(&self.json()[range.clone()]) {
                        Ok(record) => records.push(record),
                        Err(_) => return self.read_in_one_pass(),
                    }
                }
                problems.extend(load::validate_records(builder.dataset(), &records, next, &mut seen));
                for record in records {
                    builder.push(record);
                }
                if end < items.len() {
                    let share = end as f64 / items.len() as f64;
                    self.stage = Stage::Records { builder, items, next: end, seen, problems };
                    return Step::Working(share);
                }
                // The errors first, as `load_fast` gives them.
                problems.sort_by_key(|problem| problem.severity);
                if problems.iter().any(|problem| problem.severity == Severity::Error) {
                    Step::Done(Err(problems))
                } else {
                    Step::Done(Ok(builder.finish()))
                }
            }
            Stage::Refused(problems) => Step::Done(Err(problems)),
            Stage::Over => Step::Done(Err(Vec::new())),
        }
    }

    /// Finds the records and reads and checks everything else; `None` when the file needs
    /// `load_fast` to say what is wrong with it.
    fn split(&self) -> Option<Stage> {
        let json = self.json();
        // serde would read an array as a struct's fields in order: only an object is a dataset.
        if !json.trim_start().starts_with('{') {
            return None;
        }
        let records = serde_json::from_str::<RecordsOnly>(json).ok()?.records;
        let offset = |raw: &RawValue| raw.get().as_ptr() as usize - json.as_ptr() as usize;
        let items: Vec<Range<usize>> = records.iter().map(|raw| offset(raw)..offset(raw) + raw.get().len()).collect();
        let head: Dataset = match (items.first(), items.last()) {
            (Some(first), Some(last)) => {
                serde_json::from_str(&format!("{}{}", &json[..first.start], &json[last.end..])).ok()?
            }
            _ => serde_json::from_str(json).ok()?,
        };
        if !load::header_is_supported(&head) {
            return None;
        }
        let problems = load::validate_head(&head);
        Some(Stage::Records { builder: IndexBuilder::new(head), items, next: 0, seen: SeenRecords::new(), problems })
    }

    /// The whole file in one pass, when reading in steps cannot say what is wrong with it.
    fn read_in_one_pass(&mut self) -> Step {
        Step::Done(load::load_fast(self.json()).into_valid().map(DatasetIndex::new))
    }
}

#[cfg(test)]
mod tests;
