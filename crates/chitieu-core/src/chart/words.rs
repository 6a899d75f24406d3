//! Wording shared by the builders: place names, statuses, targets, results, findings and the
//! sentence under a column chart.

use super::spec::Column;
use crate::evaluate::{Evaluation, Finding, StatusOrigin};
use crate::format;
use crate::i18n::{status_name, Lang};
use crate::model::{Dataset, Indicator, Outcome, Record, TargetShape};

/// "Bến Sung, 2020-2025".
pub fn place_name(dataset: &Dataset, locality: &str, term: &str, lang: Lang) -> String {
    let name = dataset.locality(locality).map_or(locality, |locality| locality.name.get(lang));
    format!("{name}, {term}")
}

pub(super) fn status_words(evaluation: &Evaluation, lang: Lang) -> String {
    match evaluation.effective_status() {
        Some((status, StatusOrigin::Computed)) => status_name(status, lang).to_string(),
        Some((status, StatusOrigin::Stated)) => {
            format!("{} ({})", status_name(status, lang), lang.pick("theo nguồn", "as stated"))
        }
        None => lang.pick("không có mục tiêu", "no target").to_string(),
    }
}

/// The target in words: "≥ 96 %", "14/16 khu phố", "đạt vào năm 2028", "87 triệu đồng (suy ra)".
pub fn target_phrase(
    shape: Option<&TargetShape>,
    derived_value: Option<f64>,
    derived: bool,
    unit: &str,
    record: &Record,
    lang: Lang,
) -> String {
    let amount = |value: f64| format::with_unit(value, unit, lang);
    let deadline = record.target.as_ref().and_then(|target| target.deadline_year);
    let text = match shape {
        Some(TargetShape::Level { value }) => amount(*value),
        Some(TargetShape::AtLeast { value }) => format!("≥ {}", amount(*value)),
        Some(TargetShape::AtMost { value }) => format!("≤ {}", amount(*value)),
        Some(TargetShape::Below { value }) => format!("< {}", amount(*value)),
        Some(TargetShape::Above { value }) => format!("> {}", amount(*value)),
        Some(TargetShape::Range { min, max }) => {
            format!("{}–{}", format::number(*min, lang), amount(*max))
        }
        Some(TargetShape::AnnualAverage { value }) => match lang {
            Lang::Vi => format!("bình quân {} mỗi năm", amount(*value)),
            Lang::En => format!("{} a year on average", amount(*value)),
        },
        Some(TargetShape::AverageGrowth { value }) => match lang {
            Lang::Vi => format!("tăng bình quân {} %/năm", format::number(*value, lang)),
            Lang::En => format!("{} % average yearly growth", format::number(*value, lang)),
        },
        Some(TargetShape::CountOfTotal { count, total }) => {
            format!("{}/{} {unit}", format::number(*count, lang), format::number(*total, lang))
        }
        Some(TargetShape::Composition { parts, .. }) => parts
            .iter()
            .map(|part| format!("{} {}", part.part.get(lang), format::percent(part.value, lang)))
            .collect::<Vec<_>>()
            .join("; "),
        Some(TargetShape::Milestone) => match (lang, deadline) {
            (Lang::Vi, Some(year)) => format!("hoàn thành vào năm {year}"),
            (Lang::Vi, None) => "hoàn thành trong nhiệm kỳ".to_string(),
            (Lang::En, Some(year)) => format!("done by {year}"),
            (Lang::En, None) => "done within the term".to_string(),
        },
        Some(TargetShape::ChangePerYear { value }) => {
            let size = amount(value.abs());
            match (lang, *value < 0.0) {
                (Lang::Vi, true) => format!("giảm {size}"),
                (Lang::Vi, false) => format!("tăng {size}"),
                (Lang::En, true) => format!("down {size}"),
                (Lang::En, false) => format!("up {size}"),
            }
        }
        None => match derived_value {
            Some(value) => amount(value),
            None => return lang.pick("không nêu", "not stated").to_string(),
        },
    };
    if derived {
        format!("{text} ({})", lang.pick("suy ra từ kết quả", "derived from the result"))
    } else {
        text
    }
}

/// A result in words: "ước 76,6 triệu đồng (2025)", "11/16 khu phố", "đã hoàn thành".
pub fn outcome_phrase(outcome: &Outcome, indicator: &Indicator, unit: &str, lang: Lang) -> String {
    let mut text = if let Some(done) = outcome.done {
        match (lang, done) {
            (Lang::Vi, true) => "đã hoàn thành".to_string(),
            (Lang::Vi, false) => "chưa hoàn thành".to_string(),
            (Lang::En, true) => "done".to_string(),
            (Lang::En, false) => "not done".to_string(),
        }
    } else if !outcome.parts.is_empty() {
        outcome
            .parts
            .iter()
            .map(|part| format!("{} {}", part.part.get(lang), format::percent(part.value, lang)))
            .collect::<Vec<_>>()
            .join("; ")
    } else if let (Some(value), Some(total)) = (outcome.value, outcome.total) {
        format!("{}/{} {unit}", format::number(value, lang), format::number(total, lang))
    } else if let Some(value) = outcome.value {
        let _ = indicator;
        format::with_unit(value, unit, lang)
    } else {
        "—".to_string()
    };
    if outcome.estimated {
        text = format!("{} {text}", lang.pick("ước", "est."));
    }
    match (outcome.period.year, outcome.period.quarter) {
        (Some(year), Some(quarter)) => text.push_str(&format!(" ({} {quarter}/{year})", lang.pick("quý", "Q"))),
        (Some(year), None) => text.push_str(&format!(" ({year})")),
        _ => {}
    }
    text
}

pub(super) fn finding_words(
    finding: &Finding,
    record: &Record,
    indicator: &Indicator,
    unit: &str,
    lang: Lang,
) -> String {
    match finding {
        Finding::StatedStatusDisagrees { stated, computed } => match lang {
            Lang::Vi => format!(
                "Nguồn đánh giá \"{}\", nhưng tính từ số liệu là \"{}\".",
                status_name(*stated, lang),
                status_name(*computed, lang)
            ),
            Lang::En => format!(
                "The source says \"{}\", but the figures give \"{}\".",
                status_name(*stated, lang),
                status_name(*computed, lang)
            ),
        },
        Finding::ContradictoryResults { first, second } => {
            let a = outcome_phrase(&record.results[*first], indicator, unit, lang);
            let b = outcome_phrase(&record.results[*second], indicator, unit, lang);
            match lang {
                Lang::Vi => {
                    format!("Nguồn đưa hai số liệu mâu thuẫn: {a} và {b}; trạng thái tính theo số liệu thứ nhất.")
                }
                Lang::En => {
                    format!("The source gives two contradictory figures: {a} and {b}; the status uses the first.")
                }
            }
        }
        Finding::InconsistentImpliedTargets { from_percent, from_margin } => match lang {
            Lang::Vi => format!(
                "\"% mục tiêu\" và mức vượt mà nguồn nêu suy ra hai mục tiêu khác nhau: {} và {}.",
                format::with_unit(*from_percent, unit, lang),
                format::with_unit(*from_margin, unit, lang)
            ),
            Lang::En => format!(
                "The source's \"% of target\" and its margin imply two different targets: {} and {}.",
                format::with_unit(*from_percent, unit, lang),
                format::with_unit(*from_margin, unit, lang)
            ),
        },
        Finding::ImpliedTargetDiffers { stated, implied } => match lang {
            Lang::Vi => format!(
                "Mục tiêu ghi là {}, nhưng \"% mục tiêu\" của kết quả suy ra {}.",
                format::with_unit(*stated, unit, lang),
                format::with_unit(*implied, unit, lang)
            ),
            Lang::En => format!(
                "The target is {}, but the result's \"% of target\" implies {}.",
                format::with_unit(*stated, unit, lang),
                format::with_unit(*implied, unit, lang)
            ),
        },
    }
}

pub(super) fn columns_sentence(columns: &[Column], subject: &str, lang: Lang) -> String {
    let parts: Vec<String> = columns
        .iter()
        .map(|column| match lang {
            Lang::Vi => format!("{}: mục tiêu {}, kết quả {}", column.label, column.target_label, column.value_label),
            Lang::En => format!("{}: target {}, result {}", column.label, column.target_label, column.value_label),
        })
        .collect();
    format!("{subject} — {}.", parts.join("; "))
}
