//! Sheets to a dataset. The figures sheet alone is enough: each row names its locality, term and
//! indicator by name (or id), and what the other sheets would say is taken from the row or made up
//! plainly (an id from the name, a term from "2025-2030", a source from the document's name). The
//! other sheets, when present, give the details (English names, levels, grades, sources' files).
//!
//! Every problem is located by sheet, row and column. The checks of the format itself (references,
//! sums, years, shapes, quotes) are the core's `validate`; their JSON paths are turned back into the
//! row and column the figure came from.

use std::collections::HashMap;
use std::rc::Rc;

use chitieu_core::load::{load_bytes, validate};
use chitieu_core::model::*;
use chitieu_core::problem::{Problem, Severity};
use chitieu_core::search::fold;
use chitieu_core::vietnamese::matching_key;

use crate::grid::{self, Cell, FileKind, Sheet};
use crate::layout::{self, SheetSpec};
use crate::numbers;
use crate::vocab::{self, RowKind, Word};
use crate::{Imported, Located};

/// Reads a file as it was saved or pasted. `name` is the file's name, for messages and for the
/// dataset's title when the file gives none. A file without its "data as of" date is taken as of
/// today (the machine's clock; none in the browser, where `read_file_on` is given the date).
pub fn read_file(bytes: &[u8], name: &str) -> Imported {
    read_file_on(bytes, name, today().as_deref())
}

/// Today's date, "YYYY-MM-DD" (UTC), from the system clock (not on wasm32, which has none).
pub fn today() -> Option<String> {
    if cfg!(target_arch = "wasm32") {
        return None;
    }
    let seconds = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).ok()?.as_secs();
    Some(grid::date_of_days((seconds / 86_400) as i64))
}

/// `read_file` with today's date given ("YYYY-MM-DD"), for a file that does not say when its
/// figures were current.
pub fn read_file_on(bytes: &[u8], name: &str, today: Option<&str>) -> Imported {
    let fail = |located: Located| Imported { dataset: None, problems: vec![located.into_problem()] };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return fail(Located::file_error(
            "empty",
            Text::new(
                "Tệp trống: không có gì để đọc. Hãy chọn đúng tệp, hoặc tải mẫu bảng tính và điền vào.",
                "The file is empty: there is nothing to read. Pick the right file, or download the template and fill it in.",
            ),
        ));
    }
    if bytes.len() > grid::MAX_FILE_BYTES {
        return fail(Located::file_error(
            "too-large",
            Text::new(
                &format!(
                    "Tệp lớn {} MB, quá giới hạn {} MB. Hãy tách theo tỉnh.",
                    bytes.len() / (1024 * 1024),
                    grid::MAX_FILE_BYTES / (1024 * 1024)
                ),
                &format!(
                    "The file is {} MB, over the {} MB limit. Split it by province.",
                    bytes.len() / (1024 * 1024),
                    grid::MAX_FILE_BYTES / (1024 * 1024)
                ),
            ),
        ));
    }
    match grid::kind_of(bytes) {
        FileKind::Json => {
            let loaded = load_bytes(bytes);
            Imported { dataset: loaded.dataset, problems: loaded.problems }
        }
        FileKind::Zip | FileKind::Compound => match grid::read_workbook(bytes) {
            Ok((sheets, notes)) => from_sheets(&sheets, name, notes, today),
            Err(located) => fail(*located),
        },
        FileKind::Text if is_workbook_name(name) => fail(grid::not_a_spreadsheet()),
        FileKind::Text => {
            if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
                return fail(Located::file_error(
                    "not-utf8",
                    Text::new(
                        "Tệp văn bản này ở mã UTF-16 (Excel gọi là 'Văn bản Unicode'). Trong Excel chọn Lưu thành → 'CSV UTF-8'; hoặc lưu thành .xlsx.",
                        "This text file is UTF-16 (Excel's 'Unicode Text'). In Excel, Save As → 'CSV UTF-8'; or save it as .xlsx.",
                    ),
                ));
            }
            let Ok(text) = std::str::from_utf8(bytes) else {
                return fail(Located::file_error(
                    "not-utf8",
                    Text::new(
                        "Tệp văn bản này không ở mã UTF-8 (có thể là TCVN3, VNI hoặc Windows-1258), hoặc không phải bảng tính. Trong Excel chọn Lưu thành → 'CSV UTF-8'; trong LibreOffice chọn bộ ký tự Unicode (UTF-8); hoặc lưu thành .xlsx.",
                        "This text file is not UTF-8 (it may be TCVN3, VNI or Windows-1258), or not a spreadsheet. In Excel, Save As → 'CSV UTF-8'; in LibreOffice, pick the Unicode (UTF-8) character set; or save it as .xlsx.",
                    ),
                ));
            };
            match grid::read_delimited(text, &sheet_name_of(name)) {
                Ok(sheet) => from_sheets(&[sheet], name, Vec::new(), today),
                Err(located) => fail(*located),
            }
        }
    }
}

/// A name that says workbook: its bytes must be a zip or an OLE file, not text.
fn is_workbook_name(name: &str) -> bool {
    let lower = name.to_lowercase();
    [".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"].iter().any(|extension| lower.ends_with(extension))
}

/// "ket-qua.csv" → "ket-qua": a CSV file's one sheet is named after it.
fn sheet_name_of(file: &str) -> String {
    let base = file.rsplit(['/', '\\']).next().unwrap_or(file);
    base.rsplit_once('.').map_or(base, |(stem, _)| stem).to_string()
}

/// A sheet with its header row found and its columns named.
struct Table<'a> {
    spec: &'static SheetSpec,
    sheet: &'a Sheet,
    /// The columns and headers, shared with the origins of every part read from the table.
    names: Rc<Columns>,
    /// The index in `sheet.rows` of the first row after the header.
    first_data: usize,
}

/// Where a table's columns are.
struct Columns {
    /// The sheet's name.
    sheet: String,
    /// The column index of each key.
    columns: HashMap<&'static str, usize>,
    /// The header as written, by column index.
    headers: HashMap<usize, String>,
}

/// One row of a table, to read cells from by key.
struct Row<'a> {
    table: &'a Table<'a>,
    number: u32,
    cells: &'a [Cell],
}

impl Row<'_> {
    fn cell(&self, key: &str) -> &Cell {
        self.table.names.columns.get(key).and_then(|index| self.cells.get(*index)).unwrap_or(&Cell::Empty)
    }
    fn has(&self, key: &str) -> bool {
        !self.cell(key).is_empty()
    }
    fn at(&self, key: &str, severity: Severity, code: &'static str, vi: String, en: String) -> Located {
        let column = self.table.names.columns.get(key).map(|index| {
            let header = self
                .table
                .names
                .headers
                .get(index)
                .cloned()
                .unwrap_or_else(|| self.table.spec.column(key).vi.to_string());
            (*index, header)
        });
        let column = column.or_else(|| {
            // The column is missing: name the header it should have.
            Some((
                self.table.names.headers.keys().max().map_or(0, |last| last + 1),
                self.table.spec.column(key).vi.to_string(),
            ))
        });
        Located {
            severity,
            code,
            sheet: Some(self.table.sheet.name.clone()),
            row: Some(self.number),
            column,
            message: Text { vi, en: Some(en) },
        }
    }
}

/// The text of a cell, trimmed; numbers as written without grouping ("2025").
fn text_of(cell: &Cell) -> Option<String> {
    match cell {
        Cell::Empty => None,
        Cell::Text(text) => Some(text.trim().to_string()).filter(|text| !text.is_empty()),
        Cell::Number(value) if value.fract() == 0.0 && value.abs() < 1e15 => Some(format!("{}", *value as i64)),
        Cell::Number(value) => Some(value.to_string()),
        Cell::Bool(value) => Some(if *value { "Có" } else { "Không" }.to_string()),
        Cell::Date(date) => Some(date.clone()),
        Cell::Error(error) => Some(error.clone()),
    }
}

fn shown(cell: &Cell) -> String {
    text_of(cell).unwrap_or_default()
}

struct Reader {
    dataset: Dataset,
    problems: Vec<Located>,
    /// Where each part of the dataset came from: a JSON path and its sheet, row and table.
    origins: Vec<(String, Origin)>,
    localities: HashMap<String, usize>,
    indicators: HashMap<String, usize>,
    domains: HashMap<String, usize>,
    sources: HashMap<String, usize>,
    records: HashMap<(usize, usize, String), usize>,
    /// Words already looked up, by (list, text as written): the same few words fill every row.
    words_seen: HashMap<(usize, String), Option<usize>>,
    /// Names already put in their matching form, by the text as written.
    keys_seen: HashMap<String, String>,
}

#[derive(Clone)]
struct Origin {
    row: u32,
    spec: &'static SheetSpec,
    names: Rc<Columns>,
}

fn from_sheets(sheets: &[Sheet], file: &str, notes: Vec<Located>, today: Option<&str>) -> Imported {
    let mut reader = Reader {
        dataset: crate::empty_dataset(Text { vi: sheet_name_of(file), en: None }),
        problems: notes,
        origins: Vec::new(),
        localities: HashMap::new(),
        indicators: HashMap::new(),
        domains: HashMap::new(),
        sources: HashMap::new(),
        records: HashMap::new(),
        words_seen: HashMap::new(),
        keys_seen: HashMap::new(),
    };
    let mut tables: HashMap<&'static str, Table> = HashMap::new();
    let mut unknown: Vec<&Sheet> = Vec::new();
    for sheet in sheets {
        let spec = layout::SHEETS.iter().find(|spec| spec.is_named(&sheet.name));
        match spec {
            Some(spec) if spec.key == "dataset" => reader.read_dataset_sheet(sheet),
            Some(spec) => match find_header(spec, sheet) {
                Some(table) => {
                    reader.note_unknown_headers(&table);
                    tables.insert(spec.key, table);
                }
                None => reader.problems.push(missing_header(spec, sheet)),
            },
            // The template's own sheets of instructions and drop-down lists.
            None if [layout::INSTRUCTIONS, layout::LISTS, "Instructions", "Lists"]
                .iter()
                .any(|name| matching_key(name) == matching_key(&sheet.name)) => {}
            None => unknown.push(sheet),
        }
    }
    // A CSV file, a paste, or a workbook whose one sheet has another name: the figures table.
    if !tables.contains_key("figures") {
        for sheet in &unknown {
            if let Some(table) = find_header(&layout::FIGURES, sheet) {
                reader.note_unknown_headers(&table);
                tables.insert("figures", table);
                unknown.retain(|other| !std::ptr::eq(*other, *sheet));
                break;
            }
        }
    }
    for sheet in unknown.into_iter().filter(|_| tables.contains_key("figures")) {
        reader.problems.push(Located {
            severity: Severity::Warning,
            code: "unknown-sheet",
            sheet: Some(sheet.name.clone()),
            row: None,
            column: None,
            message: Text::new(
                "Trang này không được đọc: tên trang không phải tên trang nào trong mẫu (Số liệu, Chỉ tiêu, Đơn vị, …).",
                "This sheet is not read: its name is not one of the template's (Số liệu/Figures, Chỉ tiêu/Indicators, …).",
            ),
        });
    }
    let Some(figures) = tables.get("figures") else {
        reader.problems.push(Located::file_error(
            "no-figures",
            Text::new(
                "Không tìm thấy bảng số liệu: cần một trang tên 'Số liệu' có dòng tiêu đề với các cột Đơn vị, Nhiệm kỳ, Chỉ tiêu, Giá trị, Nguồn, Trích dẫn. Hãy tải mẫu bảng tính và chép số liệu vào đó.",
                "No figures table found: a sheet named 'Số liệu' (or 'Figures') needs a header row with the columns Đơn vị, Nhiệm kỳ, Chỉ tiêu, Giá trị, Nguồn, Trích dẫn. Download the template and copy the figures into it.",
            ),
        ));
        return reader.finish(false, today);
    };
    for key in ["sources", "domains", "localities", "terms", "indicators"] {
        if let Some(table) = tables.get(key) {
            reader.read_definitions(table);
        }
    }
    reader.read_figures(figures);
    for key in ["congresses", "stated_summaries"] {
        if let Some(table) = tables.get(key) {
            reader.read_definitions(table);
        }
    }
    reader.finish(true, today)
}

/// The header row: the first of the first ten rows in which at least two cells are headers of the
/// sheet (a title row or a merged group header above it is skipped).
fn find_header<'a>(spec: &'static SheetSpec, sheet: &'a Sheet) -> Option<Table<'a>> {
    for (position, (_, cells)) in sheet.rows.iter().enumerate().take(10) {
        let mut columns = HashMap::new();
        let mut headers = HashMap::new();
        for (index, cell) in cells.iter().enumerate() {
            let Some(text) = text_of(cell) else { continue };
            headers.insert(index, text.clone());
            let key = matching_key(&text);
            if let Some(column) =
                spec.columns.iter().find(|column| matching_key(column.vi) == key || matching_key(column.en) == key)
            {
                columns.entry(column.key).or_insert(index);
            }
        }
        if columns.len() >= 2 {
            return Some(Table {
                spec,
                sheet,
                names: Rc::new(Columns { sheet: sheet.name.clone(), columns, headers }),
                first_data: position + 1,
            });
        }
    }
    None
}

fn missing_header(spec: &SheetSpec, sheet: &Sheet) -> Located {
    let expected = spec.columns.iter().map(|column| column.vi).collect::<Vec<_>>().join(", ");
    let expected_en = spec.columns.iter().map(|column| column.en).collect::<Vec<_>>().join(", ");
    Located {
        severity: Severity::Error,
        code: "no-header",
        sheet: Some(sheet.name.clone()),
        row: None,
        column: None,
        message: Text::new(
            &format!("Không tìm thấy dòng tiêu đề trong 10 dòng đầu. Các cột cần có: {expected}."),
            &format!("No header row in the first 10 rows. The columns are: {expected_en}."),
        ),
    }
}

/// "Bến Sung" → "ben-sung".
fn slug(name: &str) -> String {
    let folded = fold(name);
    let mut slug = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    if slug.is_empty() {
        "x".to_string()
    } else {
        slug
    }
}

fn text_pair(vi: Option<String>, en: Option<String>) -> Text {
    Text { vi: vi.unwrap_or_default(), en }
}

/// "a; b; c" → ["a", "b", "c"].
fn list(text: &str) -> Vec<String> {
    text.split([';', '\n']).map(str::trim).filter(|item| !item.is_empty()).map(str::to_string).collect()
}

/// The English names beside a list, by position: "Poor; ; Good" → [Some, None, Some].
fn english_list(text: Option<String>) -> Vec<Option<String>> {
    text.map(|text| {
        text.split([';', '\n']).map(str::trim).map(|item| (!item.is_empty()).then(|| item.to_string())).collect()
    })
    .unwrap_or_default()
}

impl Reader {
    fn note_unknown_headers(&mut self, table: &Table) {
        let header_row = table.sheet.rows[table.first_data - 1].0;
        for (index, header) in &table.names.headers {
            if table.names.columns.values().any(|known| known == index) {
                continue;
            }
            self.problems.push(Located {
                severity: Severity::Warning,
                code: "unknown-column",
                sheet: Some(table.sheet.name.clone()),
                row: Some(header_row),
                column: Some((*index, header.clone())),
                message: Text::new(
                    "Cột này không được đọc: tiêu đề không phải tiêu đề nào trong mẫu.",
                    "This column is not read: its header is not one of the template's.",
                ),
            });
        }
    }

    fn rows<'a>(&self, table: &'a Table<'a>) -> impl Iterator<Item = Row<'a>> {
        table.sheet.rows[table.first_data..].iter().map(move |(number, cells)| Row { table, number: *number, cells })
    }

    fn origin(&mut self, path: String, row: &Row) {
        self.origins.push((path, Origin { row: row.number, spec: row.table.spec, names: row.table.names.clone() }));
    }

    fn error(&mut self, row: &Row, key: &str, code: &'static str, vi: String, en: String) {
        let located = row.at(key, Severity::Error, code, vi, en);
        self.problems.push(located);
    }

    fn text(&mut self, row: &Row, key: &str) -> Option<String> {
        match row.cell(key) {
            Cell::Error(error) => {
                self.cell_error(row, key, error);
                None
            }
            cell => text_of(cell),
        }
    }

    fn cell_error(&mut self, row: &Row, key: &str, error: &str) {
        if error.starts_with('=') {
            self.error(
                row,
                key,
                "formula-without-value",
                format!("công thức {error} không có giá trị đã lưu. Hãy mở tệp bằng Excel hoặc LibreOffice, tính lại (F9) và lưu, hoặc thay công thức bằng giá trị."),
                format!("the formula {error} has no saved value. Open the file in Excel or LibreOffice, recalculate (F9) and save, or replace the formula with its value."),
            );
        } else {
            self.error(
                row,
                key,
                "cell-error",
                format!("ô có lỗi {error}. Hãy sửa công thức hoặc ghi giá trị."),
                format!("the cell holds the error {error}. Fix the formula or write the value."),
            );
        }
    }

    fn required_text(&mut self, row: &Row, key: &str, what_vi: &str, what_en: &str) -> Option<String> {
        let text = self.text(row, key);
        if text.is_none() && !matches!(row.cell(key), Cell::Error(_)) {
            self.error(
                row,
                key,
                "missing-field",
                format!("ô trống: cần {what_vi}."),
                format!("the cell is empty: {what_en} is needed."),
            );
        }
        text
    }

    /// A number from a number cell or from text typed the Vietnamese or English way. The second
    /// value says whether the text said "ước".
    fn number(&mut self, row: &Row, key: &str) -> Option<(f64, bool)> {
        match row.cell(key) {
            Cell::Empty => None,
            Cell::Number(value) => Some((*value, false)),
            Cell::Text(text) if text.trim().is_empty() => None,
            Cell::Text(text) => match numbers::read(text) {
                Ok(reading) => {
                    if reading.ambiguous {
                        let written = text.trim();
                        // Say the reading in a form that cannot be read the other way.
                        let (vi, en) = if written.contains('.') {
                            let whole = format!("{}", reading.value.abs() as i64);
                            let decimal = written.replace('.', ",");
                            (
                                format!("đã đọc '{written}' là số nguyên {whole} (dấu chấm ngăn hàng nghìn). Nếu đó là số thập phân, hãy ghi {decimal}."),
                                format!("read '{written}' as the whole number {whole} (a dot between thousands, the Vietnamese way). If it is a decimal, write {decimal}."),
                            )
                        } else {
                            let (whole, fraction) = written.split_once(',').unwrap_or((written, ""));
                            let thousands = written.replace(',', "");
                            (
                                format!("đã đọc '{written}' là {whole} phẩy {fraction} (dấu phẩy ngăn phần thập phân). Nếu đó là {thousands}, hãy ghi {thousands}."),
                                format!("read '{written}' as {} (a comma before decimals, the Vietnamese way). If it is {thousands}, write {thousands}.", reading.value),
                            )
                        };
                        let located = row.at(key, Severity::Warning, "number-reading", vi, en);
                        self.problems.push(located);
                    }
                    Some((reading.value, reading.estimated))
                }
                Err(not) => {
                    let (hint_vi, hint_en) = match not.number_then_words {
                        Some((number, words)) => (
                            format!(" — hãy ghi {number} và ghi '{words}' ở cột Đơn vị tính"),
                            format!(" — write {number} and put '{words}' in the unit column"),
                        ),
                        None => (
                            " — chỉ ghi số, ví dụ 2.732,16 hoặc 67,5".to_string(),
                            " — write a number only, such as 2.732,16 or 67.5".to_string(),
                        ),
                    };
                    self.error(
                        row,
                        key,
                        "not-a-number",
                        format!("cần một số, gặp '{}'{hint_vi}.", text.trim()),
                        format!("expected a number, found '{}'{hint_en}.", text.trim()),
                    );
                    None
                }
            },
            Cell::Error(error) => {
                let error = error.clone();
                self.cell_error(row, key, &error);
                None
            }
            other => {
                let found = shown(other);
                self.error(
                    row,
                    key,
                    "not-a-number",
                    format!("cần một số, gặp '{found}'."),
                    format!("expected a number, found '{found}'."),
                );
                None
            }
        }
    }

    fn value(&mut self, row: &Row, key: &str) -> Option<f64> {
        self.number(row, key).map(|(value, _)| value)
    }

    fn whole(&mut self, row: &Row, key: &str) -> Option<i64> {
        let value = self.value(row, key)?;
        if value.fract() != 0.0 || value.abs() > 1e9 {
            let shown = numbers::vietnamese(value);
            self.error(
                row,
                key,
                "not-a-whole-number",
                format!("cần một số nguyên, gặp {shown}."),
                format!("expected a whole number, found {value}."),
            );
            return None;
        }
        Some(value as i64)
    }

    fn yes_no(&mut self, row: &Row, key: &str) -> Option<bool> {
        match row.cell(key) {
            Cell::Bool(value) => Some(*value),
            Cell::Number(value) if *value == 0.0 || *value == 1.0 => Some(*value == 1.0),
            cell => {
                let text = text_of(cell)?;
                if text.eq_ignore_ascii_case("x") {
                    return Some(true);
                }
                let found = vocab::find(vocab::YES_NO, &text);
                if found.is_none() {
                    self.error(
                        row,
                        key,
                        "unknown-word",
                        format!("cần 'Có' hoặc 'Không', gặp '{text}'."),
                        format!("expected 'Có' (yes) or 'Không' (no), found '{text}'."),
                    );
                }
                found
            }
        }
    }

    fn word<T: Copy>(&mut self, row: &Row, key: &str, words: &'static [Word<T>]) -> Option<T> {
        let text = self.text(row, key)?;
        let found = *self
            .words_seen
            .entry((words.as_ptr() as usize, text.clone()))
            .or_insert_with(|| vocab::position(words, &text));
        if found.is_none() {
            // Typed without diacritics ("Tren"): read, and the reading shown.
            if let Some(index) = vocab::position_unaccented(words, &text) {
                let word = &words[index];
                let located = row.at(
                    key,
                    Severity::Warning,
                    "word-reading",
                    format!("đã đọc '{text}' là '{}' (chữ thiếu dấu).", word.vi),
                    format!("read '{text}' as '{}' ({}; typed without diacritics).", word.vi, word.en),
                );
                self.problems.push(located);
                return Some(word.value);
            }
        }
        let found = found.map(|index| words[index].value);
        if found.is_none() {
            let (vi, en) = vocab::listing(words);
            self.error(
                row,
                key,
                "unknown-word",
                format!("'{text}' không phải một lựa chọn; hãy chọn một trong: {vi}."),
                format!("'{text}' is not one of the choices; pick one of: {en}."),
            );
        }
        found
    }

    fn date(&mut self, row: &Row, key: &str) -> Option<String> {
        match row.cell(key) {
            Cell::Number(value) if (1000.0..=9999.0).contains(value) && value.fract() == 0.0 => {
                Some(format!("{}", *value as i64))
            }
            _ => self.text(row, key),
        }
    }

    fn read_dataset_sheet(&mut self, sheet: &Sheet) {
        for (_, cells) in &sheet.rows {
            let label = cells.first().and_then(text_of).unwrap_or_default();
            let key = matching_key(&label);
            let Some(column) = layout::DATASET
                .columns
                .iter()
                .find(|column| matching_key(column.vi) == key || matching_key(column.en) == key)
            else {
                continue;
            };
            let value = cells.get(1).cloned().unwrap_or(Cell::Empty);
            let text = match (&value, column.key) {
                (Cell::Number(year), "data_as_of") if year.fract() == 0.0 => Some(format!("{}", *year as i64)),
                _ => text_of(&value),
            };
            match column.key {
                "title" => self.dataset.title.vi = text.unwrap_or_default(),
                "title_en" => self.dataset.title.en = text,
                "data_as_of" => self.dataset.data_as_of = text.unwrap_or_default(),
                "illustrative" => {
                    self.dataset.illustrative = match &value {
                        Cell::Bool(flag) => *flag,
                        _ => text.as_deref().and_then(|text| vocab::find(vocab::YES_NO, text)).unwrap_or(false),
                    }
                }
                _ => {}
            }
        }
    }

    fn read_definitions(&mut self, table: &Table) {
        let rows: Vec<Row> = self.rows(table).collect();
        for row in &rows {
            match table.spec.key {
                "sources" => self.read_source(row),
                "domains" => self.read_domain(row),
                "localities" => self.read_locality(row),
                "terms" => self.read_term(row),
                "indicators" => self.read_indicator(row),
                "congresses" => self.read_congress(row),
                "stated_summaries" => self.read_summary(row),
                _ => {}
            }
        }
        if table.spec.key == "localities" {
            self.resolve_locality_references();
        }
    }

    fn read_source(&mut self, row: &Row) {
        let title = self.text(row, "title");
        let file = self.text(row, "file");
        let id = self.text(row, "id").or_else(|| title.as_deref().or(file.as_deref()).map(slug));
        let Some(id) = id else { return };
        let index = self.dataset.sources.len();
        self.origin(format!("$.sources[{index}]"), row);
        let source = Source {
            file: file.clone().unwrap_or_else(|| title.clone().unwrap_or_else(|| id.clone())),
            title: text_pair(title.or(file), self.text(row, "title_en")),
            url: self.text(row, "url"),
            id,
        };
        for key in [Some(&source.id), Some(&source.title.vi), Some(&source.file)].into_iter().flatten() {
            self.sources.entry(matching_key(key)).or_insert(index);
        }
        self.dataset.sources.push(source);
    }

    fn read_domain(&mut self, row: &Row) {
        let name = self.text(row, "name");
        let Some(id) = self.text(row, "id").or_else(|| name.as_deref().map(slug)) else { return };
        let index = self.dataset.domains.len();
        self.origin(format!("$.domains[{index}]"), row);
        let domain = Domain { name: text_pair(name.or_else(|| Some(id.clone())), self.text(row, "name_en")), id };
        self.domains.entry(matching_key(&domain.id)).or_insert(index);
        self.domains.entry(matching_key(&domain.name.vi)).or_insert(index);
        if let Some(en) = &domain.name.en {
            self.domains.entry(matching_key(en)).or_insert(index);
        }
        self.dataset.domains.push(domain);
    }

    fn read_locality(&mut self, row: &Row) {
        let name = self.text(row, "name");
        let Some(id) = self.text(row, "id").or_else(|| name.as_deref().map(slug)) else { return };
        let level = if row.has("level") {
            self.word(row, "level", vocab::LEVELS).unwrap_or(Level::Commune)
        } else {
            level_from_name(name.as_deref().unwrap_or(""))
        };
        let index = self.dataset.localities.len();
        self.origin(format!("$.localities[{index}]"), row);
        let locality = Locality {
            name: text_pair(name.or_else(|| Some(id.clone())), self.text(row, "name_en")),
            level,
            province: self.text(row, "province"),
            parent: self.text(row, "parent"),
            formed_from: self.text(row, "formed_from").map(|text| list(&text.replace(',', ";"))).unwrap_or_default(),
            formed_on: self.date(row, "formed_on"),
            until: self.date(row, "until"),
            id,
        };
        self.index_locality(index, &locality);
        self.dataset.localities.push(locality);
    }

    fn index_locality(&mut self, index: usize, locality: &Locality) {
        self.localities.insert(matching_key(&locality.id), index);
        for name in [Some(&locality.name.vi), locality.name.en.as_ref()].into_iter().flatten() {
            self.localities.entry(matching_key(name)).or_insert(index);
        }
    }

    /// Parents and predecessors may be named rather than given by id.
    fn resolve_locality_references(&mut self) {
        let ids: Vec<String> = self.dataset.localities.iter().map(|locality| locality.id.clone()).collect();
        let resolve = |reference: &str, localities: &HashMap<String, usize>| -> String {
            localities.get(&matching_key(reference)).map_or_else(|| reference.to_string(), |index| ids[*index].clone())
        };
        for locality in &mut self.dataset.localities {
            if let Some(parent) = &locality.parent {
                locality.parent = Some(resolve(parent, &self.localities));
            }
            for predecessor in &mut locality.formed_from {
                *predecessor = resolve(predecessor, &self.localities);
            }
        }
    }

    fn read_term(&mut self, row: &Row) {
        let Some(id) = self.text(row, "id") else { return };
        let years = term_years(&id);
        let start = self.whole(row, "start_year").or(years.map(|(start, _)| start));
        let end = self.whole(row, "end_year").or(years.map(|(_, end)| end));
        let (Some(start), Some(end)) = (start, end) else {
            self.error(
                row,
                "start_year",
                "missing-field",
                "cần năm bắt đầu và năm kết thúc (hoặc ghi nhiệm kỳ dạng 2025-2030).".into(),
                "the start and end years are needed (or write the term as 2025-2030).".into(),
            );
            return;
        };
        let index = self.dataset.terms.len();
        self.origin(format!("$.terms[{index}]"), row);
        self.dataset.terms.push(Term {
            id: if years.is_some() { normal_term_id(&id) } else { id },
            start_year: start as i32,
            end_year: end as i32,
        });
    }

    fn read_indicator(&mut self, row: &Row) {
        let name = self.text(row, "name");
        let Some(id) = self.text(row, "id").or_else(|| name.as_deref().map(slug)) else { return };
        let index = self.dataset.indicators.len();
        self.origin(format!("$.indicators[{index}]"), row);
        let domain = self.text(row, "domain").map(|domain| self.domain_id(&domain)).unwrap_or_default();
        let grades_vi = self.text(row, "grades").map(|text| list(&text)).unwrap_or_default();
        let grades_en = english_list(self.text(row, "grades_en"));
        let grades = grades_vi
            .iter()
            .enumerate()
            .map(|(position, vi)| Text { vi: vi.clone(), en: grades_en.get(position).cloned().flatten() })
            .collect();
        let count_unit = self.text(row, "count_unit").map(|vi| Text { vi, en: self.text(row, "count_unit_en") });
        let indicator = Indicator {
            name: text_pair(name.or_else(|| Some(id.clone())), self.text(row, "name_en")),
            domain,
            unit: text_pair(self.text(row, "unit"), self.text(row, "unit_en")),
            direction: self.word(row, "direction", vocab::DIRECTIONS).unwrap_or(Direction::HigherIsBetter),
            kind: self.word(row, "kind", vocab::KINDS).unwrap_or(IndicatorKind::Amount),
            part_of: self.text(row, "part_of"),
            grades,
            count_unit,
            id,
        };
        if !row.has("direction") {
            self.error(
                row,
                "direction",
                "missing-field",
                "ô trống: cần chiều của chỉ tiêu.".into(),
                "the cell is empty: the indicator's direction is needed.".into(),
            );
        }
        if !row.has("kind") {
            self.error(
                row,
                "kind",
                "missing-field",
                "ô trống: cần loại chỉ tiêu.".into(),
                "the cell is empty: the indicator's kind is needed.".into(),
            );
        }
        self.index_indicator(index, &indicator);
        self.dataset.indicators.push(indicator);
    }

    fn index_indicator(&mut self, index: usize, indicator: &Indicator) {
        self.indicators.insert(matching_key(&indicator.id), index);
        self.indicators.entry(matching_key(&indicator.name.vi)).or_insert(index);
        if let Some(en) = &indicator.name.en {
            self.indicators.entry(matching_key(en)).or_insert(index);
        }
    }

    /// The id of a domain given by id or name, made when it is new.
    fn domain_id(&mut self, domain: &str) -> String {
        if let Some(index) = self.domains.get(&matching_key(domain)) {
            return self.dataset.domains[*index].id.clone();
        }
        let id = slug(domain);
        let index = self.dataset.domains.len();
        self.dataset.domains.push(Domain { id: id.clone(), name: Text { vi: domain.to_string(), en: None } });
        self.domains.insert(matching_key(domain), index);
        self.domains.insert(matching_key(&id), index);
        id
    }

    /// The id of a source given by id, title or file name, made when it is new.
    fn source_id(&mut self, source: &str) -> String {
        let key = self.key(source);
        if let Some(index) = self.sources.get(&key) {
            return self.dataset.sources[*index].id.clone();
        }
        let id = slug(source);
        let index = self.dataset.sources.len();
        self.dataset.sources.push(Source {
            id: id.clone(),
            file: source.to_string(),
            title: Text { vi: source.to_string(), en: None },
            url: None,
        });
        self.sources.insert(matching_key(source), index);
        self.sources.insert(matching_key(&id), index);
        id
    }

    fn provenance(&mut self, row: &Row) -> Provenance {
        let source = match self.text(row, "source") {
            Some(source) => self.source_id(&source),
            None => {
                self.error(
                    row,
                    "source",
                    "missing-field",
                    "ô trống: cần tên văn kiện có con số này.".into(),
                    "the cell is empty: the name of the document the figure is from is needed.".into(),
                );
                String::new()
            }
        };
        Provenance { source, quote: self.text(row, "quote").unwrap_or_default() }
    }

    fn read_congress(&mut self, row: &Row) {
        let (Some(locality), Some(term), Some(ordinal)) =
            (self.text(row, "locality"), self.text(row, "term"), self.whole(row, "ordinal"))
        else {
            return;
        };
        let index = self.dataset.congresses.len();
        self.origin(format!("$.congresses[{index}]"), row);
        let locality = self.locality_id_of(&locality);
        let source = self.provenance(row);
        self.dataset.congresses.push(Congress {
            locality,
            term: normal_term_id(&term),
            ordinal: ordinal.max(0) as u32,
            source,
        });
    }

    fn read_summary(&mut self, row: &Row) {
        let (Some(locality), Some(term), Some(met), Some(total)) =
            (self.text(row, "locality"), self.text(row, "term"), self.whole(row, "met"), self.whole(row, "total"))
        else {
            return;
        };
        let index = self.dataset.stated_summaries.len();
        self.origin(format!("$.stated_summaries[{index}]"), row);
        let exceeded = self.whole(row, "exceeded").map(|value| value.max(0) as u32);
        let locality = self.locality_id_of(&locality);
        let source = self.provenance(row);
        self.dataset.stated_summaries.push(StatedSummary {
            locality,
            term: normal_term_id(&term),
            met: met.max(0) as u32,
            total: total.max(0) as u32,
            exceeded,
            source,
        });
    }

    /// `matching_key`, remembered: names repeat on every row.
    fn key(&mut self, text: &str) -> String {
        if let Some(key) = self.keys_seen.get(text) {
            return key.clone();
        }
        let key = matching_key(text);
        self.keys_seen.insert(text.to_string(), key.clone());
        key
    }

    fn locality_id_of(&self, reference: &str) -> String {
        self.localities
            .get(&matching_key(reference))
            .map_or_else(|| reference.to_string(), |index| self.dataset.localities[*index].id.clone())
    }

    fn read_figures(&mut self, table: &Table) {
        let rows: Vec<Row> = self.rows(table).collect();
        for row in &rows {
            self.read_figure(row);
        }
    }

    fn read_figure(&mut self, row: &Row) {
        let locality = self.figure_locality(row);
        let term = self.figure_term(row);
        let indicator = self.figure_indicator(row);
        let (Some(locality), Some(term), Some(indicator)) = (locality, term, indicator) else { return };
        let key = (locality, indicator, term.clone());
        let record = match self.records.get(&key) {
            Some(record) => *record,
            None => {
                let record = self.dataset.records.len();
                self.origin(format!("$.records[{record}]"), row);
                self.dataset.records.push(Record {
                    locality: self.dataset.localities[locality].id.clone(),
                    indicator: self.dataset.indicators[indicator].id.clone(),
                    term,
                    target: None,
                    results: Vec::new(),
                    stated_status: None,
                });
                self.records.insert(key, record);
                record
            }
        };
        let kind = if row.has("row_kind") {
            match self.word(row, "row_kind", vocab::ROW_KINDS) {
                Some(kind) => kind,
                None => return,
            }
        } else if row.has("shape") {
            RowKind::Target
        } else if row.has("status") && !row.has("value") && !row.has("done") && !row.has("grade") {
            RowKind::StatedStatus
        } else {
            RowKind::Result
        };
        match kind {
            RowKind::Target => self.read_target(row, record),
            RowKind::Result => self.read_result(row, record),
            RowKind::StatedStatus => self.read_stated_status(row, record),
            RowKind::Placeholder => {}
        }
    }

    /// The id column's text, else the name column's; a missing name is an error at the name.
    fn reference(&mut self, row: &Row, (id, name): (&str, &str), what_vi: &str, what_en: &str) -> Option<String> {
        let reference = self.text(row, id).or_else(|| self.text(row, name));
        if reference.is_none() {
            self.error(
                row,
                name,
                "missing-field",
                format!("ô trống: cần {what_vi}."),
                format!("the cell is empty: {what_en} is needed."),
            );
        }
        reference
    }

    fn figure_locality(&mut self, row: &Row) -> Option<usize> {
        let reference = self.reference(
            row,
            ("locality_id", "locality"),
            "tên đơn vị (xã, phường, huyện, tỉnh)",
            "the locality's name",
        )?;
        let key = self.key(&reference);
        if let Some(index) = self.localities.get(&key) {
            return Some(*index);
        }
        let name = self.text(row, "locality").unwrap_or_else(|| reference.clone());
        let index = self.dataset.localities.len();
        let locality = Locality {
            id: self.text(row, "locality_id").unwrap_or_else(|| slug(&name)),
            level: level_from_name(&name),
            name: Text { vi: name, en: None },
            province: None,
            parent: None,
            formed_from: Vec::new(),
            formed_on: None,
            until: None,
        };
        self.origin(format!("$.localities[{index}]"), row);
        self.index_locality(index, &locality);
        self.dataset.localities.push(locality);
        Some(index)
    }

    fn figure_term(&mut self, row: &Row) -> Option<String> {
        let term = self.required_text(row, "term", "nhiệm kỳ, ví dụ 2025-2030", "the term, such as 2025-2030")?;
        let id = normal_term_id(&term);
        if self.dataset.term(&id).is_some() {
            return Some(id);
        }
        match term_years(&term) {
            Some((start, end)) => {
                let index = self.dataset.terms.len();
                self.origin(format!("$.terms[{index}]"), row);
                self.dataset.terms.push(Term { id: id.clone(), start_year: start as i32, end_year: end as i32 });
                Some(id)
            }
            None => {
                self.error(
                    row,
                    "term",
                    "bad-term",
                    format!("'{term}' không phải một nhiệm kỳ: hãy ghi năm đầu và năm cuối, ví dụ 2025-2030."),
                    format!("'{term}' is not a term: write the first and last years, such as 2025-2030."),
                );
                None
            }
        }
    }

    fn figure_indicator(&mut self, row: &Row) -> Option<usize> {
        let reference = self.reference(row, ("indicator_id", "indicator"), "tên chỉ tiêu", "the indicator's name")?;
        let key = self.key(&reference);
        if let Some(index) = self.indicators.get(&key).copied() {
            self.check_indicator_agrees(row, index);
            return Some(index);
        }
        // A new indicator, defined by this row.
        let name = self.text(row, "indicator").unwrap_or_else(|| reference.clone());
        let mut missing = Vec::new();
        for (key, vi, en) in [
            ("domain", "lĩnh vực", "domain"),
            ("unit", "đơn vị tính", "unit"),
            ("direction", "chiều", "direction"),
            ("kind", "loại chỉ tiêu", "kind"),
        ] {
            if !row.has(key) {
                missing.push((key, vi, en));
            }
        }
        // A milestone has no unit.
        let kind = self.word(row, "kind", vocab::KINDS);
        if kind == Some(IndicatorKind::Milestone) {
            missing.retain(|(key, _, _)| *key != "unit");
        }
        if let Some((key, _, _)) = missing.first() {
            let vi = missing.iter().map(|(_, vi, _)| *vi).collect::<Vec<_>>().join(", ");
            let en = missing.iter().map(|(_, _, en)| *en).collect::<Vec<_>>().join(", ");
            self.error(
                row,
                key,
                "missing-field",
                format!("chỉ tiêu '{name}' xuất hiện lần đầu ở dòng này nên cần: {vi} (hoặc khai báo ở trang Chỉ tiêu)."),
                format!("the indicator '{name}' first appears on this row, so it needs: {en} (or define it on the Indicators sheet)."),
            );
            return None;
        }
        let domain = self.text(row, "domain").map(|domain| self.domain_id(&domain)).unwrap_or_default();
        let direction = self.word(row, "direction", vocab::DIRECTIONS)?;
        let kind = kind?;
        let index = self.dataset.indicators.len();
        self.origin(format!("$.indicators[{index}]"), row);
        let indicator = Indicator::new(
            &self.text(row, "indicator_id").unwrap_or_else(|| slug(&name)),
            Text { vi: name, en: None },
            &domain,
            Text { vi: self.text(row, "unit").unwrap_or_default(), en: None },
            direction,
            kind,
        );
        self.index_indicator(index, &indicator);
        self.dataset.indicators.push(indicator);
        Some(index)
    }

    /// A row that repeats the indicator's unit, direction or kind must say the same as before.
    fn check_indicator_agrees(&mut self, row: &Row, index: usize) {
        let indicator = self.dataset.indicators[index].clone();
        if let Some(unit) = self.text(row, "unit") {
            let known = [Some(&indicator.unit.vi), indicator.unit.en.as_ref()];
            if !known.into_iter().flatten().any(|written| matching_key(written) == matching_key(&unit)) {
                self.error(
                    row,
                    "unit",
                    "indicator-mismatch",
                    format!("đơn vị tính '{unit}' khác với '{}' đã ghi cho chỉ tiêu '{}'. Một chỉ tiêu chỉ có một đơn vị tính: hãy đổi số liệu sang đơn vị đó.", indicator.unit.vi, indicator.name.vi),
                    format!("the unit '{unit}' differs from '{}' given for the indicator '{}'. An indicator has one unit: convert the figure to it.", indicator.unit.vi, indicator.name.vi),
                );
            }
        }
        self.agrees(
            row,
            "direction",
            vocab::DIRECTIONS,
            indicator.direction,
            ("chiều", "the direction"),
            &indicator.name.vi,
        );
        self.agrees(row, "kind", vocab::KINDS, indicator.kind, ("loại chỉ tiêu", "the kind"), &indicator.name.vi);
    }

    /// A closed-set cell that repeats what an earlier row gave the indicator must say the same.
    fn agrees<T: Copy + PartialEq>(
        &mut self,
        row: &Row,
        key: &str,
        words: &'static [Word<T>],
        known: T,
        (what_vi, what_en): (&str, &str),
        indicator: &str,
    ) {
        if !row.has(key) || self.word(row, key, words).is_none_or(|written| written == known) {
            return;
        }
        let before = vocab::vi(words, known);
        self.error(
            row,
            key,
            "indicator-mismatch",
            format!("{what_vi} khác với '{before}' đã ghi cho chỉ tiêu '{indicator}'."),
            format!("{what_en} differs from '{before}' given for the indicator '{indicator}'."),
        );
    }

    fn parts(&mut self, row: &Row) -> Vec<Share> {
        let Some(text) = self.text(row, "parts") else { return Vec::new() };
        let english = english_list(self.text(row, "parts_en"));
        let mut parts = Vec::new();
        for (position, item) in list(&text).into_iter().enumerate() {
            let parsed = item.rsplit_once(':').and_then(|(name, value)| {
                numbers::read(value).ok().map(|reading| (name.trim().to_string(), reading.value))
            });
            match parsed {
                Some((name, value)) => {
                    parts.push(Share { part: Text { vi: name, en: english.get(position).cloned().flatten() }, value })
                }
                None => {
                    self.error(
                        row,
                        "parts",
                        "bad-parts",
                        format!("không đọc được phần '{item}': mỗi phần ghi 'tên: số', các phần ngăn bằng dấu chấm phẩy, ví dụ 'Nông nghiệp: 30; Công nghiệp: 40; Dịch vụ: 30'."),
                        format!("the part '{item}' cannot be read: write each part as 'name: number', separated by semicolons, such as 'Agriculture: 30; Industry: 40; Services: 30'."),
                    );
                    return Vec::new();
                }
            }
        }
        parts
    }

    fn note(&mut self, row: &Row) -> Option<Text> {
        self.text(row, "note").map(|vi| Text { vi, en: self.text(row, "note_en") })
    }

    fn read_target(&mut self, row: &Row, record: usize) {
        let Some(shape) = self.word(row, "shape", vocab::SHAPES) else {
            if !row.has("shape") {
                let (vi, en) = vocab::listing(vocab::SHAPES);
                self.error(
                    row,
                    "shape",
                    "missing-field",
                    format!("ô trống: dòng mục tiêu cần dạng mục tiêu, một trong: {vi}."),
                    format!("the cell is empty: a target row needs its shape, one of: {en}."),
                );
            }
            return;
        };
        if self.dataset.records[record].target.is_some() {
            let indicator = self.dataset.records[record].indicator.clone();
            self.error(
                row,
                "row_kind",
                "duplicate-target",
                format!("chỉ tiêu '{indicator}' của đơn vị và nhiệm kỳ này đã có mục tiêu ở một dòng trước. Mỗi chỉ tiêu có một mục tiêu trong một nhiệm kỳ: nếu văn kiện nêu hai con số, hãy tách thành hai chỉ tiêu."),
                format!("the indicator '{indicator}' already has a target for this locality and term on an earlier row. An indicator has one target per term: if the document gives two figures, make two indicators."),
            );
            return;
        }
        let target = Target {
            shape,
            value: self.value(row, "value"),
            min: self.value(row, "min"),
            max: self.value(row, "max"),
            count: self.value(row, "count"),
            total: self.value(row, "total"),
            parts: self.parts(row),
            tolerance: self.value(row, "tolerance"),
            grade: self.text(row, "grade"),
            every_year: self.yes_no(row, "every_year").unwrap_or(false),
            deadline_year: self.whole(row, "year").map(|year| year as i32),
            note: self.note(row),
            source: self.provenance(row),
        };
        self.origin(format!("$.records[{record}].target"), row);
        self.dataset.records[record].target = Some(target);
    }

    fn read_result(&mut self, row: &Row, record: usize) {
        let (value, said_estimate) = match self.number(row, "value") {
            Some((value, estimated)) => (Some(value), estimated),
            None => (None, false),
        };
        let outcome = Outcome {
            value,
            total: self.value(row, "total"),
            parts: self.parts(row),
            done: self.yes_no(row, "done"),
            count: self.value(row, "count"),
            grade: self.text(row, "grade"),
            period: Period {
                year: self.whole(row, "year").map(|year| year as i32),
                quarter: self.whole(row, "quarter").map(|quarter| quarter.clamp(0, 255) as u8),
            },
            estimated: self.yes_no(row, "estimated").unwrap_or(false) || said_estimate,
            stated_percent_of_target: self.value(row, "stated_percent"),
            stated_margin_over_target: self.value(row, "stated_margin"),
            note: self.note(row),
            source: self.provenance(row),
        };
        let position = self.dataset.records[record].results.len();
        self.origin(format!("$.records[{record}].results[{position}]"), row);
        self.dataset.records[record].results.push(outcome);
    }

    fn read_stated_status(&mut self, row: &Row, record: usize) {
        let Some(status) = self.word(row, "status", vocab::STATUSES) else {
            if !row.has("status") {
                self.error(
                    row,
                    "status",
                    "missing-field",
                    "ô trống: cần trạng thái văn kiện ghi (Vượt, Đạt, Không đạt, …).".into(),
                    "the cell is empty: the status the document states is needed (Exceeded, Achieved, …).".into(),
                );
            }
            return;
        };
        let source = self.provenance(row);
        self.origin(format!("$.records[{record}].stated_status"), row);
        self.dataset.records[record].stated_status = Some(StatedStatus { status, source });
    }

    /// Fills what the file left out, runs the core's checks and locates their problems.
    fn finish(mut self, built: bool, today: Option<&str>) -> Imported {
        if !built {
            return Imported {
                dataset: None,
                problems: self.problems.into_iter().map(Located::into_problem).collect(),
            };
        }
        if self.dataset.data_as_of.is_empty() {
            self.guess_data_as_of(today);
        }
        let mut problems: Vec<Located> = std::mem::take(&mut self.problems);
        // A cell the reader already found wrong ('12,5 tỷ' is not a number) makes the core's check
        // say it again in its own words ("a level needs a value"): one message per mistake.
        let cells_with_errors: std::collections::HashSet<(Option<String>, Option<u32>, Option<usize>)> = problems
            .iter()
            .filter(|problem| problem.severity == Severity::Error && problem.row.is_some())
            .map(|problem| (problem.sheet.clone(), problem.row, problem.column.as_ref().map(|(index, _)| *index)))
            .collect();
        for problem in validate(&self.dataset) {
            let located = self.locate(problem);
            let repeated = located.severity == Severity::Error
                && cells_with_errors.contains(&(
                    located.sheet.clone(),
                    located.row,
                    located.column.as_ref().map(|(index, _)| *index),
                ));
            if !repeated {
                problems.push(located);
            }
        }
        // The core's problems come after the reader's; within each, in the order of the rows.
        let problems: Vec<Problem> = problems.into_iter().map(Located::into_problem).collect();
        Imported { dataset: Some(self.dataset), problems }
    }

    /// A file that does not say when its figures were current: the day it was read (a workbook
    /// made today has today's figures), else the latest year of its results; said either way.
    fn guess_data_as_of(&mut self, today: Option<&str>) {
        let latest_result = self
            .dataset
            .records
            .iter()
            .flat_map(|record| record.results.iter().filter_map(|result| result.period.year))
            .max();
        let (date, vi, en) = match (today, latest_result) {
            (Some(today), _) => (
                today.to_string(),
                format!("lấy ngày đọc tệp, {}", chitieu_core::format::date(today, chitieu_core::Lang::Vi)),
                format!(
                    "the day the file was read, {}, is used",
                    chitieu_core::format::date(today, chitieu_core::Lang::En)
                ),
            ),
            (None, Some(year)) => (
                year.to_string(),
                format!("lấy năm {year}, năm mới nhất của các kết quả"),
                format!("{year}, the latest year of the results, is used"),
            ),
            (None, None) => return,
        };
        self.dataset.data_as_of = date;
        self.problems.push(Located::file_note(
            "data-as-of-guessed",
            Text::new(
                &format!("Tệp không ghi 'Số liệu tính đến': {vi}. Hãy ghi ngày ở trang 'Bộ dữ liệu' của mẫu bảng tính (.xlsx); tệp CSV và dữ liệu dán không ghi được ngày này."),
                &format!("The file does not say 'Data as of': {en}. Give the date on the template's 'Bộ dữ liệu' (Dataset) sheet (.xlsx); CSV files and pasted cells cannot hold it."),
            ),
        ));
    }

    /// A core problem at a JSON path, told at the sheet, row and column the part came from.
    fn locate(&self, problem: Problem) -> Located {
        let origin = self
            .origins
            .iter()
            .filter(|(path, _)| {
                problem.path == *path
                    || problem.path.strip_prefix(path.as_str()).is_some_and(|rest| rest.starts_with(['.', '[']))
            })
            .max_by_key(|(path, _)| path.len());
        let Some((path, origin)) = origin else {
            return Located {
                severity: problem.severity,
                code: problem.code,
                sheet: None,
                row: None,
                column: None,
                message: problem.message,
            };
        };
        let rest = &problem.path[path.len()..];
        let column = rest
            .split(['.', '[', ']'])
            .filter(|segment| !segment.is_empty() && segment.parse::<usize>().is_err())
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .find_map(|segment| {
                let key = column_of_field(origin.spec.key, segment);
                origin.names.columns.get(key).map(|index| {
                    let header = origin.names.headers.get(index).cloned().unwrap_or_else(|| key.to_string());
                    (*index, header)
                })
            });
        Located {
            severity: problem.severity,
            code: problem.code,
            sheet: Some(origin.names.sheet.clone()),
            row: Some(origin.row),
            column,
            message: problem.message,
        }
    }
}

/// The column a dataset field is read from.
fn column_of_field(sheet: &str, field: &str) -> &'static str {
    match (sheet, field) {
        ("figures", "deadline_year") | ("figures", "period") | ("figures", "year") => "year",
        ("figures", "stated_percent_of_target") => "stated_percent",
        ("figures", "stated_margin_over_target") => "stated_margin",
        ("figures", "stated_status") | ("figures", "status") => "status",
        ("figures", "locality") => "locality",
        ("figures", "indicator") => "indicator",
        ("figures", "part") => "parts",
        (_, "source") => "source",
        (_, "quote") => "quote",
        (_, field) => {
            // Most fields are read from the column of the same key.
            layout::SHEETS
                .iter()
                .find(|spec| spec.key == sheet)
                .and_then(|spec| spec.columns.iter().find(|column| column.key == field))
                .map_or("", |column| column.key)
        }
    }
}

/// "2025-2030", "2025 - 2030", "2025–2030" → (2025, 2030).
fn term_years(text: &str) -> Option<(i64, i64)> {
    let (start, end) = text.split_once(['-', '–', '—'])?;
    let start: i64 = start.trim().parse().ok()?;
    let end: i64 = end.trim().parse().ok()?;
    ((1900..=2200).contains(&start) && start < end).then_some((start, end))
}

fn normal_term_id(text: &str) -> String {
    match term_years(text) {
        Some((start, end)) => format!("{start}-{end}"),
        None => text.trim().to_string(),
    }
}

/// The level a name says: "Phường Tân Lập" is a ward, "Quận Ba Đình" a district. A bare name is
/// taken as a commune.
fn level_from_name(name: &str) -> Level {
    let key = matching_key(name);
    let starts = |prefix: &str| key.starts_with(&format!("{prefix} "));
    if starts("phường") {
        Level::Ward
    } else if starts("thị trấn") {
        Level::Township
    } else if starts("huyện") || starts("quận") || starts("thị xã") || starts("thành phố") {
        Level::District
    } else if starts("tỉnh") {
        Level::Province
    } else if starts("đặc khu") {
        Level::SpecialZone
    } else {
        Level::Commune
    }
}
