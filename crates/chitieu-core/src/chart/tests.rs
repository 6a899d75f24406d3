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
    table.sort_by(1, true);
    let values: Vec<f64> = table.rows.iter().map(|row| row[1].number.unwrap()).collect();
    assert!(values.windows(2).all(|pair| pair[0] <= pair[1]));
    assert_eq!(table.rows[0][0].text, "Tổng thu ngân sách Nhà nước trong nhiệm kỳ");
}

#[test]
fn csv_has_a_byte_order_mark_and_quotes_commas() {
    let table = Table {
        caption: "c".into(),
        headers: vec!["Chỉ tiêu".into(), "Giá trị".into()],
        rows: vec![vec![Cell::text("Nông, lâm \"nghiệp\""), Cell::number("2.732,16", 2732.16)]],
    };
    assert_eq!(table.to_csv(), "\u{feff}Chỉ tiêu,Giá trị\r\n\"Nông, lâm \"\"nghiệp\"\"\",\"2.732,16\"\r\n");
}

#[test]
fn domain_breakdown_counts_statuses_per_domain() {
    let chart = domain_breakdown(&default_dataset(), "ben-sung", "2020-2025", Lang::Vi);
    assert_eq!(chart.rows.len(), 5);
    let total: f64 = chart.rows.iter().flat_map(|row| &row.segments).map(|segment| segment.value).sum();
    assert_eq!(total, 33.0, "every record of Bến Sung 2020-2025 counted once");
    assert!(chart.description.contains("Nguồn ghi: 23/26"));
    assert_eq!(chart.table().rows.len(), 5);
}

#[test]
fn indicator_detail_for_bến_sung_income_derives_the_target_and_says_it() {
    let detail = indicator_detail(&default_dataset(), "ben-sung", "2020-2025", "income-per-capita", Lang::Vi).unwrap();
    assert_eq!(detail.status, Some(Status::NotAchieved));
    assert_eq!(
        detail.bullet.description,
        "Thu nhập bình quân đầu người, Thị trấn Bến Sung, 2020-2025: mục tiêu 87\u{a0}triệu đồng/người/năm (suy ra từ kết quả), đạt ước 76,6\u{a0}triệu đồng/người/năm (2025) (88,05\u{a0}%) — không đạt."
    );
    assert_eq!(detail.provenance.len(), 1);
    assert!(detail.provenance[0].quote.contains("76,6 triệu đồng"));
    assert_eq!(detail.provenance[0].file, "001_c83031c752d89291.txt");
    let terms: Vec<&str> = detail.across_terms.columns.iter().map(|column| column.label.as_str()).collect();
    assert_eq!(terms, ["2020-2025", "2025-2030"], "this term's result and the next term's target");
    assert_eq!(detail.across_terms.columns[1].target, Some(92.0));
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
}

#[test]
fn compare_puts_localities_side_by_side_across_terms_when_one_term_has_too_few() {
    let dataset = default_dataset();
    let comparable: Vec<&str> = comparable_indicators(&dataset).iter().map(|i| i.id.as_str()).collect();
    assert!(comparable.contains(&"poverty-rate") && comparable.contains(&"health-insurance"), "{comparable:?}");
    // Two localities report poverty in 2020-2025: Bến Sung's result beside Chợ Mới's target.
    let in_term = compare(&dataset, "poverty-rate", Some("2020-2025"), Lang::Vi).unwrap();
    let labels: Vec<&str> = in_term.columns.iter().map(|column| column.label.as_str()).collect();
    assert_eq!(labels, ["Thị trấn Bến Sung 2020-2025", "Huyện Chợ Mới 2020-2025"]);
    assert_eq!((in_term.columns[0].value, in_term.columns[1].target), (Some(1.1), Some(4.0)));
    // Only Kbang reports cultural families in 2015-2020: the comparison spans the terms.
    let across = compare(&dataset, "cultural-families", Some("2015-2020"), Lang::Vi).unwrap();
    let labels: Vec<&str> = across.columns.iter().map(|column| column.label.as_str()).collect();
    assert_eq!(labels, ["Thị trấn Kbang 2015-2020", "Thị trấn Bến Sung 2020-2025", "Thị trấn Bến Sung 2025-2030"]);
    assert!(across.title.contains("các nhiệm kỳ"));
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
    let phrase = |shape: TargetShape| target_phrase(Some(&shape), None, false, "%", &record, Lang::Vi);
    assert_eq!(phrase(TargetShape::AtLeast { value: 96.0 }), "≥ 96\u{a0}%");
    assert_eq!(phrase(TargetShape::Below { value: 4.0 }), "< 4\u{a0}%");
    assert_eq!(phrase(TargetShape::CountOfTotal { count: 14.0, total: 16.0 }), "14/16 %");
    assert_eq!(phrase(TargetShape::Milestone), "hoàn thành vào năm 2028");
    assert_eq!(phrase(TargetShape::ChangePerYear { value: -0.09 }), "giảm 0,09\u{a0}%");
    assert_eq!(phrase(TargetShape::AverageGrowth { value: 12.0 }), "tăng bình quân 12 %/năm");
    assert_eq!(phrase(TargetShape::Range { min: 1.0, max: 2.0 }), "1–2\u{a0}%");
}
