//! The table twin of every chart (exactly what the chart shows, sortable) and its CSV form.

use super::spec::{BarChart, BulletChart, ColumnChart, StackedChart};
use crate::format;
use crate::i18n::status_name;
use crate::search;

/// The table twin of a chart: exactly what it shows, sortable.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub caption: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub text: String,
    /// The value sorting uses: a number when the cell holds one.
    pub number: Option<f64>,
}

impl Cell {
    pub fn text(text: impl Into<String>) -> Cell {
        Cell { text: text.into(), number: None }
    }
    pub fn number(text: impl Into<String>, number: f64) -> Cell {
        Cell { text: text.into(), number: Some(number) }
    }
}

impl Table {
    /// Sorts rows by a column: numbers numerically, text by its folded form; stable.
    pub fn sort_by(&mut self, column: usize, ascending: bool) {
        self.rows.sort_by(|a, b| {
            let (Some(a), Some(b)) = (a.get(column), b.get(column)) else {
                return std::cmp::Ordering::Equal;
            };
            let order = match (a.number, b.number) {
                (Some(x), Some(y)) => x.total_cmp(&y),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => search::fold(&a.text).cmp(&search::fold(&b.text)),
            };
            if ascending {
                order
            } else {
                order.reverse()
            }
        });
    }

    /// The table as CSV (RFC 4180 quoting), with a byte-order mark so spreadsheets read UTF-8.
    /// The CSV form (UTF-8 with BOM). Text that a spreadsheet would run as a formula (starting with
    /// `=`, `+`, `-`, `@`, a tab or a carriage return) is written with a leading apostrophe, the
    /// way spreadsheet-safe exporters neutralise it; numbers the table formatted itself stay as
    /// they are, so "-0,09 %" is not mangled.
    pub fn to_csv(&self) -> String {
        let quote = |text: &str| {
            if text.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", text.replace('"', "\"\""))
            } else {
                text.to_string()
            }
        };
        let mut out = String::from("\u{feff}");
        let line = |cells: Vec<String>| cells.iter().map(|cell| quote(cell)).collect::<Vec<_>>().join(",");
        out.push_str(&line(self.headers.iter().map(|header| neutralise_formula(header)).collect()));
        out.push_str("\r\n");
        for row in &self.rows {
            let cells = row.iter().map(|cell| match cell.number {
                Some(_) => cell.text.clone(),
                None => neutralise_formula(&cell.text),
            });
            out.push_str(&line(cells.collect()));
            out.push_str("\r\n");
        }
        out
    }
}

/// Text a spreadsheet would read as a formula gets a leading apostrophe (OWASP's CSV injection
/// advice); other text is unchanged.
pub fn neutralise_formula(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

impl BarChart {
    pub fn table(&self) -> Table {
        Table {
            caption: self.title.clone(),
            headers: vec![
                self.lang.pick("Chỉ tiêu", "Indicator").to_string(),
                self.value_header.clone(),
                self.lang.pick("Trạng thái", "Status").to_string(),
            ],
            rows: self
                .bars
                .iter()
                .map(|bar| {
                    vec![
                        Cell::text(bar.label.clone()),
                        Cell::number(bar.value_text.clone(), bar.value),
                        Cell::text(bar.status.map_or("–", |status| status_name(status, self.lang))),
                    ]
                })
                .collect(),
        }
    }
}

impl StackedChart {
    pub fn table(&self) -> Table {
        let mut headers = vec![self.lang.pick("Nhóm", "Group").to_string()];
        headers.extend(self.legend.iter().map(|(label, _)| label.clone()));
        let rows = self
            .rows
            .iter()
            .map(|row| {
                let mut cells = vec![Cell::text(row.label.clone())];
                for (label, _) in &self.legend {
                    match row.segments.iter().find(|segment| &segment.label == label) {
                        Some(segment) => {
                            cells.push(Cell::number(format::number(segment.value, self.lang), segment.value))
                        }
                        None => cells.push(Cell::number("0", 0.0)),
                    }
                }
                cells
            })
            .collect();
        Table { caption: self.title.clone(), headers, rows }
    }
}

impl ColumnChart {
    /// Every column, the omitted ones in their place.
    pub fn table(&self) -> Table {
        Table {
            caption: self.title.clone(),
            headers: vec![
                self.lang.pick("Kỳ", "Period").to_string(),
                self.lang.pick("Mục tiêu", "Target").to_string(),
                self.lang.pick("Kết quả", "Result").to_string(),
                self.lang.pick("Trạng thái", "Status").to_string(),
            ],
            rows: self
                .columns
                .iter()
                .take(self.columns.len() / 2)
                .chain(&self.omitted)
                .chain(self.columns.iter().skip(self.columns.len() / 2))
                .map(|column| {
                    vec![
                        Cell::text(column.label.clone()),
                        match column.target {
                            Some(target) => Cell::number(column.target_label.clone(), target),
                            None => Cell::text(column.target_label.clone()),
                        },
                        match column.value {
                            Some(value) => Cell::number(column.value_label.clone(), value),
                            None => Cell::text(column.value_label.clone()),
                        },
                        Cell::text(column.status.map_or("–", |status| status_name(status, self.lang))),
                    ]
                })
                .collect(),
        }
    }
}

impl BulletChart {
    pub fn table(&self) -> Table {
        let mut headers = vec![
            self.lang.pick("Mục tiêu", "Target").to_string(),
            self.lang.pick("Kết quả", "Result").to_string(),
            self.lang.pick("Trạng thái", "Status").to_string(),
        ];
        let mut row = vec![
            match self.target {
                Some(target) => Cell::number(self.target_label.clone(), target),
                None => Cell::text(self.target_label.clone()),
            },
            match self.value {
                Some(value) => Cell::number(self.value_label.clone(), value),
                None => Cell::text(self.value_label.clone()),
            },
            Cell::text(self.status_label.clone()),
        ];
        if let Some((expected, label)) = &self.expected {
            headers.push(self.lang.pick("Dự kiến đến nay", "Expected by now").to_string());
            row.push(Cell::number(label.clone(), *expected));
        }
        Table { caption: self.title.clone(), headers, rows: vec![row] }
    }
}
