//! Composition indicators (the economic structure) of a locality, per term.

use super::spec::{Colour, Segment, StackedChart, StackedRow};
use crate::format;
use crate::i18n::Lang;
use crate::index::DatasetIndex;
use crate::model::{IndicatorKind, Record};

/// Composition indicators of a locality: target and result parts per term.
pub fn structure(index: &DatasetIndex, locality: &str, lang: Lang) -> StackedChart {
    let dataset = index.dataset();
    let mut rows = Vec::new();
    let mut legend: Vec<(String, Colour)> = Vec::new();
    for indicator in dataset.indicators.iter().filter(|indicator| indicator.kind == IndicatorKind::Composition) {
        for term in &dataset.terms {
            if let Some(row) = index.row(locality, &term.id, &indicator.id) {
                rows.extend(composition_rows(
                    row.record,
                    &format!("{}-{}", indicator.id, term.id),
                    &term.id,
                    lang,
                    &mut legend,
                ));
            }
        }
    }
    let locality_name = dataset.locality(locality).map_or(locality, |found| found.name.get(lang));
    let description = if rows.is_empty() {
        match lang {
            Lang::Vi => format!("{locality_name}: không có chỉ tiêu cơ cấu."),
            Lang::En => format!("{locality_name}: no composition indicator."),
        }
    } else {
        let parts: Vec<String> = rows
            .iter()
            .map(|row| {
                format!(
                    "{}: {}",
                    row.label,
                    row.segments.iter().map(|s| s.value_label.clone()).collect::<Vec<_>>().join(", ")
                )
            })
            .collect();
        format!("{locality_name} — {}.", parts.join("; "))
    };
    StackedChart {
        title: match lang {
            Lang::Vi => format!("{locality_name}: cơ cấu kinh tế qua các nhiệm kỳ"),
            Lang::En => format!("{locality_name}: economic structure across terms"),
        },
        description,
        rows,
        legend,
        lang,
        value_axis: true,
        axis_label: "%".to_string(),
    }
}

/// The rows of one composition record: the target's parts, then each result's, labelled
/// "`label` (mục tiêu)", "`label` (kết quả)". A part keeps one colour in `legend` however it is spelt
/// ("thuỷ sản", "thủy sản").
pub(super) fn composition_rows(
    record: &Record,
    key: &str,
    label: &str,
    lang: Lang,
    legend: &mut Vec<(String, Colour)>,
) -> Vec<StackedRow> {
    let mut colour_of = |name: &str| {
        if let Some((_, colour)) = legend.iter().find(|(known, _)| crate::vietnamese::same_name(known, name)) {
            return *colour;
        }
        let colour = Colour::Series(legend.len());
        legend.push((name.to_string(), colour));
        colour
    };
    let target_parts = record.target.as_ref().map(|target| target.parts.clone()).unwrap_or_default();
    // Results list their parts in the target's order (however each is spelt), so the bars line up.
    let position_in_target = |name: &str| {
        target_parts.iter().position(|target| crate::vietnamese::same_name(&target.part.vi, name)).unwrap_or(usize::MAX)
    };
    let mut readings = vec![(lang.pick("mục tiêu", "target"), target_parts.clone())];
    for outcome in &record.results {
        let mut parts = outcome.parts.clone();
        parts.sort_by_key(|part| position_in_target(&part.part.vi));
        readings.push((lang.pick("kết quả", "result"), parts));
    }
    readings
        .into_iter()
        .filter(|(_, parts)| !parts.is_empty())
        .map(|(what, parts)| StackedRow {
            key: format!("{key}-{what}"),
            label: format!("{label} ({what})"),
            segments: parts
                .iter()
                .map(|part| {
                    let name = part.part.get(lang).to_string();
                    Segment {
                        colour: colour_of(&name),
                        inner_text: None,
                        value_label: format!("{name}: {}", format::percent(part.value, lang)),
                        label: name,
                        value: part.value,
                    }
                })
                .collect(),
        })
        .collect()
}

/// Localities that have a composition indicator, in the order of their first such record.
pub fn localities_with_structure(index: &DatasetIndex) -> Vec<String> {
    let dataset = index.dataset();
    let composition_indicators: Vec<&str> = dataset
        .indicators
        .iter()
        .filter(|indicator| indicator.kind == IndicatorKind::Composition)
        .map(|indicator| indicator.id.as_str())
        .collect();
    // Ids to positions, the one type of map the browser's code has (the positions are not read).
    let mut seen = crate::Ids::default();
    dataset
        .records
        .iter()
        .filter(|record| composition_indicators.contains(&record.indicator.as_str()))
        .filter(|record| seen.insert(record.locality.clone(), 0).is_none())
        .map(|record| record.locality.clone())
        .collect()
}
