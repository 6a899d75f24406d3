//! Slides for presentation and kiosk modes, generated from the dataset: a title slide, then per
//! locality and term a scorecard slide, a slide per domain (ranked by % of target, split so that
//! no slide holds more bars than fit legibly), and a slide per indicator.

use crate::chart::{self, ChartSpec, Filter};
use crate::format;
use crate::i18n::Lang;
use crate::index::DatasetIndex;

/// At most this many bars on one slide, so that text stays at least 1/50 of the screen height.
pub const MAX_BARS_PER_SLIDE: usize = 8;

#[derive(Debug, Clone, PartialEq)]
pub struct Slide {
    /// The small line above the title: the place and term, or the dataset's "data as of".
    pub kicker: String,
    pub title: String,
    pub chart: Option<ChartSpec>,
    /// The generated sentence shown under the chart.
    pub sentence: String,
    /// Extra lines (the title slide's list of localities and terms).
    pub lines: Vec<String>,
}

pub fn slides(index: &DatasetIndex, lang: Lang) -> Vec<Slide> {
    let dataset = index.dataset();
    let as_of =
        format!("{}{}", lang.pick("Dữ liệu cập nhật đến ", "Data as of "), format::date(&dataset.data_as_of, lang));
    let pairs = index.locality_terms();
    let mut slides = vec![Slide {
        kicker: as_of.clone(),
        title: dataset.title.get(lang).to_string(),
        chart: None,
        sentence: match lang {
            Lang::Vi => format!(
                "{} địa phương, {} nhiệm kỳ, {} chỉ tiêu.",
                dataset.localities.len(),
                dataset.terms.len(),
                dataset.indicators.len()
            ),
            Lang::En => format!(
                "{} localities, {} terms, {} indicators.",
                dataset.localities.len(),
                dataset.terms.len(),
                dataset.indicators.len()
            ),
        },
        lines: pairs.iter().map(|(unit, term)| chart::place_name(dataset, unit, term, lang)).collect(),
    }];
    for (unit, term) in pairs {
        let place = chart::place_name(dataset, unit, term, lang);
        let breakdown = chart::domain_breakdown(index, unit, term, lang);
        slides.push(Slide {
            kicker: place.clone(),
            title: lang.pick("Tổng hợp kết quả thực hiện chỉ tiêu", "Summary of the indicators").to_string(),
            sentence: breakdown.description.clone(),
            chart: Some(ChartSpec::Stacked(breakdown)),
            lines: Vec::new(),
        });
        for domain in &dataset.domains {
            let filter = Filter { domain: Some(domain.id.clone()), ..Filter::default() };
            let ranking = chart::ranking(index, unit, term, &filter, lang);
            let parts = ranking.bars.chunks(MAX_BARS_PER_SLIDE).count();
            for (index, bars) in ranking.bars.chunks(MAX_BARS_PER_SLIDE).enumerate() {
                let mut part = ranking.clone();
                part.bars = bars.to_vec();
                let suffix = if parts > 1 { format!(" ({}/{parts})", index + 1) } else { String::new() };
                slides.push(Slide {
                    kicker: place.clone(),
                    title: format!("{}: % {}{suffix}", domain.name.get(lang), lang.pick("mục tiêu", "of target")),
                    sentence: ranking.description.clone(),
                    chart: Some(ChartSpec::Bars(part)),
                    lines: Vec::new(),
                });
            }
        }
        for row in index.rows(unit, term) {
            let Some(detail) = chart::indicator_detail(index, unit, term, &row.indicator.id, lang) else { continue };
            slides.push(Slide {
                kicker: place.clone(),
                title: detail.name.clone(),
                sentence: detail.main_chart.description().to_string(),
                chart: Some(detail.main_chart),
                lines: Vec::new(),
            });
        }
    }
    if dataset.illustrative {
        let notice = crate::i18n::illustrative_notice(lang);
        for slide in &mut slides {
            slide.kicker = format!("{notice} · {}", slide.kicker);
        }
    }
    slides
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::load;

    fn default_slides(lang: Lang) -> Vec<Slide> {
        let dataset = load(include_str!("../../../public/data/default.json")).into_valid().unwrap();
        slides(&DatasetIndex::new(dataset), lang)
    }

    #[test]
    fn the_deck_opens_with_a_title_slide_then_a_scorecard_per_locality_and_term() {
        let deck = default_slides(Lang::Vi);
        assert_eq!(deck[0].title, "Chỉ tiêu Nghị quyết Đại hội Đảng bộ cơ sở");
        assert_eq!(deck[0].kicker, "Dữ liệu cập nhật đến 2025");
        assert!(deck[0].chart.is_none());
        assert_eq!(deck[0].lines.len(), 6);
        let scorecards = deck.iter().filter(|slide| slide.title == "Tổng hợp kết quả thực hiện chỉ tiêu").count();
        assert_eq!(scorecards, 6);
    }

    #[test]
    fn no_slide_holds_more_bars_than_fit_and_every_chart_slide_has_a_sentence() {
        let deck = default_slides(Lang::En);
        for slide in &deck {
            if let Some(ChartSpec::Bars(bars)) = &slide.chart {
                assert!(!bars.bars.is_empty() && bars.bars.len() <= MAX_BARS_PER_SLIDE, "{}", slide.title);
            }
            assert!(!slide.sentence.is_empty(), "{}", slide.title);
        }
        let economy: Vec<&str> = deck
            .iter()
            .filter(|slide| slide.kicker == "Bến Sung township, 2020-2025" && slide.title.starts_with("Economy"))
            .map(|slide| slide.title.as_str())
            .collect();
        assert_eq!(economy, ["Economy: % of target (1/2)", "Economy: % of target (2/2)"]);
    }

    #[test]
    fn every_record_gets_an_indicator_slide_with_the_chart_its_shape_needs() {
        let deck = default_slides(Lang::Vi);
        let bullets = deck.iter().filter(|slide| matches!(slide.chart, Some(ChartSpec::Bullet(_)))).count();
        // Compositions show their parts, milestones done / not done: no empty 0–1 bullet.
        let shares_or_done: Vec<&Slide> = deck
            .iter()
            .filter(|slide| matches!(&slide.chart, Some(ChartSpec::Stacked(chart)) if chart.title.contains(" — ")))
            .collect();
        assert_eq!(bullets + shares_or_done.len(), 196);
        assert_eq!(shares_or_done.len(), 22, "one composition, twenty milestones and one rating");
        let Some(ChartSpec::Stacked(structure)) =
            &shares_or_done.iter().find(|slide| slide.title.contains("Cơ cấu")).unwrap().chart
        else {
            unreachable!()
        };
        let target: Vec<f64> = structure.rows[0].segments.iter().map(|segment| segment.value).collect();
        assert_eq!(target, [48.5, 19.0, 32.5], "Kbang's target shares are drawn");
        let milestones = shares_or_done.iter().filter_map(|slide| match &slide.chart {
            Some(ChartSpec::Stacked(chart)) if chart.title.ends_with("đã hoàn thành hay chưa") => {
                chart.rows[0].segments[0].inner_text.clone()
            }
            _ => None,
        });
        for words in milestones {
            assert!(
                ["✓ Đã hoàn thành", "Chưa hoàn thành", "Chưa có kết quả", "Chưa đến hạn"].contains(&words.as_str()),
                "{words}"
            );
        }
    }
}
