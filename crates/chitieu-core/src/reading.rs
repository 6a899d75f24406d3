//! Reading a dataset in short steps, so that the browser stays responsive and can show progress
//! while a province's file (100,000 results, 13 MB) is read. The records are first found without
//! being read (as raw JSON); the rest of the file is read and checked; then the records are read,
//! checked, evaluated and indexed a few hundred at a time (`IndexBuilder`). The answer is
//! `load_fast`'s, then `DatasetIndex::new`'s (a test holds them equal), except for a file that
//! cannot be read as a dataset at all (its syntax, types, header or encoding are wrong, or it is
//! too large): that is only said to be `Unreadable`, and `load::load_bytes` says where and why.
//! The browser asks its on-demand worker for that, so the code that locates and words those
//! problems is not in the first screen's download.

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
    /// The file's bytes until they are known to be UTF-8, and after, if they are not (then `text`
    /// is empty).
    not_text: Vec<u8>,
    stage: Stage,
}

enum Stage {
    /// The bytes, not yet known to be text.
    Bytes,
    /// Text, not yet read.
    Start,
    /// The head is read and checked; the records are being read.
    Records(Box<Records>),
    /// The answer has been given.
    Over,
}

struct Records {
    builder: IndexBuilder,
    /// Where each record is in the text.
    items: Vec<Range<usize>>,
    /// The first record not read yet.
    next: usize,
    seen: SeenRecords,
    problems: Vec<Problem>,
}

/// What a step did.
pub enum Step {
    /// More to do; the share of the records read so far, from 0 to 1. The steps before any record
    /// is read (0) each pass over the whole text, so each is best followed by a turn of the browser.
    Working(f64),
    Done(Read),
}

/// What reading gave.
#[derive(Debug)]
pub enum Read {
    /// The dataset is valid: here it is, evaluated and indexed.
    Valid(Box<DatasetIndex>),
    /// The dataset was read and has errors: every problem found, the errors first.
    Invalid(Vec<Problem>),
    /// The file cannot be read as a dataset; `load::load_bytes` says where and why.
    Unreadable,
}

/// Only the records, as raw JSON: where each one is in the text.
#[derive(serde::Deserialize)]
struct RecordsOnly<'a> {
    #[serde(borrow, default)]
    records: Vec<&'a RawValue>,
}

impl Reading {
    /// Starts reading the bytes of a file. A file too large or not UTF-8 is `Unreadable` at the
    /// first step.
    pub fn new(bytes: Vec<u8>) -> Reading {
        Reading { text: String::new(), not_text: bytes, stage: Stage::Bytes }
    }

    /// The file's bytes, to keep or export once it is read.
    pub fn into_bytes(self) -> Vec<u8> {
        if self.text.is_empty() {
            self.not_text
        } else {
            self.text.into_bytes()
        }
    }

    /// The text without a byte-order mark.
    fn json(&self) -> &str {
        self.text.strip_prefix('\u{feff}').unwrap_or(&self.text)
    }

    /// Does the next short piece of work.
    pub fn step(&mut self) -> Step {
        match std::mem::replace(&mut self.stage, Stage::Over) {
            Stage::Bytes => match String::from_utf8(std::mem::take(&mut self.not_text)) {
                Ok(text) => {
                    let fits = text.len() <= load::MAX_BYTES;
                    self.text = text;
                    if fits {
                        self.stage = Stage::Start;
                        Step::Working(0.0)
                    } else {
                        Step::Done(Read::Unreadable)
                    }
                }
                Err(error) => {
                    self.not_text = error.into_bytes();
                    Step::Done(Read::Unreadable)
                }
            },
            Stage::Start => match self.split() {
                Some(stage) => {
                    self.stage = stage;
                    Step::Working(0.0)
                }
                None => Step::Done(Read::Unreadable),
            },
            Stage::Records(mut records_stage) => {
                let Records { builder, items, next, seen, problems } = &mut *records_stage;
                let next = *next;
                let end = (next + RECORDS_PER_STEP).min(items.len());
                let mut records = Vec::with_capacity(end - next);
                for range in &items[next..end] {
                    match serde_json::from_str::<Record>(&self.json()[range.clone()]) {
                        Ok(record) => records.push(record),
                        Err(_) => return Step::Done(Read::Unreadable),
                    }
                }
                problems.extend(load::validate_records(builder.dataset(), &records, next, seen));
                for record in records {
                    builder.push(record);
                }
                if end < items.len() {
                    let share = end as f64 / items.len() as f64;
                    records_stage.next = end;
                    self.stage = Stage::Records(records_stage);
                    return Step::Working(share);
                }
                let Records { builder, mut problems, .. } = *records_stage;
                // The errors first, as `load_fast` gives them.
                problems.sort_by_key(|problem| problem.severity);
                if problems.iter().any(|problem| problem.severity == Severity::Error) {
                    Step::Done(Read::Invalid(problems))
                } else {
                    Step::Done(Read::Valid(Box::new(builder.finish())))
                }
            }
            Stage::Over => Step::Done(Read::Unreadable),
        }
    }

    /// Finds the records and reads and checks everything else; `None` when the file cannot be
    /// read as a dataset.
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
        let mut builder = IndexBuilder::new(head);
        builder.reserve(items.len());
        Some(Stage::Records(Box::new(Records { builder, items, next: 0, seen: SeenRecords::new(), problems })))
    }
}

#[cfg(test)]
pub(crate) mod tests;
