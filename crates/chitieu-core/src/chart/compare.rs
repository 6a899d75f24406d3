//! One indicator across localities, and the indicators worth comparing.

use super::indicator::{column_axis, record_column};
use super::spec::{Column, ColumnChart};
use super::words::columns_sentence;
use crate::format;
use crate::i18n::Lang;
use crate::index::{DatasetIndex, Row};
use crate::model::{Indicator, Record};

/// With more places than this, a comparison draws the best and the worst `MANY_PLACES / 2` (by %
/// of target) and lists every place in its table.
pub const MANY_PLACES: usize = 20;

/// One indicator across localities: each locality's result, with its target as a marker. With
/// `term`, only that term's records (the term on screen; one column when only one locality
/// reports the indicator there, `None` when none does): a comparison never shows another term's
/// figures under the term the screen names. Without `term`, every term's (each column names its
/// term). The columns of `on_screen` (a locality id) are drawn apart; of many places, the sentence
/// says where it ranks.
pub fn compare(
    index: &DatasetIndex,
    indicator_id: &str,
    term: Option<&str>,
    on_screen: Option<&str>,
    lang: Lang,
) -> Option<ColumnChart> {
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
    let mut rows = rows;
    let many = rows.len() > MANY_PLACES;
    if many {
        // Best first: % of target already counts the indicator's direction; none last.
        rows.sort_by(|first, second| {
            let percent = |row: &Row<'_>| row.evaluation.percent_of_target.unwrap_or(f64::NEG_INFINITY);
            percent(second).total_cmp(&percent(first))
        });
    }
    let mut columns: Vec<Column> = rows
        .iter()
        .map(|row| {
            let record = row.record;
            // Namesakes with their district: a figure must say which commune it is once exported.
            let locality = super::words::unit_name(index, &record.locality, lang);
            let key = format!("{}|{}", record.locality, record.term);
            // Within one term the column is the place alone (the title names the term).
            let label = if scope.is_some() { locality.to_string() } else { format!("{locality} {}", record.term) };
            Column { highlighted: on_screen == Some(record.locality.as_str()), ..record_column(*row, key, label, lang) }
        })
        .collect();
    let name = indicator.name.get(lang);
    let scope_text = match (scope, lang) {
        (Some(term), _) => term.to_string(),
        (None, Lang::Vi) => "các nhiệm kỳ".to_string(),
        (None, Lang::En) => "all terms".to_string(),
    };
    let count = columns.len();
    // Of many places, those without a % of target (last, as sorted) are not ranked: drawn, they
    // would stand among the lowest in place of the places that fell short.
    let ranked = rows.iter().filter(|row| row.evaluation.percent_of_target.is_some()).count();
    let unranked = if many { columns.split_off(ranked) } else { Vec::new() };
    let unranked_said = match (unranked.len(), lang) {
        (0, _) => String::new(),
        (n, Lang::Vi) => {
            format!(" {n} nơi chưa có % mục tiêu (chưa có kết quả hoặc mục tiêu) không được xếp hạng.")
        }
        (n, Lang::En) => format!(" {n} places without a % of target (no result or no target) are not ranked."),
    };
    let (title, description, omitted) = if many && ranked >= MANY_PLACES {
        let half = MANY_PLACES / 2;
        let omitted: Vec<Column> = columns.drain(half..ranked - half).collect();
        let met = rows.iter().filter(|row| row.evaluation.status.is_some_and(crate::model::Status::is_met)).count();
        // Ranked by % of target, and said so: the lowest by % may have a higher result than
        // others drawn, whose targets are lower.
        let said = |column: &Column, row: &Row<'_>| {
            let percent = row.evaluation.percent_of_target.map(|percent| format::percent(percent, lang));
            match percent {
                Some(percent) => format!(
                    "{} ({percent} {}: {})",
                    column.label,
                    lang.pick("mục tiêu", "of target"),
                    column.value_label
                ),
                None => format!("{} ({})", column.label, column.value_label),
            }
        };
        let (best, worst) = (said(&columns[0], &rows[0]), said(&columns[columns.len() - 1], &rows[ranked - 1]));
        // Where the place on screen stands, drawn or not.
        let own = rows.iter().position(|row| on_screen == Some(row.record.locality.as_str())).and_then(|rank| {
            let key = format!("{}|{}", rows[rank].record.locality, rows[rank].record.term);
            Some((rank, columns.iter().chain(&omitted).chain(&unranked).find(|column| column.key == key)?))
        });
        let own = own.map_or(String::new(), |(rank, column)| match lang {
            _ if rank >= ranked => format!(" {}.", said(column, &rows[rank])),
            Lang::Vi => format!(" {}: thứ {}/{ranked}.", said(column, &rows[rank]), rank + 1),
            Lang::En => format!(" {}: {} of {ranked}.", said(column, &rows[rank]), rank + 1),
        });
        let description = match lang {
            Lang::Vi => format!(
                "{name} ({scope_text}), {count} địa phương: {met} đạt hoặc vượt mục tiêu; theo % mục tiêu, cao nhất {best}, thấp nhất {worst}. \
                 Biểu đồ vẽ {half} nơi cao nhất và {half} nơi thấp nhất theo % mục tiêu; bảng số liệu liệt kê đủ {count} nơi.{unranked_said}{own}"
            ),
            Lang::En => format!(
                "{name} ({scope_text}), {count} localities: {met} met or exceeded the target; by % of target, highest {best}, lowest {worst}. \
                 The chart draws the {half} highest and the {half} lowest by % of target; the data table lists all {count}.{unranked_said}{own}"
            ),
        };
        let title = match lang {
            Lang::Vi => format!("{name}: {half} cao nhất và {half} thấp nhất trong {count} địa phương ({scope_text})"),
            Lang::En => format!("{name}: the {half} highest and {half} lowest of {count} localities ({scope_text})"),
        };
        (title, description, omitted)
    } else {
        let title = match lang {
            Lang::Vi => format!("{name}: so sánh các địa phương ({scope_text})"),
            Lang::En => format!("{name}: localities compared ({scope_text})"),
        };
        (title, columns_sentence(&columns, name, lang) + &unranked_said, Vec::new())
    };
    let (axis_min, axis_max) = column_axis(&columns);
    let category = lang.pick("Địa phương", "Place").to_string();
    Some(ColumnChart { title, description, category, unit, columns, omitted, unranked, axis_min, axis_max, lang })
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
            let several = records.iter().any(|record| record.locality != records[0].locality);
            let with_a_result =
                records.iter().filter(|record| record.results.iter().any(|outcome| outcome.value.is_some())).count();
            several.then_some((with_a_result, indicator))
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
            let mut localities = index.records_of_indicator(&indicator.id).map(|record| &record.locality);
            let first = localities.next();
            localities.any(|locality| Some(locality) != first)
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
