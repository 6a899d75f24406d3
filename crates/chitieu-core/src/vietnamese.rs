//! Vietnamese spellings that mean the same, made the same: for matching names (composition parts
//! such as "thuỷ sản" and "thủy sản"), not for showing them.
//!
//! Two things make equal words differ byte for byte:
//! - Unicode form. Text from some editors and legacy converters arrives decomposed (NFD: "u" +
//!   U+031B horn + U+0309 hook above) or half composed ("ư" + U+0309), with the marks in either
//!   order; the usual form is one precomposed letter (NFC: "ử"). `normalize` composes every
//!   Vietnamese letter written with combining marks into its precomposed letter, as NFC does.
//! - Where the tone mark sits. Both "thủy" (old style, on the first vowel) and "thuỷ" (new style,
//!   on the main vowel) are standard, as are "hòa" and "hoà". `normalize` moves the tone of the
//!   open syllable endings oa, oe and uy to the second vowel (the new style): òa→oà, óa→oá,
//!   ỏa→oả, õa→oã, ọa→oạ, the same for oe, and ùy→uỳ, úy→uý, ủy→uỷ, ũy→uỹ, ụy→uỵ, in upper case
//!   too. Syllables where the two styles agree ("hoàng", "khuyến") are left alone.
//!
//! The tables cover the Vietnamese letters only (24 rows of six letters and twelve letters with
//! a vowel mark), which keeps the browser build small: a general Unicode normaliser
//! (the `unicode-normalization` crate) carries tables for every script. Text in other scripts
//! passes through unchanged.

/// The tone marks as combining characters, in the order of the rows of `TONED`: huyền, sắc, hỏi,
/// ngã, nặng.
const TONE_MARKS: [char; 5] = ['\u{300}', '\u{301}', '\u{309}', '\u{303}', '\u{323}'];

/// The vowel marks as combining characters: breve (ă), circumflex (â, ê, ô) and horn (ơ, ư).
const VOWEL_MARKS: [char; 3] = ['\u{306}', '\u{302}', '\u{31b}'];

/// Each row: a vowel without a tone, then with huyền, sắc, hỏi, ngã and nặng.
const TONED: [&str; 24] = [
    "aàáảãạ",
    "ăằắẳẵặ",
    "âầấẩẫậ",
    "eèéẻẽẹ",
    "êềếểễệ",
    "iìíỉĩị",
    "oòóỏõọ",
    "ôồốổỗộ",
    "ơờớởỡợ",
    "uùúủũụ",
    "ưừứửữự",
    "yỳýỷỹỵ",
    "AÀÁẢÃẠ",
    "ĂẰẮẲẴẶ",
    "ÂẦẤẨẪẬ",
    "EÈÉẺẼẸ",
    "ÊỀẾỂỄỆ",
    "IÌÍỈĨỊ",
    "OÒÓỎÕỌ",
    "ÔỒỐỔỖỘ",
    "ƠỜỚỞỠỢ",
    "UÙÚỦŨỤ",
    "ƯỪỨỬỮỰ",
    "YỲÝỶỸỴ",
];

/// The vowels with a vowel mark: (vowel, combining mark, the precomposed letter).
const MARKED: [(char, char, char); 12] = [
    ('a', '\u{306}', 'ă'),
    ('a', '\u{302}', 'â'),
    ('e', '\u{302}', 'ê'),
    ('o', '\u{302}', 'ô'),
    ('o', '\u{31b}', 'ơ'),
    ('u', '\u{31b}', 'ư'),
    ('A', '\u{306}', 'Ă'),
    ('A', '\u{302}', 'Â'),
    ('E', '\u{302}', 'Ê'),
    ('O', '\u{302}', 'Ô'),
    ('O', '\u{31b}', 'Ơ'),
    ('U', '\u{31b}', 'Ư'),
];

/// A Vietnamese vowel taken apart: the plain vowel, its vowel mark and its tone (an index into
/// `TONE_MARKS`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Vowel {
    plain: char,
    vowel_mark: Option<char>,
    tone: Option<usize>,
}

impl Vowel {
    /// Takes a precomposed Vietnamese vowel apart; `None` for any other character.
    fn split(letter: char) -> Option<Vowel> {
        if letter.is_ascii() {
            return "aeiouyAEIOUY".contains(letter).then_some(Vowel { plain: letter, vowel_mark: None, tone: None });
        }
        TONED.iter().find_map(|row| {
            let position = row.chars().position(|candidate| candidate == letter)?;
            let untoned = row.chars().next()?;
            let (plain, vowel_mark) = MARKED
                .iter()
                .find(|(_, _, marked)| *marked == untoned)
                .map_or((untoned, None), |(plain, mark, _)| (*plain, Some(*mark)));
            Some(Vowel { plain, vowel_mark, tone: position.checked_sub(1) })
        })
    }

    /// The precomposed letter; `None` when Vietnamese has no such letter.
    fn compose(self) -> Option<char> {
        let untoned = match self.vowel_mark {
            Some(mark) => MARKED.iter().find(|(plain, candidate, _)| *plain == self.plain && *candidate == mark)?.2,
            None => self.plain,
        };
        let row = TONED.iter().find(|row| row.starts_with(untoned))?;
        row.chars().nth(self.tone.map_or(0, |tone| tone + 1))
    }
}

fn is_combining_mark(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// The tone a combining mark stands for, counting the deprecated tone marks U+0340 and U+0341
/// (which Unicode makes equal to the grave and acute accents).
fn tone_of_mark(mark: char) -> Option<usize> {
    let mark = match mark {
        '\u{340}' => '\u{300}',
        '\u{341}' => '\u{301}',
        other => other,
    };
    TONE_MARKS.iter().position(|tone| *tone == mark)
}

/// A letter followed by its combining marks, composed into one Vietnamese letter; `None` when
/// the marks do not make a Vietnamese letter (then the text is kept as it was written).
fn compose_cluster(base: char, marks: &[char]) -> Option<char> {
    let mut vowel = Vowel::split(base).or_else(|| {
        TONED.iter().any(|row| row.starts_with(base)).then_some(Vowel { plain: base, vowel_mark: None, tone: None })
    })?;
    for &mark in marks {
        if let Some(tone) = tone_of_mark(mark) {
            if vowel.tone.replace(tone).is_some() {
                return None;
            }
        } else if VOWEL_MARKS.contains(&mark) && vowel.vowel_mark.is_none() {
            vowel.vowel_mark = Some(mark);
        } else {
            return None;
        }
    }
    vowel.compose()
}

/// The text with every Vietnamese letter precomposed (NFC) and the tone of the open endings oa,
/// oe and uy on the second vowel ("thủy" → "thuỷ", "hòa" → "hoà"); everything else unchanged.
pub fn normalize(text: &str) -> String {
    // Most text needs nothing: no combining mark, and no toned o or u that could start an old-style
    // ending. Searching, which folds every row on every keystroke, takes this path.
    const OLD_STYLE_STARTS: &str = "òóỏõọùúủũụÒÓỎÕỌÙÚỦŨỤ";
    if !text.chars().any(|c| is_combining_mark(c) || OLD_STYLE_STARTS.contains(c)) {
        return text.to_string();
    }
    let mut composed: Vec<char> = Vec::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(base) = chars.next() {
        let mut marks = Vec::new();
        while let Some(&mark) = chars.peek().filter(|c| is_combining_mark(**c)) {
            marks.push(mark);
            chars.next();
        }
        match (marks.is_empty(), compose_cluster(base, &marks)) {
            (false, Some(letter)) => composed.push(letter),
            _ => {
                composed.push(base);
                composed.extend(marks);
            }
        }
    }
    move_tones_to_the_main_vowel(&mut composed);
    composed.into_iter().collect()
}

/// "òa" → "oà", "ủy" → "uỷ" and so on, where the pair ends the syllable.
fn move_tones_to_the_main_vowel(letters: &mut [char]) {
    for index in 0..letters.len().saturating_sub(1) {
        let ends_syllable = letters.get(index + 2).is_none_or(|next| !next.is_alphabetic());
        let (Some(first), Some(second)) = (Vowel::split(letters[index]), Vowel::split(letters[index + 1])) else {
            continue;
        };
        let is_pair = matches!(
            (first.plain.to_ascii_lowercase(), second.plain.to_ascii_lowercase()),
            ('o', 'a') | ('o', 'e') | ('u', 'y')
        );
        let plain_vowels = first.vowel_mark.is_none() && second.vowel_mark.is_none();
        if !(ends_syllable && is_pair && plain_vowels && first.tone.is_some() && second.tone.is_none()) {
            continue;
        }
        let moved_first = Vowel { tone: None, ..first }.compose();
        let moved_second = Vowel { tone: first.tone, ..second }.compose();
        if let (Some(moved_first), Some(moved_second)) = (moved_first, moved_second) {
            letters[index] = moved_first;
            letters[index + 1] = moved_second;
        }
    }
}

/// The form two names are compared in: normalised, lower case, with runs of white space made one
/// space and none at the ends. "Thủy sản", "thuỷ  sản" and the decomposed spellings of either
/// give the same key.
pub fn matching_key(text: &str) -> String {
    normalize(text).to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether two names are the same once normalised (`matching_key`).
pub fn same_name(first: &str, second: &str) -> bool {
    matching_key(first) == matching_key(second)
}

/// How many columns a text takes in a terminal: its characters once composed, combining marks
/// that could not be composed counting for nothing.
pub fn display_width(text: &str) -> usize {
    normalize(text).chars().filter(|c| !is_combining_mark(*c)).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Takes every precomposed Vietnamese letter of `text` apart into its base and marks, in the
    /// given order of vowel mark and tone, as NFD (or a careless editor) writes it.
    fn decompose(text: &str, tone_first: bool) -> String {
        let mut out = String::new();
        for c in text.chars() {
            match Vowel::split(c) {
                Some(vowel) => {
                    out.push(vowel.plain);
                    let tone = vowel.tone.map(|tone| TONE_MARKS[tone]);
                    let marks = if tone_first { [tone, vowel.vowel_mark] } else { [vowel.vowel_mark, tone] };
                    out.extend(marks.into_iter().flatten());
                }
                None => out.push(c),
            }
        }
        out
    }

    #[test]
    fn every_vietnamese_vowel_comes_apart_and_back_together() {
        let mut letters = 0;
        for row in TONED {
            for letter in row.chars() {
                let vowel = Vowel::split(letter).expect("a Vietnamese vowel");
                assert_eq!(vowel.compose(), Some(letter));
                for tone_first in [false, true] {
                    let written = decompose(&letter.to_string(), tone_first);
                    assert_eq!(normalize(&written), letter.to_string(), "{written:?}");
                }
                letters += 1;
            }
        }
        assert_eq!(letters, 144, "12 vowels × 6 tones × 2 cases");
    }

    #[test]
    fn spellings_of_the_same_word_give_the_same_key() {
        let families: [&[&str]; 5] = [
            &["Nông - lâm nghiệp - thuỷ sản", "Nông - lâm nghiệp - thủy sản", "NÔNG - LÂM NGHIỆP - THỦY SẢN"],
            &["hoà bình", "hòa bình", "Hoà  Bình "],
            &["khoẻ mạnh", "khỏe mạnh"],
            &["uỷ ban", "ủy ban", "Ủy ban", "UỶ BAN"],
            &["quý", "qúy"],
        ];
        for family in families {
            let expected = matching_key(family[0]);
            for spelling in family {
                // As written (NFC), decomposed (NFD), and decomposed with the tone before the
                // vowel mark.
                for written in [spelling.to_string(), decompose(spelling, false), decompose(spelling, true)] {
                    assert_eq!(matching_key(&written), expected, "{written:?}");
                }
            }
        }
    }

    #[test]
    fn different_words_stay_different_and_other_text_is_unchanged() {
        assert_ne!(matching_key("thủy sản"), matching_key("thủ sản"));
        assert_ne!(matching_key("Công nghiệp"), matching_key("Nông nghiệp"));
        // Where both styles agree, nothing moves: the tone is not at the end of the syllable.
        for unchanged in ["hoàng", "khuyến", "xoài", "thuở", "Dịch vụ, thương mại", "Ελληνικά", "e\u{308}"]
        {
            assert_eq!(normalize(unchanged), unchanged);
        }
        // The deprecated tone marks are the grave and acute accents.
        assert_eq!(normalize("a\u{340} a\u{341}"), "à á");
    }

    #[test]
    fn display_width_counts_letters_not_bytes_or_marks() {
        assert_eq!(display_width("Bến Sung"), 8);
        assert_eq!(display_width(&decompose("Bến Sung", false)), 8);
        assert_eq!(display_width("Quốc phòng - an ninh"), 20);
    }
}
