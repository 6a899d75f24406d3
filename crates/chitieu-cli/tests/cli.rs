//! The chitieu binary as a data preparer uses it.

use std::process::Command;

fn chitieu(args: &[&str]) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_chitieu")).args(args).output().expect("runs");
    let text = String::from_utf8_lossy(&output.stdout).to_string() + &String::from_utf8_lossy(&output.stderr);
    (output.status.code().unwrap_or(-1), text)
}

const DEFAULT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data/default.json");

#[test]
fn validate_accepts_the_default_dataset() {
    let (code, text) = chitieu(&["validate", DEFAULT]);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("hợp lệ"), "{text}");
}

#[test]
fn validate_warns_of_a_data_date_still_to_come_and_still_accepts_the_file() {
    let future = scratch("future").join("future.json");
    let text = std::fs::read_to_string(DEFAULT).unwrap();
    let (start, _) = text.match_indices("\"data_as_of\"").next().expect("the default names its data date");
    let end = start + text[start..].find(',').unwrap();
    std::fs::write(&future, format!("{}\"data_as_of\": \"2999-01\"{}", &text[..start], &text[end..])).unwrap();
    let (code, out) = chitieu(&["validate", future.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("$.data_as_of: warning [data-as-of-future]") && out.contains("Check the year"), "{out}");
    assert!(out.contains("valid — ") && out.contains("1 warning"), "{out}");
    // Today's file: no such warning.
    let (_, out) = chitieu(&["validate", DEFAULT]);
    assert!(!out.contains("data-as-of-future"), "{out}");
}

#[test]
fn validate_rejects_a_bad_file_listing_every_problem_located() {
    let dir = std::env::temp_dir().join(format!("chitieu-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.json");
    let text = std::fs::read_to_string(DEFAULT).unwrap();
    let text = text.replacen("\"indicator\": \"sown-area\"", "\"indicator\": \"nowhere\"", 1);
    let text = text.replacen("\"value\": 67.5", "\"value\": \"67,5\"", 1);
    std::fs::write(&bad, text).unwrap();
    let (code, out) = chitieu(&["validate", bad.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("$.records[0].target.value: error [wrong-type]"), "{out}");
    // The path counts from 0; the message names the record as people count and name it.
    assert!(out.contains("(record 1: kbang · non-agricultural-share · 2015-2020)"), "{out}");
    // Record 0 cannot be read, yet the next problem still names the file's own index.
    assert!(out.contains("$.records[2].indicator: error [unknown-reference]"), "{out}");
    assert!(out.contains("invalid — 2 errors"), "{out}");
    let truncated = dir.join("truncated.json");
    std::fs::write(&truncated, &std::fs::read_to_string(DEFAULT).unwrap()[..500]).unwrap();
    let (code, out) = chitieu(&["validate", truncated.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(out.contains("truncated.json:") && out.contains("[truncated]"), "{out}");
}

#[test]
fn stats_counts_per_locality_term_and_status() {
    let (code, out) = chitieu(&["stats", DEFAULT, "--lang", "en"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("ben-sung") && out.contains("TOTAL") && out.contains("source states: 23/26"), "{out}");
}

#[test]
fn schema_prints_the_published_schema() {
    let (code, out) = chitieu(&["schema"]);
    assert_eq!(code, 0);
    let published =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/schema/dataset-v1.schema.json"))
            .unwrap();
    assert_eq!(out, published);
}

#[test]
fn a_missing_file_is_a_clear_error() {
    let (code, out) = chitieu(&["validate", "/no/such/file.json"]);
    assert_eq!(code, 1);
    assert!(out.contains("/no/such/file.json"), "{out}");
}

fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("chitieu-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn convert_goes_json_to_xlsx_to_ods_to_json_and_back_to_the_same_dataset() {
    let dir = scratch("convert");
    let xlsx = dir.join("default.xlsx");
    let json = dir.join("again.json");
    let (code, out) = chitieu(&["convert", DEFAULT, "-o", xlsx.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    // validate and stats read the workbook directly.
    let (code, out) = chitieu(&["validate", xlsx.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("valid — 196 records"), "{out}");
    let (code, from_workbook) = chitieu(&["stats", xlsx.to_str().unwrap(), "--json"]);
    assert_eq!(code, 0);
    let (_, from_json) = chitieu(&["stats", DEFAULT, "--json"]);
    assert_eq!(from_workbook, from_json, "the same evaluation from either file");
    // And through LibreOffice's own format.
    let ods = dir.join("default.ods");
    let (code, out) = chitieu(&["convert", xlsx.to_str().unwrap(), "-o", ods.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    let (code, out) = chitieu(&["convert", ods.to_str().unwrap(), "-o", json.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    let original: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(DEFAULT).unwrap()).unwrap();
    let again: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    // The dataset's JSON writes 1125, serde writes 1125.0: the same number.
    fn numbers_as_floats(value: serde_json::Value) -> serde_json::Value {
        match value {
            serde_json::Value::Number(number) => serde_json::json!(number.as_f64().unwrap()),
            serde_json::Value::Array(items) => items.into_iter().map(numbers_as_floats).collect(),
            serde_json::Value::Object(fields) => {
                fields.into_iter().map(|(key, value)| (key, numbers_as_floats(value))).collect()
            }
            other => other,
        }
    }
    assert_eq!(numbers_as_floats(again), numbers_as_floats(original));
}

#[test]
fn template_writes_a_workbook_that_reads_back_and_convert_refuses_bad_input_writing_nothing() {
    let dir = scratch("template");
    let template = dir.join("mau.xlsx");
    let (code, out) = chitieu(&["template", "-o", template.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    let (code, out) = chitieu(&["validate", template.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    let csv = dir.join("bad.csv");
    std::fs::write(&csv, "Đơn vị;Nhiệm kỳ;Lĩnh vực;Chỉ tiêu;Đơn vị tính;Chiều;Loại chỉ tiêu;Dạng mục tiêu;Giá trị;Nguồn;Trích dẫn\nXã A;2025-2030;Kinh tế;Thu nhập;triệu đồng;Càng cao càng tốt;Số lượng, giá trị;Đạt mức;12,5 tỷ;NQ;Thu nhập 12,5 tỷ.\n").unwrap();
    let out_json = dir.join("out.json");
    let (code, out) = chitieu(&["convert", csv.to_str().unwrap(), "-o", out_json.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("Sheet 'bad', row 2, column I (Giá trị): expected a number, found '12,5 tỷ'"), "{out}");
    assert!(!out_json.exists(), "nothing written");
}

/// A province's file for `index`: the province, one commune, one target met.
fn province_file(province: &str, commune: &str) -> String {
    serde_json::json!({
        "format": "chitieu-dataset", "version": 1, "title": {"vi": province}, "data_as_of": "2026-06-30",
        "sources": [{"id": "s", "file": "s.txt", "title": {"vi": "Nghị quyết"}}],
        "localities": [{"id": province, "name": {"vi": format!("Tỉnh {province}")}, "level": "province"},
                       {"id": commune, "name": {"vi": format!("Xã {commune}")}, "level": "commune", "parent": province}],
        "terms": [{"id": "2020-2025", "start_year": 2020, "end_year": 2025}],
        "domains": [{"id": "kinh-te", "name": {"vi": "Kinh tế"}}],
        "indicators": [{"id": "thu-nhap", "name": {"vi": "Thu nhập"}, "domain": "kinh-te", "unit": {"vi": "triệu đồng"},
                        "direction": "higher_is_better", "kind": "amount"}],
        "records": [{"locality": commune, "indicator": "thu-nhap", "term": "2020-2025",
                     "target": {"shape": "level", "value": 60, "source": {"source": "s", "quote": "60 triệu"}},
                     "results": [{"value": 66, "period": {"year": 2025}, "source": {"source": "s", "quote": "66 triệu"}}]}]
    })
    .to_string()
}

#[test]
fn index_writes_the_index_file_of_a_dataset_split_by_province() {
    let dir = scratch("index");
    std::fs::create_dir_all(dir.join("tinh")).unwrap();
    for (province, commune) in [("ha-noi", "xa-a"), ("hue", "xa-b")] {
        std::fs::write(dir.join(format!("tinh/{province}.json")), province_file(province, commune)).unwrap();
    }
    let index = dir.join("index.json");
    let parts = [dir.join("tinh/ha-noi.json"), dir.join("tinh/hue.json")];
    let (code, out) =
        chitieu(&["index", "-o", index.to_str().unwrap(), parts[0].to_str().unwrap(), parts[1].to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("2 tỉnh"), "{out}");
    let (code, out) = chitieu(&["validate", index.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    let written: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&index).unwrap()).unwrap();
    let part = &written["parts"][1];
    assert_eq!(part["locality"], "hue");
    // Relative to the index file, as the browser resolves it.
    assert_eq!(part["file"], "tinh/hue.json");
    assert_eq!(part["localities"], serde_json::json!(["hue", "xa-b"]));
    // ["2020-2025", places, exceeded, achieved, not_achieved, not_yet_due, no_result]
    assert_eq!(part["summaries"][0], serde_json::json!(["2020-2025", 1, 1, 0, 0, 0, 0]));
    assert_eq!(written["localities"].as_array().unwrap().len(), 2);
    assert_eq!(written["title"], serde_json::json!({"vi": "Cả nước", "en": "The whole country"}));
    // A title given is the Vietnamese one: no English is made up for it.
    let (code, out) =
        chitieu(&["index", "-o", index.to_str().unwrap(), parts[0].to_str().unwrap(), "--title", "Hai tỉnh (thử)"]);
    assert_eq!(code, 0, "{out}");
    let written: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&index).unwrap()).unwrap();
    assert_eq!(written["title"], serde_json::json!({"vi": "Hai tỉnh (thử)"}));
    // A part outside the index's folder, or one that names no province, is refused.
    let outside = scratch("index-outside").join("ca-mau.json");
    std::fs::write(&outside, province_file("ca-mau", "xa-c")).unwrap();
    let (code, out) = chitieu(&["index", "-o", index.to_str().unwrap(), outside.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("must be in the index file's folder"), "{out}");
    let no_province = province_file("ca-mau", "xa-c").replace("\"province\"", "\"district\"");
    std::fs::write(dir.join("tinh/ca-mau.json"), no_province).unwrap();
    let (code, out) =
        chitieu(&["index", "-o", index.to_str().unwrap(), dir.join("tinh/ca-mau.json").to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("cấp tỉnh"), "{out}");
}
