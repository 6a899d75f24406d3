use chitieu_core::load::load;
use chitieu_core::model::*;
use chitieu_core::problem::{Problem, Severity};

use crate::{read_file, template_xlsx, write_csv, write_xlsx};

fn shipped(name: &str) -> Dataset {
    let path = format!("{}/../../public/data/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).expect("the shipped dataset");
    load(&text).into_valid().expect("valid")
}

fn errors(problems: &[Problem]) -> Vec<&Problem> {
    problems.iter().filter(|problem| problem.severity == Severity::Error).collect()
}

#[test]
fn the_shipped_datasets_go_to_a_workbook_and_back_unchanged() {
    for name in ["default.json", "illustrative.json"] {
        let dataset = shipped(name);
        let bytes = write_xlsx(&dataset).expect("written");
        let imported = read_file(&bytes, "export.xlsx");
        assert!(imported.problems.is_empty(), "{name}: {:#?}", imported.problems);
        let back = imported.dataset.expect("read back");
        // Compare part by part first, for a readable failure.
        assert_eq!(back.title, dataset.title, "{name}");
        assert_eq!(back.sources, dataset.sources, "{name}");
        assert_eq!(back.localities, dataset.localities, "{name}");
        assert_eq!(back.terms, dataset.terms, "{name}");
        assert_eq!(back.domains, dataset.domains, "{name}");
        assert_eq!(back.indicators, dataset.indicators, "{name}");
        for (read, written) in back.records.iter().zip(&dataset.records) {
            assert_eq!(read, written, "{name}");
        }
        assert_eq!(back, dataset, "{name}");
    }
}

/// A workbook made with rust_xlsxwriter the way a person fills one: the figures sheet only.
/// "#90" is a number cell, "=SUM(…)" a formula, anything else text.
fn workbook(rows: &[Vec<&str>]) -> Vec<u8> {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Số liệu").unwrap();
    for (row, cells) in rows.iter().enumerate() {
        for (column, text) in cells.iter().enumerate() {
            if text.is_empty() {
                continue;
            }
            let (row, column) = (row as u32, column as u16);
            match text.strip_prefix('#').and_then(|number| number.parse::<f64>().ok()) {
                Some(number) => sheet.write_number(row, column, number).unwrap(),
                None if text.starts_with('=') => sheet.write_formula(row, column, *text).unwrap(),
                None => sheet.write_string(row, column, *text).unwrap(),
            };
        }
    }
    workbook.save_to_buffer().unwrap()
}

const HEADER: &[&str] = &[
    "Đơn vị",
    "Nhiệm kỳ",
    "Lĩnh vực",
    "Chỉ tiêu",
    "Đơn vị tính",
    "Chiều",
    "Loại chỉ tiêu",
    "Số liệu là",
    "Dạng mục tiêu",
    "Giá trị",
    "Năm",
    "Ước tính",
    "Nguồn",
    "Trích dẫn",
];

#[test]
fn a_figures_sheet_alone_makes_a_dataset() {
    let bytes = workbook(&[
        HEADER.to_vec(),
        vec![
            "Xã Tân Hòa",
            "2025-2030",
            "Kinh tế",
            "Thu nhập bình quân",
            "triệu đồng",
            "Càng cao càng tốt",
            "Số lượng, giá trị",
            "Mục tiêu",
            "Đạt mức",
            "#90",
            "",
            "",
            "Nghị quyết",
            "Thu nhập đạt 90 triệu đồng.",
        ],
        vec![
            "Xã Tân Hòa",
            "2025-2030",
            "",
            "Thu nhập bình quân",
            "",
            "",
            "",
            "Kết quả",
            "",
            "ước 68,5",
            "#2026",
            "",
            "Báo cáo 2026",
            "Ước đạt 68,5 triệu đồng.",
        ],
        vec![
            "Xã Tân Hòa",
            "2025-2030",
            "Xã hội",
            "Tỷ lệ hộ nghèo",
            "%",
            "Càng thấp càng tốt",
            "Tỷ lệ (%)",
            "Mục tiêu",
            "Dưới",
            "1,5",
            "",
            "",
            "Nghị quyết",
            "Hộ nghèo dưới 1,5%.",
        ],
        vec![
            "Xã Tân Hòa",
            "2025-2030",
            "",
            "tỷ lệ hộ nghèo",
            "",
            "",
            "",
            "",
            "",
            "2.1",
            "#2026",
            "",
            "Báo cáo 2026",
            "Hộ nghèo còn 2,1%.",
        ],
    ]);
    let imported = crate::read_file_on(&bytes, "tan-hoa.xlsx", None);
    assert!(errors(&imported.problems).is_empty(), "{:#?}", imported.problems);
    let dataset = imported.dataset.unwrap();
    assert_eq!(dataset.localities.len(), 1);
    assert_eq!(dataset.localities[0].id, "xa-tan-hoa");
    assert_eq!(dataset.localities[0].level, Level::Commune);
    assert_eq!(dataset.terms, vec![Term { id: "2025-2030".into(), start_year: 2025, end_year: 2030 }]);
    assert_eq!(dataset.domains.iter().map(|domain| domain.id.as_str()).collect::<Vec<_>>(), ["kinh-te", "xa-hoi"]);
    assert_eq!(dataset.indicators.len(), 2);
    assert_eq!(dataset.records.len(), 2);
    let income = &dataset.records[0];
    assert_eq!(income.target.as_ref().unwrap().value, Some(90.0));
    assert_eq!(income.results[0].value, Some(68.5));
    assert!(income.results[0].estimated, "'ước' marks an estimate");
    assert_eq!(income.results[0].period.year, Some(2026));
    let poverty = &dataset.records[1];
    assert_eq!(poverty.target.as_ref().unwrap().shape, ShapeKind::Below);
    assert_eq!(poverty.target.as_ref().unwrap().value, Some(1.5));
    // A row without "Số liệu là" and without a shape is a result; the name matches whatever the case.
    assert_eq!(poverty.results[0].value, Some(2.1));
    assert_eq!(dataset.data_as_of, "2026", "without a clock, the latest result's year, and said so");
    assert!(imported.problems.iter().any(|problem| problem.code == "data-as-of-guessed"));
    // With a date (the day the file is read), that date.
    let on_a_day = crate::read_file_on(&bytes, "tan-hoa.xlsx", Some("2026-11-22"));
    assert_eq!(on_a_day.dataset.unwrap().data_as_of, "2026-11-22");
    assert!(on_a_day.problems.iter().any(|problem| problem.message.vi.contains("lấy ngày đọc tệp, 22/11/2026")));
}

#[test]
fn every_problem_is_located_by_sheet_row_and_column_with_its_header() {
    let bytes = workbook(&[
        vec!["Danh sách chỉ tiêu xã Tân Hòa"],
        HEADER.to_vec(),
        vec![
            "Xã Tân Hòa",
            "2025-2030",
            "Kinh tế",
            "Thu nhập",
            "triệu đồng",
            "Càng cao càng tốt",
            "Số lượng, giá trị",
            "Mục tiêu",
            "Đạt mức",
            "12,5 tỷ",
            "",
            "",
            "Nghị quyết",
            "Thu nhập 12,5 tỷ.",
        ],
        vec![
            "Xã Tân Hòa",
            "2025-2030",
            "Kinh tế",
            "Sản lượng",
            "tấn",
            "Càng to càng tốt",
            "Số lượng, giá trị",
            "Mục tiêu",
            "Đạt mức",
            "#5",
            "",
            "",
            "Nghị quyết",
            "Sản lượng 5 tấn.",
        ],
        vec![
            "Xã Tân Hòa",
            "2025-2030",
            "",
            "Thu nhập",
            "tỷ đồng",
            "",
            "",
            "Kết quả",
            "",
            "#3",
            "#2026",
            "",
            "Báo cáo",
            "",
        ],
        vec!["Xã Tân Hòa", "nhiệm kỳ này", "", "Thu nhập", "", "", "", "Kết quả", "", "#3", "", "", "Báo cáo", "x"],
    ]);
    let imported = read_file(&bytes, "loi.xlsx");
    let messages: Vec<String> = errors(&imported.problems).iter().map(|problem| problem.message.vi.clone()).collect();
    let english: Vec<String> =
        errors(&imported.problems).iter().map(|problem| problem.message.en.clone().unwrap()).collect();
    let has = |needle: &str| messages.iter().chain(&english).any(|message| message.contains(needle));
    assert!(
        has("Sheet 'Số liệu', row 3, column J (Giá trị): expected a number, found '12,5 tỷ' — write 12,5 and put 'tỷ' in the unit column"),
        "{english:#?}"
    );
    assert!(has("Trang 'Số liệu', dòng 4, cột F (Chiều): 'Càng to càng tốt' không phải một lựa chọn"), "{messages:#?}");
    assert!(has("row 5, column E (Đơn vị tính): the unit 'tỷ đồng' differs from 'triệu đồng'"), "{english:#?}");
    // The core's check (a quote is required), told at the row and column it came from.
    assert!(has("row 5, column N (Trích dẫn)"), "{english:#?}");
    assert!(has("row 6, column B (Nhiệm kỳ): 'nhiệm kỳ này' is not a term"), "{english:#?}");
    assert!(
        errors(&imported.problems).iter().all(|problem| !problem.path.is_empty()),
        "every error has a cell reference"
    );
    assert!(imported.into_valid().is_err(), "nothing replaces the data on screen");
}

#[test]
fn pasted_text_and_csv_with_semicolons_read_like_a_sheet() {
    let pasted = "Đơn vị\tNhiệm kỳ\tLĩnh vực\tChỉ tiêu\tĐơn vị tính\tChiều\tLoại chỉ tiêu\tDạng mục tiêu\tGiá trị\tNguồn\tTrích dẫn\n\
        Bến Sung\t2020-2025\tKinh tế\tThu nhập\ttriệu đồng\tCàng cao càng tốt\tSố lượng, giá trị\tĐạt mức\t2.732,16\tNQ\tĐạt 2.732,16.\n";
    let imported = read_file(pasted.as_bytes(), "dán");
    assert!(errors(&imported.problems).is_empty(), "{:#?}", imported.problems);
    assert_eq!(imported.dataset.unwrap().records[0].target.as_ref().unwrap().value, Some(2732.16));
    let csv = pasted.replace('\t', ";");
    let imported = read_file(csv.as_bytes(), "ben-sung.csv");
    assert!(errors(&imported.problems).is_empty(), "{:#?}", imported.problems);
}

#[test]
fn the_figures_csv_reads_back_to_the_same_records() {
    // The CSV holds the figures table only: ratings, whose grades are listed on the indicators
    // sheet, need the workbook.
    let mut dataset = shipped("default.json");
    let ratings: Vec<String> = dataset
        .indicators
        .iter()
        .filter(|indicator| indicator.kind == IndicatorKind::Rating)
        .map(|indicator| indicator.id.clone())
        .collect();
    dataset.records.retain(|record| !ratings.contains(&record.indicator));
    for vietnamese_excel in [true, false] {
        let csv = write_csv(&dataset, vietnamese_excel);
        let imported = read_file(csv.as_bytes(), "default.csv");
        assert!(errors(&imported.problems).is_empty(), "{:#?}", &imported.problems[..3.min(imported.problems.len())]);
        let back = imported.dataset.unwrap();
        assert_eq!(back.records.len(), dataset.records.len());
        for (read, written) in back.records.iter().zip(&dataset.records) {
            // The CSV names each source by its document title (it has no sources sheet to hold
            // ids); the title is what the read dataset's source is called.
            let source_title = |data: &Dataset, id: &str| data.source(id).map(|source| source.title.vi.clone());
            for (read_result, written_result) in read.results.iter().zip(&written.results) {
                assert_eq!(
                    source_title(&back, &read_result.source.source),
                    source_title(&dataset, &written_result.source.source)
                );
                let without_source = |result: &Outcome| Outcome {
                    source: Provenance { source: String::new(), ..result.source.clone() },
                    ..result.clone()
                };
                assert_eq!(without_source(read_result), without_source(written_result));
            }
            assert_eq!(read.results.len(), written.results.len());
            assert_eq!(
                read.target.as_ref().map(|target| (target.shape, target.value)),
                written.target.as_ref().map(|target| (target.shape, target.value))
            );
        }
    }
}

#[test]
fn bad_files_get_a_message_and_no_dataset() {
    let cases: &[(&[u8], &str, &str)] = &[
        (b"", "x.xlsx", "empty"),
        (b"   \n", "x.csv", "empty"),
        (b"PK\x03\x04 not really a zip", "x.xlsx", "not-a-spreadsheet"),
        (&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], "x.xls", "not-a-spreadsheet"),
        (b"\x89PNG\r\n\x1a\n renamed picture", "anh.xlsx", "not-a-spreadsheet"),
        (b"\xff\xfeT\x00h\x00", "utf16.csv", "not-utf8"),
        (b"just some words\nnothing like a table\n", "x.csv", "no-figures"),
        // Saved with a password by msoffcrypto-tool (`-e -p matkhau`), as Excel saves one.
        (include_bytes!("../tests/files/mat-khau.xlsx"), "mat-khau.xlsx", "encrypted"),
    ];
    for (bytes, name, code) in cases {
        let imported = read_file(bytes, name);
        assert!(imported.dataset.is_none(), "{code}");
        assert_eq!(imported.problems.iter().map(|problem| problem.code).collect::<Vec<_>>(), [*code]);
        assert!(!imported.problems[0].message.vi.is_empty() && imported.problems[0].message.en.is_some());
    }
}

#[test]
fn the_template_reads_as_its_three_example_rows() {
    let bytes = template_xlsx().expect("template");
    let imported = read_file(&bytes, "mau.xlsx");
    assert!(errors(&imported.problems).is_empty(), "{:#?}", imported.problems);
    assert!(imported.problems.is_empty(), "the template's own sheets are known: {:#?}", imported.problems);
    let dataset = imported.dataset.unwrap();
    assert_eq!(dataset.data_as_of, "2026-06-30");
    assert_eq!(dataset.localities[0].name.vi, "Xã Ví Dụ");
    assert_eq!(dataset.records.len(), 2);
    assert_eq!(dataset.records[0].results[0].value, Some(68.5));
}

#[test]
fn hidden_sheets_are_left_out_and_said_so() {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let visible = workbook.add_worksheet();
    visible.set_name("Số liệu").unwrap();
    for (column, header) in HEADER.iter().enumerate() {
        visible.write_string(0, column as u16, *header).unwrap();
    }
    let hidden = workbook.add_worksheet();
    hidden.set_name("Nháp").unwrap();
    hidden.write_string(0, 0, "nháp").unwrap();
    hidden.set_hidden(true);
    let bytes = workbook.save_to_buffer().unwrap();
    let imported = read_file(&bytes, "x.xlsx");
    assert!(imported
        .problems
        .iter()
        .any(|problem| problem.code == "hidden-sheet" && problem.message.vi.contains("Nháp")));
}

#[test]
fn a_formula_without_a_saved_value_is_a_located_error() {
    let row = vec![
        "Xã A",
        "2025-2030",
        "Kinh tế",
        "Thu nhập",
        "triệu đồng",
        "Càng cao càng tốt",
        "Số lượng, giá trị",
        "Mục tiêu",
        "Đạt mức",
        "=SUM(K2:K3)",
        "",
        "",
        "NQ",
        "Thu nhập.",
    ];
    let bytes = without_cached_values(&workbook(&[HEADER.to_vec(), row]));
    let imported = read_file(&bytes, "x.xlsx");
    let problem = imported.problems.iter().find(|problem| problem.code == "formula-without-value");
    assert!(
        problem.is_some_and(|problem| problem.message.vi.contains("dòng 2, cột J (Giá trị)")),
        "{:#?}",
        imported.problems
    );
}

/// The workbook with every formula's saved value taken out, as a program that writes formulas
/// without calculating them leaves it (rust_xlsxwriter itself always saves a value).
fn without_cached_values(bytes: &[u8]) -> Vec<u8> {
    use std::io::{Read, Write};
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).unwrap();
        let mut content = Vec::new();
        entry.read_to_end(&mut content).unwrap();
        let name = entry.name().unwrap().to_string();
        if name.starts_with("xl/worksheets/") {
            let text = String::from_utf8(content).unwrap().replace("</f><v>0</v>", "</f>");
            content = text.into_bytes();
        }
        let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
        writer.start_file(name, options).unwrap();
        writer.write_all(&content).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

#[test]
fn a_table_on_screen_becomes_a_workbook_with_number_cells() {
    let csv = "\u{feff}Chỉ tiêu,% mục tiêu,Giá trị\r\n'=HYPERLINK(\"x\"),\"153,32 %\",\"2.732,16\"\r\nThu nhập,\"88,05 %\",ước 76\r\n";
    let bytes = crate::table_xlsx(csv).expect("written");
    let (sheets, _) = crate::grid::read_workbook(&bytes).expect("read back");
    let rows = &sheets[0].rows;
    assert_eq!(rows[1].1[0], crate::grid::Cell::Text("=HYPERLINK(\"x\")".into()), "a text cell, not a formula");
    assert_eq!(rows[1].1[1], crate::grid::Cell::Number(153.32), "a percentage as a number, read back as typed");
    assert_eq!(rows[1].1[2], crate::grid::Cell::Number(2732.16));
    assert_eq!(rows[2].1[2], crate::grid::Cell::Text("ước 76".into()), "an estimate stays as written");
}

#[test]
fn a_choice_typed_without_diacritics_is_read_and_the_reading_shown() {
    let pasted = "Đơn vị\tNhiệm kỳ\tLĩnh vực\tChỉ tiêu\tĐơn vị tính\tChiều\tLoại chỉ tiêu\tDạng mục tiêu\tGiá trị\tNguồn\tTrích dẫn\n\
        Xa A\t2025-2030\tKinh te\tHo ngheo\t%\tcang thap cang tot\tTy le (%)\tDuoi\t1,5\tNQ\tHộ nghèo dưới 1,5%.\n";
    let imported = read_file(pasted.as_bytes(), "khong-dau.tsv");
    assert!(errors(&imported.problems).is_empty(), "{:#?}", imported.problems);
    let dataset = imported.dataset.unwrap();
    assert_eq!(dataset.indicators[0].direction, Direction::LowerIsBetter);
    assert_eq!(dataset.records[0].target.as_ref().unwrap().shape, ShapeKind::Below);
    let readings: Vec<&str> = imported
        .problems
        .iter()
        .filter(|problem| problem.code == "word-reading")
        .map(|problem| problem.message.vi.as_str())
        .collect();
    assert!(readings.iter().any(|text| text.contains("đã đọc 'Duoi' là 'Dưới'")), "{readings:#?}");
    assert_eq!(readings.len(), 3, "direction, kind and shape: {readings:#?}");
}

#[test]
fn the_exported_workbook_can_be_filled_on_its_drop_down_lists_and_hints_are_there() {
    use std::io::Read;
    let bytes = write_xlsx(&shipped("default.json")).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut workbook = String::new();
    archive.by_name("xl/workbook.xml").unwrap().read_to_string(&mut workbook).unwrap();
    assert!(workbook.contains("name=\"Danh mục\""), "the lists sheet");
    let mut figures = String::new();
    archive.by_name("xl/worksheets/sheet1.xml").unwrap().read_to_string(&mut figures).unwrap();
    assert!(figures.matches("<dataValidation ").count() >= 8, "drop-downs and hints on the figures sheet");
}

#[test]
fn the_csv_of_a_table_reads_back_as_columns_of_numbers_and_becomes_a_workbook_with_number_cells() {
    use chitieu_core::chart::{Cell, Table};
    let table = Table {
        caption: String::new(),
        headers: vec!["Chỉ tiêu".into(), "% mục tiêu".into(), "Kết quả".into()],
        rows: vec![
            vec![
                Cell::text("Thu nhập; bình quân"),
                Cell::number("153,32 %", 153.32),
                Cell::number("2.732,16", 2732.16),
            ],
            vec![Cell::text("Hộ nghèo"), Cell::number("-0,09 %", -0.09), Cell::number("1.000.000", 1_000_000.0)],
        ],
        unit: String::new(),
    };
    let csv = table.to_csv(chitieu_core::Lang::Vi, &["Nguồn: Nghị quyết".to_string()]);
    // As a spreadsheet set to Vietnamese reads it: cells split at ";", numbers with a decimal comma.
    let sheet = crate::grid::read_delimited(&csv, "bang.csv").expect("read");
    let cell = |row: usize, column: usize| match &sheet.rows[row].1[column] {
        crate::grid::Cell::Text(text) => text.clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!(sheet.rows[0].1.len(), 3, "three columns, not one");
    assert_eq!(cell(1, 0), "Thu nhập; bình quân");
    let number = |row, column| crate::numbers::read(&cell(row, column)).expect("a number").value;
    assert_eq!((number(1, 1), number(1, 2), number(2, 1), number(2, 2)), (153.32, 2732.16, -0.09, 1_000_000.0));
    let bytes = crate::table_xlsx(&csv).expect("written");
    let (sheets, _) = crate::grid::read_workbook(&bytes).expect("read back");
    let rows = &sheets[0].rows;
    assert_eq!(rows[1].1[1], crate::grid::Cell::Number(153.32));
    assert_eq!(rows[2].1[2], crate::grid::Cell::Number(1_000_000.0));
}
