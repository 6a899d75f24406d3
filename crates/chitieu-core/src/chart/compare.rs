//! One indicator across localities, and the indicators worth comparing.

use std::collections::HashSet;

use super::indicator::{column_axis, record_column};
use super::spec::{Column, ColumnChart};
use super::words::columns_sentence;
use crate::i18n::Lang;
use crate::index::{DatasetIndex, Row};
use crate::model::{Indicator, Record};

/// One indicator across localities: each locality's result, with its target as a marker. With
/// `term`, only that term's records (the term on screen; one column when only one locality
/// reports the indicator there, `None` when none does): a comparison never shows another term's
/// figures under the term the screen names. Without `term`, every term's (each column names its
/// term).
pub fn compare(index: &DatasetIndex, indicator_id: &str, term: Option<&str>, lang: Lang) -> Option<ColumnChart> {
    let dataset = index.dataset();
    let indicator = dataset.indicator(indicator_id)?;
    let unit = indicator.unit.get(lang).to_string();
    let rows: Vec<Row<'_>> = index
        .rows_of_indicator(indicator_id)
        .into_iter()
        .filter(|row| term.is_none_or(|term| row.record.term == term))
        .collect();
    let scope = term;
    if rows.is_empty() {
        return None;
    }
    let columns: Vec<Column> = rows
        .iter()
        .map(|row| {
            let record = row.record;
            let locality = dataset.locality(&record.locality).map_or(record.locality.as_str(), |l| l.name.get(lang));
            let key = format!("{}|{}", record.locality, record.term);
            record_column(*row, key, format!("{locality} {}", record.term), lang)
        })
        .collect();
    let name = indicator.name.get(lang);
    let scope_text = match (scope, lang) {
        (Some(term), _) => term.to_string(),
        (None, Lang::Vi) => "các nhiệm kỳ".to_string(),
        (None, Lang::En) => "all terms".to_string(),
    };
    let (axis_min, axis_max) = column_axis(&columns);
    Some(ColumnChart {
        title: match lang {
            Lang::Vi => format!("{name}: so sánh các địa phương ({scope_text})"),
            Lang::En => format!("{name}: localities compared ({scope_text})"),
        },
        description: columns_sentence(&columns, name, lang),
        unit,
        columns,
        axis_min,
        axis_max,
        lang,
    })
}

/// Indicators that more than one locality reports in `term`: the ones worth comparing in the term
/// on screen, those with the most results in it first.
pub fn comparable_indicators_in_term<'a>(index: &'a DatasetIndex, term: &str) -> Vec<&'a Indicator> {
    let found: Vec<(usize, &Indicator)> = index
        .dataset()
        .indicators
        .iter()
        .filter_map(|indicator| {
            let records: Vec<&Record> =
                index.records_of_indicator(&indicator.id).filter(|record| record.term == term).collect();
            let localities: HashSet<&str> = records.iter().map(|record| record.locality.as_str()).collect();
            let with_a_result =
                records.iter().filter(|record| record.results.iter().any(|outcome| outcome.value.is_some())).count();
            (localities.len() > 1).then_some((with_a_result, indicator))
        })
        .collect();
    most_results_first(found)
}

/// Indicators that more than one locality reports (in any term): the ones worth comparing, those
/// with the most results first.
pub fn comparable_indicators(index: &DatasetIndex) -> Vec<&Indicator> {
    let found: Vec<(usize, &Indicator)> = index
        .dataset()
        .indicators
        .iter()
        .filter(|indicator| {
            let localities: HashSet<&str> =
                index.records_of_indicator(&indicator.id).map(|record| record.locality.as_str()).collect();
            localities.len() > 1
        })
        .map(|indicator| {
            let with_a_result = index
                .records_of_indicator(&indicator.id)
                .filter(|record| record.results.iter().any(|outcome| outcome.value.is_some()))
                .count();
            (with_a_result, indicator)
        })
        .collect();
    most_results_first(found)
}

/// The indicators, those with the most results first; a stable sort, so that indicators with as
/// many results keep the dataset's order.
fn most_results_first(mut found: Vec<(usize, &Indicator)>) -> Vec<&Indicator> {
    found.sort_by_key(|(with_a_result, _)| std::cmp::Reverse(*with_a_result));
    found.into_iter().map(|(_, indicator)| indicator).collect()
}
