//! Property tests: serialise → parse round-trips, and reading never panics on any input.

use chitieu_core::load::load;
use chitieu_core::model::*;
use proptest::prelude::*;

const TEMPLATE: &str = r#"{
  "format": "chitieu-dataset", "version": 1, "title": {"vi": "Thử", "en": "Test"}, "data_as_of": "2025-09-30",
  "sources": [{"id": "s1", "file": "s1.txt", "title": {"vi": "Nguồn"}}],
  "localities": [{"id": "l1", "name": {"vi": "Thị trấn A"}, "level": "township"}],
  "terms": [{"id": "2020-2025", "start_year": 2020, "end_year": 2025}],
  "domains": [{"id": "economy", "name": {"vi": "Kinh tế", "en": "Economy"}}],
  "indicators": [{"id": "income", "name": {"vi": "Thu nhập"}, "domain": "economy", "unit": {"vi": "triệu đồng"},
                  "direction": "higher_is_better", "kind": "amount"}],
  "records": []
}"#;

fn template() -> Dataset {
    load(TEMPLATE).into_valid().expect("the template is valid")
}

fn provenance() -> impl Strategy<Value = Provenance> {
    // A quote starts with a letter: validation rightly refuses blank quotes.
    "\\PC{0,40}".prop_map(|rest| Provenance { source: "s1".into(), quote: format!("Q{rest}") })
}

fn outcome() -> impl Strategy<Value = Outcome> {
    (
        proptest::option::of(-1.0e9..1.0e9f64),
        proptest::option::of(2020..=2025i32),
        proptest::option::of(1u8..=4),
        any::<bool>(),
        proptest::option::of(0.1..1000.0f64),
        proptest::option::of(-100.0..100.0f64),
        provenance(),
    )
        .prop_map(|(value, year, quarter, estimated, percent, margin, source)| Outcome {
            value: Some(value.unwrap_or(1.0)),
            period: Period { year, quarter: year.and(quarter) },
            estimated,
            stated_percent_of_target: percent,
            stated_margin_over_target: margin,
            source,
            ..Outcome::default()
        })
}

fn target() -> impl Strategy<Value = Target> {
    let shapes = prop_oneof![
        (-1.0e6..1.0e6f64).prop_map(|value| TargetShape::Level { value }),
        (-1.0e6..1.0e6f64).prop_map(|value| TargetShape::AtLeast { value }),
        (-1.0e6..1.0e6f64).prop_map(|value| TargetShape::AnnualAverage { value }),
        (-100.0..100.0f64).prop_map(|value| TargetShape::ChangePerYear { value }),
        (0.0..50.0f64, 50.0..100.0f64).prop_map(|(min, max)| TargetShape::Range { min, max }),
        (0.0..10.0f64).prop_map(|count| TargetShape::CountOfTotal { count, total: 10.0 }),
    ];
    (shapes, proptest::option::of(2020..=2030i32), provenance()).prop_map(|(shape, deadline_year, source)| Target {
        deadline_year,
        source,
        ..Target::new(shape)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn serialise_then_parse_gives_back_the_same_dataset(target in proptest::option::of(target()), results in proptest::collection::vec(outcome(), 0..4)) {
        let mut dataset = template();
        dataset.records.push(Record {
            locality: "l1".into(),
            indicator: "income".into(),
            term: "2020-2025".into(),
            target,
            results,
            stated_status: None,
        });
        let text = serde_json::to_string(&dataset).unwrap();
        let loaded = load(&text);
        prop_assert!(loaded.errors().next().is_none(), "{:?}", loaded.problems);
        prop_assert_eq!(loaded.dataset.unwrap(), dataset);
    }

    #[test]
    fn reading_never_panics_on_arbitrary_text(text in "\\PC{0,400}") {
        let _ = load(&text);
    }

    #[test]
    fn reading_never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let loaded = chitieu_core::load::load_bytes(&bytes);
        // Whatever the bytes, an invalid result carries at least one located error.
        if !loaded.is_valid() {
            prop_assert!(loaded.errors().next().is_some());
        }
    }

    #[test]
    fn reading_never_panics_on_mutated_datasets(edits in proptest::collection::vec((0usize..2000, "[\\[\\]{}\",:0-9a-z\\-.]{0,3}", 0usize..4), 1..6)) {
        let mut text = serde_json::to_string_pretty(&template()).unwrap();
        for (position, insert, delete) in edits {
            let mut at = position % (text.len() + 1);
            while !text.is_char_boundary(at) { at -= 1; }
            let mut end = (at + delete).min(text.len());
            while !text.is_char_boundary(end) { end += 1; }
            text.replace_range(at..end, &insert);
        }
        let loaded = load(&text);
        // Whatever happened, an invalid result carries at least one located error.
        if !loaded.is_valid() {
            prop_assert!(loaded.errors().next().is_some());
        }
    }
}

#[test]
fn the_default_dataset_round_trips() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data/default.json")).unwrap();
    let dataset = load(&text).into_valid().unwrap();
    let again = load(&serde_json::to_string(&dataset).unwrap()).into_valid().unwrap();
    assert_eq!(again, dataset);
}
