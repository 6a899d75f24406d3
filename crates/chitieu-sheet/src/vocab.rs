//! The closed sets a spreadsheet names in words: levels, directions, kinds, shapes, statuses and
//! what a figure row is. Each word is read in Vietnamese, in English or as the dataset's own id,
//! whatever the case and the Unicode spelling ("Càng cao càng tốt", "higher is better",
//! "higher_is_better"). The template's drop-down lists offer the Vietnamese words.

use chitieu_core::model::{Direction, IndicatorKind, Level, ShapeKind, Status};
use chitieu_core::vietnamese::matching_key;

/// One word of a closed set: the value, its id in the dataset, and its words in both languages.
pub struct Word<T: 'static> {
    pub value: T,
    pub id: &'static str,
    pub vi: &'static str,
    pub en: &'static str,
}

const fn word<T>(value: T, id: &'static str, vi: &'static str, en: &'static str) -> Word<T> {
    Word { value, id, vi, en }
}

pub const LEVELS: &[Word<Level>] = &[
    word(Level::Commune, "commune", "Xã", "Commune"),
    word(Level::Ward, "ward", "Phường", "Ward"),
    word(Level::SpecialZone, "special_zone", "Đặc khu", "Special zone"),
    word(Level::Township, "township", "Thị trấn", "Township"),
    word(Level::District, "district", "Huyện", "District"),
    word(Level::Province, "province", "Tỉnh", "Province"),
];

pub const DIRECTIONS: &[Word<Direction>] = &[
    word(Direction::HigherIsBetter, "higher_is_better", "Càng cao càng tốt", "Higher is better"),
    word(Direction::LowerIsBetter, "lower_is_better", "Càng thấp càng tốt", "Lower is better"),
    word(Direction::TargetIsBest, "target_is_best", "Đúng mục tiêu là tốt nhất", "On target is best"),
];

pub const KINDS: &[Word<IndicatorKind>] = &[
    word(IndicatorKind::Amount, "amount", "Số lượng, giá trị", "Amount"),
    word(IndicatorKind::Share, "share", "Tỷ lệ (%)", "Share (%)"),
    word(IndicatorKind::Rate, "rate", "Tốc độ tăng", "Rate of change"),
    word(IndicatorKind::Count, "count", "Số đếm", "Count"),
    word(IndicatorKind::Composition, "composition", "Cơ cấu", "Composition"),
    word(IndicatorKind::Milestone, "milestone", "Mốc hoàn thành", "Milestone"),
    word(IndicatorKind::Rating, "rating", "Xếp loại", "Rating"),
];

pub const SHAPES: &[Word<ShapeKind>] = &[
    word(ShapeKind::Level, "level", "Đạt mức", "Reach a level"),
    word(ShapeKind::AtLeast, "at_least", "Từ … trở lên", "At least"),
    word(ShapeKind::AtMost, "at_most", "Không quá", "At most"),
    word(ShapeKind::Below, "below", "Dưới", "Below"),
    word(ShapeKind::Above, "above", "Trên", "Above"),
    word(ShapeKind::Range, "range", "Trong khoảng", "Within a range"),
    word(ShapeKind::AnnualAverage, "annual_average", "Bình quân hằng năm", "Annual average"),
    word(ShapeKind::AverageGrowth, "average_growth", "Tăng bình quân (%/năm)", "Average growth (%/year)"),
    word(ShapeKind::CountOfTotal, "count_of_total", "Số đạt trên tổng số", "Count of a total"),
    word(ShapeKind::Composition, "composition", "Cơ cấu", "Composition"),
    word(ShapeKind::Milestone, "milestone", "Hoàn thành", "Milestone"),
    word(ShapeKind::ChangePerYear, "change_per_year", "Thay đổi mỗi năm", "Change per year"),
    word(ShapeKind::Maintain, "maintain", "Duy trì", "Maintain"),
    word(ShapeKind::GradeAtLeast, "grade_at_least", "Xếp loại từ … trở lên", "Grade at least"),
];

pub const STATUSES: &[Word<Status>] = &[
    word(Status::Exceeded, "exceeded", "Vượt", "Exceeded"),
    word(Status::Achieved, "achieved", "Đạt", "Achieved"),
    word(Status::NotAchieved, "not_achieved", "Không đạt", "Not achieved"),
    word(Status::NotYetDue, "not_yet_due", "Chưa đến hạn", "Not yet due"),
    word(Status::NoResult, "no_result", "Chưa có kết quả", "No result"),
];

/// What one row of the figures sheet holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    Target,
    Result,
    StatedStatus,
    /// A record that names its locality, indicator and term and nothing else yet.
    Placeholder,
}

pub const ROW_KINDS: &[Word<RowKind>] = &[
    word(RowKind::Target, "target", "Mục tiêu", "Target"),
    word(RowKind::Result, "result", "Kết quả", "Result"),
    word(RowKind::StatedStatus, "stated_status", "Trạng thái nguồn ghi", "Stated status"),
    word(RowKind::Placeholder, "placeholder", "Chưa có số liệu", "No figures yet"),
];

pub const YES_NO: &[Word<bool>] = &[word(true, "true", "Có", "Yes"), word(false, "false", "Không", "No")];

/// The value a cell's words name, if any.
pub fn find<T: Copy>(words: &'static [Word<T>], text: &str) -> Option<T> {
    position(words, text).map(|index| words[index].value)
}

/// The position in `words` of the word a cell's text names, if any.
pub fn position<T>(words: &'static [Word<T>], text: &str) -> Option<usize> {
    let key = matching_key(text);
    let plain = key.replace(['…', '.'], "").split_whitespace().collect::<Vec<_>>().join(" ");
    words.iter().position(|word| {
        [word.id, word.vi, word.en].iter().any(|name| {
            let name = matching_key(name);
            name == key || name.replace(['…', '.'], "").split_whitespace().collect::<Vec<_>>().join(" ") == plain
        })
    })
}

/// The position of the one word whose names match `text` once diacritics are dropped ("Tren" →
/// "Trên"), when exactly one does: words typed without their marks.
pub fn position_unaccented<T>(words: &'static [Word<T>], text: &str) -> Option<usize> {
    let folded = |name: &str| {
        chitieu_core::search::fold(name).replace(['…', '.'], "").split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let wanted = folded(text);
    let mut matches = words
        .iter()
        .enumerate()
        .filter(|(_, word)| [word.id, word.vi, word.en].iter().any(|name| folded(name) == wanted))
        .map(|(index, _)| index);
    let first = matches.next()?;
    matches.next().is_none().then_some(first)
}

/// The Vietnamese word of a value, as the exported workbook writes it.
pub fn vi<T: PartialEq>(words: &'static [Word<T>], value: T) -> &'static str {
    words.iter().find(|word| word.value == value).map(|word| word.vi).unwrap_or("")
}

/// "Xã, Phường, …" for a message that lists what may be written.
pub fn listing<T>(words: &'static [Word<T>]) -> (String, String) {
    let vi = words.iter().map(|word| format!("'{}'", word.vi)).collect::<Vec<_>>().join(", ");
    let en = words.iter().map(|word| format!("'{}'", word.en)).collect::<Vec<_>>().join(", ");
    (vi, en)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_read_in_either_language_as_ids_and_in_any_spelling() {
        assert_eq!(find(DIRECTIONS, "càng cao càng tốt"), Some(Direction::HigherIsBetter));
        assert_eq!(find(DIRECTIONS, "  Lower is better "), Some(Direction::LowerIsBetter));
        assert_eq!(find(DIRECTIONS, "target_is_best"), Some(Direction::TargetIsBest));
        // Decomposed marks and the old tone placement.
        assert_eq!(find(SHAPES, "Duy tri\u{300}"), Some(ShapeKind::Maintain));
        assert_eq!(find(SHAPES, "từ trở lên"), Some(ShapeKind::AtLeast));
        assert_eq!(find(SHAPES, "Từ ... trở lên"), Some(ShapeKind::AtLeast));
        assert_eq!(find(LEVELS, "xã"), Some(Level::Commune));
        assert_eq!(find(YES_NO, "có"), Some(true));
        assert_eq!(find(STATUSES, "đạt"), Some(Status::Achieved));
        assert_eq!(find(STATUSES, "đạt được"), None);
        // Without diacritics: read when only one word fits.
        assert_eq!(find(SHAPES, "Tren"), None);
        assert_eq!(position_unaccented(SHAPES, "Tren").map(|index| SHAPES[index].value), Some(ShapeKind::Above));
        assert_eq!(
            position_unaccented(DIRECTIONS, "cang cao cang tot").map(|index| DIRECTIONS[index].value),
            Some(Direction::HigherIsBetter)
        );
        assert_eq!(position_unaccented(STATUSES, "Dat").map(|index| STATUSES[index].value), Some(Status::Achieved));
    }

    #[test]
    fn every_word_of_a_set_is_distinct_once_read() {
        fn distinct<T: Copy + PartialEq + std::fmt::Debug>(words: &'static [Word<T>]) {
            for word in words {
                for name in [word.id, word.vi, word.en] {
                    assert_eq!(find(words, name), Some(word.value), "{name}");
                }
            }
        }
        distinct(LEVELS);
        distinct(DIRECTIONS);
        distinct(KINDS);
        distinct(SHAPES);
        distinct(STATUSES);
        distinct(ROW_KINDS);
        distinct(YES_NO);
    }
}
