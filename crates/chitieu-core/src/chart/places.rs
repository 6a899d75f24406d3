//! The places of one level and province side by side in a term (a province's communes): each
//! place's share of its judged targets met, as a dot plot, and the counts across all of them.

use super::filter::Filter;
use super::spec::{Dot, DotChart};
use super::words::unit_name;
use crate::format;
use crate::i18n::Lang;
use crate::index::DatasetIndex;
use crate::model::{Dataset, Level, Locality, ShapeKind, Status};
use crate::pace::Pace;
use crate::scorecard::Counts;

/// Commune level (xã, phường, thị trấn, đặc khu), district level, province level.
fn tier(level: Level) -> u8 {
    match level {
        Level::Province => 2,
        Level::District => 1,
        _ => 0,
    }
}

/// The places reporting in `term` at the level of `locality` and in its province (when the dataset
/// names provinces), `locality` among them, in the dataset's order of places and terms.
pub fn peers<'a>(index: &'a DatasetIndex, locality: &str, term: &str) -> Vec<&'a Locality> {
    let dataset = index.dataset();
    let Some(here) = dataset.locality(locality) else { return Vec::new() };
    index
        .locality_terms()
        .iter()
        .filter(|(_, pair_term)| pair_term == term)
        .filter_map(|(id, _)| dataset.locality(id))
        .filter(|place| tier(place.level) == tier(here.level) && place.province == here.province)
        .collect()
}

/// What one place counts (and, summed, all of them).
#[derive(Default, Clone, Copy)]
struct Tally {
    /// Targets due that were met, of those due (as the overview counts them: `add_as_due`), and
    /// how many exceeded; and those not yet due.
    met: u32,
    due: u32,
    exceeded: u32,
    pending: u32,
    /// For a term under way: targets met or on pace (ahead or on pace), of those due or that can
    /// have a pace (`open`); and how many of the latter have one measured.
    on: u32,
    open: u32,
    measured: u32,
}

impl Tally {
    fn add(&mut self, other: Tally) {
        self.met += other.met;
        self.due += other.due;
        self.exceeded += other.exceeded;
        self.pending += other.pending;
        self.on += other.on;
        self.open += other.open;
        self.measured += other.measured;
    }
}

/// Every peer of `locality` in `term` (see `peers`) as a dot at the share of its targets due that
/// were met (achieved or exceeded), as its overview counts them: a target due without a result
/// counts as not met, a target not yet due does not count, met early or not (`add_as_due`).
/// In a term under way (the dataset's date before its end) with some pace measured, the dot is
/// instead the share of its targets met or on pace (ahead or on pace), of those due and those not
/// yet due that can have a pace: one whose pace cannot be measured yet counts as not on pace, as a
/// target due without a result counts as not met; a range, a composition or a grade, which have a
/// pace only when met early, is left out without one (mid-term, nothing was due, and the chart was empty: outside tester; counting
/// only the targets with a pace measured put a province's every place at 100 %, as only those met
/// early had one). Places with nothing to count are listed in the sentence and the table, not
/// drawn. The filter's domain and search narrow the targets counted; its status and pace do not
/// apply (a share of the targets of one status says nothing), and the sentence says so.
pub fn places(index: &DatasetIndex, locality: &str, term: &str, filter: &Filter, lang: Lang) -> DotChart {
    let narrow = Filter { domain: filter.domain.clone(), query: filter.query.clone(), ..Filter::default() };
    let mut counted = Vec::new();
    let mut total = Tally::default();
    let peers = peers(index, locality, term);
    for place in &peers {
        let mut counts = Counts::default();
        let mut tally = Tally::default();
        for row in index.rows(&place.id, term) {
            if !narrow.accepts(row.indicator, row.evaluation) {
                continue;
            }
            let pending = counts.get(Status::NotYetDue);
            counts.add_as_due(row.evaluation);
            if counts.get(Status::NotYetDue) == pending {
                continue;
            }
            // Not yet due (met early or not): it counts if it has a pace, or could have one (a
            // range, a composition or a grade has one only when met early). A target due is
            // counted by its status alone: one judged every year has a pace too, from the same year.
            let pace = row.evaluation.pace.as_ref().map(|pace| pace.pace);
            if pace.is_some()
                || row.record.target.as_ref().is_some_and(|target| {
                    !matches!(target.shape, ShapeKind::Range | ShapeKind::Composition | ShapeKind::GradeAtLeast)
                })
            {
                tally.open += 1;
            }
            tally.on += u32::from(matches!(pace, Some(Pace::Ahead | Pace::OnPace)));
            tally.measured += u32::from(pace.is_some_and(|pace| pace != Pace::NoData));
        }
        tally.met = counts.met();
        tally.due = counts.assessed - counts.get(Status::NotYetDue);
        tally.exceeded = counts.get(Status::Exceeded);
        tally.pending = counts.get(Status::NotYetDue);
        tally.on += tally.met;
        tally.open += tally.due;
        total.add(tally);
        counted.push((place, tally));
    }
    let dataset = index.dataset();
    let under_way = crate::pace::as_of_time(&dataset.data_as_of)
        .zip(dataset.term(term))
        .is_some_and(|(now, term)| now < f64::from(term.end_year) + 1.0);
    let pace = under_way && total.measured > 0;
    let (mut dots, mut without) = (Vec::new(), Vec::new());
    for (place, tally) in counted {
        let label = unit_name(index, &place.id, lang);
        let (part, whole) = if pace { (tally.on, tally.open) } else { (tally.met, tally.due) };
        match dot(&place.id, label.clone(), place.id == locality, part, whole, pace, lang) {
            Some(dot) => dots.push(dot),
            None => without.push(label),
        }
    }
    let province = peers.first().and_then(|place| place.province.as_deref()).map(super::words::isolate_direction);
    let mut group = province.map_or(term.to_string(), |province| format!("{province}, {term}"));
    // What the filter narrowed to: the domain's name, the search's words.
    if let Some(domain) =
        narrow.domain.as_deref().and_then(|id| index.dataset().domains.iter().find(|domain| domain.id == id))
    {
        group = format!("{group}, {}", domain.name.get(lang));
    }
    if !narrow.query.trim().is_empty() {
        group = format!("{group}, “{}”", narrow.query.trim());
    }
    let totals = match pace {
        // Those not yet due without a pace measured, said apart.
        true => [total.on, total.open, 0, (total.open - total.due).saturating_sub(total.measured)],
        false => [total.met, total.due, total.exceeded, total.pending],
    };
    let mut chart = dot_chart(group, peers.len(), dots, without, totals, pace, lang);
    if filter.status.is_some() || filter.pace.is_some() {
        chart.description += lang.pick(
            " Bộ lọc trạng thái và tiến độ không áp dụng cho biểu đồ này.",
            " The status and pace filters do not apply to this chart.",
        );
    }
    chart
}

/// A dot at `part` of `whole` (a share from 0 to 100: targets met of those due, or with `pace`
/// met or on pace of those counted), or `None` with nothing to count.
fn dot(key: &str, label: String, highlighted: bool, part: u32, whole: u32, pace: bool, lang: Lang) -> Option<Dot> {
    (whole > 0).then(|| {
        let value = 100.0 * f64::from(part) / f64::from(whole);
        let said = match (pace, lang) {
            (false, _) => lang.pick("đạt", "met"),
            (true, Lang::Vi) => "đạt hoặc đúng tiến độ",
            (true, Lang::En) => "met or on pace",
        };
        Dot {
            key: key.to_string(),
            value_text: format!(
                "{}/{} {said} ({})",
                format::number(f64::from(part), lang),
                format::number(f64::from(whole), lang),
                format::percent(value, lang)
            ),
            label,
            met: part,
            judged: whole,
            value,
            highlighted,
        }
    })
}

/// Every part of a split dataset (a province's file) in `term`, as a dot at the share of its
/// places' targets due that were met, from the counts the index file carries (`chitieu index`
/// wrote them from the part's own file); `here` is the province on screen.
pub fn provinces(dataset: &Dataset, here: &str, term: &str, lang: Lang) -> DotChart {
    let (mut dots, mut without) = (Vec::new(), Vec::new());
    let mut totals = [0; 4];
    // The provinces with places reporting in the term, as `places` draws the places that report.
    let reporting: Vec<_> = dataset
        .parts
        .iter()
        .filter_map(|part| Some((part, part.summaries.iter().find(|summary| summary.term == term)?)))
        .collect();
    for &(part, summary) in &reporting {
        let label =
            dataset.locality(&part.locality).map_or(part.locality.clone(), |place| place.name.get(lang).to_string());
        for (total, count) in
            totals.iter_mut().zip([summary.met(), summary.due(), summary.exceeded, summary.not_yet_due])
        {
            *total += count;
        }
        match dot(&part.locality, label.clone(), part.locality == here, summary.met(), summary.due(), false, lang) {
            Some(dot) => dots.push(dot),
            None => without.push(label),
        }
    }
    let group = format!("{}, {term}", dataset.title.get(lang));
    dot_chart(group, reporting.len(), dots, without, totals, false, lang)
}

/// The dot plot of `n` places, `dots` drawn and `without` listed, titled by `group`; `totals` are
/// the targets met, due, exceeded and not yet due across all of them, or with `pace` the targets
/// met or on pace, those counted, a zero and those counted without a pace measured.
fn dot_chart(
    group: String,
    n: usize,
    dots: Vec<Dot>,
    without: Vec<String>,
    totals: [u32; 4],
    pace: bool,
    lang: Lang,
) -> DotChart {
    let [met, due, exceeded, pending] = totals.map(|count| format::number(f64::from(count), lang));
    let drawn = dots.len();
    let half = dots.iter().filter(|dot| dot.value >= 50.0).count();
    // "1 place", "2 places" (Vietnamese nouns do not change with the number).
    let places = |count: usize| format!("{count} place{}", if count == 1 { "" } else { "s" });
    let title = match lang {
        Lang::Vi if drawn == 0 => {
            format!("{group}: {n} địa phương cùng cấp, không nơi nào có chỉ tiêu đến hạn để đánh giá")
        }
        Lang::En if drawn == 0 => format!("{group}: {} of one level, none with a target due to judge", places(n)),
        Lang::Vi if pace => {
            format!(
                "{group}: {half}/{drawn} địa phương cùng cấp có từ nửa số chỉ tiêu đã đạt hoặc đúng tiến độ trở lên"
            )
        }
        Lang::En if pace => {
            format!("{group}: {half} of {} of one level with at least half their targets met or on pace", places(drawn))
        }
        Lang::Vi => format!("{group}: {half}/{drawn} địa phương cùng cấp đạt từ nửa số chỉ tiêu đến hạn trở lên"),
        Lang::En => format!("{group}: {half} of {} of one level met at least half their targets due", places(drawn)),
    };
    // The targets not yet due, or with `pace` those without a pace measured, when there are any.
    let pending = match (pending.as_str(), pace, lang) {
        ("0", ..) => String::new(),
        (pending, true, Lang::Vi) => format!("; {pending} chưa đo được tiến độ"),
        (pending, true, Lang::En) => format!("; {pending} without a pace measured yet"),
        (pending, false, Lang::Vi) => format!("; {pending} chỉ tiêu chưa đến hạn"),
        ("1", false, Lang::En) => "; 1 target not yet due".to_string(),
        (pending, false, Lang::En) => format!("; {pending} targets not yet due"),
    };
    let mut description = match lang {
        // Nothing due anywhere: no "0/0" to read (the title already says none is due).
        Lang::Vi if drawn == 0 => format!("Cả {n} nơi: chưa có chỉ tiêu nào đến hạn{pending}."),
        Lang::En if drawn == 0 => format!("All {}: no target due yet{pending}.", places(n)),
        Lang::Vi if pace => format!(
            "Nhiệm kỳ đang thực hiện: mỗi ô là một địa phương, theo tỷ lệ chỉ tiêu đã đạt hoặc đúng tiến độ (chưa đo được tiến độ là chưa đúng), gom theo khoảng 5 điểm. Cả {n} nơi: {met}/{due} chỉ tiêu đã đạt hoặc đúng tiến độ{pending}."
        ),
        Lang::En if pace => format!(
            "A term under way: each square is a place, at the share of its targets met or on pace (a pace not measured yet is not on pace), in bins of 5 points. All {}: {met} of {due} targets met or on pace{pending}.",
            places(n)
        ),
        Lang::Vi => format!(
            "Mỗi ô là một địa phương, theo tỷ lệ chỉ tiêu đạt hoặc vượt trên số chỉ tiêu đã đến hạn (đến hạn mà chưa có kết quả là chưa đạt), gom theo khoảng 5 điểm. Cả {n} nơi: {met}/{due} chỉ tiêu đến hạn đạt, {exceeded} vượt{pending}."
        ),
        Lang::En => format!(
            "Each square is a place, at the share of its targets due that were met or exceeded (a target due without a result is not met), in bins of 5 points. All {}: {met} of {due} targets due met, {exceeded} exceeded{pending}.",
            places(n)
        ),
    };
    // The highest and the lowest; when several share them, how many and the first few.
    let said = |value: f64| {
        let tied: Vec<&Dot> = dots.iter().filter(|dot| dot.value == value).collect();
        match tied.as_slice() {
            [dot] => format!("{}: {}", dot.label, dot.value_text),
            _ => {
                let names: Vec<&str> = tied.iter().take(3).map(|dot| dot.label.as_str()).collect();
                let more = if tied.len() > 3 { ", …" } else { "" };
                match lang {
                    Lang::Vi => {
                        format!("{} nơi cùng {} ({}{more})", tied.len(), format::percent(value, lang), names.join(", "))
                    }
                    Lang::En => format!(
                        "{} places at {} ({}{more})",
                        tied.len(),
                        format::percent(value, lang),
                        names.join(", ")
                    ),
                }
            }
        }
    };
    let highest = dots.iter().map(|dot| dot.value).fold(f64::NEG_INFINITY, f64::max);
    let lowest = dots.iter().map(|dot| dot.value).fold(f64::INFINITY, f64::min);
    if highest > lowest {
        description += &match lang {
            Lang::Vi => format!(" Cao nhất {}; thấp nhất {}.", said(highest), said(lowest)),
            Lang::En => format!(" Highest {}; lowest {}.", said(highest), said(lowest)),
        };
    }
    // The places not drawn, unless the title has said that none is (outside tester: "(330 nơi)" twice).
    if !without.is_empty() && drawn > 0 {
        // A few by name; the table lists every one.
        let mut names = without[..without.len().min(8)].join(", ");
        names += if without.len() > 8 { ", …" } else { "." };
        description += &match lang {
            // Not "not due yet": in a finished term these places have no target to judge at all
            // (outside tester).
            Lang::Vi => format!(" Không có chỉ tiêu để đánh giá ({} nơi): {names}", without.len()),
            Lang::En => format!(" No target to judge ({}): {names}", places(without.len())),
        };
    }
    DotChart {
        title,
        description,
        axis_label: match (pace, lang) {
            (false, _) => lang.pick("% chỉ tiêu đến hạn đã đạt", "% of targets due that were met"),
            (true, Lang::Vi) => "% chỉ tiêu đã đạt hoặc đúng tiến độ",
            (true, Lang::En) => "% of targets met or on pace",
        }
        .to_string(),
        counted: match (pace, lang) {
            (false, _) => [lang.pick("Chỉ tiêu đạt", "Targets met"), lang.pick("Chỉ tiêu đến hạn", "Targets due")],
            (true, Lang::Vi) => ["Đã đạt hoặc đúng tiến độ", "Chỉ tiêu được tính"],
            (true, Lang::En) => ["Met or on pace", "Targets counted"],
        },
        dots,
        without,
        lang,
    }
}
