//! The invariant people rely on most: no view names or draws a figure of a place or term other
//! than the one it is for. Every view builder × every locality and term of a dataset where the
//! same indicators appear in several places and terms, each with its own distinct figures and
//! its own quotes.

use std::collections::HashSet;

use chitieu_core::chart::{self, ChartSpec, Filter};
use chitieu_core::format;
use chitieu_core::load::load;
use chitieu_core::model::{Outcome, Record, Status};
use chitieu_core::pace::Pace;
use chitieu_core::scorecard::scorecard;
use chitieu_core::slides::slides;
use chitieu_core::{DatasetIndex, Lang};

const LOCALITIES: [(&str, &str); 3] = [("an", "Xã An Phú"), ("binh", "Xã Bình Lợi"), ("cat", "Thị trấn Cát Tiên")];
const TERMS: [(&str, i32, i32); 2] = [("2015-2020", 2015, 2020), ("2020-2025", 2020, 2025)];

/// Figures that cannot be mistaken for one another: each step adds a whole and a hundredth
/// (`step` 1.01) or half and a hundredth (`step` 0.51), so each figure ends in its own decimals.
struct Figures {
    next: u32,
    step: f64,
}

impl Figures {
    fn next(&mut self, base: f64) -> f64 {
        self.next += 1;
        let figure = base + f64::from(self.next) * self.step;
        (figure * 100.0).round() / 100.0
    }
}

/// Three localities, two terms, five indicators in every pair (a level, a reduction written as a
/// negative number, a derived target, a composition and a yearly series), one more reported by a
/// single locality in 2015-2020, and a stated summary per pair; every figure distinct and every
/// quote naming its record.
fn many_places() -> DatasetIndex {
    let mut figures = Figures { next: 0, step: 1.01 };
    // Composition shares stay small, so that three of them sum to 100.
    let mut shares = Figures { next: 0, step: 0.51 };
    let mut records = Vec::new();
    let mut summaries = Vec::new();
    for (locality_position, (locality, _)) in LOCALITIES.iter().enumerate() {
        for (term_position, (term, _, end_year)) in TERMS.iter().enumerate() {
            let quote =
                |what: &str| serde_json::json!({"source": "s1", "quote": format!("{what} — {locality} {term}")});
            let record = |indicator: &str, target: serde_json::Value, results: serde_json::Value| {
                serde_json::json!({"locality": locality, "indicator": indicator, "term": term,
                                   "target": target, "results": results})
            };
            let income_target = figures.next(100.0);
            let (income_early, income_final) = (figures.next(50.0), figures.next(60.0));
            records.push(record(
                "income",
                serde_json::json!({"shape": "level", "value": income_target, "source": quote("income target")}),
                serde_json::json!([
                    {"value": income_early, "period": {"year": end_year - 2}, "source": quote("income early")},
                    {"value": income_final, "period": {"year": end_year}, "source": quote("income final")}
                ]),
            ));
            let (reduction_target, reduction) = (-figures.next(0.0), -figures.next(0.0));
            records.push(record(
                "poverty-change",
                serde_json::json!({"shape": "change_per_year", "value": reduction_target, "source": quote("poverty target")}),
                serde_json::json!([{"value": reduction, "source": quote("poverty result")}]),
            ));
            let (growth, margin) = (figures.next(10.0), figures.next(0.0));
            let mut growth_record = record(
                "growth",
                serde_json::Value::Null,
                serde_json::json!([{"value": growth, "stated_margin_over_target": margin, "source": quote("growth")}]),
            );
            growth_record.as_object_mut().unwrap().remove("target");
            records.push(growth_record);
            let parts = |first: f64, second: f64| {
                serde_json::json!([
                    {"part": {"vi": "Nông nghiệp", "en": "Agriculture"}, "value": first},
                    {"part": {"vi": "Công nghiệp - xây dựng", "en": "Industry"}, "value": second},
                    {"part": {"vi": "Dịch vụ", "en": "Services"}, "value": ((100.0 - first - second) * 100.0).round() / 100.0}
                ])
            };
            let (target_first, target_second) = (shares.next(10.0), shares.next(20.0));
            let (result_first, result_second) = (shares.next(10.0), shares.next(20.0));
            records.push(record(
                "structure",
                serde_json::json!({"shape": "composition", "parts": parts(target_first, target_second),
                                   "source": quote("structure target")}),
                serde_json::json!([{"parts": parts(result_first, result_second), "source": quote("structure result")}]),
            ));
            if (locality_position, term_position) == (0, 0) || term_position == 1 {
                let (insured_target, insured) = (figures.next(0.0), figures.next(0.0));
                records.push(record(
                    "insured",
                    serde_json::json!({"shape": "at_least", "value": insured_target, "source": quote("insured target")}),
                    serde_json::json!([{"value": insured, "source": quote("insured result")}]),
                ));
            }
            summaries.push(serde_json::json!({"locality": locality, "term": term, "met": 1 + locality_position,
                "total": 5, "exceeded": term_position, "source": quote("summary")}));
        }
    }
    let indicator = |id: &str, name: &str, unit: &str, direction: &str, kind: &str| {
        serde_json::json!({"id": id, "name": {"vi": name, "en": id}, "domain": if kind == "composition" { "economy" } else { "society" },
                           "unit": {"vi": unit}, "direction": direction, "kind": kind})
    };
    let json = serde_json::json!({
        "format": "chitieu-dataset", "version": 1, "title": {"vi": "Nhiều nơi", "en": "Many places"},
        "data_as_of": "2025-09-30",
        "sources": [{"id": "s1", "file": "s1.txt", "title": {"vi": "Nguồn"}}],
        "localities": LOCALITIES.iter().map(|(id, name)| serde_json::json!({"id": id, "name": {"vi": name}, "level": "commune"})).collect::<Vec<_>>(),
        "terms": TERMS.iter().map(|(id, start, end)| serde_json::json!({"id": id, "start_year": start, "end_year": end})).collect::<Vec<_>>(),
        "domains": [{"id": "economy", "name": {"vi": "Kinh tế", "en": "Economy"}},
                    {"id": "society", "name": {"vi": "Xã hội", "en": "Society"}}],
        "indicators": [
            indicator("income", "Thu nhập", "triệu đồng", "higher_is_better", "amount"),
            indicator("poverty-change", "Giảm hộ nghèo", "điểm %/năm", "lower_is_better", "rate"),
            indicator("growth", "Tăng trưởng", "%", "higher_is_better", "rate"),
            indicator("structure", "Cơ cấu kinh tế", "%", "target_is_best", "composition"),
            indicator("insured", "Tỉ lệ BHYT", "%", "higher_is_better", "share"),
        ],
        "records": records,
        "stated_summaries": summaries,
    });
    let loaded = load(&json.to_string());
    assert!(loaded.problems.is_empty(), "{:#?}", loaded.problems);
    DatasetIndex::new(loaded.into_valid().unwrap())
}

/// Every number a record holds, and every quote.
fn figures_of(record: &Record) -> (Vec<f64>, Vec<String>) {
    let mut numbers = Vec::new();
    let mut quotes = Vec::new();
    if let Some(target) = &record.target {
        numbers.extend([target.value, target.min, target.max, target.count, target.total].into_iter().flatten());
        numbers.extend(target.parts.iter().map(|part| part.value));
        quotes.push(target.source.quote.clone());
    }
    for outcome in &record.results {
        let Outcome { value, total, stated_percent_of_target, stated_margin_over_target, .. } = outcome;
        numbers.extend([*value, *total, *stated_percent_of_target, *stated_margin_over_target].into_iter().flatten());
        numbers.extend(outcome.parts.iter().map(|part| part.value));
        quotes.push(outcome.source.quote.clone());
    }
    (numbers, quotes)
}

/// How a figure can appear in text: formatted either way, and without its sign ("giảm 0,09").
fn written_forms(number: f64) -> Vec<String> {
    [number, number.abs()]
        .into_iter()
        .flat_map(|number| [format::number(number, Lang::Vi), format::number(number, Lang::En)])
        .collect()
}

/// The figures, quotes and place names that must not appear in a view allowed to show only the
/// records `allowed` accepts.
struct Foreign {
    texts: Vec<String>,
}

impl Foreign {
    fn outside(index: &DatasetIndex, allowed: impl Fn(&Record) -> bool, allowed_localities: &[&str]) -> Foreign {
        let own: HashSet<String> = index
            .dataset()
            .records
            .iter()
            .filter(|record| allowed(record))
            .flat_map(|record| figures_of(record).0.into_iter().flat_map(written_forms))
            .collect();
        let mut texts = Vec::new();
        for record in index.dataset().records.iter().filter(|record| !allowed(record)) {
            let (numbers, quotes) = figures_of(record);
            texts.extend(numbers.into_iter().flat_map(written_forms).filter(|form| !own.contains(form)));
            texts.extend(quotes);
        }
        for (id, name) in LOCALITIES {
            if !allowed_localities.contains(&id) {
                texts.push(name.to_string());
            }
        }
        Foreign { texts }
    }

    fn assert_absent(&self, text: &str, what: &str) {
        for foreign in &self.texts {
            let shown = text.match_indices(foreign.as_str()).any(|(at, found)| is_whole(text, at, at + found.len()));
            assert!(!shown, "{what}: shows {foreign:?} of another place or term in {text:?}");
        }
    }
}

/// Whether `text[start..end]` stands alone: not the middle of a longer number ("2,2" in "12,21").
fn is_whole(text: &str, start: usize, end: usize) -> bool {
    let number_char = |c: char| c.is_ascii_digit();
    let before = text[..start].chars().rev().take(2).collect::<Vec<_>>();
    let after = text[end..].chars().take(2).collect::<Vec<_>>();
    let joins_before = match before.as_slice() {
        [c, ..] if number_char(*c) => true,
        [separator, digit, ..] if (*separator == '.' || *separator == ',') && number_char(*digit) => true,
        _ => false,
    };
    let joins_after = match after.as_slice() {
        [c, ..] if number_char(*c) => true,
        [separator, digit, ..] if (*separator == '.' || *separator == ',') && number_char(*digit) => true,
        _ => false,
    };
    !(joins_before || joins_after)
}

/// Every text a chart shows: title, sentence, labels, and its table twin.
fn chart_texts(chart: &ChartSpec) -> Vec<String> {
    let mut texts = vec![chart.title().to_string(), chart.description().to_string()];
    let table = chart.table();
    texts.push(table.caption.clone());
    texts.extend(table.rows.iter().flatten().map(|cell| cell.text.clone()));
    match chart {
        ChartSpec::Bars(bars) => {
            texts.extend(bars.bars.iter().flat_map(|bar| [bar.label.clone(), bar.value_with_status()]));
        }
        ChartSpec::Stacked(stacked) => {
            texts.extend(stacked.rows.iter().flat_map(|row| {
                std::iter::once(row.label.clone()).chain(row.segments.iter().map(|segment| segment.value_label.clone()))
            }));
        }
        ChartSpec::Bullet(bullet) => texts.extend([bullet.value_label.clone(), bullet.target_label.clone()]),
        ChartSpec::Columns(columns) => texts.extend(
            columns
                .columns
                .iter()
                .flat_map(|column| [column.label.clone(), column.value_label.clone(), column.target_label.clone()]),
        ),
        ChartSpec::Dots(dots) => {
            texts.extend(dots.dots.iter().flat_map(|dot| [dot.label.clone(), dot.value_text.clone()]))
        }
    }
    texts
}

fn locality_name(id: &str) -> &'static str {
    LOCALITIES.iter().find(|(locality, _)| *locality == id).map(|(_, name)| *name).unwrap()
}

#[test]
fn no_view_shows_a_figure_of_another_place_or_term() {
    let index = many_places();
    let dataset = index.dataset();
    assert_eq!(index.locality_terms().len(), LOCALITIES.len() * TERMS.len());
    let mut views = 0;
    for lang in [Lang::Vi, Lang::En] {
        for (locality, term) in index.locality_terms() {
            let in_pair = |record: &Record| record.locality == *locality && record.term == *term;
            let of_pair = Foreign::outside(&index, in_pair, &[locality]);
            let rows = index.rows(locality, term);
            let place = format!("{locality} {term}");

            // The ranking, whole and per domain (as the slides split it): its bars are the pair's
            // indicators with the pair's own % of target.
            let domains = dataset.domains.iter().map(|domain| Some(domain.id.clone()));
            for domain in std::iter::once(None).chain(domains) {
                let filter = Filter { domain, ..Filter::default() };
                let ranking = chart::ranking(&index, locality, term, &filter, lang);
                for bar in &ranking.bars {
                    let row = rows
                        .iter()
                        .find(|row| row.indicator.id == bar.key)
                        .unwrap_or_else(|| panic!("{place}: {}", bar.key));
                    assert_eq!(Some(bar.value), row.evaluation.percent_of_target, "{place}: {}", bar.key);
                }
                for text in chart_texts(&ChartSpec::Bars(ranking)) {
                    of_pair.assert_absent(&text, &format!("{place}: ranking"));
                }
                views += 1;
            }

            // The scorecard counts the pair's records, and the source's summary is the pair's.
            let card = scorecard(&index, locality, term);
            assert!(card.rows.iter().all(|row| in_pair(row.record)), "{place}: scorecard rows");
            assert_eq!(card.total.assessed + card.total.without_target, rows.len() as u32, "{place}");
            let stated = card.stated.expect("a summary per pair");
            assert_eq!((stated.locality.as_str(), stated.term.as_str()), (locality.as_str(), term.as_str()));
            let breakdown = chart::domain_breakdown(&index, locality, term, lang);
            let counted: f64 = breakdown.rows.iter().flat_map(|row| &row.segments).map(|segment| segment.value).sum();
            assert_eq!(counted, rows.len() as f64, "{place}: the domain breakdown counts the pair's records");
            for text in chart_texts(&ChartSpec::Stacked(breakdown)) {
                of_pair.assert_absent(&text, &format!("{place}: domain breakdown"));
            }
            views += 2;

            // Every indicator's detail: the pair's figures and quotes; across terms, only this
            // locality's figures.
            let of_locality = Foreign::outside(&index, |record| record.locality == *locality, &[locality]);
            for row in &rows {
                let id = &row.indicator.id;
                let detail = chart::indicator_detail(&index, locality, term, id, lang).expect("a detail per row");
                let assessed = row.evaluation.assessed_result.map(|position| &row.record.results[position]);
                assert_eq!(detail.bullet.value, assessed.and_then(|result| result.value), "{place} {id}");
                assert_eq!(detail.bullet.target, row.evaluation.target_value, "{place} {id}");
                let own_quotes = figures_of(row.record).1;
                for item in &detail.provenance {
                    assert!(own_quotes.contains(&item.quote), "{place} {id}: quote {:?}", item.quote);
                }
                for text in chart_texts(&ChartSpec::Bullet(detail.bullet.clone()))
                    .into_iter()
                    .chain(detail.findings.iter().cloned())
                    .chain(detail.provenance.iter().map(|item| item.what.clone()))
                    .chain(detail.percent_of_target.clone())
                {
                    of_pair.assert_absent(&text, &format!("{place} {id}: detail"));
                }
                for text in chart_texts(&detail.main_chart) {
                    of_pair.assert_absent(&text, &format!("{place} {id}: main chart"));
                }
                if let Some(across) = &detail.across_terms {
                    for column in &across.columns {
                        // "locality|term": the locality on screen, or (after a merger) a unit it
                        // was formed from, named in the column's label.
                        let (column_locality, column_term) = column.key.split_once('|').unwrap();
                        if column_locality != locality {
                            let this = index.dataset().locality(locality).unwrap();
                            assert!(
                                this.formed_from.iter().any(|id| id == column_locality),
                                "{place} {id}: {}",
                                column.key
                            );
                            let predecessor = index.dataset().locality(column_locality).unwrap();
                            assert!(
                                column.label.contains(predecessor.name.get(Lang::Vi)),
                                "{place} {id}: {}",
                                column.label
                            );
                        }
                        let record = index
                            .row(column_locality, column_term, id)
                            .unwrap_or_else(|| panic!("{place} {id}: {}", column.key));
                        assert_eq!(column.target, record.evaluation.target_value, "{place} {id}: across terms");
                    }
                    for text in chart_texts(&ChartSpec::Columns(across.clone())) {
                        of_locality.assert_absent(&text, &format!("{place} {id}: across terms"));
                    }
                }
                if let Some(series) = &detail.series {
                    let own = figures_of(row.record).0;
                    assert!(series.columns.iter().all(|column| column.value.is_some_and(|value| own.contains(&value))));
                    for text in chart_texts(&ChartSpec::Columns(series.clone())) {
                        of_pair.assert_absent(&text, &format!("{place} {id}: series"));
                    }
                }
                views += 1;
            }

            // Compare: every locality, but only this term.
            let of_term = Foreign::outside(&index, |record| record.term == *term, &["an", "binh", "cat"]);
            for indicator in chart::comparable_indicators(&index) {
                let Some(compared) = chart::compare(&index, &indicator.id, Some(term), None, lang) else { continue };
                for column in &compared.columns {
                    assert!(column.key.ends_with(&format!("|{term}")), "{place} {}: {}", indicator.id, column.key);
                }
                for text in chart_texts(&ChartSpec::Columns(compared)) {
                    of_term.assert_absent(&text, &format!("{place} {}: compare", indicator.id));
                }
                views += 1;
            }

            // All places: the places of this term, each with its own counts in this term, this one
            // drawn apart.
            let places = chart::places(&index, locality, term, &Default::default(), lang);
            assert_eq!(places.dots.len() + places.without.len(), 3, "{place}: every place of the level");
            // In a term under way, the places are drawn by their targets met or on pace.
            let under_way = places.axis_label.contains("tiến độ") || places.axis_label.contains("pace");
            for dot in &places.dots {
                // As the places views count targets due: one met early is not yet due.
                let mut counts = chitieu_core::scorecard::Counts::default();
                for row in index.rows(&dot.key, term) {
                    counts.add_as_due(row.evaluation);
                }
                // And in a term under way, the targets not yet due (met early or not) on pace or ahead.
                let on_pace = index
                    .rows(&dot.key, term)
                    .iter()
                    .filter(|row| {
                        let pace = row.evaluation.pace.as_ref().map(|pace| pace.pace);
                        let not_yet_due = pace == Some(Pace::Ahead)
                            || row.evaluation.effective_status().is_some_and(|(status, _)| status == Status::NotYetDue);
                        under_way && not_yet_due && matches!(pace, Some(Pace::Ahead | Pace::OnPace))
                    })
                    .count() as u32;
                assert_eq!(dot.met, counts.met() + on_pace, "{place}: {} met in {term}", dot.key);
                let total = scorecard(&index, &dot.key, term).total;
                assert_eq!(dot.met, total.met() - early_met(&index, &dot.key, term) + on_pace);
                assert_eq!(dot.highlighted, dot.key == *locality, "{place}: {}", dot.key);
                assert!(dot.label.contains(locality_name(&dot.key)), "{place}: {}", dot.label);
            }
            for text in chart_texts(&ChartSpec::Dots(places)) {
                of_term.assert_absent(&text, &format!("{place}: places"));
            }
            views += 1;

            // Structure: only this locality, in any of its terms.
            let structure = chart::structure(&index, locality, lang);
            assert!(!structure.rows.is_empty(), "{place}: every locality has a structure");
            for text in chart_texts(&ChartSpec::Stacked(structure)) {
                of_locality.assert_absent(&text, &format!("{place}: structure"));
            }
            views += 1;
        }

        // Every slide: its figures belong to the place its kicker names.
        for slide in slides(&index, &Default::default(), lang) {
            let Some(chart) = &slide.chart else { continue };
            let (locality, term) = index
                .locality_terms()
                .iter()
                .find(|(locality, term)| slide.kicker == chart::place_name(&index, locality, term, lang))
                .unwrap_or_else(|| panic!("a chart slide names its place: {:?}", slide.kicker));
            assert!(slide.kicker.contains(locality_name(locality)), "{}", slide.kicker);
            let of_pair =
                Foreign::outside(&index, |record| record.locality == *locality && record.term == *term, &[locality]);
            let slide_texts = chart_texts(chart).into_iter().chain([slide.title.clone(), slide.sentence.clone()]);
            for text in slide_texts {
                of_pair.assert_absent(&text, &format!("slide {:?} of {locality} {term}", slide.title));
            }
            if let ChartSpec::Bars(ranking) = chart {
                for bar in &ranking.bars {
                    let row = index.row(locality, term, &bar.key).unwrap();
                    assert_eq!(Some(bar.value), row.evaluation.percent_of_target);
                }
            }
            views += 1;
        }
    }
    assert!(views > 200, "{views} views checked");
}

/// The targets of `locality` in `term` met before their deadline.
fn early_met(index: &DatasetIndex, locality: &str, term: &str) -> u32 {
    let early = |row: &chitieu_core::index::Row| {
        row.evaluation.pace.as_ref().is_some_and(|pace| pace.pace == chitieu_core::pace::Pace::Ahead)
            && row.evaluation.effective_status().is_some_and(|(status, _)| status.is_met())
    };
    index.rows(locality, term).iter().filter(|row| early(row)).count() as u32
}
