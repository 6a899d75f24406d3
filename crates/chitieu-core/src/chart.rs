//! Chart specifications as plain data: what each chart shows, its title, its generated sentence
//! (shown under it and used as its accessible description) and its table twin. The rendering
//! layer draws them; tests check them without any backend.

use crate::evaluate::{evaluate, Evaluation, Finding, StatusOrigin};
use crate::format;
use crate::i18n::{status_name, Lang};
use crate::model::{Dataset, Indicator, IndicatorKind, Outcome, Record, Status, TargetShape};
use crate::scorecard::{rows, scorecard, Counts, Scorecard};
use crate::search;

/// Bars longer than this (in % of target) are drawn broken at the axis end, their label exact.
pub const RANKING_AXIS_CAP: f64 = 200.0;

/// How a mark is coloured: by status, or as the n-th series of a categorical palette.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Colour {
    Status(Option<Status>),
    Series(usize),
}

/// A horizontal bar chart (ranking by % of target, comparison across localities).
#[derive(Debug, Clone, PartialEq)]
pub struct BarChart {
    pub title: String,
    pub description: String,
    pub axis_label: String,
    pub bars: Vec<Bar>,
    /// A vertical reference line (100 % of target, or the target).
    pub reference: Option<f64>,
    /// The end of the value axis; bars beyond it are drawn broken.
    pub axis_max: f64,
    /// The language of the labels, for formatting tick numbers.
    pub lang: Lang,
    /// The header of the value column in the table twin.
    pub value_header: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// The indicator or locality id, for linking a mark to its detail.
    pub key: String,
    pub label: String,
    pub value: f64,
    /// The exact value as shown next to the bar, with its status in words.
    pub value_label: String,
    pub status: Option<Status>,
}

/// Horizontal stacked bars: statuses per domain, or composition parts per term.
#[derive(Debug, Clone, PartialEq)]
pub struct StackedChart {
    pub title: String,
    pub description: String,
    pub rows: Vec<StackedRow>,
    pub legend: Vec<(String, Colour)>,
    pub lang: Lang,
    pub axis_label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StackedRow {
    pub key: String,
    pub label: String,
    pub segments: Vec<Segment>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    pub label: String,
    pub value: f64,
    pub value_label: String,
    pub colour: Colour,
}

/// A bullet graph: the result as a bar, the target as a marker, qualitative bands behind.
#[derive(Debug, Clone, PartialEq)]
pub struct BulletChart {
    pub title: String,
    pub description: String,
    pub value: Option<f64>,
    pub value_label: String,
    pub target: Option<f64>,
    pub target_label: String,
    /// Upper ends of the qualitative bands (poor, fair, good), in the indicator's unit.
    pub bands: [f64; 3],
    pub axis_max: f64,
    pub status: Option<Status>,
    pub status_label: String,
    pub unit: String,
    pub lang: Lang,
}

/// Vertical columns per category (terms, or periods inside a term) with a target marker on each.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnChart {
    pub title: String,
    pub description: String,
    pub unit: String,
    pub columns: Vec<Column>,
    pub lang: Lang,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub key: String,
    pub label: String,
    pub value: Option<f64>,
    pub value_label: String,
    pub target: Option<f64>,
    pub target_label: String,
    pub status: Option<Status>,
}

/// The table twin of a chart: exactly what it shows, sortable.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub caption: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub text: String,
    /// The value sorting uses: a number when the cell holds one.
    pub number: Option<f64>,
}

impl Cell {
    pub fn text(text: impl Into<String>) -> Cell {
        Cell { text: text.into(), number: None }
    }
    pub fn number(text: impl Into<String>, number: f64) -> Cell {
        Cell { text: text.into(), number: Some(number) }
    }
}

impl Table {
    /// Sorts rows by a column: numbers numerically, text by its folded form; stable.
    pub fn sort_by(&mut self, column: usize, ascending: bool) {
        self.rows.sort_by(|a, b| {
            let (Some(a), Some(b)) = (a.get(column), b.get(column)) else {
                return std::cmp::Ordering::Equal;
            };
            let order = match (a.number, b.number) {
                (Some(x), Some(y)) => x.total_cmp(&y),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => search::fold(&a.text).cmp(&search::fold(&b.text)),
            };
            if ascending {
                order
            } else {
                order.reverse()
            }
        });
    }

    /// The table as CSV (RFC 4180 quoting), with a byte-order mark so spreadsheets read UTF-8.
    pub fn to_csv(&self) -> String {
        let quote = |text: &str| {
            if text.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", text.replace('"', "\"\""))
            } else {
                text.to_string()
            }
        };
        let mut out = String::from("\u{feff}");
        let line = |cells: Vec<String>| cells.iter().map(|cell| quote(cell)).collect::<Vec<_>>().join(",");
        out.push_str(&line(self.headers.clone()));
        out.push_str("\r\n");
        for row in &self.rows {
            out.push_str(&line(row.iter().map(|cell| cell.text.clone()).collect()));
            out.push_str("\r\n");
        }
        out
    }
}

/// What the explore filters select.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Filter {
    pub domain: Option<String>,
    pub status: Option<Status>,
    /// Matched against indicator names in both languages, ignoring diacritics and case.
    pub query: String,
}

impl Filter {
    pub fn accepts(&self, indicator: &Indicator, evaluation: &Evaluation) -> bool {
        let domain_ok = self.domain.as_deref().is_none_or(|domain| indicator.domain == domain);
        let status_ok =
            self.status.is_none_or(|wanted| evaluation.effective_status().map(|(status, _)| status) == Some(wanted));
        let name = format!("{} {}", indicator.name.vi, indicator.name.en.as_deref().unwrap_or(""));
        domain_ok && status_ok && search::matches(&name, &self.query)
    }
}

/// "Bến Sung, 2020-2025".
pub fn place_name(dataset: &Dataset, locality: &str, term: &str, lang: Lang) -> String {
    let name = dataset.locality(locality).map_or(locality, |locality| locality.name.get(lang));
    format!("{name}, {term}")
}

fn status_words(evaluation: &Evaluation, lang: Lang) -> String {
    match evaluation.effective_status() {
        Some((status, StatusOrigin::Computed)) => status_name(status, lang).to_string(),
        Some((status, StatusOrigin::Stated)) => {
            format!("{} ({})", status_name(status, lang), lang.pick("theo nguồn", "as stated"))
        }
        None => lang.pick("không có mục tiêu", "no target").to_string(),
    }
}

// ---------------------------------------------------------------------------------------------
// Ranking: indicators of a locality and term by % of target.

pub fn ranking(dataset: &Dataset, locality: &str, term: &str, filter: &Filter, lang: Lang) -> BarChart {
    let mut bars: Vec<Bar> = rows(dataset, locality, term)
        .iter()
        .filter(|row| filter.accepts(row.indicator, &row.evaluation))
        .filter_map(|row| {
            let percent = row.evaluation.percent_of_target?;
            Some(Bar {
                key: row.indicator.id.clone(),
                label: row.indicator.name.get(lang).to_string(),
                value: percent,
                value_label: format!("{} · {}", format::percent(percent, lang), status_words(&row.evaluation, lang)),
                status: row.evaluation.status,
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
    BarChart {
        description: ranking_sentence(&bars, &place, lang),
        title,
        axis_label: lang.pick("% mục tiêu (100 % = đạt mục tiêu)", "% of target (100 % = target met)").to_string(),
        bars,
        reference: Some(100.0),
        axis_max: largest.min(RANKING_AXIS_CAP).ceil(),
        lang,
        value_header: lang.pick("% mục tiêu", "% of target").to_string(),
    }
}

fn ranking_sentence(bars: &[Bar], place: &str, lang: Lang) -> String {
    let met = bars.iter().filter(|bar| bar.status.is_some_and(Status::is_met)).count();
    let exceeded = bars.iter().filter(|bar| bar.status == Some(Status::Exceeded)).count();
    let n = bars.len();
    match (lang, bars.last()) {
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

impl BarChart {
    pub fn table(&self) -> Table {
        Table {
            caption: self.title.clone(),
            headers: vec![
                self.lang.pick("Chỉ tiêu", "Indicator").to_string(),
                self.value_header.clone(),
                self.lang.pick("Trạng thái", "Status").to_string(),
            ],
            rows: self
                .bars
                .iter()
                .map(|bar| {
                    vec![
                        Cell::text(bar.label.clone()),
                        Cell::number(bar.value_label.split(" · ").next().unwrap_or_default(), bar.value),
                        Cell::text(bar.status.map_or("–", |status| status_name(status, self.lang))),
                    ]
                })
                .collect(),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Overview: the scorecard and the domain breakdown.

/// The scorecard headline: "23/27 chỉ tiêu đạt, 10 vượt, …".
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
        let exceeded = stated.exceeded.map(|n| n.to_string()).unwrap_or_else(|| "?".into());
        sentence.push(' ');
        sentence.push_str(&match lang {
            Lang::Vi => format!("Nguồn ghi: {}/{} chỉ tiêu đạt, {exceeded} vượt.", stated.met, stated.total),
            Lang::En => format!("The source states {} of {} met, {exceeded} exceeded.", stated.met, stated.total),
        });
    }
    sentence
}

/// Statuses per domain as stacked bars.
pub fn domain_breakdown(dataset: &Dataset, locality: &str, term: &str, lang: Lang) -> StackedChart {
    let card = scorecard(dataset, locality, term);
    let place = place_name(dataset, locality, term, lang);
    let rows = card
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
                });
            }
            StackedRow { key: domain.clone(), label, segments }
        })
        .collect();
    let mut legend: Vec<(String, Colour)> = Status::ALL
        .iter()
        .map(|status| (status_name(*status, lang).to_string(), Colour::Status(Some(*status))))
        .collect();
    legend.push((lang.pick("Không có mục tiêu", "No target").to_string(), Colour::Status(None)));
    StackedChart {
        title: match lang {
            Lang::Vi => format!("{place}: trạng thái chỉ tiêu theo lĩnh vực"),
            Lang::En => format!("{place}: indicator status by domain"),
        },
        description: scorecard_sentence(&card, &place, lang),
        rows,
        legend,
        lang,
        axis_label: lang.pick("Số chỉ tiêu", "Number of indicators").to_string(),
    }
}

impl StackedChart {
    pub fn table(&self) -> Table {
        let mut headers = vec![self.lang.pick("Nhóm", "Group").to_string()];
        headers.extend(self.legend.iter().map(|(label, _)| label.clone()));
        let rows = self
            .rows
            .iter()
            .map(|row| {
                let mut cells = vec![Cell::text(row.label.clone())];
                for (label, _) in &self.legend {
                    match row.segments.iter().find(|segment| &segment.label == label) {
                        Some(segment) => {
                            cells.push(Cell::number(format::number(segment.value, self.lang), segment.value))
                        }
                        None => cells.push(Cell::number("0", 0.0)),
                    }
                }
                cells
            })
            .collect();
        Table { caption: self.title.clone(), headers, rows }
    }
}

// ---------------------------------------------------------------------------------------------
// Indicator detail.

/// Everything the detail view shows about one indicator of one locality and term.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorDetail {
    pub name: String,
    pub domain: String,
    pub unit: String,
    pub direction: String,
    pub status: Option<Status>,
    pub status_label: String,
    pub percent_of_target: Option<String>,
    pub bullet: BulletChart,
    pub across_terms: ColumnChart,
    /// The yearly or quarterly values inside the term, when there are at least two.
    pub series: Option<ColumnChart>,
    pub provenance: Vec<ProvenanceItem>,
    /// Disagreements and contradictions, in words.
    pub findings: Vec<String>,
}

/// One figure and where it was read.
#[derive(Debug, Clone, PartialEq)]
pub struct ProvenanceItem {
    pub what: String,
    pub source_title: String,
    pub file: String,
    pub quote: String,
}

pub fn indicator_detail(
    dataset: &Dataset,
    locality: &str,
    term: &str,
    indicator_id: &str,
    lang: Lang,
) -> Option<IndicatorDetail> {
    let indicator = dataset.indicator(indicator_id)?;
    let term_ref = dataset.term(term)?;
    let record = dataset
        .records
        .iter()
        .find(|record| record.locality == locality && record.term == term && record.indicator == indicator_id)?;
    let evaluation = evaluate(record, indicator, term_ref, dataset.as_of_year());
    let unit = indicator.unit.get(lang).to_string();
    let place = place_name(dataset, locality, term, lang);
    let name = indicator.name.get(lang).to_string();
    let shape = record.target.as_ref().and_then(|target| target.shape().ok());
    let result = evaluation.assessed_result.map(|index| &record.results[index]);
    let result_value = result.and_then(|result| result.value);
    let status = evaluation.effective_status().map(|(status, _)| status);
    let status_label = status_words(&evaluation, lang);
    let target_text =
        target_phrase(shape.as_ref(), evaluation.target_value, evaluation.target_derived, &unit, record, lang);
    let result_text = result.map(|result| outcome_phrase(result, indicator, &unit, lang));
    let percent = evaluation.percent_of_target.map(|percent| format::percent(percent, lang));
    let description =
        detail_sentence(&name, &place, &target_text, result_text.as_deref(), percent.as_deref(), &status_label, lang);

    let target = evaluation.target_value;
    let reach = [target.unwrap_or(0.0), result_value.unwrap_or(0.0)].into_iter().fold(0.0, f64::max);
    let axis_max = if reach > 0.0 { reach * 1.25 } else { 1.0 };
    let bands = match (target, indicator.direction) {
        (Some(target), _) if target > 0.0 => [target * 0.5, target * 0.9, axis_max],
        _ => [axis_max / 3.0, axis_max * 2.0 / 3.0, axis_max],
    };
    let bullet = BulletChart {
        title: match lang {
            Lang::Vi => format!("{name} — {place}: kết quả và mục tiêu"),
            Lang::En => format!("{name} — {place}: result and target"),
        },
        description: description.clone(),
        value: result_value,
        value_label: result_text.clone().unwrap_or_else(|| lang.pick("chưa có kết quả", "no result yet").to_string()),
        target,
        target_label: target_text.clone(),
        bands,
        axis_max,
        status,
        status_label: status_label.clone(),
        unit: unit.clone(),
        lang,
    };

    let mut provenance = Vec::new();
    let mut cite = |what: String, source: &crate::model::Provenance| {
        let found = dataset.source(&source.source);
        provenance.push(ProvenanceItem {
            what,
            source_title: found.map_or(source.source.clone(), |found| found.title.get(lang).to_string()),
            file: found.map_or(String::new(), |found| found.file.clone()),
            quote: source.quote.clone(),
        });
    };
    if let Some(target) = &record.target {
        cite(format!("{}: {target_text}", lang.pick("Mục tiêu", "Target")), &target.source);
    }
    for outcome in &record.results {
        cite(
            format!("{}: {}", lang.pick("Kết quả", "Result"), outcome_phrase(outcome, indicator, &unit, lang)),
            &outcome.source,
        );
    }
    if let Some(stated) = &record.stated_status {
        cite(
            format!("{}: {}", lang.pick("Nguồn đánh giá", "The source assesses"), status_name(stated.status, lang)),
            &stated.source,
        );
    }

    let findings =
        evaluation.findings.iter().map(|finding| finding_words(finding, record, indicator, &unit, lang)).collect();
    Some(IndicatorDetail {
        name,
        domain: dataset
            .domain(&indicator.domain)
            .map_or(indicator.domain.clone(), |domain| domain.name.get(lang).to_string()),
        unit,
        direction: crate::i18n::direction_name(indicator.direction, lang).to_string(),
        status,
        status_label,
        percent_of_target: percent,
        bullet,
        across_terms: across_terms(dataset, locality, indicator, lang),
        series: in_term_series(dataset, record, indicator, term_ref, lang),
        provenance,
        findings,
    })
}

fn detail_sentence(
    name: &str,
    place: &str,
    target: &str,
    result: Option<&str>,
    percent: Option<&str>,
    status: &str,
    lang: Lang,
) -> String {
    let percent = percent.map(|percent| format!(" ({percent})")).unwrap_or_default();
    match (lang, result) {
        (Lang::Vi, Some(result)) => {
            format!("{name}, {place}: mục tiêu {target}, đạt {result}{percent} — {}.", status.to_lowercase())
        }
        (Lang::Vi, None) => format!("{name}, {place}: mục tiêu {target}; chưa có kết quả — {}.", status.to_lowercase()),
        (Lang::En, Some(result)) => {
            format!("{name}, {place}: target {target}, result {result}{percent} — {}.", status.to_lowercase())
        }
        (Lang::En, None) => format!("{name}, {place}: target {target}; no result yet — {}.", status.to_lowercase()),
    }
}

/// The target in words: "≥ 96 %", "14/16 khu phố", "đạt vào năm 2028", "87 triệu đồng (suy ra)".
pub fn target_phrase(
    shape: Option<&TargetShape>,
    derived_value: Option<f64>,
    derived: bool,
    unit: &str,
    record: &Record,
    lang: Lang,
) -> String {
    let amount = |value: f64| format::with_unit(value, unit, lang);
    let deadline = record.target.as_ref().and_then(|target| target.deadline_year);
    let text = match shape {
        Some(TargetShape::Level { value }) => amount(*value),
        Some(TargetShape::AtLeast { value }) => format!("≥ {}", amount(*value)),
        Some(TargetShape::AtMost { value }) => format!("≤ {}", amount(*value)),
        Some(TargetShape::Below { value }) => format!("< {}", amount(*value)),
        Some(TargetShape::Above { value }) => format!("> {}", amount(*value)),
        Some(TargetShape::Range { min, max }) => {
            format!("{}–{}", format::number(*min, lang), amount(*max))
        }
        Some(TargetShape::AnnualAverage { value }) => match lang {
            Lang::Vi => format!("bình quân {} mỗi năm", amount(*value)),
            Lang::En => format!("{} a year on average", amount(*value)),
        },
        Some(TargetShape::AverageGrowth { value }) => match lang {
            Lang::Vi => format!("tăng bình quân {} %/năm", format::number(*value, lang)),
            Lang::En => format!("{} % average yearly growth", format::number(*value, lang)),
        },
        Some(TargetShape::CountOfTotal { count, total }) => {
            format!("{}/{} {unit}", format::number(*count, lang), format::number(*total, lang))
        }
        Some(TargetShape::Composition { parts, .. }) => parts
            .iter()
            .map(|part| format!("{} {}", part.part.get(lang), format::percent(part.value, lang)))
            .collect::<Vec<_>>()
            .join("; "),
        Some(TargetShape::Milestone) => match (lang, deadline) {
            (Lang::Vi, Some(year)) => format!("hoàn thành vào năm {year}"),
            (Lang::Vi, None) => "hoàn thành trong nhiệm kỳ".to_string(),
            (Lang::En, Some(year)) => format!("done by {year}"),
            (Lang::En, None) => "done within the term".to_string(),
        },
        Some(TargetShape::ChangePerYear { value }) => {
            let size = amount(value.abs());
            match (lang, *value < 0.0) {
                (Lang::Vi, true) => format!("giảm {size}"),
                (Lang::Vi, false) => format!("tăng {size}"),
                (Lang::En, true) => format!("down {size}"),
                (Lang::En, false) => format!("up {size}"),
            }
        }
        None => match derived_value {
            Some(value) => amount(value),
            None => return lang.pick("không nêu", "not stated").to_string(),
        },
    };
    if derived {
        format!("{text} ({})", lang.pick("suy ra từ kết quả", "derived from the result"))
    } else {
        text
    }
}

/// A result in words: "ước 76,6 triệu đồng (2025)", "11/16 khu phố", "đã hoàn thành".
pub fn outcome_phrase(outcome: &Outcome, indicator: &Indicator, unit: &str, lang: Lang) -> String {
    let mut text = if let Some(done) = outcome.done {
        match (lang, done) {
            (Lang::Vi, true) => "đã hoàn thành".to_string(),
            (Lang::Vi, false) => "chưa hoàn thành".to_string(),
            (Lang::En, true) => "done".to_string(),
            (Lang::En, false) => "not done".to_string(),
        }
    } else if !outcome.parts.is_empty() {
        outcome
            .parts
            .iter()
            .map(|part| format!("{} {}", part.part.get(lang), format::percent(part.value, lang)))
            .collect::<Vec<_>>()
            .join("; ")
    } else if let (Some(value), Some(total)) = (outcome.value, outcome.total) {
        format!("{}/{} {unit}", format::number(value, lang), format::number(total, lang))
    } else if let Some(value) = outcome.value {
        let _ = indicator;
        format::with_unit(value, unit, lang)
    } else {
        "—".to_string()
    };
    if outcome.estimated {
        text = format!("{} {text}", lang.pick("ước", "est."));
    }
    match (outcome.period.year, outcome.period.quarter) {
        (Some(year), Some(quarter)) => text.push_str(&format!(" ({} {quarter}/{year})", lang.pick("quý", "Q"))),
        (Some(year), None) => text.push_str(&format!(" ({year})")),
        _ => {}
    }
    text
}

fn finding_words(finding: &Finding, record: &Record, indicator: &Indicator, unit: &str, lang: Lang) -> String {
    match finding {
        Finding::StatedStatusDisagrees { stated, computed } => match lang {
            Lang::Vi => format!(
                "Nguồn đánh giá \"{}\", nhưng tính từ số liệu là \"{}\".",
                status_name(*stated, lang),
                status_name(*computed, lang)
            ),
            Lang::En => format!(
                "The source says \"{}\", but the figures give \"{}\".",
                status_name(*stated, lang),
                status_name(*computed, lang)
            ),
        },
        Finding::ContradictoryResults { first, second } => {
            let a = outcome_phrase(&record.results[*first], indicator, unit, lang);
            let b = outcome_phrase(&record.results[*second], indicator, unit, lang);
            match lang {
                Lang::Vi => {
                    format!("Nguồn đưa hai số liệu mâu thuẫn: {a} và {b}; trạng thái tính theo số liệu thứ nhất.")
                }
                Lang::En => {
                    format!("The source gives two contradictory figures: {a} and {b}; the status uses the first.")
                }
            }
        }
        Finding::InconsistentImpliedTargets { from_percent, from_margin } => match lang {
            Lang::Vi => format!(
                "\"% mục tiêu\" và mức vượt mà nguồn nêu suy ra hai mục tiêu khác nhau: {} và {}.",
                format::with_unit(*from_percent, unit, lang),
                format::with_unit(*from_margin, unit, lang)
            ),
            Lang::En => format!(
                "The source's \"% of target\" and its margin imply two different targets: {} and {}.",
                format::with_unit(*from_percent, unit, lang),
                format::with_unit(*from_margin, unit, lang)
            ),
        },
        Finding::ImpliedTargetDiffers { stated, implied } => match lang {
            Lang::Vi => format!(
                "Mục tiêu ghi là {}, nhưng \"% mục tiêu\" của kết quả suy ra {}.",
                format::with_unit(*stated, unit, lang),
                format::with_unit(*implied, unit, lang)
            ),
            Lang::En => format!(
                "The target is {}, but the result's \"% of target\" implies {}.",
                format::with_unit(*stated, unit, lang),
                format::with_unit(*implied, unit, lang)
            ),
        },
    }
}

/// Target and result of one indicator for one locality across the terms the dataset has.
pub fn across_terms(dataset: &Dataset, locality: &str, indicator: &Indicator, lang: Lang) -> ColumnChart {
    let unit = indicator.unit.get(lang).to_string();
    let columns: Vec<Column> = dataset
        .terms
        .iter()
        .filter_map(|term| {
            let record = dataset.records.iter().find(|record| {
                record.locality == locality && record.term == term.id && record.indicator == indicator.id
            })?;
            Some(record_column(dataset, record, indicator, term, term.id.clone(), term.id.clone(), lang))
        })
        .collect();
    let locality_name = dataset.locality(locality).map_or(locality, |found| found.name.get(lang));
    let name = indicator.name.get(lang);
    let description = columns_sentence(&columns, &format!("{name}, {locality_name}"), lang);
    ColumnChart {
        title: match lang {
            Lang::Vi => format!("{name} — {locality_name}: qua các nhiệm kỳ"),
            Lang::En => format!("{name} — {locality_name}: across terms"),
        },
        description,
        unit,
        columns,
        lang,
    }
}

/// One record as a column: its assessed result as the bar, its target as the marker.
fn record_column(
    dataset: &Dataset,
    record: &Record,
    indicator: &Indicator,
    term: &crate::model::Term,
    key: String,
    label: String,
    lang: Lang,
) -> Column {
    let unit = indicator.unit.get(lang);
    let evaluation = evaluate(record, indicator, term, dataset.as_of_year());
    let result = evaluation.assessed_result.map(|index| &record.results[index]);
    let shape = record.target.as_ref().and_then(|target| target.shape().ok());
    Column {
        key,
        label,
        value: result.and_then(|result| result.value),
        value_label: result.map_or_else(
            || lang.pick("chưa có kết quả", "no result").to_string(),
            |result| outcome_phrase(result, indicator, unit, lang),
        ),
        target: evaluation.target_value,
        target_label: target_phrase(
            shape.as_ref(),
            evaluation.target_value,
            evaluation.target_derived,
            unit,
            record,
            lang,
        ),
        status: evaluation.effective_status().map(|(status, _)| status),
    }
}

fn columns_sentence(columns: &[Column], subject: &str, lang: Lang) -> String {
    let parts: Vec<String> = columns
        .iter()
        .map(|column| match lang {
            Lang::Vi => format!("{}: mục tiêu {}, kết quả {}", column.label, column.target_label, column.value_label),
            Lang::En => format!("{}: target {}, result {}", column.label, column.target_label, column.value_label),
        })
        .collect();
    format!("{subject} — {}.", parts.join("; "))
}

/// Yearly or quarterly results inside a term, when there are at least two dated ones.
fn in_term_series(
    dataset: &Dataset,
    record: &Record,
    indicator: &Indicator,
    term: &crate::model::Term,
    lang: Lang,
) -> Option<ColumnChart> {
    let unit = indicator.unit.get(lang).to_string();
    let mut dated: Vec<&Outcome> =
        record.results.iter().filter(|outcome| outcome.period.year.is_some() && outcome.value.is_some()).collect();
    if dated.len() < 2 {
        return None;
    }
    dated.sort_by_key(|outcome| (outcome.period.year, outcome.period.quarter.unwrap_or(5)));
    let evaluation = evaluate(record, indicator, term, dataset.as_of_year());
    let columns: Vec<Column> = dated
        .iter()
        .map(|outcome| {
            let label = match (outcome.period.year, outcome.period.quarter) {
                (Some(year), Some(quarter)) => format!("{} {quarter}/{year}", lang.pick("Q", "Q")),
                (Some(year), None) => year.to_string(),
                _ => term.id.clone(),
            };
            Column {
                key: label.clone(),
                label,
                value: outcome.value,
                value_label: outcome_phrase(outcome, indicator, &unit, lang),
                target: evaluation.target_value,
                target_label: evaluation
                    .target_value
                    .map_or_else(String::new, |value| format::with_unit(value, &unit, lang)),
                status: None,
            }
        })
        .collect();
    let name = indicator.name.get(lang);
    Some(ColumnChart {
        title: match lang {
            Lang::Vi => format!("{name}: các kỳ trong nhiệm kỳ {}", term.id),
            Lang::En => format!("{name}: periods within the {} term", term.id),
        },
        description: columns_sentence(&columns, name, lang),
        unit,
        columns,
        lang,
    })
}

impl ColumnChart {
    pub fn table(&self) -> Table {
        Table {
            caption: self.title.clone(),
            headers: vec![
                self.lang.pick("Kỳ", "Period").to_string(),
                self.lang.pick("Mục tiêu", "Target").to_string(),
                self.lang.pick("Kết quả", "Result").to_string(),
                self.lang.pick("Trạng thái", "Status").to_string(),
            ],
            rows: self
                .columns
                .iter()
                .map(|column| {
                    vec![
                        Cell::text(column.label.clone()),
                        match column.target {
                            Some(target) => Cell::number(column.target_label.clone(), target),
                            None => Cell::text(column.target_label.clone()),
                        },
                        match column.value {
                            Some(value) => Cell::number(column.value_label.clone(), value),
                            None => Cell::text(column.value_label.clone()),
                        },
                        Cell::text(column.status.map_or("–", |status| status_name(status, self.lang))),
                    ]
                })
                .collect(),
        }
    }
}

impl BulletChart {
    pub fn table(&self) -> Table {
        Table {
            caption: self.title.clone(),
            headers: vec![
                self.lang.pick("Mục tiêu", "Target").to_string(),
                self.lang.pick("Kết quả", "Result").to_string(),
                self.lang.pick("Trạng thái", "Status").to_string(),
            ],
            rows: vec![vec![
                match self.target {
                    Some(target) => Cell::number(self.target_label.clone(), target),
                    None => Cell::text(self.target_label.clone()),
                },
                match self.value {
                    Some(value) => Cell::number(self.value_label.clone(), value),
                    None => Cell::text(self.value_label.clone()),
                },
                Cell::text(self.status_label.clone()),
            ]],
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Compare and structure.

/// One indicator across localities: each locality's result, with its target as a marker. Within
/// `term` when at least two localities report the indicator there, else across all terms (each
/// column names its term).
pub fn compare(dataset: &Dataset, indicator_id: &str, term: Option<&str>, lang: Lang) -> Option<ColumnChart> {
    let indicator = dataset.indicator(indicator_id)?;
    let unit = indicator.unit.get(lang).to_string();
    let records_in = |term: Option<&str>| -> Vec<&Record> {
        dataset
            .records
            .iter()
            .filter(|record| record.indicator == indicator_id && term.is_none_or(|term| record.term == term))
            .collect()
    };
    let in_term = records_in(term);
    let localities_in_term = {
        let mut localities: Vec<&str> = in_term.iter().map(|record| record.locality.as_str()).collect();
        localities.dedup();
        localities.len()
    };
    let (records, scope) = if localities_in_term >= 2 { (in_term, term) } else { (records_in(None), None) };
    if records.is_empty() {
        return None;
    }
    let columns: Vec<Column> = records
        .iter()
        .filter_map(|record| {
            let term_ref = dataset.term(&record.term)?;
            let locality = dataset.locality(&record.locality).map_or(record.locality.as_str(), |l| l.name.get(lang));
            let key = format!("{}|{}", record.locality, record.term);
            Some(record_column(dataset, record, indicator, term_ref, key, format!("{locality} {}", record.term), lang))
        })
        .collect();
    let name = indicator.name.get(lang);
    let scope_text = match (scope, lang) {
        (Some(term), _) => term.to_string(),
        (None, Lang::Vi) => "các nhiệm kỳ".to_string(),
        (None, Lang::En) => "all terms".to_string(),
    };
    Some(ColumnChart {
        title: match lang {
            Lang::Vi => format!("{name}: so sánh các địa phương ({scope_text})"),
            Lang::En => format!("{name}: localities compared ({scope_text})"),
        },
        description: columns_sentence(&columns, name, lang),
        unit,
        columns,
        lang,
    })
}

/// Indicators that more than one locality reports (in any term): the ones worth comparing, those
/// with the most results first.
pub fn comparable_indicators(dataset: &Dataset) -> Vec<&Indicator> {
    let results = |indicator: &Indicator| {
        dataset
            .records
            .iter()
            .filter(|record| record.indicator == indicator.id && record.results.iter().any(|r| r.value.is_some()))
            .count()
    };
    let mut found: Vec<&Indicator> = dataset
        .indicators
        .iter()
        .filter(|indicator| {
            let mut localities: Vec<&str> = dataset
                .records
                .iter()
                .filter(|record| record.indicator == indicator.id)
                .map(|record| record.locality.as_str())
                .collect();
            localities.sort_unstable();
            localities.dedup();
            localities.len() > 1
        })
        .collect();
    found.sort_by_key(|indicator| std::cmp::Reverse(results(indicator)));
    found
}

/// Composition indicators of a locality: target and result parts per term.
pub fn structure(dataset: &Dataset, locality: &str, lang: Lang) -> StackedChart {
    let mut rows = Vec::new();
    let mut legend: Vec<(String, Colour)> = Vec::new();
    let colour_of = |name: &str, legend: &mut Vec<(String, Colour)>| {
        if let Some((_, colour)) = legend.iter().find(|(label, _)| label == name) {
            return *colour;
        }
        let colour = Colour::Series(legend.len());
        legend.push((name.to_string(), colour));
        colour
    };
    for indicator in dataset.indicators.iter().filter(|indicator| indicator.kind == IndicatorKind::Composition) {
        for term in &dataset.terms {
            let Some(record) = dataset.records.iter().find(|record| {
                record.locality == locality && record.term == term.id && record.indicator == indicator.id
            }) else {
                continue;
            };
            let target_parts = record.target.as_ref().map(|target| target.parts.clone()).unwrap_or_default();
            let mut readings = vec![(lang.pick("mục tiêu", "target"), target_parts)];
            for outcome in &record.results {
                readings.push((lang.pick("kết quả", "result"), outcome.parts.clone()));
            }
            for (what, parts) in readings.into_iter().filter(|(_, parts)| !parts.is_empty()) {
                let segments = parts
                    .iter()
                    .map(|part| {
                        let label = part.part.get(lang).to_string();
                        Segment {
                            colour: colour_of(&label, &mut legend),
                            value_label: format!("{label}: {}", format::percent(part.value, lang)),
                            label,
                            value: part.value,
                        }
                    })
                    .collect();
                rows.push(StackedRow {
                    key: format!("{}-{}-{what}", indicator.id, term.id),
                    label: format!("{} ({what})", term.id),
                    segments,
                });
            }
        }
    }
    let locality_name = dataset.locality(locality).map_or(locality, |found| found.name.get(lang));
    let description = if rows.is_empty() {
        match lang {
            Lang::Vi => format!("{locality_name}: không có chỉ tiêu cơ cấu."),
            Lang::En => format!("{locality_name}: no composition indicator."),
        }
    } else {
        let parts: Vec<String> = rows
            .iter()
            .map(|row| {
                format!(
                    "{}: {}",
                    row.label,
                    row.segments.iter().map(|s| s.value_label.clone()).collect::<Vec<_>>().join(", ")
                )
            })
            .collect();
        format!("{locality_name} — {}.", parts.join("; "))
    };
    StackedChart {
        title: match lang {
            Lang::Vi => format!("{locality_name}: cơ cấu kinh tế qua các nhiệm kỳ"),
            Lang::En => format!("{locality_name}: economic structure across terms"),
        },
        description,
        rows,
        legend,
        lang,
        axis_label: "%".to_string(),
    }
}

/// Localities that have a composition indicator.
pub fn localities_with_structure(dataset: &Dataset) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for record in &dataset.records {
        let is_composition = dataset.indicator(&record.indicator).is_some_and(|i| i.kind == IndicatorKind::Composition);
        if is_composition && !found.contains(&record.locality) {
            found.push(record.locality.clone());
        }
    }
    found
}

#[cfg(test)]
mod tests;

/// Any chart, for code that handles charts alike (figures, slides, exports).
#[derive(Debug, Clone, PartialEq)]
pub enum ChartSpec {
    Bars(BarChart),
    Stacked(StackedChart),
    Bullet(BulletChart),
    Columns(ColumnChart),
}

impl ChartSpec {
    pub fn title(&self) -> &str {
        match self {
            ChartSpec::Bars(chart) => &chart.title,
            ChartSpec::Stacked(chart) => &chart.title,
            ChartSpec::Bullet(chart) => &chart.title,
            ChartSpec::Columns(chart) => &chart.title,
        }
    }
    pub fn description(&self) -> &str {
        match self {
            ChartSpec::Bars(chart) => &chart.description,
            ChartSpec::Stacked(chart) => &chart.description,
            ChartSpec::Bullet(chart) => &chart.description,
            ChartSpec::Columns(chart) => &chart.description,
        }
    }
    pub fn table(&self) -> Table {
        match self {
            ChartSpec::Bars(chart) => chart.table(),
            ChartSpec::Stacked(chart) => chart.table(),
            ChartSpec::Bullet(chart) => chart.table(),
            ChartSpec::Columns(chart) => chart.table(),
        }
    }
}
