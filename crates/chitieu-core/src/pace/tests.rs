//! Table-style tests of pace and trend: every shape that has a pace, every pace, both directions.

use super::*;
use crate::evaluate::evaluate;
use crate::model::*;

fn term() -> Term {
    Term { id: "2025-2030".into(), start_year: 2025, end_year: 2030 }
}

fn indicator(direction: Direction) -> Indicator {
    Indicator::new(
        "i",
        Text::new("chỉ tiêu", "indicator"),
        "economy",
        Text::new("%", "%"),
        direction,
        IndicatorKind::Amount,
    )
}

fn in_year(value: f64, year: i32) -> Outcome {
    Outcome { value: Some(value), period: Period { year: Some(year), quarter: None }, ..Outcome::default() }
}

fn record(target: Target, results: Vec<Outcome>) -> Record {
    Record {
        locality: "l".into(),
        indicator: "i".into(),
        term: "2025-2030".into(),
        target: Some(target),
        results,
        stated_status: None,
    }
}

/// As of 30 September 2026 (2026.75): the path from a 2025 result (time 2026.0) to a 2030 target
/// (time 2031.0) asks, by the end of 2026 (time 2027.0), for a fifth of the way.
const AS_OF: &str = "2026-09-30";

fn pace_of(
    direction: Direction,
    target: Target,
    results: Vec<Outcome>,
    previous: Option<Point>,
) -> Option<PaceAssessment> {
    let record = record(target, results);
    let indicator = indicator(direction);
    let evaluation = evaluate(&record, &indicator, &term(), Some(2026));
    pace(&record, &indicator, &term(), evaluation.status, as_of_time(AS_OF).unwrap(), previous)
}

use Direction::{HigherIsBetter as Higher, LowerIsBetter as Lower};
use Pace::*;

#[test]
fn dates_become_decimal_years() {
    assert_eq!(as_of_time("2026"), Some(2027.0));
    assert_eq!(as_of_time("2026-09"), Some(2026.75));
    assert!((as_of_time("2026-09-30").unwrap() - 2026.7479).abs() < 1e-3);
    assert_eq!(as_of_time("không rõ"), None);
    let period = |year, quarter| Period { year: Some(year), quarter };
    assert_eq!(time_of(&period(2026, None), &term()), 2027.0);
    assert_eq!(time_of(&period(2026, Some(2)), &term()), 2026.5);
    assert_eq!(time_of(&Period::default(), &term()), 2031.0);
}

#[test]
fn a_level_is_paced_on_the_straight_path_from_its_baseline() {
    // Baseline 50 in 2025, target 100 in 2030: by the end of 2026 the path asks for +10.
    let level = || Target::new(TargetShape::Level { value: 100.0 });
    let lower = || Target::new(TargetShape::Level { value: 0.0 });
    // (direction, target, 2025, 2026, expected pace)
    let cases = [
        (Higher, level(), 50.0, 60.0, OnPace),
        (Higher, level(), 50.0, 59.6, OnPace),
        (Higher, level(), 50.0, 58.0, Behind),
        (Higher, level(), 50.0, 56.0, Behind),
        (Higher, level(), 50.0, 55.0, FarBehind),
        (Higher, level(), 50.0, 50.0, FarBehind),
        (Higher, level(), 50.0, 45.0, WrongWay),
        (Higher, level(), 50.0, 100.0, Ahead),
        // Lower is better: from 5 towards 0, the path asks for −1 by the end of 2026.
        (Lower, lower(), 5.0, 4.0, OnPace),
        (Lower, lower(), 5.0, 4.3, Behind),
        (Lower, lower(), 5.0, 4.9, FarBehind),
        (Lower, lower(), 5.0, 5.5, WrongWay),
        (Lower, Target::new(TargetShape::AtMost { value: 3.0 }), 5.0, 2.0, Ahead),
    ];
    for (direction, target, first, latest, expected) in cases {
        let assessment = pace_of(direction, target, vec![in_year(first, 2025), in_year(latest, 2026)], None).unwrap();
        assert_eq!(assessment.pace, expected, "{direction:?} {first} → {latest}: {assessment:?}");
    }
}

#[test]
fn the_expected_value_by_now_lies_on_the_path() {
    let assessment = pace_of(
        Higher,
        Target::new(TargetShape::Level { value: 100.0 }),
        vec![in_year(50.0, 2025), in_year(60.0, 2026)],
        None,
    )
    .unwrap();
    // At the time of the latest result (the end of 2026, 2027.0): 50 + 50 × 1 / 5 = 60, so the
    // marker and the ratio measure the same thing.
    assert_eq!((assessment.expected_now, assessment.expected_at), (Some(60.0), Some(2027.0)));
    assert!((assessment.ratio.unwrap() - 1.0).abs() < 1e-9);
}

#[test]
fn the_previous_terms_result_is_the_baseline_when_there_is_one() {
    // 2020-2025 ended at 50 (time 2026.0); one 2026 result of 60 is on pace towards 100.
    let previous = Some(Point { value: 50.0, time: 2026.0 });
    let target = || Target::new(TargetShape::Level { value: 100.0 });
    assert_eq!(pace_of(Higher, target(), vec![in_year(60.0, 2026)], previous).unwrap().pace, OnPace);
    // Without it, one result cannot show progress: no pace (not "no data", since there is a figure).
    assert_eq!(pace_of(Higher, target(), vec![in_year(60.0, 2026)], None), None);
}

#[test]
fn no_result_yet_is_no_data_and_a_passed_deadline_has_no_pace() {
    let target = Target::new(TargetShape::Level { value: 100.0 });
    assert_eq!(pace_of(Higher, target.clone(), vec![], None).unwrap().pace, NoData);
    let due_2025 = Target { deadline_year: Some(2025), ..target };
    assert_eq!(pace_of(Higher, due_2025, vec![in_year(60.0, 2025)], None), None);
}

#[test]
fn an_annual_average_compares_the_years_so_far_and_says_what_the_rest_must_average() {
    let average = || Target::new(TargetShape::AnnualAverage { value: 1000.0 });
    let cases = [
        (vec![1000.0, 1100.0], OnPace),
        (vec![800.0, 900.0], Behind),
        (vec![400.0, 500.0], FarBehind),
        (vec![-10.0, -20.0], WrongWay),
    ];
    for (values, expected) in cases {
        let results = values.iter().enumerate().map(|(offset, value)| in_year(*value, 2025 + offset as i32)).collect();
        let assessment = pace_of(Higher, average(), results, None).unwrap();
        assert_eq!(assessment.pace, expected, "{values:?}");
    }
    // 5 years at 1.000 = 5.000; 800 + 900 so far leaves 3.300 for 3 years: 1.100 a year.
    let assessment = pace_of(Higher, average(), vec![in_year(800.0, 2025), in_year(900.0, 2026)], None).unwrap();
    assert!((assessment.needed_from_now.unwrap() - 1100.0).abs() < 1e-9);
}

#[test]
fn a_reduction_per_year_is_paced_like_an_average_in_its_direction() {
    // "giảm 1 điểm %/năm" written −1, lower is better.
    let reduce = || Target::new(TargetShape::ChangePerYear { value: -1.0 });
    let cases = [
        (vec![-1.0, -1.2], OnPace),
        (vec![-0.7, -0.8], Behind),
        (vec![-0.2, -0.3], FarBehind),
        (vec![0.5, 0.2], WrongWay),
    ];
    for (values, expected) in cases {
        let results = values.iter().enumerate().map(|(offset, value)| in_year(*value, 2025 + offset as i32)).collect();
        assert_eq!(pace_of(Lower, reduce(), results, None).unwrap().pace, expected, "{values:?}");
    }
}

#[test]
fn an_average_growth_compares_compound_growth_so_far_with_the_rate_asked() {
    let growth = || Target::new(TargetShape::AverageGrowth { value: 10.0 });
    let cases = [
        (vec![10.0, 11.0], OnPace),
        (vec![7.0, 8.0], Behind),
        (vec![2.0, 3.0], FarBehind),
        (vec![-3.0, -2.0], WrongWay),
    ];
    for (rates, expected) in cases {
        let results = rates.iter().enumerate().map(|(offset, rate)| in_year(*rate, 2025 + offset as i32)).collect();
        assert_eq!(pace_of(Higher, growth(), results, None).unwrap().pace, expected, "{rates:?}");
    }
}

#[test]
fn a_count_of_a_total_is_paced_on_its_count() {
    let count = || Target::new(TargetShape::CountOfTotal { count: 16.0, total: 16.0 });
    let results = |first: f64, latest: f64| vec![in_year(first, 2025), in_year(latest, 2026)];
    assert_eq!(pace_of(Higher, count(), results(6.0, 8.0), None).unwrap().pace, OnPace);
    assert_eq!(pace_of(Higher, count(), results(6.0, 6.0), None).unwrap().pace, FarBehind);
}

#[test]
fn a_target_for_every_year_is_paced_by_its_latest_year() {
    let yearly = || Target { every_year: true, ..Target::new(TargetShape::AtLeast { value: 90.0 }) };
    assert_eq!(pace_of(Higher, yearly(), vec![in_year(95.0, 2025), in_year(92.0, 2026)], None).unwrap().pace, OnPace);
    assert_eq!(pace_of(Higher, yearly(), vec![in_year(95.0, 2025), in_year(80.0, 2026)], None).unwrap().pace, Behind);
    assert_eq!(pace_of(Higher, yearly(), vec![in_year(40.0, 2026)], None).unwrap().pace, FarBehind);
    assert_eq!(pace_of(Higher, yearly(), vec![], None).unwrap().pace, NoData);
    let keep = Target::new(TargetShape::Maintain { value: 100.0 });
    assert_eq!(pace_of(Higher, keep, vec![in_year(100.0, 2026)], None).unwrap().pace, OnPace);
}

#[test]
fn a_milestone_done_early_is_ahead_and_otherwise_has_no_pace() {
    let milestone = || Target { deadline_year: Some(2028), ..Target::new(TargetShape::Milestone) };
    let done = |done: bool| Outcome {
        done: Some(done),
        period: Period { year: Some(2026), quarter: None },
        ..Outcome::default()
    };
    assert_eq!(pace_of(Higher, milestone(), vec![done(true)], None).unwrap().pace, Ahead);
    assert_eq!(pace_of(Higher, milestone(), vec![done(false)], None), None);
}

#[test]
fn trend_compares_the_latest_value_with_the_one_before_in_the_indicators_direction() {
    let target = || Target::new(TargetShape::Level { value: 100.0 });
    // (direction, before, latest, trend)
    let cases = [
        (Higher, 50.0, 60.0, TrendDirection::Improving),
        (Higher, 60.0, 50.0, TrendDirection::Worsening),
        (Higher, 50.0, 50.2, TrendDirection::Flat),
        (Lower, 5.0, 4.0, TrendDirection::Improving),
        (Lower, 4.0, 5.0, TrendDirection::Worsening),
        (Lower, 5.0, 5.01, TrendDirection::Flat),
    ];
    for (direction, before, latest, expected) in cases {
        let record = record(target(), vec![in_year(latest, 2026), in_year(before, 2025)]);
        let found = trend(&record, &indicator(direction), &term(), None).unwrap();
        assert_eq!((found.direction, found.from, found.to), (expected, before, latest), "{direction:?}");
    }
    // Two figures for the same year contradict each other: no trend between them.
    let contradictory = record(target(), vec![in_year(50.0, 2026), in_year(60.0, 2026)]);
    assert_eq!(trend(&contradictory, &indicator(Higher), &term(), None), None);
    // One value in the term: the previous term's result is the one before.
    let one = record(target(), vec![in_year(60.0, 2026)]);
    let previous = Some(Point { value: 50.0, time: 2026.0 });
    assert_eq!(trend(&one, &indicator(Higher), &term(), previous).unwrap().direction, TrendDirection::Improving);
    assert_eq!(trend(&one, &indicator(Higher), &term(), None), None);
}

#[test]
fn shapes_without_a_path_have_no_pace() {
    let parts =
        vec![Share { part: Text::new("A", "A"), value: 60.0 }, Share { part: Text::new("B", "B"), value: 40.0 }];
    let shapes = [
        TargetShape::Range { min: 1.0, max: 2.0 },
        TargetShape::Composition { parts, tolerance: 1.0 },
        TargetShape::GradeAtLeast { grade: "Tốt".into() },
    ];
    for shape in shapes {
        assert_eq!(pace_of(Higher, Target::new(shape.clone()), vec![], None), None, "{shape:?}");
    }
}

#[test]
fn a_term_spanning_every_year_there_is_does_not_overflow() {
    // Found by the render fuzzer: end_year − start_year overflowed an i32.
    let term = Term { id: "t".into(), start_year: i32::MIN, end_year: i32::MAX };
    let record = record(Target::new(TargetShape::AnnualAverage { value: 10.0 }), vec![in_year(5.0, 0)]);
    let _ = pace(&record, &indicator(Higher), &term, Some(Status::NotYetDue), 1.0, None);
}

#[test]
fn pace_ids_are_listed_in_the_variants_order() {
    for (position, pace) in Pace::ALL.into_iter().enumerate() {
        assert_eq!((pace as usize, Pace::from_id(pace.id())), (position, Some(pace)));
    }
    assert_eq!((Pace::OnPace.id(), Pace::NoData.id()), ("on_pace", "no_data"));
}
