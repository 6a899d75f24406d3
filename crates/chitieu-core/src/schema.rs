//! The JSON Schema of the dataset format, generated from the Rust types so the two cannot drift.
//! `public/schema/dataset-v1.schema.json` is this output; a test keeps them equal.

use crate::model::Dataset;

/// The schema as pretty-printed JSON, ending with a newline.
pub fn dataset_schema_json() -> String {
    let mut schema = schemars::schema_for!(Dataset);
    schema.insert("$id".into(), "https://chitieu.invalid/schema/dataset-v1.schema.json".into());
    schema.insert("title".into(), "Chỉ Tiêu dataset, format version 1".into());
    schema.insert(
        "description".into(),
        "Targets and results of local party-congress resolutions, with provenance. See docs/DATASET.md.".into(),
    );
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema always serialises");
    text.push('\n');
    text
}
