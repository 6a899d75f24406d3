//! Table-style tests of reading and validation: one `check` per malformed input.

use super::*;
use crate::model::Status;

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

/// The valid dataset with these indicators and records instead of its own (a test's few records).
pub(crate) fn with_indicators_and_records(
    indicators: serde_json::Value,
    records: serde_json::Value,
) -> serde_json::Value {
    let mut json = valid_json();
    json["indicators"] = indicators;
    json["records"] = records;
    json
}

/// A figure's citation, for a test's records.
pub(crate) fn quoted() -> serde_json::Value {
    serde_json::json!({"source": "s1", "quote": "q"})
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

/// serde_json's English words never reach a person: each slip is said in both languages, with what
/// to do, and a character that cannot be seen is named by its code.
#[test]
fn a_syntax_error_is_said_in_both_languages_with_what_to_do() {
    let text = valid_json().to_string();
    let cases = [
        (text.replacen(",\"", ",\u{c}\"", 1), "cần tên trường trong dấu ngoặc kép", Some("U+000C")),
        (text.replacen("\"records\":", "\"records\"\u{a0}:", 1), "thiếu dấu hai chấm", Some("U+00A0")),
        (text.replacen("}]", "},]", 1), "dấu phẩy thừa", None),
        (text.replacen(",\"", " \"", 1), "thiếu dấu phẩy (,) giữa hai trường", None),
        (text.replacen("},{", "} {", 1), "thiếu dấu phẩy (,) giữa hai phần tử", None),
        (text.replacen(":", "", 1), "thiếu dấu hai chấm", None),
        (text.replacen("76.6", "tru", 1), "chỉ được viết true, false hoặc null", None),
        (text.replacen("76.6", "True", 1), "thiếu giá trị", None),
        (text.replacen("76.6", "-x", 1), "số không hợp lệ", None),
        (format!("{text} x"), "còn nội dung sau khi JSON đã kết thúc", None),
        (text.replacen("\"Thị trấn A", "\"Thị trấn\nA", 1), "ký tự xuống dòng hoặc tab", None),
    ];
    for (broken, words, unseen) in cases {
        let loaded = load(&broken);
        let problem = loaded
            .problems
            .iter()
            .find(|problem| problem.code == "syntax")
            .unwrap_or_else(|| panic!("{words}: {:#?}", loaded.problems));
        let (vi, en) = (&problem.message.vi, problem.message.en.as_deref().unwrap());
        assert!(vi.contains(words), "{words}: {vi}");
        for english in ["key must", "trailing", "expected", "invalid", "control character"] {
            assert!(!vi.contains(english), "{words}: {vi}");
        }
        assert!(!en.contains("key must") && !en.contains("expected `"), "{words}: {en}");
        assert_eq!(
            unseen.is_some_and(|code| vi.contains(code) && en.contains(code)),
            unseen.is_some(),
            "{words}: {vi}"
        );
        assert!(problem.line.is_some() && problem.column.is_some());
    }
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
    // Each names its record as people count and name it (with full diagnostics: the command line
    // and the spreadsheet worker).
    let problems = load_fast(&json).problems;
    let said = |path: &str| problems.iter().find(|problem| problem.path == path).unwrap().message.vi.clone();
    assert!(
        said("$.records[0].locality").ends_with(" (bản ghi thứ 1: nowhere · income · 2020-2025)"),
        "{}",
        said("$.records[0].locality")
    );
    assert!(
        said("$.records[1].term").ends_with(" (bản ghi thứ 2: l1 · insured · 1990-1995)"),
        "{}",
        said("$.records[1].term")
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

/// The sample with its first indicator a composition: a target of three parts and one result.
fn with_composition(result_parts: &[&str]) -> String {
    patched(|json| {
        json["indicators"][0]["kind"] = "composition".into();
        json["indicators"][0]["direction"] = "target_is_best".into();
        let parts = |names: &[&str]| {
            names
                .iter()
                .zip([48.5, 19.0, 32.5])
                .map(|(name, value)| serde_json::json!({"part": {"vi": name}, "value": value}))
                .collect::<Vec<_>>()
        };
        json["records"][0]["target"] = serde_json::json!({"shape": "composition",
            "parts": parts(&["Thương mại - dịch vụ", "Công nghiệp - xây dựng", "Nông - lâm nghiệp - thuỷ sản"]),
            "source": {"source": "s1", "quote": "q"}});
        json["records"][0]["results"] =
            serde_json::json!([{"parts": parts(result_parts), "source": {"source": "s1", "quote": "q"}}]);
    })
}

#[test]
fn composition_parts_spelt_another_standard_way_match_their_target_part() {
    let spellings = [
        "Nông - lâm nghiệp - thuỷ sản",
        "Nông - lâm nghiệp - thủy sản",
        "No\u{302}ng - la\u{302}m nghie\u{323}\u{302}p - thuy\u{309} sa\u{309}n",
        "No\u{302}ng - la\u{302}m nghie\u{302}\u{323}p - thu\u{309}y sa\u{309}n",
        "NÔNG - LÂM NGHIỆP - THỦY SẢN",
    ];
    for spelling in spellings {
        let json = with_composition(&["Thương mại - dịch vụ", "Công nghiệp - xây dựng", spelling]);
        let loaded = check(&json, &[]);
        let index = crate::DatasetIndex::new(loaded.into_valid().unwrap());
        let status = index.rows("l1", "2020-2025")[0].evaluation.status;
        assert_eq!(status, Some(Status::Achieved), "{spelling:?}: a result equal to its target is achieved");
    }
}

#[test]
fn a_result_part_that_matches_no_target_part_is_located_and_names_the_expected_parts() {
    let json = with_composition(&["Thương mại - dịch vụ", "Công nghiệp", "Nông - lâm nghiệp - thủy sản"]);
    let loaded = check(&json, &[("unknown-part", "$.records[0].results[0].parts[1].part")]);
    let message = &loaded.problems[0].message;
    for text in [message.vi.as_str(), message.en.as_deref().unwrap()] {
        assert!(text.contains("\"Công nghiệp\""), "{text}");
        assert!(
            text.contains("\"Công nghiệp - xây dựng\"") && text.contains("\"Nông - lâm nghiệp - thuỷ sản\""),
            "{text}"
        );
    }
}

#[test]
fn a_negative_composition_tolerance_is_an_error() {
    let json = with_composition(&["Thương mại - dịch vụ", "Công nghiệp - xây dựng", "Nông - lâm nghiệp - thuỷ sản"]);
    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
    value["records"][0]["target"]["tolerance"] = (-0.5).into();
    check(&value.to_string(), &[("negative-tolerance", "$.records[0].target.tolerance")]);
    value["records"][0]["target"]["tolerance"] = 0.into();
    check(&value.to_string(), &[]);
}

#[test]
fn a_stated_summary_must_count_no_more_met_than_total_and_no_more_exceeded_than_met() {
    let cases = [
        // (met, total, exceeded, expected problems)
        (23, 26, Some(10), vec![]),
        (26, 26, Some(26), vec![]),
        (27, 26, None, vec![("summary-counts", "$.stated_summaries[0].met")]),
        (23, 26, Some(24), vec![("summary-counts", "$.stated_summaries[0].exceeded")]),
        (
            30,
            26,
            Some(31),
            vec![("summary-counts", "$.stated_summaries[0].met"), ("summary-counts", "$.stated_summaries[0].exceeded")],
        ),
    ];
    for (met, total, exceeded, expected) in cases {
        let json = patched(|json| {
            json["stated_summaries"] = serde_json::json!([{"locality": "l1", "term": "2020-2025", "met": met,
                "total": total, "exceeded": exceeded, "source": {"source": "s1", "quote": "q"}}]);
        });
        check(&json, &expected);
    }
}

#[test]
fn an_unsupported_version_says_what_was_written() {
    let cases: [(serde_json::Value, &str); 5] = [
        (7.into(), "Format version 7 is not supported"),
        ("1".into(), "Format version \"1\" is not supported: it must be a whole number"),
        ("2".into(), "Format version \"2\" is not supported"),
        (1.5.into(), "Format version 1.5 is not supported"),
        (serde_json::Value::Null, "Format version null is not supported"),
    ];
    for (written, expected) in cases {
        let loaded = check(&patched(|json| json["version"] = written.clone()), &[("unsupported-version", "$.version")]);
        let message = &loaded.problems[0].message;
        assert!(message.en.as_deref().unwrap().contains(expected), "{written}: {message:?}");
        assert!(message.en.as_deref().unwrap().contains("supported versions: 1"), "{written}");
        assert!(!message.vi.contains('?'), "{written}: {}", message.vi);
    }
    let loaded = check(
        &patched(|json| {
            json.as_object_mut().unwrap().remove("version");
        }),
        &[("unsupported-version", "$.version")],
    );
    assert!(loaded.problems[0].message.en.as_deref().unwrap().contains("\"version\" field is missing"));
}

#[test]
fn a_file_in_a_legacy_vietnamese_encoding_is_refused_with_its_line_and_column_and_how_to_save_it() {
    // "Thu nhập" as Windows-1258 writes it: "â" as the byte 0xE2, the dot below as 0xF2.
    let text = serde_json::to_string_pretty(&valid_json()).unwrap();
    let at = text.find("Thu nhập").unwrap();
    let mut bytes = text.as_bytes()[..at].to_vec();
    bytes.extend_from_slice(b"Thu nh\xE2\xF2p");
    bytes.extend_from_slice(&text.as_bytes()[at + "Thu nhập".len()..]);
    let line = text[..at].matches('\n').count() + 1;
    let column = text[..at].rsplit('\n').next().unwrap().chars().count() + "Thu nh".len() + 1;

    let loaded = load_bytes(&bytes);
    assert!(!loaded.is_valid() && loaded.dataset.is_none());
    let found: Vec<(&str, Option<usize>, Option<usize>)> =
        loaded.problems.iter().map(|problem| (problem.code, problem.line, problem.column)).collect();
    assert_eq!(found, [("not-utf8", Some(line), Some(column))]);
    let message = &loaded.problems[0].message;
    assert!(message.vi.contains("Lưu tệp dưới dạng UTF-8") && message.vi.contains("Windows-1258"), "{}", message.vi);
    let english = message.en.as_deref().unwrap();
    assert!(english.contains("Save the file as UTF-8") && english.contains("0xE2"), "{english}");
    assert!(english.contains("right after \"\"vi\": \"Thu nh\""), "{english}");
}

#[test]
fn bytes_in_utf16_are_refused_and_utf8_bytes_read_as_text_does() {
    let text = valid_json().to_string();
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let without_bom: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    for bytes in [utf16, without_bom] {
        let loaded = load_bytes(&bytes);
        assert_eq!(loaded.problems.iter().map(|problem| problem.code).collect::<Vec<_>>(), ["utf16"]);
        assert!(loaded.problems[0].message.en.as_deref().unwrap().contains("Save the file as UTF-8"));
    }
    for text in [text.clone(), format!("\u{feff}{text}"), "{\"format\": 1".to_string()] {
        let from_bytes = load_bytes(text.as_bytes());
        let from_text = load(&text);
        assert_eq!(from_bytes.problems, from_text.problems);
        assert_eq!(from_bytes.dataset, from_text.dataset);
    }
}

/// The one typed pass the browser uses gives the same dataset and problems as reading item by
/// item, for every valid file and for files whose problems are beyond types.
#[test]
fn the_typed_pass_reads_valid_files_exactly_as_item_by_item_reading() {
    let default = include_str!("../../../../public/data/default.json").to_string();
    let mut beyond_types = valid_json();
    beyond_types["records"][0]["indicator"] = serde_json::json!("nowhere");
    let mut bom = String::from("\u{feff}");
    bom.push_str(&valid_json().to_string());
    for text in [default, valid_json().to_string(), beyond_types.to_string(), bom] {
        let (fast, full) = (load_fast(&text), load_item_by_item(&text));
        assert_eq!(fast.dataset, full.dataset);
        let codes = |loaded: &Loaded| loaded.problems.iter().map(|p| (p.code, p.path.clone())).collect::<Vec<_>>();
        assert_eq!(codes(&fast), codes(&full));
    }
}

#[test]
fn the_typed_pass_locates_the_first_type_error_by_path_line_and_column() {
    // (patch the valid dataset, expected code, expected path)
    type Patch = fn(&mut serde_json::Value);
    let cases: [(Patch, &str, &str); 6] = [
        (|d| d["records"][0]["target"]["value"] = serde_json::json!("67,5"), "wrong-type", "$.records[0].target.value"),
        (
            |d| d["records"][1]["results"][0]["value"] = serde_json::json!(true),
            "wrong-type",
            "$.records[1].results[0].value",
        ),
        (
            |d| d["indicators"][1]["direction"] = serde_json::json!("sideways"),
            "unknown-value",
            "$.indicators[1].direction",
        ),
        (
            |d| {
                d["localities"][0].as_object_mut().unwrap().remove("name");
            },
            "missing-field",
            "$.localities[0].name",
        ),
        (|d| d["version"] = serde_json::json!("1"), "unsupported-version", "$.version"),
        (|d| d["format"] = serde_json::json!("other"), "not-a-chitieu-dataset", "$.format"),
    ];
    for (patch, code, path) in cases {
        let mut dataset = valid_json();
        patch(&mut dataset);
        let text = serde_json::to_string_pretty(&dataset).unwrap();
        let loaded = load_fast(&text);
        assert!(loaded.dataset.is_none(), "{path}");
        let problem = &loaded.problems[0];
        assert_eq!((problem.code, problem.path.as_str()), (code, path), "{problem:?}");
        // Item-by-item reading names the same place.
        let full = load_item_by_item(&text);
        assert!(full.problems.iter().any(|p| p.code == code && p.path == path), "{:?}", full.problems);
    }
    let truncated = valid_json().to_string();
    let truncated = &truncated[..truncated.len() / 2];
    let problem = &load_fast(truncated).problems[0];
    assert_eq!(problem.code, "truncated");
    assert!(problem.line.is_some() && problem.column.is_some());
}

#[test]
fn json_paths_are_found_from_line_and_column() {
    let text = "{\n  \"a\": [1, {\"b\": \"x,]}\", \"c\": [true, 2]}],\n  \"d\\\"e\": {\"f\": null}\n}";
    // (line, column of a character, expected path)
    let cases = [
        (2, 9, "$.a[0]"),
        (2, 12, "$.a[1]"),
        (2, 20, "$.a[1].b"),
        (2, 33, "$.a[1].c[0]"),
        (2, 39, "$.a[1].c[1]"),
        (3, 14, "$.d\"e.f"),
    ];
    for (line, column, expected) in cases {
        assert_eq!(json_path_at(text, line, column), expected, "line {line} column {column}");
    }
}

#[test]
fn a_wrong_type_names_the_value_written_and_what_is_expected_in_both_languages() {
    let mut dataset = valid_json();
    dataset["records"][0]["target"]["value"] = serde_json::json!("67,5");
    let loaded = load_fast(&serde_json::to_string_pretty(&dataset).unwrap());
    let problem = &loaded.problems[0];
    assert!(problem.message.en.as_deref().unwrap().contains("\"67,5\""), "{problem:?}");
    assert!(problem.message.en.as_deref().unwrap().contains("a number"), "{problem:?}");
    assert!(problem.message.vi.contains("\"67,5\"") && problem.message.vi.contains("cần một số"), "{problem:?}");
    assert!(
        problem.location(crate::Lang::Vi).contains("$.records[0].target.value"),
        "{}",
        problem.location(crate::Lang::Vi)
    );
}

/// A name written as a plain string says what a name is, not Rust's "struct Text" (outside
/// tester, on a composition part).
#[test]
fn a_name_written_as_a_plain_string_says_it_needs_both_languages() {
    let mut dataset = valid_json();
    dataset["indicators"][0]["name"] = serde_json::json!("Thu nhập");
    for loaded in [load_fast(&dataset.to_string()), load(&dataset.to_string())] {
        let problem = &loaded.problems[0];
        assert_eq!(problem.code, "wrong-type", "{problem:?}");
        assert!(!problem.message.vi.contains("struct") && problem.message.vi.contains("\"vi\""), "{problem:?}");
        assert!(problem.message.en.as_deref().unwrap().contains("a text in both languages"), "{problem:?}");
    }
}

#[test]
fn a_file_cut_in_the_middle_of_a_letter_is_reported_as_cut_not_as_a_wrong_encoding() {
    let text = serde_json::to_string_pretty(&valid_json()).unwrap();
    let cut_at = text.find("Thị").unwrap() + "Th".len() + 1; // inside the two bytes of "ị"
    let loaded = load_bytes(&text.as_bytes()[..cut_at]);
    assert_eq!(loaded.problems[0].code, "truncated", "{:?}", loaded.problems);
    assert!(loaded.problems[0].line.is_some());
    // A bad byte in the middle is still an encoding problem.
    let mut bytes = text.as_bytes().to_vec();
    bytes[cut_at - 1] = 0xC3;
    bytes[cut_at] = b'x';
    assert_eq!(load_bytes(&bytes).problems[0].code, "not-utf8");
}

#[test]
fn a_decimal_comma_is_named_with_its_fix_in_both_ways_of_reading() {
    let text = serde_json::to_string_pretty(&valid_json()).unwrap().replacen("\"value\": 76.6", "\"value\": 76,6", 1);
    for loaded in [load_fast(&text), load_item_by_item(&text)] {
        let problem = &loaded.problems[0];
        assert_eq!(problem.code, "decimal-comma", "{problem:?}");
        assert!(problem.message.vi.contains("76,6") && problem.message.vi.contains("76.6"), "{problem:?}");
        assert!(problem.line.is_some() && problem.column.is_some());
    }
}

#[test]
fn the_command_line_names_what_was_expected_in_words_too() {
    let mut dataset = valid_json();
    dataset["records"][0]["target"]["value"] = serde_json::json!("52,3");
    let loaded = load_item_by_item(&dataset.to_string());
    let problem = loaded.problems.iter().find(|problem| problem.code == "wrong-type").unwrap();
    assert!(problem.message.vi.contains("cần một số") && !problem.message.vi.contains("f64"), "{problem:?}");
}

/// The valid dataset with a rating indicator, a share with a count, a sub-target and a merged
/// commune: the extensions of version 1 for what real targets say.
pub(crate) fn with_extensions() -> serde_json::Value {
    let mut json = valid_json();
    json["localities"].as_array_mut().unwrap().extend([
        serde_json::json!({"id": "old-a", "name": {"vi": "Xã Cũ A"}, "level": "commune", "until": "2025-06-30"}),
        serde_json::json!({"id": "new-b", "name": {"vi": "Phường B"}, "level": "ward",
                           "formed_from": ["l1", "old-a"], "formed_on": "2025-07-01"}),
    ]);
    json["indicators"].as_array_mut().unwrap().extend([
        serde_json::json!({"id": "rated", "name": {"vi": "Xếp loại Đảng bộ"}, "domain": "economy", "unit": {"vi": ""},
                           "direction": "higher_is_better", "kind": "rating",
                           "grades": [{"vi": "Hoàn thành nhiệm vụ"}, {"vi": "Hoàn thành tốt nhiệm vụ"}]}),
        serde_json::json!({"id": "nrm", "name": {"vi": "Tỷ lệ xã nông thôn mới"}, "domain": "economy", "unit": {"vi": "%"},
                           "direction": "higher_is_better", "kind": "share", "count_unit": {"vi": "xã", "en": "communes"}}),
        serde_json::json!({"id": "income-farm", "name": {"vi": "trong đó: thu nhập từ nông nghiệp"}, "domain": "economy",
                           "unit": {"vi": "triệu đồng"}, "direction": "higher_is_better", "kind": "amount", "part_of": "income"}),
    ]);
    json["records"].as_array_mut().unwrap().extend([
        serde_json::json!({"locality": "l1", "indicator": "rated", "term": "2020-2025",
            "target": {"shape": "grade_at_least", "grade": "Hoàn thành tốt nhiệm vụ", "every_year": true, "source": {"source": "s1", "quote": "q"}},
            "results": [{"grade": "Hoàn thành nhiệm vụ", "period": {"year": 2021}, "source": {"source": "s1", "quote": "q"}}]}),
        serde_json::json!({"locality": "l1", "indicator": "nrm", "term": "2020-2025",
            "target": {"shape": "at_least", "value": 50, "count": 8, "source": {"source": "s1", "quote": "q"}},
            "results": [{"count": 9, "source": {"source": "s1", "quote": "q"}}]}),
    ]);
    json
}

#[test]
fn the_extensions_for_what_real_targets_say_load_without_problems() {
    let loaded = check(&with_extensions().to_string(), &[]);
    let dataset = loaded.dataset.unwrap();
    let rated = dataset.records.iter().find(|record| record.indicator == "rated").unwrap();
    assert!(rated.target.as_ref().unwrap().every_year);
    // Every file written before the extensions still reads (they are all optional).
    check(&valid_json().to_string(), &[]);
}

#[test]
fn the_extensions_are_checked_and_located() {
    type Patch = fn(&mut serde_json::Value);
    let cases: [(Patch, &[(&str, &str)]); 7] = [
        (
            |json| json["records"][2]["target"]["grade"] = "Xuất sắc".into(),
            &[("unknown-grade", "$.records[2].target.grade")],
        ),
        (
            |json| json["records"][2]["results"][0]["grade"] = "Tốt".into(),
            &[("unknown-grade", "$.records[2].results[0].grade")],
        ),
        (
            |json| json["indicators"][2]["grades"] = serde_json::json!([]),
            &[
                ("missing-field", "$.indicators[2].grades"),
                ("unknown-grade", "$.records[2].target.grade"),
                ("unknown-grade", "$.records[2].results[0].grade"),
            ],
        ),
        (
            |json| json["indicators"][3].as_object_mut().unwrap().remove("count_unit").map(drop).unwrap(),
            &[("missing-field", "$.records[3].target.count")],
        ),
        (
            |json| json["indicators"][0]["part_of"] = "income-farm".into(),
            &[("part-of-cycle", "$.indicators[0].part_of"), ("part-of-cycle", "$.indicators[4].part_of")],
        ),
        (
            |json| json["localities"][2]["formed_from"][1] = "old-c".into(),
            &[("unknown-reference", "$.localities[2].formed_from[1]")],
        ),
        (|json| json["localities"][1]["until"] = "30/06/2025".into(), &[("bad-date", "$.localities[1].until")]),
    ];
    for (patch, expected) in cases {
        let mut json = with_extensions();
        patch(&mut json);
        check(&json.to_string(), expected);
    }
    // A grade target on an indicator that is not a rating, and a rating with another shape.
    let mut json = with_extensions();
    json["records"][2]["indicator"] = "income".into();
    json["records"][2]["results"][0] = serde_json::json!({"value": 1, "source": {"source": "s1", "quote": "q"}});
    json["records"][2]["term"] = "2020-2025".into();
    json["records"][0]["indicator"] = "rated".into();
    check(
        &json.to_string(),
        &[("shape-kind-mismatch", "$.records[0].target.shape"), ("shape-kind-mismatch", "$.records[2].target.shape")],
    );
}

#[test]
fn a_split_datasets_parts_name_a_province_of_the_index_a_file_on_the_same_server_and_known_terms() {
    let part = |locality: &str, file: &str, term: &str| {
        serde_json::json!({"locality": locality, "file": file, "localities": ["x1"],
                           "summaries": [[term, 1, 0, 1, 0, 0, 0]]})
    };
    let with_parts = |parts: serde_json::Value| patched(|json| json["parts"] = parts);
    let loaded = check(&with_parts(serde_json::json!([part("l1", "tinh/l1.json", "2020-2025")])), &[]);
    let dataset = loaded.dataset.unwrap();
    assert_eq!(dataset.part_for(Some("x1")).map(|part| part.file.as_str()), Some("tinh/l1.json"));
    check(
        &with_parts(serde_json::json!([
            part("nowhere", "a.json", "2020-2025"),
            part("l1", "https://elsewhere.example/a.json", "2020-2025"),
            part("l1", "//elsewhere.example/a.json", "2020-2025"),
            part("l1", "\\\\elsewhere.example\\a.json", "2020-2025"),
            part("l1", " ", "2020-2025"),
            part("l1", "a.json", "1990-1995"),
        ])),
        &[
            ("unknown-reference", "$.parts[0].locality"),
            ("part-file", "$.parts[1].file"),
            ("part-file", "$.parts[2].file"),
            ("part-file", "$.parts[3].file"),
            ("part-file", "$.parts[4].file"),
            ("unknown-reference", "$.parts[5].summaries[0].term"),
        ],
    );
}
