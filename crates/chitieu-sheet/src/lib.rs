//! Spreadsheets in and out for Chỉ Tiêu.
//!
//! - `read_file`: the bytes of an xlsx, xlsm, ods, xls or CSV file, text pasted from a
//!   spreadsheet, or a JSON dataset, to a dataset and every problem found, each located by sheet,
//!   row and column with the column's header, in Vietnamese and English.
//! - `write_xlsx`: a dataset to a workbook with real number cells, which `read_file` reads back to
//!   the same dataset.
//! - `template_xlsx`: the fill-in workbook: instructions, the sheets with their headers, drop-down
//!   lists for every closed set, and example rows.
//!
//! The layout of the workbook (sheets, columns, headers) is defined once, in `layout`. The command
//! line (`chitieu convert`, `template`, `validate`, `stats`) and the browser's spreadsheet worker
//! both call these functions.

mod grid;
pub mod layout;
pub mod numbers;
mod read;
pub mod vocab;
mod write;

use chitieu_core::model::{Dataset, Text};
use chitieu_core::problem::{Problem, Severity};

pub use grid::{kind_of, FileKind, MAX_FILE_BYTES, MAX_INFLATED_BYTES, MAX_ROWS};
pub use read::{read_file, read_file_on, today};
#[cfg(feature = "ods")]
pub use write::write_ods;
pub use write::{table_xlsx, template_xlsx, write_csv, write_xlsx};

/// A dataset with a title and nothing else yet.
pub(crate) fn empty_dataset(title: Text) -> Dataset {
    Dataset::titled(title)
}

/// What reading a file gave: the dataset when it could be built, and every problem.
#[derive(Debug, Clone)]
pub struct Imported {
    pub dataset: Option<Dataset>,
    pub problems: Vec<Problem>,
}

impl Imported {
    /// The dataset when it may replace the one on screen: built, and without errors.
    pub fn into_valid(self) -> Result<Dataset, Vec<Problem>> {
        let has_errors = self.problems.iter().any(|problem| problem.severity == Severity::Error);
        match self.dataset {
            Some(dataset) if !has_errors => Ok(dataset),
            _ => Err(self.problems),
        }
    }
}

/// A problem as the reader finds it: where in the workbook, and what.
#[derive(Debug, Clone)]
pub(crate) struct Located {
    pub severity: Severity,
    pub code: &'static str,
    pub sheet: Option<String>,
    /// The row as the spreadsheet program numbers it (1 for the first).
    pub row: Option<u32>,
    /// The 0-based column and its header.
    pub column: Option<(usize, String)>,
    pub message: Text,
}

impl Located {
    pub fn file_error(code: &'static str, message: Text) -> Located {
        Located { severity: Severity::Error, code, sheet: None, row: None, column: None, message }
    }
    pub fn file_note(code: &'static str, message: Text) -> Located {
        Located { severity: Severity::Warning, ..Located::file_error(code, message) }
    }

    /// "Trang 'Số liệu', dòng 17, cột F (Giá trị)" and its English twin.
    pub fn place(&self) -> (String, String) {
        let mut vi = Vec::new();
        let mut en = Vec::new();
        if let Some(sheet) = &self.sheet {
            vi.push(format!("Trang '{sheet}'"));
            en.push(format!("Sheet '{sheet}'"));
        }
        if let Some(row) = self.row {
            vi.push(format!("dòng {row}"));
            en.push(format!("row {row}"));
        }
        if let Some((index, header)) = &self.column {
            let letter = layout::column_letter(*index);
            vi.push(format!("cột {letter} ({header})"));
            en.push(format!("column {letter} ({header})"));
        }
        (vi.join(", "), en.join(", "))
    }

    /// The problem as the rest of Chỉ Tiêu shows problems: the path is the cell's reference
    /// ("'Số liệu'!F17"), and the message starts with where it is in words.
    pub fn into_problem(self) -> Problem {
        let (place_vi, place_en) = self.place();
        let reference = match (&self.sheet, self.row, &self.column) {
            (Some(sheet), Some(row), Some((index, _))) => format!("'{sheet}'!{}{row}", layout::column_letter(*index)),
            (Some(sheet), Some(row), None) => format!("'{sheet}'!{row}:{row}"),
            (Some(sheet), None, _) => format!("'{sheet}'"),
            _ => String::new(),
        };
        let join = |place: String, message: &str| {
            if place.is_empty() {
                message.to_string()
            } else {
                format!("{place}: {message}")
            }
        };
        let vi = join(place_vi, &self.message.vi);
        let en = join(place_en, self.message.en.as_deref().unwrap_or(&self.message.vi));
        match self.severity {
            Severity::Error => Problem::error(self.code, reference, vi, en),
            Severity::Warning => Problem::warning(self.code, reference, vi, en),
        }
    }
}

#[cfg(test)]
mod tests;
