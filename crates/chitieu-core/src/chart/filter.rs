//! The explore filters: domain, status, pace and a diacritic-insensitive search.

use crate::evaluate::Evaluation;
use crate::model::{Indicator, Status};
use crate::search;

/// What the explore filters select.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Filter {
    pub domain: Option<String>,
    pub status: Option<Status>,
    /// The pace of targets not yet due.
    pub pace: Option<crate::pace::Pace>,
    /// Matched against indicator names in both languages, ignoring diacritics and case.
    pub query: String,
}

impl Filter {
    pub fn accepts(&self, indicator: &Indicator, evaluation: &Evaluation) -> bool {
        let domain_ok = self.domain.as_deref().is_none_or(|domain| indicator.domain == domain);
        let status_ok =
            self.status.is_none_or(|wanted| evaluation.effective_status().map(|(status, _)| status) == Some(wanted));
        let pace_ok = self.pace.is_none_or(|wanted| evaluation.pace.as_ref().map(|pace| pace.pace) == Some(wanted));
        domain_ok
            && status_ok
            && pace_ok
            && (self.query.trim().is_empty()
                || search::matches(
                    &format!("{} {}", indicator.name.vi, indicator.name.en.as_deref().unwrap_or("")),
                    &self.query,
                ))
    }
}
