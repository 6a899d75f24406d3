//! The detail of one indicator: its bullet graph, its values across terms and within the term,
//! where each figure was read, and what the sources disagree on.

use super::spec::{BulletChart, Column, ColumnChart};
use super::words::{columns_sentence, finding_words, outcome_phrase, place_name, status_words, target_phrase};
use crate::format;
use crate::i18n::{status_name, Lang};
use crate::index::{DatasetIndex, Row};
use crate::model::{Indicator, Outcome, Status, Term};

/// Everything the detail view shows about one indicator of one locality and term.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorDetail {
    pub name: String,
    pub domain: String,
    pub unit: String,
    pub direction: String,
    pub status: Option<Status>,
    pub status_label: String,
    pub percent_of_target: Option<String>,
    pub bullet: BulletChart,
    pub across_terms: ColumnChart,
    /// The yearly or quarterly values inside the term, when there are at least two.
    pub series: Option<ColumnChart>,
    pub provenance: Vec<ProvenanceItem>,
    /// Disagreements and contradictions, in words.
    pub findings: Vec<String>,
}

/// One figure and where it was read.
#[derive(Debug, Clone, PartialEq)]
pub struct ProvenanceItem {
    pub what: String,
    pub source_title: String,
    pub file: String,
    pub quote: String,
}

/// The detail of `indicator_id` for `locality` in `term`, read from the stored evaluation; `None`
/// when the dataset has no such record.
pub fn indicator_detail(
    index: &DatasetIndex,
    locality: &str,
    term: &str,
    indicator_id: &str,
    lang: Lang,
) -> Option<IndicatorDetail> {
    let dataset = index.dataset();
    let term_ref = dataset.term(term)?;
    let row = index.row(locality, term, indicator_id)?;
    let Row { record, indicator, evaluation } = row;
    let unit = indicator.unit.get(lang).to_string();
    let place = place_name(dataset, locality, term, lang);
    let name = indicator.name.get(lang).to_string();
    let shape = record.target.as_ref().and_then(|target| target.shape().ok());
    let result = evaluation.assessed_result.map(|position| &record.results[position]);
    let result_value = result.and_then(|result| result.value);
    let status = evaluation.effective_status().map(|(status, _)| status);
    let status_label = status_words(evaluation, lang);
    let target_text =
        target_phrase(shape.as_ref(), evaluation.target_value, evaluation.target_derived, &unit, record, lang);
    let result_text = result.map(|result| outcome_phrase(result, indicator, &unit, lang));
    let percent = evaluation.percent_of_target.map(|percent| format::percent(percent, lang));
    let description =
        detail_sentence(&name, &place, &target_text, result_text.as_deref(), percent.as_deref(), &status_label, lang);

    let target = evaluation.target_value;
    let reach = [target.unwrap_or(0.0), result_value.unwrap_or(0.0)].into_iter().fold(0.0, f64::max);
    let axis_max = if reach > 0.0 { reach * 1.25 } else { 1.0 };
    let bands = match (target, indicator.direction) {
        (Some(target), _) if target > 0.0 => [target * 0.5, target * 0.9, axis_max],
        _ => [axis_max / 3.0, axis_max * 2.0 / 3.0, axis_max],
    };
    let bullet = BulletChart {
        title: match lang {
            Lang::Vi => format!("{name} — {place}: kết quả và mục tiêu"),
            Lang::En => format!("{name} — {place}: result and target"),
        },
        description: description.clone(),
        value: result_value,
        value_label: result_text.clone().unwrap_or_else(|| lang.pick("chưa có kết quả", "no result yet").to_string()),
        target,
        target_label: target_text.clone(),
        bands,
        axis_max,
        status,
        status_label: status_label.clone(),
        unit: unit.clone(),
        lang,
    };

    let mut provenance = Vec::new();
    let mut cite = |what: String, source: &crate::model::Provenance| {
        let found = dataset.source(&source.source);
        provenance.push(ProvenanceItem {
            what,
            source_title: found.map_or(source.source.clone(), |found| found.title.get(lang).to_string()),
            file: found.map_or(String::new(), |found| found.file.clone()),
            quote: source.quote.clone(),
        });
    };
    if let Some(target) = &record.target {
        cite(format!("{}: {target_text}", lang.pick("Mục tiêu", "Target")), &target.source);
    }
    for outcome in &record.results {
        cite(
            format!("{}: {}", lang.pick("Kết quả", "Result"), outcome_phrase(outcome, indicator, &unit, lang)),
            &outcome.source,
        );
    }
    if let Some(stated) = &record.stated_status {
        cite(
            format!("{}: {}", lang.pick("Nguồn đánh giá", "The source assesses"), status_name(stated.status, lang)),
            &stated.source,
        );
    }

    let findings =
        evaluation.findings.iter().map(|finding| finding_words(finding, record, indicator, &unit, lang)).collect();
    Some(IndicatorDetail {
        name,
        domain: dataset
            .domain(&indicator.domain)
            .map_or(indicator.domain.clone(), |domain| domain.name.get(lang).to_string()),
        unit,
        direction: crate::i18n::direction_name(indicator.direction, lang).to_string(),
        status,
        status_label,
        percent_of_target: percent,
        bullet,
        across_terms: across_terms(index, locality, indicator, lang),
        series: in_term_series(row, term_ref, lang),
        provenance,
        findings,
    })
}

fn detail_sentence(
    name: &str,
    place: &str,
    target: &str,
    result: Option<&str>,
    percent: Option<&str>,
    status: &str,
    lang: Lang,
) -> String {
    let percent = percent.map(|percent| format!(" ({percent})")).unwrap_or_default();
    match (lang, result) {
        (Lang::Vi, Some(result)) => {
            format!("{name}, {place}: mục tiêu {target}, đạt {result}{percent} — {}.", status.to_lowercase())
        }
        (Lang::Vi, None) => format!("{name}, {place}: mục tiêu {target}; chưa có kết quả — {}.", status.to_lowercase()),
        (Lang::En, Some(result)) => {
            format!("{name}, {place}: target {target}, result {result}{percent} — {}.", status.to_lowercase())
        }
        (Lang::En, None) => format!("{name}, {place}: target {target}; no result yet — {}.", status.to_lowercase()),
    }
}

/// Target and result of one indicator for one locality across the terms the dataset has.
pub fn across_terms(index: &DatasetIndex, locality: &str, indicator: &Indicator, lang: Lang) -> ColumnChart {
    let dataset = index.dataset();
    let unit = indicator.unit.get(lang).to_string();
    let columns: Vec<Column> = dataset
        .terms
        .iter()
        .filter_map(|term| {
            let row = index.row(locality, &term.id, &indicator.id)?;
            Some(record_column(row, term.id.clone(), term.id.clone(), lang))
        })
        .collect();
    let locality_name = dataset.locality(locality).map_or(locality, |found| found.name.get(lang));
    let name = indicator.name.get(lang);
    let description = columns_sentence(&columns, &format!("{name}, {locality_name}"), lang);
    ColumnChart {
        title: match lang {
            Lang::Vi => format!("{name} — {locality_name}: qua các nhiệm kỳ"),
            Lang::En => format!("{name} — {locality_name}: across terms"),
        },
        description,
        unit,
        columns,
        lang,
    }
}

/// One record as a column: its assessed result as the bar, its target as the marker.
pub(super) fn record_column(row: Row<'_>, key: String, label: String, lang: Lang) -> Column {
    let Row { record, indicator, evaluation } = row;
    let unit = indicator.unit.get(lang);
    let result = evaluation.assessed_result.map(|position| &record.results[position]);
    let shape = record.target.as_ref().and_then(|target| target.shape().ok());
    Column {
        key,
        label,
        value: result.and_then(|result| result.value),
        value_label: result.map_or_else(
            || lang.pick("chưa có kết quả", "no result").to_string(),
            |result| outcome_phrase(result, indicator, unit, lang),
        ),
        target: evaluation.target_value,
        target_label: target_phrase(
            shape.as_ref(),
            evaluation.target_value,
            evaluation.target_derived,
            unit,
            record,
            lang,
        ),
        status: evaluation.effective_status().map(|(status, _)| status),
    }
}

/// Yearly or quarterly results inside a term, when there are at least two dated ones.
fn in_term_series(row: Row<'_>, term: &Term, lang: Lang) -> Option<ColumnChart> {
    let Row { record, indicator, evaluation } = row;
    let unit = indicator.unit.get(lang).to_string();
    let mut dated: Vec<&Outcome> =
        record.results.iter().filter(|outcome| outcome.period.year.is_some() && outcome.value.is_some()).collect();
    if dated.len() < 2 {
        return None;
    }
    dated.sort_by_key(|outcome| (outcome.period.year, outcome.period.quarter.unwrap_or(5)));
    let columns: Vec<Column> = dated
        .iter()
        .map(|outcome| {
            let label = match (outcome.period.year, outcome.period.quarter) {
                (Some(year), Some(quarter)) => format!("{} {quarter}/{year}", lang.pick("Q", "Q")),
                (Some(year), None) => year.to_string(),
                _ => term.id.clone(),
            };
            Column {
                key: label.clone(),
                label,
                value: outcome.value,
                value_label: outcome_phrase(outcome, indicator, &unit, lang),
                target: evaluation.target_value,
                target_label: evaluation
                    .target_value
                    .map_or_else(String::new, |value| format::with_unit(value, &unit, lang)),
                status: None,
            }
        })
        .collect();
    let name = indicator.name.get(lang);
    Some(ColumnChart {
        title: match lang {
            Lang::Vi => format!("{name}: các kỳ trong nhiệm kỳ {}", term.id),
            Lang::En => format!("{name}: periods within the {} term", term.id),
        },
        description: columns_sentence(&columns, name, lang),
        unit,
        columns,
        lang,
    })
}
