//! Table-style tests of reading and validation: one `check` per malformed input.

use super::*;

/// A small valid dataset; tests patch it to make one thing wrong at a time.
pub(crate) fn valid_json() -> serde_json::Value {
    serde_json::json!({
        "format": "chitieu-dataset",
        "version": 1,
        "title": {"vi": "Thử", "en": "Test"},
        "data_as_of": "2025-09-30",
        "sources": [{"id": "s1", "file": "s1.txt", "title": {"vi": "Nguồn"}}],
        "localities": [{"id": "l1", "name": {"vi": "Thị trấn A"}, "level": "township"}],
        "terms": [{"id": "2020-2025", "start_year": 2020, "end_year": 2025}],
        "domains": [{"id": "economy", "name": {"vi": "Kinh tế", "en": "Economy"}}],
        "indicators": [
            {"id": "income", "name": {"vi": "Thu nhập"}, "domain": "economy", "unit": {"vi": "triệu đồng"},
             "direction": "higher_is_better", "kind": "amount"},
            {"id": "insured", "name": {"vi": "Tỉ lệ BHYT"}, "domain": "economy", "unit": {"vi": "%"},
             "direction": "higher_is_better", "kind": "share"}
        ],
        "records": [
            {"locality": "l1", "indicator": "income", "term": "2020-2025",
             "target": {"shape": "level", "value": 87, "source": {"source": "s1", "quote": "q"}},
             "results": [{"value": 76.6, "period": {"year": 2025}, "estimated": true, "source": {"source": "s1", "quote": "q"}}]},
            {"locality": "l1", "indicator": "insured", "term": "2020-2025",
             "target": {"shape": "at_least", "value": 95, "source": {"source": "s1", "quote": "q"}},
             "results": [{"value": 95.6, "source": {"source": "s1", "quote": "q"}}]}
        ]
    })
}

/// Loads `json` and checks that exactly the problems with these (code, path) pairs were found.
fn check(json: &str, expected: &[(&str, &str)]) -> Loaded {
    let loaded = load(json);
    let found: Vec<(&str, &str)> = loaded.problems.iter().map(|p| (p.code, p.path.as_str())).collect();
    assert_eq!(found, expected, "problems: {:#?}", loaded.problems);
    loaded
}

fn patched(patch: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut json = valid_json();
    patch(&mut json);
    json.to_string()
}

#[test]
fn the_valid_dataset_has_no_problems() {
    let loaded = check(&valid_json().to_string(), &[]);
    assert!(loaded.is_valid());
    assert_eq!(loaded.dataset.unwrap().records.len(), 2);
}

#[test]
fn truncated_json_is_located_by_line_and_column() {
    let text = serde_json::to_string_pretty(&valid_json()).unwrap();
    let truncated = &text[..text.len() / 2];
    let loaded = check(truncated, &[("truncated", "$")]);
    let problem = &loaded.problems[0];
    assert_eq!(problem.line, Some(truncated.lines().count()));
    assert!(problem.column.is_some());
    assert!(!loaded.is_valid());
}

#[test]
fn a_syntax_error_names_its_line_and_column() {
    let loaded = check("{\n  \"format\": \"chitieu-dataset\",\n  \"version\": 1,,\n}", &[("syntax", "$")]);
    assert_eq!((loaded.problems[0].line, loaded.problems[0].column), (Some(3), Some(16)));
}

#[test]
fn a_file_that_is_not_a_dataset_is_refused() {
    check("[1, 2]", &[("not-an-object", "$")]);
    check("{\"format\": \"other\"}", &[("not-a-chitieu-dataset", "$.format")]);
}

#[test]
fn an_unsupported_version_names_the_supported_ones() {
    let loaded = check(&patched(|json| json["version"] = 7.into()), &[("unsupported-version", "$.version")]);
    assert!(loaded.problems[0].message.en.as_deref().unwrap().contains("supported versions: 1"));
}

#[test]
fn wrong_types_are_reported_for_every_bad_item_with_their_paths() {
    let json = patched(|json| {
        json["records"][0]["target"]["value"] = "87".into();
        json["records"][1]["results"][0]["value"] = serde_json::json!([1]);
    });
    check(&json, &[("wrong-type", "$.records[0].target.value"), ("wrong-type", "$.records[1].results[0].value")]);
}

#[test]
fn missing_ids_are_reported() {
    let json = patched(|json| {
        json["indicators"][0].as_object_mut().unwrap().remove("id");
    });
    // The indicator cannot be read, so the record naming it refers to an unknown id too.
    check(&json, &[("missing-field", "$.indicators[0].id"), ("unknown-reference", "$.records[0].indicator")]);
}

#[test]
fn unknown_references_and_duplicate_ids_are_errors() {
    let json = patched(|json| {
        json["records"][0]["locality"] = "nowhere".into();
        json["records"][1]["term"] = "1990-1995".into();
        json["indicators"][1]["id"] = "income".into();
        json["records"][0]["target"]["source"]["source"] = "s9".into();
    });
    check(
        &json,
        &[
            ("duplicate-id", "$.indicators[1].id"),
            ("unknown-reference", "$.records[0].locality"),
            ("unknown-reference", "$.records[0].target.source.source"),
            // The second indicator now has the first one's id, so "insured" is unknown.
            ("unknown-reference", "$.records[1].indicator"),
            ("unknown-reference", "$.records[1].term"),
        ],
    );
}

#[test]
fn a_target_missing_its_shape_parameter_is_located() {
    check(
        &patched(|json| {
            json["records"][0]["target"].as_object_mut().unwrap().remove("value");
        }),
        &[("missing-field", "$.records[0].target.value")],
    );
}

#[test]
fn a_share_outside_zero_to_a_hundred_is_an_error() {
    check(
        &patched(|json| json["records"][1]["results"][0]["value"] = 120.5.into()),
        &[("percent-out-of-range", "$.records[1].results[0].value")],
    );
}

#[test]
fn a_number_too_large_for_a_double_is_a_located_syntax_error() {
    let loaded = check(&valid_json().to_string().replace("76.6", "1e999"), &[("syntax", "$")]);
    assert!(loaded.problems[0].column.is_some());
}

#[test]
fn composition_shares_must_sum_to_a_hundred() {
    let json = patched(|json| {
        json["indicators"][0]["kind"] = "composition".into();
        json["records"][0]["target"] = serde_json::json!({"shape": "composition", "parts": [
            {"part": {"vi": "A"}, "value": 48.5}, {"part": {"vi": "B"}, "value": 19}, {"part": {"vi": "C"}, "value": 30}
        ], "source": {"source": "s1", "quote": "q"}});
        json["records"][0]["results"] = serde_json::json!([]);
    });
    check(&json, &[("composition-sum", "$.records[0].target.parts")]);
}

#[test]
fn a_result_year_outside_its_term_is_an_error() {
    check(
        &patched(|json| json["records"][0]["results"][0]["period"]["year"] = 2031.into()),
        &[("year-outside-term", "$.records[0].results[0].period.year")],
    );
}

#[test]
fn a_shape_that_does_not_fit_the_direction_is_a_warning() {
    let loaded = check(
        &patched(|json| json["records"][1]["target"]["shape"] = "at_most".into()),
        &[("shape-direction-mismatch", "$.records[1].target.shape")],
    );
    assert!(loaded.is_valid(), "a warning does not make the dataset invalid");
}

#[test]
fn unknown_fields_are_warnings_with_their_paths() {
    let json = patched(|json| {
        json["colour"] = "red".into();
        json["localities"][0]["mayor"] = "X".into();
    });
    let loaded = check(&json, &[("unknown-field", "$.colour"), ("unknown-field", "$.localities[0].mayor")]);
    assert!(loaded.is_valid());
}

#[test]
fn an_unknown_enum_value_lists_what_is_expected() {
    let loaded = check(
        &patched(|json| json["indicators"][0]["direction"] = "sideways".into()),
        &[("unknown-value", "$.indicators[0].direction"), ("unknown-reference", "$.records[0].indicator")],
    );
    assert!(loaded.problems[0].message.en.as_deref().unwrap().contains("higher_is_better"));
}

#[test]
fn messages_exist_in_vietnamese_and_english() {
    let loaded = load(&patched(|json| json["records"][0]["locality"] = "x".into()));
    for problem in &loaded.problems {
        assert!(!problem.message.vi.is_empty());
        assert!(problem.message.en.as_deref().is_some_and(|en| !en.is_empty()));
        assert_ne!(problem.message.vi, problem.message.en.clone().unwrap());
    }
}

#[test]
fn a_fifty_megabyte_file_truncated_at_the_end_is_located() {
    let mut json = valid_json();
    let record = json["records"][0].clone();
    let mut records = Vec::new();
    for index in 0..120_000 {
        let mut record = record.clone();
        record["locality"] = format!("l{index}").into();
        records.push(record);
    }
    json["records"] = records.into();
    let text = serde_json::to_string_pretty(&json).unwrap();
    assert!(text.len() > 50_000_000, "the test file is {} bytes", text.len());
    let truncated = &text[..text.len() - 10];
    let loaded = check(truncated, &[("truncated", "$")]);
    assert_eq!(loaded.problems[0].line, Some(truncated.lines().count()));
}

#[test]
fn a_byte_order_mark_is_accepted() {
    check(&format!("\u{feff}{}", valid_json()), &[]);
}
