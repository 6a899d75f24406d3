//! Slides for presentation and kiosk modes, generated from the dataset: a title slide, then per
//! locality and term a scorecard slide, a slide per domain (ranked by % of target, split so that
//! no slide holds more bars than fit legibly), and a slide per indicator.

use crate::chart::{self, ChartSpec, Filter};
use crate::format;
use crate::i18n::Lang;
use crate::index::DatasetIndex;

/// At most this many bars on one slide, so that text stays at least 1/50 of the screen height.
pub const MAX_BARS_PER_SLIDE: usize = 8;
/// The most targets a slide lists (each line readable from the back of the hall at scale 1.5).
pub const MAX_LINES_PER_SLIDE: usize = 8;

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

/// Which part of the dataset a deck presents: the URL's `unit`, `term` and `domain`, each optional
/// (a presenter at Bến Sung's congress opens Bến Sung's deck).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeckScope {
    pub locality: Option<String>,
    pub term: Option<String>,
    pub domain: Option<String>,
}

/// The deck: a title slide; then, per locality and term in scope (those with results first), a
/// scorecard slide whose title is the finding, the ranking per domain, a slide per indicator with
/// a figure, and one slide listing the indicators without any figure yet.
pub fn slides(index: &DatasetIndex, scope: &DeckScope, lang: Lang) -> Vec<Slide> {
    let dataset = index.dataset();
    let as_of =
        format!("{}{}", lang.pick("Dữ liệu cập nhật đến ", "Data as of "), format::date(&dataset.data_as_of, lang));
    let in_scope = |(locality, term): &&(String, String)| {
        scope.locality.as_ref().is_none_or(|wanted| wanted == locality)
            && scope.term.as_ref().is_none_or(|wanted| wanted == term)
    };
    let mut pairs: Vec<&(String, String)> = index.locality_terms().iter().filter(in_scope).collect();
    if pairs.is_empty() {
        pairs = index.locality_terms().iter().collect();
    }
    // A loop that leads with results: pairs with more figures first (a stable sort keeps the
    // dataset's order among equals).
    let with_figures = |(locality, term): &(String, String)| {
        index.rows(locality, term).iter().filter(|row| has_figure(row.record)).count()
    };
    pairs.sort_by_key(|pair| std::cmp::Reverse(with_figures(pair)));
    let domains: Vec<&crate::model::Domain> = dataset
        .domains
        .iter()
        .filter(|domain| scope.domain.as_ref().is_none_or(|wanted| *wanted == domain.id))
        .collect();
    // Counted over what the deck presents, not over every unit the dataset names.
    let count_distinct = |ids: Vec<&String>| ids.iter().collect::<std::collections::HashSet<_>>().len();
    let localities = count_distinct(pairs.iter().map(|(locality, _)| locality).collect());
    let terms = count_distinct(pairs.iter().map(|(_, term)| term).collect());
    let mut slides = vec![Slide {
        kicker: as_of.clone(),
        title: dataset.title.get(lang).to_string(),
        chart: None,
        sentence: match lang {
            Lang::Vi => format!("{localities} địa phương, {terms} nhiệm kỳ, {} chỉ tiêu.", dataset.indicators.len()),
            Lang::En => format!("{localities} localities, {terms} terms, {} indicators.", dataset.indicators.len()),
        },
        lines: pairs.iter().map(|(unit, term)| chart::place_name(dataset, unit, term, lang)).collect(),
    }];
    for (unit, term) in pairs {
        let place = chart::place_name(dataset, unit, term, lang);
        let breakdown = chart::domain_breakdown(index, unit, term, lang);
        slides.push(Slide {
            kicker: place.clone(),
            title: chart::scorecard_headline(&crate::scorecard::scorecard(index, unit, term), lang),
            sentence: breakdown.description.clone(),
            chart: Some(ChartSpec::Stacked(breakdown)),
            lines: Vec::new(),
        });
        for domain in &domains {
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
        let rows: Vec<_> = index
            .rows(unit, term)
            .into_iter()
            .filter(|row| domains.iter().any(|domain| domain.id == row.indicator.domain))
            .collect();
        let mut without_figures = Vec::new();
        for row in &rows {
            if !has_figure(row.record) {
                let shape = row.record.target.as_ref().and_then(|target| target.shape().ok());
                let target =
                    chart::target_phrase(shape.as_ref(), row.evaluation.target_value, row.indicator, row.record, lang);
                without_figures.push(format!("{}: {target}", row.indicator.name.get(lang)));
                continue;
            }
            let Some(detail) = chart::indicator_detail(index, unit, term, &row.indicator.id, lang) else { continue };
            slides.push(Slide {
                kicker: place.clone(),
                title: detail.name.clone(),
                sentence: detail.main_chart.description().to_string(),
                chart: Some(detail.main_chart),
                lines: Vec::new(),
            });
        }
        // One slide for the targets without any figure yet, rather than one empty chart each.
        let count = without_figures.len();
        let parts = without_figures.chunks(MAX_LINES_PER_SLIDE).count();
        for (part, lines) in without_figures.chunks(MAX_LINES_PER_SLIDE).enumerate() {
            let suffix = if parts > 1 { format!(" ({}/{parts})", part + 1) } else { String::new() };
            slides.push(Slide {
                kicker: place.clone(),
                title: match lang {
                    Lang::Vi => format!("{count} chỉ tiêu chưa có kết quả{suffix}"),
                    Lang::En => format!("{count} targets without a result yet{suffix}"),
                },
                chart: None,
                sentence: lang
                    .pick(
                        "Mục tiêu của từng chỉ tiêu; nguồn chưa nêu kết quả.",
                        "Each target; the sources give no result yet.",
                    )
                    .to_string(),
                lines: lines.to_vec(),
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

/// Whether a record has anything to draw: a result, a status the source states, or a composition's
/// target parts (a split worth seeing before any result).
fn has_figure(record: &crate::model::Record) -> bool {
    let composition = record.target.as_ref().is_some_and(|target| !target.parts.is_empty());
    !record.results.is_empty() || record.stated_status.is_some() || composition
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::load;

    fn default_slides(lang: Lang) -> Vec<Slide> {
        let dataset = load(include_str!("../../../public/data/default.json")).into_valid().unwrap();
        slides(&DatasetIndex::new(dataset), &DeckScope::default(), lang)
    }

    #[test]
    fn the_deck_opens_with_a_title_slide_then_leads_with_results_and_says_each_finding() {
        let deck = default_slides(Lang::Vi);
        assert_eq!(deck[0].title, "Chỉ tiêu Nghị quyết Đại hội Đảng bộ cơ sở");
        assert_eq!(deck[0].kicker, "Dữ liệu cập nhật đến 2025");
        assert!(deck[0].chart.is_none());
        assert_eq!(deck[0].lines.len(), 6);
        // The pair with the most figures comes first, its scorecard titled by its finding.
        assert_eq!(deck[0].lines[0], "Thị trấn Bến Sung, 2020-2025");
        assert_eq!(
            (deck[1].kicker.as_str(), deck[1].title.as_str()),
            ("Thị trấn Bến Sung, 2020-2025", "24/29 chỉ tiêu đạt, 10 vượt")
        );
        let headlines: Vec<(&str, &str)> = deck
            .iter()
            .filter(|slide| {
                matches!(&slide.chart, Some(ChartSpec::Stacked(chart)) if chart.title.ends_with("theo lĩnh vực"))
                    || slide.title.contains("chỉ tiêu đạt")
                    || slide.title.contains("chưa có")
            })
            .filter(|slide| matches!(slide.chart, Some(ChartSpec::Stacked(_))))
            .map(|slide| (slide.kicker.as_str(), slide.title.as_str()))
            .collect();
        assert_eq!(headlines.len(), 6, "{headlines:?}");
        assert!(
            headlines.contains(&("Thị trấn Kbang, 2015-2020", "36 chỉ tiêu, nguồn chưa nêu kết quả")),
            "{headlines:?}"
        );
        assert!(
            headlines.contains(&("Thị trấn Bến Sung, 2025-2030", "43 chỉ tiêu, chưa có chỉ tiêu nào đến hạn")),
            "{headlines:?}"
        );
    }

    #[test]
    fn the_deck_follows_the_urls_unit_term_and_domain() {
        let dataset = load(include_str!("../../../public/data/default.json")).into_valid().unwrap();
        let index = DatasetIndex::new(dataset);
        let scope = DeckScope { locality: Some("ben-sung".into()), term: Some("2020-2025".into()), domain: None };
        let deck = slides(&index, &scope, Lang::Vi);
        assert!(deck[1..].iter().all(|slide| slide.kicker == "Thị trấn Bến Sung, 2020-2025"));
        let economy = DeckScope { domain: Some("economy".into()), ..scope.clone() };
        let deck = slides(&index, &economy, Lang::Vi);
        assert!(deck.iter().all(|slide| !slide.title.starts_with("Văn hóa")), "only the economy's rankings");
        let economic =
            index.rows("ben-sung", "2020-2025").iter().filter(|row| row.indicator.domain == "economy").count();
        let other = index.rows("ben-sung", "2020-2025").iter().filter(|row| row.indicator.domain != "economy").count();
        let shown: usize = deck.iter().map(|slide| if slide.lines.is_empty() { 1 } else { slide.lines.len() }).sum();
        assert!(shown < economic + other, "the other domains' indicators are left out");
        // A unit the dataset does not have leaves the whole deck.
        let unknown = DeckScope { locality: Some("nowhere".into()), ..DeckScope::default() };
        assert_eq!(slides(&index, &unknown, Lang::Vi).len(), default_slides(Lang::Vi).len());
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
    fn every_record_gets_an_indicator_slide_or_a_line_among_those_without_results() {
        let deck = default_slides(Lang::Vi);
        let bullets = deck.iter().filter(|slide| matches!(slide.chart, Some(ChartSpec::Bullet(_)))).count();
        // Compositions show their parts, milestones done / not done: no empty 0–1 bullet.
        let shares_or_done: Vec<&Slide> = deck
            .iter()
            .filter(|slide| matches!(&slide.chart, Some(ChartSpec::Stacked(chart)) if chart.title.contains(" — ")))
            .collect();
        // Targets without any figure are listed together, one slide per locality and term.
        let waiting: Vec<&Slide> =
            deck.iter().filter(|slide| slide.title.contains("chỉ tiêu chưa có kết quả")).collect();
        let listed: usize = waiting.iter().map(|slide| slide.lines.len()).sum();
        assert!(waiting.iter().all(|slide| slide.chart.is_none() && slide.lines.len() <= MAX_LINES_PER_SLIDE));
        assert_eq!(bullets + shares_or_done.len() + listed, 196);
        assert!(listed > 50, "{listed} lines");
        let bến_sung_2030: Vec<&str> = waiting
            .iter()
            .filter(|slide| slide.kicker == "Thị trấn Bến Sung, 2025-2030")
            .map(|slide| slide.title.as_str())
            .collect();
        assert_eq!(bến_sung_2030.len(), 6);
        assert_eq!(
            (bến_sung_2030[0], bến_sung_2030[5]),
            ("43 chỉ tiêu chưa có kết quả (1/6)", "43 chỉ tiêu chưa có kết quả (6/6)")
        );
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
