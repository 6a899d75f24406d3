//! Chart specifications as plain data: what a chart shows, its title and its generated sentence.
//! The rendering layer draws them; tests check them without any backend.

use crate::format;
use crate::i18n::{status_name, Lang};
use crate::model::{Dataset, Status};
use crate::scorecard::{scorecard, Counts, Scorecard};

/// Bars longer than this (in % of target) are drawn broken at the axis end, their label exact.
pub const RANKING_AXIS_CAP: f64 = 200.0;

/// A horizontal bar chart.
#[derive(Debug, Clone, PartialEq)]
pub struct BarChart {
    pub title: String,
    /// The generated sentence: shown under the chart and used as its accessible description.
    pub description: String,
    pub axis_label: String,
    pub bars: Vec<Bar>,
    /// A vertical reference line (100 % of target).
    pub reference: Option<f64>,
    /// The end of the value axis; bars beyond it are drawn broken.
    pub axis_max: f64,
    /// The language of the labels, for formatting tick numbers.
    pub lang: Lang,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// The indicator id, for linking a mark to its detail.
    pub key: String,
    pub label: String,
    pub value: f64,
    /// The exact value as shown next to the bar, with its status in words.
    pub value_label: String,
    pub status: Option<Status>,
}

/// All indicators of a locality and term with a % of target, ranked, optionally one domain only.
pub fn ranking(
    dataset: &Dataset,
    locality: &str,
    term: &str,
    domain: Option<&str>,
    lang: Lang,
) -> BarChart {
    let card = scorecard(dataset, locality, term);
    let mut bars: Vec<Bar> = card
        .rows
        .iter()
        .filter(|row| domain.is_none_or(|domain| row.indicator.domain == domain))
        .filter_map(|row| {
            let percent = row.evaluation.percent_of_target?;
            let status = row.evaluation.status;
            let status_words = status
                .map(|status| status_name(status, lang))
                .unwrap_or_default();
            Some(Bar {
                key: row.indicator.id.clone(),
                label: row.indicator.name.get(lang).to_string(),
                value: percent,
                value_label: format!("{} · {status_words}", format::percent(percent, lang)),
                status,
            })
        })
        .collect();
    bars.sort_by(|a, b| b.value.total_cmp(&a.value));
    let largest = bars.iter().map(|bar| bar.value).fold(100.0, f64::max);
    let place = place_name(dataset, locality, term, lang);
    let title = match lang {
        Lang::Vi => format!("{place}: % mục tiêu theo chỉ tiêu"),
        Lang::En => format!("{place}: % of target by indicator"),
    };
    let description = ranking_sentence(&bars, &place, lang);
    BarChart {
        title,
        description,
        axis_label: lang
            .pick(
                "% mục tiêu (100 % = đạt mục tiêu)",
                "% of target (100 % = target met)",
            )
            .to_string(),
        bars,
        reference: Some(100.0),
        axis_max: largest.min(RANKING_AXIS_CAP).ceil(),
        lang,
    }
}

/// "Bến Sung, 2020-2025".
pub fn place_name(dataset: &Dataset, locality: &str, term: &str, lang: Lang) -> String {
    let name = dataset
        .locality(locality)
        .map_or(locality, |locality| locality.name.get(lang));
    format!("{name}, {term}")
}

fn ranking_sentence(bars: &[Bar], place: &str, lang: Lang) -> String {
    let met = bars
        .iter()
        .filter(|bar| bar.status.is_some_and(Status::is_met))
        .count();
    let exceeded = bars
        .iter()
        .filter(|bar| bar.status == Some(Status::Exceeded))
        .count();
    let lowest = bars.last();
    let n = bars.len();
    match (lang, lowest) {
        (_, None) => match lang {
            Lang::Vi => format!("{place}: chưa có chỉ tiêu nào tính được % mục tiêu."),
            Lang::En => format!("{place}: no indicator has a % of target yet."),
        },
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

/// The scorecard headline: "23/26 chỉ tiêu đạt, 10 vượt".
pub fn scorecard_sentence(card: &Scorecard, place: &str, lang: Lang) -> String {
    let Counts { assessed, .. } = card.total;
    let met = card.total.met();
    let exceeded = card.total.get(Status::Exceeded);
    let not_achieved = card.total.get(Status::NotAchieved);
    let pending = card.total.get(Status::NotYetDue) + card.total.get(Status::NoResult);
    let mut sentence = match lang {
        Lang::Vi => format!(
            "{place}: {met}/{assessed} chỉ tiêu đạt, {exceeded} vượt, {not_achieved} không đạt, {pending} chưa có kết quả hoặc chưa đến hạn."
        ),
        Lang::En => format!(
            "{place}: {met} of {assessed} indicators met, {exceeded} exceeded, {not_achieved} not achieved, {pending} without a result or not yet due."
        ),
    };
    if let Some(stated) = card.stated {
        let exceeded = stated
            .exceeded
            .map(|n| n.to_string())
            .unwrap_or_else(|| "?".into());
        sentence.push(' ');
        sentence.push_str(&match lang {
            Lang::Vi => format!(
                "Nguồn ghi: {}/{} chỉ tiêu đạt, {exceeded} vượt.",
                stated.met, stated.total
            ),
            Lang::En => format!(
                "The source states {} of {} met, {exceeded} exceeded.",
                stated.met, stated.total
            ),
        });
    }
    sentence
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::load;

    fn sample() -> Dataset {
        load(&crate::load::tests::valid_json().to_string())
            .into_valid()
            .unwrap()
    }

    #[test]
    fn ranking_orders_bars_by_percent_of_target_with_vietnamese_labels() {
        let chart = ranking(&sample(), "l1", "2020-2025", None, Lang::Vi);
        let labels: Vec<&str> = chart.bars.iter().map(|bar| bar.label.as_str()).collect();
        assert_eq!(labels, ["Tỉ lệ BHYT", "Thu nhập"]);
        assert_eq!(chart.bars[1].value_label, "88,05\u{a0}% · Không đạt");
        assert_eq!(chart.reference, Some(100.0));
        assert!(
            chart.description.contains("1/2 chỉ tiêu đạt hoặc vượt"),
            "{}",
            chart.description
        );
    }

    #[test]
    fn ranking_in_english_uses_english_numbers_and_words() {
        let chart = ranking(&sample(), "l1", "2020-2025", None, Lang::En);
        assert_eq!(chart.bars[1].value_label, "88.05\u{a0}% · Not achieved");
        assert!(chart
            .description
            .starts_with("Thị trấn A, 2020-2025: 1 of 2 indicators"));
    }

    #[test]
    fn ranking_filters_by_domain() {
        let chart = ranking(&sample(), "l1", "2020-2025", Some("nothing"), Lang::Vi);
        assert!(chart.bars.is_empty());
        assert!(chart.description.contains("chưa có chỉ tiêu"));
    }
}
