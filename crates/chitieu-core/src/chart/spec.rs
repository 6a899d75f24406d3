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
    /// The start of the value axis, at most 0: bars run from 0 to their value, to the left of
    /// the zero line when negative; bars below it are drawn broken.
    pub axis_min: f64,
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
    /// The source gives two figures that lead to two statuses ("Không đạt hoặc vượt"): the bar is
    /// drawn broken up, with "?" for its symbol, so it does not read as a plain failure or success.
    pub contested: bool,
    /// What the % is of, for the table twin and its CSV (an official pastes the figures, not only
    /// the %): the indicator's unit, and its target and result as the views word them, with the
    /// number where there is one.
    pub unit: String,
    pub target: super::table::Cell,
    pub result: super::table::Cell,
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
    /// Whether the value axis (ticks and its label) is drawn: not for a done / not done chart.
    pub value_axis: bool,
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
    /// Written inside the segment instead of its value (a milestone's "Đã hoàn thành").
    pub inner_text: Option<String>,
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
    /// For a target not yet due: the value the path to the target expects by the dataset's date,
    /// and its label ("Dự kiến đến 30/09/2026: 57,5 %").
    pub expected: Option<(f64, String)>,
    /// The qualitative bands behind the bar, left to right, in the indicator's unit, within the
    /// axis: from poor to good in the direction that is better (so for a lower-is-better indicator
    /// the good band is on the left). Empty when there is no target to judge by.
    pub bands: Vec<QualitativeBand>,
    /// The start of the value axis, at most 0; the result bar runs from 0 to the result.
    pub axis_min: f64,
    /// The end of the value axis, at least 0.
    pub axis_max: f64,
    pub status: Option<Status>,
    pub status_label: String,
    pub unit: String,
    pub lang: Lang,
}

/// One qualitative band of a bullet graph: the values from `from` to `to` are `quality`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct QualitativeBand {
    pub from: f64,
    pub to: f64,
    pub quality: BandQuality,
}

/// How good the values of a qualitative band are against the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BandQuality {
    /// Below 50 % of target.
    Poor,
    /// From 50 % to 90 % of target.
    Fair,
    /// From 90 % of target up.
    Good,
}

/// Vertical columns per category (terms, or periods inside a term) with a target marker on each.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnChart {
    pub title: String,
    pub description: String,
    /// What the columns are, for the table's first header: terms, periods or places.
    pub category: String,
    pub unit: String,
    pub columns: Vec<Column>,
    /// Columns left out of the chart for room (a province's hundreds of places): the table lists
    /// them between the first and the second half of `columns`.
    pub omitted: Vec<Column>,
    /// Of many places, those without a % of target (no result, or no target): not drawn among the
    /// lowest, listed last in the table.
    pub unranked: Vec<Column>,
    /// The bottom of the value axis, at most 0: columns run from 0 to their value, downwards when
    /// negative.
    pub axis_min: f64,
    /// The top of the value axis, at least 0.
    pub axis_max: f64,
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
    /// The status in words where they say more than its name ("Vượt (theo nguồn)"), for the table
    /// and its CSV; empty otherwise.
    pub status_text: String,
    /// The place on screen, among others compared: drawn apart.
    pub highlighted: bool,
}

/// A dot plot of places on a 0–100 % axis (a province's communes by the share of targets met),
/// one square per place, piled where shares are close.
#[derive(Debug, Clone, PartialEq)]
pub struct DotChart {
    pub title: String,
    pub description: String,
    pub axis_label: String,
    /// In the dataset's order of places.
    pub dots: Vec<Dot>,
    /// The places with nothing to draw (nothing counted), by name.
    pub without: Vec<String>,
    /// What the dots count, as the table's headers: what is counted (met; on pace or ahead) and of
    /// what (due; all targets).
    pub counted: [&'static str; 2],
    pub lang: Lang,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Dot {
    /// The locality id, for opening it.
    pub key: String,
    pub label: String,
    /// Targets met (achieved or exceeded), of those due (`judged`: met, not met, or due without a
    /// result); in a term under way with nothing due, targets on pace or ahead of all its targets.
    pub met: u32,
    pub judged: u32,
    /// `met` as a share of `judged`, from 0 to 100.
    pub value: f64,
    /// "9/22 đạt (40,91 %)".
    pub value_text: String,
    /// The place on screen, drawn apart.
    pub highlighted: bool,
}

/// A value axis that includes zero and every one of `values`, with `headroom` (a fraction of the
/// span) beyond the data on each side that has data: (0, 1) when there is nothing to show.
pub fn value_axis(values: impl IntoIterator<Item = f64>, headroom: f64) -> (f64, f64) {
    let (lowest, highest) = values
        .into_iter()
        .filter(|value| value.is_finite())
        .fold((0.0_f64, 0.0_f64), |(lowest, highest), value| (lowest.min(value), highest.max(value)));
    let span = highest - lowest;
    if span <= 0.0 {
        return (0.0, 1.0);
    }
    let axis_min = if lowest < 0.0 { lowest - headroom * span } else { 0.0 };
    let axis_max = if highest > 0.0 { highest + headroom * span } else { 0.0 };
    (axis_min, axis_max)
}
