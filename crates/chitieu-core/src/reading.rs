//! Reading a dataset in short steps, so that the browser stays responsive and can show progress
//! while a province's file (100,000 results, 13 MB) is read. The records are first found without
//! being read (where each one is in the text, a thousand values a step: serde_json reads a whole
//! document in one call, so the walk over the top level is done here, each value still read by
//! serde_json); the rest of the file is read and checked; then the records are read, checked,
//! evaluated and indexed a few hundred at a time (`IndexBuilder`), and last their pace and trend
//! are set, a few thousand at a time. The answer is
//! `load_fast`'s, then `DatasetIndex::new`'s (a test holds them equal), except for a file that
//! cannot be read as a dataset at all (its syntax, types, header or encoding are wrong, or it is
//! too large): that is only said to be `Unreadable`, and `load::load_bytes` says where and why.
//! The browser asks its on-demand worker for that, so the code that locates and words those
//! problems is not in the first screen's download.

use std::ops::Range;

use serde::Deserialize;
use serde_json::value::RawValue;

use crate::index::{DatasetIndex, IndexBuilder};
use crate::load::{self, RecordChecks};
use crate::model::{Dataset, Record};
use crate::problem::{Problem, Severity};

/// How many records one step reads.
pub const RECORDS_PER_STEP: usize = 256;
/// How many values one step finds (the top level's members and the records, each passed over).
pub const VALUES_PER_STEP: usize = 1024;
/// How many records one step sets the pace and trend of.
pub const PACED_PER_STEP: usize = 2048;

/// The share of the reading each part is (for the progress bar): finding the records, reading
/// them, setting their pace.
const FINDING_SHARE: f64 = 0.25;
const RECORDS_SHARE: f64 = 0.65;

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
    /// Text: the records are being found.
    Finding(Box<Finding>),
    /// The head is read and checked; the records are being read.
    Records(Box<Records>),
    /// Every record is read and the dataset is valid: pace and trend are being set.
    Pace(Box<IndexBuilder>),
    /// The answer has been given.
    Over,
}

struct Records {
    builder: IndexBuilder,
    /// Where each record is in the text.
    items: Vec<Range<usize>>,
    /// The first record not read yet.
    next: usize,
    checks: RecordChecks,
    problems: Vec<Problem>,
}

/// Where the records are, found a step at a time.
#[derive(Default)]
struct Finding {
    /// The next byte to look at.
    at: usize,
    expect: Expect,
    /// Every member of the top-level object but the records, as `"key": value`.
    members: Vec<Range<usize>>,
    /// Where each record is.
    items: Vec<Range<usize>>,
    records_seen: bool,
}

/// What comes next in the text.
#[derive(Default, Clone, Copy, PartialEq)]
enum Expect {
    /// The top-level object's `{`.
    #[default]
    Open,
    /// A member's key (or, for the first, the object's `}`).
    Key { first: bool },
    /// `,` or `}` after a member.
    AfterMember,
    /// A record (or, for the first, the list's `]`).
    Item { first: bool },
    /// `,` or `]` after a record.
    AfterItem,
    /// Nothing but white space.
    End,
}

/// What a step did.
pub enum Step {
    /// More to do; the share done so far, from 0 to 1 (only grows). The first step (0) checks the
    /// whole text at once, so it is best followed by a turn of the browser.
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
                    // serde would read an array as a struct's fields in order: only an object is a dataset.
                    if fits {
                        self.stage = Stage::Finding(Box::default());
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
            Stage::Finding(mut finding) => match finding.find(self.json(), VALUES_PER_STEP) {
                Some(false) => {
                    let share = FINDING_SHARE * finding.at as f64 / self.json().len().max(1) as f64;
                    self.stage = Stage::Finding(finding);
                    Step::Working(share)
                }
                Some(true) => match self.records_stage(*finding) {
                    Some(stage) => {
                        self.stage = stage;
                        Step::Working(FINDING_SHARE)
                    }
                    None => Step::Done(Read::Unreadable),
                },
                None => Step::Done(Read::Unreadable),
            },
            Stage::Pace(mut builder) => {
                if builder.set_pace(PACED_PER_STEP) {
                    Step::Done(Read::Valid(Box::new(builder.finish())))
                } else {
                    let share = builder.paced_share();
                    self.stage = Stage::Pace(builder);
                    Step::Working(FINDING_SHARE + RECORDS_SHARE + (1.0 - FINDING_SHARE - RECORDS_SHARE) * share)
                }
            }
            Stage::Records(mut records_stage) => {
                let Records { builder, items, next, checks, problems } = &mut *records_stage;
                let next = *next;
                let end = (next + RECORDS_PER_STEP).min(items.len());
                let mut records = Vec::with_capacity(end - next);
                for range in &items[next..end] {
                    match serde_json::from_str::<Record>(&self.json()[range.clone()]) {
                        Ok(record) => records.push(record),
                        Err(_) => return Step::Done(Read::Unreadable),
                    }
                }
                problems.extend(load::validate_records(builder.dataset(), &records, next, checks));
                for record in records {
                    builder.push(record);
                }
                if end < items.len() {
                    let share = end as f64 / items.len() as f64;
                    records_stage.next = end;
                    self.stage = Stage::Records(records_stage);
                    return Step::Working(FINDING_SHARE + RECORDS_SHARE * share);
                }
                let Records { builder, mut problems, .. } = *records_stage;
                // The errors first, as `load_fast` gives them.
                problems.sort_by_key(|problem| problem.severity);
                if problems.iter().any(|problem| problem.severity == Severity::Error) {
                    Step::Done(Read::Invalid(problems))
                } else {
                    self.stage = Stage::Pace(Box::new(builder));
                    Step::Working(FINDING_SHARE + RECORDS_SHARE)
                }
            }
            Stage::Over => Step::Done(Read::Unreadable),
        }
    }

    /// Reads and checks everything but the records, once they are found; `None` when the file
    /// cannot be read as a dataset.
    fn records_stage(&self, finding: Finding) -> Option<Stage> {
        let json = self.json();
        let members: Vec<&str> = finding.members.iter().map(|member| &json[member.clone()]).collect();
        let head: Dataset = serde_json::from_str(&format!("{{{}}}", members.join(","))).ok()?;
        if !load::header_is_supported(&head) {
            return None;
        }
        let problems = load::validate_head(&head);
        let checks = RecordChecks::new(&head);
        let mut builder = IndexBuilder::new(head);
        builder.reserve(finding.items.len());
        let items = finding.items;
        Some(Stage::Records(Box::new(Records { builder, items, next: 0, checks, problems })))
    }
}

impl Finding {
    /// Passes over up to `budget` more values: `Some(true)` once the whole text is passed,
    /// `None` when it is not a JSON object with at most one list of records (serde_json then
    /// says what is wrong, as it reads the file in one pass: `load::load_bytes`).
    fn find(&mut self, json: &str, budget: usize) -> Option<bool> {
        let bytes = json.as_bytes();
        for _ in 0..budget {
            self.at = after_space(bytes, self.at);
            let next = bytes.get(self.at).copied();
            let start = self.at;
            self.expect = match (self.expect, next) {
                (Expect::Open, Some(b'{')) => Expect::Key { first: true },
                (Expect::Key { first: true }, Some(b'}')) | (Expect::AfterMember, Some(b'}')) => Expect::End,
                (Expect::Key { .. }, Some(b'"')) => {
                    let after_key = value_end(json, start)?;
                    let key =
                        String::deserialize(&mut serde_json::Deserializer::from_str(&json[start..after_key])).ok()?;
                    let colon = after_space(bytes, after_key);
                    (bytes.get(colon) == Some(&b':')).then_some(())?;
                    if key == "records" {
                        let open = after_space(bytes, colon + 1);
                        if self.records_seen || bytes.get(open) != Some(&b'[') {
                            return None;
                        }
                        self.records_seen = true;
                        self.at = open;
                        Expect::Item { first: true }
                    } else {
                        let end = value_end(json, colon + 1)?;
                        self.members.push(start..end);
                        self.at = end - 1;
                        Expect::AfterMember
                    }
                }
                (Expect::AfterMember, Some(b',')) => Expect::Key { first: false },
                (Expect::Item { first: true }, Some(b']')) | (Expect::AfterItem, Some(b']')) => Expect::AfterMember,
                (Expect::Item { .. }, Some(_)) => {
                    let end = value_end(json, start)?;
                    self.items.push(start..end);
                    self.at = end - 1;
                    Expect::AfterItem
                }
                (Expect::AfterItem, Some(b',')) => Expect::Item { first: false },
                (Expect::End, None) => return Some(true),
                _ => return None,
            };
            self.at += 1;
        }
        Some(false)
    }
}

/// The first byte at or after `at` that is not JSON's white space (its four characters: not a
/// form feed, not Unicode's other spaces, which the one-pass reader refuses too).
fn after_space(bytes: &[u8], at: usize) -> usize {
    at + bytes
        .get(at..)
        .unwrap_or_default()
        .iter()
        .take_while(|byte| matches!(byte, b' ' | b'\t' | b'\n' | b'\r'))
        .count()
}

/// Passes over the one JSON value at `at` (after white space): where it ends.
fn value_end(json: &str, at: usize) -> Option<usize> {
    let raw = <&RawValue>::deserialize(&mut serde_json::Deserializer::from_str(&json[at..])).ok()?;
    Some(raw.get().as_ptr() as usize - json.as_ptr() as usize + raw.get().len())
}

#[cfg(test)]
pub(crate) mod tests;
