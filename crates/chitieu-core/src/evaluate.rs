//! Status computation: from a record's target shape, its indicator's direction and its results to
//! exceeded / achieved / not achieved / not yet due / no result, and the % of target.
//!
//! The rules, one per shape (docs/DATASET.md repeats them for people):
//! - level, at least, at most, annual average, average growth, change per year, count of total:
//!   a result strictly better than the target (in the indicator's direction) is exceeded, equal is
//!   achieved, worse is not achieved. For "target is best" indicators, a result within 0.5 % of the
//!   target (relative to the target) is achieved and anything else not achieved.
//! - below, above (strict bounds): met is achieved, not met is not achieved.
//! - range: inside (inclusive) is achieved.
//! - composition: every part within the tolerance (default 1 point) is achieved; parts are matched
//!   by name whatever the spelling (`vietnamese::matching_key`: NFC or NFD, "thủy" or "thuỷ", case).
//! - milestone: done is achieved; not done is not achieved once due.
//! - A result for a period before the deadline that does not (yet) meet the target is not yet due.
//! - With no result: not yet due up to the end of the deadline year, no result after it.
//! - With nothing to compare with but a status the source states, that status counts, marked as
//!   coming from the source (`Evaluation::effective_status`).
//! - With no target but a result that states its "% of target" or its margin over the target, the
//!   target is derived from those (the inverse of the formula below) and marked derived.
//! - Two numbers closer than `EPSILON` are equal, in the status rules and in the % of target alike.
//!
//! % of target (`percent_of_target`) means the same for every shape, direction and sign: above
//! 100 % is better than the target, 100 % is the target, below 100 % is worse. With target `t`,
//! result `v` and `s` = +1 when higher is better (at least, above, or the indicator's direction
//! for level, annual average, average growth, count of total and change per year) or −1 when lower
//! is better (at most, below, or the indicator's direction):
//!
//! ```text
//! % of target = 100 + 100 · s · (v − t) / |t|        (exactly 100 when |v − t| ≤ EPSILON)
//! % of target = 100 − 100 · |v − t| / |t|            for "target is best" (never above 100)
//! undefined when t = 0, and for range, composition and milestone targets
//! ```
//!
//! For a positive target where higher is better this is the familiar 100 · v / t. Worked examples:
//! - income 76.6 against a level of 87, higher is better: 100 + 100 · (76.6 − 87) / 87 = 88.05 %.
//! - poverty "giảm 0,09 %/năm" written −0.09, lower is better, a reduction of 0.1 (−0.1):
//!   100 − 100 · (−0.1 + 0.09) / 0.09 = 111.1 % (exceeded); a reduction of 0.05 (−0.05): 55.6 %.
//! - −0.2 % against "at most 0,5 %": 100 − 100 · (−0.2 − 0.5) / 0.5 = 240 % (exceeded).
//! - 1.1 against a level of 2 where lower is better: 100 − 100 · (1.1 − 2) / 2 = 145 %.
//! - 0.7 against 0.95 where the target is best: 100 − 100 · 0.25 / 0.95 = 73.7 %.
//!
//! A "% of target" the source itself states (`Outcome::stated_percent_of_target`) is shown as
//! stated. So for final results: exceeded ⇔ above 100 %, achieved ⇔ exactly 100 %, not achieved ⇔
//! below 100 % for the level-like shapes; achieved ⇔ above 100 % for the strict bounds; and for
//! "target is best", achieved ⇔ at least 99.5 %.

use crate::model::{Direction, Indicator, Outcome, Record, Status, TargetShape, Term};
use crate::vietnamese::matching_key;

/// Two numbers closer than this are equal (the sources round to two decimals at most).
pub const EPSILON: f64 = 1e-9;
/// For "target is best" indicators, the distance from the target, relative to the target, still
/// counted as on target (0.5 %: a % of target of at least 99.5).
pub const ON_TARGET_TOLERANCE: f64 = 0.005;
/// Two derived targets (from "% of target" and from the margin) further apart than this, relative,
/// are reported as inconsistent.
const DERIVED_TARGET_TOLERANCE: f64 = 0.01;

/// What the computation found for one record.
#[derive(Debug, Clone, PartialEq)]
pub struct Evaluation {
    /// `None` when there is nothing to compare with: no target and none derivable.
    pub status: Option<Status>,
    /// The index in `record.results` of the result that was assessed.
    pub assessed_result: Option<usize>,
    /// The single number the target is compared with, when the shape has one.
    pub target_value: Option<f64>,
    /// Whether `target_value` was derived from a result's "% of target" or margin.
    pub target_derived: bool,
    /// The % of target: as the source states it, else computed by `percent_of_target` (above 100
    /// is better than the target, whatever the shape, direction and sign; see the module doc).
    pub percent_of_target: Option<f64>,
    pub stated: Option<Status>,
    /// When another reading of the same period, which the source also gives, would give another
    /// status: that status. The status shown then names both ("not achieved or exceeded").
    pub contested_by: Option<Status>,
    pub findings: Vec<Finding>,
    /// For a target not yet due: whether the results so far are on the way to it. Set by
    /// `DatasetIndex`, which knows the previous term's result and the dataset's date.
    pub pace: Option<crate::pace::PaceAssessment>,
    /// Whether the latest value improves on the one before it. Set by `DatasetIndex`.
    pub trend: Option<crate::pace::Trend>,
}

impl Evaluation {
    /// The computed status, or else the one the source states; the flag says which it is.
    pub fn effective_status(&self) -> Option<(Status, StatusOrigin)> {
        match (self.status, self.stated) {
            (Some(status), _) => Some((status, StatusOrigin::Computed)),
            (None, Some(stated)) => Some((stated, StatusOrigin::Stated)),
            (None, None) => None,
        }
    }
}

/// Where a shown status comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusOrigin {
    Computed,
    /// No target to compare with: the status is the one the source states.
    Stated,
}

/// Things worth showing beside a status.
#[derive(Debug, Clone, PartialEq)]
pub enum Finding {
    /// The source states a status that differs from the computed one; both are shown.
    StatedStatusDisagrees { stated: Status, computed: Status },
    /// Two results for the same period disagree (indexes into `record.results`).
    ContradictoryResults { first: usize, second: usize },
    /// The targets implied by a result's "% of target" and by its margin disagree.
    InconsistentImpliedTargets { from_percent: f64, from_margin: f64 },
    /// A stated target and the one a result's "% of target" implies disagree.
    ImpliedTargetDiffers { stated: f64, implied: f64 },
    /// The source states no target: `target` was derived from the result at index `result` and
    /// what the source says of it (its "% of target" or its margin over the target).
    TargetDerived { result: usize, target: f64, from: DerivedFrom },
}

/// What a derived target was derived from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum DerivedFrom {
    /// The result's stated "% of target" ("đạt 88,05 % kế hoạch").
    PercentOfTarget(f64),
    /// The result's stated margin over the target, in the indicator's unit ("vượt 6,7 %").
    MarginOverTarget(f64),
}

impl Finding {
    /// A stable name for tools (the command line's JSON output).
    pub fn id(&self) -> &'static str {
        match self {
            Finding::StatedStatusDisagrees { .. } => "stated_status_disagrees",
            Finding::ContradictoryResults { .. } => "contradictory_results",
            Finding::InconsistentImpliedTargets { .. } => "inconsistent_implied_targets",
            Finding::ImpliedTargetDiffers { .. } => "implied_target_differs",
            Finding::TargetDerived { .. } => "target_derived",
        }
    }
}

#[cfg(test)]
thread_local! {
    /// How many times `evaluate` ran on this thread, so that tests can check that building the
    /// views of a dataset evaluates each record exactly once (each test runs on its own thread).
    pub(crate) static EVALUATIONS_ON_THIS_THREAD: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Evaluates one record. `as_of_year` is the year of the dataset's "data as of" date.
pub fn evaluate(record: &Record, indicator: &Indicator, term: &Term, as_of_year: Option<i32>) -> Evaluation {
    evaluate_at(record, indicator, term, as_of_year, false)
}

/// Evaluates one record of a unit that may have `ended` before the dataset's date (a district
/// dissolved on 30/06/2025): nothing of an ended unit is still to come, so none of its targets is
/// "not yet due" — one without a result has none, and a result before the deadline is its last.
pub fn evaluate_at(
    record: &Record,
    indicator: &Indicator,
    term: &Term,
    as_of_year: Option<i32>,
    ended: bool,
) -> Evaluation {
    let as_of_year = as_of_year.filter(|_| !ended);
    #[cfg(test)]
    EVALUATIONS_ON_THIS_THREAD.with(|count| count.set(count.get() + 1));
    let mut findings = contradictions(&record.results);
    let assessed_result = assessed_result_index(&record.results);
    let result = assessed_result.map(|index| &record.results[index]);
    let deadline = record.target.as_ref().and_then(|target| target.deadline_year).unwrap_or(term.end_year);

    let stated_shape = record.target.as_ref().and_then(|target| target.shape().ok());
    // A stated bound ("at most") decides which way is better for the implied target too.
    let better = stated_shape.as_ref().and_then(|shape| better_direction(shape, indicator.direction));
    let better = better.unwrap_or(indicator.direction);
    let implied = result.and_then(|result| implied_target(result, better, &mut findings));
    let (shape, target_derived) = match (&record.target, implied) {
        (Some(_), implied) => {
            let shape = stated_shape;
            if let (Some(stated), Some(implied)) = (shape.as_ref().and_then(single_value), implied) {
                if relative_difference(stated, implied) > DERIVED_TARGET_TOLERANCE {
                    findings.push(Finding::ImpliedTargetDiffers { stated, implied });
                }
            }
            (shape, false)
        }
        (None, Some(implied)) => {
            // Said once, in words, among the findings, rather than after every mention of the target.
            let from =
                result.and_then(|result| match (result.stated_margin_over_target, result.stated_percent_of_target) {
                    (Some(margin), _) => Some(DerivedFrom::MarginOverTarget(margin)),
                    (None, Some(percent)) => Some(DerivedFrom::PercentOfTarget(percent)),
                    (None, None) => None,
                });
            if let (Some(result), Some(from)) = (assessed_result, from) {
                findings.insert(0, Finding::TargetDerived { result, target: implied, from });
            }
            (Some(implied_shape(implied, indicator.direction)), true)
        }
        (None, None) => (None, false),
    };

    let stated = record.stated_status.as_ref().map(|stated| stated.status);
    let Some(shape) = shape else {
        return Evaluation {
            status: None,
            assessed_result,
            target_value: None,
            target_derived: false,
            percent_of_target: result.and_then(|result| result.stated_percent_of_target),
            stated,
            contested_by: None,
            findings,
            pace: None,
            trend: None,
        };
    };

    let target_value = single_value(&shape);
    let target_count = record.target.as_ref().and_then(|target| target.count);
    let every_year =
        matches!(shape, TargetShape::Maintain { .. }) || record.target.as_ref().is_some_and(|target| target.every_year);
    // A target for every year ("hằng năm", "duy trì") is assessed year by year: the worst year
    // decides, and a missed year is missed at once rather than "not yet due".
    let yearly = if every_year { worst_year(&record.results, &shape, target_count, indicator) } else { None };
    let assessed_result = yearly.map(|(index, _)| index).or(assessed_result);
    // An annual average or a change per year given year by year is judged on the average of the
    // years reported, and an average growth rate on the compound growth of the yearly rates (as
    // its pace is), not on the latest year alone.
    let averaged = assessed_result
        .zip(average_of_years(&shape, record, assessed_result))
        .map(|(index, (value, _))| Outcome { value: Some(value), ..record.results[index].clone() });
    let result = averaged.as_ref().or(assessed_result.map(|index| &record.results[index]));
    let status = match (result, yearly) {
        (Some(_), Some((_, status))) => status,
        (None, _) => {
            // Due once the deadline year is over: data as of September 2025 is not late for 2025.
            if as_of_year.is_some_and(|year| year <= deadline) {
                Status::NotYetDue
            } else {
                Status::NoResult
            }
        }
        (Some(result), None) => match assess(&shape, result, target_count, indicator) {
            None if as_of_year.is_some_and(|year| year <= deadline) => Status::NotYetDue,
            None => Status::NoResult,
            Some(status) => {
                let is_before_deadline = !ended && result.period.year.is_some_and(|year| year < deadline);
                // An average over the term or a growth rate is met only over the term: one good
                // year before the deadline is not yet the average (its pace says how it goes).
                let met_only_over_the_term = matches!(
                    shape,
                    TargetShape::AnnualAverage { .. }
                        | TargetShape::AverageGrowth { .. }
                        | TargetShape::ChangePerYear { .. }
                );
                if is_before_deadline && (!status.is_met() || met_only_over_the_term) {
                    Status::NotYetDue
                } else {
                    status
                }
            }
        },
    };
    let percent_of_target = match (result, target_value) {
        (Some(result), Some(target)) => result.stated_percent_of_target.or_else(|| {
            let better = better_direction(&shape, indicator.direction)?;
            match (result.value, result.count, target_count) {
                (Some(value), _, _) => percent_of_target(value, target, better),
                (None, Some(count), Some(target_count)) => percent_of_target(count, target_count, better),
                _ => None,
            }
        }),
        _ => None,
    };
    if let Some(stated) = stated {
        if stated != status {
            findings.push(Finding::StatedStatusDisagrees { stated, computed: status });
        }
    }
    let contested_by = assessed_result.and_then(|assessed| {
        let other_readings = findings.iter().filter_map(|finding| match finding {
            Finding::ContradictoryResults { first, second } if *first == assessed => Some(*second),
            Finding::ContradictoryResults { first, second } if *second == assessed => Some(*first),
            _ => None,
        });
        let statuses: Vec<Status> = other_readings
            .filter_map(|other| {
                let other = &record.results[other];
                // A derived target is the one each reading implies: 725,2 % of target is exceeded.
                let other_shape = if target_derived {
                    implied_target(other, better, &mut Vec::new())
                        .map(|value| implied_shape(value, indicator.direction))
                } else {
                    Some(shape.clone())
                };
                assess(&other_shape?, other, target_count, indicator)
            })
            .collect();
        statuses.into_iter().find(|other| *other != status && (other.is_met() || status.is_met()))
    });
    Evaluation {
        status: Some(status),
        assessed_result,
        target_value,
        target_derived,
        percent_of_target,
        stated,
        contested_by,
        findings,
        pace: None,
        trend: None,
    }
}

/// The result that decides the status: the whole-term one if any, else the latest period
/// (a whole year ranks after its quarters); the first listed among equals.
fn assessed_result_index(results: &[Outcome]) -> Option<usize> {
    let rank = |outcome: &Outcome| match (outcome.period.year, outcome.period.quarter) {
        (None, None) => (i32::MAX, 5),
        (Some(year), None) => (year, 5),
        (Some(year), Some(quarter)) => (year, quarter.min(4)),
        (None, Some(quarter)) => (i32::MIN, quarter.min(4)),
    };
    let mut best: Option<usize> = None;
    for (index, outcome) in results.iter().enumerate() {
        if !has_measure(outcome) {
            continue;
        }
        match best {
            Some(current) if rank(&results[current]) >= rank(outcome) => {}
            _ => best = Some(index),
        }
    }
    best
}

fn has_measure(outcome: &Outcome) -> bool {
    outcome.value.is_some()
        || outcome.done.is_some()
        || !outcome.parts.is_empty()
        || outcome.count.is_some()
        || outcome.grade.is_some()
}

/// The status of one result against the shape, before timing is considered. A share target that also gives a count ("50 %
/// (8 xã)") is compared on the share, or on the count when the result gives only a count.
pub fn assess(
    shape: &TargetShape,
    result: &Outcome,
    target_count: Option<f64>,
    indicator: &Indicator,
) -> Option<Status> {
    match (result.value, result.count, target_count) {
        (None, Some(count), Some(target_count)) => {
            let on_count = shape_with_value(shape, target_count)?;
            let counted = Outcome { value: Some(count), ..Outcome::default() };
            compare(&on_count, &counted, indicator)
        }
        _ => compare(shape, result, indicator),
    }
}

/// The same single-value shape with another value (a share's target read as its count).
fn shape_with_value(shape: &TargetShape, value: f64) -> Option<TargetShape> {
    Some(match shape {
        TargetShape::Level { .. } => TargetShape::Level { value },
        TargetShape::AtLeast { .. } => TargetShape::AtLeast { value },
        TargetShape::AtMost { .. } => TargetShape::AtMost { value },
        TargetShape::Below { .. } => TargetShape::Below { value },
        TargetShape::Above { .. } => TargetShape::Above { value },
        TargetShape::Maintain { .. } => TargetShape::Maintain { value },
        TargetShape::CountOfTotal { total, .. } => TargetShape::CountOfTotal { count: value, total: *total },
        _ => return None,
    })
}

/// For a target that applies every year: the index and status of the worst year-level result
/// (a whole year, or the whole term), the latest among equally bad ones; `None` when no such
/// result can be assessed (only quarters so far, say), and the usual rules apply.
fn worst_year(
    results: &[Outcome],
    shape: &TargetShape,
    target_count: Option<f64>,
    indicator: &Indicator,
) -> Option<(usize, Status)> {
    let badness = |status: Status| match status {
        Status::NotAchieved => 2,
        Status::Achieved => 1,
        _ => 0,
    };
    let mut worst: Option<(usize, Status)> = None;
    for (index, outcome) in results.iter().enumerate() {
        if outcome.period.quarter.is_some() || !has_measure(outcome) {
            continue;
        }
        let Some(status) = assess(shape, outcome, target_count, indicator) else { continue };
        let later =
            |current: &Outcome| outcome.period.year.unwrap_or(i32::MAX) >= current.period.year.unwrap_or(i32::MAX);
        match worst {
            Some((current, current_status))
                if badness(current_status) > badness(status)
                    || (badness(current_status) == badness(status) && !later(&results[current])) => {}
            _ => worst = Some((index, status)),
        }
    }
    worst
}

fn contradictions(results: &[Outcome]) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (first, a) in results.iter().enumerate() {
        for (offset, b) in results[first + 1..].iter().enumerate() {
            let second = first + 1 + offset;
            let same_period = a.period == b.period;
            let differ = match (a.value, b.value) {
                (Some(x), Some(y)) => (x - y).abs() > EPSILON,
                _ => {
                    (a.done.is_some() && b.done.is_some() && a.done != b.done)
                        || (a.grade.is_some() && b.grade.is_some() && a.grade != b.grade)
                        || matches!((a.count, b.count), (Some(x), Some(y)) if (x - y).abs() > EPSILON)
                }
            };
            let differ_in_percent = match (a.stated_percent_of_target, b.stated_percent_of_target) {
                (Some(x), Some(y)) => (x - y).abs() > EPSILON,
                _ => false,
            };
            if same_period && (differ || differ_in_percent) {
                findings.push(Finding::ContradictoryResults { first, second });
            }
        }
    }
    findings
}

/// The target a result implies through its stated "% of target" or margin, `better` saying which
/// way is better.
fn implied_target(result: &Outcome, better: Direction, findings: &mut Vec<Finding>) -> Option<f64> {
    let value = result.value?;
    let from_percent = result.stated_percent_of_target.and_then(|percent| target_from_percent(value, percent, better));
    let from_margin = result.stated_margin_over_target.map(|margin| match better {
        Direction::LowerIsBetter => value + margin,
        _ => value - margin,
    });
    match (from_percent, from_margin) {
        (Some(from_percent), Some(from_margin)) => {
            if relative_difference(from_percent, from_margin) > DERIVED_TARGET_TOLERANCE {
                findings.push(Finding::InconsistentImpliedTargets { from_percent, from_margin });
            }
            Some(from_margin)
        }
        (percent, margin) => margin.or(percent),
    }
}

/// The target `t` for which `percent_of_target(value, t, better)` is `percent`, taken of the same
/// sign as the result (the sources state a % of target only against a target of the result's
/// sign); `None` when there is no such target.
pub fn target_from_percent(value: f64, percent: f64, better: Direction) -> Option<f64> {
    if value.abs() <= EPSILON || !percent.is_finite() || percent <= EPSILON {
        return None;
    }
    let ratio = percent / 100.0;
    // From 100 + 100·s·(v − t)/|t| = percent with t of the sign of v: v/t is the ratio when
    // "better" points away from zero, and 2 − ratio when it points towards zero.
    let result_over_target = match (better, value > 0.0) {
        (Direction::HigherIsBetter, true) | (Direction::LowerIsBetter, false) => ratio,
        (Direction::HigherIsBetter, false) | (Direction::LowerIsBetter, true) => 2.0 - ratio,
        // 100 − 100·|v − t|/|t| = percent: the result short of the target by (1 − ratio)·|t|.
        (Direction::TargetIsBest, _) if ratio <= 1.0 => ratio,
        (Direction::TargetIsBest, _) => return None,
    };
    (result_over_target > EPSILON).then(|| value / result_over_target)
}

/// For an average or a growth rate given year by year (the assessed result is a year's): the value
/// judged, the years' average or their compound growth, and how many years it is over. The status
/// and the % of target are of this value, so the views show it rather than the latest year's.
pub(crate) fn average_of_years(
    shape: &TargetShape,
    record: &Record,
    assessed_result: Option<usize>,
) -> Option<(f64, usize)> {
    match shape {
        TargetShape::AnnualAverage { .. } | TargetShape::ChangePerYear { .. } | TargetShape::AverageGrowth { .. }
            if record.results[assessed_result?].period.year.is_some() =>
        {
            let years = crate::pace::yearly_values(record);
            let value = match shape {
                TargetShape::AverageGrowth { .. } => crate::pace::compound_growth(&years),
                _ => years.iter().sum::<f64>() / years.len() as f64,
            };
            (!years.is_empty()).then_some((value, years.len()))
        }
        _ => None,
    }
}

fn implied_shape(value: f64, direction: Direction) -> TargetShape {
    match direction {
        Direction::HigherIsBetter => TargetShape::AtLeast { value },
        Direction::LowerIsBetter => TargetShape::AtMost { value },
        Direction::TargetIsBest => TargetShape::Level { value },
    }
}

/// The one number a shape compares against, when it has one.
pub fn single_value(shape: &TargetShape) -> Option<f64> {
    match shape {
        TargetShape::Level { value }
        | TargetShape::AtLeast { value }
        | TargetShape::AtMost { value }
        | TargetShape::Below { value }
        | TargetShape::Above { value }
        | TargetShape::AnnualAverage { value }
        | TargetShape::AverageGrowth { value }
        | TargetShape::ChangePerYear { value }
        | TargetShape::Maintain { value } => Some(*value),
        TargetShape::CountOfTotal { count, .. } => Some(*count),
        TargetShape::Range { .. }
        | TargetShape::Composition { .. }
        | TargetShape::Milestone
        | TargetShape::GradeAtLeast { .. } => None,
    }
}

/// The status the result gives against the shape, before timing is considered; `None` when the
/// result does not carry what the shape needs.
fn compare(shape: &TargetShape, result: &Outcome, indicator: &Indicator) -> Option<Status> {
    let value = result.value;
    let direction = indicator.direction;
    Some(match shape {
        TargetShape::Level { value: target }
        | TargetShape::AnnualAverage { value: target }
        | TargetShape::AverageGrowth { value: target }
        | TargetShape::ChangePerYear { value: target }
        | TargetShape::CountOfTotal { count: target, .. } => compare_level(value?, *target, direction),
        TargetShape::AtLeast { value: target } => compare_level(value?, *target, Direction::HigherIsBetter),
        TargetShape::AtMost { value: target } => compare_level(value?, *target, Direction::LowerIsBetter),
        TargetShape::Below { value: target } => met_or_not(value? < *target - EPSILON),
        TargetShape::Above { value: target } => met_or_not(value? > *target + EPSILON),
        TargetShape::Range { min, max } => {
            let value = value?;
            met_or_not(value >= *min - EPSILON && value <= *max + EPSILON)
        }
        TargetShape::Composition { parts, tolerance } => {
            if result.parts.is_empty() {
                return None;
            }
            // Parts are matched by name whatever the spelling: "thuỷ sản" is "thủy sản".
            let result_parts: Vec<(String, f64)> =
                result.parts.iter().map(|part| (matching_key(&part.part.vi), part.value)).collect();
            let all_within = parts.iter().all(|target_part| {
                let key = matching_key(&target_part.part.vi);
                result_parts
                    .iter()
                    .find(|(result_key, _)| *result_key == key)
                    .is_some_and(|(_, value)| (value - target_part.value).abs() <= *tolerance + EPSILON)
            });
            met_or_not(all_within)
        }
        TargetShape::Milestone => met_or_not(result.done?),
        // Keeping a level cannot be exceeded: better than the level is keeping it.
        TargetShape::Maintain { value: target } => match compare_level(value?, *target, direction) {
            Status::Exceeded => Status::Achieved,
            status => status,
        },
        TargetShape::GradeAtLeast { grade } => {
            let reached = grade_rank(indicator, result.grade.as_deref()?)?;
            let wanted = grade_rank(indicator, grade)?;
            match reached.cmp(&wanted) {
                std::cmp::Ordering::Greater => Status::Exceeded,
                std::cmp::Ordering::Equal => Status::Achieved,
                std::cmp::Ordering::Less => Status::NotAchieved,
            }
        }
    })
}

/// The place of a grade on the indicator's scale (0 the lowest), matched whatever the spelling.
pub fn grade_rank(indicator: &Indicator, grade: &str) -> Option<usize> {
    let key = matching_key(grade);
    indicator.grades.iter().position(|known| matching_key(&known.vi) == key)
}

fn met_or_not(met: bool) -> Status {
    if met {
        Status::Achieved
    } else {
        Status::NotAchieved
    }
}

fn compare_level(value: f64, target: f64, direction: Direction) -> Status {
    let difference = value - target;
    match direction {
        Direction::HigherIsBetter if difference > EPSILON => Status::Exceeded,
        Direction::LowerIsBetter if difference < -EPSILON => Status::Exceeded,
        Direction::HigherIsBetter | Direction::LowerIsBetter if difference.abs() <= EPSILON => Status::Achieved,
        Direction::TargetIsBest if difference.abs() <= (ON_TARGET_TOLERANCE * target.abs()).max(EPSILON) => {
            Status::Achieved
        }
        _ => Status::NotAchieved,
    }
}

/// Which way is better against `shape`: the bound's own way for at least / above (higher) and at
/// most / below (lower), the indicator's direction for the other single-value shapes; `None` for
/// shapes without a single value (range, composition, milestone).
pub fn better_direction(shape: &TargetShape, direction: Direction) -> Option<Direction> {
    match shape {
        TargetShape::AtLeast { .. } | TargetShape::Above { .. } => Some(Direction::HigherIsBetter),
        TargetShape::AtMost { .. } | TargetShape::Below { .. } => Some(Direction::LowerIsBetter),
        TargetShape::Level { .. }
        | TargetShape::AnnualAverage { .. }
        | TargetShape::AverageGrowth { .. }
        | TargetShape::CountOfTotal { .. }
        | TargetShape::ChangePerYear { .. }
        | TargetShape::Maintain { .. } => Some(direction),
        TargetShape::Range { .. }
        | TargetShape::Composition { .. }
        | TargetShape::Milestone
        | TargetShape::GradeAtLeast { .. } => None,
    }
}

/// The % of target of `value` against `target`, `better` saying which way is better:
/// 100 + 100·s·(v − t)/|t| with s = +1 (higher is better) or −1 (lower is better), and
/// 100 − 100·|v − t|/|t| when the target is best; exactly 100 when the two are equal (within
/// `EPSILON`), and `None` for a zero target. Above 100 is better than the target, whatever the
/// signs (see the module doc for worked examples).
pub fn percent_of_target(value: f64, target: f64, better: Direction) -> Option<f64> {
    if !value.is_finite() || !target.is_finite() || target.abs() <= EPSILON {
        return None;
    }
    let difference = value - target;
    if difference.abs() <= EPSILON {
        return Some(100.0);
    }
    let relative = 100.0 * difference / target.abs();
    let percent = match better {
        Direction::HigherIsBetter => 100.0 + relative,
        Direction::LowerIsBetter => 100.0 - relative,
        Direction::TargetIsBest => 100.0 - relative.abs(),
    };
    percent.is_finite().then_some(percent)
}

fn relative_difference(a: f64, b: f64) -> f64 {
    let scale = a.abs().max(b.abs());
    if scale < EPSILON {
        0.0
    } else {
        (a - b).abs() / scale
    }
}

#[cfg(test)]
mod tests;
