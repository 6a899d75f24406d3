//! The chart specification types: what each kind of chart draws, as plain data.

use crate::i18n::Lang;
use crate::model::Status;

/// How a mark is coloured: by status, or as the n-th series of a categorical palette.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Colour {
    Status(Option<Status>),
    Series(usize),
}

/// A horizontal bar chart (ranking by % of target, comparison across localities).
#[derive(Debug, Clone, PartialEq)]
pub struct BarChart {
    pub title: String,
    pub description: String,
    pub axis_label: String,
    pub bars: Vec<Bar>,
    /// A vertical reference line (100 % of target, or the target).
    pub reference: Option<f64>,
    /// The end of the value axis; bars beyond it are drawn broken.
    pub axis_max: f64,
    /// The language of the labels, for formatting tick numbers.
    pub lang: Lang,
    /// The header of the value column in the table twin.
    pub value_header: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// The indicator or locality id, for linking a mark to its detail.
    pub key: String,
    pub label: String,
    pub value: f64,
    /// The exact value as shown next to the bar: "88,05 %".
    pub value_text: String,
    /// The status in words, shown after the value where there is room: "Không đạt"; may be empty.
    pub status_text: String,
    pub status: Option<Status>,
}

impl Bar {
    /// The value followed by the status in words, as the full label and the tooltip show them:
    /// "88,05 % · Không đạt", or the value alone when there are no status words.
    pub fn value_with_status(&self) -> String {
        if self.status_text.is_empty() {
            self.value_text.clone()
        } else {
            format!("{} · {}", self.value_text, self.status_text)
        }
    }
}

/// Horizontal stacked bars: statuses per domain, or composition parts per term.
#[derive(Debug, Clone, PartialEq)]
pub struct StackedChart {
    pub title: String,
    pub description: String,
    pub rows: Vec<StackedRow>,
    pub legend: Vec<(String, Colour)>,
    pub lang: Lang,
    pub axis_label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StackedRow {
    pub key: String,
    pub label: String,
    pub segments: Vec<Segment>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    pub label: String,
    pub value: f64,
    pub value_label: String,
    pub colour: Colour,
}

/// A bullet graph: the result as a bar, the target as a marker, qualitative bands behind.
#[derive(Debug, Clone, PartialEq)]
pub struct BulletChart {
    pub title: String,
    pub description: String,
    pub value: Option<f64>,
    pub value_label: String,
    pub target: Option<f64>,
    pub target_label: String,
    /// Upper ends of the qualitative bands (poor, fair, good), in the indicator's unit.
    pub bands: [f64; 3],
    pub axis_max: f64,
    pub status: Option<Status>,
    pub status_label: String,
    pub unit: String,
    pub lang: Lang,
}

/// Vertical columns per category (terms, or periods inside a term) with a target marker on each.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnChart {
    pub title: String,
    pub description: String,
    pub unit: String,
    pub columns: Vec<Column>,
    pub lang: Lang,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub key: String,
    pub label: String,
    pub value: Option<f64>,
    pub value_label: String,
    pub target: Option<f64>,
    pub target_label: String,
    pub status: Option<Status>,
}
