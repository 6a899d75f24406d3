//! The overview of one locality and term: how many indicators in each status, per domain and in
//! total, and the evaluated rows behind the counts. Everything is read from a `DatasetIndex`, so
//! nothing here runs the status rules again.

use crate::evaluate::{Evaluation, StatusOrigin};
use crate::index::DatasetIndex;
pub use crate::index::Row;
use crate::model::{PartSummary, StatedSummary, Status};
use crate::pace::Pace;

/// Counts per status; `assessed` counts records with a status (computed, or stated by the source
/// when there is no target to compare with); `from_source` counts the latter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    /// Per status, in `Status` order (`get`). Arrays rather than maps: five and six counters.
    by_status: [u32; Status::ALL.len()],
    pub assessed: u32,
    pub from_source: u32,
    pub without_target: u32,
    /// Targets whose deadline is still ahead, per pace (met early counts as ahead).
    by_pace: [u32; Pace::ALL.len()],
}

impl Counts {
    pub fn add(&mut self, evaluation: &Evaluation) {
        match evaluation.effective_status() {
            Some((status, origin)) => {
                self.by_status[status as usize] += 1;
                self.assessed += 1;
                if origin == StatusOrigin::Stated {
                    self.from_source += 1;
                }
            }
            None => self.without_target += 1,
        }
        if let Some(pace) = &evaluation.pace {
            self.by_pace[pace.pace as usize] += 1;
        }
    }
    /// Adds `evaluation` as the places views count targets due: one met before its deadline is
    /// not yet due, like those still short of it (counting it due and met put every place of a
    /// term under way at 100 %: outside tester).
    pub fn add_as_due(&mut self, evaluation: &Evaluation) {
        self.add(evaluation);
        let early = evaluation.pace.as_ref().is_some_and(|pace| pace.pace == Pace::Ahead);
        if let (true, Some((status, _))) = (early, evaluation.effective_status()) {
            self.by_status[status as usize] -= 1;
            self.by_status[Status::NotYetDue as usize] += 1;
        }
    }
    pub fn get(&self, status: Status) -> u32 {
        self.by_status[status as usize]
    }
    /// The paces some target has, in `Pace` order, with how many have each.
    pub fn paces(&self) -> impl Iterator<Item = (Pace, u32)> + '_ {
        Pace::ALL.into_iter().map(|pace| (pace, self.by_pace[pace as usize])).filter(|&(_, count)| count > 0)
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

/// The evaluated records of `locality` in `term`, in dataset order.
pub fn rows<'a>(index: &'a DatasetIndex, locality: &str, term: &str) -> Vec<Row<'a>> {
    index.rows(locality, term)
}

pub fn scorecard<'a>(index: &'a DatasetIndex, locality: &str, term: &str) -> Scorecard<'a> {
    let dataset = index.dataset();
    let rows = index.rows(locality, term);
    let mut total = Counts::default();
    let mut by_domain: Vec<(String, Counts)> =
        dataset.domains.iter().map(|domain| (domain.id.clone(), Counts::default())).collect();
    for row in &rows {
        total.add(row.evaluation);
        if let Some((_, counts)) = by_domain.iter_mut().find(|(id, _)| *id == row.indicator.domain) {
            counts.add(row.evaluation);
        }
    }
    by_domain.retain(|(_, counts)| counts.assessed + counts.without_target > 0);
    let stated = dataset.stated_summaries.iter().find(|summary| summary.locality == locality && summary.term == term);
    Scorecard { rows, total, by_domain, stated }
}

/// What a split dataset's index file says of one part (`chitieu index`): per term of `index`, the
/// places with figures and their targets counted by status, as each place's overview counts them.
pub fn part_summaries(index: &DatasetIndex) -> Vec<PartSummary> {
    let dataset = index.dataset();
    let mut summaries = Vec::new();
    for term in &dataset.terms {
        let mut counts = Counts::default();
        let mut places = 0;
        for (locality, _) in index.locality_terms().iter().filter(|(_, pair_term)| *pair_term == term.id) {
            places += 1;
            for row in index.rows(locality, &term.id) {
                counts.add_as_due(row.evaluation);
            }
        }
        if places > 0 {
            summaries.push(PartSummary {
                term: term.id.clone(),
                places,
                exceeded: counts.get(Status::Exceeded),
                achieved: counts.get(Status::Achieved),
                not_achieved: counts.get(Status::NotAchieved),
                not_yet_due: counts.get(Status::NotYetDue),
                no_result: counts.get(Status::NoResult),
            });
        }
    }
    summaries
}
