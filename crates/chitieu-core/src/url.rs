//! The screen state and its URL form: the public URL contract (see ../shared/PRODUCT.md).
//!
//! Parsing never fails: an unknown or malformed parameter is ignored and reported as a notice the
//! app shows without blocking anything. Writing gives back only what differs from the defaults,
//! in a stable order, so a copied link reopens exactly the same view.

use crate::i18n::Lang;
use crate::model::{Dataset, Status, Text};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Explore,
    Present,
    Kiosk,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Light,
    Dark,
    Contrast,
}

/// Which tab (view) the explore mode shows: the URL key is `view`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Overview,
    Ranking,
    Compare,
    Structure,
    Indicator,
    /// The places of one level and province side by side (`chart::places`).
    Places,
}

macro_rules! id_enum {
    ($type:ty, $($variant:path => $id:literal),+ $(,)?) => {
        impl $type {
            /// Every variant, in the order they are declared in (a test holds it).
            pub const ALL: &'static [$type] = &[$($variant),+];
            const IDS: &'static [&'static str] = &[$($id),+];
            pub fn id(self) -> &'static str {
                Self::IDS[self as usize]
            }
            pub fn from_id(id: &str) -> Option<Self> {
                Self::IDS.iter().position(|known| *known == id).map(|at| Self::ALL[at])
            }
        }
    };
}

id_enum!(Mode, Mode::Explore => "explore", Mode::Present => "present", Mode::Kiosk => "kiosk");
id_enum!(Theme, Theme::Light => "light", Theme::Dark => "dark", Theme::Contrast => "contrast");
id_enum!(Tab, Tab::Overview => "overview", Tab::Ranking => "ranking", Tab::Compare => "compare",
    Tab::Structure => "structure", Tab::Indicator => "indicator", Tab::Places => "places");

pub const MIN_SCALE: f64 = 0.75;
pub const MAX_SCALE: f64 = 3.0;
pub const DEFAULT_INTERVAL_SECONDS: u32 = 15;

/// Everything a link must reproduce.
#[derive(Debug, Clone, PartialEq)]
pub struct ScreenState {
    pub mode: Mode,
    pub lang: Lang,
    pub theme: Theme,
    pub scale: f64,
    /// A same-origin dataset URL (`?data=`).
    pub data: Option<String>,
    /// The locality id (URL key `unit`, kept for existing links).
    pub locality: Option<String>,
    pub term: Option<String>,
    pub domain: Option<String>,
    pub indicator: Option<String>,
    pub status: Option<Status>,
    /// The pace of targets not yet due (`?pace=behind`).
    pub pace: Option<crate::pace::Pace>,
    /// The indicator-name search (`?q=`).
    pub query: String,
    /// The explore tab (URL key `view`).
    pub tab: Tab,
    pub slide: Option<u32>,
    pub interval: Option<u32>,
}

impl Default for ScreenState {
    fn default() -> ScreenState {
        ScreenState {
            mode: Mode::Explore,
            lang: Lang::Vi,
            theme: Theme::Light,
            scale: 1.0,
            data: None,
            locality: None,
            term: None,
            domain: None,
            indicator: None,
            status: None,
            pace: None,
            query: String::new(),
            tab: Tab::Overview,
            slide: None,
            interval: None,
        }
    }
}

/// A parameter that was ignored, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub parameter: String,
    pub value: String,
    pub message: Text,
}

impl Notice {
    fn new(parameter: &str, value: &str, vi: String, en: String) -> Notice {
        Notice { parameter: parameter.into(), value: value.into(), message: Text { vi, en: Some(en) } }
    }
    fn invalid(parameter: &str, value: &str, expected_vi: &str, expected_en: &str) -> Notice {
        Notice::new(
            parameter,
            value,
            format!("Bỏ qua tham số \"{parameter}={value}\": cần {expected_vi}."),
            format!("Ignored \"{parameter}={value}\": expected {expected_en}."),
        )
    }
}

/// Parses a query string ("?lang=en&unit=ben-sung" or without the "?"). `data=` is kept only when
/// `is_same_origin` says it resolves to the page's own origin: the browser decides that with its own
/// URL resolution (backslashes, tabs and newlines included), which no string matching here could
/// reproduce.
pub fn parse_query(query: &str, is_same_origin: &dyn Fn(&str) -> bool) -> (ScreenState, Vec<Notice>) {
    let mut state = ScreenState::default();
    let mut notices = Vec::new();
    let mut theme_asked = false;
    for pair in query.trim_start_matches('?').split('&').filter(|pair| !pair.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let (key, value) = (decode(key), decode(value));
        let value = value.trim().to_string();
        let text = |value: &str| (!value.is_empty()).then(|| value.to_string());
        match key.as_str() {
            "mode" => match Mode::from_id(&value) {
                Some(mode) => state.mode = mode,
                None => notices.push(Notice::invalid(
                    "mode",
                    &value,
                    "explore, present hoặc kiosk",
                    "explore, present or kiosk",
                )),
            },
            "lang" => match Lang::from_id(&value) {
                Some(lang) => state.lang = lang,
                None => notices.push(Notice::invalid("lang", &value, "vi hoặc en", "vi or en")),
            },
            "theme" => match Theme::from_id(&value) {
                Some(theme) => {
                    state.theme = theme;
                    theme_asked = true;
                }
                None => notices.push(Notice::invalid(
                    "theme",
                    &value,
                    "light, dark hoặc contrast",
                    "light, dark or contrast",
                )),
            },
            "scale" => match value.parse::<f64>() {
                Ok(scale) if (MIN_SCALE..=MAX_SCALE).contains(&scale) => state.scale = scale,
                _ => notices.push(Notice::invalid("scale", &value, "một số từ 0.75 đến 3", "a number from 0.75 to 3")),
            },
            "data" => {
                if is_same_origin(&value) {
                    state.data = text(&value);
                } else {
                    notices.push(Notice::invalid(
                        "data",
                        &value,
                        "đường dẫn cùng nguồn gốc với trang",
                        "a URL on this page's own origin",
                    ));
                }
            }
            "unit" => state.locality = text(&value),
            "term" => state.term = text(&value),
            "domain" => state.domain = text(&value),
            "indicator" => state.indicator = text(&value),
            "status" => match Status::from_id(&value) {
                Some(status) => state.status = Some(status),
                None => notices.push(Notice::invalid(
                    "status",
                    &value,
                    "exceeded, achieved, not_achieved, not_yet_due hoặc no_result",
                    "exceeded, achieved, not_achieved, not_yet_due or no_result",
                )),
            },
            "pace" => match crate::pace::Pace::from_id(&value) {
                Some(pace) => state.pace = Some(pace),
                None => notices.push(Notice::invalid(
                    "pace",
                    &value,
                    "ahead, on_pace, behind, far_behind, wrong_way hoặc no_data",
                    "ahead, on_pace, behind, far_behind, wrong_way or no_data",
                )),
            },
            "q" => state.query = value,
            "view" => match Tab::from_id(&value) {
                Some(tab) => state.tab = tab,
                None => notices.push(Notice::invalid(
                    "view",
                    &value,
                    "overview, ranking, compare, places, structure hoặc indicator",
                    "overview, ranking, compare, places, structure or indicator",
                )),
            },
            "slide" => match value.parse::<u32>() {
                Ok(slide) if slide >= 1 => state.slide = Some(slide),
                _ => notices.push(Notice::invalid("slide", &value, "số trang từ 1 trở lên", "a slide number from 1")),
            },
            "interval" => match value.parse::<u32>() {
                Ok(seconds) if (2..=3600).contains(&seconds) => state.interval = Some(seconds),
                _ => {
                    notices.push(Notice::invalid("interval", &value, "số giây từ 2 đến 3600", "seconds from 2 to 3600"))
                }
            },
            _ => notices.push(Notice::new(
                &key,
                &value,
                format!("Bỏ qua tham số không xác định \"{key}\"."),
                format!("Ignored the unknown parameter \"{key}\"."),
            )),
        }
    }
    // No theme in the URL: the mode's own (`default_theme`).
    if !theme_asked {
        state.theme = default_theme(state.mode);
    }
    (state, notices)
}

/// The theme a mode opens in when the URL names none: a lobby screen is dark (less glare from
/// across the hall, and it does not light the room at night); the desk and the hall are light.
pub fn default_theme(mode: Mode) -> Theme {
    match mode {
        Mode::Kiosk => Theme::Dark,
        Mode::Explore | Mode::Present => Theme::Light,
    }
}

/// Writes the state back as a query string ("?lang=en&unit=ben-sung"), or "" for all defaults.
pub fn to_query(state: &ScreenState) -> String {
    let defaults = ScreenState::default();
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if state.mode != defaults.mode {
        pairs.push(("mode", state.mode.id().into()));
    }
    if state.lang != defaults.lang {
        pairs.push(("lang", state.lang.id().into()));
    }
    if state.theme != default_theme(state.mode) {
        pairs.push(("theme", state.theme.id().into()));
    }
    if (state.scale - defaults.scale).abs() > 1e-9 {
        pairs.push(("scale", format!("{}", state.scale)));
    }
    let optional = [
        ("data", &state.data),
        ("unit", &state.locality),
        ("term", &state.term),
        ("domain", &state.domain),
        ("indicator", &state.indicator),
    ];
    for (key, value) in optional {
        if let Some(value) = value {
            pairs.push((key, value.clone()));
        }
    }
    if let Some(status) = state.status {
        pairs.push(("status", status.id().into()));
    }
    if let Some(pace) = state.pace {
        pairs.push(("pace", pace.id().into()));
    }
    if !state.query.is_empty() {
        pairs.push(("q", state.query.clone()));
    }
    if state.tab != defaults.tab {
        pairs.push(("view", state.tab.id().into()));
    }
    if let Some(slide) = state.slide {
        pairs.push(("slide", slide.to_string()));
    }
    if let Some(interval) = state.interval {
        pairs.push(("interval", interval.to_string()));
    }
    if pairs.is_empty() {
        return String::new();
    }
    let joined: Vec<String> = pairs.into_iter().map(|(key, value)| format!("{key}={}", encode(&value))).collect();
    format!("?{}", joined.join("&"))
}

impl ScreenState {
    /// Drops ids the dataset does not have, with a notice for each.
    pub fn reconcile(&mut self, dataset: &Dataset) -> Vec<Notice> {
        let mut notices = Vec::new();
        let mut check = |parameter: &str, value: &mut Option<String>, known: bool| {
            if let Some(id) = value.as_ref().filter(|_| !known) {
                notices.push(Notice::new(
                    parameter,
                    id,
                    format!("Bỏ qua \"{parameter}={id}\": bộ dữ liệu không có mã này."),
                    format!("Ignored \"{parameter}={id}\": the dataset has no such id."),
                ));
                *value = None;
            }
        };
        let locality_known = self.locality.as_deref().is_none_or(|id| dataset.locality(id).is_some());
        check("unit", &mut self.locality, locality_known);
        let term_known = self.term.as_deref().is_none_or(|id| dataset.term(id).is_some());
        check("term", &mut self.term, term_known);
        let domain_known = self.domain.as_deref().is_none_or(|id| dataset.domain(id).is_some());
        check("domain", &mut self.domain, domain_known);
        let indicator_known = self.indicator.as_deref().is_none_or(|id| dataset.indicator(id).is_some());
        check("indicator", &mut self.indicator, indicator_known);
        notices
    }
}

/// Percent-decoding of a query component ('+' is a space); invalid sequences stay as they are.
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        match bytes[index] {
            b'+' => out.push(b' '),
            b'%' if index + 2 < bytes.len()
                && bytes[index + 1].is_ascii_hexdigit()
                && bytes[index + 2].is_ascii_hexdigit() =>
            {
                let hex = std::str::from_utf8(&bytes[index + 1..index + 3]).unwrap_or("00");
                out.push(u8::from_str_radix(hex, 16).unwrap_or(b'%'));
                index += 2;
            }
            byte => out.push(byte),
        }
        index += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Percent-encoding of a query component: unreserved characters stay, everything else is encoded.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~/".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `id` reads its id by the variant's number: the ids are listed in the variants' order, and
    /// `from_id` gives the variant back.
    #[test]
    fn ids_are_listed_in_the_variants_order() {
        for (position, mode) in Mode::ALL.iter().enumerate() {
            assert_eq!((*mode as usize, Mode::from_id(mode.id())), (position, Some(*mode)));
        }
        for (position, theme) in Theme::ALL.iter().enumerate() {
            assert_eq!((*theme as usize, Theme::from_id(theme.id())), (position, Some(*theme)));
        }
        for (position, tab) in Tab::ALL.iter().enumerate() {
            assert_eq!((*tab as usize, Tab::from_id(tab.id())), (position, Some(*tab)));
        }
        assert_eq!((Mode::Kiosk.id(), Theme::Contrast.id(), Tab::Places.id()), ("kiosk", "contrast", "places"));
        assert_eq!(Tab::from_id("nope"), None);
    }

    /// Stands in for the browser's decision: only paths under "data/" or "/data/" count as ours.
    fn same_origin(url: &str) -> bool {
        url.starts_with("data/") || url.starts_with("/data/")
    }

    fn check(query: &str, expected_notices: &[&str]) -> ScreenState {
        let (state, notices) = parse_query(query, &same_origin);
        let parameters: Vec<&str> = notices.iter().map(|notice| notice.parameter.as_str()).collect();
        assert_eq!(parameters, expected_notices, "{notices:#?}");
        state
    }

    #[test]
    fn a_kiosk_is_dark_unless_the_url_asks_for_a_theme() {
        assert_eq!(check("mode=kiosk", &[]).theme, Theme::Dark);
        assert_eq!(check("mode=kiosk&theme=light", &[]).theme, Theme::Light);
        assert_eq!(check("mode=present", &[]).theme, Theme::Light);
        for query in ["mode=kiosk", "mode=kiosk&theme=light", "mode=kiosk&theme=dark", "theme=dark"] {
            let state = check(query, &[]);
            assert_eq!(check(&to_query(&state), &[]), state, "the address bar keeps {query}");
        }
        assert_eq!(to_query(&check("mode=kiosk&theme=light", &[])), "?mode=kiosk&theme=light");
    }

    #[test]
    fn an_empty_query_gives_the_defaults() {
        assert_eq!(check("", &[]), ScreenState::default());
        assert_eq!(to_query(&ScreenState::default()), "");
    }

    #[test]
    fn every_parameter_of_the_contract_is_read() {
        let state = check(
            "?mode=kiosk&lang=en&theme=contrast&scale=1.5&data=data/other.json&unit=ben-sung&term=2020-2025&domain=economy&indicator=income-per-capita&status=not_achieved&pace=behind&q=ho+ngheo&view=ranking&slide=3&interval=20",
            &[],
        );
        assert_eq!(state.pace, Some(crate::pace::Pace::Behind));
        assert_eq!(state.mode, Mode::Kiosk);
        assert_eq!(state.lang, Lang::En);
        assert_eq!(state.theme, Theme::Contrast);
        assert_eq!(state.scale, 1.5);
        assert_eq!(state.data.as_deref(), Some("data/other.json"));
        assert_eq!(state.locality.as_deref(), Some("ben-sung"));
        assert_eq!(state.status, Some(Status::NotAchieved));
        assert_eq!(state.query, "ho ngheo");
        assert_eq!(state.tab, Tab::Ranking);
        assert_eq!((state.slide, state.interval), (Some(3), Some(20)));
    }

    #[test]
    fn malformed_values_are_ignored_with_a_notice_each() {
        let state = check(
            "mode=party&scale=10&theme=pink&slide=0&interval=abc&lang=fr&wat=1&status=great&pace=fast&view=3d",
            &["mode", "scale", "theme", "slide", "interval", "lang", "wat", "status", "pace", "view"],
        );
        assert_eq!(state, ScreenState::default());
    }

    #[test]
    fn data_is_kept_only_when_the_page_says_it_is_on_its_origin() {
        check("data=https://evil.example/x.json", &["data"]);
        check("data=%5C/evil.host/x.json", &["data"]);
        assert_eq!(check("data=%2Fdata%2Fx.json", &[]).data.as_deref(), Some("/data/x.json"));
        let (_, notices) = parse_query("data=/%5Cevil.host/x.json", &|url| {
            assert_eq!(url, "/\\evil.host/x.json", "the decoded value is what the page resolves");
            false
        });
        assert_eq!(notices.len(), 1);
    }

    #[test]
    fn writing_then_reading_gives_back_the_same_state() {
        let state = ScreenState {
            lang: Lang::En,
            theme: Theme::Dark,
            scale: 1.25,
            locality: Some("ben-sung".into()),
            term: Some("2020-2025".into()),
            status: Some(Status::Exceeded),
            pace: Some(crate::pace::Pace::FarBehind),
            query: "hộ nghèo & cận nghèo".into(),
            tab: Tab::Indicator,
            indicator: Some("poverty-rate".into()),
            ..ScreenState::default()
        };
        let query = to_query(&state);
        assert!(query.starts_with("?lang=en&theme=dark&scale=1.25&unit=ben-sung"), "{query}");
        assert_eq!(parse_query(&query, &same_origin), (state, Vec::new()));
    }

    #[test]
    fn decoding_survives_broken_escapes() {
        assert_eq!(decode("a%2"), "a%2");
        assert_eq!(decode("%zz"), "%zz");
        assert_eq!(decode("h%E1%BB%99"), "hộ");
        assert_eq!(decode("%"), "%");
    }

    #[test]
    fn ids_the_dataset_lacks_are_dropped_with_a_notice() {
        let dataset = crate::load::load(&crate::load::tests::valid_json().to_string()).into_valid().unwrap();
        let mut state = ScreenState {
            locality: Some("nowhere".into()),
            indicator: Some("income".into()),
            ..ScreenState::default()
        };
        let notices = state.reconcile(&dataset);
        assert_eq!(notices.len(), 1);
        assert_eq!(state.locality, None);
        assert_eq!(state.indicator.as_deref(), Some("income"));
    }
}
