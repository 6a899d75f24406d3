//! Number formatting, the Vietnamese way by default: "2.732,16" (dot for thousands, comma for
//! decimals); English uses "2,732.16".

use crate::i18n::Lang;

/// The most decimals shown when none are asked for; trailing zeros are dropped.
pub const DEFAULT_MAX_DECIMALS: usize = 2;

/// Formats `value` with at most `max_decimals` decimals, trailing zeros dropped.
pub fn format_number(value: f64, max_decimals: usize, lang: Lang) -> String {
    if !value.is_finite() {
        return "—".to_string();
    }
    let (thousands, decimal) = match lang {
        Lang::Vi => ('.', ','),
        Lang::En => (',', '.'),
    };
    let fixed = format!("{:.*}", max_decimals, value.abs());
    let (integer, fraction) = match fixed.split_once('.') {
        Some((integer, fraction)) => (integer, fraction.trim_end_matches('0')),
        None => (fixed.as_str(), ""),
    };
    let mut out = String::new();
    let is_zero = integer.bytes().all(|b| b == b'0') && fraction.is_empty();
    if value < 0.0 && !is_zero {
        out.push('-');
    }
    let digits = integer.len();
    for (index, digit) in integer.chars().enumerate() {
        if index > 0 && (digits - index) % 3 == 0 {
            out.push(thousands);
        }
        out.push(digit);
    }
    if !fraction.is_empty() {
        out.push(decimal);
        out.push_str(fraction);
    }
    out
}

/// Formats with the default precision.
pub fn number(value: f64, lang: Lang) -> String {
    format_number(value, DEFAULT_MAX_DECIMALS, lang)
}

/// A value followed by its unit, separated by a no-break space: "2.732,16 tỷ đồng", "98,9 %".
pub fn with_unit(value: f64, unit: &str, lang: Lang) -> String {
    if unit.is_empty() {
        number(value, lang)
    } else {
        format!("{}\u{a0}{unit}", number(value, lang))
    }
}

/// A percentage: "88,05 %".
pub fn percent(value: f64, lang: Lang) -> String {
    with_unit(value, "%", lang)
}

/// A dataset date ("2025-09-30", "2025-09" or "2025") as people read it: "30/09/2025" in
/// Vietnamese, "30 Sep 2025" in English. Anything else is shown as it is.
pub fn date(iso: &str, lang: Lang) -> String {
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let parts: Vec<&str> = iso.split('-').collect();
    let month_name = |month: &str| month.parse::<usize>().ok().and_then(|m| MONTHS.get(m.wrapping_sub(1))).copied();
    match (parts.as_slice(), lang) {
        ([year, month, day], Lang::Vi) => format!("{day}/{month}/{year}"),
        ([year, month, day], Lang::En) => match month_name(month) {
            Some(name) => format!("{} {name} {year}", day.trim_start_matches('0')),
            None => iso.to_string(),
        },
        ([year, month], Lang::Vi) => format!("{month}/{year}"),
        ([year, month], Lang::En) => month_name(month).map_or_else(|| iso.to_string(), |name| format!("{name} {year}")),
        _ => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(value: f64, lang: Lang, expected: &str) {
        assert_eq!(number(value, lang), expected, "formatting {value} in {lang:?}");
    }

    #[test]
    fn vietnamese_uses_dot_for_thousands_and_comma_for_decimals() {
        check(2732.16, Lang::Vi, "2.732,16");
        check(1917.76, Lang::Vi, "1.917,76");
        check(76.6, Lang::Vi, "76,6");
        check(88.05, Lang::Vi, "88,05");
        check(10510.0, Lang::Vi, "10.510");
        check(1_234_567.0, Lang::Vi, "1.234.567");
        check(0.09, Lang::Vi, "0,09");
        check(100.0, Lang::Vi, "100");
    }

    #[test]
    fn english_uses_comma_for_thousands_and_dot_for_decimals() {
        check(2732.16, Lang::En, "2,732.16");
        check(76.6, Lang::En, "76.6");
    }

    #[test]
    fn negative_values_and_rounding_to_zero() {
        check(-0.09, Lang::Vi, "-0,09");
        check(-1234.5, Lang::Vi, "-1.234,5");
        check(-0.001, Lang::Vi, "0");
        check(0.005, Lang::Vi, "0,01");
    }

    #[test]
    fn non_finite_values_are_shown_as_a_dash() {
        check(f64::NAN, Lang::Vi, "—");
        check(f64::INFINITY, Lang::En, "—");
    }

    #[test]
    fn dates_read_the_vietnamese_or_english_way() {
        assert_eq!(date("2025-09-30", Lang::Vi), "30/09/2025");
        assert_eq!(date("2025-09-30", Lang::En), "30 Sep 2025");
        assert_eq!(date("2025-09", Lang::Vi), "09/2025");
        assert_eq!(date("2025", Lang::En), "2025");
        assert_eq!(date("2025-13-01", Lang::En), "2025-13-01");
    }

    #[test]
    fn units_follow_after_a_no_break_space() {
        assert_eq!(with_unit(2732.16, "tỷ đồng", Lang::Vi), "2.732,16\u{a0}tỷ đồng");
        assert_eq!(percent(98.9, Lang::Vi), "98,9\u{a0}%");
    }
}
