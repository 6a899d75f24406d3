//! JSON → XLSX → JSON gives back the same dataset, for generated datasets: every optional field,
//! Vietnamese text in both Unicode forms' composed spelling, English names on some items and not on
//! others, numbers of every size and sign, placeholders, quarters, contested statuses.
//!
//! What the workbook cannot hold is left out of the generator, and said here: text with leading or
//! trailing spaces (cells are trimmed), and list items (grades, composition parts) whose names hold
//! ';' or ':' (the separators).

use chitieu_core::model::*;
use proptest::prelude::*;

const WORDS: &[&str] = &[
    "Thu nhập",
    "hộ nghèo",
    "Tỷ lệ",
    "đường",
    "bê tông",
    "xã",
    "Nông – lâm",
    "thủy sản",
    "50%",
    "(8 xã)",
    "“trích”",
    "<b>",
    "=SUM(A1)",
    "2.732,16",
    "Phường",
    "Đặc khu",
    "Ước",
    "income",
    "A&B",
];

fn words() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 1..4).prop_map(|words| words.join(" "))
}

fn text() -> impl Strategy<Value = Text> {
    (words(), prop::option::of(words())).prop_map(|(vi, en)| Text { vi, en })
}

fn plain_words() -> impl Strategy<Value = String> {
    words().prop_map(|text| text.replace([';', ':'], ""))
}

fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        (-1000i32..100_000).prop_map(f64::from),
        (-1e6f64..1e9f64),
        (0.0f64..1.0f64),
        Just(1.234),
        Just(2732.16),
        Just(-0.09),
    ]
}

fn opt_number() -> impl Strategy<Value = Option<f64>> {
    prop::option::of(number())
}

fn provenance() -> impl Strategy<Value = Provenance> {
    (prop::sample::select(vec!["s-1", "s-2"]), words())
        .prop_map(|(source, quote)| Provenance { source: source.to_string(), quote })
}

fn shares() -> impl Strategy<Value = Vec<Share>> {
    prop::collection::vec(
        (plain_words(), prop::option::of(plain_words()), number())
            .prop_map(|(vi, en, value)| Share { part: Text { vi, en }, value }),
        0..3,
    )
}

fn target() -> impl Strategy<Value = Target> {
    (
        prop::sample::select(vec![
            ShapeKind::Level,
            ShapeKind::AtLeast,
            ShapeKind::Below,
            ShapeKind::Range,
            ShapeKind::CountOfTotal,
            ShapeKind::Composition,
            ShapeKind::Milestone,
            ShapeKind::Maintain,
            ShapeKind::GradeAtLeast,
        ]),
        (opt_number(), opt_number(), opt_number(), opt_number(), opt_number()),
        (shares(), opt_number(), prop::option::of(plain_words()), any::<bool>()),
        (prop::option::of(2000i32..2040), prop::option::of(text()), provenance()),
    )
        .prop_map(
            |(
                shape,
                (value, min, max, count, total),
                (parts, tolerance, grade, every_year),
                (deadline_year, note, source),
            )| {
                Target {
                    shape,
                    value,
                    min,
                    max,
                    count,
                    total,
                    parts,
                    tolerance,
                    grade,
                    every_year,
                    deadline_year,
                    note,
                    source,
                }
            },
        )
}

fn outcome() -> impl Strategy<Value = Outcome> {
    (
        (opt_number(), opt_number(), shares(), prop::option::of(any::<bool>()), opt_number()),
        (prop::option::of(plain_words()), prop::option::of(2000i32..2040), prop::option::of(1u8..=4), any::<bool>()),
        (opt_number(), opt_number(), prop::option::of(text()), provenance()),
    )
        .prop_map(
            |(
                (value, total, parts, done, count),
                (grade, year, quarter, estimated),
                (stated_percent_of_target, stated_margin_over_target, note, source),
            )| {
                Outcome {
                    value,
                    total,
                    parts,
                    done,
                    count,
                    grade,
                    period: Period { year, quarter: year.and(quarter) },
                    estimated,
                    stated_percent_of_target,
                    stated_margin_over_target,
                    note,
                    source,
                }
            },
        )
}

fn dataset() -> impl Strategy<Value = Dataset> {
    let localities = prop::collection::vec(
        (
            text(),
            prop::sample::select(vec![
                Level::Commune,
                Level::Ward,
                Level::District,
                Level::Province,
                Level::SpecialZone,
            ]),
            prop::option::of(plain_words()),
            prop::option::of(prop::sample::select(vec!["2025-07-01", "2025-06-30"])),
        ),
        1..4,
    );
    let indicators = prop::collection::vec(
        (
            text(),
            text(),
            prop::sample::select(vec![Direction::HigherIsBetter, Direction::LowerIsBetter, Direction::TargetIsBest]),
            prop::sample::select(vec![
                IndicatorKind::Amount,
                IndicatorKind::Share,
                IndicatorKind::Rating,
                IndicatorKind::Count,
            ]),
            prop::collection::vec((plain_words(), prop::option::of(plain_words())), 0..3),
            prop::option::of(text()),
        ),
        1..4,
    );
    let records = prop::collection::vec(
        (
            0usize..4,
            0usize..4,
            prop::option::of(target()),
            prop::collection::vec(outcome(), 0..3),
            prop::option::of((prop::sample::select(Status::ALL.to_vec()), provenance())),
        ),
        0..8,
    );
    (text(), any::<bool>(), localities, indicators, records).prop_map(
        |(title, illustrative, localities, indicators, records)| {
            let localities: Vec<Locality> = localities
                .into_iter()
                .enumerate()
                .map(|(index, (name, level, province, until))| Locality {
                    id: format!("l-{index}"),
                    name,
                    level,
                    province,
                    parent: (index > 0).then(|| "l-0".to_string()),
                    formed_from: if index == 2 { vec!["l-0".into(), "l-1".into()] } else { Vec::new() },
                    formed_on: (index == 2).then(|| "2025-07-01".to_string()),
                    until: until.map(str::to_string),
                })
                .collect();
            let indicators: Vec<Indicator> = indicators
                .into_iter()
                .enumerate()
                .map(|(index, (name, unit, direction, kind, grades, count_unit))| Indicator {
                    id: format!("i-{index}"),
                    name,
                    domain: "d-1".into(),
                    unit,
                    direction,
                    kind,
                    part_of: (index > 0).then(|| "i-0".to_string()),
                    grades: grades.into_iter().map(|(vi, en)| Text { vi, en }).collect(),
                    count_unit,
                })
                .collect();
            let mut seen = std::collections::HashSet::new();
            let records = records
                .into_iter()
                .filter_map(|(locality, indicator, target, results, stated)| {
                    let locality = &localities[locality % localities.len()].id;
                    let indicator = &indicators[indicator % indicators.len()].id;
                    let term = if seen.len() % 2 == 0 { "2020-2025" } else { "2025-2030" };
                    seen.insert((locality.clone(), indicator.clone(), term)).then(|| Record {
                        locality: locality.clone(),
                        indicator: indicator.clone(),
                        term: term.to_string(),
                        target,
                        results,
                        stated_status: stated.map(|(status, source)| StatedStatus { status, source }),
                    })
                })
                .collect();
            Dataset {
                format: FORMAT_NAME.into(),
                version: 1,
                title,
                data_as_of: "2026-09-30".into(),
                illustrative,
                sources: vec![
                    Source {
                        id: "s-1".into(),
                        file: "a.txt".into(),
                        title: Text::new("Nghị quyết", "Resolution"),
                        url: None,
                    },
                    Source {
                        id: "s-2".into(),
                        file: "b.pdf".into(),
                        title: Text { vi: "Báo cáo".into(), en: None },
                        url: Some("https://example.org/b".into()),
                    },
                ],
                localities,
                terms: vec![
                    Term { id: "2020-2025".into(), start_year: 2020, end_year: 2025 },
                    Term { id: "2025-2030".into(), start_year: 2025, end_year: 2030 },
                ],
                domains: vec![Domain { id: "d-1".into(), name: Text::new("Kinh tế", "Economy") }],
                indicators,
                records,
                congresses: vec![Congress {
                    locality: "l-0".into(),
                    term: "2020-2025".into(),
                    ordinal: 5,
                    source: Provenance { source: "s-1".into(), quote: "Đại hội lần thứ V".into() },
                }],
                stated_summaries: vec![StatedSummary {
                    locality: "l-0".into(),
                    term: "2020-2025".into(),
                    met: 23,
                    total: 26,
                    exceeded: Some(10),
                    source: Provenance { source: "s-1".into(), quote: "23/26".into() },
                }],
                // A workbook holds one dataset, not an index of several.
                parts: Vec::new(),
            }
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn json_to_xlsx_to_json_gives_the_same_dataset(dataset in dataset()) {
        let bytes = chitieu_sheet::write_xlsx(&dataset).expect("written");
        let imported = chitieu_sheet::read_file(&bytes, "round-trip.xlsx");
        // The generated datasets need not be valid (a level without a value, say): the core's
        // checks may complain; the comparison is of what was read.
        let back = imported.dataset.expect("read back");
        prop_assert_eq!(&back.localities, &dataset.localities);
        prop_assert_eq!(&back.indicators, &dataset.indicators);
        prop_assert_eq!(&back.records, &dataset.records);
        prop_assert_eq!(back, dataset);
    }
}
