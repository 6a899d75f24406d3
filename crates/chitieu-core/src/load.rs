//! Reading a dataset: JSON text in, the dataset plus every problem found out.
//!
//! Two ways to read, with the same answer for a valid file:
//! - With the `full-diagnostics` feature (the command line and native tests), reading never stops
//!   at the first problem. Syntax errors carry a line and column; everything else a JSON path
//!   (`$.records[3].target.value`). Each array item is read on its own, so one bad record costs only
//!   that record, and every bad record is reported. Unknown fields are warnings.
//! - Without it (the browser app), one typed pass (`load_fast`): several times faster and lighter on
//!   memory, and small enough for the first-screen budget. A file that does not fit the types is
//!   reported at its first such place, with line, column and the JSON path there; the checks beyond
//!   types (references, sums, years, shapes) report every problem either way.

#[cfg(feature = "full-diagnostics")]
use serde::de::DeserializeOwned;
#[cfg(feature = "full-diagnostics")]
use serde::Deserialize;
#[cfg(feature = "full-diagnostics")]
use serde_json::Value;
use std::collections::HashMap;

use crate::model::*;
use crate::problem::{Problem, Severity};
use crate::vietnamese::matching_key;

/// Files larger than this are refused before parsing (the browser would struggle anyway).
pub const MAX_BYTES: usize = 100 * 1024 * 1024;

/// The outcome of reading: what could be read, and every problem found.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The dataset as far as it could be read; `None` when not even its header could.
    pub dataset: Option<Dataset>,
    pub problems: Vec<Problem>,
}

impl Loaded {
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|problem| problem.severity == Severity::Error)
    }
    pub fn warnings(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|problem| problem.severity == Severity::Warning)
    }
    /// Whether the dataset may replace the one on screen: read, and without errors.
    pub fn is_valid(&self) -> bool {
        self.dataset.is_some() && self.errors().next().is_none()
    }
    /// The dataset when it is valid.
    pub fn into_valid(self) -> Result<Dataset, Vec<Problem>> {
        if self.is_valid() {
            Ok(self.dataset.expect("checked by is_valid"))
        } else {
            Err(self.problems)
        }
    }
}

#[cfg(feature = "full-diagnostics")]
/// The top level, with each section left as raw values to be read item by item.
#[derive(Deserialize)]
struct RawDataset {
    format: String,
    version: u32,
    title: Text,
    data_as_of: String,
    #[serde(default)]
    illustrative: bool,
    #[serde(default)]
    sources: Vec<Value>,
    #[serde(default)]
    localities: Vec<Value>,
    #[serde(default)]
    terms: Vec<Value>,
    #[serde(default)]
    domains: Vec<Value>,
    #[serde(default)]
    indicators: Vec<Value>,
    #[serde(default)]
    records: Vec<Value>,
    #[serde(default)]
    congresses: Vec<Value>,
    #[serde(default)]
    stated_summaries: Vec<Value>,
    #[serde(default)]
    parts: Vec<Value>,
}

/// Reads and validates a dataset from the bytes of a file, as they were saved. A file that is not
/// UTF-8 (saved in a legacy Vietnamese encoding such as Windows-1258, TCVN3 or VNI, or in UTF-16)
/// is refused with one located problem (line and column of the first byte that is not UTF-8)
/// saying how to save it as UTF-8; anything else is read as `load` reads text. The command line
/// and the browser app both read files through this, so they accept and refuse the same files.
pub fn load_bytes(bytes: &[u8]) -> Loaded {
    if bytes.len() > MAX_BYTES {
        return Loaded { dataset: None, problems: vec![too_large(bytes.len())] };
    }
    match utf8_text(bytes) {
        Ok(text) => load(text),
        Err(problem) => Loaded { dataset: None, problems: vec![*problem] },
    }
}

/// How to save a file as UTF-8, in the programs people prepare data with.
const SAVE_AS_UTF8_VI: &str = "Lưu tệp dưới dạng UTF-8: trong Notepad chọn Tệp → Lưu thành → Mã hóa: UTF-8; trong \
LibreOffice chọn Lưu thành, đánh dấu \"Sửa thiết lập bộ lọc\" rồi chọn bộ ký tự Unicode (UTF-8); trong Excel chọn Lưu thành \
→ Công cụ → Tùy chọn Web → Mã hóa → Unicode (UTF-8). Nếu văn bản được gõ bằng bảng mã cũ (TCVN3, VNI), hãy chuyển sang \
Unicode trước (ví dụ bằng công cụ chuyển mã của Unikey).";
const SAVE_AS_UTF8_EN: &str = "Save the file as UTF-8: in Notepad, File → Save As → Encoding: UTF-8; in LibreOffice, \
Save As, tick \"Edit filter settings\", then Character set: Unicode (UTF-8); in Excel, Save As → Tools → Web Options → \
Encoding → Unicode (UTF-8). If the text was typed in a legacy encoding (TCVN3, VNI), convert it to Unicode first (for \
example with Unikey's converter).";

/// The bytes as UTF-8 text, or the located problem that they are not.
fn utf8_text(bytes: &[u8]) -> Result<&str, Box<Problem>> {
    // UTF-16 starts with a byte-order mark (FF FE or FE FF), or, without one, puts a zero byte
    // beside each ASCII character of the JSON.
    let is_utf16 = bytes.starts_with(&[0xFF, 0xFE])
        || bytes.starts_with(&[0xFE, 0xFF])
        || (bytes.len() >= 2 && (bytes[0] == 0) != (bytes[1] == 0));
    if is_utf16 {
        return Err(Box::new(Problem {
            line: Some(1),
            column: Some(1),
            ..Problem::error(
                "utf16",
                "$",
                format!("Tệp được lưu bằng mã UTF-16 (có chương trình gọi là \"Unicode\"), không phải UTF-8. {SAVE_AS_UTF8_VI}"),
                format!("The file is saved as UTF-16 (some programs call it \"Unicode\"), not UTF-8. {SAVE_AS_UTF8_EN}"),
            )
        }));
    }
    std::str::from_utf8(bytes).map_err(|error| {
        // A letter cut in half at the very end is a file that stops early (a half-copied file), not
        // an encoding problem: say so.
        if error.error_len().is_none() {
            let valid = std::str::from_utf8(&bytes[..error.valid_up_to()]).unwrap_or_default();
            let line = valid.matches('\n').count() + 1;
            let column = valid[valid.rfind('\n').map_or(0, |newline| newline + 1)..].chars().count() + 1;
            return Box::new(Problem { line: Some(line), column: Some(column), ..truncated_problem() });
        }
        let valid = &bytes[..error.valid_up_to()];
        // The prefix up to the error is valid UTF-8 by definition.
        let valid = std::str::from_utf8(valid).unwrap_or_default();
        let line_start = valid.rfind('\n').map_or(0, |newline| newline + 1);
        let line = valid.matches('\n').count() + 1;
        let column = valid[line_start..].chars().count() + 1;
        let bad_length = error.error_len().unwrap_or(bytes.len() - error.valid_up_to()).min(4);
        let bad_bytes = bytes[error.valid_up_to()..error.valid_up_to() + bad_length]
            .iter()
            .map(|byte| format!("0x{byte:02X}"))
            .collect::<Vec<_>>()
            .join(" ");
        let before: String = {
            let on_the_line: Vec<char> = valid[line_start..].chars().collect();
            on_the_line[on_the_line.len().saturating_sub(30)..].iter().collect()
        };
        let context_vi = if before.trim().is_empty() { String::new() } else { format!(", ngay sau \"{}\"", before.trim_start()) };
        let context_en = if before.trim().is_empty() { String::new() } else { format!(", right after \"{}\"", before.trim_start()) };
        Box::new(Problem {
            line: Some(line),
            column: Some(column),
            ..Problem::error(
                "not-utf8",
                "$",
                format!(
                    "Tệp không phải UTF-8: byte {bad_bytes} ở dòng {line}, cột {column}{context_vi} không đọc được bằng UTF-8 \
                     — có lẽ tệp được lưu bằng bảng mã cũ (Windows-1258, TCVN3, VNI) nên chữ có dấu sẽ hiện thành \"�\". {SAVE_AS_UTF8_VI}"
                ),
                format!(
                    "The file is not UTF-8: byte {bad_bytes} at line {line}, column {column}{context_en} is not valid UTF-8 \
                     — the file was probably saved in a legacy encoding (Windows-1258, TCVN3, VNI), so accented letters would \
                     show as \"�\". {SAVE_AS_UTF8_EN}"
                ),
            )
        })
    })
}

fn too_large(size: usize) -> Problem {
    Problem::error(
        "too-large",
        "$",
        format!("Tệp quá lớn: {} MB (tối đa {} MB).", size / 1_048_576, MAX_BYTES / 1_048_576),
        format!("File too large: {} MB (at most {} MB).", size / 1_048_576, MAX_BYTES / 1_048_576),
    )
}

/// Reads and validates a dataset from JSON text: item by item with every problem located when the
/// `full-diagnostics` feature is on, else in one typed pass (`load_fast`).
pub fn load(text: &str) -> Loaded {
    #[cfg(feature = "full-diagnostics")]
    return load_item_by_item(text);
    #[cfg(not(feature = "full-diagnostics"))]
    return load_fast(text);
}

/// Reads a dataset in one typed pass. A valid file gives the same dataset as reading item by item;
/// a file that does not fit the types gives one problem at the first place it does not, located by
/// line, column and JSON path; the checks beyond types then report every problem they find.
pub fn load_fast(text: &str) -> Loaded {
    if text.len() > MAX_BYTES {
        return Loaded { dataset: None, problems: vec![too_large(text.len())] };
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    match serde_json::from_str::<Dataset>(text) {
        Ok(dataset) => {
            // Only a wrong format name or version needs the header's own wording.
            if !header_is_supported(&dataset) {
                if let Err(problem) = check_header(text) {
                    return Loaded { dataset: None, problems: vec![*problem] };
                }
            }
            let mut problems = validate(&dataset);
            problems.sort_by_key(|problem| problem.severity);
            Loaded { dataset: Some(dataset), problems }
        }
        Err(error) if error.classify() != serde_json::error::Category::Data => Loaded {
            dataset: None,
            problems: vec![decimal_comma_problem(text, &error).unwrap_or_else(|| syntax_problem(text, &error))],
        },
        Err(error) => {
            // The header's own problems (format, version) are worded better than a type error.
            let header_problem = check_header(text).err();
            let problem = match header_problem {
                Some(problem) => *problem,
                None => {
                    let (line, column) = (error.line(), char_column(text, &error));
                    let detail = with_value_written(&strip_position(&error.to_string()), text, line, column);
                    // A missing field is reported at the end of its object: the path is the object's.
                    let path = if detail.starts_with("missing field") {
                        json_container_path_at(text, line, column)
                    } else {
                        json_path_at(text, line, column)
                    };
                    Problem { line: Some(line), column: Some(column), ..type_problem(path, &detail) }
                }
            };
            Loaded { dataset: None, problems: vec![problem] }
        }
    }
}

/// serde's "invalid type: string \"67,5\", expected f64" loses the value in the browser build
/// (its Debug formatting is left out for size); put back what the file has at that place, and
/// say what was expected in words a person preparing data uses.
fn with_value_written(detail: &str, text: &str, line: usize, column: usize) -> String {
    let Some(rest) = detail.strip_prefix("invalid type: ") else { return detail.to_string() };
    let Some((found, expected)) = rest.split_once(", expected ") else { return detail.to_string() };
    let kind = found.split_whitespace().next().unwrap_or(found);
    let written = text.lines().nth(line.saturating_sub(1)).map_or(String::new(), |line_text| {
        let before: String = line_text.chars().take(column).collect();
        let start = match kind {
            "string" => before.strip_suffix('"').unwrap_or(&before).rfind('"').unwrap_or(0),
            _ => before.rfind([':', '[', ',']).map_or(0, |index| index + 1),
        };
        before[start..].trim().chars().take(60).collect()
    });
    format!("invalid type: {kind} {written}, expected {expected}")
}

/// The JSON path (`$.records[3].target.value`) of the value at a line and column (1-based, the
/// column in characters) of `text`, found by walking the text's brackets, keys and commas up to
/// that place.
pub fn json_path_at(text: &str, line: usize, column: usize) -> String {
    path_at(text, line, column, true)
}

/// The JSON path of the object or array around a line and column: `$.localities[0]` for a place
/// inside `{"id": …}`, whatever key comes last.
pub fn json_container_path_at(text: &str, line: usize, column: usize) -> String {
    path_at(text, line, column, false)
}

fn path_at(text: &str, line: usize, column: usize, include_last_key: bool) -> String {
    enum Level {
        Object { key: Option<String>, expecting_key: bool },
        Array { index: usize },
    }
    let mut levels: Vec<Level> = Vec::new();
    let mut current_line = 1;
    let mut current_column = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\n' {
            current_line += 1;
            current_column = 0;
        } else {
            current_column += 1;
        }
        if current_line > line || (current_line == line && current_column >= column) {
            break;
        }
        match c {
            '{' => levels.push(Level::Object { key: None, expecting_key: true }),
            '[' => levels.push(Level::Array { index: 0 }),
            '}' | ']' => {
                levels.pop();
            }
            ',' => match levels.last_mut() {
                Some(Level::Object { expecting_key, .. }) => *expecting_key = true,
                Some(Level::Array { index }) => *index += 1,
                None => {}
            },
            ':' => {
                if let Some(Level::Object { expecting_key, .. }) = levels.last_mut() {
                    *expecting_key = false;
                }
            }
            '"' => {
                let mut string = String::new();
                while let Some(c) = chars.next() {
                    current_column += 1;
                    match c {
                        '\\' => {
                            if let Some(escaped) = chars.next() {
                                current_column += 1;
                                string.push(escaped);
                            }
                        }
                        '"' => break,
                        c => string.push(c),
                    }
                }
                if let Some(Level::Object { key, expecting_key: true }) = levels.last_mut() {
                    *key = Some(string);
                }
            }
            _ => {}
        }
    }
    let mut path = String::from("$");
    let innermost = levels.len().saturating_sub(1);
    for (depth, level) in levels.iter().enumerate() {
        match level {
            Level::Object { key: Some(_), .. } if depth == innermost && !include_last_key => {}
            Level::Object { key: Some(key), .. } => {
                path.push('.');
                path.push_str(key);
            }
            Level::Object { key: None, .. } => {}
            Level::Array { index } => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

#[cfg(feature = "full-diagnostics")]
fn load_item_by_item(text: &str) -> Loaded {
    let mut problems = Vec::new();
    if text.len() > MAX_BYTES {
        problems.push(too_large(text.len()));
        return Loaded { dataset: None, problems };
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let root: Value = match serde_json::from_str(text) {
        Ok(root) => root,
        Err(error) => {
            problems.push(decimal_comma_problem(text, &error).unwrap_or_else(|| syntax_problem(text, &error)));
            return Loaded { dataset: None, problems };
        }
    };
    let mut origins = Origins::default();
    let dataset = read_dataset(text, &root, &mut problems, &mut origins);
    if let Some(dataset) = &dataset {
        problems.extend(validate_with_origins(dataset, &origins));
    }
    problems.sort_by_key(|problem| problem.severity);
    Loaded { dataset, problems }
}

/// The column of serde_json's error as a person counts it: in characters, where serde_json counts
/// bytes (a line of Vietnamese text has two or three bytes to many of its letters).
fn char_column(text: &str, error: &serde_json::Error) -> usize {
    let line_text = text.lines().nth(error.line().saturating_sub(1)).unwrap_or("");
    line_text.char_indices().take_while(|(byte, _)| *byte < error.column()).count()
}

fn syntax_problem(text: &str, error: &serde_json::Error) -> Problem {
    use serde_json::error::Category;
    let detail = strip_position(&error.to_string());
    let column = char_column(text, error);
    let located = |problem: Problem| Problem { line: Some(error.line()), column: Some(column), ..problem };
    if error.classify() == Category::Eof {
        return located(truncated_problem());
    }
    let (vi, en) = match syntax_words(&detail) {
        Some((vi, en)) => (format!("JSON không hợp lệ: {vi}."), format!("Invalid JSON: {en}.")),
        None => (format!("JSON không hợp lệ: {detail}."), format!("Invalid JSON: {detail}.")),
    };
    // A character that cannot be seen (a no-break space, a form feed, a byte-order mark inside
    // the file) is named, or nobody finds it.
    let line_text = text.lines().nth(error.line().saturating_sub(1)).unwrap_or("");
    let (vi, en) = match line_text.chars().nth(column.saturating_sub(1)).filter(|c| is_unseen(*c)) {
        Some(c) => (
            format!("{vi} Ở đó có ký tự không nhìn thấy U+{:04X}, JSON không cho phép: hãy xoá nó.", u32::from(c)),
            format!(
                "{en} There is an invisible character there, U+{:04X}, which JSON does not allow: delete it.",
                u32::from(c)
            ),
        ),
        None => (vi, en),
    };
    located(Problem::error("syntax", "$", vi, en))
}

/// A space or mark that JSON does not allow and that cannot be seen: a form feed, a no-break
/// space, a zero-width space, a byte-order mark inside the file, a direction mark.
fn is_unseen(c: char) -> bool {
    (c.is_whitespace() && !matches!(c, ' ' | '\t' | '\n' | '\r'))
        || c.is_control() && !matches!(c, '\t' | '\n' | '\r')
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}')
}

/// serde_json's words for a syntax error, said in Vietnamese and English with what to do. `None`
/// for the rare ones, which keep serde_json's words.
fn syntax_words(detail: &str) -> Option<(&'static str, &'static str)> {
    Some(match detail {
        "key must be a string" => (
            "cần tên trường trong dấu ngoặc kép (\"tên\"), hoặc có một dấu phẩy thừa",
            "a field name in double quotes (\"name\") was expected, or there is a comma too many",
        ),
        "trailing comma" => (
            "dấu phẩy thừa trước dấu đóng ngoặc: hãy xoá dấu phẩy đó",
            "a comma before a closing bracket: delete that comma",
        ),
        "expected `,` or `}`" => (
            "thiếu dấu phẩy (,) giữa hai trường, hoặc thiếu dấu } đóng",
            "a comma (,) between two fields, or a closing }, is missing",
        ),
        "expected `,` or `]`" => (
            "thiếu dấu phẩy (,) giữa hai phần tử của danh sách, hoặc thiếu dấu ] đóng",
            "a comma (,) between two items of a list, or a closing ], is missing",
        ),
        "expected `:`" => ("thiếu dấu hai chấm (:) sau tên trường", "a colon (:) after the field name is missing"),
        "expected value" => (
            "thiếu giá trị: một số, một chuỗi trong ngoặc kép, true, false, null, một danh sách [...] hoặc một đối tượng {...}",
            "a value is missing: a number, a string in double quotes, true, false, null, a list [...] or an object {...}",
        ),
        "expected ident" => (
            "từ không hợp lệ: ngoài ngoặc kép chỉ được viết true, false hoặc null (chữ thường)",
            "an invalid word: outside double quotes only true, false or null (lower case) may be written",
        ),
        "invalid number" => (
            "số không hợp lệ: JSON viết số với dấu chấm thập phân, không dấu phân cách hàng nghìn (2732.16)",
            "an invalid number: JSON writes numbers with a decimal point and no thousands separator (2732.16)",
        ),
        "number out of range" => ("số quá lớn", "a number too large"),
        "invalid escape" => (
            "dấu \\ trong chuỗi không hợp lệ: muốn có dấu \\ hãy viết \\\\",
            "an invalid \\ in a string: write \\\\ for a backslash",
        ),
        "control character (\\u0000-\\u001F) found while parsing a string" => (
            "chuỗi có ký tự xuống dòng hoặc tab: hãy viết \\n hoặc \\t, hoặc đóng dấu ngoặc kép còn thiếu",
            "a string has a line break or tab in it: write \\n or \\t, or close the missing double quote",
        ),
        "trailing characters" => (
            "còn nội dung sau khi JSON đã kết thúc: hãy xoá phần thừa ở cuối tệp",
            "there is more after the JSON has ended: delete what is left at the end of the file",
        ),
        _ => return None,
    })
}

fn truncated_problem() -> Problem {
    Problem::error(
        "truncated",
        "$",
        "Tệp kết thúc giữa chừng (bị cắt cụt?): thiếu phần cuối của JSON. Nếu tệp đang được chép, hãy chờ chép xong; nếu không, hãy lấy lại bản đầy đủ.".to_string(),
        "The file ends too early (truncated?): the end of the JSON is missing. If it is being copied, wait until the copy ends; otherwise get the whole file again.".to_string(),
    )
}

/// A number written with a decimal comma (`52,3`), which JSON reads as two values, is the most
/// common slip of people who write Vietnamese numbers: name it rather than serde's "key must be a
/// string". `None` when the text at the error does not look like that.
fn decimal_comma_problem(text: &str, error: &serde_json::Error) -> Option<Problem> {
    if !error.to_string().starts_with("key must be a string") {
        return None;
    }
    let line_text = text.lines().nth(error.line().checked_sub(1)?)?;
    let before: Vec<char> = line_text.chars().take(char_column(text, error)).collect();
    // The error is reported at or just after the digits that follow the comma.
    let comma = before.iter().rposition(|c| *c == ',')?;
    let digits_before = before[..comma].iter().rev().take_while(|c| c.is_ascii_digit()).count();
    let digits_after = line_text.chars().skip(comma + 1).take_while(|c| c.is_ascii_digit()).count();
    if digits_before == 0 || digits_after == 0 {
        return None;
    }
    let written: String =
        line_text.chars().skip(comma - digits_before).take(digits_before + 1 + digits_after).collect();
    let fixed = written.replace(',', ".");
    Some(Problem {
        line: Some(error.line()),
        column: Some(comma + 1 - digits_before),
        ..Problem::error(
            "decimal-comma",
            "$",
            format!("Số {written} được viết với dấu phẩy thập phân; trong tệp dữ liệu (JSON) phải viết dấu chấm: {fixed}."),
            format!("The number {written} is written with a decimal comma; in the data file (JSON) write a decimal point: {fixed}."),
        )
    })
}

/// serde_json appends " at line L column C"; the location is reported apart.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(index) => message[..index].to_string(),
        None => message.to_string(),
    }
}

/// The header as written: the format and version fields' JSON text, whatever their type. Read
/// without building a `serde_json::Value` tree, which the browser build leaves out for size.
#[derive(serde::Deserialize)]
struct Header<'a> {
    #[serde(default, borrow)]
    format: Option<&'a serde_json::value::RawValue>,
    // `null` is a version as written, not a missing one.
    #[serde(default, borrow, deserialize_with = "written")]
    version: Option<&'a serde_json::value::RawValue>,
}

fn written<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<&'de serde_json::value::RawValue>, D::Error> {
    serde::Deserialize::deserialize(deserializer).map(Some)
}

/// The checks of the header (a JSON object, the format name, a supported version), which decide
/// whether the rest can be read at all. `text` is syntactically valid JSON.
fn check_header(text: &str) -> Result<(), Box<Problem>> {
    // serde would read an array as a struct's fields in order: only an object is a dataset.
    let is_object = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}').starts_with('{');
    let Some(header) = serde_json::from_str::<Header>(text).ok().filter(|_| is_object) else {
        return Err(Box::new(Problem::error(
            "not-an-object",
            "$",
            "Tệp phải là một đối tượng JSON ({ … }) chứa bộ dữ liệu.".into(),
            "The file must be a JSON object ({ … }) holding the dataset.".into(),
        )));
    };
    let format = header.format.and_then(|raw| serde_json::from_str::<String>(raw.get()).ok());
    match format.as_deref() {
        Some(FORMAT_NAME) => {}
        other => {
            let found = other.map_or("(không có)".to_string(), |found| format!("\"{found}\""));
            return Err(Box::new(Problem::error(
                "not-a-chitieu-dataset",
                "$.format",
                format!("Trường \"format\" phải là \"{FORMAT_NAME}\", nhưng là {found}."),
                format!(
                    "The \"format\" field must be \"{FORMAT_NAME}\", but is {}.",
                    found.replace("(không có)", "(missing)")
                ),
            )));
        }
    }
    let supported = SUPPORTED_VERSIONS.iter().map(u32::to_string).collect::<Vec<_>>().join(", ");
    let version = header.version.map(|raw| raw.get());
    match version.and_then(|written| written.parse::<u64>().ok()) {
        Some(version) if SUPPORTED_VERSIONS.iter().any(|v| u64::from(*v) == version) => {}
        _ => {
            // Name what was written, as written: `2`, `"1"`, `1.5`, or that it is missing.
            let (vi, en) = match version {
                None => (
                    format!("Thiếu trường \"version\"; phiên bản hỗ trợ: {supported} (ghi \"version\": 1)."),
                    format!("The \"version\" field is missing; supported versions: {supported} (write \"version\": 1)."),
                ),
                Some(written) if written.parse::<u64>().is_ok() => (
                    format!("Phiên bản định dạng {written} không được hỗ trợ; phiên bản hỗ trợ: {supported}."),
                    format!("Format version {written} is not supported; supported versions: {supported}."),
                ),
                Some(written) => (
                    format!(
                        "Phiên bản định dạng {written} không được hỗ trợ: phải là một số nguyên, không có dấu ngoặc kép; phiên bản hỗ trợ: {supported}."
                    ),
                    format!(
                        "Format version {written} is not supported: it must be a whole number, without quotes; supported versions: {supported}."
                    ),
                ),
            };
            return Err(Box::new(Problem::error("unsupported-version", "$.version", vi, en)));
        }
    }
    Ok(())
}

#[cfg(feature = "full-diagnostics")]
fn read_dataset(text: &str, root: &Value, problems: &mut Vec<Problem>, origins: &mut Origins) -> Option<Dataset> {
    if let Err(problem) = check_header(text) {
        problems.push(*problem);
        return None;
    }
    let raw: RawDataset = read_item(root, "$", problems)?;
    let mut dataset = Dataset {
        format: raw.format,
        version: raw.version,
        title: raw.title,
        data_as_of: raw.data_as_of,
        illustrative: raw.illustrative,
        sources: read_section(&raw.sources, "sources", problems, origins),
        localities: read_section(&raw.localities, "localities", problems, origins),
        terms: read_section(&raw.terms, "terms", problems, origins),
        domains: read_section(&raw.domains, "domains", problems, origins),
        indicators: read_section(&raw.indicators, "indicators", problems, origins),
        records: Vec::new(),
        congresses: read_section(&raw.congresses, "congresses", problems, origins),
        stated_summaries: read_section(&raw.stated_summaries, "stated_summaries", problems, origins),
        parts: read_section(&raw.parts, "parts", problems, origins),
    };
    dataset.records = read_section(&raw.records, "records", problems, origins);
    Some(dataset)
}

/// The position in the file of each item that could be read, per section: when an item cannot be
/// read it is left out, and later problems must still name the file's own indexes.
#[derive(Debug, Default)]
pub struct Origins {
    sections: HashMap<&'static str, Vec<usize>>,
}

impl Origins {
    fn index(&self, section: &str, index: usize) -> usize {
        self.sections.get(section).and_then(|origins| origins.get(index).copied()).unwrap_or(index)
    }
}

#[cfg(feature = "full-diagnostics")]
fn read_section<T: DeserializeOwned>(
    items: &[Value],
    section: &'static str,
    problems: &mut Vec<Problem>,
    origins: &mut Origins,
) -> Vec<T> {
    let mut read = Vec::new();
    let mut positions = Vec::new();
    for (index, item) in items.iter().enumerate() {
        let before = problems.len();
        if let Some(read_item) = read_item(item, &format!("$.{section}[{index}]"), problems) {
            read.push(read_item);
            positions.push(index);
        } else {
            // A JSON path counts from 0 and names no indicator: say which item, as people count
            // and name it.
            name_the_item(&mut problems[before..], item_context(section, index, item));
        }
    }
    origins.sections.insert(section, positions);
    read
}

/// " (bản ghi thứ 6: ben-sung · income-per-capita · 2020-2025)" for the item at `index`.
#[cfg(feature = "full-diagnostics")]
fn item_context(section: &str, index: usize, item: &Value) -> (String, String) {
    let field = |name: &str| item.get(name).and_then(Value::as_str).unwrap_or("?");
    let number = index + 1;
    if section == "records" {
        record_context(index, [field("locality"), field("indicator"), field("term")])
    } else {
        let id = field("id");
        (
            format!(" (mục thứ {number} của \"{section}\", id \"{id}\")"),
            format!(" (item {number} of \"{section}\", id \"{id}\")"),
        )
    }
}

/// Ends each of `problems`' messages with which item they are about (`item_context`).
#[cfg(feature = "full-diagnostics")]
fn name_the_item(problems: &mut [Problem], (vi, en): (String, String)) {
    for problem in problems {
        problem.message.vi.push_str(&vi);
        if let Some(english) = &mut problem.message.en {
            english.push_str(&en);
        }
    }
}

/// " (bản ghi thứ 6: ben-sung · income-per-capita · 2020-2025)" for the record at `index`, named
/// by its locality, indicator and term ids.
#[cfg(feature = "full-diagnostics")]
fn record_context(index: usize, [locality, indicator, term]: [&str; 3]) -> (String, String) {
    let (number, names) = (index + 1, format!("{locality} · {indicator} · {term}"));
    (format!(" (bản ghi thứ {number}: {names})"), format!(" (record {number}: {names})"))
}

/// Reads one value as `T`, reporting a type error with its path and unknown fields as warnings.
#[cfg(feature = "full-diagnostics")]
fn read_item<T: DeserializeOwned>(value: &Value, base: &str, problems: &mut Vec<Problem>) -> Option<T> {
    #[cfg(feature = "unknown-fields")]
    let result: Result<T, _> = {
        let mut unknown = Vec::new();
        let mut on_unknown = |path: serde_ignored::Path| unknown.push(path.to_string());
        let ignored = serde_ignored::Deserializer::new(value, &mut on_unknown);
        let result = serde_path_to_error::deserialize(ignored);
        for path in unknown {
            let path = join_path(base, &path);
            problems.push(Problem::warning(
                "unknown-field",
                path.clone(),
                format!("Trường không xác định {}; trường này bị bỏ qua.", last_segment(&path)),
                format!("Unknown field {}; it is ignored.", last_segment(&path)),
            ));
        }
        result
    };
    #[cfg(not(feature = "unknown-fields"))]
    let result: Result<T, _> = serde_path_to_error::deserialize(value);
    match result {
        Ok(item) => Some(item),
        Err(error) => {
            let path = join_path(base, &error.path().to_string());
            let detail = error.into_inner().to_string();
            problems.push(type_problem(path, &detail));
            None
        }
    }
}

fn type_problem(path: String, detail: &str) -> Problem {
    if let Some(field) = detail.strip_prefix("missing field ") {
        let field = field.trim_matches('`');
        let path = join_path(&path, field);
        return Problem::error(
            "missing-field",
            path,
            format!("Thiếu trường bắt buộc \"{field}\"."),
            format!("Missing required field \"{field}\"."),
        );
    }
    if detail.starts_with("unknown variant") {
        return Problem::error(
            "unknown-value",
            path,
            format!("Giá trị không được chấp nhận: {detail}."),
            format!("Value not accepted: {detail}."),
        );
    }
    if let Some(rest) = detail.strip_prefix("invalid type: ") {
        // What was expected, in the words of a person preparing data rather than Rust's types.
        let rest = match rest.split_once(", expected ") {
            Some((found, expected)) => {
                let expected = match expected {
                    "f64" | "f32" => "a number (digits with a decimal point, no quotes: 67.5)",
                    "u32" | "u64" | "usize" | "i32" | "i64" | "u16" | "u8" => "a whole number, no quotes",
                    "a boolean" => "true or false, no quotes",
                    // A name or phrase in both languages: serde says "struct Text".
                    "struct Text" => "a text in both languages: { \"vi\": \"…\", \"en\": \"…\" }",
                    other => other,
                };
                format!("{found}, expected {expected}")
            }
            None => rest.to_string(),
        };
        let rest = rest.as_str();
        let mut vietnamese = rest.to_string();
        for (english, vi) in [
            (", expected ", ", cần "),
            (
                "a number (digits with a decimal point, no quotes: 67.5)",
                "một số (chữ số, dấu chấm thập phân, không ngoặc kép: 67.5)",
            ),
            ("a whole number, no quotes", "một số nguyên, không ngoặc kép"),
            ("true or false, no quotes", "true hoặc false, không ngoặc kép"),
            ("a text in both languages", "một chữ viết bằng hai thứ tiếng"),
            ("string ", "chuỗi "),
        ] {
            vietnamese = vietnamese.replacen(english, vi, 1);
        }
        return Problem::error(
            "wrong-type",
            path,
            format!("Sai kiểu dữ liệu: {vietnamese}."),
            format!("Wrong type: {rest}."),
        );
    }
    Problem::error(
        "invalid-value",
        path,
        format!("Giá trị không hợp lệ: {detail}."),
        format!("Invalid value: {detail}."),
    )
}

fn join_path(base: &str, relative: &str) -> String {
    if relative.is_empty() || relative == "." || relative == "?" {
        base.to_string()
    } else if relative.starts_with('[') {
        format!("{base}{relative}")
    } else {
        format!("{base}.{relative}")
    }
}

#[cfg(feature = "unknown-fields")]
fn last_segment(path: &str) -> String {
    let segment = path.rsplit('.').next().unwrap_or(path);
    format!("\"{segment}\"")
}

/// Checks beyond types: references, duplicates, ranges, sums, years and shapes.
pub fn validate(dataset: &Dataset) -> Vec<Problem> {
    validate_with_origins(dataset, &Origins::default())
}

/// `validate` in parts, for reading in steps (`crate::reading`): the head (everything but the
/// records), then the records a few at a time, from position `first` on.
pub(crate) fn validate_head(head: &Dataset) -> Vec<Problem> {
    let mut checker = Checker { problems: Vec::new(), origins: &Origins::default() };
    checker.check_head(head);
    checker.problems
}

pub(crate) fn validate_records(
    head: &Dataset,
    records: &[Record],
    first: usize,
    checks: &mut RecordChecks,
) -> Vec<Problem> {
    let mut checker = Checker { problems: Vec::new(), origins: &Origins::default() };
    checker.check_records(head, records, first, checks);
    checker.problems
}

/// Whether a dataset's header names this format and a version this build reads.
pub(crate) fn header_is_supported(dataset: &Dataset) -> bool {
    dataset.format == FORMAT_NAME && SUPPORTED_VERSIONS.contains(&dataset.version)
}

fn validate_with_origins(dataset: &Dataset, origins: &Origins) -> Vec<Problem> {
    let mut checker = Checker { problems: Vec::new(), origins };
    checker.check(dataset);
    checker.problems
}

struct Checker<'a> {
    problems: Vec<Problem>,
    origins: &'a Origins,
}

use crate::Ids;

/// The ids a dataset defines, to check references against.
struct Known {
    sources: Ids,
    localities: Ids,
    domains: Ids,
    /// Positions in the dataset's terms and indicators.
    terms: Ids,
    indicators: Ids,
}

impl Known {
    fn of(dataset: &Dataset) -> Self {
        fn ids<T>(items: &[T], id: fn(&T) -> &str) -> Ids {
            items.iter().enumerate().map(|(position, item)| (id(item).to_string(), position)).collect()
        }
        Known {
            sources: ids(&dataset.sources, |item| &item.id),
            localities: ids(&dataset.localities, |item| &item.id),
            domains: ids(&dataset.domains, |item| &item.id),
            terms: ids(&dataset.terms, |item| &item.id),
            indicators: ids(&dataset.indicators, |item| &item.id),
        }
    }
}

/// What checking records carries from one call to the next (the page checks a few hundred at a
/// time): the head's ids, gathered once, and the records checked so far, by locality, indicator
/// and term (one text, led by the lengths of the first two, so that no two triples read the same)
/// with the position of the first of each.
pub(crate) struct RecordChecks {
    known: Known,
    seen: Ids,
}

impl RecordChecks {
    pub(crate) fn new(head: &Dataset) -> Self {
        RecordChecks { known: Known::of(head), seen: Ids::default() }
    }
}

/// Where a problem is, as a JSON path ("$.records[7].results[2].value"), written out only when a
/// problem is found: a valid dataset costs no path at all.
#[derive(Clone, Copy)]
enum At<'a> {
    Top(&'static str),
    Item(&'static str, usize),
    Field(&'a At<'a>, &'static str),
    Index(&'a At<'a>, usize),
}

impl<'a> At<'a> {
    fn field(&'a self, name: &'static str) -> At<'a> {
        At::Field(self, name)
    }
    fn index(&'a self, index: usize) -> At<'a> {
        At::Index(self, index)
    }
}

impl std::fmt::Display for At<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            At::Top(field) => write!(f, "$.{field}"),
            At::Item(section, index) => write!(f, "$.{section}[{index}]"),
            At::Field(parent, name) => write!(f, "{parent}.{name}"),
            At::Index(parent, index) => write!(f, "{parent}[{index}]"),
        }
    }
}

impl Checker<'_> {
    /// "$.records[7]" for the record at `index` among those read.
    fn at(&self, section: &'static str, index: usize) -> At<'static> {
        At::Item(section, self.origins.index(section, index))
    }

    fn error(&mut self, code: &'static str, path: At<'_>, vi: String, en: String) {
        self.problems.push(Problem::error(code, path.to_string(), vi, en));
    }
    fn warning(&mut self, code: &'static str, path: At<'_>, vi: String, en: String) {
        self.problems.push(Problem::warning(code, path.to_string(), vi, en));
    }

    fn check(&mut self, dataset: &Dataset) {
        self.check_head(dataset);
        self.check_records(dataset, &dataset.records, 0, &mut RecordChecks::new(dataset));
    }

    /// Everything but the records.
    fn check_head(&mut self, dataset: &Dataset) {
        if !is_date(&dataset.data_as_of) {
            self.error(
                "bad-date",
                At::Top("data_as_of"),
                format!(
                    "\"data_as_of\" phải có dạng NNNN-TT-NN (hoặc NNNN-TT, NNNN), nhưng là \"{}\".",
                    dataset.data_as_of
                ),
                format!(
                    "\"data_as_of\" must look like YYYY-MM-DD (or YYYY-MM, YYYY), but is \"{}\".",
                    dataset.data_as_of
                ),
            );
        }
        self.check_ids("sources", dataset.sources.iter().map(|item| item.id.as_str()));
        self.check_ids("localities", dataset.localities.iter().map(|item| item.id.as_str()));
        self.check_ids("terms", dataset.terms.iter().map(|item| item.id.as_str()));
        self.check_ids("domains", dataset.domains.iter().map(|item| item.id.as_str()));
        self.check_ids("indicators", dataset.indicators.iter().map(|item| item.id.as_str()));

        let Known { sources, localities, domains, terms, indicators } = Known::of(dataset);

        for (index, locality) in dataset.localities.iter().enumerate() {
            let path = self.at("localities", index);
            if let Some(parent) = &locality.parent {
                self.reference(&localities, parent, path.field("parent"), "localities");
            }
            for (position, merged) in locality.formed_from.iter().enumerate() {
                self.reference(&localities, merged, path.field("formed_from").index(position), "localities");
            }
            for (field, date) in [("formed_on", &locality.formed_on), ("until", &locality.until)] {
                if let Some(date) = date.as_deref().filter(|date| !is_date(date)) {
                    self.error(
                        "bad-date",
                        path.field(field),
                        format!("Ngày \"{date}\" phải viết YYYY-MM-DD, YYYY-MM hoặc YYYY (ví dụ 2025-07-01)."),
                        format!("The date \"{date}\" must be written YYYY-MM-DD, YYYY-MM or YYYY (say, 2025-07-01)."),
                    );
                }
            }
            if let (Some(from), Some(until)) = (&locality.formed_on, &locality.until) {
                if is_date(from) && is_date(until) && until < from {
                    self.error(
                        "bad-date",
                        path.field("until"),
                        format!("Ngày kết thúc {until} trước ngày thành lập {from}."),
                        format!("The end date {until} is before the date it was formed, {from}."),
                    );
                }
            }
        }
        for (index, term) in dataset.terms.iter().enumerate() {
            if term.start_year > term.end_year {
                self.error(
                    "term-years",
                    self.at("terms", index),
                    format!(
                        "Nhiệm kỳ \"{}\": năm bắt đầu {} sau năm kết thúc {}.",
                        term.id, term.start_year, term.end_year
                    ),
                    format!(
                        "Term \"{}\": start year {} is after end year {}.",
                        term.id, term.start_year, term.end_year
                    ),
                );
            }
        }
        for (index, indicator) in dataset.indicators.iter().enumerate() {
            let path = self.at("indicators", index);
            self.reference(&domains, &indicator.domain, path.field("domain"), "domains");
            self.check_part_of(indicator, dataset, &indicators, path);
            if indicator.kind == IndicatorKind::Rating && indicator.grades.is_empty() {
                self.error(
                    "missing-field",
                    path.field("grades"),
                    "Chỉ tiêu loại \"rating\" cần danh sách \"grades\" (các mức xếp loại, từ thấp đến cao).".into(),
                    "A \"rating\" indicator needs \"grades\" (its grades, from the lowest to the highest).".into(),
                );
            }
        }
        for (index, congress) in dataset.congresses.iter().enumerate() {
            let path = self.at("congresses", index);
            self.reference(&localities, &congress.locality, path.field("locality"), "localities");
            self.reference(&terms, &congress.term, path.field("term"), "terms");
            self.provenance(&sources, &congress.source, path.field("source"));
        }
        self.check_parts(dataset, &localities, &terms);
        for (index, summary) in dataset.stated_summaries.iter().enumerate() {
            let path = self.at("stated_summaries", index);
            self.reference(&localities, &summary.locality, path.field("locality"), "localities");
            self.reference(&terms, &summary.term, path.field("term"), "terms");
            self.provenance(&sources, &summary.source, path.field("source"));
            if summary.met > summary.total {
                self.error(
                    "summary-counts",
                    path.field("met"),
                    format!("Số chỉ tiêu đạt ({}) lớn hơn tổng số chỉ tiêu ({}).", summary.met, summary.total),
                    format!("More indicators met ({}) than there are in total ({}).", summary.met, summary.total),
                );
            }
            if let Some(exceeded) = summary.exceeded.filter(|exceeded| *exceeded > summary.met) {
                self.error(
                    "summary-counts",
                    path.field("exceeded"),
                    format!(
                        "Số chỉ tiêu vượt ({exceeded}) lớn hơn số chỉ tiêu đạt ({}); chỉ tiêu vượt cũng được tính là đạt.",
                        summary.met
                    ),
                    format!(
                        "More indicators exceeded ({exceeded}) than met ({}); an exceeded indicator counts as met too.",
                        summary.met
                    ),
                );
            }
        }
    }

    /// A split dataset's parts: each names a province of this file and a file on the same server.
    fn check_parts(&mut self, dataset: &Dataset, localities: &Ids, terms: &Ids) {
        for (index, part) in dataset.parts.iter().enumerate() {
            let path = self.at("parts", index);
            self.reference(localities, &part.locality, path.field("locality"), "localities");
            // A path on this server: no scheme ("https:"), no other host ("//host").
            if part.file.trim().is_empty() || part.file.contains([':', '\\']) || part.file.starts_with("//") {
                self.error(
                    "part-file",
                    path.field("file"),
                    format!("\"file\" phải là đường dẫn tới tệp của phần này trên cùng máy chủ, tính từ tệp chỉ mục (ví dụ \"tinh/ha-noi.json\"); đang là \"{}\".", part.file),
                    format!("\"file\" must be the path of this part's file on the same server, relative to the index file (for example \"tinh/ha-noi.json\"); it is \"{}\".", part.file),
                );
            }
            for (at, summary) in part.summaries.iter().enumerate() {
                let summaries = path.field("summaries");
                let summary_at = summaries.index(at);
                self.reference(terms, &summary.term, summary_at.field("term"), "terms");
            }
        }
    }

    /// `records`, the dataset's records from position `first` on, against the ids of `head`;
    /// `checks` carries the head's ids and the records checked before, so that a duplicate is
    /// found across calls.
    fn check_records(&mut self, head: &Dataset, records: &[Record], first: usize, checks: &mut RecordChecks) {
        let RecordChecks { known: Known { sources, localities, terms, indicators, .. }, seen } = checks;
        for (offset, record) in records.iter().enumerate() {
            let index = first + offset;
            let path = self.at("records", index);
            #[cfg(feature = "full-diagnostics")]
            let before = self.problems.len();
            let (locality, indicator, term) = (&record.locality, &record.indicator, &record.term);
            let key = format!("{}.{}.{locality}{indicator}{term}", locality.len(), indicator.len());
            if let Some(first) = seen.insert(key, index) {
                self.error(
                    "duplicate-record",
                    path,
                    format!("Trùng bản ghi với {} (cùng địa phương, chỉ tiêu và nhiệm kỳ).", self.at("records", first)),
                    format!("Duplicate of {} (same locality, indicator and term).", self.at("records", first)),
                );
            }
            self.reference(localities, &record.locality, path.field("locality"), "localities");
            let indicator = indicators.get(record.indicator.as_str()).map(|&position| &head.indicators[position]);
            self.reference(indicators, &record.indicator, path.field("indicator"), "indicators");
            let term = terms.get(record.term.as_str()).map(|&position| &head.terms[position]);
            self.reference(terms, &record.term, path.field("term"), "terms");
            self.check_record(record, indicator, term, sources, path);
            // A JSON path counts from 0 and names no commune: say which record, as people
            // count and name it (the command line and the spreadsheet worker; the browser's
            // first screen goes without, for room).
            #[cfg(feature = "full-diagnostics")]
            {
                let ids = [record.locality.as_str(), record.indicator.as_str(), record.term.as_str()];
                name_the_item(&mut self.problems[before..], record_context(self.origins.index("records", index), ids));
            }
        }
    }

    fn check_ids<'a>(&mut self, section: &'static str, ids: impl Iterator<Item = &'a str>) {
        let mut seen = Ids::default();
        for (index, id) in ids.enumerate() {
            let item = self.at(section, index);
            let path = item.field("id");
            if id.trim().is_empty() {
                self.error("empty-id", path, "Mã (id) không được để trống.".into(), "The id must not be empty.".into());
            } else if !id.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)) {
                self.warning(
                    "id-characters",
                    path,
                    format!("Mã \"{id}\" nên chỉ gồm chữ cái không dấu, chữ số và - _ . (để dùng được trong đường dẫn URL)."),
                    format!("The id \"{id}\" should use only ASCII letters, digits and - _ . (so that it works in URLs)."),
                );
            }
            if let Some(first) = seen.insert(id.to_string(), index) {
                self.error(
                    "duplicate-id",
                    path,
                    format!("Mã \"{id}\" bị trùng với {}.", self.at(section, first)),
                    format!("The id \"{id}\" duplicates {}.", self.at(section, first)),
                );
            }
        }
    }

    fn reference(&mut self, known: &Ids, id: &str, path: At<'_>, section: &str) {
        if !known.contains_key(id) {
            self.error(
                "unknown-reference",
                path,
                format!("Mã \"{id}\" không có trong \"{section}\"."),
                format!("The id \"{id}\" is not in \"{section}\"."),
            );
        }
    }

    fn provenance(&mut self, sources: &Ids, provenance: &Provenance, path: At<'_>) {
        self.reference(sources, &provenance.source, path.field("source"), "sources");
        if provenance.quote.trim().is_empty() {
            self.error(
                "missing-quote",
                path.field("quote"),
                "Thiếu câu trích dẫn nguồn của số liệu.".into(),
                "The quote from the source is missing.".into(),
            );
        }
    }

    fn number(&mut self, value: f64, path: At<'_>, indicator: Option<&Indicator>) {
        if !value.is_finite() {
            self.error("not-finite", path, "Số không hữu hạn.".into(), "The number is not finite.".into());
        } else if indicator.is_some_and(|indicator| indicator.kind == IndicatorKind::Share)
            && !(0.0..=100.0).contains(&value)
        {
            self.error(
                "percent-out-of-range",
                path,
                format!("Tỷ lệ {value} % nằm ngoài khoảng 0–100 %."),
                format!("The share {value} % is outside 0–100 %."),
            );
        }
    }

    fn composition(&mut self, parts: &[Share], path: At<'_>) {
        for (index, part) in parts.iter().enumerate() {
            self.number(part.value, path.index(index).field("value"), None);
        }
        let sum: f64 = parts.iter().map(|part| part.value).sum();
        if !parts.is_empty() && (sum - 100.0).abs() > 0.5 {
            self.error(
                "composition-sum",
                path,
                format!("Tổng các tỷ trọng là {sum} %, không phải 100 %."),
                format!("The shares sum to {sum} %, not 100 %."),
            );
        }
    }

    /// Every part of a composition result must be one of the target's parts (matched whatever the
    /// spelling: NFC or NFD, "thủy" or "thuỷ", case), or its share is compared with nothing.
    fn parts_match_the_target(&mut self, result_parts: &[Share], target_parts: &[Share], path: At<'_>) {
        let expected: Vec<String> = target_parts.iter().map(|part| matching_key(&part.part.vi)).collect();
        let names = |lang_vi: bool| {
            target_parts
                .iter()
                .map(|part| {
                    format!("\"{}\"", if lang_vi { part.part.vi.as_str() } else { part.part.get(crate::Lang::En) })
                })
                .collect::<Vec<_>>()
                .join("; ")
        };
        for (index, part) in result_parts.iter().enumerate() {
            if !expected.contains(&matching_key(&part.part.vi)) {
                self.error(
                    "unknown-part",
                    path.index(index).field("part"),
                    format!(
                        "Phần \"{}\" của kết quả không khớp phần nào của mục tiêu; các phần của mục tiêu: {}.",
                        part.part.vi,
                        names(true)
                    ),
                    format!(
                        "The result's part \"{}\" matches no part of the target; the target's parts are: {}.",
                        part.part.vi,
                        names(false)
                    ),
                );
            }
        }
    }

    fn check_record(
        &mut self,
        record: &Record,
        indicator: Option<&Indicator>,
        term: Option<&Term>,
        sources: &Ids,
        path: At<'_>,
    ) {
        if let Some(target) = &record.target {
            let target_path = path.field("target");
            self.provenance(sources, &target.source, target_path.field("source"));
            if let (Some(_), Some(indicator)) = (target.count, indicator) {
                if target.shape != ShapeKind::CountOfTotal && indicator.count_unit.is_none() {
                    self.error(
                        "missing-field",
                        target_path.field("count"),
                        format!(
                            "Mục tiêu có \"count\" bên cạnh tỷ lệ thì chỉ tiêu \"{}\" cần \"count_unit\" (đơn vị đếm, ví dụ \"xã\").",
                            indicator.id
                        ),
                        format!(
                            "A target with a \"count\" beside its share needs \"count_unit\" on the indicator \"{}\" (what is counted, say \"xã\").",
                            indicator.id
                        ),
                    );
                }
            }
            match target.shape() {
                Ok(shape) => self.check_shape(&shape, indicator, target_path),
                Err(missing) => {
                    for field in missing {
                        self.error(
                            "missing-field",
                            target_path.field(field),
                            format!("Mục tiêu dạng \"{}\" cần trường \"{field}\".", shape_name(target.shape)),
                            format!("A \"{}\" target needs the field \"{field}\".", shape_name(target.shape)),
                        );
                    }
                }
            }
            if let (Some(deadline), Some(term)) = (target.deadline_year, term) {
                if deadline < term.start_year {
                    self.warning(
                        "deadline-before-term",
                        target_path.field("deadline_year"),
                        format!("Năm đến hạn {deadline} trước nhiệm kỳ {}.", term.id),
                        format!("Deadline year {deadline} is before the term {}.", term.id),
                    );
                }
            }
        }
        let results_path = path.field("results");
        for (index, outcome) in record.results.iter().enumerate() {
            let result_path = results_path.index(index);
            self.provenance(sources, &outcome.source, result_path.field("source"));
            if outcome.value.is_none()
                && outcome.done.is_none()
                && outcome.parts.is_empty()
                && outcome.count.is_none()
                && outcome.grade.is_none()
            {
                self.error(
                    "result-without-value",
                    result_path,
                    "Kết quả phải có \"value\", \"done\", \"parts\", \"count\" hoặc \"grade\".".into(),
                    "A result needs \"value\", \"done\", \"parts\", \"count\" or \"grade\".".into(),
                );
            }
            if let (Some(grade), Some(indicator)) = (&outcome.grade, indicator) {
                self.grade_is_listed(grade, indicator, result_path.field("grade"));
            }
            if let Some(count) = outcome.count {
                self.number(count, result_path.field("count"), None);
            }
            if let Some(value) = outcome.value {
                self.number(value, result_path.field("value"), indicator);
            }
            if !outcome.parts.is_empty() {
                self.composition(&outcome.parts, result_path.field("parts"));
                if let Some(TargetShape::Composition { parts: target_parts, .. }) =
                    record.target.as_ref().and_then(|target| target.shape().ok())
                {
                    self.parts_match_the_target(&outcome.parts, &target_parts, result_path.field("parts"));
                }
            }
            if let Some(percent) = outcome.stated_percent_of_target {
                if !(percent.is_finite() && percent > 0.0) {
                    self.error(
                        "bad-percent-of-target",
                        result_path.field("stated_percent_of_target"),
                        "\"% mục tiêu\" phải là số dương.".into(),
                        "\"% of target\" must be a positive number.".into(),
                    );
                }
            }
            if let Some(quarter) = outcome.period.quarter {
                if !(1..=4).contains(&quarter) || outcome.period.year.is_none() {
                    self.error(
                        "bad-quarter",
                        result_path.field("period"),
                        "Quý phải từ 1 đến 4 và đi kèm năm.".into(),
                        "A quarter must be 1 to 4 and come with a year.".into(),
                    );
                }
            }
            if let (Some(year), Some(term)) = (outcome.period.year, term) {
                if year < term.start_year || year > term.end_year {
                    self.error(
                        "year-outside-term",
                        result_path.field("period").field("year"),
                        format!("Năm {year} nằm ngoài nhiệm kỳ {} ({}–{}).", term.id, term.start_year, term.end_year),
                        format!("Year {year} is outside the term {} ({}–{}).", term.id, term.start_year, term.end_year),
                    );
                }
            }
        }
        if let Some(stated) = &record.stated_status {
            self.provenance(sources, &stated.source, path.field("stated_status").field("source"));
        }
    }

    fn check_shape(&mut self, shape: &TargetShape, indicator: Option<&Indicator>, path: At<'_>) {
        let kind = indicator.map(|indicator| indicator.kind);
        let direction = indicator.map(|indicator| indicator.direction);
        match shape {
            TargetShape::Composition { parts, tolerance } => {
                self.composition(parts, path.field("parts"));
                if !(tolerance.is_finite() && *tolerance >= 0.0) {
                    self.error(
                        "negative-tolerance",
                        path.field("tolerance"),
                        format!("Dung sai \"tolerance\" phải là số không âm (số điểm % mỗi phần được lệch), nhưng là {tolerance}."),
                        format!("\"tolerance\" must be a number of at least 0 (the points each part may differ), but is {tolerance}."),
                    );
                }
            }
            TargetShape::Range { min, max } => {
                self.number(*min, path.field("min"), indicator);
                self.number(*max, path.field("max"), indicator);
                if min > max {
                    self.error(
                        "range-order",
                        path,
                        "\"min\" lớn hơn \"max\".".into(),
                        "\"min\" is greater than \"max\".".into(),
                    );
                }
            }
            TargetShape::CountOfTotal { count, total } => {
                self.number(*count, path.field("count"), None);
                self.number(*total, path.field("total"), None);
                if count > total {
                    self.error(
                        "count-above-total",
                        path,
                        format!("Số {count} lớn hơn tổng {total}."),
                        format!("The count {count} is greater than the total {total}."),
                    );
                }
            }
            TargetShape::Milestone => {}
            TargetShape::GradeAtLeast { grade } => {
                if let Some(indicator) = indicator.filter(|indicator| indicator.kind == IndicatorKind::Rating) {
                    self.grade_is_listed(grade, indicator, path.field("grade"));
                }
            }
            other => {
                if let Some(value) = crate::evaluate::single_value(other) {
                    self.number(value, path.field("value"), indicator);
                }
            }
        }
        let is_composition_shape = matches!(shape, TargetShape::Composition { .. });
        let is_milestone_shape = matches!(shape, TargetShape::Milestone);
        if kind.is_some() && is_composition_shape != (kind == Some(IndicatorKind::Composition)) {
            self.error(
                "shape-kind-mismatch",
                path.field("shape"),
                "Mục tiêu dạng \"composition\" chỉ dùng cho chỉ tiêu loại \"composition\" và ngược lại.".into(),
                "A \"composition\" target fits only a \"composition\" indicator, and the other way round.".into(),
            );
        }
        if kind.is_some() && is_milestone_shape != (kind == Some(IndicatorKind::Milestone)) {
            self.error(
                "shape-kind-mismatch",
                path.field("shape"),
                "Mục tiêu dạng \"milestone\" chỉ dùng cho chỉ tiêu loại \"milestone\" và ngược lại.".into(),
                "A \"milestone\" target fits only a \"milestone\" indicator, and the other way round.".into(),
            );
        }
        let is_grade_shape = matches!(shape, TargetShape::GradeAtLeast { .. });
        if kind.is_some() && is_grade_shape != (kind == Some(IndicatorKind::Rating)) {
            self.error(
                "shape-kind-mismatch",
                path.field("shape"),
                "Mục tiêu dạng \"grade_at_least\" chỉ dùng cho chỉ tiêu loại \"rating\" và ngược lại.".into(),
                "A \"grade_at_least\" target fits only a \"rating\" indicator, and the other way round.".into(),
            );
        }
        let misfit = matches!(
            (shape, direction),
            (TargetShape::AtLeast { .. } | TargetShape::Above { .. }, Some(Direction::LowerIsBetter))
                | (TargetShape::AtMost { .. } | TargetShape::Below { .. }, Some(Direction::HigherIsBetter))
                | (TargetShape::Range { .. }, Some(Direction::HigherIsBetter | Direction::LowerIsBetter))
        );
        if misfit {
            self.warning(
                "shape-direction-mismatch",
                path.field("shape"),
                "Dạng mục tiêu không khớp với chiều của chỉ tiêu (ví dụ \"at_least\" cho chỉ tiêu càng thấp càng tốt).".into(),
                "The target's shape does not fit the indicator's direction (say, \"at_least\" on a lower-is-better indicator).".into(),
            );
        }
    }
}

impl Checker<'_> {
    /// A grade must be one the indicator lists (matched whatever the spelling).
    fn grade_is_listed(&mut self, grade: &str, indicator: &Indicator, path: At<'_>) {
        if crate::evaluate::grade_rank(indicator, grade).is_none() {
            let listed =
                indicator.grades.iter().map(|grade| format!("\"{}\"", grade.vi)).collect::<Vec<_>>().join("; ");
            self.error(
                "unknown-grade",
                path,
                format!(
                    "Mức \"{grade}\" không có trong \"grades\" của chỉ tiêu \"{}\"; các mức: {listed}.",
                    indicator.id
                ),
                format!(
                    "The grade \"{grade}\" is not among the \"grades\" of the indicator \"{}\"; they are: {listed}.",
                    indicator.id
                ),
            );
        }
    }

    /// `part_of` names another indicator, and following it never comes back to where it started.
    fn check_part_of(&mut self, indicator: &Indicator, dataset: &Dataset, indicators: &Ids, path: At<'_>) {
        let Some(parent) = &indicator.part_of else { return };
        if !indicators.contains_key(parent.as_str()) {
            self.reference(indicators, parent, path.field("part_of"), "indicators");
            return;
        }
        let mut current = parent.as_str();
        for _ in 0..indicators.len() {
            if current == indicator.id {
                self.error(
                    "part-of-cycle",
                    path.field("part_of"),
                    format!("Chỉ tiêu \"{}\" lại là một phần của chính nó (qua \"part_of\").", indicator.id),
                    format!("The indicator \"{}\" ends up a part of itself (through \"part_of\").", indicator.id),
                );
                return;
            }
            match indicators.get(current).and_then(|&next| dataset.indicators[next].part_of.as_deref()) {
                Some(next) => current = next,
                None => return,
            }
        }
    }
}

fn shape_name(shape: ShapeKind) -> String {
    serde_json::to_value(shape).ok().and_then(|value| value.as_str().map(str::to_string)).unwrap_or_default()
}

fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let lengths_ok = matches!(parts.as_slice(), [y] if y.len() == 4)
        || matches!(parts.as_slice(), [y, m] if y.len() == 4 && m.len() == 2)
        || matches!(parts.as_slice(), [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2);
    lengths_ok && parts.iter().all(|part| part.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
pub(crate) mod tests;
