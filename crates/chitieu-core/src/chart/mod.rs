//! Chart specifications as plain data: what each chart shows, its title, its generated sentence
//! (shown under it and used as its accessible description) and its table twin. The rendering
//! layer draws them; tests check them without any backend.
//!
//! The specification types live in `spec`, their table twins in `table`, the explore filter in
//! `filter`, the shared wording in `words`, and the builders in one file per family of views:
//! `overview` (ranking, scorecard sentence, domain breakdown), `indicator` (the detail view),
//! `compare` (one indicator across localities), `places` (a province's places side by side) and
//! `structure` (composition indicators).

/// Any chart, for code that handles charts alike (figures, slides, exports).
#[derive(Debug, Clone, PartialEq)]
pub enum ChartSpec {
    Bars(BarChart),
    Stacked(StackedChart),
    Bullet(BulletChart),
    Columns(ColumnChart),
    Dots(DotChart),
}

impl ChartSpec {
    pub fn title(&self) -> &str {
        match self {
            ChartSpec::Bars(chart) => &chart.title,
            ChartSpec::Stacked(chart) => &chart.title,
            ChartSpec::Bullet(chart) => &chart.title,
            ChartSpec::Columns(chart) => &chart.title,
            ChartSpec::Dots(chart) => &chart.title,
        }
    }
    pub fn description(&self) -> &str {
        match self {
            ChartSpec::Bars(chart) => &chart.description,
            ChartSpec::Stacked(chart) => &chart.description,
            ChartSpec::Bullet(chart) => &chart.description,
            ChartSpec::Columns(chart) => &chart.description,
            ChartSpec::Dots(chart) => &chart.description,
        }
    }
    pub fn table(&self) -> Table {
        match self {
            ChartSpec::Bars(chart) => chart.table(),
            ChartSpec::Stacked(chart) => chart.table(),
            ChartSpec::Bullet(chart) => chart.table(),
            ChartSpec::Columns(chart) => chart.table(),
            ChartSpec::Dots(chart) => chart.table(),
        }
    }
}

mod compare;
mod filter;
mod indicator;
mod overview;
mod places;
mod spec;
mod structure;
mod table;
mod words;

pub use compare::{comparable_indicators, comparable_indicators_in_term, compare, MANY_PLACES};
pub use filter::Filter;
pub use indicator::{across_terms, band_legend, indicator_detail, shown_result, IndicatorDetail, ProvenanceItem};
pub use overview::{
    domain_breakdown, from_source_note, ranking, ranking_slide_sentence, scorecard_headline, scorecard_sentence,
    RANKING_AXIS_CAP, RANKING_AXIS_FLOOR,
};
pub use places::{peers, places, provinces};
pub use spec::{
    value_axis, BandQuality, Bar, BarChart, BulletChart, Colour, Column, ColumnChart, Dot, DotChart, QualitativeBand,
    Segment, StackedChart, StackedRow,
};
pub use structure::{localities_with_structure, structure};
pub use table::{neutralise_formula, Cell, Table};
pub use words::{
    findings_in_words, findings_said_once, isolate_direction, listed_target, outcome_phrase, place_name, sources_line,
    status_words, target_note_in_words, target_phrase, unit_name,
};

#[cfg(test)]
mod tests;
