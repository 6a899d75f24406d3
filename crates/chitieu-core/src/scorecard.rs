//! The overview of one locality and term: how many indicators in each status, per domain and in
//! total, and the evaluated rows behind the counts.

use std::collections::BTreeMap;

use crate::evaluate::{evaluate, Evaluation, StatusOrigin};
use crate::model::{Dataset, Indicator, Record, StatedSummary, Status};

/// One evaluated record with its indicator.
#[derive(Debug, Clone)]
pub struct Row<'a> {
    pub record: &'a Record,
    pub indicator: &'a Indicator,
    pub evaluation: Evaluation,
}

/// Counts per status; `assessed` counts records with a status (computed, or stated by the source
/// when there is no target to compare with); `from_source` counts the latter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    pub by_status: BTreeMap<Status, u32>,
    pub assessed: u32,
    pub from_source: u32,
    pub without_target: u32,
}

impl Counts {
    fn add(&mut self, evaluation: &Evaluation) {
        match evaluation.effective_status() {
            Some((status, origin)) => {
                *self.by_status.entry(status).or_default() += 1;
                self.assessed += 1;
                if origin == StatusOrigin::Stated {
                    self.from_source += 1;
                }
            }
            None => self.without_target += 1,
        }
    }
    pub fn get(&self, status: Status) -> u32 {
        self.by_status.get(&status).copied().unwrap_or(0)
    }
    /// Achieved plus exceeded.
    pub fn met(&self) -> u32 {
        self.get(Status::Achieved) + self.get(Status::Exceeded)
    }
}

#[derive(Debug, Clone)]
pub struct Scorecard<'a> {
    pub rows: Vec<Row<'a>>,
    pub total: Counts,
    /// Per domain id, in the dataset's domain order.
    pub by_domain: Vec<(String, Counts)>,
    pub stated: Option<&'a StatedSummary>,
}

/// Evaluates every record of `locality` in `term`.
pub fn rows<'a>(dataset: &'a Dataset, locality: &str, term: &str) -> Vec<Row<'a>> {
    let Some(term_ref) = dataset.term(term) else {
        return Vec::new();
    };
    let as_of_year = dataset.as_of_year();
    dataset
        .records
        .iter()
        .filter(|record| record.locality == locality && record.term == term)
        .filter_map(|record| {
            let indicator = dataset.indicator(&record.indicator)?;
            let evaluation = evaluate(record, indicator, term_ref, as_of_year);
            Some(Row { record, indicator, evaluation })
        })
        .collect()
}

pub fn scorecard<'a>(dataset: &'a Dataset, locality: &str, term: &str) -> Scorecard<'a> {
    let rows = rows(dataset, locality, term);
    let mut total = Counts::default();
    let mut by_domain: Vec<(String, Counts)> =
        dataset.domains.iter().map(|domain| (domain.id.clone(), Counts::default())).collect();
    for row in &rows {
        total.add(&row.evaluation);
        if let Some((_, counts)) = by_domain.iter_mut().find(|(id, _)| *id == row.indicator.domain) {
            counts.add(&row.evaluation);
        }
    }
    by_domain.retain(|(_, counts)| counts.assessed + counts.without_target > 0);
    let stated = dataset.stated_summaries.iter().find(|summary| summary.locality == locality && summary.term == term);
    Scorecard { rows, total, by_domain, stated }
}

/// The (locality, term) pairs that have records, in dataset order.
pub fn locality_terms(dataset: &Dataset) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = Vec::new();
    for record in &dataset.records {
        let pair = (record.locality.clone(), record.term.clone());
        if !pairs.contains(&pair) {
            pairs.push(pair);
        }
    }
    pairs
}

/// The locality and term to open on: the one with the most assessed indicators (ties go to the
/// later term), so that the first screen has something to show.
pub fn default_locality_term(dataset: &Dataset) -> Option<(String, String)> {
    locality_terms(dataset)
        .into_iter()
        .map(|(locality, term)| {
            let assessed =
                rows(dataset, &locality, &term).iter().filter(|row| row.evaluation.percent_of_target.is_some()).count();
            (assessed, term.clone(), locality, term)
        })
        .max_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)))
        .map(|(_, _, locality, term)| (locality, term))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::load;

    #[test]
    fn the_default_view_is_the_pair_with_the_most_assessed_indicators() {
        let text = crate::load::tests::valid_json().to_string();
        let dataset = load(&text).into_valid().unwrap();
        assert_eq!(default_locality_term(&dataset), Some(("l1".to_string(), "2020-2025".to_string())));
        let empty = Dataset { records: Vec::new(), ..dataset };
        assert_eq!(default_locality_term(&empty), None);
    }
}
