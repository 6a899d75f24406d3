//! Search that ignores Vietnamese diacritics and case: "ho ngheo" finds "hộ nghèo".

/// Folds a string to lower-case ASCII-ish letters: diacritics removed, "đ" to "d". Decomposed
/// text (NFD) is composed first, so it folds the same.
pub fn fold(text: &str) -> String {
    crate::vietnamese::normalize(text).chars().flat_map(char::to_lowercase).map(fold_char).collect()
}

fn fold_char(c: char) -> char {
    const GROUPS: &[(&str, char)] = &[
        ("àáảãạăằắẳẵặâầấẩẫậ", 'a'),
        ("èéẻẽẹêềếểễệ", 'e'),
        ("ìíỉĩị", 'i'),
        ("òóỏõọôồốổỗộơờớởỡợ", 'o'),
        ("ùúủũụưừứửữự", 'u'),
        ("ỳýỷỹỵ", 'y'),
        ("đ", 'd'),
    ];
    if c.is_ascii() {
        return c;
    }
    GROUPS.iter().find(|(group, _)| group.contains(c)).map_or(c, |(_, base)| *base)
}

/// Whether every word of `query` occurs in `text`, both folded.
pub fn matches(text: &str, query: &str) -> bool {
    let text = fold(text);
    fold(query).split_whitespace().all(|word| text.contains(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_without_diacritics_finds_vietnamese_text() {
        assert!(matches("Tỉ lệ hộ nghèo", "ho ngheo"));
        assert!(matches("Thu nhập bình quân đầu người", "THU NHAP dau nguoi"));
        assert!(matches("Tổng đàn gia súc", "đàn"));
    }

    #[test]
    fn a_missing_word_does_not_match() {
        assert!(!matches("Tỉ lệ hộ nghèo", "ho can ngheo"));
    }

    #[test]
    fn folding_removes_every_vietnamese_diacritic() {
        assert_eq!(fold("Đảng viên mới kết nạp"), "dang vien moi ket nap");
        assert_eq!(fold("Ỷ Ữ Ợ"), "y u o");
        assert_eq!(fold("ho\u{302}\u{323} nghe\u{300}o"), "ho ngheo", "decomposed text folds the same");
    }
}
