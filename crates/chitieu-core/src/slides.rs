//! Slides for presentation and kiosk modes, generated from the dataset: a title slide, then per
//! locality and term a scorecard slide, a slide per domain (ranked by % of target, split so that
//! no slide holds more bars than fit legibly), and a slide per indicator.

use crate::chart::{self, ChartSpec, Filter};
use crate::format;
use crate::i18n::Lang;
use crate::index::{DatasetIndex, Row};

/// At most this many bars on one slide, so that text stays at least 1/50 of the screen height.
pub const MAX_BARS_PER_SLIDE: usize = 8;
/// The most targets a slide lists (each line readable from the back of the hall at scale 1.5).
pub const MAX_LINES_PER_SLIDE: usize = 8;
/// A deck of more places and terms than this shows each by its summary slide alone: a province's
/// 267 communes over two terms in full are some 15,000 slides, a kiosk loop of 64 hours; by their
/// summaries 535, 2 h 14 min at 15 s (`term` halves it). A presenter opens one place's deck
/// (`unit`) for its rankings and indicators.
pub const MAX_PLACES_IN_FULL: usize = 12;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Slide {
    /// The small line above the title: the place and term, or the dataset's "data as of".
    pub kicker: String,
    pub title: String,
    /// The finding as one big figure under the title ("153 % mục tiêu · ▲ Vượt"), or empty.
    pub headline: String,
    pub chart: Option<ChartSpec>,
    /// The generated sentence shown under the chart.
    pub sentence: String,
    /// Extra lines (the title slide's list of localities and terms).
    pub lines: Vec<String>,
    /// The line at the foot: the documents the slide's figures come from ("Nguồn: …"), or empty.
    pub footer: String,
}

/// Which part of the dataset a deck presents: the URL's `unit`, `term` and `domain`, each optional
/// (a presenter at Bến Sung's congress opens Bến Sung's deck).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DeckScope {
    pub locality: Option<String>,
    pub term: Option<String>,
    pub domain: Option<String>,
    /// A kiosk's deck: its title slide lists the parts without the slide numbers a presenter types
    /// to jump (a lobby cannot jump, and the numbers go by too fast to mean anything there).
    pub unnumbered: bool,
}

/// The deck: a title slide; then, per locality and term in scope (those with results first), a
/// scorecard slide whose title is the finding, the ranking per domain, a slide per indicator with
/// a figure, and one slide listing the indicators without any figure yet. Of more than
/// `MAX_PLACES_IN_FULL` places and terms, per term a slide of all its places (`chart::places`),
/// then the scorecard slides alone.
pub fn slides(index: &DatasetIndex, scope: &DeckScope, lang: Lang) -> Vec<Slide> {
    let deck = Deck::new(index, scope);
    (0..deck.len()).filter_map(|position| deck.slide(index, position, lang)).collect()
}

/// A deck, planned: which slides there are and in what order, without making any. Making a slide
/// lays out its chart and writes its sentences; a province's deck has thousands of slides, so the
/// stage makes only the one on screen (`slide`), and planning costs a count per record.
#[derive(Debug, Clone, PartialEq)]
pub struct Deck {
    /// The (locality, term) pairs presented, places with more figures first, a place's terms in
    /// time order.
    pairs: Vec<(String, String)>,
    /// The domains presented (positions in the dataset's domains).
    domains: Vec<usize>,
    slides: Vec<SlideKey>,
    /// Whether the title slide leaves out slide numbers (`DeckScope::unnumbered`).
    unnumbered: bool,
}

/// What one slide shows; `pair` and `domain` are positions in the deck's lists.
#[derive(Debug, Clone, PartialEq)]
enum SlideKey {
    Title,
    /// Every place of the deck's level in one term on one chart (`chart::places`), for a deck of
    /// summaries; `pair` is the first of that term.
    Places {
        pair: usize,
    },
    Scorecard {
        pair: usize,
    },
    Ranking {
        pair: usize,
        domain: usize,
        part: usize,
        parts: usize,
    },
    Indicator {
        pair: usize,
        indicator: String,
    },
    WithoutFigures {
        pair: usize,
        part: usize,
        parts: usize,
    },
}

impl Deck {
    pub fn new(index: &DatasetIndex, scope: &DeckScope) -> Deck {
        let dataset = index.dataset();
        let in_scope = |(locality, term): &&(String, String)| {
            scope.locality.as_ref().is_none_or(|wanted| wanted == locality)
                && scope.term.as_ref().is_none_or(|wanted| wanted == term)
        };
        let mut pairs: Vec<(String, String)> = index.locality_terms().iter().filter(in_scope).cloned().collect();
        if pairs.is_empty() {
            pairs = index.locality_terms().to_vec();
        }
        // A loop that leads with results, a place's terms together: the place whose best term has
        // the most figures first, and within a place its terms in time order, as a presenter
        // steps through them (outside tester; a stable sort keeps the dataset's order among equals).
        let figures: Vec<usize> = pairs
            .iter()
            .map(|(locality, term)| index.rows(locality, term).iter().filter(|row| has_figure(row.record)).count())
            .collect();
        let mut best: std::collections::HashMap<&str, (usize, usize)> = std::collections::HashMap::new();
        for (position, ((locality, _), &count)) in pairs.iter().zip(&figures).enumerate() {
            let entry = best.entry(locality.as_str()).or_insert((count, position));
            entry.0 = entry.0.max(count);
        }
        let mut order: Vec<usize> = (0..pairs.len()).collect();
        order.sort_by_key(|&position| {
            let (most, first) = best[pairs[position].0.as_str()];
            let start = dataset.terms.iter().find(|term| term.id == pairs[position].1).map(|term| term.start_year);
            (std::cmp::Reverse(most), first, start)
        });
        let pairs: Vec<(String, String)> = order.into_iter().map(|position| pairs[position].clone()).collect();
        let domains: Vec<usize> = (0..dataset.domains.len())
            .filter(|&position| scope.domain.as_ref().is_none_or(|wanted| *wanted == dataset.domains[position].id))
            .collect();
        let mut slides = vec![SlideKey::Title];
        let in_full = !summaries_only(pairs.len());
        if !in_full {
            // Before the places one by one, all of them at once, per term.
            for (pair, (_, term)) in pairs.iter().enumerate() {
                if !pairs[..pair].iter().any(|(_, seen)| seen == term) {
                    slides.push(SlideKey::Places { pair });
                }
            }
        }
        for (pair, (unit, term)) in pairs.iter().enumerate() {
            slides.push(SlideKey::Scorecard { pair });
            if !in_full {
                continue;
            }
            let rows = index.rows(unit, term);
            for (domain, &position) in domains.iter().enumerate() {
                let filter = Filter { domain: Some(dataset.domains[position].id.clone()), ..Filter::default() };
                let bars = rows
                    .iter()
                    .filter(|row| {
                        filter.accepts(row.indicator, row.evaluation) && row.evaluation.percent_of_target.is_some()
                    })
                    .count();
                let parts = bars.div_ceil(MAX_BARS_PER_SLIDE);
                slides.extend((0..parts).map(|part| SlideKey::Ranking { pair, domain, part, parts }));
            }
            let presented = rows
                .iter()
                .filter(|row| domains.iter().any(|&position| dataset.domains[position].id == row.indicator.domain));
            let mut without_figures = 0usize;
            for row in presented {
                if has_figure(row.record) {
                    slides.push(SlideKey::Indicator { pair, indicator: row.indicator.id.clone() });
                } else {
                    without_figures += 1;
                }
            }
            let parts = without_figures.div_ceil(MAX_LINES_PER_SLIDE);
            slides.extend((0..parts).map(|part| SlideKey::WithoutFigures { pair, part, parts }));
        }
        Deck { pairs, domains, slides, unnumbered: scope.unnumbered }
    }

    /// The places of the deck that `query` finds (as the locality picker finds them: without
    /// diacritics, by a place's name, its district's or its province's, a word with a digit in its
    /// term), best first, at most `limit`: each place and term's name and the number (from 1) of
    /// its first slide; and how many it finds in all. A presenter with a province's hundreds of
    /// places types a name to go there.
    pub fn find(&self, index: &DatasetIndex, query: &str, limit: usize, lang: Lang) -> (Vec<(String, usize)>, usize) {
        let found: Vec<(usize, &str, &str)> = index
            .find_places(query)
            .into_iter()
            .filter_map(|(unit, term)| {
                let pair = self.pairs.iter().position(|(u, t)| u == unit && t == term)?;
                let first = self
                    .slides
                    .iter()
                    .position(|key| matches!(key, SlideKey::Scorecard { pair: found } if *found == pair))?;
                Some((first + 1, unit, term))
            })
            .collect();
        let named =
            found.iter().take(limit).map(|&(number, unit, term)| (chart::place_name(index, unit, term, lang), number));
        (named.collect(), found.len())
    }

    /// How many slides the deck has.
    pub fn len(&self) -> usize {
        self.slides.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slides.is_empty()
    }

    /// Makes the slide at `position` (from 0).
    pub fn slide(&self, index: &DatasetIndex, position: usize, lang: Lang) -> Option<Slide> {
        let dataset = index.dataset();
        let place = |pair: usize| {
            let (unit, term) = &self.pairs[pair];
            (unit.as_str(), term.as_str(), chart::place_name(index, unit, term, lang))
        };
        let suffix =
            |part: usize, parts: usize| if parts > 1 { format!(" ({}/{parts})", part + 1) } else { String::new() };
        let mut slide = match self.slides.get(position)? {
            SlideKey::Title => self.title_slide(index, lang),
            SlideKey::Places { pair } => {
                let (unit, term) = &self.pairs[*pair];
                let mut places = chart::places(index, unit, term, &Filter::default(), lang);
                // No place is on screen: none is drawn apart.
                places.dots.iter_mut().for_each(|dot| dot.highlighted = false);
                Slide {
                    kicker: format!("{}, {term}", crate::i18n::tab_name(crate::url::Tab::Places, lang)),
                    title: places.title.clone(),
                    sentence: places.description.clone(),
                    // With no place to draw (no target due anywhere yet) the sentence says so once,
                    // not again inside an empty chart (outside tester, on a kiosk).
                    chart: (!places.dots.is_empty()).then_some(ChartSpec::Dots(places)),
                    ..Slide::default()
                }
            }
            SlideKey::Scorecard { pair } => {
                let (unit, term, place) = place(*pair);
                let breakdown = chart::domain_breakdown(index, unit, term, lang);
                let card = crate::scorecard::scorecard(index, unit, term);
                let headline = chart::scorecard_headline(&card, lang);
                Slide {
                    // In a province's deck of summaries each slide is another place: its title
                    // names it, for a reader passing a kiosk.
                    title: match summaries_only(self.pairs.len()) {
                        true => format!("{}: {headline}", chart::unit_name(index, unit, lang)),
                        false => headline,
                    },
                    kicker: place,
                    // A status that is the source's own verdict is said as such, as the desk says it.
                    sentence: match card.total.from_source {
                        0 => breakdown.description.clone(),
                        n => format!("{} {}", breakdown.description, chart::from_source_note(n, lang)),
                    },
                    chart: Some(ChartSpec::Stacked(breakdown)),
                    ..Slide::default()
                }
            }
            SlideKey::Ranking { pair, domain, part, parts } => {
                let (unit, term, place) = place(*pair);
                let domain = &dataset.domains[self.domains[*domain]];
                let filter = Filter { domain: Some(domain.id.clone()), ..Filter::default() };
                let mut ranking = chart::ranking(index, unit, term, &filter, lang);
                // The title says the domain's finding, counted as the summary slide counts it (every
                // target judged, by the source too, not only those drawn); its bars are shared
                // evenly between its slides (12 bars: 6 and 6, not 8 and a half-empty 4).
                let card = crate::scorecard::scorecard(index, unit, term);
                let counts = card.by_domain.iter().find(|(id, _)| *id == domain.id).map(|(_, counts)| counts);
                let (met, counted, not_yet, exceeded) = counts.map_or((0, 0, 0, 0), |counts| {
                    use crate::model::Status;
                    (counts.met(), counts.assessed, counts.get(Status::NotYetDue), counts.get(Status::Exceeded))
                });
                // The domain's rows without a % of target: not drawn, said in the sentence.
                let unranked = index
                    .rows(unit, term)
                    .iter()
                    .filter(|row| {
                        filter.accepts(row.indicator, row.evaluation) && row.evaluation.percent_of_target.is_none()
                    })
                    .count();
                // A deck has no tabs, and the title has the counts: the sentence names the domain, the
                // lowest and what is not drawn ("Xã A, 2025-2030, Kinh tế: thấp nhất là …").
                let heading = format!("{place}, {}", domain.name.get(lang));
                let sentence = chart::ranking_slide_sentence(&ranking, &heading, exceeded, unranked, lang);
                // In a term under way, the targets not yet due are said apart, not counted as missed.
                let not_yet = match not_yet {
                    0 => String::new(),
                    n => format!(", {n} {}", lang.pick("chưa đến hạn", "not yet due")),
                };
                let per_slide = ranking.bars.len().div_ceil(*parts).max(1);
                ranking.bars = ranking.bars.chunks(per_slide).nth(*part)?.to_vec();
                Slide {
                    kicker: place,
                    title: match lang {
                        Lang::Vi => format!(
                            "{}: {met}/{counted} chỉ tiêu đạt hoặc vượt mục tiêu{not_yet}{}",
                            domain.name.get(lang),
                            suffix(*part, *parts)
                        ),
                        Lang::En => format!(
                            "{}: {met} of {counted} met or exceeded their target{not_yet}{}",
                            domain.name.get(lang),
                            suffix(*part, *parts)
                        ),
                    },
                    sentence,
                    chart: Some(ChartSpec::Bars(ranking)),
                    ..Slide::default()
                }
            }
            SlideKey::Indicator { pair, indicator } => {
                let (unit, term, place) = place(*pair);
                let detail = chart::indicator_detail(index, unit, term, indicator, lang)?;
                let contested = index
                    .rows(unit, term)
                    .iter()
                    .any(|row| row.indicator.id == *indicator && row.evaluation.contested_by.is_some());
                // The sentence, then what to know about its figures (the target's note, a target
                // derived from the result, the source's own figures disagreeing), as the desk's
                // detail says it, each figure once: a caption has no room for repeats.
                let row = index.row(unit, term, indicator);
                let target_note = row.and_then(|row| chart::target_note_in_words(row.record, lang));
                let findings = row.map(|row| chart::findings_said_once(row, lang)).unwrap_or_default();
                let mut sentence = detail.main_chart.description().to_string();
                for finding in target_note.iter().chain(&findings) {
                    sentence = sentence + " " + finding;
                }
                Slide {
                    kicker: place,
                    title: detail.name.clone(),
                    headline: indicator_headline(&detail, contested, lang),
                    sentence,
                    chart: Some(detail.main_chart),
                    ..Slide::default()
                }
            }
            SlideKey::WithoutFigures { pair, part, parts } => {
                let (_, _, place) = place(*pair);
                let without_figures: Vec<String> = self
                    .without_figures(index, *pair)
                    .into_iter()
                    .map(|row| {
                        let shape = row.record.target.as_ref().and_then(|target| target.shape().ok());
                        let target = chart::target_phrase(
                            shape.as_ref(),
                            row.evaluation.target_value,
                            row.indicator,
                            row.record,
                            lang,
                        );
                        format!("{}: {target}", row.indicator.name.get(lang))
                    })
                    .collect();
                let count = without_figures.len();
                Slide {
                    kicker: place,
                    title: match lang {
                        Lang::Vi => format!("{count} chỉ tiêu chưa có kết quả{}", suffix(*part, *parts)),
                        Lang::En => format!("{count} targets without a result yet{}", suffix(*part, *parts)),
                    },
                    chart: None,
                    sentence: lang
                        .pick(
                            "Mục tiêu của từng chỉ tiêu; nguồn chưa nêu kết quả.",
                            "Each target; the sources give no result yet.",
                        )
                        .to_string(),
                    lines: without_figures.chunks(MAX_LINES_PER_SLIDE).nth(*part)?.to_vec(),
                    ..Slide::default()
                }
            }
        };
        if dataset.illustrative {
            slide.kicker = format!("{} · {}", crate::i18n::illustrative_notice(lang), slide.kicker);
        }
        // The documents of the figures drawn: a slide credits its own place's, not the dataset's.
        let key = &self.slides[position];
        let rows = |pair: usize| index.rows(&self.pairs[pair].0, &self.pairs[pair].1);
        let cited: Vec<Row> = match key {
            SlideKey::Title => Vec::new(),
            SlideKey::Places { pair } => {
                let (unit, term) = &self.pairs[*pair];
                chart::peers(index, unit, term).iter().flat_map(|place| index.rows(&place.id, term)).collect()
            }
            SlideKey::Scorecard { pair } => rows(*pair),
            SlideKey::Ranking { pair, .. } => {
                let drawn = match &slide.chart {
                    Some(ChartSpec::Bars(chart)) => chart.bars.iter().map(|bar| bar.key.as_str()).collect(),
                    _ => Vec::new(),
                };
                rows(*pair).into_iter().filter(|row| drawn.contains(&row.indicator.id.as_str())).collect()
            }
            SlideKey::Indicator { pair, indicator } => {
                rows(*pair).into_iter().filter(|row| row.indicator.id == *indicator).take(1).collect()
            }
            SlideKey::WithoutFigures { pair, part, .. } => {
                self.without_figures(index, *pair).chunks(MAX_LINES_PER_SLIDE).nth(*part).unwrap_or_default().to_vec()
            }
        };
        if !cited.is_empty() {
            slide.footer = chart::sources_line(index, cited.iter().map(|row| row.record), 3, lang);
        }
        Some(slide)
    }

    /// The records of `pair` in the deck's domains that have no figure to draw, in dataset order.
    fn without_figures<'a>(&self, index: &'a DatasetIndex, pair: usize) -> Vec<Row<'a>> {
        let dataset = index.dataset();
        let (unit, term) = &self.pairs[pair];
        index
            .rows(unit, term)
            .into_iter()
            .filter(|row| {
                self.domains.iter().any(|&position| dataset.domains[position].id == row.indicator.domain)
                    && !has_figure(row.record)
            })
            .collect()
    }

    /// The title slide: the dataset's title and date, and the agenda with the slide each part
    /// starts on (a presenter types the number to jump there). A deck of one place and term lists
    /// its parts (the summary, each domain's ranking, the indicators, those without results); a
    /// deck of several lists its places (the first few, and how many more, for a province).
    fn title_slide(&self, index: &DatasetIndex, lang: Lang) -> Slide {
        let dataset = index.dataset();
        // The slide numbers (from 1) of the slides `wanted` picks: " — trang 3" or " — trang 3–5";
        // empty in a kiosk's deck, `None` when the deck has no such slide.
        let pages = |wanted: &dyn Fn(&SlideKey) -> bool| {
            let mut numbers =
                self.slides.iter().enumerate().filter(|(_, key)| wanted(key)).map(|(position, _)| position + 1);
            let first = numbers.next()?;
            let last = numbers.last().unwrap_or(first);
            let word = lang.pick("trang", "slide");
            Some(match (self.unnumbered, first == last) {
                (true, _) => String::new(),
                (false, true) => format!(" — {word} {first}"),
                (false, false) => format!(" — {word} {first}–{last}"),
            })
        };
        let mut lines: Vec<String> = Vec::new();
        if let [(unit, term)] = self.pairs.as_slice() {
            let mut part = |label: String, wanted: &dyn Fn(&SlideKey) -> bool| {
                if let Some(pages) = pages(wanted) {
                    lines.push(label + &pages);
                }
            };
            part(
                chart::place_name(index, unit, term, lang) + lang.pick(": tổng hợp kết quả", ": summary of results"),
                &|key| matches!(key, SlideKey::Scorecard { .. }),
            );
            for (position, &domain) in self.domains.iter().enumerate() {
                part(
                    format!("{}: % {}", dataset.domains[domain].name.get(lang), lang.pick("mục tiêu", "of target")),
                    &|key| matches!(key, SlideKey::Ranking { domain, .. } if *domain == position),
                );
            }
            part(lang.pick("Từng chỉ tiêu có số liệu", "Each indicator with figures").to_string(), &|key| {
                matches!(key, SlideKey::Indicator { .. })
            });
            part(lang.pick("Chỉ tiêu chưa có kết quả", "Targets without a result yet").to_string(), &|key| {
                matches!(key, SlideKey::WithoutFigures { .. })
            });
        } else {
            let label = crate::i18n::tab_name(crate::url::Tab::Places, lang);
            for key in &self.slides {
                if let SlideKey::Places { pair } = key {
                    let pages = pages(&|found| found == key).unwrap_or_default();
                    lines.push(format!("{label}, {}{pages}", self.pairs[*pair].1));
                }
            }
            let room = MAX_LINES_PER_SLIDE - lines.len();
            let shown = if self.pairs.len() > room { room - 1 } else { self.pairs.len() };
            for (pair, (unit, term)) in self.pairs[..shown].iter().enumerate() {
                let pages = pages(&|key| matches!(key, SlideKey::Scorecard { pair: found } if *found == pair));
                lines.push(chart::place_name(index, unit, term, lang) + &pages.unwrap_or_default());
            }
            let more = self.pairs.len() - shown;
            if more > 0 {
                // A presenter finds the others by name ("/" on the stage, `find`); a kiosk's
                // audience has no keyboard.
                let find = match self.unnumbered {
                    true => "",
                    false => lang.pick(" — gõ / để tìm một nơi", " — type / to find a place"),
                };
                lines.push(match lang {
                    Lang::Vi => format!("… và {} nơi, nhiệm kỳ khác{find}", format::number(more as f64, lang)),
                    Lang::En => format!("… and {} more places and terms{find}", format::number(more as f64, lang)),
                });
            }
        }
        // Counted over what the deck presents, not over every unit and indicator the dataset names.
        let count_distinct = |ids: Vec<&String>| ids.iter().collect::<std::collections::HashSet<_>>().len();
        let localities = count_distinct(self.pairs.iter().map(|(locality, _)| locality).collect());
        let terms = count_distinct(self.pairs.iter().map(|(_, term)| term).collect());
        let presented: Vec<&String> = self
            .pairs
            .iter()
            .flat_map(|(unit, term)| index.rows(unit, term))
            .filter(|row| self.domains.iter().any(|&position| dataset.domains[position].id == row.indicator.domain))
            .map(|row| &row.indicator.id)
            .collect();
        let indicators = count_distinct(presented);
        Slide {
            kicker: format!(
                "{}{}",
                lang.pick("Dữ liệu cập nhật đến ", "Data as of "),
                format::date(&dataset.data_as_of, lang)
            ),
            title: dataset.title.get(lang).to_string(),
            chart: None,
            sentence: match lang {
                Lang::Vi => format!("{localities} địa phương, {terms} nhiệm kỳ, {indicators} chỉ tiêu."),
                Lang::En => format!(
                    "{} · {} · {}.",
                    counted(localities, "locality", "localities"),
                    counted(terms, "term", "terms"),
                    counted(indicators, "indicator", "indicators")
                ),
            } + if summaries_only(self.pairs.len()) {
                lang.pick(" Mỗi nơi, nhiệm kỳ một trang tổng hợp.", " One summary slide per place and term.")
            } else {
                ""
            },
            lines,
            ..Slide::default()
        }
    }
}

/// Whether a deck of `pairs` places and terms shows each by its summary slide alone.
fn summaries_only(pairs: usize) -> bool {
    pairs > MAX_PLACES_IN_FULL
}

/// "1 term", "3 terms".
fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// An indicator slide's big figure: the % of target with the status ("153 % mục tiêu · ▲ Vượt"),
/// "25 % mục tiêu · ? nguồn mâu thuẫn" when its figures contradict each other,
/// the status alone when the source judges it ("✓ Đạt (theo nguồn)"), or the result when there is
/// no target to judge by; empty when there is nothing to say in one figure.
fn indicator_headline(detail: &chart::IndicatorDetail, contested: bool, lang: Lang) -> String {
    // A source that contradicts itself leaves the status open: "?", as the ranking draws it.
    let status = match detail.status {
        Some(_) if contested => Some(format!("? {}", lang.pick("nguồn mâu thuẫn", "the source contradicts itself"))),
        Some(status) => Some(format!("{} {}", crate::i18n::status_symbol(status), detail.status_label)),
        None => None,
    };
    match (&detail.percent_of_target, status) {
        (Some(percent), Some(status)) => format!("{percent} {} · {status}", lang.pick("mục tiêu", "of target")),
        (None, Some(status)) => status,
        (_, None) => match &detail.main_chart {
            // The result as the chart's legend and the desk say it ("giảm 0,52 điểm %/năm", not
            // "-0,52 điểm %/năm" above a legend of "giảm 0,52": outside tester).
            ChartSpec::Bullet(bullet) => bullet.value.map(|_| bullet.value_label.clone()).unwrap_or_default(),
            _ => String::new(),
        },
    }
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
        assert_eq!(deck[0].lines[0], "Thị trấn Bến Sung, 2020-2025 — trang 2");
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

    /// A domain's ranking slide says in its sentence which domain its counts are of, as its title
    /// does: "Kinh tế: 0/4 …" over "Xã A, 2025-2030: 0/3 …" read as the whole place's (outside tester).
    #[test]
    fn a_domain_s_slide_names_its_domain_in_its_sentence_too() {
        for lang in [Lang::Vi, Lang::En] {
            let deck = default_slides(lang);
            let rankings: Vec<&Slide> =
                deck.iter().filter(|slide| matches!(slide.chart, Some(ChartSpec::Bars(_)))).collect();
            assert!(rankings.len() > 5);
            for slide in rankings {
                let (domain, _) = slide.title.split_once(": ").unwrap();
                assert!(slide.sentence.starts_with(&format!("{}, {domain}: ", slide.kicker)), "{:?}", slide.sentence);
            }
        }
    }

    /// A presenter's agenda says where each part starts; a kiosk's lists the same parts without
    /// numbers, which a lobby cannot use.
    #[test]
    fn a_kiosk_agenda_lists_the_same_parts_without_slide_numbers() {
        let index = DatasetIndex::new(load(include_str!("../../../public/data/default.json")).into_valid().unwrap());
        for scope in [
            DeckScope::default(),
            DeckScope { locality: Some("ben-sung".into()), term: Some("2020-2025".into()), ..DeckScope::default() },
        ] {
            let numbered = slides(&index, &scope, Lang::Vi).remove(0).lines;
            let kiosk = slides(&index, &DeckScope { unnumbered: true, ..scope }, Lang::Vi).remove(0).lines;
            assert!(numbered.iter().all(|line| line.contains(" — trang ")), "{numbered:?}");
            let stripped: Vec<&str> = numbered.iter().map(|line| line.split(" — trang ").next().unwrap()).collect();
            assert_eq!(kiosk, stripped);
        }
    }

    /// Each slide credits at its foot the documents its own place's figures come from, and no
    /// other place's (four localities, each with documents of its own).
    #[test]
    fn every_slide_credits_the_documents_of_its_own_place_at_its_foot() {
        let index = DatasetIndex::new(load(include_str!("../../../public/data/default.json")).into_valid().unwrap());
        let dataset = index.dataset();
        let deck = slides(&index, &DeckScope::default(), Lang::Vi);
        assert_eq!(deck[0].footer, "", "the title slide has no figures");
        for slide in &deck[1..] {
            let (locality, term) = index
                .locality_terms()
                .iter()
                .find(|(locality, term)| slide.kicker == chart::place_name(&index, locality, term, Lang::Vi))
                .unwrap_or_else(|| panic!("{:?} names its place", slide.kicker));
            let own = index.cited_sources(index.rows(locality, term).iter().map(|row| row.record));
            let named =
                slide.footer.strip_prefix("Nguồn: ").unwrap_or_else(|| panic!("{:?}: {:?}", slide.title, slide.footer));
            for title in named.split("; ") {
                assert!(
                    own.iter().any(|source| source.title.vi == title),
                    "{:?} of {locality} {term} credits {title:?}",
                    slide.title
                );
            }
            let others = dataset.sources.iter().filter(|source| !own.iter().any(|known| known.id == source.id));
            for other in others {
                assert!(!slide.footer.contains(&other.title.vi), "{:?} credits {:?}", slide.title, other.title.vi);
            }
        }
    }

    /// A deck of several places keeps each place's terms together (the place with the most
    /// figures first, its fullest term first): the outside tester met Chợ Mới's 2015-2020 between
    /// Bến Sung's two terms. A domain's sentence does not count again what its title counts; a
    /// summary says which statuses are the source's own.
    #[test]
    fn a_place_s_terms_stay_together_and_slides_count_once() {
        let index = DatasetIndex::new(load(include_str!("../../../public/data/default.json")).into_valid().unwrap());
        let deck = slides(&index, &DeckScope::default(), Lang::Vi);
        let places: Vec<&str> = deck[0].lines.iter().map(|line| line.split(", ").next().unwrap()).collect::<Vec<_>>();
        assert_eq!(places[..2], ["Thị trấn Bến Sung", "Thị trấn Bến Sung"], "{:?}", deck[0].lines);
        for (position, place) in places.iter().enumerate() {
            assert!(!places[..position].contains(place) || places[position - 1] == *place, "{:?}", deck[0].lines);
        }
        let bensung_summary = |lang| chart::domain_breakdown(&index, "ben-sung", "2020-2025", lang).title;
        let mut summaries = 0;
        for lang in [Lang::Vi, Lang::En] {
            for slide in slides(&index, &DeckScope::default(), lang) {
                match &slide.chart {
                    Some(ChartSpec::Bars(_)) => {
                        let fraction = slide.sentence.split(' ').any(|word| {
                            word.split_once('/')
                                .is_some_and(|(a, b)| a.parse::<u32>().is_ok() && b.parse::<u32>().is_ok())
                        });
                        let counted =
                            ["đạt hoặc vượt", "met or exceeded"].iter().any(|words| slide.sentence.contains(words));
                        assert!(!fraction && !counted, "{:?}", slide.sentence);
                    }
                    Some(ChartSpec::Stacked(chart)) if chart.title.starts_with(&bensung_summary(lang)) => {
                        let note = chart::from_source_note(10, lang);
                        summaries += 1;
                        assert!(slide.sentence.ends_with(&format!(" {note}")), "{:?}", slide.sentence);
                    }
                    _ => {}
                }
            }
        }
        assert_eq!(summaries, 2, "Bến Sung 2020-2025's summary slide, Vi and En");
    }

    /// A province's slide of all places in a term with no target due anywhere yet says so in its
    /// sentence alone, without an empty chart repeating it.
    #[test]
    fn a_slide_of_places_with_nothing_to_draw_has_no_empty_chart() {
        let mut json = crate::load::tests::valid_json();
        let source = serde_json::json!({"source": "s1", "quote": "q"});
        json["terms"] = serde_json::json!([{"id": "2025-2030", "start_year": 2025, "end_year": 2030}]);
        let ids: Vec<String> = (0..14).map(|n| format!("x{n}")).collect();
        json["localities"] = ids
            .iter()
            .map(|id| serde_json::json!({"id": id, "name": {"vi": format!("Xã {id}")}, "level": "commune"}))
            .collect();
        json["records"] = ids
            .iter()
            .map(|id| {
                serde_json::json!({"locality": id, "indicator": "income", "term": "2025-2030",
                    "target": {"shape": "level", "value": 90, "source": source}, "results": []})
            })
            .collect();
        let index = DatasetIndex::new(load(&json.to_string()).into_valid().unwrap());
        let deck = slides(&index, &DeckScope::default(), Lang::Vi);
        let slide = &deck[1];
        assert!(slide.kicker.starts_with("Tất cả địa phương"), "{:?}", slide.kicker);
        assert!(slide.chart.is_none(), "{slide:?}");
        // The title says that none is due; the sentence does not list the fourteen again.
        assert_eq!(slide.sentence, "Cả 14 nơi: chưa có chỉ tiêu nào đến hạn; 14 chỉ tiêu chưa đến hạn.");

        // Three places with two years of results: the slide draws each place at its share of
        // targets met or on pace, and names the eleven without a target, the first eight
        // (outside tester: the list ended in "….").
        json["data_as_of"] = "2026-12-31".into();
        for (n, record) in json["records"].as_array_mut().unwrap().iter_mut().enumerate() {
            if n < 3 {
                record["results"] = serde_json::json!([
                    {"value": 60, "period": {"year": 2025}, "source": source},
                    {"value": 70 - 10 * n, "period": {"year": 2026}, "source": source},
                ]);
            } else {
                record.as_object_mut().unwrap().remove("target");
            }
        }
        let index = DatasetIndex::new(load(&json.to_string()).into_valid().unwrap());
        let deck = slides(&index, &DeckScope::default(), Lang::Vi);
        let slide = &deck[1];
        let Some(ChartSpec::Dots(chart)) = &slide.chart else { panic!("{slide:?}") };
        let drawn: Vec<(&str, u32, u32)> =
            chart.dots.iter().map(|dot| (dot.key.as_str(), dot.met, dot.judged)).collect();
        assert_eq!(
            drawn,
            [("x0", 1, 1), ("x1", 0, 1), ("x2", 0, 1)],
            "x0 on pace, x1 standing still, x2 going the wrong way"
        );
        assert!(slide
            .title
            .ends_with("1/3 địa phương cùng cấp có từ nửa số chỉ tiêu đã đạt hoặc đúng tiến độ trở lên"));
        assert!(
            slide.sentence.ends_with(
                "Không có chỉ tiêu để đánh giá (11 nơi): Xã x3, Xã x4, Xã x5, Xã x6, Xã x7, Xã x8, Xã x9, Xã x10, …"
            ),
            "{}",
            slide.sentence
        );
    }

    #[test]
    fn the_deck_follows_the_urls_unit_term_and_domain() {
        let dataset = load(include_str!("../../../public/data/default.json")).into_valid().unwrap();
        let index = DatasetIndex::new(dataset);
        let scope =
            DeckScope { locality: Some("ben-sung".into()), term: Some("2020-2025".into()), ..DeckScope::default() };
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
            assert!(!slide.sentence.contains("Overview tab"), "a deck has no tabs: {}", slide.sentence);
        }
        let economy: Vec<&str> = deck
            .iter()
            .filter(|slide| slide.kicker == "Bến Sung township, 2020-2025" && slide.title.starts_with("Economy"))
            .map(|slide| slide.title.as_str())
            .collect();
        assert_eq!(
            economy,
            [
                "Economy: 10 of 14 met or exceeded their target (1/2)",
                "Economy: 10 of 14 met or exceeded their target (2/2)"
            ]
        );
        // Twelve bars shared evenly, not eight and a half-empty four.
        let bars: Vec<usize> = deck
            .iter()
            .filter(|slide| slide.kicker == "Bến Sung township, 2020-2025" && slide.title.starts_with("Economy"))
            .map(|slide| match &slide.chart {
                Some(ChartSpec::Bars(bars)) => bars.bars.len(),
                _ => 0,
            })
            .collect();
        assert_eq!(bars, [6, 6]);
    }

    /// Each indicator slide leads with its finding in one figure, for the place and term it names.
    #[test]
    fn an_indicator_slide_leads_with_its_figure() {
        let dataset = load(include_str!("../../../public/data/default.json")).into_valid().unwrap();
        let index = DatasetIndex::new(dataset);
        let scope =
            DeckScope { locality: Some("ben-sung".into()), term: Some("2020-2025".into()), ..DeckScope::default() };
        let headline = |lang: Lang, title: &str| {
            let deck = slides(&index, &scope, lang);
            deck.iter().find(|slide| slide.title == title).map(|slide| slide.headline.clone()).unwrap()
        };
        let table = [
            (Lang::Vi, "Giá trị sản xuất", "153\u{a0}% mục tiêu · ▲ Vượt"),
            (Lang::Vi, "Thu nhập bình quân đầu người", "88,05\u{a0}% mục tiêu · ✗ Không đạt"),
            (Lang::Vi, "Tỷ lệ đường giao thông được cứng hóa, bê tông hóa", "✓ Đạt (theo nguồn)"),
            (Lang::Vi, "Doanh nghiệp và hợp tác xã đang hoạt động", "136\u{a0}doanh nghiệp, hợp tác xã"),
            (Lang::En, "Production value", "153\u{a0}% of target · ▲ Exceeded"),
            (Lang::Vi, "Tổng huy động vốn đầu tư", "25\u{a0}% mục tiêu · ? nguồn mâu thuẫn"),
        ];
        for (lang, title, expected) in table {
            assert_eq!(headline(lang, title), expected, "{title}");
        }
        // Summary, rankings and the list of targets without results have no big figure.
        let deck = slides(&index, &scope, Lang::Vi);
        assert!(deck[..2].iter().all(|slide| slide.headline.is_empty()));
        assert!(deck
            .iter()
            .filter(|slide| slide.chart.is_none() || matches!(slide.chart, Some(ChartSpec::Bars(_))))
            .all(|slide| slide.headline.is_empty()));
    }

    /// A presenter steps through a place's terms in time order, whichever has more figures
    /// (outside tester: 2025-2030 came before 2020-2025 for some places, after it for others).
    #[test]
    fn a_place_s_terms_come_in_time_order() {
        let index = DatasetIndex::new(load(include_str!("../../../public/data/default.json")).into_valid().unwrap());
        let deck = Deck::new(&index, &DeckScope::default());
        let same_place: Vec<&[(String, String)]> =
            deck.pairs.windows(2).filter(|pairs| pairs[0].0 == pairs[1].0).collect();
        assert!(!same_place.is_empty(), "a place with two terms");
        for pairs in same_place {
            assert!(pairs[0].1 < pairs[1].1, "{pairs:?}");
        }
    }

    /// A slide's caption says each of a record's figures once: three figures of one period that
    /// disagree pairwise are one sentence, the one the status is judged on first (the kiosk said
    /// "Nguồn đưa hai số liệu mâu thuẫn" three times in seven lines: outside tester).
    #[test]
    fn contradicting_figures_are_one_sentence_on_a_slide() {
        let index = DatasetIndex::new(load(include_str!("../../../public/data/default.json")).into_valid().unwrap());
        let scope =
            DeckScope { locality: Some("ben-sung".into()), term: Some("2020-2025".into()), ..DeckScope::default() };
        let cases = [
            (Lang::Vi, "Tổng huy động vốn đầu tư", "Nguồn đưa 3 số liệu mâu thuẫn nhau: 1.813\u{a0}tỷ đồng, đạt 25\u{a0}% mục tiêu; ước 1.813\u{a0}tỷ đồng, đạt 725,2\u{a0}% mục tiêu và 1.832\u{a0}tỷ đồng; trạng thái tính theo số liệu thứ nhất."),
            (Lang::En, "Investment capital mobilised", "The source gives 3 contradictory figures: 1,813\u{a0}billion VND, at 25\u{a0}% of target; est. 1,813\u{a0}billion VND, at 725.2\u{a0}% of target and 1,832\u{a0}billion VND; the status uses the first."),
        ];
        for (lang, title, expected) in cases {
            let deck = slides(&index, &scope, lang);
            let slide = deck.iter().find(|slide| slide.title == title).expect(title);
            assert!(slide.sentence.contains(expected), "{}", slide.sentence);
            assert_eq!(
                slide.sentence.matches(lang.pick("số liệu mâu thuẫn", "contradictory figures")).count(),
                1,
                "{}",
                slide.sentence
            );
        }
    }

    /// A fall without a target leads with the words its legend uses: "giảm 0,52 điểm %/năm", not
    /// "-0,52 điểm %/năm" (outside tester).
    #[test]
    fn a_fall_without_a_target_leads_with_its_words() {
        let json = crate::load::tests::with_indicators_and_records(
            serde_json::json!([{"id": "poor", "name": {"vi": "Tỷ lệ hộ nghèo giảm bình quân hằng năm"}, "domain": "economy",
                "unit": {"vi": "điểm %/năm", "en": "points/year"}, "direction": "lower_is_better", "kind": "rate"}]),
            serde_json::json!([{"locality": "l1", "indicator": "poor", "term": "2020-2025",
                "results": [{"value": -0.52, "source": crate::load::tests::quoted()}]}]),
        );
        let index = DatasetIndex::new(load(&json.to_string()).into_valid().unwrap());
        for (lang, expected) in [(Lang::Vi, "giảm 0,52\u{a0}điểm %/năm"), (Lang::En, "down 0.52\u{a0}points/year")]
        {
            let deck = slides(&index, &DeckScope::default(), lang);
            let slide = deck.iter().find(|slide| slide.title.starts_with("Tỷ lệ hộ nghèo")).unwrap();
            assert_eq!(slide.headline, expected);
        }
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

    /// A province's deck: planned without making a slide, each slide made alone equal to the same
    /// slide of the whole deck, one summary slide per place, and the title slide naming a few
    /// places and how many more.
    #[test]
    fn a_province_deck_is_planned_whole_and_made_a_slide_at_a_time() {
        let mut json = crate::reading::tests::with_localities(300);
        json["localities"][250]["name"]["vi"] = "Xã Hòa Bình".into();
        let index = DatasetIndex::new(load(&json.to_string()).into_valid().unwrap());
        let deck = Deck::new(&index, &DeckScope::default());
        let whole = slides(&index, &DeckScope::default(), Lang::Vi);
        assert_eq!(deck.len(), whole.len());
        // A title, all places on one slide, then per place its scorecard alone: 300 places in full
        // would be 1,200 slides.
        assert_eq!(deck.len(), 1 + 1 + 300);
        let Some(ChartSpec::Dots(all)) = &whole[1].chart else { panic!("{:?}", whole[1].title) };
        assert_eq!(all.dots.len() + all.without.len(), 300);
        assert!(all.dots.iter().all(|dot| !dot.highlighted), "no place is on screen");
        assert_eq!(whole[1].kicker, "Tất cả địa phương, 2020-2025");
        assert!(whole[2..].iter().all(|slide| matches!(slide.chart, Some(ChartSpec::Stacked(_)))));
        // Each title names its place, which changes every slide.
        assert!(whole[2..]
            .iter()
            .all(|slide| (slide.title.starts_with("Thị trấn A ") || slide.title.starts_with("Xã Hòa Bình"))
                && slide.title.contains(": ")));
        let mut kickers: Vec<&str> = whole[2..].iter().map(|slide| slide.kicker.as_str()).collect();
        kickers.sort_unstable();
        kickers.dedup();
        assert_eq!(kickers.len(), 300, "every place once");
        for position in [0, 1, 2, 3, 4, 199, deck.len() - 1] {
            assert_eq!(deck.slide(&index, position, Lang::Vi).as_ref(), Some(&whole[position]));
        }
        assert_eq!(deck.slide(&index, deck.len(), Lang::Vi), None);
        let title = &whole[0];
        assert_eq!(title.lines.len(), MAX_LINES_PER_SLIDE);
        assert_eq!(title.lines[0], "Tất cả địa phương, 2020-2025 — trang 2");
        assert!(title.lines[1].ends_with(" — trang 3"), "{:?}", title.lines[1]);
        assert_eq!(title.lines[MAX_LINES_PER_SLIDE - 1], "… và 294 nơi, nhiệm kỳ khác — gõ / để tìm một nơi");
        // Those beyond the agenda are found by name, at their own summary slide.
        let (found, all) = deck.find(&index, "hoa binh", 8, Lang::Vi);
        assert_eq!((found.len(), all), (1, 1), "{found:?}");
        assert!(found[0].0.starts_with("Xã Hòa Bình"), "{found:?}");
        assert!(found[0].1 > MAX_LINES_PER_SLIDE, "beyond the agenda: {found:?}");
        assert!(whole[found[0].1 - 1].title.starts_with("Xã Hòa Bình"), "the number leads to that place's slide");
        let (named, all) = deck.find(&index, "thi tran", 8, Lang::Vi);
        assert_eq!((named.len(), all), (8, 299), "at most the limit named, and how many in all");
        assert_eq!(deck.find(&index, "khong co noi nay", 8, Lang::Vi), (Vec::new(), 0));
        let unnumbered = Deck::new(&index, &DeckScope { unnumbered: true, ..DeckScope::default() });
        let kiosk_title = unnumbered.slide(&index, 0, Lang::Vi).unwrap();
        assert_eq!(
            kiosk_title.lines[MAX_LINES_PER_SLIDE - 1],
            "… và 294 nơi, nhiệm kỳ khác",
            "a kiosk has no keyboard"
        );
        assert_eq!(title.sentence, "300 địa phương, 1 nhiệm kỳ, 2 chỉ tiêu. Mỗi nơi, nhiệm kỳ một trang tổng hợp.");
        // One place of them: its deck in full.
        let scope = DeckScope { locality: Some(index.locality_terms()[5].0.clone()), ..DeckScope::default() };
        assert_eq!(Deck::new(&index, &scope).len(), 1 + 4);
        // At the limit, in full.
        let json = crate::reading::tests::with_localities(MAX_PLACES_IN_FULL).to_string();
        let index = DatasetIndex::new(load(&json).into_valid().unwrap());
        assert_eq!(Deck::new(&index, &DeckScope::default()).len(), 1 + MAX_PLACES_IN_FULL * 4);
    }

    /// A presenter's deck for one place and term opens with its agenda: each part with the slide
    /// it starts on, and every number named is that part's slide.
    #[test]
    fn a_deck_for_one_place_and_term_opens_with_an_agenda_whose_numbers_lead_to_its_parts() {
        let dataset = load(include_str!("../../../public/data/default.json")).into_valid().unwrap();
        let index = DatasetIndex::new(dataset);
        let scope =
            DeckScope { locality: Some("ben-sung".into()), term: Some("2020-2025".into()), ..DeckScope::default() };
        let deck = slides(&index, &scope, Lang::Vi);
        let agenda = &deck[0].lines;
        assert_eq!(agenda[0], "Thị trấn Bến Sung, 2020-2025: tổng hợp kết quả — trang 2");
        let first_page = |line: &str| -> usize {
            let pages = line.rsplit("— trang ").next().unwrap();
            pages.split('–').next().unwrap().parse().unwrap()
        };
        for line in agenda {
            let slide = &deck[first_page(line) - 1];
            let label = line.split(" — ").next().unwrap();
            let fits = match label {
                _ if label.ends_with("tổng hợp kết quả") => slide.title.contains("chỉ tiêu đạt"),
                "Từng chỉ tiêu có số liệu" => slide.chart.is_some() && !slide.title.contains("% mục tiêu"),
                "Chỉ tiêu chưa có kết quả" => slide.title.contains("chưa có kết quả"),
                domain_ranking => {
                    matches!(slide.chart, Some(ChartSpec::Bars(_)))
                        && slide.title.starts_with(domain_ranking.split(':').next().unwrap())
                }
            };
            assert!(fits, "{line:?} leads to {:?}", slide.title);
        }
        assert!(agenda.iter().any(|line| line.starts_with("Kinh tế: % mục tiêu — trang 3")), "{agenda:#?}");
        assert!(agenda.len() <= MAX_LINES_PER_SLIDE, "{agenda:#?}");
        // Only this place and term, counted as presented.
        let indicators = index.rows("ben-sung", "2020-2025").len();
        assert_eq!(deck[0].sentence, format!("1 địa phương, 1 nhiệm kỳ, {indicators} chỉ tiêu."));
        assert!(deck[1..].iter().all(|slide| slide.kicker == "Thị trấn Bến Sung, 2020-2025"));
    }
}
