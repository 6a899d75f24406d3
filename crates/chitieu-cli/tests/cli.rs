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
