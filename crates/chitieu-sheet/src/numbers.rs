//! Numbers as people type them into a spreadsheet cell that holds text: the Vietnamese way
//! ("2.732,16", "1,44 %"), the English way ("2,732.16"), with a percent sign, with spaces or
//! non-breaking spaces between groups, and with "ước" (estimated) in front.

/// A number read from text, and how it was read.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reading {
    pub value: f64,
    /// The text said "ước", "ước đạt", "ước tính" or "khoảng": an estimate.
    pub estimated: bool,
    /// One separator followed by exactly three digits ("2.732", "2,732"): it could be a thousands
    /// separator or a decimal one. The reading follows the Vietnamese convention (dot for
    /// thousands, comma for decimals) and is shown to the person, so a wrong guess is visible.
    pub ambiguous: bool,
}

/// Why a text is not a number, with the part that is a number when there is one ("12,5 tỷ").
#[derive(Debug, Clone, PartialEq)]
pub struct NotANumber {
    /// The number at the start of the text and the words after it, when the text is a number
    /// followed by a unit ("12,5 tỷ" → ("12,5", "tỷ")).
    pub number_then_words: Option<(String, String)>,
}

const ESTIMATE_WORDS: &[&str] = &["ước đạt", "ước tính", "ước", "khoảng", "~"];

pub fn read(text: &str) -> Result<Reading, NotANumber> {
    let text = chitieu_core::vietnamese::normalize(text);
    let mut rest = text.trim().trim_matches('\u{a0}').trim();
    let mut estimated = false;
    let lower = rest.to_lowercase();
    for word in ESTIMATE_WORDS {
        if lower.starts_with(word) {
            rest = rest[word.len()..].trim();
            estimated = true;
            break;
        }
    }
    let rest = rest.strip_suffix('%').unwrap_or(rest).trim_end();
    let (sign, digits) = match rest.chars().next() {
        Some('-' | '−') => (-1.0, &rest[rest.chars().next().map_or(0, char::len_utf8)..]),
        Some('+') => (1.0, &rest[1..]),
        _ => (1.0, rest),
    };
    let compact: String = digits.chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}')).collect();
    match plain_number(&compact) {
        Some((value, ambiguous)) => Ok(Reading { value: sign * value, estimated, ambiguous }),
        None => Err(NotANumber { number_then_words: split_number_and_words(rest) }),
    }
}

/// Digits with at most one kind of decimal separator and groups of three: the value, and whether
/// the reading was a guess.
fn plain_number(text: &str) -> Option<(f64, bool)> {
    if text.is_empty() || !text.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        return None;
    }
    let dots = text.matches('.').count();
    let commas = text.matches(',').count();
    let (thousands, decimal, ambiguous) = match (dots, commas) {
        (0, 0) => (None, None, false),
        (_, 0) if dots > 1 => (Some('.'), None, false),
        (0, _) if commas > 1 => (Some(','), None, false),
        (1, 0) => {
            // "2.732": Vietnamese thousands; "1.5" or "67.25": an English decimal point.
            if digits_after(text, '.') == 3 {
                (Some('.'), None, true)
            } else {
                (None, Some('.'), false)
            }
        }
        (0, 1) => (None, Some(','), digits_after(text, ',') == 3),
        _ => {
            // Both: the last one is the decimal separator ("2.732,16" and "2,732.16").
            if text.rfind(',') > text.rfind('.') {
                if commas > 1 {
                    return None;
                }
                (Some('.'), Some(','), false)
            } else {
                if dots > 1 {
                    return None;
                }
                (Some(','), Some('.'), false)
            }
        }
    };
    let (whole, fraction) = match decimal {
        Some(separator) => text.split_once(separator)?,
        None => (text, ""),
    };
    if let Some(separator) = thousands {
        let groups: Vec<&str> = whole.split(separator).collect();
        let first_ok = (1..=3).contains(&groups[0].len());
        if !first_ok || groups[1..].iter().any(|group| group.len() != 3) {
            return None;
        }
    }
    let whole: String = whole.chars().filter(char::is_ascii_digit).collect();
    if whole.is_empty() && fraction.is_empty() {
        return None;
    }
    let written = if fraction.is_empty() { whole } else { format!("{whole}.{fraction}") };
    written.parse::<f64>().ok().filter(|value| value.is_finite()).map(|value| (value, ambiguous))
}

fn digits_after(text: &str, separator: char) -> usize {
    text.rsplit(separator).next().map_or(0, str::len)
}

/// "12,5 tỷ" → ("12,5", "tỷ").
fn split_number_and_words(text: &str) -> Option<(String, String)> {
    let end = text.find(|c: char| !(c.is_ascii_digit() || matches!(c, '.' | ',' | ' ' | '\u{a0}')))?;
    let (number, words) = text.split_at(end);
    let number = number.trim();
    let words = words.trim();
    let number_ok = plain_number(&number.replace([' ', '\u{a0}'], "")).is_some();
    (number_ok && !words.is_empty()).then(|| (number.to_string(), words.to_string()))
}

/// A number the way the workbook shows it in a message: "2.732,16".
pub fn vietnamese(value: f64) -> String {
    chitieu_core::format::number(value, chitieu_core::Lang::Vi)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The value read, whether it was an estimate, whether it was a guess.
    type Read = Option<(f64, bool, bool)>;

    fn value(text: &str) -> Read {
        read(text).ok().map(|reading| (reading.value, reading.estimated, reading.ambiguous))
    }

    #[test]
    fn numbers_typed_the_vietnamese_and_the_english_way() {
        let table: &[(&str, Read)] = &[
            ("2.732,16", Some((2732.16, false, false))),
            ("2,732.16", Some((2732.16, false, false))),
            ("1,44 %", Some((1.44, false, false))),
            ("95%", Some((95.0, false, false))),
            ("ước 76,6", Some((76.6, true, false))),
            ("Ước đạt 76,6", Some((76.6, true, false))),
            ("khoảng 12", Some((12.0, true, false))),
            ("-0,09", Some((-0.09, false, false))),
            ("−0,09", Some((-0.09, false, false))),
            ("1.234.567", Some((1_234_567.0, false, false))),
            ("1 234 567", Some((1_234_567.0, false, false))),
            ("1\u{a0}234,5", Some((1234.5, false, false))),
            ("67.25", Some((67.25, false, false))),
            ("0", Some((0.0, false, false))),
            ("  42  ", Some((42.0, false, false))),
            // One separator and three digits: read the Vietnamese way, and flagged.
            ("2.732", Some((2732.0, false, true))),
            ("2,732", Some((2.732, false, true))),
            ("12,5 tỷ", None),
            ("1.23.4", None),
            ("1,2,3.4,5", None),
            ("", None),
            ("abc", None),
            ("%", None),
            ("1e5", None),
        ];
        for (text, expected) in table {
            assert_eq!(value(text), *expected, "{text:?}");
        }
    }

    #[test]
    fn a_number_followed_by_a_unit_is_told_apart() {
        let error = read("12,5 tỷ").unwrap_err();
        assert_eq!(error.number_then_words, Some(("12,5".into(), "tỷ".into())));
        assert_eq!(read("nhiều").unwrap_err().number_then_words, None);
    }
}
