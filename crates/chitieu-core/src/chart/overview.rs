//! The overview of a locality and term: the ranking by % of target, the scorecard sentence and
//! the statuses per domain.

use super::filter::Filter;
use super::indicator::shown_result;
use super::spec::{Bar, BarChart, Colour, Segment, StackedChart, StackedRow};
use super::table::Cell;
use super::words::{listed_target, place_name, status_words};
use crate::format;
use crate::i18n::{status_name, status_symbol, Lang};
use crate::index::DatasetIndex;
use crate::model::Status;
use crate::scorecard::{scorecard, Counts, Scorecard};

/// Bars longer than this (in % of target) are drawn broken at the axis end, their label exact.
pub const RANKING_AXIS_CAP: f64 = 200.0;
/// The lowest start of the ranking's axis (in % of target): a % of target can be negative (a
/// result far worse than its target); bars below this are drawn broken, their label exact.
pub const RANKING_AXIS_FLOOR: f64 = -100.0;

// ---------------------------------------------------------------------------------------------
// Ranking: indicators of a locality and term by % of target.

pub fn ranking(index: &DatasetIndex, locality: &str, term: &str, filter: &Filter, lang: Lang) -> BarChart {
    let rows: Vec<_> =
        index.rows(locality, term).into_iter().filter(|row| filter.accepts(row.indicator, row.evaluation)).collect();
    // Indicators the filters keep that have no % of target (judged by the source, no result yet):
    // not drawn, but counted in the sentence, so "✓ 14 Đạt" does not open on six bars unexplained.
    let unranked = rows.iter().filter(|row| row.evaluation.percent_of_target.is_none()).count();
    let mut bars: Vec<Bar> = rows
        .iter()
        .filter_map(|row| {
            let percent = row.evaluation.percent_of_target?;
            let unit = row.indicator.unit.get(lang);
            let target = listed_target(*row, lang);
            let (result, result_text) = shown_result(*row, unit, lang);
            let cell = |text: String, number: Option<f64>| Cell { text, number };
            Some(Bar {
                unit: unit.to_string(),
                target: cell(target, row.evaluation.target_value),
                result: cell(result_text.unwrap_or_default(), result),
                key: row.indicator.id.clone(),
                label: row.indicator.name.get(lang).to_string(),
                value: percent,
                value_text: format::percent(percent, lang),
                status_text: status_words(row.evaluation, lang),
                status: row.evaluation.status,
                contested: row.evaluation.contested_by.is_some(),
            })
        })
        .collect();
    bars.sort_by(|a, b| b.value.total_cmp(&a.value));
    let largest = bars.iter().map(|bar| bar.value).fold(100.0, f64::max);
    let lowest = bars.iter().map(|bar| bar.value).fold(0.0, f64::min);
    let place = place_name(index, locality, term, lang);
    let title = match lang {
        Lang::Vi => format!("{place}: % mục tiêu theo chỉ tiêu"),
        Lang::En => format!("{place}: % of target by indicator"),
    };
    BarChart {
        description: ranking_sentence(&bars, &place, *filter != Filter::default(), lang)
            + &unranked_words(unranked, lang),
        title,
        axis_label: lang.pick("% mục tiêu (100 % = đạt mục tiêu)", "% of target (100 % = target met)").to_string(),
        bars,
        reference: Some(100.0),
        axis_min: lowest.max(RANKING_AXIS_FLOOR).floor(),
        axis_max: largest.min(RANKING_AXIS_CAP).ceil(),
        lang,
        value_header: lang.pick("% mục tiêu", "% of target").to_string(),
    }
}

/// What the ranking leaves out: " 8 chỉ tiêu không tính được % mục tiêu…", or nothing (not "8
/// other": when nothing is drawn there is no other, outside tester). It
/// names no tab or list: the sentence is read on the overview itself, on slides and in downloads
/// (outside tester: "danh sách ở tab Tổng quan" on the Tổng quan tab, and in an exported SVG).
fn unranked_words(unranked: usize, lang: Lang) -> String {
    match (unranked, lang) {
        (0, _) => String::new(),
        (n, Lang::Vi) => format!(
            " {n} chỉ tiêu không tính được % mục tiêu (đánh giá theo nguồn, không có mục tiêu định lượng hoặc chưa có kết quả) nên không có trong biểu đồ."
        ),
        (1, Lang::En) => " 1 indicator has no % of target (assessed by the source, no numeric target or no result yet), so it is not drawn.".to_string(),
        (n, Lang::En) => format!(
            " {n} indicators have no % of target (assessed by the source, no numeric target or no result yet), so they are not drawn."
        ),
    }
}

/// A domain's ranking on a slide, whose title counts its targets as the summary slide does (every
/// one judged, by the source too): the sentence names the lowest bar and what is not drawn, and no
/// second count of the bars alone ("2/4" under a title of "3/5", outside tester). `heading` opens
/// it ("Xã A, 2025-2030, Kinh tế"); `exceeded` is the title's count of targets exceeded.
pub fn ranking_slide_sentence(chart: &BarChart, heading: &str, exceeded: u32, unranked: usize, lang: Lang) -> String {
    let exceeded = match (exceeded, lang) {
        (0, _) => String::new(),
        (n, Lang::Vi) => format!("{n} vượt mục tiêu; "),
        (n, Lang::En) => format!("{n} exceeded their target; "),
    };
    let lowest = chart.bars.last().map_or(String::new(), |lowest| {
        let percent = format::percent(lowest.value, lang);
        match (lang, chart.bars.len()) {
            (Lang::Vi, 1) => format!("{} đạt {percent} mục tiêu", lowest.label),
            (Lang::En, 1) => format!("{} is at {percent} of target", lowest.label),
            (Lang::Vi, _) => format!("thấp nhất là {} với {percent} mục tiêu", lowest.label),
            (Lang::En, _) => format!("the lowest is {} at {percent} of target", lowest.label),
        }
    });
    format!("{heading}: {exceeded}{lowest}.{}", unranked_words(unranked, lang))
}

/// The ranking's sentence; with nothing to rank under a filter or a search, it says that nothing
/// matches rather than that no indicator has a % of target.
fn ranking_sentence(bars: &[Bar], place: &str, filtered: bool, lang: Lang) -> String {
    let met = bars.iter().filter(|bar| bar.status.is_some_and(Status::is_met)).count();
    let exceeded = bars.iter().filter(|bar| bar.status == Some(Status::Exceeded)).count();
    let n = bars.len();
    match (lang, bars.last()) {
        (Lang::Vi, None) if filtered => {
            format!("{place}: không có chỉ tiêu nào vừa khớp bộ lọc, tìm kiếm vừa tính được % mục tiêu.")
        }
        (Lang::En, None) if filtered => format!("{place}: no indicator matching the filters and search has a % of target."),
        (Lang::Vi, None) => format!("{place}: chưa có chỉ tiêu nào tính được % mục tiêu."),
        (Lang::En, None) => format!("{place}: no indicator has a % of target yet."),
        (Lang::Vi, Some(lowest)) => format!(
            "{place}: {met}/{n} chỉ tiêu đạt hoặc vượt mục tiêu ({exceeded} vượt); thấp nhất là {} với {} mục tiêu.",
            lowest.label,
            format::percent(lowest.value, lang)
        ),
        (Lang::En, Some(lowest)) => format!(
            "{place}: {met} of {n} indicators met or exceeded their target ({exceeded} exceeded); the lowest is {} at {} of target.",
            lowest.label,
            format::percent(lowest.value, lang)
        ),
    }
}

// ---------------------------------------------------------------------------------------------
// Overview: the scorecard and the domain breakdown.

/// The scorecard headline: "23/27 chỉ tiêu đạt, 10 vượt, …"; in a term under way the headline's
/// counts ("12 chỉ tiêu: 3 đạt (1 vượt), 2 không đạt, 7 chưa đến hạn"), the pace after them.
pub fn scorecard_sentence(card: &Scorecard, place: &str, lang: Lang) -> String {
    let Counts { assessed, .. } = card.total;
    let met = card.total.met();
    let exceeded = card.total.get(Status::Exceeded);
    let not_achieved = card.total.get(Status::NotAchieved);
    let no_result = card.total.get(Status::NoResult);
    let mut sentence = match lang {
        // Nothing met or missed yet, or a term under way: as the slide's headline says it rather
        // than "0/28 met" or "2/9 met", which count targets not yet due as missed.
        _ if card.total.get(Status::NotYetDue) > 0 || no_result == assessed => {
            format!("{place}, {}.", scorecard_headline(card, lang))
        }
        Lang::Vi => format!(
            "{place}: {met}/{assessed} chỉ tiêu đạt, {exceeded} vượt, {not_achieved} không đạt, {no_result} chưa có kết quả."
        ),
        Lang::En => format!(
            "{place}: {met} of {assessed} targets met, {exceeded} exceeded, {not_achieved} not achieved, {no_result} without a result."
        ),
    };
    if let Some(paces) = pace_summary(&card.total, lang) {
        sentence.push(' ');
        sentence.push_str(&paces);
    }
    if let Some(stated) = card.stated {
        // How many exceeded only when the source says it (not "? vượt").
        let exceeded = stated.exceeded.map_or(String::new(), |n| format!(", {n} {}", lang.pick("vượt", "exceeded")));
        sentence.push(' ');
        sentence.push_str(&match lang {
            Lang::Vi => format!("Nguồn ghi: {}/{} chỉ tiêu đạt{exceeded}.", stated.met, stated.total),
            Lang::En => format!("The source states {} of {} met{exceeded}.", stated.met, stated.total),
        });
    }
    sentence
}

/// The finding of a scorecard, for a slide's title: "24/29 chỉ tiêu đạt, 10 vượt"; in a term under
/// way "12 chỉ tiêu: 3 đạt (1 vượt), 2 không đạt, 7 chưa đến hạn" (not "3/12 đạt", which counts the
/// targets not yet due as missed); "36 chỉ tiêu, chưa có chỉ tiêu nào đến hạn" when none is due.
pub fn scorecard_headline(card: &Scorecard, lang: Lang) -> String {
    let assessed = card.total.assessed;
    let not_yet = card.total.get(Status::NotYetDue);
    let no_result = card.total.get(Status::NoResult);
    let (met, exceeded) = (card.total.met(), card.total.get(Status::Exceeded));
    let not_achieved = card.total.get(Status::NotAchieved);
    let pending = not_yet + no_result;
    // A term under way counts what there is, leaving out the zeros: "1 không đạt, 11 chưa đến hạn"
    // rather than a "0 đạt (0 vượt)" that leads a barely begun term (outside tester).
    let exceeded_words = match exceeded {
        0 => String::new(),
        n => format!(" ({n} {})", lang.pick("vượt", "exceeded")),
    };
    let under_way = [
        (met, lang.pick("đạt", "met").to_string() + &exceeded_words),
        (not_achieved, lang.pick("không đạt", "not achieved").to_string()),
        (no_result, lang.pick("chưa có kết quả", "without a result").to_string()),
        (not_yet, lang.pick("chưa đến hạn", "not yet due").to_string()),
    ]
    .into_iter()
    .filter(|(count, _)| *count > 0)
    .map(|(count, words)| format!("{count} {words}"))
    .collect::<Vec<_>>()
    .join(", ");
    let without_target = card.total.without_target;
    match lang {
        // Nothing to judge by (a term whose targets the source does not state): not "none due yet".
        Lang::Vi if assessed == 0 => format!("{without_target} chỉ tiêu, không có mục tiêu để đánh giá"),
        Lang::En if assessed == 0 => {
            format!("{without_target} {}, none with a target to judge by", plural(without_target, "indicator"))
        }
        Lang::Vi if pending == assessed && no_result > 0 => format!("{assessed} chỉ tiêu, nguồn chưa nêu kết quả"),
        Lang::En if pending == assessed && no_result > 0 => {
            format!("{assessed} {}, no result reported", plural(assessed, "target"))
        }
        Lang::Vi if pending == assessed => format!("{assessed} chỉ tiêu, chưa có chỉ tiêu nào đến hạn"),
        Lang::En if pending == assessed => format!("{assessed} {}, none due yet", plural(assessed, "target")),
        Lang::Vi if not_yet > 0 => format!("{assessed} chỉ tiêu: {under_way}"),
        Lang::En if not_yet > 0 => format!("{assessed} {}: {under_way}", plural(assessed, "target")),
        Lang::Vi => format!("{met}/{assessed} chỉ tiêu đạt, {exceeded} vượt"),
        Lang::En => format!("{met} of {assessed} targets met, {exceeded} exceeded"),
    }
}

/// An English noun for a count: "1 target", "2 targets".
fn plural(count: u32, noun: &str) -> String {
    if count == 1 {
        noun.to_string()
    } else {
        format!("{noun}s")
    }
}

/// Of the targets counted, how many have a status that is the source's own assessment (no numeric
/// target to compute one from), said under the counts so that they do not read as computed.
pub fn from_source_note(count: u32, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("{count} chỉ tiêu không có mục tiêu định lượng: trạng thái theo đánh giá của nguồn."),
        Lang::En if count == 1 => {
            "1 indicator has no numeric target: its status is the source's own assessment.".into()
        }
        Lang::En => format!("{count} indicators have no numeric target: their status is the source's own assessment."),
    }
}

/// "Tiến độ 24 chỉ tiêu còn trong hạn: 10 đúng tiến độ, 5 chậm tiến độ, 9 chưa có số liệu." — the
/// targets whose deadline is still ahead, split by pace; `None` when no target has a pace.
pub fn pace_summary(counts: &Counts, lang: Lang) -> Option<String> {
    let parts: Vec<String> = counts
        .paces()
        .map(|(pace, count)| format!("{count} {}", crate::i18n::pace_name(pace, lang).to_lowercase()))
        .collect();
    if parts.is_empty() {
        return None;
    }
    // Counted over every target whose deadline is still ahead, met early ("ahead") included.
    let total: u32 = counts.paces().map(|(_, count)| count).sum();
    Some(match lang {
        Lang::Vi => format!("Tiến độ {total} chỉ tiêu còn trong hạn: {}.", parts.join(", ")),
        Lang::En => format!(
            "Pace of the {total} {} still within their deadline: {}.",
            plural(total, "target"),
            parts.join(", ")
        ),
    })
}

/// Statuses per domain as stacked bars.
pub fn domain_breakdown(index: &DatasetIndex, locality: &str, term: &str, lang: Lang) -> StackedChart {
    let dataset = index.dataset();
    let card = scorecard(index, locality, term);
    let place = place_name(index, locality, term, lang);
    let rows: Vec<StackedRow> = card
        .by_domain
        .iter()
        .map(|(domain, counts)| {
            let label = dataset.domain(domain).map_or(domain.as_str(), |domain| domain.name.get(lang)).to_string();
            let mut segments: Vec<Segment> = Status::ALL
                .iter()
                .filter(|status| counts.get(**status) > 0)
                .map(|status| {
                    let count = counts.get(*status);
                    Segment {
                        label: status_name(*status, lang).to_string(),
                        value: f64::from(count),
                        value_label: format!("{count} {}", status_name(*status, lang).to_lowercase()),
                        colour: Colour::Status(Some(*status)),
                        inner_text: None,
                    }
                })
                .collect();
            if counts.without_target > 0 {
                segments.push(Segment {
                    label: lang.pick("Không có mục tiêu", "No target").to_string(),
                    value: f64::from(counts.without_target),
                    value_label: format!(
                        "{} {}",
                        counts.without_target,
                        lang.pick("không có mục tiêu", "without a target")
                    ),
                    colour: Colour::Status(None),
                    inner_text: None,
                });
            }
            StackedRow { key: domain.clone(), label, segments }
        })
        .collect();
    // The legend names what is drawn: a status no domain has gets no entry.
    let drawn = |colour: Colour| rows.iter().any(|row| row.segments.iter().any(|segment| segment.colour == colour));
    let mut legend: Vec<(String, Colour)> = Status::ALL
        .iter()
        .filter(|status| drawn(Colour::Status(Some(**status))))
        .map(|status| {
            (format!("{} {}", status_symbol(*status), status_name(*status, lang)), Colour::Status(Some(*status)))
        })
        .collect();
    if drawn(Colour::Status(None)) {
        legend.push((lang.pick("Không có mục tiêu", "No target").to_string(), Colour::Status(None)));
    }
    StackedChart {
        title: match lang {
            Lang::Vi => format!("{place}: trạng thái chỉ tiêu theo lĩnh vực"),
            Lang::En => format!("{place}: indicator status by domain"),
        },
        description: scorecard_sentence(&card, &place, lang),
        rows,
        legend,
        lang,
        value_axis: true,
        axis_label: lang.pick("Số chỉ tiêu", "Number of indicators").to_string(),
    }
}
