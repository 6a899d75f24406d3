//! Wording shared by the builders: place names, statuses, targets, results, findings and the
//! sentence under a column chart.

use super::spec::Column;
use crate::evaluate::{DerivedFrom, Evaluation, Finding, StatusOrigin};
use crate::format;
use crate::i18n::{status_name, Lang};
use crate::index::DatasetIndex;
use crate::model::{Indicator, Outcome, Record, TargetShape};

/// "Nguồn: …; …" — the documents the figures of `records` come from, each once (empty when none
/// is cited). Of more than
/// twice `shown`, the first `shown` and how many more (a province's places cite hundreds).
pub fn sources_line<'a>(
    index: &'a DatasetIndex,
    records: impl IntoIterator<Item = &'a Record>,
    shown: usize,
    lang: Lang,
) -> String {
    let mut titles: Vec<&str> = index.cited_sources(records).iter().map(|source| source.title.get(lang)).collect();
    if titles.is_empty() {
        return String::new();
    }
    let more = titles.len().saturating_sub(shown);
    let more = if titles.len() > 2 * shown {
        titles.truncate(shown);
        format!("{}{}{}", lang.pick("; … và ", "; … and "), more, lang.pick(" văn kiện khác", " more documents"))
    } else {
        String::new()
    };
    format!("{}{}{more}", lang.pick("Nguồn: ", "Sources: "), titles.join("; "))
}

/// "Bến Sung, 2020-2025" (`unit_name`, then the term).
pub fn place_name(index: &DatasetIndex, locality: &str, term: &str, lang: Lang) -> String {
    format!("{}, {term}", unit_name(index, locality, lang))
}

/// "Bến Sung". Two units of one name (two "Xã Tân Phú" of a province, "Tân Hòa" and "Tân Hoà";
/// compared without diacritics, so "Tân Hóa" too) are told apart by the unit they belong to:
/// "Xã Tân Phú (Huyện Đông Sơn)".
pub fn unit_name(index: &DatasetIndex, locality: &str, lang: Lang) -> String {
    let dataset = index.dataset();
    let unit = dataset.locality(locality);
    let name = unit.map_or(locality, |locality| locality.name.get(lang));
    let parent = unit
        .filter(|_| index.is_shared_name(name, lang))
        .and_then(|unit| dataset.locality(unit.parent.as_deref()?))
        .map(|parent| parent.name.get(lang));
    match parent {
        Some(parent) => format!("{} ({})", isolate_direction(name), isolate_direction(parent)),
        None => isolate_direction(name).into_owned(),
    }
}

/// Dataset text with right-to-left letters or direction controls (an RTL override, say) is wrapped
/// in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so it cannot reorder the app's own text
/// around it (", 2015-2020" stays after the name). Ordinary text is returned as it is.
pub fn isolate_direction(text: &str) -> std::borrow::Cow<'_, str> {
    let affects_direction = |c: char| {
        matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}'
            | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    };
    if text.chars().any(affects_direction) {
        std::borrow::Cow::Owned(format!("\u{2068}{text}\u{2069}"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

pub fn status_words(evaluation: &Evaluation, lang: Lang) -> String {
    match evaluation.effective_status() {
        Some((status, StatusOrigin::Computed)) => match evaluation.contested_by {
            // Two readings the source gives lead to two statuses: both are the status.
            Some(other) => format!(
                "{} {} {} ({})",
                status_name(status, lang),
                lang.pick("hoặc", "or"),
                status_name(other, lang).to_lowercase(),
                lang.pick("nguồn mâu thuẫn", "the source contradicts itself")
            ),
            // Not yet due says how it is going: "Chưa đến hạn · chậm tiến độ".
            None => match (&evaluation.pace, status) {
                (Some(pace), crate::model::Status::NotYetDue) => format!(
                    "{} · {}",
                    status_name(status, lang),
                    crate::i18n::pace_name(pace.pace, lang).to_lowercase()
                ),
                _ => status_name(status, lang).to_string(),
            },
        },
        Some((status, StatusOrigin::Stated)) => {
            format!("{} ({})", status_name(status, lang), lang.pick("theo nguồn", "as stated"))
        }
        None => lang.pick("không có mục tiêu", "no target").to_string(),
    }
}

/// What stands for a result when there is none yet: "kết quả chưa có", "result none yet".
pub(super) fn no_result_words(lang: Lang) -> String {
    lang.pick("chưa có", "none yet").to_string()
}

/// Whether a unit already says "per year" ("tấn/năm", "tonnes/year"), so that the phrase around
/// it must not say it again.
fn unit_is_per_year(unit: &str) -> bool {
    let unit = unit.to_lowercase();
    ["/năm", "/ năm", "/year", "/ year", "/yr", "per year", "a year", "mỗi năm", "hằng năm", "hàng năm"]
        .iter()
        .any(|per_year| unit.contains(per_year))
}

/// The target in words: "≥ 96 %", "14/16 khu phố", "đạt vào năm 2028", "87 triệu đồng". When the
/// shape is unknown (the target was derived from a result), `target_value` is shown; that it was
/// derived is said once, in words, among the findings (`Finding::TargetDerived`), not here.
pub fn target_phrase(
    shape: Option<&TargetShape>,
    target_value: Option<f64>,
    indicator: &Indicator,
    record: &Record,
    lang: Lang,
) -> String {
    let unit = indicator.unit.get(lang);
    let amount = |value: f64| format::with_unit(value, unit, lang);
    let deadline = record.target.as_ref().and_then(|target| target.deadline_year);
    let every_year = record.target.as_ref().is_some_and(|target| target.every_year);
    let mut text = match shape {
        Some(TargetShape::Level { value }) => amount(*value),
        Some(TargetShape::AtLeast { value }) => format!("≥ {}", amount(*value)),
        Some(TargetShape::AtMost { value }) => format!("≤ {}", amount(*value)),
        Some(TargetShape::Below { value }) => format!("< {}", amount(*value)),
        Some(TargetShape::Above { value }) => format!("> {}", amount(*value)),
        Some(TargetShape::Range { min, max }) => {
            format!("{}–{}", format::number(*min, lang), amount(*max))
        }
        Some(TargetShape::AnnualAverage { value }) => match (lang, unit_is_per_year(unit)) {
            (Lang::Vi, true) => format!("bình quân {}", amount(*value)),
            (Lang::Vi, false) => format!("bình quân {} mỗi năm", amount(*value)),
            (Lang::En, true) => format!("{} on average", amount(*value)),
            (Lang::En, false) => format!("{} a year on average", amount(*value)),
        },
        Some(TargetShape::AverageGrowth { value }) => match lang {
            // A no-break space keeps the number with its unit when a line wraps ("10 / %/năm").
            Lang::Vi => format!("tăng bình quân {}\u{a0}%/năm", format::number(*value, lang)),
            Lang::En => format!("{}\u{a0}% average yearly growth", format::number(*value, lang)),
        },
        Some(TargetShape::CountOfTotal { count, total }) => {
            format!("{}/{} {unit}", format::number(*count, lang), format::number(*total, lang))
        }
        Some(TargetShape::Composition { parts, .. }) => parts
            .iter()
            .map(|part| format!("{} {}", part.part.get(lang), format::percent(part.value, lang)))
            .collect::<Vec<_>>()
            .join("; "),
        // "hằng năm" is added below: "hoàn thành hằng năm", not "trong nhiệm kỳ hằng năm".
        Some(TargetShape::Milestone) if every_year => lang.pick("hoàn thành", "done").to_string(),
        Some(TargetShape::Milestone) => match (lang, deadline) {
            (Lang::Vi, Some(year)) => format!("hoàn thành vào năm {year}"),
            (Lang::Vi, None) => "hoàn thành trong nhiệm kỳ".to_string(),
            (Lang::En, Some(year)) => format!("done by {year}"),
            (Lang::En, None) => "done within the term".to_string(),
        },
        Some(TargetShape::Maintain { value }) => match lang {
            Lang::Vi => format!("duy trì {}", amount(*value)),
            Lang::En => format!("keep {}", amount(*value)),
        },
        Some(TargetShape::GradeAtLeast { grade }) => match lang {
            Lang::Vi => format!("{} trở lên", grade_name(indicator, grade, lang)),
            Lang::En => format!("{} or better", grade_name(indicator, grade, lang)),
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
        None => match target_value {
            Some(value) => amount(value),
            None => lang.pick("không nêu", "not stated").to_string(),
        },
    };
    if let (Some(count), Some(count_unit)) =
        (record.target.as_ref().and_then(|target| target.count), &indicator.count_unit)
    {
        if !matches!(shape, Some(TargetShape::CountOfTotal { .. })) {
            text = format!("{text} ({})", format::with_unit(count, count_unit.get(lang), lang));
        }
    }
    if every_year {
        text = format!("{text} {}", lang.pick("hằng năm", "every year"));
    }
    text
}

/// The target as a list or a table names it, where the findings are not beside it: marked
/// "(suy ra)" when it was derived from a result the source gives as a % of its target (outside
/// tester: "2.013,38 tỷ đồng" read as the resolution's own figure in the overview, the CSV and the
/// slides).
pub fn listed_target(row: crate::index::Row<'_>, lang: Lang) -> String {
    let shape = row.record.target.as_ref().and_then(|target| target.shape().ok());
    let text = target_phrase(shape.as_ref(), row.evaluation.target_value, row.indicator, row.record, lang);
    match row.evaluation.target_derived {
        true => format!("{text} ({})", lang.pick("suy ra", "derived")),
        false => text,
    }
}

/// A grade's name in the language, as the indicator lists it (or as written when it is not listed).
pub fn grade_name(indicator: &Indicator, grade: &str, lang: Lang) -> String {
    crate::evaluate::grade_rank(indicator, grade)
        .map_or_else(|| grade.to_string(), |rank| indicator.grades[rank].get(lang).to_string())
}

/// A value as a result is said: for a target of change per year ("giảm 2,1 điểm %/năm") in the
/// target's own words, "giảm 6,7 điểm %/năm" or "tăng 0,3 điểm %/năm", not "-6,7" (outside tester);
/// so too a fall without a target in a rate that is better lower ("tỷ lệ hộ nghèo giảm bình quân":
/// "giảm 6,7 điểm %/năm"); else the number and its unit.
pub fn value_words(value: f64, record: &Record, indicator: &Indicator, unit: &str, lang: Lang) -> String {
    use crate::model::{Direction, IndicatorKind, ShapeKind};
    let change = match &record.target {
        Some(target) => target.shape == ShapeKind::ChangePerYear,
        None => indicator.kind == IndicatorKind::Rate && indicator.direction == Direction::LowerIsBetter && value < 0.0,
    };
    let amount = format::with_unit(value.abs(), unit, lang);
    match (change, value < 0.0) {
        (false, _) => format::with_unit(value, unit, lang),
        (true, true) => format!("{} {amount}", lang.pick("giảm", "down")),
        (true, false) => format!("{} {amount}", lang.pick("tăng", "up")),
    }
}

/// A result in words: "ước 76,6 triệu đồng (2025)", "11/16 khu phố", "đã hoàn thành".
pub fn outcome_phrase(outcome: &Outcome, indicator: &Indicator, record: &Record, unit: &str, lang: Lang) -> String {
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
    } else if let Some(grade) = &outcome.grade {
        grade_name(indicator, grade, lang)
    } else if let (None, Some(count)) = (outcome.value, outcome.count) {
        let count_unit = indicator.count_unit.as_ref().map_or("", |unit| unit.get(lang));
        format::with_unit(count, count_unit, lang)
    } else if let (Some(value), Some(total)) = (outcome.value, outcome.total) {
        format!("{}/{} {unit}", format::number(value, lang), format::number(total, lang))
    } else if let Some(value) = outcome.value {
        match (outcome.count, &indicator.count_unit) {
            (Some(count), Some(count_unit)) => format!(
                "{} ({})",
                format::with_unit(value, unit, lang),
                format::with_unit(count, count_unit.get(lang), lang)
            ),
            _ => value_words(value, record, indicator, unit, lang),
        }
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

/// The target's note, when the dataset gives one: "Về mục tiêu: …".
pub fn target_note_in_words(record: &Record, lang: Lang) -> Option<String> {
    let note = record.target.as_ref()?.note.as_ref()?;
    Some(format!("{}: {}", lang.pick("Về mục tiêu", "About the target"), note.get(lang)))
}

/// What a record's evaluation found, in words: derived targets, disagreements and contradictions.
pub fn findings_in_words(row: crate::index::Row<'_>, lang: Lang) -> Vec<String> {
    let unit = row.indicator.unit.get(lang);
    row.evaluation.findings.iter().map(|finding| finding_words(finding, row, unit, lang)).collect()
}

/// What a record's evaluation found, each figure said once: figures of one period that
/// contradict each other pairwise are one sentence naming each once, the one the status is judged
/// on first (a slide's caption: three figures were three sentences of two; outside tester).
pub fn findings_said_once(row: crate::index::Row<'_>, lang: Lang) -> Vec<String> {
    let unit = row.indicator.unit.get(lang);
    let pairs = row.evaluation.findings.iter().filter_map(|finding| match finding {
        Finding::ContradictoryResults { first, second } => Some([*first, *second]),
        _ => None,
    });
    let assessed = row.evaluation.assessed_result;
    let mut figures: Vec<usize> = Vec::new();
    for result in pairs.clone().flatten() {
        if !figures.contains(&result) {
            figures.push(result);
        }
    }
    // One pair says it as the finding does; more, one sentence.
    if pairs.count() < 2 {
        return findings_in_words(row, lang);
    }
    if let Some(at) = figures.iter().position(|result| Some(*result) == assessed) {
        let first = figures.remove(at);
        figures.insert(0, first);
    }
    let mut said: Vec<String> = figures.iter().map(|&result| contradicting_figure(row, result, unit, lang)).collect();
    let last = said.pop().unwrap_or_default();
    let (count, listed) = (figures.len(), said.join("; "));
    let decides = row.evaluation.status.is_some() && assessed == figures.first().copied();
    let sentence = match (lang, decides) {
        (Lang::Vi, true) => format!(
            "Nguồn đưa {count} số liệu mâu thuẫn nhau: {listed} và {last}; trạng thái tính theo số liệu thứ nhất."
        ),
        (Lang::Vi, false) => format!("Nguồn đưa {count} số liệu mâu thuẫn nhau: {listed} và {last}."),
        (Lang::En, true) => {
            format!("The source gives {count} contradictory figures: {listed} and {last}; the status uses the first.")
        }
        (Lang::En, false) => format!("The source gives {count} contradictory figures: {listed} and {last}."),
    };
    let mut findings = vec![sentence];
    findings.extend(
        row.evaluation
            .findings
            .iter()
            .filter(|finding| !matches!(finding, Finding::ContradictoryResults { .. }))
            .map(|finding| finding_words(finding, row, unit, lang)),
    );
    findings
}

/// One of contradictory results in words, with the "% of target" the source gives it (the same
/// figure with two different percentages says which disagree).
fn contradicting_figure(row: crate::index::Row<'_>, result: usize, unit: &str, lang: Lang) -> String {
    let outcome = &row.record.results[result];
    let text = outcome_phrase(outcome, row.indicator, row.record, unit, lang);
    match outcome.stated_percent_of_target {
        Some(percent) => format!(
            "{text}, {} {} {}",
            lang.pick("đạt", "at"),
            format::percent(percent, lang),
            lang.pick("mục tiêu", "of target")
        ),
        None => text,
    }
}

pub(super) fn finding_words(finding: &Finding, row: crate::index::Row<'_>, unit: &str, lang: Lang) -> String {
    let crate::index::Row { record, indicator, evaluation } = row;
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
            let (a, b) =
                (contradicting_figure(row, *first, unit, lang), contradicting_figure(row, *second, unit, lang));
            let decides = evaluation.status.is_some() && evaluation.assessed_result == Some(*first);
            match (lang, decides) {
                (Lang::Vi, true) => {
                    format!("Nguồn đưa hai số liệu mâu thuẫn: {a} và {b}; trạng thái tính theo số liệu thứ nhất.")
                }
                (Lang::Vi, false) => format!("Nguồn đưa hai số liệu mâu thuẫn: {a} và {b}."),
                (Lang::En, true) => {
                    format!("The source gives two contradictory figures: {a} and {b}; the status uses the first.")
                }
                (Lang::En, false) => format!("The source gives two contradictory figures: {a} and {b}."),
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
        Finding::TargetDerived { result, target, from } => {
            let target = format::with_unit(*target, unit, lang);
            let result = record.results.get(*result).map_or_else(
                || no_result_words(lang),
                |outcome| outcome_phrase(outcome, indicator, record, unit, lang),
            );
            let said = match (lang, from) {
                (Lang::Vi, DerivedFrom::PercentOfTarget(percent)) => {
                    format!("đạt {} mục tiêu", format::percent(*percent, lang))
                }
                (Lang::Vi, DerivedFrom::MarginOverTarget(margin)) => {
                    format!("vượt mục tiêu {}", format::with_unit(*margin, unit, lang))
                }
                (Lang::En, DerivedFrom::PercentOfTarget(percent)) => {
                    format!("is {} of target", format::percent(*percent, lang))
                }
                (Lang::En, DerivedFrom::MarginOverTarget(margin)) => {
                    format!("exceeds the target by {}", format::with_unit(*margin, unit, lang))
                }
            };
            match lang {
                Lang::Vi => format!(
                    "Nguồn không ghi mục tiêu này. Mục tiêu {target} được suy ra từ kết quả {result}, mà nguồn nói là {said}."
                ),
                Lang::En => format!(
                    "The source does not state this target. The target of {target} is derived from the result, {result}, which the source says {said}."
                ),
            }
        }
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
        .map(|column| match (lang, column.target_label.is_empty()) {
            // A year of a series has a result and no target of its own: no "mục tiêu ," then.
            (Lang::Vi, true) => format!("{}: kết quả {}", column.label, column.value_label),
            (Lang::En, true) => format!("{}: result {}", column.label, column.value_label),
            (Lang::Vi, false) => {
                format!("{}: mục tiêu {}, kết quả {}", column.label, column.target_label, column.value_label)
            }
            (Lang::En, false) => {
                format!("{}: target {}, result {}", column.label, column.target_label, column.value_label)
            }
        })
        .collect();
    format!("{subject} — {}.", parts.join("; "))
}
