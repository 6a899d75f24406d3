//! Status computation: from a record's target shape, its indicator's direction and its results to
//! exceeded / achieved / not achieved / not yet due / no result.
//!
//! The rules, one per shape (docs/DATASET.md repeats them for people):
//! - level, at least, at most, annual average, average growth, change per year, count of total:
//!   a result strictly better than the target (in the indicator's direction) is exceeded, equal is
//!   achieved, worse is not achieved. For "target is best" indicators, within 0.5 % of the target is
//!   achieved and anything else not achieved.
//! - below, above (strict bounds): met is achieved, not met is not achieved.
//! - range: inside (inclusive) is achieved.
//! - composition: every part within the tolerance (default 1 point) is achieved.
//! - milestone: done is achieved; not done is not achieved once due.
//! - A result for a period before the deadline that does not (yet) meet the target is not yet due.
//! - With no result: not yet due up to the end of the deadline year, no result after it.
//! - With nothing to compare with but a status the source states, that status counts, marked as
//!   coming from the source (`Evaluation::effective_status`).
//! - With no target but a result that states its "% of target" or its margin over the target, the
//!   target is derived from those and marked derived.

use crate::model::{Direction, Indicator, Outcome, Record, Status, TargetShape, Term};

/// Two numbers closer than this are equal (the sources round to two decimals at most).
const EPSILON: f64 = 1e-9;
/// For "target is best" indicators, the relative distance still counted as on target.
const ON_TARGET_TOLERANCE: f64 = 0.005;
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
    pub percent_of_target: Option<f64>,
    pub stated: Option<Status>,
    pub findings: Vec<Finding>,
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
}

#[cfg(test)]
thread_local! {
    /// How many times `evaluate` ran on this thread, so that tests can check that building the
    /// views of a dataset evaluates each record exactly once (each test runs on its own thread).
    pub(crate) static EVALUATIONS_ON_THIS_THREAD: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Evaluates one record. `as_of_year` is the year of the dataset's "data as of" date.
pub fn evaluate(record: &Record, indicator: &Indicator, term: &Term, as_of_year: Option<i32>) -> Evaluation {
    #[cfg(test)]
    EVALUATIONS_ON_THIS_THREAD.with(|count| count.set(count.get() + 1));
    let mut findings = contradictions(&record.results);
    let assessed_result = assessed_result_index(&record.results);
    let result = assessed_result.map(|index| &record.results[index]);
    let deadline = record.target.as_ref().and_then(|target| target.deadline_year).unwrap_or(term.end_year);

    let implied = result.and_then(|result| implied_target(result, indicator.direction, &mut findings));
    let (shape, target_derived) = match (&record.target, implied) {
        (Some(target), implied) => {
            let shape = target.shape().ok();
            if let (Some(stated), Some(implied)) = (shape.as_ref().and_then(single_value), implied) {
                if relative_difference(stated, implied) > DERIVED_TARGET_TOLERANCE {
                    findings.push(Finding::ImpliedTargetDiffers { stated, implied });
                }
            }
            (shape, false)
        }
        (None, Some(implied)) => (Some(implied_shape(implied, indicator.direction)), true),
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
            findings,
        };
    };

    let target_value = single_value(&shape);
    let compared = result.and_then(|result| compare(&shape, result, indicator.direction));
    let status = match (result, compared) {
        (None, _) | (Some(_), None) => {
            // Due once the deadline year is over: data as of September 2025 is not late for 2025.
            if as_of_year.is_some_and(|year| year <= deadline) {
                Status::NotYetDue
            } else {
                Status::NoResult
            }
        }
        (Some(result), Some(status)) => {
            let is_before_deadline = result.period.year.is_some_and(|year| year < deadline);
            if is_before_deadline && !status.is_met() {
                Status::NotYetDue
            } else {
                status
            }
        }
    };
    let percent_of_target = match (result, target_value) {
        (Some(result), Some(target)) => percent_of_target(result, target, &shape, indicator.direction),
        _ => None,
    };
    if let Some(stated) = stated {
        if stated != status {
            findings.push(Finding::StatedStatusDisagrees { stated, computed: status });
        }
    }
    Evaluation {
        status: Some(status),
        assessed_result,
        target_value,
        target_derived,
        percent_of_target,
        stated,
        findings,
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
    outcome.value.is_some() || outcome.done.is_some() || !outcome.parts.is_empty()
}

fn contradictions(results: &[Outcome]) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (first, a) in results.iter().enumerate() {
        for (offset, b) in results[first + 1..].iter().enumerate() {
            let second = first + 1 + offset;
            let same_period = a.period == b.period;
            let differ = match (a.value, b.value) {
                (Some(x), Some(y)) => (x - y).abs() > EPSILON,
                _ => a.done.is_some() && b.done.is_some() && a.done != b.done,
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

/// The target a result implies through its stated "% of target" or margin.
fn implied_target(result: &Outcome, direction: Direction, findings: &mut Vec<Finding>) -> Option<f64> {
    let value = result.value?;
    let from_percent =
        result.stated_percent_of_target.filter(|percent| *percent > EPSILON).map(|percent| match direction {
            Direction::LowerIsBetter => value * percent / 100.0,
            _ => value * 100.0 / percent,
        });
    let from_margin = result.stated_margin_over_target.map(|margin| match direction {
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
        | TargetShape::ChangePerYear { value } => Some(*value),
        TargetShape::CountOfTotal { count, .. } => Some(*count),
        TargetShape::Range { .. } | TargetShape::Composition { .. } | TargetShape::Milestone => None,
    }
}

/// The status the result gives against the shape, before timing is considered; `None` when the
/// result does not carry what the shape needs.
fn compare(shape: &TargetShape, result: &Outcome, direction: Direction) -> Option<Status> {
    let value = result.value;
    Some(match shape {
        TargetShape::Level { value: target }
        | TargetShape::AnnualAverage { value: target }
        | TargetShape::AverageGrowth { value: target }
        | TargetShape::ChangePerYear { value: target }
        | TargetShape::CountOfTotal { count: target, .. } => compare_level(value?, *target, direction),
        TargetShape::AtLeast { value: target } => compare_level(value?, *target, Direction::HigherIsBetter),
        TargetShape::AtMost { value: target } => compare_level(value?, *target, Direction::LowerIsBetter),
        TargetShape::Below { value: target } => met_or_not(value? < *target),
        TargetShape::Above { value: target } => met_or_not(value? > *target),
        TargetShape::Range { min, max } => {
            let value = value?;
            met_or_not(value >= *min - EPSILON && value <= *max + EPSILON)
        }
        TargetShape::Composition { parts, tolerance } => {
            if result.parts.is_empty() {
                return None;
            }
            let all_within = parts.iter().all(|target_part| {
                result
                    .parts
                    .iter()
                    .find(|part| part.part.vi == target_part.part.vi)
                    .is_some_and(|part| (part.value - target_part.value).abs() <= *tolerance + EPSILON)
            });
            met_or_not(all_within)
        }
        TargetShape::Milestone => met_or_not(result.done?),
    })
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
        Direction::TargetIsBest if relative_difference(value, target) <= ON_TARGET_TOLERANCE => Status::Achieved,
        _ => Status::NotAchieved,
    }
}

/// Result as a percentage of the target; for lower-is-better indicators target ÷ result, so that
/// above 100 % always means better than the target.
fn percent_of_target(result: &Outcome, target: f64, shape: &TargetShape, direction: Direction) -> Option<f64> {
    if let Some(stated) = result.stated_percent_of_target {
        return Some(stated);
    }
    let value = result.value?;
    let lower_is_better = match shape {
        TargetShape::AtMost { .. } | TargetShape::Below { .. } => true,
        TargetShape::AtLeast { .. } | TargetShape::Above { .. } => false,
        _ => direction == Direction::LowerIsBetter,
    };
    let ratio = if lower_is_better { target / value } else { value / target };
    let percent = ratio * 100.0;
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
