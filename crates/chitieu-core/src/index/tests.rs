//! The index against the direct scans it replaces: the same pairs, the same default pair, the same
//! rows with the same evaluations, and each record evaluated exactly once.

use std::cell::Cell;

use super::*;
use crate::chart::{self, Filter};
use crate::evaluate::{evaluate, EVALUATIONS_ON_THIS_THREAD};
use crate::i18n::Lang;
use crate::load::load;
use crate::model::{Dataset, Status};
use crate::scorecard::scorecard;
use crate::slides::slides;

fn sample() -> Dataset {
    load(&crate::load::tests::valid_json().to_string()).into_valid().unwrap()
}

fn default_dataset() -> Dataset {
    load(include_str!("../../../../public/data/default.json")).into_valid().unwrap()
}

fn pair(locality: &str, term: &str) -> (String, String) {
    (locality.to_string(), term.to_string())
}

/// Three localities and two terms, with each pair's records interleaved with the others' and two
/// pairs tied on both the number of assessed indicators and the term.
fn multi_locality() -> Dataset {
    let record = |locality: &str, indicator: &str, term: &str, shape: &str, target: f64, result: Option<f64>| {
        let source = serde_json::json!({"source": "s1", "quote": "q"});
        let results = match result {
            Some(value) => serde_json::json!([{"value": value, "source": source}]),
            None => serde_json::json!([]),
        };
        serde_json::json!({
            "locality": locality, "indicator": indicator, "term": term,
            "target": {"shape": shape, "value": target, "source": source},
            "results": results
        })
    };
    let mut json = crate::load::tests::valid_json();
    json["localities"] = serde_json::json!([
        {"id": "l1", "name": {"vi": "Thị trấn A"}, "level": "township"},
        {"id": "l2", "name": {"vi": "Xã B"}, "level": "commune"},
        {"id": "l3", "name": {"vi": "Xã C"}, "level": "commune"}
    ]);
    json["terms"] = serde_json::json!([
        {"id": "2015-2020", "start_year": 2015, "end_year": 2020},
        {"id": "2020-2025", "start_year": 2020, "end_year": 2025}
    ]);
    json["records"] = serde_json::json!([
        record("l1", "income", "2020-2025", "level", 87.0, Some(76.6)),
        record("l2", "income", "2020-2025", "level", 80.0, Some(90.0)),
        record("l1", "insured", "2020-2025", "at_least", 95.0, Some(95.6)),
        record("l3", "income", "2015-2020", "level", 50.0, Some(55.0)),
        record("l2", "insured", "2020-2025", "at_least", 90.0, Some(85.0)),
        record("l3", "insured", "2015-2020", "at_least", 90.0, Some(91.0)),
        record("l1", "income", "2015-2020", "level", 60.0, None),
    ]);
    load(&json.to_string()).into_valid().unwrap()
}

/// The default pair by the rule written the slow way, as before the index: a deduplicating scan of the records, then
/// every pair's records evaluated again, in O(pairs × records).
fn default_pair_by_the_old_scan(dataset: &Dataset) -> Option<(String, String)> {
    let mut pairs: Vec<(String, String)> = Vec::new();
    for record in &dataset.records {
        let pair = (record.locality.clone(), record.term.clone());
        if !pairs.contains(&pair) {
            pairs.push(pair);
        }
    }
    pairs
        .into_iter()
        .enumerate()
        .map(|(position, (locality, term))| {
            let assessed = dataset
                .records
                .iter()
                .filter(|record| record.locality == locality && record.term == term)
                .filter_map(|record| {
                    let indicator = dataset.indicator(&record.indicator)?;
                    let term_ref = dataset.term(&term)?;
                    Some(evaluate(record, indicator, term_ref, dataset.as_of_year()))
                })
                .filter(|evaluation| evaluation.percent_of_target.is_some())
                .count();
            (assessed, term.clone(), std::cmp::Reverse(position), locality, term)
        })
        .max_by(|a, b| (a.0, &a.1, a.2).cmp(&(b.0, &b.1, b.2)))
        .map(|(_, _, _, locality, term)| (locality, term))
}

fn evaluations_so_far() -> usize {
    EVALUATIONS_ON_THIS_THREAD.with(Cell::get)
}

#[test]
fn locality_term_pairs_are_listed_once_each_in_dataset_order() {
    let index = DatasetIndex::new(multi_locality());
    assert_eq!(
        index.locality_terms(),
        [pair("l1", "2020-2025"), pair("l2", "2020-2025"), pair("l3", "2015-2020"), pair("l1", "2015-2020")]
    );
    let default_index = DatasetIndex::new(default_dataset());
    let pairs = default_index.locality_terms();
    let distinct: std::collections::HashSet<&(String, String)> = pairs.iter().collect();
    assert_eq!(distinct.len(), pairs.len(), "no pair twice");
    assert_eq!(pairs.len(), 6);
}

#[test]
fn the_default_pair_is_the_one_the_old_scan_picked() {
    let empty = Dataset { records: Vec::new(), ..sample() };
    let cases = [
        ("the sample", sample(), Some(pair("l1", "2020-2025"))),
        ("a tie on count and term goes to the earlier pair", multi_locality(), Some(pair("l1", "2020-2025"))),
        ("a dataset without records", empty, None),
        ("the default dataset", default_dataset(), default_pair_by_the_old_scan(&default_dataset())),
    ];
    for (name, dataset, expected) in cases {
        assert_eq!(default_pair_by_the_old_scan(&dataset), expected, "{name}: the old scan");
        let index = DatasetIndex::new(dataset);
        assert_eq!(index.default_locality_term().cloned(), expected, "{name}: the index");
    }
}

#[test]
fn every_record_is_evaluated_exactly_once_however_many_views_are_built() {
    let dataset = default_dataset();
    let record_count = dataset.records.len();
    let before = evaluations_so_far();
    let index = DatasetIndex::new(dataset);
    assert_eq!(evaluations_so_far() - before, record_count, "building the index evaluates each record once");
    let stored = (0..record_count).filter(|&position| index.evaluation(position).is_some()).count();
    assert_eq!(stored, record_count, "one stored evaluation per record");

    let after_index = evaluations_so_far();
    for lang in [Lang::Vi, Lang::En] {
        for (locality, term) in index.locality_terms() {
            scorecard(&index, locality, term);
            chart::ranking(&index, locality, term, &Filter::default(), lang);
            chart::domain_breakdown(&index, locality, term, lang);
            for row in index.rows(locality, term) {
                chart::indicator_detail(&index, locality, term, &row.indicator.id, lang).expect("a detail per row");
            }
            chart::structure(&index, locality, lang);
            for indicator in chart::comparable_indicators(&index) {
                chart::compare(&index, &indicator.id, Some(term), None, lang);
            }
        }
        chart::localities_with_structure(&index);
        slides(&index, &Default::default(), lang);
    }
    assert_eq!(evaluations_so_far(), after_index, "views read the stored evaluations");
}

#[test]
fn rows_of_a_pair_are_its_records_in_dataset_order_with_their_own_evaluations() {
    for dataset in [sample(), multi_locality(), default_dataset()] {
        let index = DatasetIndex::new(dataset.clone());
        for (locality, term) in index.locality_terms() {
            let expected: Vec<&Record> =
                dataset.records.iter().filter(|record| record.locality == *locality && record.term == *term).collect();
            let rows = index.rows(locality, term);
            assert_eq!(rows.iter().map(|row| row.record).collect::<Vec<_>>(), expected, "{locality} {term}");
            for row in rows {
                let indicator = dataset.indicator(&row.record.indicator).unwrap();
                let term_ref = dataset.term(term).unwrap();
                assert_eq!(row.indicator, indicator);
                // The index adds pace and trend, which need other records; the rest is the rule's.
                let stored = crate::evaluate::Evaluation { pace: None, trend: None, ..row.evaluation.clone() };
                assert_eq!(stored, evaluate(row.record, indicator, term_ref, dataset.as_of_year()));
            }
        }
        assert!(index.rows("nowhere", "2020-2025").is_empty());
    }
}

#[test]
fn rows_of_an_indicator_are_its_records_in_dataset_order() {
    let dataset = multi_locality();
    let index = DatasetIndex::new(dataset.clone());
    for indicator in ["income", "insured", "unknown"] {
        let expected: Vec<&Record> = dataset.records.iter().filter(|record| record.indicator == indicator).collect();
        assert_eq!(index.records_of_indicator(indicator).collect::<Vec<_>>(), expected, "{indicator}");
        assert_eq!(index.rows_of_indicator(indicator).iter().map(|row| row.record).collect::<Vec<_>>(), expected);
    }
    let row = index.row("l2", "2020-2025", "insured").expect("l2 reports insurance in 2020-2025");
    assert!(std::ptr::eq(row.record, &index.dataset().records[4]), "the fifth record, stored once");
    assert!(index.row("l2", "2015-2020", "insured").is_none());
}

#[test]
fn a_record_naming_an_unknown_term_is_listed_but_not_evaluated() {
    // Validation refuses such a dataset; the index must still not invent an evaluation for it.
    let mut dataset = sample();
    dataset.records[1].term = "nowhere".into();
    let index = DatasetIndex::new(dataset);
    assert_eq!(index.locality_terms(), [pair("l1", "2020-2025"), pair("l1", "nowhere")]);
    assert!(index.evaluation(1).is_none());
    assert!(index.rows("l1", "nowhere").is_empty());
    assert_eq!(index.rows("l1", "2020-2025").len(), 1);
}

#[test]
fn a_place_cites_only_the_documents_its_own_figures_come_from() {
    let index = DatasetIndex::new(default_dataset());
    let dataset = index.dataset();
    for (locality, term) in index.locality_terms() {
        let rows = index.rows(locality, term);
        let cited: Vec<&str> =
            index.cited_sources(rows.iter().map(|row| row.record)).iter().map(|source| source.id.as_str()).collect();
        assert!(!cited.is_empty(), "{locality} {term} cites something");
        // Exactly the documents named by its records' targets and results, each once.
        let mut expected: Vec<&str> = rows
            .iter()
            .flat_map(|row| {
                row.record
                    .target
                    .iter()
                    .map(|target| target.source.source.as_str())
                    .chain(row.record.results.iter().map(|result| result.source.source.as_str()))
            })
            .collect();
        expected.sort_unstable();
        expected.dedup();
        let mut sorted = cited.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, expected, "{locality} {term}");
        assert!(
            cited.len() < dataset.sources.len(),
            "{locality} {term} does not credit all {} documents",
            dataset.sources.len()
        );
    }
}

#[test]
fn search_finds_indicators_in_other_places_and_terms_as_a_direct_scan_does() {
    let dataset = default_dataset();
    let index = DatasetIndex::new(dataset.clone());
    let here = ("ben-sung", "2020-2025");
    // Vietnamese without diacritics, Vietnamese with them, English, and nothing.
    for query in ["ho ngheo", "hộ nghèo", "poor households", "thu nhap", "income", "zzz"] {
        let mut expected: Vec<(String, String, usize)> = Vec::new();
        for (locality, term) in index.locality_terms() {
            if (locality.as_str(), term.as_str()) == here {
                continue;
            }
            let found = dataset
                .records
                .iter()
                .filter(|record| &record.locality == locality && &record.term == term)
                .filter(|record| {
                    let indicator =
                        dataset.indicators.iter().find(|indicator| indicator.id == record.indicator).unwrap();
                    crate::search::matches(&indicator.name.vi, query)
                        || crate::search::matches(indicator.name.en.as_deref().unwrap_or(""), query)
                })
                .count();
            if found > 0 {
                expected.push((locality.clone(), term.clone(), found));
            }
        }
        let found: Vec<(String, String, usize)> = index
            .found_elsewhere(query, here)
            .into_iter()
            .map(|(locality, term, count)| (locality.to_string(), term.to_string(), count))
            .collect();
        assert_eq!(found, expected, "{query}");
        assert!(found.iter().all(|(locality, term, _)| (locality.as_str(), term.as_str()) != here));
    }
    assert!(!index.found_elsewhere("ho ngheo", here).is_empty(), "the default data has poverty elsewhere");
    assert!(!index.found_elsewhere("poor households", here).is_empty(), "English names are searched too");
    assert!(index.found_elsewhere("  ", here).is_empty());
}

/// The locality picker's search: a commune by its name without diacritics, a district's communes
/// by the district's name, a term by its years; each answer a place and term the dataset reports.
#[test]
fn places_are_found_by_their_name_their_parent_s_or_their_term() {
    let dataset = crate::load::load(include_str!("../../../../public/data/illustrative.json")).into_valid().unwrap();
    let index = DatasetIndex::new(dataset);
    let localities = |query: &str| {
        let mut found: Vec<&str> = index.find_places(query).into_iter().map(|(locality, _)| locality).collect();
        found.dedup();
        found
    };
    assert_eq!(localities("dong hung"), ["dong-hung"]);
    assert_eq!(localities("Đông Hưng"), ["dong-hung"]);
    assert_eq!(localities("xa dong"), ["dong-hung", "dong-phu"]);
    // Every unit under Huyện Tân Lập comes with it, and the ward of the same name.
    let district = localities("huyen tan lap");
    let children = index.dataset().localities.iter().filter(|unit| unit.parent.as_deref() == Some("huyen-tan-lap"));
    for child in children.filter(|child| index.locality_terms().iter().any(|(locality, _)| *locality == child.id)) {
        assert!(district.contains(&child.id.as_str()), "{} in {district:?}", child.id);
    }
    assert!(!district.contains(&"son-lam"), "{district:?}");
    // A term narrows the places to it.
    let in_term = index.find_places("dong hung 2020");
    assert!(
        !in_term.is_empty()
            && in_term.iter().all(|(locality, term)| *locality == "dong-hung" && term.starts_with("2020"))
    );
    assert!(index.find_places("khong co noi nao").is_empty());
    assert!(index.find_places(" ").is_empty());
    // Every answer is a pair the dataset reports.
    assert!(index.find_places("xa").iter().all(|(locality, term)| {
        index.locality_terms().iter().any(|(known, known_term)| known == locality && known_term == term)
    }));
}

/// The place search puts the place named by the query first, matches words spread over a
/// commune's and its district's names but not over a commune's and its province's, and matches
/// the beginnings of words ("yen" is not in "huyện").
#[test]
fn the_place_named_comes_first_and_words_match_within_one_name() {
    let dataset = crate::load::load(include_str!("../../../../public/data/illustrative.json")).into_valid().unwrap();
    let index = DatasetIndex::new(dataset);
    let first = |query: &str| index.find_places(query).first().map(|(locality, _)| *locality);
    assert_eq!(first("son lam"), Some("son-lam"));
    // Three units are named Tân Lập: one of them comes first, not a commune of the district.
    assert!(["huyen-tan-lap", "thi-tran-tan-lap", "phuong-tan-lap"].contains(&first("tan lap").unwrap()));
    assert_eq!(first("hoa thang"), Some("hoa-thang"));
    // "Đông" in a commune's name and "Minh Sơn" in its province's: no one name has both.
    assert!(index.find_places("dong minh son").is_empty());
    // The province's name alone finds its places.
    assert!(!index.find_places("minh son").is_empty());
    // A commune with its district's name: the commune of that district, not its namesake.
    let namesake = |query: &str| {
        let mut found: Vec<&str> = index.find_places(query).into_iter().map(|(locality, _)| locality).collect();
        found.dedup();
        found
    };
    assert_eq!(namesake("hoa thang tan lap"), ["hoa-thang"]);
    assert_eq!(namesake("tan lap dong"), ["dong-hung", "dong-phu"]);
    // Punctuation, as in a name pasted from the picker, separates words.
    assert_eq!(namesake("hoa thang, tan lap"), ["hoa-thang"]);
    assert_eq!(namesake("Xã Hòa Thắng (Huyện Tân Lập)"), ["hoa-thang"]);
    // The middle of a word is not a match: "ung" ends "Hưng", "uyen" ends "Huyện".
    assert!(index.find_places("ung").is_empty());
    assert!(index.find_places("uyen").is_empty());
}

/// Two units of one name, in either spelling of the tone, are told apart by the unit above them,
/// wherever a place is named; a unique name stays as it is.
#[test]
fn namesakes_are_named_with_their_parent() {
    let mut dataset =
        crate::load::load(include_str!("../../../../public/data/illustrative.json")).into_valid().unwrap();
    let son_lam = dataset.localities.iter_mut().find(|unit| unit.id == "son-lam").unwrap();
    son_lam.name.vi = "Xã Hoà Thắng".into();
    let index = DatasetIndex::new(dataset);
    let name = |locality: &str| crate::chart::place_name(&index, locality, "2020-2025", Lang::Vi);
    assert_eq!(name("hoa-thang"), "Xã Hòa Thắng (Huyện Tân Lập), 2020-2025");
    assert_eq!(name("son-lam"), "Xã Hoà Thắng (Tỉnh Minh Sơn), 2020-2025");
    assert_eq!(name("dong-hung"), "Xã Đông Hưng, 2020-2025");
    // The compare view's columns (and so its table, CSV and image) name the namesake's district too.
    let mut compared = 0;
    for indicator in crate::chart::comparable_indicators_in_term(&index, "2020-2025") {
        let chart = crate::chart::compare(&index, &indicator.id, Some("2020-2025"), None, Lang::Vi).unwrap();
        for column in chart.columns.iter().filter(|column| column.key.starts_with("hoa-thang|")) {
            assert_eq!(column.label, "Xã Hòa Thắng (Huyện Tân Lập)");
            compared += 1;
        }
    }
    assert!(compared > 0, "Xã Hòa Thắng is in no comparison");
    // So does the detail's chart across terms, in its title and its sentence.
    let indicator = &index.rows("hoa-thang", "2020-2025")[0].indicator.clone();
    let across = crate::chart::across_terms(&index, "hoa-thang", indicator, Lang::Vi);
    assert!(across.title.contains("— Xã Hòa Thắng (Huyện Tân Lập): qua các nhiệm kỳ"), "{}", across.title);
    assert!(across.description.contains("Xã Hòa Thắng (Huyện Tân Lập)"), "{}", across.description);
}

/// "6/8 thôn" written as a result's `count` (the word its target uses) is the same result as
/// written as `value`: met, 100 % of target, drawn and named "6/8" — not "no result" beside a
/// % of target (an outside tester's province).
#[test]
fn a_count_of_a_total_reads_the_same_as_value_or_as_count() {
    let detail_with = |result: serde_json::Value| {
        let mut json = crate::load::tests::valid_json();
        json["indicators"][1]["unit"] = serde_json::json!({"vi": "thôn"});
        json["records"][1]["target"] = serde_json::json!({"shape": "count_of_total", "count": 6, "total": 8, "source": {"source": "s1", "quote": "q"}});
        json["records"][1]["results"] = serde_json::json!([result]);
        let index = DatasetIndex::new(load(&json.to_string()).into_valid().unwrap());
        chart::indicator_detail(&index, "l1", "2020-2025", "insured", Lang::Vi).unwrap()
    };
    for (field, count, status, percent) in [
        ("value", 6, Status::Achieved, "100 %"),
        ("count", 6, Status::Achieved, "100 %"),
        ("count", 3, Status::NotAchieved, "50 %"),
    ] {
        let detail =
            detail_with(serde_json::json!({field: count, "total": 8, "source": {"source": "s1", "quote": "q"}}));
        assert_eq!(detail.status, Some(status), "{field}: {count}");
        assert_eq!(
            detail.percent_of_target.as_deref().map(|text| text.replace('\u{a0}', " ")),
            Some(percent.to_string())
        );
        assert_eq!(detail.bullet.value, Some(count as f64), "{field}: {count} is drawn");
        assert!(detail.bullet.value_label.starts_with(&format!("{count}/8")), "{field}: {}", detail.bullet.value_label);
    }
}

/// A unit that ended before the dataset's date (a district dissolved on 30/06/2025, data as of
/// September 2025) has nothing still to come: a target without a result has none, a result before
/// the deadline is judged, and no target has a pace. A unit that goes on keeps "not yet due"
/// (outside tester: a dissolved district's 15 targets all read "Chưa đến hạn").
#[test]
fn a_unit_that_ended_before_the_data_date_has_no_target_still_to_come() {
    let source = serde_json::json!({"source": "s1", "quote": "q"});
    let record = |locality: &str, indicator: &str, result: Option<(f64, i32)>| {
        let results = match result {
            Some((value, year)) => serde_json::json!([{"value": value, "period": {"year": year}, "source": source}]),
            None => serde_json::json!([]),
        };
        serde_json::json!({
            "locality": locality, "indicator": indicator, "term": "2020-2025",
            "target": {"shape": "level", "value": 80.0, "source": source},
            "results": results
        })
    };
    let mut json = crate::load::tests::valid_json();
    json["data_as_of"] = serde_json::json!("2025-09-30");
    json["localities"] = serde_json::json!([
        {"id": "old", "name": {"vi": "Huyện Cũ"}, "level": "district", "until": "2025-06-30"},
        {"id": "goes-on", "name": {"vi": "Xã Còn"}, "level": "commune"},
        {"id": "later", "name": {"vi": "Huyện Sau"}, "level": "district", "until": "2025-12-31"}
    ]);
    json["terms"] = serde_json::json!([{"id": "2020-2025", "start_year": 2020, "end_year": 2025}]);
    json["records"] = serde_json::json!([
        record("old", "income", None),
        record("old", "insured", Some((70.0, 2024))),
        record("goes-on", "income", None),
        record("goes-on", "insured", Some((70.0, 2024))),
        record("later", "income", None),
    ]);
    let index = DatasetIndex::new(load(&json.to_string()).into_valid().unwrap());
    let status = |locality: &str, indicator: &str| {
        let rows = index.rows(locality, "2020-2025");
        let row = rows.iter().find(|row| row.indicator.id == indicator).unwrap();
        (row.evaluation.status, row.evaluation.pace.is_some())
    };
    assert_eq!(status("old", "income"), (Some(Status::NoResult), false));
    assert_eq!(status("old", "insured"), (Some(Status::NotAchieved), false));
    assert_eq!(status("goes-on", "income").0, Some(Status::NotYetDue));
    assert_eq!(status("goes-on", "insured").0, Some(Status::NotYetDue));
    assert_eq!(status("later", "income").0, Some(Status::NotYetDue), "ends after the data date");
}

/// "7/10 làng" written as a `count` of a `total`, for an indicator that counts and has no target,
/// is a result of 7 (of 10), drawn and said as such, not a result without a value (outside tester).
#[test]
fn a_count_of_a_total_without_a_target_is_a_result() {
    let source = crate::load::tests::quoted();
    let json = crate::load::tests::with_indicators_and_records(
        serde_json::json!([
            {"id": "villages", "name": {"vi": "Số làng đạt chuẩn nông thôn mới"}, "domain": "economy",
             "unit": {"vi": "làng"}, "direction": "higher_is_better", "kind": "count"}
        ]),
        serde_json::json!([
            {"locality": "l1", "indicator": "villages", "term": "2020-2025",
             "results": [{"period": {"year": 2025}, "count": 7, "total": 10, "source": source}]}
        ]),
    );
    let index = DatasetIndex::new(load(&json.to_string()).into_valid().unwrap());
    let detail = chart::indicator_detail(&index, "l1", "2020-2025", "villages", Lang::Vi).unwrap();
    assert_eq!(detail.bullet.value, Some(7.0));
    assert!(detail.bullet.value_label.contains("7/10 làng"), "{}", detail.bullet.value_label);
}
