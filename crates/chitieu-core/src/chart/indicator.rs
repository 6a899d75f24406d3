//! The detail of one indicator: its bullet graph, its values across terms and within the term,
//! where each figure was read, and what the sources disagree on.

use super::spec::{
    value_axis, BandQuality, BulletChart, Colour, Column, ColumnChart, QualitativeBand, Segment, StackedChart,
    StackedRow,
};
use super::structure::composition_rows;
use super::words::{
    columns_sentence, findings_in_words, no_result_words, outcome_phrase, place_name, status_words, target_phrase,
    unit_name, value_words,
};
use super::ChartSpec;
use crate::evaluate::{assess, better_direction, grade_rank};
use crate::format;
use crate::i18n::{status_name, Lang};
use crate::index::{DatasetIndex, Row};
use crate::model::{Direction, Indicator, IndicatorKind, Outcome, Record, Status, TargetShape, Term};

/// The bullet graph's room beyond the data, as a fraction of the span of the data.
const BULLET_HEADROOM: f64 = 0.25;
/// The column charts' room beyond the data, as a fraction of the span of the data.
const COLUMN_HEADROOM: f64 = 0.15;
/// The % of target where the fair band of a bullet graph starts, and where the good band starts.
const FAIR_FROM_PERCENT: f64 = 50.0;
const GOOD_FROM_PERCENT: f64 = 90.0;

/// What the bullet graph's bands mean, for its legend: a heading, then the poor, fair and good
/// bands' words ("Nền:", "dưới 50 % mục tiêu", "50–90 %", "từ 90 %").
pub fn band_legend(lang: Lang) -> [String; 4] {
    let (fair, good) = (format::number(FAIR_FROM_PERCENT, lang), format::number(GOOD_FROM_PERCENT, lang));
    match lang {
        Lang::Vi => {
            ["Nền:".into(), format!("dưới {fair} % mục tiêu"), format!("{fair}–{good} %"), format!("từ {good} %")]
        }
        Lang::En => [
            "Bands:".into(),
            format!("under {fair} % of target"),
            format!("{fair}–{good} %"),
            format!("{good} % and up"),
        ],
    }
}

/// Everything the detail view shows about one indicator of one locality and term.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorDetail {
    pub name: String,
    pub domain: String,
    pub unit: String,
    pub direction: String,
    /// The name of the indicator this one is a part of ("trong đó …"), when it is one.
    pub part_of: Option<String>,
    /// For a target not yet due, its pace in words ("Chậm tiến độ (70 % …)").
    pub pace: Option<String>,
    /// The latest value against the one before, with an arrow ("↓ cải thiện").
    pub trend: Option<String>,
    pub status: Option<Status>,
    pub status_label: String,
    pub percent_of_target: Option<String>,
    /// The result against the target for indicators with one number to compare.
    pub bullet: BulletChart,
    /// The chart the detail and the slides show: the bullet graph, or for a composition the target's
    /// and results' parts side by side, or for a milestone done / not done.
    pub main_chart: ChartSpec,
    /// The values across terms; `None` for shares and milestones, which have no value axis (the
    /// structure tab shows shares across terms).
    pub across_terms: Option<ColumnChart>,
    /// The yearly or quarterly values inside the term, when there are at least two.
    pub series: Option<ColumnChart>,
    pub provenance: Vec<ProvenanceItem>,
    /// What to know about the figures, in words: a target derived from the result (said here
    /// once rather than after every mention of the target), disagreements and contradictions.
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
    let place = place_name(index, locality, term, lang);
    let name = indicator.name.get(lang).to_string();
    let shape = record.target.as_ref().and_then(|target| target.shape().ok());
    let result = evaluation.assessed_result.map(|position| &record.results[position]);
    let (result_value, result_text) = shown_result(row, &unit, lang);
    let status = evaluation.effective_status().map(|(status, _)| status);
    let status_label = status_words(evaluation, lang);
    let target_text = target_phrase(shape.as_ref(), evaluation.target_value, indicator, record, lang);
    let percent = evaluation.percent_of_target.map(|percent| format::percent(percent, lang));
    // The pace follows in its own sentence, with its figures, rather than after the status too.
    let sentence_status = match (status, &evaluation.pace) {
        (Some(Status::NotYetDue), Some(_)) => status_name(Status::NotYetDue, lang).to_string(),
        _ => status_label.clone(),
    };
    let description = detail_sentence(
        &name,
        &place,
        &target_text,
        result_text.as_deref(),
        percent.as_deref(),
        (status, &sentence_status),
        lang,
    );

    let pace_text = evaluation.pace.as_ref().map(|pace| pace_words(pace, record, indicator, &unit, lang));
    let description = match &pace_text {
        Some(pace) => format!("{description} {}: {pace}.", lang.pick("Tiến độ", "Pace")),
        None => description,
    };
    let target = evaluation.target_value;
    // The value the straight path to a level or bound asks for by the time of the latest result.
    let expected = evaluation
        .pace
        .as_ref()
        // Only a straight path has a value by a moment (`expected_at`): averages and growth rates
        // are measured against the target itself.
        .and_then(|pace| pace.expected_now.zip(pace.expected_at))
        .map(|(value, time)| {
            let amount = format::with_unit(value, &unit, lang);
            let when = period_of_time(time, lang);
            (value, format!("{} ({when}): {amount}", lang.pick("Mức cần có theo tiến độ", "Needed on pace")))
        });
    let values: Vec<f64> =
        target.into_iter().chain(result_value).chain(expected.as_ref().map(|(value, _)| *value)).collect();
    let share = indicator.kind == crate::model::IndicatorKind::Share;
    let (axis_min, axis_max) = whole_scale(share, result.and_then(|result| result.total), &values)
        .unwrap_or_else(|| value_axis(values.iter().copied(), BULLET_HEADROOM));
    // A derived target is compared in the indicator's direction, a stated one in its shape's.
    let better = shape.as_ref().map_or(Some(indicator.direction), |shape| better_direction(shape, indicator.direction));
    let bands = match (target, better) {
        (Some(target), Some(better)) => qualitative_bands(target, better, (axis_min, axis_max)),
        _ => Vec::new(),
    };
    let bullet = BulletChart {
        title: match lang {
            Lang::Vi => format!("{name} — {place}: kết quả và mục tiêu"),
            Lang::En => format!("{name} — {place}: result and target"),
        },
        description: description.clone(),
        value: result_value,
        value_label: result_text.clone().unwrap_or_else(|| no_result_words(lang)),
        target,
        target_label: target_text.clone(),
        expected,
        bands,
        axis_min,
        axis_max,
        status,
        status_label: status_label.clone(),
        unit: unit.clone(),
        lang,
    };

    let main_chart = match (&shape, indicator.kind) {
        (Some(TargetShape::Composition { .. }), _) | (None, IndicatorKind::Composition) => {
            let mut legend = Vec::new();
            let rows = composition_rows(record, indicator_id, term, lang, &mut legend);
            ChartSpec::Stacked(StackedChart {
                title: match lang {
                    Lang::Vi => format!("{name} — {place}: cơ cấu mục tiêu và kết quả"),
                    Lang::En => format!("{name} — {place}: target and result shares"),
                },
                description: description.clone(),
                rows,
                legend,
                lang,
                axis_label: "%".to_string(),
                value_axis: true,
            })
        }
        (Some(TargetShape::Milestone), _) | (None, IndicatorKind::Milestone) => {
            let done = result.and_then(|result| result.done);
            let words = match (done, lang) {
                (Some(true), Lang::Vi) => "✓ Đã hoàn thành".to_string(),
                (Some(true), Lang::En) => "✓ Done".to_string(),
                (Some(false), Lang::Vi) => "Chưa hoàn thành".to_string(),
                (Some(false), Lang::En) => "Not done".to_string(),
                (None, _) => status_label.clone(),
            };
            ChartSpec::Stacked(StackedChart {
                title: match lang {
                    Lang::Vi => format!("{name} — {place}: đã hoàn thành hay chưa"),
                    Lang::En => format!("{name} — {place}: done or not"),
                },
                description: description.clone(),
                rows: vec![StackedRow {
                    key: indicator_id.to_string(),
                    label: lang.pick("Tiến độ", "Progress").to_string(),
                    segments: vec![Segment {
                        label: words.clone(),
                        value: 1.0,
                        value_label: words.clone(),
                        inner_text: Some(words.clone()),
                        colour: Colour::Status(status),
                    }],
                }],
                legend: vec![(words, Colour::Status(status))],
                lang,
                axis_label: String::new(),
                value_axis: false,
            })
        }
        (Some(TargetShape::GradeAtLeast { grade }), _) => grade_ladder(row, grade, &name, &place, &description, lang),
        (None, IndicatorKind::Rating) => grade_ladder(row, "", &name, &place, &description, lang),
        _ => ChartSpec::Bullet(bullet.clone()),
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
            format!("{}: {}", lang.pick("Kết quả", "Result"), outcome_phrase(outcome, indicator, record, &unit, lang)),
            &outcome.source,
        );
    }
    if let Some(stated) = &record.stated_status {
        cite(
            format!("{}: {}", lang.pick("Nguồn đánh giá", "The source assesses"), status_name(stated.status, lang)),
            &stated.source,
        );
    }

    let findings: Vec<String> =
        super::words::target_note_in_words(record, lang).into_iter().chain(findings_in_words(row, lang)).collect();
    let values_across_terms =
        matches!(main_chart, ChartSpec::Bullet(_)).then(|| across_terms(index, locality, indicator, lang));
    Some(IndicatorDetail {
        name,
        domain: dataset
            .domain(&indicator.domain)
            .map_or(indicator.domain.clone(), |domain| domain.name.get(lang).to_string()),
        unit,
        direction: crate::i18n::direction_name(indicator.direction, lang).to_string(),
        pace: pace_text,
        trend: evaluation.trend.as_ref().map(|trend| crate::i18n::trend_words(trend, lang)),
        part_of: indicator
            .part_of
            .as_deref()
            .map(|parent| dataset.indicator(parent).map_or(parent, |parent| parent.name.get(lang)).to_string()),
        status,
        status_label,
        percent_of_target: percent,
        bullet,
        main_chart,
        across_terms: values_across_terms,
        series: in_term_series(row, term_ref, &place, lang),
        provenance,
        findings,
    })
}

/// "chậm tiến độ (70 % tiến bộ cần có đến nay; các năm còn lại cần bình quân 1.100 tấn)".
/// The period a decimal year ends: 2027.0 → "2026", 2026.5 → "quý 2/2026".
fn period_of_time(time: f64, lang: Lang) -> String {
    let year = (time - 0.01).floor();
    let quarter = ((time - year) * 4.0).round() as i32;
    if quarter >= 4 {
        format!("{year}")
    } else {
        format!("{} {quarter}/{year}", lang.pick("quý", "Q"))
    }
}

fn pace_words(
    pace: &crate::pace::PaceAssessment,
    record: &Record,
    indicator: &Indicator,
    unit: &str,
    lang: Lang,
) -> String {
    let name = crate::i18n::pace_name(pace.pace, lang).to_lowercase();
    let mut details = Vec::new();
    // The ratio is progress made over progress needed by now, not the level reached over the
    // level needed: said as such ("115,2 is 376 % of the level" would be false).
    if let Some(ratio) = pace.ratio.filter(|ratio| ratio.is_finite()) {
        let percent = format::percent(ratio * 100.0, lang);
        details.push(match lang {
            Lang::Vi => format!("{percent} tiến bộ cần có đến nay"),
            Lang::En => format!("{percent} of the progress needed by now"),
        });
    }
    if let Some(needed) = pace.needed_from_now {
        // In the target's words: "giảm 0,5 điểm %/năm" for a fall, as the target says it.
        let amount = value_words(needed, record, indicator, unit, lang);
        details.push(match lang {
            Lang::Vi => format!("các năm còn lại cần bình quân {amount}"),
            Lang::En => format!("the remaining years must average {amount}"),
        });
    }
    if details.is_empty() {
        name
    } else {
        format!("{name} ({})", details.join("; "))
    }
}

/// Results from the earliest period to the latest, a whole year after its quarters.
fn in_period_order(outcomes: &mut [&Outcome]) {
    outcomes.sort_by_key(|outcome| (outcome.period.year, outcome.period.quarter.unwrap_or(5)));
}

/// A rating as a ladder: one row per graded result (a year, or the term), its grades from the
/// lowest to the highest as equal steps, the grade reached coloured by its status and the others
/// grey; the lowest grade that meets the target is named in the legend.
fn grade_ladder(row: Row<'_>, target_grade: &str, name: &str, place: &str, description: &str, lang: Lang) -> ChartSpec {
    let Row { record, indicator, .. } = row;
    let shape = record.target.as_ref().and_then(|target| target.shape().ok());
    let target_count = record.target.as_ref().and_then(|target| target.count);
    let mut graded: Vec<&Outcome> = record.results.iter().filter(|outcome| outcome.grade.is_some()).collect();
    in_period_order(&mut graded);
    let target_rank = grade_rank(indicator, target_grade);
    // With no graded result yet, one row of the scale with nothing marked.
    let no_result = Outcome::default();
    if graded.is_empty() {
        graded.push(&no_result);
    }
    let rows = graded
        .iter()
        .map(|outcome| {
            let reached = outcome.grade.as_deref().and_then(|grade| grade_rank(indicator, grade));
            let status = shape.as_ref().and_then(|shape| assess(shape, outcome, target_count, indicator));
            let label = match (outcome.period.year, &outcome.grade) {
                (Some(year), _) => year.to_string(),
                (None, Some(_)) => lang.pick("Kết quả", "Result").to_string(),
                (None, None) => lang.pick("Chưa có kết quả", "No result yet").to_string(),
            };
            StackedRow {
                key: label.clone(),
                label,
                segments: indicator
                    .grades
                    .iter()
                    .enumerate()
                    .map(|(rank, grade)| {
                        let is_reached = reached == Some(rank);
                        let words = grade.get(lang).to_string();
                        // ● marks the grade reached, ▲ the lowest grade that meets the target.
                        let marks = match (is_reached, target_rank == Some(rank)) {
                            (true, true) => "● ▲ ",
                            (true, false) => "● ",
                            (false, true) => "▲ ",
                            (false, false) => "",
                        };
                        Segment {
                            label: words.clone(),
                            value: 1.0,
                            value_label: words.clone(),
                            inner_text: Some(format!("{marks}{words}")),
                            colour: Colour::Status(if is_reached { status } else { None }),
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    let target_words = if target_grade.is_empty() {
        lang.pick("Mục tiêu không nêu", "Target not stated").to_string()
    } else {
        let grade = super::words::grade_name(indicator, target_grade, lang);
        match lang {
            Lang::Vi => format!("▲ Mục tiêu: {grade} trở lên"),
            Lang::En => format!("▲ Target: {grade} or better"),
        }
    };
    ChartSpec::Stacked(StackedChart {
        title: match lang {
            Lang::Vi => format!("{name} — {place}: mức xếp loại"),
            Lang::En => format!("{name} — {place}: grade"),
        },
        description: description.to_string(),
        rows,
        legend: vec![
            (lang.pick("● Mức đạt được", "● Grade reached").to_string(), Colour::Status(Some(Status::Achieved))),
            (target_words, Colour::Status(None)),
        ],
        lang,
        axis_label: String::new(),
        value_axis: false,
    })
}

/// "Thu nhập, Bến Sung, 2020-2025: mục tiêu 87 triệu đồng, kết quả 76,6 triệu đồng (88,05 % mục
/// tiêu) — không đạt." Without a result the status follows only when it adds something: "no
/// result" would repeat "no result yet".
fn detail_sentence(
    name: &str,
    place: &str,
    target: &str,
    result: Option<&str>,
    percent: Option<&str>,
    (status, status_words): (Option<Status>, &str),
    lang: Lang,
) -> String {
    let percent =
        percent.map(|percent| format!(" ({percent} {})", lang.pick("mục tiêu", "of target"))).unwrap_or_default();
    let status_words = status_words.to_lowercase();
    match (lang, result, status) {
        (Lang::Vi, Some(result), _) => {
            format!("{name}, {place}: mục tiêu {target}, kết quả {result}{percent} — {status_words}.")
        }
        (Lang::Vi, None, Some(Status::NoResult) | None) => {
            format!("{name}, {place}: mục tiêu {target}; chưa có kết quả.")
        }
        (Lang::Vi, None, _) => format!("{name}, {place}: mục tiêu {target}; chưa có kết quả — {status_words}."),
        (Lang::En, Some(result), _) => {
            format!("{name}, {place}: target {target}, result {result}{percent} — {status_words}.")
        }
        (Lang::En, None, Some(Status::NoResult) | None) => format!("{name}, {place}: target {target}; no result yet."),
        (Lang::En, None, _) => format!("{name}, {place}: target {target}; no result yet — {status_words}."),
    }
}

/// The scale a reader can compare across charts, when there is one: a share runs from 0 to 100 %,
/// a count out of a total ("11/16 khu phố") to the total. Otherwise each chart's axis fits its own
/// figures, and 1,1 % of households would fill a bar as 98 % does. A rate in % (growth of 27,2 %
/// a year) is not a share of anything: its axis fits its figures. `None` when a figure falls
/// outside it (a share above 100 %, a negative change), or for a total under 1 (no count is out of
/// less than one: a subnormal total would make the axis infinitely long).
fn whole_scale(share: bool, total: Option<f64>, values: &[f64]) -> Option<(f64, f64)> {
    let whole = total.filter(|total| total.is_finite() && *total >= 1.0).or(share.then_some(100.0))?;
    values.iter().all(|value| (0.0..=whole).contains(value)).then_some((0.0, whole))
}

/// The poor, fair and good bands against `target` within the axis, left to right: the values whose
/// % of target is below 50, from 50 to 90, and from 90 up (see `evaluate::percent_of_target`),
/// so that they run from poor to good in the direction that is better; when the target is best,
/// good around the target and poorer on both sides. Empty for a zero target (no % of target).
pub(super) fn qualitative_bands(
    target: f64,
    better: Direction,
    (axis_min, axis_max): (f64, f64),
) -> Vec<QualitativeBand> {
    if target.abs() <= crate::evaluate::EPSILON {
        return Vec::new();
    }
    // The value whose % of target is `percent`, on the side of the target that is worse.
    let worse_by = |percent: f64| (100.0 - percent) / 100.0 * target.abs();
    let (fair, good) = (worse_by(FAIR_FROM_PERCENT), worse_by(GOOD_FROM_PERCENT));
    let edges_and_qualities: Vec<(f64, BandQuality)> = match better {
        // Each entry: a band's quality up to the given value, left to right.
        Direction::HigherIsBetter => {
            vec![
                (target - fair, BandQuality::Poor),
                (target - good, BandQuality::Fair),
                (f64::INFINITY, BandQuality::Good),
            ]
        }
        Direction::LowerIsBetter => {
            vec![
                (target + good, BandQuality::Good),
                (target + fair, BandQuality::Fair),
                (f64::INFINITY, BandQuality::Poor),
            ]
        }
        Direction::TargetIsBest => vec![
            (target - fair, BandQuality::Poor),
            (target - good, BandQuality::Fair),
            (target + good, BandQuality::Good),
            (target + fair, BandQuality::Fair),
            (f64::INFINITY, BandQuality::Poor),
        ],
    };
    let mut bands = Vec::new();
    let mut from = axis_min;
    for (up_to, quality) in edges_and_qualities {
        let to = up_to.min(axis_max);
        if to > from {
            bands.push(QualitativeBand { from, to, quality });
            from = to;
        }
    }
    bands
}

/// Target and result of one indicator for one locality across the terms the dataset has.
pub fn across_terms(index: &DatasetIndex, locality: &str, indicator: &Indicator, lang: Lang) -> ColumnChart {
    let dataset = index.dataset();
    let unit = indicator.unit.get(lang).to_string();
    // A commune formed by the 2025 mergers: first the units it was formed from, each named, each
    // with its own figures (never added up), then its own terms.
    let before =
        dataset.locality(locality).map(|found| crate::lineage::predecessors(dataset, found)).unwrap_or_default();
    let columns_of = |locality: &str, label: &dyn Fn(&str) -> String| -> Vec<Column> {
        dataset
            .terms
            .iter()
            .filter_map(|term| {
                let row = index.row(locality, &term.id, &indicator.id)?;
                Some(record_column(row, format!("{locality}|{}", term.id), label(&term.id), lang))
            })
            .collect()
    };
    let mut columns: Vec<Column> = before
        .iter()
        .flat_map(|predecessor| {
            let predecessor_name = unit_name(index, &predecessor.id, lang);
            columns_of(&predecessor.id, &|term| format!("{predecessor_name}, {term}"))
        })
        .collect();
    let from_predecessors = !columns.is_empty();
    columns.extend(columns_of(locality, &|term| term.to_string()));
    // Named as everywhere else: a namesake with its district.
    let locality_name = unit_name(index, locality, lang);
    let name = indicator.name.get(lang);
    let mut description = columns_sentence(&columns, &format!("{name}, {locality_name}"), lang);
    if from_predecessors {
        description.push(' ');
        description.push_str(lang.pick(
            "Các cột trước là của từng đơn vị cũ trước sáp nhập, mỗi đơn vị một mục tiêu và kết quả riêng, không cộng lại.",
            "The first columns are the units before the merger, each with its own target and result, not added up.",
        ));
    }
    let (axis_min, axis_max) = column_axis(&columns);
    ColumnChart {
        title: match lang {
            Lang::Vi => format!("{name} — {locality_name}: qua các nhiệm kỳ"),
            Lang::En => format!("{name} — {locality_name}: across terms"),
        },
        description,
        category: lang.pick("Nhiệm kỳ", "Term").to_string(),
        unit,
        columns,
        omitted: Vec::new(),
        unranked: Vec::new(),
        axis_min,
        axis_max,
        lang,
    }
}

/// The value axis of a column chart: zero, every value and every target.
pub(super) fn column_axis(columns: &[Column]) -> (f64, f64) {
    value_axis(columns.iter().flat_map(|column| [column.value, column.target]).flatten(), COLUMN_HEADROOM)
}

/// The result a view shows and its words (the detail, the columns, the overview's list): the years' average (or compound growth) that the
/// status and the % of target are of, when there is one ("bình quân 2 năm: -1,35 điểm %/năm"),
/// else the assessed result — never the latest year beside the average's % of target.
pub fn shown_result(row: Row<'_>, unit: &str, lang: Lang) -> (Option<f64>, Option<String>) {
    let Row { record, indicator, evaluation } = row;
    let result = evaluation.assessed_result.map(|position| &record.results[position]);
    let shape = record.target.as_ref().and_then(|target| target.shape().ok());
    let averaged =
        shape.and_then(|shape| crate::evaluate::average_of_years(&shape, record, evaluation.assessed_result));
    match averaged.filter(|(_, years)| *years > 1) {
        Some((value, years)) => {
            let (average, of_years) = (lang.pick("bình quân", "average of"), lang.pick("năm", "years"));
            (
                Some(value),
                Some(format!("{average} {years} {of_years}: {}", value_words(value, record, indicator, unit, lang))),
            )
        }
        _ => (
            result.and_then(|result| result.value),
            result.map(|result| outcome_phrase(result, indicator, record, unit, lang)),
        ),
    }
}

/// One record as a column: its assessed result as the bar, its target as the marker.
pub(super) fn record_column(row: Row<'_>, key: String, label: String, lang: Lang) -> Column {
    let Row { record, indicator, evaluation } = row;
    let unit = indicator.unit.get(lang);
    let shape = record.target.as_ref().and_then(|target| target.shape().ok());
    let (value, value_label) = shown_result(row, unit, lang);
    Column {
        key,
        label,
        value,
        value_label: value_label.unwrap_or_else(|| no_result_words(lang)),
        target: evaluation.target_value,
        target_label: target_phrase(shape.as_ref(), evaluation.target_value, indicator, record, lang),
        status: evaluation.effective_status().map(|(status, _)| status),
        status_text: status_words(evaluation, lang),
        highlighted: false,
    }
}

/// Yearly or quarterly results inside a term, when there are at least two dated ones.
fn in_term_series(row: Row<'_>, term: &Term, place: &str, lang: Lang) -> Option<ColumnChart> {
    let Row { record, indicator, evaluation } = row;
    let unit = indicator.unit.get(lang).to_string();
    let mut dated: Vec<&Outcome> =
        record.results.iter().filter(|outcome| outcome.period.year.is_some() && outcome.value.is_some()).collect();
    if dated.len() < 2 {
        return None;
    }
    in_period_order(&mut dated);
    let every_year = record.target.as_ref().is_some_and(|target| target.every_year);
    let yearly_shape = record
        .target
        .as_ref()
        .and_then(|target| target.shape().ok())
        .filter(|shape| every_year || matches!(shape, TargetShape::Maintain { .. }));
    let target_count = record.target.as_ref().and_then(|target| target.count);
    let deadline = record.target.as_ref().and_then(|target| target.deadline_year).unwrap_or(term.end_year);
    let target_here = |outcome: &Outcome| {
        let applies = yearly_shape.is_some() || outcome.period.year == Some(deadline);
        evaluation.target_value.filter(|_| applies)
    };
    let columns: Vec<Column> = dated
        .iter()
        .map(|outcome| {
            let label = match (outcome.period.year, outcome.period.quarter) {
                (Some(year), Some(quarter)) => format!("{} {quarter}/{year}", lang.pick("Quý", "Q")),
                (Some(year), None) => year.to_string(),
                _ => term.id.clone(),
            };
            Column {
                key: label.clone(),
                label,
                value: outcome.value,
                value_label: outcome_phrase(outcome, indicator, record, &unit, lang),
                // A target for every year stands over every year; any other only over its deadline year.
                target: target_here(outcome),
                target_label: target_here(outcome)
                    .map_or_else(String::new, |value| format::with_unit(value, &unit, lang)),
                // A target for every year is assessed year by year; each column shows its status.
                status: yearly_shape.as_ref().and_then(|shape| assess(shape, outcome, target_count, indicator)),
                status_text: String::new(),
                highlighted: false,
            }
        })
        .collect();
    let name = indicator.name.get(lang);
    let (axis_min, axis_max) = column_axis(&columns);
    Some(ColumnChart {
        title: match lang {
            Lang::Vi => format!("{name} — {place}: các kỳ trong nhiệm kỳ"),
            Lang::En => format!("{name} — {place}: periods within the term"),
        },
        description: columns_sentence(&columns, name, lang),
        category: lang.pick("Kỳ", "Period").to_string(),
        unit,
        columns,
        omitted: Vec::new(),
        unranked: Vec::new(),
        axis_min,
        axis_max,
        lang,
    })
}
