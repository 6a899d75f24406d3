//! The explore filters: domain, status and a diacritic-insensitive search.

use crate::evaluate::Evaluation;
use crate::model::{Indicator, Status};
use crate::search;

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
