//! Files to sheets of cells: workbooks through calamine, CSV and pasted text through csv. Whatever
//! the file, the reader downstream sees the same `Sheet`s, with row numbers as the spreadsheet
//! program shows them.

use std::io::Cursor;

use calamine::{open_workbook_auto_from_rs, Data, NumberFormat, Reader, SheetVisible, Sheets};
use chitieu_core::model::Text;

use crate::Located;

/// Workbooks and text files larger than this are refused before they are read.
pub const MAX_FILE_BYTES: usize = 50 * 1024 * 1024;
/// A workbook whose parts would inflate to more than this is refused (a zip bomb, or a file far
/// larger than any province's targets).
pub const MAX_INFLATED_BYTES: u64 = 400 * 1024 * 1024;
/// A sheet with more rows than this is refused: a province has at most about 100,000 figures.
pub const MAX_ROWS: usize = 300_000;

/// One cell's content.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Number(f64),
    Text(String),
    Bool(bool),
    /// A date, "YYYY-MM-DD".
    Date(String),
    /// An error value ("#DIV/0!") or a formula with no saved value.
    Error(String),
}

impl Cell {
    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(text) => text.trim().is_empty(),
            _ => false,
        }
    }
}

/// One sheet: its name, and its rows with their numbers (1 for the first row).
#[derive(Debug, Clone)]
pub struct Sheet {
    pub name: String,
    pub rows: Vec<(u32, Vec<Cell>)>,
}

/// What kind of file the bytes are, from their first bytes (the name's extension is only a hint:
/// a renamed file is read for what it is).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A zip container: xlsx, xlsm or ods.
    Zip,
    /// An OLE compound file: an old binary xls, or an encrypted xlsx.
    Compound,
    Json,
    Text,
}

pub fn kind_of(bytes: &[u8]) -> FileKind {
    if bytes.starts_with(b"PK\x03\x04") {
        FileKind::Zip
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        FileKind::Compound
    } else {
        let text = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
        match text.iter().find(|byte| !byte.is_ascii_whitespace()) {
            Some(b'{') | Some(b'[') => FileKind::Json,
            _ => FileKind::Text,
        }
    }
}

/// The visible sheets of a workbook, and one note per hidden sheet left out.
pub fn read_workbook(bytes: &[u8]) -> Result<(Vec<Sheet>, Vec<Located>), Box<Located>> {
    if kind_of(bytes) == FileKind::Zip {
        check_inflated_size(bytes)?;
    }
    if kind_of(bytes) == FileKind::Compound && is_encrypted_package(bytes) {
        return Err(Box::new(encrypted()));
    }
    let mut workbook = open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|error| Box::new(open_error(error)))?;
    let mut sheets = Vec::new();
    let mut notes = Vec::new();
    let metadata = workbook.sheets_metadata().to_vec();
    for sheet in metadata {
        if sheet.visible != SheetVisible::Visible {
            notes.push(Located::file_note(
                "hidden-sheet",
                Text::new(
                    &format!("Trang ẩn '{}' được bỏ qua.", sheet.name),
                    &format!("The hidden sheet '{}' is left out.", sheet.name),
                ),
            ));
            continue;
        }
        let range = match workbook.worksheet_range(&sheet.name) {
            Ok(range) => range,
            // A chart sheet or a macro sheet has no cells to read.
            Err(_) => continue,
        };
        if range.height() > MAX_ROWS {
            return Err(Box::new(too_many_rows(&sheet.name, range.height())));
        }
        let formulas = workbook.worksheet_formula(&sheet.name).ok();
        // Number formats (xlsx): a cell formatted as a percentage holds 0.9 for "90%".
        let styles = workbook.worksheet_style(&sheet.name).ok();
        let merges = match &mut workbook {
            Sheets::Xlsx(xlsx) => xlsx.merge_cells_by_sheet_name(&sheet.name).unwrap_or_default(),
            Sheets::Xls(xls) => xls.merge_cells_by_sheet_name(&sheet.name).unwrap_or_default(),
            _ => Vec::new(),
        };
        let (first_row, first_column) = range.start().unwrap_or((0, 0));
        let mut grid: Vec<Vec<Cell>> = Vec::with_capacity(range.height());
        for (offset, row) in range.rows().enumerate() {
            let row_index = first_row + offset as u32;
            let mut cells = vec![Cell::Empty; first_column as usize];
            for (column_offset, data) in row.iter().enumerate() {
                let position = (row_index, first_column + column_offset as u32);
                let mut cell = cell_of(data);
                if cell.is_empty() {
                    let formula = formulas.as_ref().and_then(|formulas| formulas.get_value(position));
                    if let Some(formula) = formula.filter(|formula| !formula.is_empty()) {
                        cell = Cell::Error(format!("={formula}"));
                    }
                }
                if let Cell::Number(value) = cell {
                    let style = styles.as_ref().and_then(|styles| styles.get(position));
                    if style
                        .and_then(|style| style.number_format.as_ref())
                        .is_some_and(|format: &NumberFormat| is_percent_format(&format.format_code, format.format_id))
                    {
                        cell = Cell::Number(times_hundred(value));
                    }
                }
                cells.push(cell);
            }
            grid.push(cells);
        }
        // A merged cell ("Xã Sơn Lang" over ten rows) counts for every cell it covers.
        for merge in merges {
            let (top, left) = merge.start;
            let Some(value) =
                grid.get(top.wrapping_sub(first_row) as usize).and_then(|row| row.get(left as usize)).cloned()
            else {
                continue;
            };
            for row in top..=merge.end.0 {
                let Some(cells) = grid.get_mut(row.wrapping_sub(first_row) as usize) else { continue };
                for column in left..=merge.end.1 {
                    let column = column as usize;
                    if cells.len() <= column {
                        cells.resize(column + 1, Cell::Empty);
                    }
                    if cells[column].is_empty() {
                        cells[column] = value.clone();
                    }
                }
            }
        }
        let rows: Vec<(u32, Vec<Cell>)> = grid
            .into_iter()
            .enumerate()
            .filter(|(_, cells)| cells.iter().any(|cell| !cell.is_empty()))
            .map(|(offset, cells)| (first_row + offset as u32 + 1, cells))
            .collect();
        sheets.push(Sheet { name: sheet.name.clone(), rows });
    }
    Ok((sheets, notes))
}

fn cell_of(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        Data::Int(value) => Cell::Number(*value as f64),
        Data::Float(value) => Cell::Number(*value),
        Data::String(text) => Cell::Text(text.clone()),
        Data::Bool(value) => Cell::Bool(*value),
        Data::DateTime(date) => Cell::Date(date_of_serial(date.as_f64())),
        Data::DateTimeIso(text) => Cell::Date(text.get(0..10).unwrap_or(text).to_string()),
        Data::DurationIso(text) => Cell::Text(text.clone()),
        Data::Error(error) => Cell::Error(error.to_string()),
    }
}

/// Excel's built-in percentage formats are 9 ("0%") and 10 ("0.00%"); custom ones have a '%'
/// outside quotes.
fn is_percent_format(code: &str, id: Option<u32>) -> bool {
    if matches!(id, Some(9 | 10)) {
        return true;
    }
    let mut quoted = false;
    for c in code.chars() {
        match c {
            '"' => quoted = !quoted,
            '%' if !quoted => return true,
            _ => {}
        }
    }
    false
}

/// `value` × 100 as the decimal it is written as: 0.9 → 90, 0.0144 → 1.44 (not 90.00000000000001).
fn times_hundred(value: f64) -> f64 {
    let written = format!("{value}");
    let (sign, digits) = written.strip_prefix('-').map_or(("", written.as_str()), |rest| ("-", rest));
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let fraction = format!("{fraction:0<2}");
    let shifted = format!("{sign}{whole}{}.{}", &fraction[..2], &fraction[2..]);
    shifted.parse().unwrap_or(value * 100.0)
}

/// A spreadsheet date serial (days since 1899-12-30) as "YYYY-MM-DD".
fn date_of_serial(serial: f64) -> String {
    date_of_days(serial.floor() as i64 - 25569)
}

/// Days since 1970-01-01 as "YYYY-MM-DD" (Howard Hinnant's civil-from-days algorithm).
pub fn date_of_days(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// Reads the zip's directory (not its contents) and refuses a workbook whose parts say they
/// inflate past `MAX_INFLATED_BYTES`.
fn check_inflated_size(bytes: &[u8]) -> Result<(), Box<Located>> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| Box::new(not_a_spreadsheet()))?;
    let mut total: u64 = 0;
    for index in 0..archive.len() {
        let entry = archive.by_index_raw(index).map_err(|_| Box::new(not_a_spreadsheet()))?;
        total = total.saturating_add(entry.size());
    }
    if total > MAX_INFLATED_BYTES {
        let megabytes = total / (1024 * 1024);
        return Err(Box::new(Located::file_error(
            "too-large",
            Text::new(
                &format!(
                    "Tệp nén này khi giải nén lớn tới {megabytes} MB, quá giới hạn {} MB: có thể không phải bảng tính thật. Hãy mở bằng Excel hoặc LibreOffice, lưu lại, rồi thử lại; nếu bảng tính thật sự lớn như vậy, hãy tách theo tỉnh.",
                    MAX_INFLATED_BYTES / (1024 * 1024)
                ),
                &format!(
                    "Unpacked, this file would take {megabytes} MB, over the {} MB limit: it may not be a real spreadsheet. Open it in Excel or LibreOffice, save it again and retry; if the workbook really is that large, split it by province.",
                    MAX_INFLATED_BYTES / (1024 * 1024)
                ),
            ),
        )));
    }
    Ok(())
}

fn too_many_rows(sheet: &str, rows: usize) -> Located {
    Located::file_error(
        "too-many-rows",
        Text::new(
            &format!(
                "Trang '{sheet}' có {} dòng, quá giới hạn {} dòng. Hãy tách bảng tính theo tỉnh hoặc theo nhiệm kỳ.",
                crate::numbers::vietnamese(rows as f64),
                crate::numbers::vietnamese(MAX_ROWS as f64)
            ),
            &format!(
                "Sheet '{sheet}' has {rows} rows, over the limit of {MAX_ROWS}. Split the workbook by province or by term."
            ),
        ),
    )
}

/// An xlsx saved with a password is an OLE file holding an "EncryptedPackage" stream; the stream's
/// name is in the file's directory in UTF-16.
fn is_encrypted_package(bytes: &[u8]) -> bool {
    let name: Vec<u8> = "EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes).collect();
    bytes.windows(name.len()).any(|window| window == name.as_slice())
}

fn open_error(error: calamine::Error) -> Located {
    let message = error.to_string().to_lowercase();
    if message.contains("password") || message.contains("encrypt") {
        return encrypted();
    }
    not_a_spreadsheet()
}

fn encrypted() -> Located {
    Located::file_error(
        "encrypted",
        Text::new(
            "Bảng tính này có mật khẩu nên không đọc được. Hãy mở bằng Excel hoặc LibreOffice, bỏ mật khẩu (Excel: Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu; LibreOffice: Lưu thành, bỏ chọn 'Lưu với mật khẩu'), lưu lại rồi mở lại ở đây.",
            "This workbook is password-protected and cannot be read. Open it in Excel or LibreOffice, remove the password (Excel: File → Info → Protect Workbook → Encrypt with Password, clear it; LibreOffice: Save As, untick 'Save with password'), save it and open it here again.",
        ),
    )
}

pub fn not_a_spreadsheet() -> Located {
    Located::file_error(
        "not-a-spreadsheet",
        Text::new(
            "Tệp này không phải bảng tính đọc được (xlsx, ods, xls, csv) hay bộ dữ liệu JSON: có thể tệp bị hỏng hoặc đã bị đổi đuôi. Hãy mở bằng Excel hoặc LibreOffice và lưu thành .xlsx.",
            "This file is not a readable spreadsheet (xlsx, ods, xls, csv) or JSON dataset: it may be damaged or renamed. Open it in Excel or LibreOffice and save it as .xlsx.",
        ),
    )
}

/// A CSV file or text pasted from a spreadsheet: one sheet, named after the file. The separator
/// is whichever of tab, semicolon (Excel's CSV with Vietnamese regional settings) and comma the
/// header row has most of.
pub fn read_delimited(text: &str, name: &str) -> Result<Sheet, Box<Located>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let header = text.lines().next().unwrap_or("");
    let delimiter = [b'\t', b';', b',']
        .into_iter()
        .max_by_key(|delimiter| header.bytes().filter(|byte| byte == delimiter).count())
        .unwrap_or(b',');
    let mut reader =
        csv::ReaderBuilder::new().delimiter(delimiter).has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|error| {
            let line = error.position().map_or(0, |position| position.line());
            Box::new(Located::file_error(
                "bad-csv",
                Text::new(
                    &format!("Dòng {line}: không đọc được dòng này của tệp CSV ({error})."),
                    &format!("Line {line}: this line of the CSV file cannot be read ({error})."),
                ),
            ))
        })?;
        let line = record.position().map_or(0, |position| position.line() as u32);
        let cells: Vec<Cell> = record
            .iter()
            .map(|field| if field.is_empty() { Cell::Empty } else { Cell::Text(field.to_string()) })
            .collect();
        if cells.iter().any(|cell| !cell.is_empty()) {
            rows.push((line, cells));
        }
        if rows.len() > MAX_ROWS {
            return Err(Box::new(too_many_rows(name, rows.len())));
        }
    }
    Ok(Sheet { name: name.to_string(), rows })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_move_the_decimal_point_exactly() {
        assert_eq!(times_hundred(0.9), 90.0);
        assert_eq!(times_hundred(0.0144), 1.44);
        assert_eq!(times_hundred(1.0), 100.0);
        assert_eq!(times_hundred(-0.0009), -0.09);
        assert_eq!(times_hundred(0.7088), 70.88);
        assert!(is_percent_format("0.00%", None));
        assert!(is_percent_format("", Some(9)));
        assert!(!is_percent_format("0.00\" %\"", None), "a quoted % is text");
        assert!(!is_percent_format("#,##0.00", None));
    }

    #[test]
    fn serial_dates() {
        assert_eq!(date_of_serial(45839.0), "2025-07-01");
        assert_eq!(date_of_serial(25569.0), "1970-01-01");
        assert_eq!(date_of_serial(36526.5), "2000-01-01");
    }

    #[test]
    fn the_separator_is_the_one_the_header_uses() {
        let tab = read_delimited("Đơn vị\tNhiệm kỳ\nBến Sung\t2020-2025\n", "dán").unwrap();
        assert_eq!(tab.rows[1].1[1], Cell::Text("2020-2025".into()));
        let semicolon = read_delimited("Đơn vị;Giá trị\nBến Sung;2,5\n", "x.csv").unwrap();
        assert_eq!(semicolon.rows[1].1[1], Cell::Text("2,5".into()));
        assert_eq!(semicolon.rows[1].0, 2);
    }

    #[test]
    fn kinds_of_files() {
        assert_eq!(kind_of(b"PK\x03\x04rest"), FileKind::Zip);
        assert_eq!(kind_of(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0]), FileKind::Compound);
        assert_eq!(kind_of(b"\xef\xbb\xbf  {\"format\""), FileKind::Json);
        assert_eq!(kind_of("Đơn vị,Nhiệm kỳ".as_bytes()), FileKind::Text);
    }
}
