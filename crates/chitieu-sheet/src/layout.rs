//! The workbook's layout: its sheets and their columns, with the headers people see in Vietnamese
//! and the English headers that are read as well. Both the reader and the writer (export and
//! template) take the layout from here, so they cannot drift apart.

use chitieu_core::vietnamese::matching_key;

/// One column: the key the code uses, its headers, its width in the written workbook, and what
/// goes in it (the template's header note).
pub struct Column {
    pub key: &'static str,
    pub vi: &'static str,
    pub en: &'static str,
    pub width: f64,
    pub help_vi: &'static str,
    pub help_en: &'static str,
}

const fn column(key: &'static str, vi: &'static str, en: &'static str, width: f64) -> Column {
    Column { key, vi, en, width, help_vi: "", help_en: "" }
}

const fn helped(
    key: &'static str,
    vi: &'static str,
    en: &'static str,
    width: f64,
    help_vi: &'static str,
    help_en: &'static str,
) -> Column {
    Column { key, vi, en, width, help_vi, help_en }
}

/// One sheet: its names and columns.
pub struct SheetSpec {
    pub key: &'static str,
    pub vi: &'static str,
    pub en: &'static str,
    pub columns: &'static [Column],
}

impl SheetSpec {
    pub fn column(&self, key: &str) -> &'static Column {
        self.columns.iter().find(|column| column.key == key).expect("a column of the layout")
    }
    pub fn is_named(&self, name: &str) -> bool {
        let name = matching_key(name);
        name == matching_key(self.vi) || name == matching_key(self.en) || name == self.key
    }
}

pub const INSTRUCTIONS: &str = "Hướng dẫn";
/// The template's sheet of the words its drop-down lists offer.
pub const LISTS: &str = "Danh mục";

/// The dataset's own facts, one per row: a label in column A, the value in column B.
pub const DATASET: SheetSpec = SheetSpec {
    key: "dataset",
    vi: "Bộ dữ liệu",
    en: "Dataset",
    columns: &[
        column("title", "Tên bộ dữ liệu", "Title", 40.0),
        column("title_en", "Tên bộ dữ liệu (tiếng Anh)", "Title (English)", 40.0),
        column("data_as_of", "Số liệu tính đến", "Data as of", 40.0),
        column("illustrative", "Dữ liệu minh họa", "Illustrative", 40.0),
    ],
};

/// One row per figure: a target, a result, or a status the source states.
pub const FIGURES: SheetSpec = SheetSpec {
    key: "figures",
    vi: "Số liệu",
    en: "Figures",
    columns: &[
        helped(
            "locality",
            "Đơn vị",
            "Locality",
            18.0,
            "Tên xã, phường, huyện hoặc tỉnh (hoặc mã ở trang Đơn vị).",
            "The commune, ward, district or province (or its id on the Localities sheet).",
        ),
        helped("term", "Nhiệm kỳ", "Term", 11.0, "Ví dụ 2025-2030.", "For example 2025-2030."),
        helped("domain", "Lĩnh vực", "Domain", 16.0, "Kinh tế, Văn hóa - xã hội, …", "Economy, Society, …"),
        helped(
            "indicator",
            "Chỉ tiêu",
            "Indicator",
            36.0,
            "Tên chỉ tiêu, viết giống nhau ở mọi dòng.",
            "The indicator's name, written the same on every row.",
        ),
        helped("unit", "Đơn vị tính", "Unit", 20.0, "%, tỷ đồng, triệu đồng/người/năm, …", "%, billion VND, …"),
        helped(
            "direction",
            "Chiều",
            "Direction",
            16.0,
            "Càng cao càng tốt, càng thấp càng tốt, hoặc đúng mục tiêu là tốt nhất.",
            "Higher is better, lower is better, or on target is best.",
        ),
        helped(
            "kind",
            "Loại chỉ tiêu",
            "Kind",
            14.0,
            "Số lượng, tỷ lệ, tốc độ tăng, số đếm, cơ cấu, mốc hoàn thành, xếp loại.",
            "Amount, share, rate, count, composition, milestone, rating.",
        ),
        helped(
            "row_kind",
            "Số liệu là",
            "Row is",
            14.0,
            "Mục tiêu, Kết quả, hoặc Trạng thái nguồn ghi.",
            "Target, Result, or Stated status.",
        ),
        helped(
            "shape",
            "Dạng mục tiêu",
            "Target shape",
            18.0,
            "Chỉ với dòng Mục tiêu: Đạt mức, Từ … trở lên, Dưới, …",
            "Target rows only: Reach a level, At least, Below, …",
        ),
        helped(
            "value",
            "Giá trị",
            "Value",
            11.0,
            "Chỉ ghi số (67,5); đơn vị ghi ở cột Đơn vị tính.",
            "A number only (67.5); the unit goes in the Unit column.",
        ),
        helped("min", "Từ", "Min", 8.0, "Mục tiêu trong khoảng: cận dưới.", "A range's lower end."),
        helped("max", "Đến", "Max", 8.0, "Mục tiêu trong khoảng: cận trên.", "A range's upper end."),
        helped(
            "count",
            "Số lượng",
            "Count",
            9.0,
            "Số đạt trên tổng số (14/16: ghi 14), hoặc số đơn vị của một tỷ lệ.",
            "Count of a total (14/16: write 14), or the count a share amounts to.",
        ),
        helped(
            "total",
            "Tổng số",
            "Total",
            9.0,
            "Số đạt trên tổng số (14/16: ghi 16).",
            "Count of a total (14/16: write 16).",
        ),
        helped(
            "grade",
            "Mức xếp loại",
            "Grade",
            16.0,
            "Xếp loại: tên mức, như ở trang Chỉ tiêu.",
            "Rating: the grade's name, as on the Indicators sheet.",
        ),
        helped(
            "parts",
            "Cơ cấu",
            "Parts",
            24.0,
            "Cơ cấu: 'Nông nghiệp: 30; Công nghiệp: 40; Dịch vụ: 30'.",
            "Composition: 'Agriculture: 30; Industry: 40; Services: 30'.",
        ),
        helped(
            "parts_en",
            "Cơ cấu (tiếng Anh)",
            "Parts (English)",
            16.0,
            "Tên các phần bằng tiếng Anh, cùng thứ tự.",
            "The parts' English names, in the same order.",
        ),
        helped(
            "tolerance",
            "Dung sai",
            "Tolerance",
            8.0,
            "Cơ cấu: số điểm % mỗi phần được lệch (mặc định 1).",
            "Composition: points each part may differ (default 1).",
        ),
        helped(
            "every_year",
            "Hằng năm",
            "Every year",
            9.0,
            "Có: mục tiêu áp dụng cho từng năm.",
            "Yes: the target applies to every year.",
        ),
        helped(
            "year",
            "Năm",
            "Year",
            7.0,
            "Mục tiêu: năm phải đạt (bỏ trống = cuối nhiệm kỳ). Kết quả: năm của số liệu (bỏ trống = cả nhiệm kỳ).",
            "Target: the year due (empty = the term's end). Result: the year of the figure (empty = the whole term).",
        ),
        helped("quarter", "Quý", "Quarter", 6.0, "Kết quả theo quý: 1 đến 4.", "A quarterly result: 1 to 4."),
        helped(
            "estimated",
            "Ước tính",
            "Estimated",
            9.0,
            "Có: số ước đạt, chưa chính thức.",
            "Yes: an estimate, not final.",
        ),
        helped("done", "Đã hoàn thành", "Done", 10.0, "Mốc hoàn thành: Có hoặc Không.", "Milestone: Yes or No."),
        helped(
            "status",
            "Trạng thái nguồn ghi",
            "Stated status",
            14.0,
            "Trạng thái do văn kiện tự ghi: Vượt, Đạt, Không đạt, …",
            "The status the document states: Exceeded, Achieved, …",
        ),
        helped(
            "stated_percent",
            "% mục tiêu nguồn ghi",
            "Stated % of target",
            10.0,
            "'đạt 88,05 % kế hoạch': ghi 88,05.",
            "'88.05 % of plan': write 88.05.",
        ),
        helped(
            "stated_margin",
            "Vượt mục tiêu nguồn ghi",
            "Stated margin",
            10.0,
            "'vượt 6,7 % mục tiêu': ghi 6,7.",
            "'6.7 % over target': write 6.7.",
        ),
        helped("note", "Ghi chú", "Note", 20.0, "Điều người đọc cần biết.", "What a reader should know."),
        helped("note_en", "Ghi chú (tiếng Anh)", "Note (English)", 16.0, "", ""),
        helped(
            "source",
            "Nguồn",
            "Source",
            20.0,
            "Tên văn kiện (hoặc mã ở trang Nguồn).",
            "The document's name (or its id on the Sources sheet).",
        ),
        helped(
            "quote",
            "Trích dẫn",
            "Quote",
            50.0,
            "Câu trích nguyên văn từ văn kiện có con số này.",
            "The sentence quoted word for word from the document.",
        ),
        helped("locality_id", "Mã đơn vị", "Locality id", 12.0, "Không bắt buộc.", "Optional."),
        helped("indicator_id", "Mã chỉ tiêu", "Indicator id", 14.0, "Không bắt buộc.", "Optional."),
    ],
};

pub const LOCALITIES: SheetSpec = SheetSpec {
    key: "localities",
    vi: "Đơn vị",
    en: "Localities",
    columns: &[
        column("id", "Mã", "Id", 16.0),
        column("name", "Tên", "Name", 24.0),
        column("name_en", "Tên (tiếng Anh)", "Name (English)", 20.0),
        column("level", "Cấp", "Level", 10.0),
        column("province", "Tỉnh", "Province", 14.0),
        column("parent", "Thuộc", "Parent", 14.0),
        column("formed_from", "Hợp nhất từ", "Formed from", 24.0),
        column("formed_on", "Thành lập ngày", "Formed on", 12.0),
        column("until", "Đến ngày", "Until", 12.0),
    ],
};

pub const TERMS: SheetSpec = SheetSpec {
    key: "terms",
    vi: "Nhiệm kỳ",
    en: "Terms",
    columns: &[
        column("id", "Nhiệm kỳ", "Term", 12.0),
        column("start_year", "Năm bắt đầu", "Start year", 12.0),
        column("end_year", "Năm kết thúc", "End year", 12.0),
    ],
};

pub const DOMAINS: SheetSpec = SheetSpec {
    key: "domains",
    vi: "Lĩnh vực",
    en: "Domains",
    columns: &[
        column("id", "Mã", "Id", 16.0),
        column("name", "Tên", "Name", 30.0),
        column("name_en", "Tên (tiếng Anh)", "Name (English)", 24.0),
    ],
};

pub const INDICATORS: SheetSpec = SheetSpec {
    key: "indicators",
    vi: "Chỉ tiêu",
    en: "Indicators",
    columns: &[
        column("id", "Mã", "Id", 22.0),
        column("name", "Tên", "Name", 40.0),
        column("name_en", "Tên (tiếng Anh)", "Name (English)", 30.0),
        column("domain", "Lĩnh vực", "Domain", 16.0),
        column("unit", "Đơn vị tính", "Unit", 14.0),
        column("unit_en", "Đơn vị tính (tiếng Anh)", "Unit (English)", 14.0),
        column("direction", "Chiều", "Direction", 18.0),
        column("kind", "Loại chỉ tiêu", "Kind", 16.0),
        column("part_of", "Thuộc chỉ tiêu", "Part of", 18.0),
        column("grades", "Các mức xếp loại", "Grades", 30.0),
        column("grades_en", "Các mức xếp loại (tiếng Anh)", "Grades (English)", 24.0),
        column("count_unit", "Đơn vị đếm", "Count unit", 12.0),
        column("count_unit_en", "Đơn vị đếm (tiếng Anh)", "Count unit (English)", 12.0),
    ],
};

pub const SOURCES: SheetSpec = SheetSpec {
    key: "sources",
    vi: "Nguồn",
    en: "Sources",
    columns: &[
        column("id", "Mã", "Id", 16.0),
        column("file", "Tệp", "File", 30.0),
        column("title", "Tên văn kiện", "Title", 50.0),
        column("title_en", "Tên văn kiện (tiếng Anh)", "Title (English)", 40.0),
        column("url", "Địa chỉ", "URL", 30.0),
    ],
};

pub const CONGRESSES: SheetSpec = SheetSpec {
    key: "congresses",
    vi: "Đại hội",
    en: "Congresses",
    columns: &[
        column("locality", "Mã đơn vị", "Locality id", 16.0),
        column("term", "Nhiệm kỳ", "Term", 12.0),
        column("ordinal", "Lần thứ", "Ordinal", 8.0),
        column("source", "Nguồn", "Source", 16.0),
        column("quote", "Trích dẫn", "Quote", 60.0),
    ],
};

pub const SUMMARIES: SheetSpec = SheetSpec {
    key: "stated_summaries",
    vi: "Tổng hợp nguồn ghi",
    en: "Stated summaries",
    columns: &[
        column("locality", "Mã đơn vị", "Locality id", 16.0),
        column("term", "Nhiệm kỳ", "Term", 12.0),
        column("met", "Số đạt", "Met", 8.0),
        column("total", "Tổng số", "Total", 8.0),
        column("exceeded", "Số vượt", "Exceeded", 8.0),
        column("source", "Nguồn", "Source", 16.0),
        column("quote", "Trích dẫn", "Quote", 60.0),
    ],
};

/// Every sheet the reader knows, in the order the writer writes them.
pub const SHEETS: &[&SheetSpec] =
    &[&FIGURES, &INDICATORS, &LOCALITIES, &DOMAINS, &TERMS, &SOURCES, &CONGRESSES, &SUMMARIES, &DATASET];

/// "A", "B", …, "Z", "AA": the letter of a 0-based column.
pub fn column_letter(index: usize) -> String {
    let mut index = index + 1;
    let mut letters = Vec::new();
    while index > 0 {
        let rest = (index - 1) % 26;
        letters.push(b'A' + rest as u8);
        index = (index - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).expect("ASCII")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(27), "AB");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }

    #[test]
    fn headers_are_distinct_within_a_sheet_in_both_languages() {
        for sheet in SHEETS {
            let mut seen = std::collections::HashSet::new();
            for column in sheet.columns {
                assert!(seen.insert(matching_key(column.vi)), "{} {}", sheet.vi, column.vi);
                assert!(seen.insert(matching_key(column.en)), "{} {}", sheet.vi, column.en);
            }
        }
    }
}
