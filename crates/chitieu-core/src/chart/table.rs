//! The table twin of every chart (exactly what the chart shows, sortable) and its CSV form.

use super::spec::{BarChart, BulletChart, ColumnChart, DotChart, StackedChart};
use crate::format;
use crate::i18n::status_name;
use crate::search;
use crate::Lang;

/// The table twin of a chart: exactly what it shows, sortable.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub caption: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
    /// The unit of the number columns (written into their headers in the CSV), empty when the
    /// headers already say it or the numbers are counts.
    pub unit: String,
}

#[derive(Debug, Clone, Default, PartialEq)]
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

    /// The table as CSV for a spreadsheet set to the reader's language: in Vietnamese separated by
    /// ";" with a decimal comma (153,32), as a Vietnamese Windows reads it; in English by "," with a
    /// decimal point. Numbers are plain numbers (no unit, no grouping) so they can be summed; the
    /// unit goes into the column's header. UTF-8 with a byte-order mark, RFC 4180 quoting.
    /// Text that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or
    /// a carriage return) is written with a leading apostrophe. `notes` (source, date, place) follow
    /// the table after an empty line, one per line.
    pub fn to_csv(&self, lang: Lang, notes: &[String]) -> String {
        let (separator, decimal) = match lang {
            Lang::Vi => (';', ","),
            Lang::En => (',', "."),
        };
        let quote = |text: &str| {
            if text.contains([separator, '"', '\n', '\r']) {
                format!("\"{}\"", text.replace('"', "\"\""))
            } else {
                text.to_string()
            }
        };
        let line = |cells: Vec<String>| {
            cells.iter().map(|cell| quote(cell)).collect::<Vec<_>>().join(&separator.to_string()) + "\r\n"
        };
        let numeric =
            |column: usize| self.rows.iter().any(|row| row.get(column).is_some_and(|cell| cell.number.is_some()));
        let mut out = String::from("\u{feff}");
        out += &line(
            self.headers
                .iter()
                .enumerate()
                .map(|(column, header)| {
                    let header = neutralise_formula(header);
                    if numeric(column) && !self.unit.is_empty() {
                        format!("{header} ({})", self.unit)
                    } else {
                        header
                    }
                })
                .collect(),
        );
        let estimate = lang.pick("ước ", "est. ");
        // Which figures are estimates, named by their row and column: the number alone loses the
        // "ước" the screen shows (outside tester).
        let mut estimates: Vec<String> = Vec::new();
        // Likewise the targets derived from a result ("87 triệu đồng (suy ra)"): the number stays a
        // number, the note names them.
        let derived_mark = format!(" ({})", lang.pick("suy ra", "derived"));
        let mut derived: Vec<String> = Vec::new();
        for row in &self.rows {
            out += &line(
                row.iter()
                    .enumerate()
                    .map(|(column, cell)| match cell.number {
                        // An estimate is a number too ("ước 76,6 triệu đồng" → 76,6, said below); a
                        // bound ("≥ 67,5", "< 4 %") keeps its words: the number alone would lose them.
                        Some(number) if cell.text.ends_with(&derived_mark) => {
                            derived.push(row.first().map_or(String::new(), |first| first.text.clone()));
                            plain_number(number).replace('.', decimal)
                        }
                        // A change in words ("giảm 6,7 điểm %/năm") is its signed number.
                        Some(number)
                            if cell.text.starts_with(|c: char| c.is_ascii_digit() || c == '-')
                                || [lang.pick("giảm ", "down "), lang.pick("tăng ", "up ")]
                                    .iter()
                                    .any(|words| cell.text.starts_with(words)) =>
                        {
                            plain_number(number).replace('.', decimal)
                        }
                        Some(number) if cell.text.starts_with(estimate) => {
                            // Named by its row and column ("Thu nhập … (kết quả)"); in a table of
                            // one row (a bullet's) by its column alone.
                            let header = self.headers.get(column).map_or(String::new(), |header| header.to_lowercase());
                            estimates.push(match (self.rows.len(), row.first()) {
                                (2.., Some(first)) => format!("{} ({header})", first.text),
                                _ => header,
                            });
                            plain_number(number).replace('.', decimal)
                        }
                        _ => neutralise_formula(&cell.text),
                    })
                    .collect(),
            );
        }
        let listed = |heading: &str, names: &[String]| {
            (!names.is_empty()).then(|| {
                let more = names.len().saturating_sub(10);
                let mut named = names.iter().take(10).cloned().collect::<Vec<_>>().join("; ");
                if more > 0 {
                    named += &format!("; {more} {}", lang.pick("số khác", "more"));
                }
                format!("{heading}: {named}.")
            })
        };
        let marked = [
            listed(lang.pick("Số ước tính", "Estimates"), &estimates),
            listed(
                lang.pick(
                    "Mục tiêu suy ra từ kết quả (nguồn không ghi mục tiêu, chỉ ghi mức đạt hoặc vượt)",
                    "Targets derived from the result (the source gives only how far it met or exceeded them)",
                ),
                &derived,
            ),
        ];
        let marked: Vec<String> = marked.into_iter().flatten().collect();
        if !notes.is_empty() || !marked.is_empty() {
            out += "\r\n";
            for note in notes.iter().chain(&marked) {
                out += &line(vec![neutralise_formula(note)]);
            }
        }
        out
    }
}

/// A number as a spreadsheet reads it: up to four decimals, no grouping, a point.
fn plain_number(value: f64) -> String {
    let text = format!("{value:.4}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_string()
    } else {
        text.to_string()
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
                self.lang.pick("Đơn vị", "Unit").to_string(),
                self.lang.pick("Mục tiêu", "Target").to_string(),
                self.lang.pick("Kết quả", "Result").to_string(),
                self.value_header.clone(),
                self.lang.pick("Trạng thái", "Status").to_string(),
            ],
            rows: self
                .bars
                .iter()
                .map(|bar| {
                    vec![
                        Cell::text(bar.label.clone()),
                        Cell::text(bar.unit.clone()),
                        bar.target.clone(),
                        bar.result.clone(),
                        Cell::number(bar.value_text.clone(), bar.value),
                        // The bar's own status words: "(theo nguồn)", the pace, "(nguồn mâu thuẫn)".
                        Cell::text(match (&bar.status_text, bar.status) {
                            (text, _) if !text.is_empty() => text.clone(),
                            (_, Some(status)) => status_name(status, self.lang).to_string(),
                            (_, None) => "–".to_string(),
                        }),
                    ]
                })
                .collect(),
            unit: String::new(),
        }
    }
}

impl StackedChart {
    pub fn table(&self) -> Table {
        // The headers are the segments' own words ("Chưa đến hạn"), without the legend's symbol
        // ("◷ Chưa đến hạn"), which a spreadsheet's header does not need (outside tester).
        let mut headers = vec![self.lang.pick("Nhóm", "Group").to_string()];
        headers.extend(self.legend.iter().map(|(label, colour)| {
            let segment = self.rows.iter().flat_map(|row| &row.segments).find(|segment| segment.colour == *colour);
            segment.map_or_else(|| label.clone(), |segment| segment.label.clone())
        }));
        let rows = self
            .rows
            .iter()
            .map(|row| {
                let mut cells = vec![Cell::text(row.label.clone())];
                // A legend entry and its segments share the colour (the legend's label carries the
                // status symbol, "▲ Vượt", the segment's not).
                for (_, colour) in &self.legend {
                    match row.segments.iter().find(|segment| segment.colour == *colour) {
                        Some(segment) => {
                            cells.push(Cell::number(format::number(segment.value, self.lang), segment.value))
                        }
                        None => cells.push(Cell::number("0", 0.0)),
                    }
                }
                cells
            })
            .collect();
        Table { caption: self.title.clone(), headers, rows, unit: String::new() }
    }
}

impl ColumnChart {
    /// Every column, the omitted ones in their place.
    pub fn table(&self) -> Table {
        Table {
            caption: self.title.clone(),
            headers: vec![
                self.category.clone(),
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
                .chain(&self.unranked)
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
                        // The column's own words ("Vượt (theo nguồn)"), else its status's name.
                        Cell::text(match (&column.status_text, column.status) {
                            (text, _) if !text.is_empty() => text.clone(),
                            (_, Some(status)) => status_name(status, self.lang).to_string(),
                            (_, None) => "–".to_string(),
                        }),
                    ]
                })
                .collect(),
            unit: self.unit.clone(),
        }
    }
}

impl DotChart {
    /// Every place, highest share first, then those with nothing counted.
    pub fn table(&self) -> Table {
        let count = |count: u32| Cell::number(count.to_string(), f64::from(count));
        let drawn = self.dots.iter().map(|dot| {
            vec![
                Cell::text(dot.label.clone()),
                count(dot.met),
                count(dot.judged),
                Cell::number(format::number(dot.value, self.lang), dot.value),
            ]
        });
        let mut table = Table {
            caption: self.title.clone(),
            headers: vec![
                self.lang.pick("Địa phương", "Place").to_string(),
                self.counted[0].to_string(),
                self.counted[1].to_string(),
                self.axis_label.clone(),
            ],
            rows: drawn.collect(),
            unit: String::new(),
        };
        // The table's own sort, stable: equal shares keep the dataset's order.
        table.sort_by(3, false);
        let without =
            self.without.iter().map(|name| vec![Cell::text(name.clone()), count(0), count(0), Cell::text("–")]);
        table.rows.extend(without);
        table
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
        Table { caption: self.title.clone(), headers, rows: vec![row], unit: self.unit.clone() }
    }
}
