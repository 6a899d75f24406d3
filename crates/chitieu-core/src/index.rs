//! A dataset evaluated once: every record's status is computed when the index is built, then the
//! records are indexed by (locality, term) and by indicator, so that every view (scorecard,
//! charts, slides, the command line's statistics) reads stored evaluations instead of running the
//! rules again. `evaluate::evaluate` stays the rule; this module only decides when it runs.

use crate::Ids;

use crate::evaluate::{evaluate_at, Evaluation};
use crate::i18n::Lang;
use crate::model::{Dataset, Indicator, IndicatorKind, Locality, Record, ShapeKind, Source};

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
    /// Locality id → its place in `pairs_by_locality`. (Every map here is of one type, ids to
    /// positions: each type of map costs the browser's first screen its own code.)
    locality_slots: Ids,
    /// Per locality, the positions of its pairs in `locality_terms` (a term or a few).
    pairs_by_locality: Vec<Vec<usize>>,
    /// Per pair of `locality_terms`, the positions of its records in dataset order.
    record_positions_by_pair: Vec<Vec<usize>>,
    /// Per indicator of the dataset, in its order, the positions of its records in dataset order.
    record_positions_by_indicator: Vec<Vec<usize>>,
    /// The position in `locality_terms` of the pair to open on.
    default_pair_position: Option<usize>,
    /// Per language (`Lang::Vi`, `Lang::En`), how many localities have each name, compared
    /// without diacritics ("Tân Hòa", "Tân Hoà" and "Tân Hóa" are one): `place_name` names a
    /// locality whose name another has too with the unit above it.
    name_counts: [Ids; 2],
}

#[derive(Debug, Clone)]
struct EvaluatedRecord {
    indicator_position: usize,
    evaluation: Evaluation,
}

impl DatasetIndex {
    /// Evaluates every record exactly once and builds the indexes, in time linear in the number
    /// of records.
    pub fn new(mut dataset: Dataset) -> Self {
        let records = std::mem::take(&mut dataset.records);
        let mut builder = IndexBuilder::new(dataset);
        builder.reserve(records.len());
        for record in records {
            builder.push(record);
        }
        builder.finish()
    }

    pub fn dataset(&self) -> &Dataset {
        &self.dataset
    }

    /// Whether two localities or more have this name in `lang` (compared without diacritics).
    pub fn is_shared_name(&self, name: &str, lang: Lang) -> bool {
        self.name_counts[lang as usize].get(&crate::search::fold(name)).is_some_and(|&count| count > 1)
    }

    /// The (locality, term) pairs that have records, in dataset order, each once.
    pub fn locality_terms(&self) -> &[(String, String)] {
        &self.locality_terms
    }

    /// The locality and term to open on: the one with the most assessed indicators (those with a %
    /// of target; ties go to the later term, then to the earlier pair in the file), so that the first screen has something to show.
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

    /// The places and terms other than `here` that report indicators whose name (in either
    /// language, without diacritics) matches `query`: each pair with how many, in the order of
    /// `locality_terms`. Names are matched once per indicator, then records counted by id, so a
    /// keystroke costs one pass over the records however many places there are.
    pub fn found_elsewhere(&self, query: &str, here: (&str, &str)) -> Vec<(&str, &str, usize)> {
        if query.trim().is_empty() {
            return Vec::new();
        }
        let matching: Vec<bool> = self
            .dataset
            .indicators
            .iter()
            .map(|indicator| {
                let name = format!("{} {}", indicator.name.vi, indicator.name.en.as_deref().unwrap_or(""));
                crate::search::matches(&name, query)
            })
            .collect();
        self.locality_terms
            .iter()
            .zip(&self.record_positions_by_pair)
            .filter(|((locality, term), _)| (locality.as_str(), term.as_str()) != here)
            .filter_map(|((locality, term), positions)| {
                let found = positions
                    .iter()
                    .filter(|&&position| {
                        self.evaluated_records[position]
                            .as_ref()
                            .is_some_and(|evaluated| matching[evaluated.indicator_position])
                    })
                    .count();
                (found > 0).then_some((locality.as_str(), term.as_str(), found))
            })
            .collect()
    }

    /// The places and terms the locality picker's search finds, best first: every word of `query`
    /// (without diacritics) begins a word of the place's own name, or of its name and its
    /// district's together ("tan hoa tho xuan"; a district's name finds all its communes), or of
    /// its province's name; a word with a digit is in its term ("dong hung 2020"). Best: the name
    /// is the query ("hoa binh" puts Xã Hòa Bình before Xã Bình Hòa), then the place's own name,
    /// then with its district's; within each, the order of `locality_terms`. A keystroke folds
    /// each place's names once per term it reports in.
    pub fn find_places(&self, query: &str) -> Vec<(&str, &str)> {
        use crate::search::fold;
        // Punctuation separates words: "tan hoa, tho xuan" and a pasted "Xã Tân Hòa (Huyện Thọ
        // Xuân)" are searched as their words.
        let folded: String = fold(query).chars().map(|c| if c.is_ascii_punctuation() { ' ' } else { c }).collect();
        let (years, words): (Vec<&str>, Vec<&str>) =
            folded.split_whitespace().partition(|word| word.chars().any(|c| c.is_ascii_digit()));
        if years.is_empty() && words.is_empty() {
            return Vec::new();
        }
        let phrase = words.join(" ");
        // Every word of the query begins a word of `text`: "yen" is not found in "huyen".
        let has_all =
            |text: &str| words.iter().all(|word| text.split_whitespace().any(|known| known.starts_with(word)));
        let names = |unit: &Locality| fold(&format!("{} {}", unit.name.vi, unit.name.en.as_deref().unwrap_or("")));
        let rank_of = |unit: &Locality| {
            if words.is_empty() {
                return Some(2);
            }
            let vi = fold(&unit.name.vi);
            // "Xã Hòa Bình" is named "hoa binh" once its level is left off.
            if vi == phrase || vi.ends_with(&format!(" {phrase}")) {
                return Some(0);
            }
            let own = names(unit);
            if has_all(&own) {
                return Some(1);
            }
            let parent = unit.parent.as_deref().and_then(|parent| self.dataset.locality(parent));
            let with_parent = format!("{own} {}", parent.map(names).unwrap_or_default());
            let province = fold(unit.province.as_deref().unwrap_or(""));
            (has_all(&with_parent) || (!province.is_empty() && has_all(&province))).then_some(2)
        };
        // Three lists, best first, each in the order of `locality_terms`.
        let mut ranked: [Vec<(&str, &str)>; 3] = Default::default();
        for (locality, term) in
            self.locality_terms.iter().filter(|(_, term)| years.iter().all(|year| term.contains(year)))
        {
            if let Some(rank) = self.dataset.locality(locality).and_then(rank_of) {
                ranked[rank].push((locality.as_str(), term.as_str()));
            }
        }
        ranked.concat()
    }

    /// The documents the figures of `records` are read from (their targets, results and stated
    /// statuses), each once, in the order first cited: a chart credits what it draws, not every
    /// document of the dataset.
    pub fn cited_sources<'a>(&'a self, records: impl IntoIterator<Item = &'a Record>) -> Vec<&'a Source> {
        let mut cited: Vec<&Source> = Vec::new();
        // A place's records mostly cite one document in a row: each run is looked up once (a
        // province's all-places slide reads thousands of records).
        let mut previous = "";
        for record in records {
            let target = record.target.iter().map(|target| &target.source);
            let stated = record.stated_status.iter().map(|stated| &stated.source);
            for provenance in target.chain(record.results.iter().map(|result| &result.source)).chain(stated) {
                if provenance.source == previous {
                    continue;
                }
                previous = &provenance.source;
                if let Some(source) = self.dataset.source(&provenance.source) {
                    if !cited.iter().any(|known| known.id == source.id) {
                        cited.push(source);
                    }
                }
            }
        }
        cited
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

    /// The positions in `locality_terms` of `locality`'s pairs.
    fn pairs_of(&self, locality: &str) -> &[usize] {
        self.locality_slots.get(locality).map_or(&[], |&slot| &self.pairs_by_locality[slot])
    }

    fn record_positions_of_pair(&self, locality: &str, term: &str) -> &[usize] {
        let pairs = self.pairs_of(locality);
        let pair = pairs.iter().find(|&&pair| self.locality_terms[pair].1 == term);
        pair.map_or(&[], |&pair| &self.record_positions_by_pair[pair])
    }

    fn record_positions_of_indicator(&self, indicator_id: &str) -> &[usize] {
        // The first indicator with the id, as `Dataset::indicator` finds it.
        let position = self.dataset.indicators.iter().position(|indicator| indicator.id == indicator_id);
        position.and_then(|position| self.record_positions_by_indicator.get(position)).map_or(&[], Vec::as_slice)
    }
}

/// A `DatasetIndex` built a record at a time, so that a large dataset can be indexed in short
/// steps as its records are read: `push` each record, then `finish`.
#[derive(Debug)]
pub struct IndexBuilder {
    index: DatasetIndex,
    as_of_year: Option<i32>,
    /// The first indicator and the first term with an id win, as `Dataset::indicator` and
    /// `Dataset::term` find them.
    indicator_positions: Ids,
    term_positions: Ids,
    /// Per pair of `locality_terms`, how many of its records have a % of target.
    assessed_by_pair: Vec<usize>,
    /// The dataset's date as a decimal year, which pace needs (no pace without it).
    as_of_time: Option<f64>,
    /// The first record whose pace and trend are not set yet (`set_pace`).
    paced: usize,
    /// The localities that ended (`until`) before the dataset's date: none of their targets is
    /// still to come, and none has a pace.
    /// (A map of ids, as the others: the positions are not read.)
    ended: Ids,
}

impl IndexBuilder {
    /// Starts from a dataset's head: everything but the records, which `push` adds.
    pub fn new(head: Dataset) -> Self {
        let head_indicators = head.indicators.len();
        let mut indicator_positions = Ids::default();
        for (position, indicator) in head.indicators.iter().enumerate() {
            indicator_positions.entry(indicator.id.clone()).or_insert(position);
        }
        let mut term_positions = Ids::default();
        for (position, term) in head.terms.iter().enumerate() {
            term_positions.entry(term.id.clone()).or_insert(position);
        }
        let as_of_time = crate::pace::as_of_time(&head.data_as_of);
        // Dates as "YYYY-MM-DD" compare as text; a date of a year alone ("2025") is not past a day
        // within it.
        let ended = head
            .localities
            .iter()
            .filter(|locality| locality.until.as_deref().is_some_and(|until| head.data_as_of.as_str() > until))
            .map(|locality| (locality.id.clone(), 0))
            .collect();
        IndexBuilder {
            ended,
            as_of_year: head.as_of_year(),
            index: DatasetIndex {
                dataset: head,
                evaluated_records: Vec::new(),
                locality_terms: Vec::new(),
                locality_slots: Ids::default(),
                pairs_by_locality: Vec::new(),
                record_positions_by_pair: Vec::new(),
                record_positions_by_indicator: vec![Vec::new(); head_indicators],
                default_pair_position: None,
                name_counts: Default::default(),
            },
            indicator_positions,
            term_positions,
            assessed_by_pair: Vec::new(),
            as_of_time,
            paced: 0,
        }
    }

    /// Makes room for `count` more records at once, rather than growing (and copying) as they come.
    pub fn reserve(&mut self, count: usize) {
        self.index.dataset.records.reserve(count);
        self.index.evaluated_records.reserve(count);
    }

    /// The dataset so far.
    pub fn dataset(&self) -> &Dataset {
        &self.index.dataset
    }

    /// Adds the next record: indexed, and evaluated once.
    pub fn push(&mut self, mut record: Record) {
        // A count of a total ("14/16 khu phố") is a count whether a result writes it as `value`
        // or, like its target, as `count`: every view reads the value.
        // So is "7/10 làng" (a `count` of a `total`) of an indicator that counts, with or without a
        // target: drawn as 7 of 10, not dropped as a result without a value (outside tester).
        let counts = self
            .indicator_positions
            .get(&record.indicator)
            .is_some_and(|&position| self.index.dataset.indicators[position].kind == IndicatorKind::Count);
        let of_total = record.target.as_ref().is_some_and(|target| target.shape == ShapeKind::CountOfTotal);
        for outcome in &mut record.results {
            if of_total || (counts && outcome.total.is_some()) {
                outcome.value = outcome.value.or(outcome.count);
            }
        }
        let index = &mut self.index;
        let record_position = index.dataset.records.len();
        let slots = index.pairs_by_locality.len();
        let slot = *index.locality_slots.entry(record.locality.clone()).or_insert(slots);
        if slot == slots {
            index.pairs_by_locality.push(Vec::new());
        }
        let locality_terms = &index.locality_terms;
        let pairs = &mut index.pairs_by_locality[slot];
        let pair_position = match pairs.iter().find(|&&pair| locality_terms[pair].1 == record.term) {
            Some(&pair) => pair,
            None => {
                index.locality_terms.push((record.locality.clone(), record.term.clone()));
                index.record_positions_by_pair.push(Vec::new());
                self.assessed_by_pair.push(0);
                pairs.push(index.locality_terms.len() - 1);
                index.locality_terms.len() - 1
            }
        };
        index.record_positions_by_pair[pair_position].push(record_position);
        let indicator_position = self.indicator_positions.get(&record.indicator).copied();
        if let Some(position) = indicator_position {
            index.record_positions_by_indicator[position].push(record_position);
        }
        let term_position = self.term_positions.get(&record.term).copied();
        let evaluated = match (indicator_position, term_position) {
            (Some(indicator_position), Some(term_position)) => {
                let indicator = &index.dataset.indicators[indicator_position];
                let term = &index.dataset.terms[term_position];
                let ended = self.ended.contains_key(&record.locality);
                let evaluation = evaluate_at(&record, indicator, term, self.as_of_year, ended);
                if evaluation.percent_of_target.is_some() {
                    self.assessed_by_pair[pair_position] += 1;
                }
                Some(EvaluatedRecord { indicator_position, evaluation })
            }
            _ => None,
        };
        index.evaluated_records.push(evaluated);
        index.dataset.records.push(record);
    }

    /// Sets pace and trend for up to `count` more records, in dataset order; true once every record
    /// pushed so far has them. Pace and trend need the previous term's assessed result of the same
    /// locality and indicator and the dataset's date, so they wait until every record is pushed.
    pub fn set_pace(&mut self, count: usize) -> bool {
        let index = &mut self.index;
        let records = &index.dataset.records;
        let end = self.paced.saturating_add(count).min(records.len());
        let Some(as_of) = self.as_of_time else {
            self.paced = records.len();
            return true;
        };
        let terms = &index.dataset.terms;
        let term_of = |id: &String| self.term_positions.get(id).map(|&position| &terms[position]);
        for position in self.paced..end {
            let Some(evaluated) = &index.evaluated_records[position] else { continue };
            let record = &records[position];
            let Some(term) = term_of(&record.term) else { continue };
            let indicator_position = evaluated.indicator_position;
            // The same indicator of the same locality in another term (the locality's records,
            // term by term) that ended by this term's start: the latest; of two, the later in the file.
            // A pair's records share its term: the term is found once per pair.
            let previous = index
                .pairs_of(&record.locality)
                .iter()
                .filter_map(|&pair| {
                    let other_term = term_of(&index.locality_terms[pair].1)?;
                    (other_term.end_year <= term.start_year)
                        .then_some((other_term, &index.record_positions_by_pair[pair]))
                })
                .flat_map(|(other_term, positions)| positions.iter().map(move |&other| (other_term, other)))
                .filter_map(|(other_term, other)| {
                    let evaluated = index.evaluated_records[other].as_ref()?;
                    (evaluated.indicator_position == indicator_position).then_some((
                        other_term,
                        &records[other],
                        evaluated,
                        other,
                    ))
                })
                .max_by_key(|(other_term, _, _, other)| (other_term.end_year, *other))
                .and_then(|(other_term, other_record, evaluated, _)| {
                    crate::pace::assessed_point(other_record, other_term, evaluated.evaluation.assessed_result)
                });
            let indicator = &index.dataset.indicators[indicator_position];
            let status = evaluated.evaluation.status;
            let pace = match self.ended.contains_key(&record.locality) {
                true => None,
                false => crate::pace::pace(record, indicator, term, status, as_of, previous),
            };
            let trend = crate::pace::trend(record, indicator, term, previous);
            if let Some(evaluated) = index.evaluated_records[position].as_mut() {
                evaluated.evaluation.pace = pace;
                evaluated.evaluation.trend = trend;
            }
        }
        self.paced = end;
        end == records.len()
    }

    /// The share of the records whose pace and trend are set.
    pub fn paced_share(&self) -> f64 {
        self.paced as f64 / self.index.dataset.records.len().max(1) as f64
    }

    /// Sets what needs every record (pace and trend, if `set_pace` has not; the pair to open on;
    /// which names are shared) and gives the index.
    pub fn finish(mut self) -> DatasetIndex {
        self.set_pace(usize::MAX);
        let IndexBuilder { mut index, assessed_by_pair, .. } = self;
        for lang in [Lang::Vi, Lang::En] {
            for locality in &index.dataset.localities {
                *index.name_counts[lang as usize].entry(crate::search::fold(locality.name.get(lang))).or_insert(0) += 1;
            }
        }

        // The pair with the most indicators that have a % of target; ties go to the later term,
        // then to the earlier pair in dataset order: a province's file opens on its first commune,
        // not its last.
        let locality_terms = &index.locality_terms;
        index.default_pair_position = (0..locality_terms.len()).max_by(|&first, &second| {
            (assessed_by_pair[first], &locality_terms[first].1, second).cmp(&(
                assessed_by_pair[second],
                &locality_terms[second].1,
                first,
            ))
        });
        index
    }
}

#[cfg(test)]
mod tests;
