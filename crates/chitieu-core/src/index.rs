//! A dataset evaluated once: every record's status is computed when the index is built, then the
//! records are indexed by (locality, term) and by indicator, so that every view (scorecard,
//! charts, slides, the command line's statistics) reads stored evaluations instead of running the
//! rules again. `evaluate::evaluate` stays the rule; this module only decides when it runs.

use std::collections::HashMap;

use crate::evaluate::{evaluate, Evaluation};
use crate::model::{Dataset, Indicator, Record};

/// One evaluated record with its indicator; everything is borrowed from a `DatasetIndex`.
#[derive(Debug, Clone, Copy)]
pub struct Row<'a> {
    pub record: &'a Record,
    pub indicator: &'a Indicator,
    pub evaluation: &'a Evaluation,
}

/// A dataset with every record evaluated once, indexed by (locality, term) and by indicator.
#[derive(Debug, Clone)]
pub struct DatasetIndex {
    dataset: Dataset,
    /// Per record, in dataset order: its indicator's position and its evaluation; `None` when the
    /// record names an indicator or a term the dataset lacks (validation refuses such datasets).
    evaluated_records: Vec<Option<EvaluatedRecord>>,
    /// The (locality, term) pairs that have records, in dataset order, each once.
    locality_terms: Vec<(String, String)>,
    /// Locality id → term id → position of the pair in `locality_terms`.
    pair_positions: HashMap<String, HashMap<String, usize>>,
    /// Per pair of `locality_terms`, the positions of its records in dataset order.
    record_positions_by_pair: Vec<Vec<usize>>,
    /// Indicator id → the positions of its records in dataset order.
    record_positions_by_indicator: HashMap<String, Vec<usize>>,
    /// The position in `locality_terms` of the pair to open on.
    default_pair_position: Option<usize>,
}

#[derive(Debug, Clone)]
struct EvaluatedRecord {
    indicator_position: usize,
    evaluation: Evaluation,
}

impl DatasetIndex {
    /// Evaluates every record exactly once and builds the indexes, in time linear in the number
    /// of records.
    pub fn new(dataset: Dataset) -> Self {
        let as_of_year = dataset.as_of_year();
        // The first indicator and the first term with an id win, as `Dataset::indicator` and
        // `Dataset::term` find them.
        let mut indicator_positions: HashMap<&str, usize> = HashMap::new();
        for (position, indicator) in dataset.indicators.iter().enumerate() {
            indicator_positions.entry(indicator.id.as_str()).or_insert(position);
        }
        let mut term_positions: HashMap<&str, usize> = HashMap::new();
        for (position, term) in dataset.terms.iter().enumerate() {
            term_positions.entry(term.id.as_str()).or_insert(position);
        }

        let mut evaluated_records = Vec::with_capacity(dataset.records.len());
        let mut locality_terms: Vec<(String, String)> = Vec::new();
        let mut pair_positions: HashMap<String, HashMap<String, usize>> = HashMap::new();
        let mut record_positions_by_pair: Vec<Vec<usize>> = Vec::new();
        let mut record_positions_by_indicator: HashMap<String, Vec<usize>> = HashMap::new();
        let mut assessed_by_pair: Vec<usize> = Vec::new();
        for (record_position, record) in dataset.records.iter().enumerate() {
            let terms_of_locality = pair_positions.entry(record.locality.clone()).or_default();
            let pair_position = *terms_of_locality.entry(record.term.clone()).or_insert_with(|| {
                locality_terms.push((record.locality.clone(), record.term.clone()));
                record_positions_by_pair.push(Vec::new());
                assessed_by_pair.push(0);
                locality_terms.len() - 1
            });
            record_positions_by_pair[pair_position].push(record_position);
            record_positions_by_indicator.entry(record.indicator.clone()).or_default().push(record_position);

            let indicator_position = indicator_positions.get(record.indicator.as_str()).copied();
            let term_position = term_positions.get(record.term.as_str()).copied();
            let evaluated = match (indicator_position, term_position) {
                (Some(indicator_position), Some(term_position)) => {
                    let indicator = &dataset.indicators[indicator_position];
                    let term = &dataset.terms[term_position];
                    let evaluation = evaluate(record, indicator, term, as_of_year);
                    if evaluation.percent_of_target.is_some() {
                        assessed_by_pair[pair_position] += 1;
                    }
                    Some(EvaluatedRecord { indicator_position, evaluation })
                }
                _ => None,
            };
            evaluated_records.push(evaluated);
        }

        // Pace and trend need the previous term's assessed result of the same locality and
        // indicator, and the dataset's date: set once every record is evaluated.
        if let Some(as_of) = crate::pace::as_of_time(&dataset.data_as_of) {
            let mut by_locality_indicator: HashMap<(&str, &str), Vec<usize>> = HashMap::new();
            for (position, record) in dataset.records.iter().enumerate() {
                by_locality_indicator.entry((&record.locality, &record.indicator)).or_default().push(position);
            }
            for positions in by_locality_indicator.values() {
                for &position in positions {
                    let record = &dataset.records[position];
                    let Some(&term_position) = term_positions.get(record.term.as_str()) else { continue };
                    let term = &dataset.terms[term_position];
                    let previous = positions
                        .iter()
                        .filter_map(|&other| {
                            let other_record = &dataset.records[other];
                            let other_term = &dataset.terms[*term_positions.get(other_record.term.as_str())?];
                            let evaluated = evaluated_records[other].as_ref()?;
                            (other_term.end_year <= term.start_year).then_some((other_term, other_record, evaluated))
                        })
                        .max_by_key(|(other_term, _, _)| other_term.end_year)
                        .and_then(|(other_term, other_record, evaluated)| {
                            crate::pace::assessed_point(other_record, other_term, evaluated.evaluation.assessed_result)
                        });
                    let Some(evaluated) = evaluated_records[position].as_mut() else { continue };
                    let indicator = &dataset.indicators[evaluated.indicator_position];
                    let status = evaluated.evaluation.status;
                    evaluated.evaluation.pace = crate::pace::pace(record, indicator, term, status, as_of, previous);
                    evaluated.evaluation.trend = crate::pace::trend(record, indicator, term, previous);
                }
            }
        }

        // The pair with the most indicators that have a % of target; ties go to the later term,
        // then to the later pair in dataset order (what `Iterator::max_by` keeps).
        let default_pair_position = (0..locality_terms.len()).max_by(|&first, &second| {
            (assessed_by_pair[first], &locality_terms[first].1)
                .cmp(&(assessed_by_pair[second], &locality_terms[second].1))
        });

        DatasetIndex {
            dataset,
            evaluated_records,
            locality_terms,
            pair_positions,
            record_positions_by_pair,
            record_positions_by_indicator,
            default_pair_position,
        }
    }

    pub fn dataset(&self) -> &Dataset {
        &self.dataset
    }

    /// The (locality, term) pairs that have records, in dataset order, each once.
    pub fn locality_terms(&self) -> &[(String, String)] {
        &self.locality_terms
    }

    /// The locality and term to open on: the one with the most assessed indicators (those with a %
    /// of target; ties go to the later term), so that the first screen has something to show.
    pub fn default_locality_term(&self) -> Option<&(String, String)> {
        self.default_pair_position.map(|position| &self.locality_terms[position])
    }

    /// The evaluated records of `locality` in `term`, in dataset order.
    pub fn rows(&self, locality: &str, term: &str) -> Vec<Row<'_>> {
        self.record_positions_of_pair(locality, term).iter().filter_map(|&position| self.row_at(position)).collect()
    }

    /// The first evaluated record of `indicator_id` for `locality` in `term`.
    pub fn row(&self, locality: &str, term: &str, indicator_id: &str) -> Option<Row<'_>> {
        self.record_positions_of_pair(locality, term)
            .iter()
            .filter(|&&position| self.dataset.records[position].indicator == indicator_id)
            .find_map(|&position| self.row_at(position))
    }

    /// Every record of `indicator_id`, in dataset order, evaluated or not.
    pub fn records_of_indicator(&self, indicator_id: &str) -> impl Iterator<Item = &Record> + '_ {
        self.record_positions_of_indicator(indicator_id).iter().map(|&position| &self.dataset.records[position])
    }

    /// The evaluated records of `indicator_id`, in dataset order.
    pub fn rows_of_indicator(&self, indicator_id: &str) -> Vec<Row<'_>> {
        self.record_positions_of_indicator(indicator_id).iter().filter_map(|&position| self.row_at(position)).collect()
    }

    /// The stored evaluation of the record at `record_position` in `dataset().records`; `None`
    /// when that record names an indicator or a term the dataset lacks.
    pub fn evaluation(&self, record_position: usize) -> Option<&Evaluation> {
        self.evaluated_records.get(record_position)?.as_ref().map(|evaluated| &evaluated.evaluation)
    }

    fn row_at(&self, record_position: usize) -> Option<Row<'_>> {
        let evaluated = self.evaluated_records[record_position].as_ref()?;
        Some(Row {
            record: &self.dataset.records[record_position],
            indicator: &self.dataset.indicators[evaluated.indicator_position],
            evaluation: &evaluated.evaluation,
        })
    }

    fn record_positions_of_pair(&self, locality: &str, term: &str) -> &[usize] {
        self.pair_positions
            .get(locality)
            .and_then(|terms| terms.get(term))
            .map_or(&[], |&pair_position| &self.record_positions_by_pair[pair_position])
    }

    fn record_positions_of_indicator(&self, indicator_id: &str) -> &[usize] {
        self.record_positions_by_indicator.get(indicator_id).map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests;
