//! Reading in steps gives what reading in one pass gives: the same index for a valid file, the
//! same problems for a file with any, wherever in the file (and in whichever step) they are.

use super::*;
use crate::load::{load_bytes, tests::valid_json};

/// Reads `bytes` step by step: the answer and the share reported after each step.
fn read_in_steps(bytes: &[u8]) -> (Read, Vec<f64>) {
    let mut reading = Reading::new(bytes.to_vec());
    let mut shares = Vec::new();
    loop {
        match reading.step() {
            Step::Working(share) => shares.push(share),
            Step::Done(answer) => return (answer, shares),
        }
    }
}

/// What the browser's one-pass reading (`load_fast`) and indexing give, as a `Read`.
fn in_one_pass(bytes: &[u8]) -> Read {
    let loaded = match std::str::from_utf8(bytes) {
        Ok(text) => crate::load::load_fast(text),
        Err(_) => load_bytes(bytes),
    };
    match loaded.dataset {
        None => Read::Unreadable,
        Some(_) => match loaded.into_valid() {
            Ok(dataset) => Read::Valid(Box::new(DatasetIndex::new(dataset))),
            Err(problems) => Read::Invalid(problems),
        },
    }
}

/// The small valid dataset with `count` localities, each with its two records.
pub(crate) fn with_localities(count: usize) -> serde_json::Value {
    let mut json = valid_json();
    let (locality, records) = (json["localities"][0].clone(), json["records"].as_array().unwrap().clone());
    let (mut localities, mut all_records) = (Vec::new(), Vec::new());
    for number in 0..count {
        let id = format!("l{number}");
        let mut locality = locality.clone();
        locality["id"] = id.clone().into();
        locality["name"]["vi"] = format!("{} {number}", locality["name"]["vi"].as_str().unwrap()).into();
        localities.push(locality);
        for record in &records {
            let mut record = record.clone();
            record["locality"] = id.clone().into();
            all_records.push(record);
        }
    }
    json["localities"] = localities.into();
    json["records"] = all_records.into();
    json
}

/// The dataset's text with the records before every other member.
fn records_first(json: &serde_json::Value) -> String {
    let records = json["records"].to_string();
    let mut rest = json.clone();
    rest.as_object_mut().unwrap().remove("records");
    format!("{{ \"records\" : {records} , {}", &rest.to_string()[1..])
}

/// Everything an index answers (its hash maps print in no fixed order, so not `{:?}` of it).
fn described(answer: &Read) -> String {
    let index = match answer {
        Read::Valid(index) => index,
        Read::Invalid(problems) => return format!("{problems:#?}"),
        Read::Unreadable => return "unreadable".to_string(),
    };
    let dataset = index.dataset();
    let evaluations: Vec<_> = (0..dataset.records.len()).map(|position| index.evaluation(position)).collect();
    let pairs: Vec<_> = index.locality_terms().iter().map(|(locality, term)| index.rows(locality, term)).collect();
    let by_indicator: Vec<_> =
        dataset.indicators.iter().map(|indicator| index.rows_of_indicator(&indicator.id)).collect();
    format!(
        "{dataset:?}\n{evaluations:?}\n{:?}\n{:?}\n{pairs:?}\n{by_indicator:?}",
        index.locality_terms(),
        index.default_locality_term()
    )
}

#[test]
fn a_valid_file_read_in_steps_gives_the_index_built_in_one_pass() {
    let default = include_str!("../../../../public/data/default.json").to_string();
    let many = with_localities(400).to_string();
    let mut no_records = valid_json();
    no_records["records"] = serde_json::json!([]);
    let mut without_records_key = valid_json();
    without_records_key.as_object_mut().unwrap().remove("records");
    let mut with_warning = valid_json();
    with_warning["indicators"][1]["direction"] = "lower_is_better".into();
    // The illustrative province sets the fields the default leaves out (`illustrative`, mergers):
    // with the default's congresses and stated summaries, every field the head reads is compared.
    let illustrative = include_str!("../../../../public/data/illustrative.json").to_string();
    // An index file of a dataset split by province: its parts are read too.
    let mut index_file = valid_json();
    index_file["parts"] = serde_json::json!([{"locality": "l1", "file": "tinh/l1.json", "localities": ["x1"],
        "summaries": [["2020-2025", 1, 1, 0, 1, 0, 0]]}]);
    let index_file = index_file.to_string();
    let Read::Valid(read) = in_one_pass(index_file.as_bytes()) else { panic!("the index file is valid") };
    assert_eq!(read.dataset().parts.len(), 1);
    for text in [
        index_file,
        default,
        illustrative,
        many.clone(),
        format!("\u{feff}{many}"),
        serde_json::to_string_pretty(&with_localities(3)).unwrap(),
        no_records.to_string(),
        without_records_key.to_string(),
        with_warning.to_string(),
        // The walk over the top level, with what JSON allows: the records first, a key spelled
        // with an escape, white space everywhere.
        records_first(&valid_json()),
        many.replacen("\"records\"", "\"rec\\u006frds\"", 1),
        serde_json::to_string_pretty(&with_localities(3)).unwrap().replace(':', " :\r\n\t").replace(',', "\n ,  "),
    ] {
        let (stepped, _) = read_in_steps(text.as_bytes());
        assert!(matches!(stepped, Read::Valid(_)), "{}", described(&stepped));
        assert_eq!(described(&stepped), described(&in_one_pass(text.as_bytes())));
    }
}

#[test]
fn each_step_reads_a_bounded_number_of_records_and_the_share_only_grows() {
    let text = with_localities(400).to_string();
    let (answer, shares) = read_in_steps(text.as_bytes());
    assert!(matches!(answer, Read::Valid(_)));
    // A step to check the text; two to find the records (800 records and their commas, 1,024
    // values or marks at a time); the 800 records 256 at a time; their pace 2,048 at a time, the
    // last step giving the answer.
    let finding = (2 * 800usize).div_ceil(VALUES_PER_STEP);
    assert_eq!(shares.len(), 1 + finding + 800usize.div_ceil(RECORDS_PER_STEP) + 800usize.div_ceil(PACED_PER_STEP) - 1);
    assert_eq!(shares[0], 0.0);
    assert!(shares.windows(2).all(|pair| pair[0] < pair[1]), "{shares:?}");
    assert!(shares.iter().all(|share| (0.0..1.0).contains(share)));
}

#[test]
fn a_file_with_problems_gives_the_one_pass_problems_wherever_they_are() {
    let many = with_localities(400);
    let patched = |patch: fn(&mut serde_json::Value)| {
        let mut json = many.clone();
        patch(&mut json);
        json.to_string().into_bytes()
    };
    let text = many.to_string();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("cut off half-way", text.as_bytes()[..text.len() / 2].to_vec()),
        (
            "a syntax error among the last records",
            text.replacen("\"locality\":\"l399\",", "\"locality\":\"l399\"", 1).into_bytes(),
        ),
        ("a wrong type in record 700", patched(|json| json["records"][700]["target"]["value"] = "67,5".into())),
        (
            "a missing field in record 3",
            patched(|json| {
                json["records"][3].as_object_mut().unwrap().remove("term");
            }),
        ),
        ("an unknown reference in record 700", patched(|json| json["records"][700]["indicator"] = "nowhere".into())),
        ("a duplicate across steps", patched(|json| json["records"][600] = json["records"][3].clone())),
        (
            "a share out of range and a bad head",
            patched(|json| {
                json["records"][500]["results"][0]["value"] = 140.0.into();
                json["data_as_of"] = "30/9/2025".into();
            }),
        ),
        ("an unsupported version", patched(|json| json["version"] = 2.into())),
        ("another format", patched(|json| json["format"] = "other".into())),
        ("records not a list", patched(|json| json["records"] = serde_json::json!({}))),
        ("a list, not an object", format!("[{text}]").into_bytes()),
        ("two records keys", text.replacen("\"records\":", "\"records\":[],\"records\":", 1).into_bytes()),
        ("records null", text.replacen("\"records\":[", "\"records\":null,\"x\":[", 1).into_bytes()),
        ("a comma after the last record", text.replacen("}]", "},]", 1).into_bytes()),
        ("two records without a comma", text.replacen("},{\"indicator\"", "} {\"indicator\"", 1).into_bytes()),
        ("a comma after the last member", format!("{},}}", &text[..text.len() - 1]).into_bytes()),
        ("text after the object", format!("{text} x").into_bytes()),
        ("two objects", format!("{text}{text}").into_bytes()),
        ("an empty object", b"{}".to_vec()),
        ("not UTF-8", [b"{\"title\": \"X\xe3 A\"}".as_slice(), text.as_bytes()].concat()),
        ("empty", Vec::new()),
        // JSON's white space is four characters; the walk over the top level once let others pass.
        ("a form feed between members", text.replacen(",\"", ",\u{c}\"", 1).into_bytes()),
        ("a no-break space before a colon", text.replacen("\"records\":", "\"records\"\u{a0}:", 1).into_bytes()),
    ];
    for (case, bytes) in cases {
        let (stepped, _) = read_in_steps(&bytes);
        assert!(!matches!(stepped, Read::Valid(_)), "{case}: read as valid");
        assert_eq!(described(&stepped), described(&in_one_pass(&bytes)), "{case}");
    }
}
/// serde_json counts columns in bytes; a person, and the path finder, in characters. Before this
/// was kept apart, a type error after Vietnamese text on a long line was placed records later.
#[test]
fn a_type_error_after_vietnamese_text_is_placed_at_its_own_record_and_column() {
    let mut json = with_localities(400);
    json["records"][700]["target"]["value"] = "67,5".into();
    let text = json.to_string();
    let problem = &crate::load::load_fast(&text).problems[0];
    assert_eq!(problem.path, "$.records[700].target.value");
    let column = problem.column.unwrap();
    let before: String = text.chars().take(column).collect();
    assert!(before.ends_with(r#""value":"67,5""#), "{}", &before[before.len() - 40..]);
}
