//! What a data preparer reads from the chitieu binary: summaries in both languages, files in a
//! legacy encoding refused with where and how to fix them, statistics that line up and survive a
//! reader that stops early, and the evaluation as JSON Lines for other tools.

use std::process::Command;

fn chitieu(args: &[&str]) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_chitieu")).args(args).output().expect("runs");
    let text = String::from_utf8_lossy(&output.stdout).to_string() + &String::from_utf8_lossy(&output.stderr);
    (output.status.code().unwrap_or(-1), text)
}

const DEFAULT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data/default.json");

fn scratch_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("chitieu-cli-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn the_english_summary_counts_one_error_and_one_warning_in_the_singular() {
    let dir = scratch_dir("singular");
    let file = dir.join("one.json");
    let text = std::fs::read_to_string(DEFAULT).unwrap();
    let text = text.replacen("\"indicator\": \"sown-area\"", "\"indicator\": \"nowhere\"", 1);
    let text = text.replacen("\"format\": \"chitieu-dataset\",", "\"format\": \"chitieu-dataset\", \"colour\": 1,", 1);
    std::fs::write(&file, text).unwrap();
    let (code, out) = chitieu(&["validate", file.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("invalid — 1 error, 1 warning"), "{out}");
    let (_, out) = chitieu(&["validate", file.to_str().unwrap()]);
    assert!(out.contains("không hợp lệ — 1 lỗi, 1 cảnh báo"), "{out}");
    let (code, out) = chitieu(&["validate", DEFAULT, "--lang", "en"]);
    assert_eq!(code, 0);
    assert!(out.contains("records, ") && out.contains("indicators, 0 warnings"), "{out}");
}

#[test]
fn a_file_in_a_legacy_vietnamese_encoding_is_refused_with_where_and_how_to_save_it() {
    let dir = scratch_dir("encoding");
    let file = dir.join("cp1258.json");
    let text = std::fs::read_to_string(DEFAULT).unwrap();
    // "Bến" as Windows-1258 writes it: "ê" as 0xEA, the acute tone as 0xEC.
    let position = text.find("Bến Sung").unwrap() + "B".len();
    let mut legacy = text.as_bytes()[..position].to_vec();
    legacy.extend_from_slice(&[0xEA, 0xEC]);
    legacy.extend_from_slice(&text.as_bytes()[position + "ế".len()..]);
    std::fs::write(&file, legacy).unwrap();
    let line = text[..position].matches('\n').count() + 1;
    for (lang, advice) in [("vi", "Lưu tệp dưới dạng UTF-8"), ("en", "Save the file as UTF-8")] {
        let (code, out) = chitieu(&["validate", file.to_str().unwrap(), "--lang", lang]);
        assert_eq!(code, 1, "{out}");
        assert!(out.contains(&format!("cp1258.json:{line}:")) && out.contains("[not-utf8]"), "{out}");
        assert!(out.contains(advice), "{out}");
        let (code, out) = chitieu(&["stats", file.to_str().unwrap(), "--lang", lang]);
        assert_eq!(code, 1, "{out}");
        assert!(out.contains("[not-utf8]"), "{out}");
    }
}

/// The lines of the statistics table (without the source's own summaries below it).
fn table_lines(out: &str) -> Vec<&str> {
    out.lines().filter(|line| !line.contains("nguồn ghi:") && !line.contains("source states:")).collect()
}

#[test]
fn stats_columns_line_up_counting_vietnamese_letters_not_bytes() {
    for lang in ["vi", "en"] {
        let (code, out) = chitieu(&["stats", DEFAULT, "--lang", lang]);
        assert_eq!(code, 0, "{out}");
        let lines = table_lines(&out);
        assert!(lines.len() > 10, "{out}");
        // The last column is right-aligned, so every line of an aligned table is as wide.
        let widths: Vec<usize> = lines.iter().map(|line| line.chars().count()).collect();
        assert!(widths.iter().all(|width| *width == widths[0]), "{lang}: widths {widths:?}\n{out}");
        // Every count ends where its header ends.
        let header = lines[0];
        let status = if lang == "vi" { "Vượt" } else { "Exceeded" };
        let header_end = header.find(status).map(|at| header[..at].chars().count() + status.chars().count()).unwrap();
        for line in &lines[1..] {
            let chars: Vec<char> = line.chars().collect();
            assert!(chars[header_end - 1].is_ascii_digit() && chars[header_end] == ' ', "{lang}: {line}");
        }
    }
}

#[test]
fn output_piped_into_a_reader_that_stops_early_ends_quietly() {
    for args in [vec!["stats", DEFAULT], vec!["stats", DEFAULT, "--json"], vec!["validate", DEFAULT], vec!["schema"]] {
        // A pipe whose reading end is closed before the program writes: the write fails with a
        // broken pipe, as when `head` has read its lines and gone.
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let output = Command::new(env!("CARGO_BIN_EXE_chitieu"))
            .args(&args)
            .stdout(writer)
            .stderr(std::process::Stdio::piped())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.is_empty(), "{args:?}: {stderr}");
        assert_eq!(output.status.code(), Some(0), "{args:?}");
    }
}

#[test]
fn stats_as_json_lines_gives_each_records_evaluation() {
    let (code, out) = chitieu(&["stats", DEFAULT, "--json", "--lang", "en"]);
    assert_eq!(code, 0, "{out}");
    let dataset: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(DEFAULT).unwrap()).unwrap();
    let records = dataset["records"].as_array().unwrap();
    let lines: Vec<serde_json::Value> =
        out.lines().map(|line| serde_json::from_str(line).unwrap_or_else(|error| panic!("{error}: {line}"))).collect();
    assert_eq!(lines.len(), records.len(), "one line per record");
    let statuses = ["exceeded", "achieved", "not_achieved", "not_yet_due", "no_result"];
    for (line, record) in lines.iter().zip(records) {
        for field in ["locality", "indicator", "term"] {
            assert_eq!(line[field], record[field], "{line}");
        }
        assert!(line["status"].is_null() || statuses.contains(&line["status"].as_str().unwrap()), "{line}");
        assert!(
            line["status_origin"].is_null()
                || ["computed", "stated"].contains(&line["status_origin"].as_str().unwrap())
        );
        assert!(line["percent_of_target"].is_null() || line["percent_of_target"].is_f64(), "{line}");
        assert!(line["findings"].as_array().unwrap().iter().all(
            |finding| finding["kind"].is_string() && finding["text"].as_str().is_some_and(|text| !text.is_empty())
        ));
    }
    let find = |locality: &str, term: &str, indicator: &str| {
        lines
            .iter()
            .find(|line| line["locality"] == locality && line["term"] == term && line["indicator"] == indicator)
            .unwrap_or_else(|| panic!("{locality} {term} {indicator}"))
    };
    let income = find("ben-sung", "2020-2025", "income-per-capita");
    assert_eq!(income["status"], "not_achieved");
    assert_eq!(income["status_origin"], "computed");
    assert_eq!(income["percent_of_target"], 88.05);
    assert_eq!(income["findings"][0]["kind"], "target_derived");
    assert!(income["findings"][0]["text"].as_str().unwrap().starts_with("The source does not state this target."));
    assert!(lines.iter().any(|line| line["status_origin"] == "stated"), "a status as the source states it");
    let overdue = find("kbang", "2015-2020", "poverty-rate");
    assert_eq!((overdue["status"].as_str(), overdue["percent_of_target"].is_null()), (Some("no_result"), true));
    let (_, vietnamese) = chitieu(&["stats", DEFAULT, "--json"]);
    assert!(vietnamese.contains("\"text\":\"Nguồn không ghi mục tiêu này."), "the findings follow --lang");
}
