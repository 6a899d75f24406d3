//! Languages and the user-visible strings of the core (status names, directions, units of time).
//! The app's interface strings live beside its components; every one exists in both languages.

use crate::model::{Direction, Status, Text};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    pub fn id(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }
    pub fn from_id(id: &str) -> Option<Lang> {
        match id {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
    /// Picks the string for this language from a (Vietnamese, English) pair.
    pub fn pick<'a>(self, vi: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Vi => vi,
            Lang::En => en,
        }
    }
}

impl Text {
    /// The text in `lang`, falling back to Vietnamese when the English is missing.
    pub fn get(&self, lang: Lang) -> &str {
        match (lang, &self.en) {
            (Lang::En, Some(en)) if !en.is_empty() => en,
            _ => &self.vi,
        }
    }
}

/// The name of an explore tab, as its button and the page title say it.
pub fn tab_name(tab: crate::url::Tab, lang: Lang) -> &'static str {
    use crate::url::Tab;
    match tab {
        Tab::Overview => lang.pick("Tổng quan", "Overview"),
        Tab::Ranking => lang.pick("Xếp hạng", "Ranking"),
        Tab::Indicator => lang.pick("Chi tiết chỉ tiêu", "Indicator detail"),
        Tab::Compare => lang.pick("So sánh địa phương", "Compare localities"),
        Tab::Structure => lang.pick("Cơ cấu kinh tế", "Economic structure"),
        Tab::Places => lang.pick("Tất cả địa phương", "All places"),
    }
}

/// The page title: what is on screen first, so tabs and bookmarks tell places apart.
pub fn page_title(tab: Option<crate::url::Tab>, place: Option<&str>, lang: Lang) -> String {
    let what = match tab {
        Some(tab) => tab_name(tab, lang),
        None => lang.pick("Trình chiếu", "Presentation"),
    };
    match place {
        Some(place) => format!("{what} — {place} · Chỉ Tiêu"),
        None => format!("{what} · Chỉ Tiêu"),
    }
}

pub fn status_name(status: Status, lang: Lang) -> &'static str {
    match status {
        Status::Exceeded => lang.pick("Vượt", "Exceeded"),
        Status::Achieved => lang.pick("Đạt", "Achieved"),
        Status::NotAchieved => lang.pick("Không đạt", "Not achieved"),
        Status::NotYetDue => lang.pick("Chưa đến hạn", "Not yet due"),
        Status::NoResult => lang.pick("Chưa có kết quả", "No result"),
    }
}

/// What every view, slide and export of an illustrative dataset says.
pub fn illustrative_notice(lang: Lang) -> &'static str {
    lang.pick("Dữ liệu minh họa — không phải số liệu thật", "Illustrative data — not real figures")
}

/// The pace of a target not yet due.
pub fn pace_name(pace: crate::pace::Pace, lang: Lang) -> &'static str {
    use crate::pace::Pace;
    match pace {
        Pace::Ahead => lang.pick("Vượt tiến độ", "Ahead"),
        Pace::OnPace => lang.pick("Đúng tiến độ", "On pace"),
        Pace::Behind => lang.pick("Chậm tiến độ", "Behind"),
        Pace::FarBehind => lang.pick("Chậm nhiều", "Far behind"),
        Pace::WrongWay => lang.pick("Đi ngược hướng", "Going the wrong way"),
        Pace::NoData => lang.pick("Chưa có số liệu", "No data yet"),
    }
}

/// A trend in words with an arrow for the way the value moved (↑ up, ↓ down, → flat), so that a
/// fall in poverty reads "↓ cải thiện": the arrow is the number, the word is what it means.
pub fn trend_words(trend: &crate::pace::Trend, lang: Lang) -> String {
    use crate::pace::TrendDirection;
    let arrow = if trend.direction == TrendDirection::Flat {
        "→"
    } else if trend.to > trend.from {
        "↑"
    } else {
        "↓"
    };
    let words = match trend.direction {
        TrendDirection::Improving => lang.pick("cải thiện", "improving"),
        TrendDirection::Flat => lang.pick("không đổi", "flat"),
        TrendDirection::Worsening => lang.pick("xấu đi", "worsening"),
    };
    format!("{arrow} {words}")
}

/// A symbol per status, so that status is never told by colour alone.
pub fn status_symbol(status: Status) -> &'static str {
    match status {
        Status::Exceeded => "▲",
        Status::Achieved => "✓",
        Status::NotAchieved => "✗",
        Status::NotYetDue => "◷",
        Status::NoResult => "–",
    }
}

pub fn direction_name(direction: Direction, lang: Lang) -> &'static str {
    match direction {
        Direction::HigherIsBetter => lang.pick("càng cao càng tốt", "higher is better"),
        Direction::LowerIsBetter => lang.pick("càng thấp càng tốt", "lower is better"),
        Direction::TargetIsBest => lang.pick("đúng mục tiêu là tốt nhất", "on target is best"),
    }
}

#[cfg(test)]
mod page_title_tests {
    use super::*;
    use crate::url::Tab;

    #[test]
    fn the_page_title_names_the_view_and_the_place() {
        assert_eq!(
            page_title(Some(Tab::Ranking), Some("Thị trấn Bến Sung, 2020-2025"), Lang::Vi),
            "Xếp hạng — Thị trấn Bến Sung, 2020-2025 · Chỉ Tiêu"
        );
        assert_eq!(page_title(None, None, Lang::En), "Presentation · Chỉ Tiêu");
    }
}
