//! Pace and trend: for a target that is not yet due, are the results so far on the way to it; and,
//! apart from any target, are the last results getting better or worse.
//!
//! Time is measured in years as a decimal: a yearly result stands at the end of its year (2026 →
//! 2027.0), a quarter at the end of the quarter (Q2/2026 → 2026.5), a whole-term result at the end
//! of the term, the deadline at the end of its year, and the dataset's `data_as_of` where it says
//! ("2026-09-30" → 2026.75; "2026-09" → 2026.75; "2026" → 2027.0).
//!
//! Pace, by target shape (docs/DATASET.md §4a repeats the rules with worked examples):
//! - a level, a bound, a count of a total: the path runs in a straight line from the baseline (the
//!   previous term's assessed result of the same locality and indicator, else the first result of
//!   this term) to the target at the deadline. The ratio of the progress made to the progress the
//!   path asks for by the latest result, `(latest − baseline) / (path(latest) − baseline)`, gives
//!   the pace: at least 0,95 on pace, 0,6 to 0,95 behind (needs to speed up), 0 to 0,6 far behind,
//!   below 0 going the wrong way — the thresholds Statistics Canada and Open SDG use for progress
//!   towards a target. A target already met before its deadline is ahead.
//! - an annual average or a change per year: the average of the years so far against the target
//!   (its % of target as a ratio, with the same thresholds), and what the remaining years must
//!   average to still make it.
//! - an average growth rate: the compound growth of the yearly rates so far against the target
//!   rate, with the same thresholds; a negative growth against a positive target is the wrong way.
//! - every year ("hằng năm", "duy trì"): each year on its own: the latest year met is on pace, a
//!   missed year behind (or far behind below 60 % of its target).
//! - a milestone done before its deadline is ahead; not done yet has no pace (it is done or not).
//! - composition, range and grades have no pace.
//!   With no result yet in the term, the pace is "no data yet"; with one result and no baseline to
//!   start from, there is no pace yet (nothing to measure progress against).
//!
//! Trend compares the latest value with the one before it (in this term, or the previous term's
//! assessed result when the term has one value): a change of less than 1 % of the earlier value
//! is flat; otherwise it improves or worsens in the indicator's direction (for "target is best",
//! towards or away from the target).

use crate::evaluate::{better_direction, percent_of_target, single_value, EPSILON};
use crate::model::{Direction, Indicator, Outcome, Period, Record, Status, TargetShape, Term};

/// At least this share of the progress the path asks for is on pace.
pub const ON_PACE_FROM: f64 = 0.95;
/// From this share up to `ON_PACE_FROM` is behind; below it, far behind.
pub const BEHIND_FROM: f64 = 0.6;
/// A change smaller than this share of the earlier value is flat.
pub const FLAT_WITHIN: f64 = 0.01;

/// Where a target that is not yet due stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Pace {
    /// Met before its deadline.
    Ahead,
    OnPace,
    /// Needs to speed up: 60–95 % of the progress the path asks for.
    Behind,
    /// Less than 60 % of the progress the path asks for.
    FarBehind,
    /// Moving away from the target.
    WrongWay,
    /// No result in the term yet, or not enough to measure progress.
    NoData,
}

impl Pace {
    pub const ALL: [Pace; 6] = [Pace::Ahead, Pace::OnPace, Pace::Behind, Pace::FarBehind, Pace::WrongWay, Pace::NoData];

    /// The id used in URLs and in the command line's JSON.
    pub fn id(self) -> &'static str {
        ["ahead", "on_pace", "behind", "far_behind", "wrong_way", "no_data"][self as usize]
    }

    pub fn from_id(id: &str) -> Option<Pace> {
        Pace::ALL.into_iter().find(|pace| pace.id() == id)
    }

    fn from_ratio(ratio: f64) -> Pace {
        if ratio >= ON_PACE_FROM - EPSILON {
            Pace::OnPace
        } else if ratio >= BEHIND_FROM - EPSILON {
            Pace::Behind
        } else if ratio >= 0.0 {
            Pace::FarBehind
        } else {
            Pace::WrongWay
        }
    }
}

/// The pace of one record and what it was measured from.
#[derive(Debug, Clone, PartialEq)]
pub struct PaceAssessment {
    pub pace: Pace,
    /// The value the path expects by the time the latest result stands for (a level's straight
    /// line; the target itself for averages and growth rates), so that the marker and the ratio
    /// measure the same thing.
    pub expected_now: Option<f64>,
    /// That time, as a decimal year (the end of 2026 is 2027.0).
    pub expected_at: Option<f64>,
    /// The progress made as a share of the progress asked for (1 = exactly on the path).
    pub ratio: Option<f64>,
    /// For an annual average: what each remaining year must average to still make the target.
    pub needed_from_now: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TrendDirection {
    Improving,
    Flat,
    Worsening,
}

/// The latest value against the one before it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Trend {
    pub direction: TrendDirection,
    pub from: f64,
    pub to: f64,
}

/// A value at a time (a decimal year).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub value: f64,
    pub time: f64,
}

/// The time a result stands for: the end of its year, quarter, or of the whole term.
pub fn time_of(period: &Period, term: &Term) -> f64 {
    match (period.year, period.quarter) {
        (Some(year), Some(quarter)) => f64::from(year) + f64::from(quarter.clamp(1, 4)) / 4.0,
        (Some(year), None) => f64::from(year) + 1.0,
        (None, _) => f64::from(term.end_year) + 1.0,
    }
}

/// The dataset's "as of" date as a decimal year: "2026-09-30" → 2026.75, "2026-09" → 2026.75,
/// "2026" → 2027.0 (the end of the year); `None` when it starts with no year.
pub fn as_of_time(data_as_of: &str) -> Option<f64> {
    let mut parts = data_as_of.split('-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: Option<u32> = parts.next().and_then(|month| month.parse().ok()).filter(|month| (1..=12).contains(month));
    let day: Option<u32> = parts.next().and_then(|day| day.parse().ok()).filter(|day| (1..=31).contains(day));
    Some(match (month, day) {
        (Some(month), Some(day)) => {
            let days_before = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334][month as usize - 1];
            f64::from(year) + f64::from(days_before + day) / 365.0
        }
        (Some(month), None) => f64::from(year) + f64::from(month) / 12.0,
        _ => f64::from(year) + 1.0,
    })
}

/// The values of a record's results in time order (a result's `value`, else its count).
pub fn points(record: &Record, term: &Term) -> Vec<Point> {
    let mut points: Vec<Point> = record
        .results
        .iter()
        .filter_map(|outcome| {
            let value = outcome.value.or(outcome.count)?;
            value.is_finite().then(|| Point { value, time: time_of(&outcome.period, term) })
        })
        .collect();
    points.sort_by(|a, b| a.time.total_cmp(&b.time));
    points
}

/// The pace of a record whose deadline is after `as_of`; `None` when the deadline has passed, the
/// record has no target or its shape has no pace. `status` is the record's computed status and
/// `previous` the previous term's assessed result of the same locality and indicator.
pub fn pace(
    record: &Record,
    indicator: &Indicator,
    term: &Term,
    status: Option<Status>,
    as_of: f64,
    previous: Option<Point>,
) -> Option<PaceAssessment> {
    let target = record.target.as_ref()?;
    let shape = target.shape().ok()?;
    let deadline = f64::from(target.deadline_year.unwrap_or(term.end_year)) + 1.0;
    if as_of >= deadline {
        return None;
    }
    let assessment =
        |pace: Pace| PaceAssessment { pace, expected_now: None, expected_at: None, ratio: None, needed_from_now: None };
    let every_year = target.every_year || matches!(shape, TargetShape::Maintain { .. });
    // Met before its deadline is ahead, for the shapes a single result can meet (an average or a
    // growth rate is met over the years, so it is paced below instead).
    let met_by_one_result = !matches!(
        shape,
        TargetShape::AnnualAverage { .. } | TargetShape::ChangePerYear { .. } | TargetShape::AverageGrowth { .. }
    );
    match status {
        Some(status) if status.is_met() && !every_year && met_by_one_result => return Some(assessment(Pace::Ahead)),
        // Judged already (a result for the deadline year fell short): nothing left to pace.
        Some(Status::NotAchieved | Status::NoResult) if !every_year => return None,
        _ if matches!(shape, TargetShape::Milestone) => return None,
        _ if !every_year
            && matches!(
                shape,
                TargetShape::Range { .. } | TargetShape::Composition { .. } | TargetShape::GradeAtLeast { .. }
            ) =>
        {
            return None
        }
        _ => {}
    }
    let in_term = points(record, term);
    if every_year {
        // Each year on its own: the latest assessed year decides.
        return Some(match status {
            Some(status) if status.is_met() => assessment(Pace::OnPace),
            Some(Status::NotAchieved) => {
                let latest = in_term.last().map(|point| point.value);
                let better = better_direction(&shape, indicator.direction).unwrap_or(indicator.direction);
                let share = latest.zip(single_value(&shape)).and_then(|(value, target)| {
                    percent_of_target(value, target, better).map(|percent| percent / 100.0)
                });
                let pace = if share.is_some_and(|share| share < BEHIND_FROM) { Pace::FarBehind } else { Pace::Behind };
                PaceAssessment { ratio: share, ..assessment(pace) }
            }
            _ => assessment(Pace::NoData),
        });
    }
    if in_term.is_empty() {
        return Some(assessment(Pace::NoData));
    }
    match shape {
        TargetShape::Level { value }
        | TargetShape::AtLeast { value }
        | TargetShape::AtMost { value }
        | TargetShape::Below { value }
        | TargetShape::Above { value }
        | TargetShape::CountOfTotal { count: value, .. } => {
            let baseline = previous.or_else(|| in_term.first().copied())?;
            let latest = *in_term.last()?;
            linear_pace(baseline, latest, value, deadline)
        }
        TargetShape::AnnualAverage { value } | TargetShape::ChangePerYear { value } => {
            let yearly = yearly_values(record);
            if yearly.is_empty() {
                return Some(assessment(Pace::NoData));
            }
            let better = better_direction(&shape, indicator.direction).unwrap_or(indicator.direction);
            let average = yearly.iter().sum::<f64>() / yearly.len() as f64;
            let ratio = percent_of_target(average, value, better).map(|percent| percent / 100.0);
            let years = (f64::from(term.end_year) - f64::from(term.start_year)).max(1.0);
            let remaining = years - yearly.len() as f64;
            let needed_from_now = (remaining >= 1.0).then(|| (value * years - yearly.iter().sum::<f64>()) / remaining);
            let wrong_way = value.abs() > EPSILON && average * value < 0.0;
            let pace = match ratio {
                _ if wrong_way => Pace::WrongWay,
                Some(ratio) => Pace::from_ratio(ratio),
                None => Pace::NoData,
            };
            Some(PaceAssessment { pace, expected_now: Some(value), expected_at: None, ratio, needed_from_now })
        }
        TargetShape::AverageGrowth { value } => {
            let yearly = yearly_values(record);
            if yearly.is_empty() || value.abs() <= EPSILON {
                return Some(assessment(Pace::NoData));
            }
            let ratio = compound_growth(&yearly) / value;
            Some(PaceAssessment {
                pace: Pace::from_ratio(ratio),
                expected_now: Some(value),
                expected_at: None,
                ratio: Some(ratio),
                needed_from_now: None,
            })
        }
        TargetShape::Milestone
        | TargetShape::Maintain { .. }
        | TargetShape::Range { .. }
        | TargetShape::Composition { .. }
        | TargetShape::GradeAtLeast { .. } => None,
    }
}

/// The yearly (not quarterly) values of a record's results, one per year (the first listed).
/// The compound growth of yearly rates (in %), in % a year: 4,6 % then 8,7 % is 6,6 % a year.
pub(crate) fn compound_growth(rates: &[f64]) -> f64 {
    let product: f64 = rates.iter().map(|rate| 1.0 + rate / 100.0).product();
    if product > 0.0 {
        (product.powf(1.0 / rates.len() as f64) - 1.0) * 100.0
    } else {
        -100.0
    }
}

pub(crate) fn yearly_values(record: &Record) -> Vec<f64> {
    let mut seen: Vec<i32> = Vec::new();
    let mut values = Vec::new();
    for outcome in &record.results {
        if let (Some(year), None, Some(value)) = (outcome.period.year, outcome.period.quarter, outcome.value) {
            if !seen.contains(&year) {
                seen.push(year);
                values.push(value);
            }
        }
    }
    values
}

/// Pace on the straight path from `baseline` to `target` at `deadline`, measured at the time the
/// latest result stands for; `None` when no time has passed on the path since the baseline (one
/// result and nothing before it: nothing to measure yet).
fn linear_pace(baseline: Point, latest: Point, target: f64, deadline: f64) -> Option<PaceAssessment> {
    let span = deadline - baseline.time;
    let path = |time: f64| {
        let share = if span > EPSILON { ((time - baseline.time) / span).clamp(0.0, 1.0) } else { 1.0 };
        baseline.value + (target - baseline.value) * share
    };
    let expected = path(latest.time);
    let asked = expected - baseline.value;
    let made = latest.value - baseline.value;
    let (pace, ratio) = if (target - baseline.value).abs() <= EPSILON {
        // Already at the target when the path starts: keeping it is on pace, leaving it the wrong way.
        let moved_away = (latest.value - target).abs() > EPSILON;
        (if moved_away { Pace::WrongWay } else { Pace::OnPace }, None)
    } else if asked.abs() <= EPSILON || latest.time <= baseline.time + EPSILON {
        return None;
    } else {
        let ratio = made / asked;
        (Pace::from_ratio(ratio), Some(ratio))
    };
    Some(PaceAssessment {
        pace,
        expected_now: Some(expected),
        expected_at: Some(latest.time),
        ratio,
        needed_from_now: None,
    })
}

/// The latest value against the one before it; `None` with fewer than two values.
pub fn trend(record: &Record, indicator: &Indicator, term: &Term, previous: Option<Point>) -> Option<Trend> {
    let in_term = points(record, term);
    let (before, latest) = match in_term.as_slice() {
        [.., before, latest] => (*before, *latest),
        [latest] => (previous?, *latest),
        [] => return None,
    };
    // Two figures for the same period contradict each other (the source gives both): no trend.
    if (latest.time - before.time).abs() <= EPSILON {
        return None;
    }
    let change = latest.value - before.value;
    let scale = before.value.abs().max(EPSILON);
    let direction = if change.abs() <= FLAT_WITHIN * scale {
        TrendDirection::Flat
    } else {
        let better = match indicator.direction {
            Direction::HigherIsBetter => change > 0.0,
            Direction::LowerIsBetter => change < 0.0,
            Direction::TargetIsBest => {
                let target = record
                    .target
                    .as_ref()
                    .and_then(|target| target.shape().ok())
                    .and_then(|shape| single_value(&shape));
                match target {
                    Some(target) => (latest.value - target).abs() < (before.value - target).abs(),
                    None => return None,
                }
            }
        };
        if better {
            TrendDirection::Improving
        } else {
            TrendDirection::Worsening
        }
    };
    Some(Trend { direction, from: before.value, to: latest.value })
}

/// The assessed result of a record as a point in time, to serve as the next term's baseline.
pub fn assessed_point(record: &Record, term: &Term, assessed: Option<usize>) -> Option<Point> {
    let outcome: &Outcome = record.results.get(assessed?)?;
    let value = outcome.value.or(outcome.count)?;
    Some(Point { value, time: time_of(&outcome.period, term) })
}

#[cfg(test)]
mod tests;
