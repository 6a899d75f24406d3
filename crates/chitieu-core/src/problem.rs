//! Located problems found while reading a dataset.

use crate::i18n::Lang;
use crate::model::Text;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem: how bad, where (a JSON path such as `$.records[3].target.value`, and for syntax
/// errors a line and column), a stable code for tests and tools, and a message in both languages.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub severity: Severity,
    pub path: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub code: &'static str,
    pub message: Text,
}

impl Problem {
    pub fn error(code: &'static str, path: impl Into<String>, vi: String, en: String) -> Problem {
        Problem {
            severity: Severity::Error,
            path: path.into(),
            line: None,
            column: None,
            code,
            message: Text { vi, en: Some(en) },
        }
    }

    pub fn warning(code: &'static str, path: impl Into<String>, vi: String, en: String) -> Problem {
        Problem { severity: Severity::Warning, ..Problem::error(code, path, vi, en) }
    }

    /// The location as people read it: "dòng 3, cột 14 ($.records[0])".
    pub fn location(&self, lang: Lang) -> String {
        let at = match (self.line, self.column) {
            (Some(line), Some(column)) => match lang {
                Lang::Vi => format!("dòng {line}, cột {column}"),
                Lang::En => format!("line {line}, column {column}"),
            },
            // "$" is the whole file: nothing to point at, and the sign means nothing to a reader.
            _ if self.path == "$" => return String::new(),
            _ => return self.path.clone(),
        };
        // A line and column inside the data also name the field, when known.
        if self.path == "$" {
            at
        } else {
            format!("{at} ({})", self.path)
        }
    }

    /// One line for a terminal or a list: "lỗi tại $.records[0].term: …".
    pub fn describe(&self, file: &str, lang: Lang) -> String {
        let severity = match (self.severity, lang) {
            (Severity::Error, Lang::Vi) => "lỗi",
            (Severity::Error, Lang::En) => "error",
            (Severity::Warning, Lang::Vi) => "cảnh báo",
            (Severity::Warning, Lang::En) => "warning",
        };
        let location = match (self.line, self.column) {
            (Some(line), Some(column)) => format!("{file}:{line}:{column}"),
            _ => format!("{file} {}", self.path),
        };
        format!("{location}: {severity} [{}]: {}", self.code, self.message.get(lang))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_problem_with_the_whole_file_names_no_location() {
        let whole = Problem::error("http-status", "$", "Máy chủ trả về mã 500.".into(), "500.".into());
        assert_eq!(whole.location(Lang::Vi), "", "'$' means nothing to a reader");
        let field = Problem::error("type", "$.records[0].term", String::new(), String::new());
        assert_eq!(field.location(Lang::Vi), "$.records[0].term");
    }
}
