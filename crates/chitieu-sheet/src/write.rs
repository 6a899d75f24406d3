//! A dataset to a workbook (real number cells; read back by `read_file` to the same dataset), the
//! fill-in template, and the figures table as CSV.

use chitieu_core::model::*;
use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, Format, FormatAlign, Formula, Workbook, Worksheet, XlsxError,
};

use crate::layout::{self, SheetSpec};
use crate::vocab::{self, RowKind, Word};

/// One cell to write.
enum Value {
    Empty,
    Text(String),
    Number(f64),
}

impl From<&str> for Value {
    fn from(text: &str) -> Value {
        if text.is_empty() {
            Value::Empty
        } else {
            Value::Text(text.to_string())
        }
    }
}
impl From<String> for Value {
    fn from(text: String) -> Value {
        Value::from(text.as_str())
    }
}
impl From<Option<&String>> for Value {
    fn from(text: Option<&String>) -> Value {
        text.map_or(Value::Empty, |text| Value::from(text.as_str()))
    }
}
impl From<Option<f64>> for Value {
    fn from(value: Option<f64>) -> Value {
        value.map_or(Value::Empty, Value::Number)
    }
}
impl From<Option<i32>> for Value {
    fn from(value: Option<i32>) -> Value {
        value.map_or(Value::Empty, |value| Value::Number(f64::from(value)))
    }
}

/// A row as (column key, value) pairs; keys not given are left empty.
type Cells = Vec<(&'static str, Value)>;

fn yes(flag: bool) -> Value {
    if flag {
        Value::from(vocab::vi(vocab::YES_NO, true))
    } else {
        Value::Empty
    }
}

fn word<T: PartialEq>(words: &'static [Word<T>], value: T) -> Value {
    Value::from(vocab::vi(words, value))
}

fn english(text: &Text) -> Value {
    Value::from(text.en.as_ref())
}

fn parts(parts: &[Share]) -> (Value, Value) {
    if parts.is_empty() {
        return (Value::Empty, Value::Empty);
    }
    // Decimal commas: "25,5" and "1,234" read back as written, where "1.234" would be thousands.
    let vi = parts
        .iter()
        .map(|share| format!("{}: {}", share.part.vi, share.value.to_string().replace('.', ",")))
        .collect::<Vec<_>>()
        .join("; ");
    let en = if parts.iter().any(|share| share.part.en.is_some()) {
        parts.iter().map(|share| share.part.en.clone().unwrap_or_default()).collect::<Vec<_>>().join("; ")
    } else {
        String::new()
    };
    (Value::Text(vi), Value::from(en))
}

/// The rows of each sheet for a dataset.
/// How each source is named in the figures: its document title where no other source's id, title
/// or file reads the same (the reader finds a source by any of the three), else its id.
fn source_names(dataset: &Dataset) -> std::collections::HashMap<&str, &str> {
    use chitieu_core::vietnamese::matching_key;
    let mut uses: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for source in &dataset.sources {
        let keys: std::collections::HashSet<String> =
            [&source.id, &source.title.vi, &source.file].iter().map(|name| matching_key(name)).collect();
        for key in keys {
            *uses.entry(key).or_default() += 1;
        }
    }
    dataset
        .sources
        .iter()
        .map(|source| {
            let title = source.title.vi.as_str();
            let unique = !title.trim().is_empty() && uses.get(&matching_key(title)) == Some(&1);
            (source.id.as_str(), if unique { title } else { source.id.as_str() })
        })
        .collect()
}

fn figure_rows(dataset: &Dataset) -> Vec<Cells> {
    let mut rows = Vec::new();
    let source_names = source_names(dataset);
    for record in &dataset.records {
        let locality = dataset.locality(&record.locality);
        let indicator = dataset.indicator(&record.indicator);
        let domain = indicator.and_then(|indicator| dataset.domain(&indicator.domain));
        let common = || -> Cells {
            vec![
                (
                    "locality",
                    Value::from(locality.map_or(record.locality.as_str(), |locality| locality.name.vi.as_str())),
                ),
                ("locality_id", Value::from(record.locality.as_str())),
                ("term", Value::from(record.term.as_str())),
                ("domain", Value::from(domain.map_or("", |domain| domain.name.vi.as_str()))),
                (
                    "indicator",
                    Value::from(indicator.map_or(record.indicator.as_str(), |indicator| indicator.name.vi.as_str())),
                ),
                ("indicator_id", Value::from(record.indicator.as_str())),
                ("unit", Value::from(indicator.map_or("", |indicator| indicator.unit.vi.as_str()))),
                ("direction", indicator.map_or(Value::Empty, |indicator| word(vocab::DIRECTIONS, indicator.direction))),
                ("kind", indicator.map_or(Value::Empty, |indicator| word(vocab::KINDS, indicator.kind))),
            ]
        };
        let provenance = |source: &Provenance| -> Cells {
            let name = source_names.get(source.source.as_str()).copied().unwrap_or(source.source.as_str());
            vec![("source", Value::from(name)), ("quote", Value::from(source.quote.as_str()))]
        };
        let note = |note: &Option<Text>| -> Cells {
            match note {
                Some(note) => vec![("note", Value::from(note.vi.as_str())), ("note_en", english(note))],
                None => Vec::new(),
            }
        };
        let mut wrote = false;
        if let Some(target) = &record.target {
            let (parts_vi, parts_en) = parts(&target.parts);
            let mut row = common();
            row.extend([
                ("row_kind", word(vocab::ROW_KINDS, RowKind::Target)),
                ("shape", word(vocab::SHAPES, target.shape)),
                ("value", Value::from(target.value)),
                ("min", Value::from(target.min)),
                ("max", Value::from(target.max)),
                ("count", Value::from(target.count)),
                ("total", Value::from(target.total)),
                ("grade", Value::from(target.grade.as_ref())),
                ("parts", parts_vi),
                ("parts_en", parts_en),
                ("tolerance", Value::from(target.tolerance)),
                ("every_year", yes(target.every_year)),
                ("year", Value::from(target.deadline_year)),
            ]);
            row.extend(note(&target.note));
            row.extend(provenance(&target.source));
            rows.push(row);
            wrote = true;
        }
        for result in &record.results {
            let (parts_vi, parts_en) = parts(&result.parts);
            let mut row = common();
            row.extend([
                ("row_kind", word(vocab::ROW_KINDS, RowKind::Result)),
                ("value", Value::from(result.value)),
                ("total", Value::from(result.total)),
                ("parts", parts_vi),
                ("parts_en", parts_en),
                ("done", result.done.map_or(Value::Empty, |done| word(vocab::YES_NO, done))),
                ("count", Value::from(result.count)),
                ("grade", Value::from(result.grade.as_ref())),
                ("year", Value::from(result.period.year)),
                ("quarter", Value::from(result.period.quarter.map(i32::from))),
                ("estimated", yes(result.estimated)),
                ("stated_percent", Value::from(result.stated_percent_of_target)),
                ("stated_margin", Value::from(result.stated_margin_over_target)),
            ]);
            row.extend(note(&result.note));
            row.extend(provenance(&result.source));
            rows.push(row);
            wrote = true;
        }
        if let Some(stated) = &record.stated_status {
            let mut row = common();
            row.extend([
                ("row_kind", word(vocab::ROW_KINDS, RowKind::StatedStatus)),
                ("status", word(vocab::STATUSES, stated.status)),
            ]);
            row.extend(provenance(&stated.source));
            rows.push(row);
            wrote = true;
        }
        if !wrote {
            let mut row = common();
            row.push(("row_kind", word(vocab::ROW_KINDS, RowKind::Placeholder)));
            rows.push(row);
        }
    }
    rows
}

fn indicator_rows(dataset: &Dataset) -> Vec<Cells> {
    let join = |texts: &[Text], english: bool| -> Value {
        if english && texts.iter().all(|text| text.en.is_none()) {
            return Value::Empty;
        }
        let words: Vec<String> = texts
            .iter()
            .map(|text| if english { text.en.clone().unwrap_or_default() } else { text.vi.clone() })
            .collect();
        Value::from(words.join("; "))
    };
    dataset
        .indicators
        .iter()
        .map(|indicator| {
            vec![
                ("id", Value::from(indicator.id.as_str())),
                ("name", Value::from(indicator.name.vi.as_str())),
                ("name_en", english(&indicator.name)),
                ("domain", Value::from(indicator.domain.as_str())),
                ("unit", Value::from(indicator.unit.vi.as_str())),
                ("unit_en", english(&indicator.unit)),
                ("direction", word(vocab::DIRECTIONS, indicator.direction)),
                ("kind", word(vocab::KINDS, indicator.kind)),
                ("part_of", Value::from(indicator.part_of.as_ref())),
                ("grades", join(&indicator.grades, false)),
                ("grades_en", join(&indicator.grades, true)),
                (
                    "count_unit",
                    indicator.count_unit.as_ref().map_or(Value::Empty, |unit| Value::from(unit.vi.as_str())),
                ),
                ("count_unit_en", indicator.count_unit.as_ref().map_or(Value::Empty, english)),
            ]
        })
        .collect()
}

fn locality_rows(dataset: &Dataset) -> Vec<Cells> {
    dataset
        .localities
        .iter()
        .map(|locality| {
            vec![
                ("id", Value::from(locality.id.as_str())),
                ("name", Value::from(locality.name.vi.as_str())),
                ("name_en", english(&locality.name)),
                ("level", word(vocab::LEVELS, locality.level)),
                ("province", Value::from(locality.province.as_ref())),
                ("parent", Value::from(locality.parent.as_ref())),
                ("formed_from", Value::from(locality.formed_from.join("; "))),
                ("formed_on", Value::from(locality.formed_on.as_ref())),
                ("until", Value::from(locality.until.as_ref())),
            ]
        })
        .collect()
}

fn other_rows(dataset: &Dataset, sheet: &str) -> Vec<Cells> {
    match sheet {
        "domains" => dataset
            .domains
            .iter()
            .map(|domain| {
                vec![
                    ("id", Value::from(domain.id.as_str())),
                    ("name", Value::from(domain.name.vi.as_str())),
                    ("name_en", english(&domain.name)),
                ]
            })
            .collect(),
        "terms" => dataset
            .terms
            .iter()
            .map(|term| {
                vec![
                    ("id", Value::from(term.id.as_str())),
                    ("start_year", Value::from(Some(term.start_year))),
                    ("end_year", Value::from(Some(term.end_year))),
                ]
            })
            .collect(),
        "sources" => dataset
            .sources
            .iter()
            .map(|source| {
                vec![
                    ("id", Value::from(source.id.as_str())),
                    ("file", Value::from(source.file.as_str())),
                    ("title", Value::from(source.title.vi.as_str())),
                    ("title_en", english(&source.title)),
                    ("url", Value::from(source.url.as_ref())),
                ]
            })
            .collect(),
        "congresses" => dataset
            .congresses
            .iter()
            .map(|congress| {
                vec![
                    ("locality", Value::from(congress.locality.as_str())),
                    ("term", Value::from(congress.term.as_str())),
                    ("ordinal", Value::Number(f64::from(congress.ordinal))),
                    ("source", Value::from(congress.source.source.as_str())),
                    ("quote", Value::from(congress.source.quote.as_str())),
                ]
            })
            .collect(),
        "stated_summaries" => dataset
            .stated_summaries
            .iter()
            .map(|summary| {
                vec![
                    ("locality", Value::from(summary.locality.as_str())),
                    ("term", Value::from(summary.term.as_str())),
                    ("met", Value::Number(f64::from(summary.met))),
                    ("total", Value::Number(f64::from(summary.total))),
                    ("exceeded", summary.exceeded.map_or(Value::Empty, |exceeded| Value::Number(f64::from(exceeded)))),
                    ("source", Value::from(summary.source.source.as_str())),
                    ("quote", Value::from(summary.source.quote.as_str())),
                ]
            })
            .collect(),
        _ => Vec::new(),
    }
}

fn header_format() -> Format {
    Format::new().set_bold().set_text_wrap().set_background_color(Color::RGB(0xDCE6F1)).set_align(FormatAlign::Top)
}

fn write_value(sheet: &mut Worksheet, row: u32, column: u16, value: &Value) -> Result<(), XlsxError> {
    match value {
        Value::Empty => {}
        Value::Text(text) => {
            sheet.write_string(row, column, text)?;
        }
        Value::Number(number) => {
            sheet.write_number(row, column, *number)?;
        }
    }
    Ok(())
}

/// A table sheet's grid: the headers, then each row's cells in the layout's column order.
fn grid_of(spec: &SheetSpec, rows: Vec<Cells>) -> Vec<Vec<Value>> {
    let mut grid = vec![spec.columns.iter().map(|column| Value::from(column.vi)).collect::<Vec<_>>()];
    for row in rows {
        let mut line: Vec<Value> = spec.columns.iter().map(|_| Value::Empty).collect();
        for (key, value) in row {
            if let Some(index) = spec.columns.iter().position(|column| column.key == key) {
                line[index] = value;
            }
        }
        grid.push(line);
    }
    grid
}

/// The dataset sheet's grid: a label and its value per row.
fn dataset_grid(dataset: &Dataset) -> Vec<Vec<Value>> {
    let values = [
        Value::from(dataset.title.vi.as_str()),
        english(&dataset.title),
        Value::from(dataset.data_as_of.as_str()),
        yes(dataset.illustrative),
    ];
    layout::DATASET.columns.iter().zip(values).map(|(column, value)| vec![Value::from(column.vi), value]).collect()
}

/// Writes one sheet of the layout: its grid, with real number cells, bold headers (the first
/// row, or on the dataset sheet the first column), the layout's widths and a frozen header row.
fn write_sheet(workbook: &mut Workbook, spec: &SheetSpec, grid: &[Vec<Value>]) -> Result<(), XlsxError> {
    let header = header_format();
    let sheet = workbook.add_worksheet();
    sheet.set_name(spec.vi)?;
    let is_dataset = spec.key == "dataset";
    if is_dataset {
        sheet.set_column_width(0, 30)?;
        sheet.set_column_width(1, 60)?;
    } else {
        for (index, column) in spec.columns.iter().enumerate() {
            sheet.set_column_width(index as u16, column.width)?;
        }
        sheet.set_freeze_panes(1, 0)?;
    }
    for (row, cells) in grid.iter().enumerate() {
        for (column, value) in cells.iter().enumerate() {
            match value {
                Value::Text(text) if (row == 0 && !is_dataset) || (column == 0 && is_dataset) => {
                    sheet.write_string_with_format(row as u32, column as u16, text, &header)?;
                }
                value => write_value(sheet, row as u32, column as u16, value)?,
            }
        }
    }
    Ok(())
}

/// The whole dataset as a workbook: every sheet of the layout, with real number cells, bold
/// frozen headers and the layout's column widths.
pub fn write_xlsx(dataset: &Dataset) -> Result<Vec<u8>, String> {
    let mut workbook = Workbook::new();
    let build = |workbook: &mut Workbook| -> Result<(), XlsxError> {
        for (spec, (_, grid)) in layout::SHEETS.iter().zip(grids(dataset)) {
            write_sheet(workbook, spec, &grid)?;
        }
        Ok(())
    };
    build(&mut workbook).map_err(|error| error.to_string())?;
    add_lists(&mut workbook).map_err(|error| error.to_string())?;
    workbook.save_to_buffer().map_err(|error| error.to_string())
}

/// Every sheet of the dataset as a grid of cells (row 0 the headers; the dataset sheet as label and
/// value rows): what `write_xlsx` formats and `write_ods` writes.
fn grids(dataset: &Dataset) -> Vec<(&'static str, Vec<Vec<Value>>)> {
    layout::SHEETS
        .iter()
        .map(|spec| {
            let grid = match spec.key {
                "dataset" => dataset_grid(dataset),
                "figures" => grid_of(spec, figure_rows(dataset)),
                "indicators" => grid_of(spec, indicator_rows(dataset)),
                "localities" => grid_of(spec, locality_rows(dataset)),
                key => grid_of(spec, other_rows(dataset, key)),
            };
            (spec.vi, grid)
        })
        .collect()
}

/// The whole dataset as an OpenDocument spreadsheet (LibreOffice's own format), the same sheets
/// and cells as `write_xlsx`, through spreadsheet-ods.
#[cfg(feature = "ods")]
pub fn write_ods(dataset: &Dataset) -> Result<Vec<u8>, String> {
    let mut book = spreadsheet_ods::WorkBook::new_empty();
    for (name, grid) in grids(dataset) {
        let mut sheet = spreadsheet_ods::Sheet::new(name);
        for (row, cells) in grid.into_iter().enumerate() {
            for (column, value) in cells.into_iter().enumerate() {
                match value {
                    Value::Empty => {}
                    Value::Text(text) => sheet.set_value(row as u32, column as u32, text),
                    Value::Number(number) => sheet.set_value(row as u32, column as u32, number),
                }
            }
        }
        book.push_sheet(sheet);
    }
    spreadsheet_ods::write_ods_buf(&mut book, Vec::new()).map_err(|error| error.to_string())
}

/// The figures table as CSV, with a header row: what the figures sheet holds, for those who keep
/// their data in CSV. Separated by semicolons with decimal commas when `vietnamese_excel`
/// (what Excel with Vietnamese regional settings opens as columns of numbers), else by commas.
pub fn write_csv(dataset: &Dataset, vietnamese_excel: bool) -> String {
    let mut writer =
        csv::WriterBuilder::new().delimiter(if vietnamese_excel { b';' } else { b',' }).from_writer(Vec::new());
    for line in grid_of(&layout::FIGURES, figure_rows(dataset)) {
        let fields = line.into_iter().map(|value| match value {
            Value::Empty => String::new(),
            Value::Text(text) => text,
            Value::Number(number) if vietnamese_excel => number.to_string().replace('.', ","),
            Value::Number(number) => number.to_string(),
        });
        let _ = writer.write_record(fields);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    let mut text = String::from("\u{feff}");
    text.push_str(&String::from_utf8(bytes).unwrap_or_default());
    text
}

/// A table on screen, given as the CSV the app writes for it (numbers the Vietnamese way,
/// "153,32 %"; text a spreadsheet would run as a formula marked with an apostrophe), as a workbook:
/// numbers become number cells (a percentage keeps its sign in the cell's format), text stays text,
/// the header row is bold and frozen.
pub fn table_xlsx(csv: &str) -> Result<Vec<u8>, String> {
    let sheet = crate::grid::read_delimited(csv, "table").map_err(|problem| problem.message.vi.clone())?;
    let mut workbook = Workbook::new();
    let build = |workbook: &mut Workbook| -> Result<(), XlsxError> {
        let worksheet = workbook.add_worksheet();
        worksheet.set_name("Bảng")?;
        let header = header_format();
        let percent = Format::new().set_num_format("0.00\" %\"");
        // The CSV gives percentages as plain numbers under a header that says "%".
        let percent_columns: Vec<bool> = sheet.rows.first().map_or(Vec::new(), |(_, headers)| {
            headers.iter().map(|cell| matches!(cell, crate::grid::Cell::Text(text) if text.contains('%'))).collect()
        });
        for (row, (_, cells)) in sheet.rows.iter().enumerate() {
            for (column, cell) in cells.iter().enumerate() {
                let crate::grid::Cell::Text(text) = cell else { continue };
                let (row, column) = (row as u32, column as u16);
                if row == 0 {
                    worksheet.write_string_with_format(row, column, text, &header)?;
                    worksheet.set_column_width(column, (text.chars().count() as f64 + 2.0).clamp(10.0, 50.0))?;
                    continue;
                }
                let number = crate::numbers::read(text).ok().filter(|reading| !reading.estimated);
                match number {
                    Some(reading)
                        if text.trim_end().ends_with('%')
                            || percent_columns.get(usize::from(column)) == Some(&true) =>
                    {
                        worksheet.write_number_with_format(row, column, reading.value, &percent)?;
                    }
                    Some(reading) => {
                        worksheet.write_number(row, column, reading.value)?;
                    }
                    None => {
                        // The CSV's guard against formulas is not needed in a text cell.
                        let guarded = text.starts_with('\'') && text[1..].starts_with(['=', '+', '-', '@']);
                        worksheet.write_string(row, column, if guarded { &text[1..] } else { text })?;
                    }
                }
            }
        }
        worksheet.set_freeze_panes(1, 0)?;
        Ok(())
    };
    build(&mut workbook).map_err(|error| error.to_string())?;
    workbook.save_to_buffer().map_err(|error| error.to_string())
}

const LISTS_SHEET: &str = layout::LISTS;

/// The fill-in workbook: instructions in both languages, the figures sheet with example rows and a
/// drop-down list on every column with a closed set of words, the indicators and localities sheets,
/// and the lists themselves.
pub fn template_xlsx() -> Result<Vec<u8>, String> {
    build_template().map_err(|error| error.to_string())
}

const INSTRUCTIONS_VI: &[&str] = &[
    "MẪU BẢNG TÍNH CHỈ TIÊU NGHỊ QUYẾT ĐẠI HỘI",
    "",
    "1. Trang 'Số liệu': mỗi dòng là một con số — một mục tiêu hoặc một kết quả của một chỉ tiêu, ở một đơn vị, trong một nhiệm kỳ.",
    "   • Dòng mục tiêu: ghi 'Mục tiêu' ở cột 'Số liệu là', chọn 'Dạng mục tiêu' (Đạt mức, Từ … trở lên, Dưới, …), ghi con số ở 'Giá trị' và năm phải đạt ở 'Năm' (bỏ trống nếu là cuối nhiệm kỳ).",
    "   • Dòng kết quả: ghi 'Kết quả', con số ở 'Giá trị', năm của số liệu ở 'Năm'; ghi 'Có' ở 'Ước tính' nếu là số ước đạt.",
    "   • Chỉ ghi số ở cột Giá trị (67,5 hoặc 2.732,16); đơn vị (%, tỷ đồng, …) ghi ở cột 'Đơn vị tính'.",
    "   • Mỗi con số cần 'Nguồn' (tên văn kiện) và 'Trích dẫn' (câu nguyên văn có con số đó), để người xem kiểm tra được.",
    "   • Lần đầu một chỉ tiêu xuất hiện, ghi đủ Lĩnh vực, Đơn vị tính, Chiều và Loại chỉ tiêu; các dòng sau có thể để trống các cột đó.",
    "2. Các cột có mũi tên là danh sách chọn (xem trang 'Danh mục'). Chọn ô để xem gợi ý.",
    "3. Các trang 'Chỉ tiêu', 'Đơn vị', 'Nguồn', … không bắt buộc: dùng khi cần tên tiếng Anh, cấp đơn vị, đơn vị hợp nhất, các mức xếp loại.",
    "4. Xóa các dòng ví dụ (Xã Ví Dụ) trước khi dùng, và sửa trang 'Bộ dữ liệu': tên bộ dữ liệu và ngày 'Số liệu tính đến'.",
    "5. Mở tệp trong Chỉ Tiêu (nút 'Mở tệp dữ liệu') hoặc chuyển bằng lệnh: chitieu convert bang-tinh.xlsx -o du-lieu.json. Lỗi được báo theo trang, dòng và cột.",
];

const INSTRUCTIONS_EN: &[&str] = &[
    "CONGRESS-RESOLUTION TARGETS: SPREADSHEET TEMPLATE",
    "",
    "1. Sheet 'Số liệu' (Figures): one row per figure — a target or a result of one indicator, for one locality, in one term.",
    "   • A target row: 'Mục tiêu' in 'Số liệu là', pick the 'Dạng mục tiêu' (shape), the number in 'Giá trị' and the year due in 'Năm' (empty for the term's end).",
    "   • A result row: 'Kết quả', the number in 'Giá trị', its year in 'Năm'; 'Có' in 'Ước tính' for an estimate.",
    "   • Numbers only in 'Giá trị' (67,5 or 2.732,16); the unit goes in 'Đơn vị tính'.",
    "   • Every figure needs its 'Nguồn' (document) and 'Trích dẫn' (the sentence quoted word for word).",
    "   • The first time an indicator appears, give its domain, unit, direction and kind; later rows may leave them empty.",
    "2. Columns with an arrow are drop-down lists (see the 'Danh mục' sheet). Select a cell for a hint.",
    "3. The sheets 'Chỉ tiêu', 'Đơn vị', 'Nguồn', … are optional: for English names, levels, merged units and grades.",
    "4. Delete the example rows (Xã Ví Dụ) before use, and edit the 'Bộ dữ liệu' (Dataset) sheet: the title and the 'data as of' date.",
    "5. Open the file in Chỉ Tiêu ('Open a data file') or convert it: chitieu convert workbook.xlsx -o data.json. Problems are reported by sheet, row and column.",
];

/// Example rows: a made-up commune, plainly named as an example.
fn example_rows() -> Vec<Cells> {
    let row = |cells: Vec<(&'static str, &str)>| -> Cells {
        cells.into_iter().map(|(key, text)| (key, Value::from(text))).collect()
    };
    let mut rows = vec![
        row(vec![
            ("locality", "Xã Ví Dụ"),
            ("term", "2025-2030"),
            ("domain", "Kinh tế"),
            ("indicator", "Thu nhập bình quân đầu người"),
            ("unit", "triệu đồng/người/năm"),
            ("direction", "Càng cao càng tốt"),
            ("kind", "Số lượng, giá trị"),
            ("row_kind", "Mục tiêu"),
            ("shape", "Đạt mức"),
            ("year", ""),
            ("source", "Nghị quyết Đại hội Đảng bộ xã Ví Dụ"),
            ("quote", "Thu nhập bình quân đầu người đến năm 2030 đạt 90 triệu đồng/người/năm."),
        ]),
        row(vec![
            ("locality", "Xã Ví Dụ"),
            ("term", "2025-2030"),
            ("indicator", "Thu nhập bình quân đầu người"),
            ("row_kind", "Kết quả"),
            ("estimated", "Có"),
            ("source", "Báo cáo kinh tế - xã hội năm 2026 xã Ví Dụ"),
            ("quote", "Thu nhập bình quân đầu người ước đạt 68,5 triệu đồng/người/năm."),
        ]),
        row(vec![
            ("locality", "Xã Ví Dụ"),
            ("term", "2025-2030"),
            ("domain", "Xã hội"),
            ("indicator", "Tỷ lệ hộ nghèo"),
            ("unit", "%"),
            ("direction", "Càng thấp càng tốt"),
            ("kind", "Tỷ lệ (%)"),
            ("row_kind", "Mục tiêu"),
            ("shape", "Dưới"),
            ("source", "Nghị quyết Đại hội Đảng bộ xã Ví Dụ"),
            ("quote", "Tỷ lệ hộ nghèo đến năm 2030 dưới 1,5%."),
        ]),
    ];
    // Numbers as numbers.
    rows[0].push(("value", Value::Number(90.0)));
    rows[1].extend([("value", Value::Number(68.5)), ("year", Value::Number(2026.0))]);
    rows[2].push(("value", Value::Number(1.5)));
    rows
}

fn build_template() -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    {
        let sheet = workbook.add_worksheet();
        sheet.set_name(layout::INSTRUCTIONS)?;
        sheet.set_column_width(0, 120)?;
        let title = Format::new().set_bold().set_font_size(14);
        for (row, line) in INSTRUCTIONS_VI.iter().chain([&""]).chain(INSTRUCTIONS_EN.iter()).enumerate() {
            if row == 0 || *line == INSTRUCTIONS_EN[0] {
                sheet.write_string_with_format(row as u32, 0, *line, &title)?;
            } else {
                sheet.write_string(row as u32, 0, *line)?;
            }
        }
    }
    write_sheet(&mut workbook, &layout::FIGURES, &grid_of(&layout::FIGURES, example_rows()))?;
    let mut facts = crate::empty_dataset(Text {
        vi: "Chỉ tiêu Nghị quyết Đại hội Đảng bộ xã Ví Dụ".into(), en: None
    });
    facts.data_as_of = "2026-06-30".into();
    write_sheet(&mut workbook, &layout::DATASET, &dataset_grid(&facts))?;
    for spec in [&layout::INDICATORS, &layout::LOCALITIES, &layout::SOURCES] {
        write_sheet(&mut workbook, spec, &grid_of(spec, Vec::new()))?;
    }
    add_lists(&mut workbook)?;
    workbook.worksheet_from_name(layout::FIGURES.vi)?.set_active(true);
    workbook.save_to_buffer()
}

/// The "Danh mục" sheet of closed sets, and on every column that takes one of them a drop-down
/// list with a hint (the template's, and the exported workbook's, so that it can be filled on).
fn add_lists(workbook: &mut Workbook) -> Result<(), XlsxError> {
    // The lists: one column per closed set.
    let lists: [(&str, Vec<&str>); 7] = [
        ("Số liệu là", vocab::ROW_KINDS.iter().map(|word| word.vi).collect()),
        ("Dạng mục tiêu", vocab::SHAPES.iter().map(|word| word.vi).collect()),
        ("Chiều", vocab::DIRECTIONS.iter().map(|word| word.vi).collect()),
        ("Loại chỉ tiêu", vocab::KINDS.iter().map(|word| word.vi).collect()),
        ("Trạng thái", vocab::STATUSES.iter().map(|word| word.vi).collect()),
        ("Có/Không", vocab::YES_NO.iter().map(|word| word.vi).collect()),
        ("Cấp", vocab::LEVELS.iter().map(|word| word.vi).collect()),
    ];
    {
        let sheet = workbook.add_worksheet();
        sheet.set_name(LISTS_SHEET)?;
        let header = header_format();
        for (column, (title, words)) in lists.iter().enumerate() {
            sheet.write_string_with_format(0, column as u16, *title, &header)?;
            sheet.set_column_width(column as u16, 24)?;
            for (row, word) in words.iter().enumerate() {
                sheet.write_string(row as u32 + 1, column as u16, *word)?;
            }
        }
    }
    let list_range = |column: usize| -> Formula {
        let letter = layout::column_letter(column);
        let length = lists[column].1.len() + 1;
        Formula::new(format!("='{LISTS_SHEET}'!${letter}$2:${letter}${length}"))
    };
    let validated: &[(&SheetSpec, &str, usize)] = &[
        (&layout::FIGURES, "row_kind", 0),
        (&layout::FIGURES, "shape", 1),
        (&layout::FIGURES, "direction", 2),
        (&layout::FIGURES, "kind", 3),
        (&layout::FIGURES, "status", 4),
        (&layout::FIGURES, "every_year", 5),
        (&layout::FIGURES, "estimated", 5),
        (&layout::FIGURES, "done", 5),
        (&layout::INDICATORS, "direction", 2),
        (&layout::INDICATORS, "kind", 3),
        (&layout::LOCALITIES, "level", 6),
    ];
    const LAST_ROW: u32 = 20_000;
    for (spec, key, list) in validated {
        let column = spec.columns.iter().position(|column| column.key == *key).expect("a column of the layout") as u16;
        let help = spec.column(key);
        let mut validation = DataValidation::new()
            .allow_list_formula(list_range(*list))
            .set_error_style(DataValidationErrorStyle::Stop)
            .set_error_title("Chỉ Tiêu")?
            .set_error_message("Hãy chọn một giá trị trong danh sách. / Pick a value from the list.")?;
        if !help.help_vi.is_empty() {
            validation = validation.set_input_message(truncate(help.help_vi, 250))?;
        }
        workbook.worksheet_from_name(spec.vi)?.add_data_validation(1, column, LAST_ROW, column, &validation)?;
    }
    // Hints on the other figure columns.
    for (index, column) in layout::FIGURES.columns.iter().enumerate() {
        if column.help_vi.is_empty()
            || validated.iter().any(|(spec, key, _)| spec.key == "figures" && *key == column.key)
        {
            continue;
        }
        let hint = DataValidation::new().allow_any_value().set_input_message(truncate(column.help_vi, 250))?;
        workbook.worksheet_from_name(layout::FIGURES.vi)?.add_data_validation(
            1,
            index as u16,
            LAST_ROW,
            index as u16,
            &hint,
        )?;
    }
    Ok(())
}

fn truncate(text: &str, limit: usize) -> String {
    text.chars().take(limit).collect()
}
