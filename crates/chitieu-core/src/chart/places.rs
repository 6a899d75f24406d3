//! The places of one level and province side by side in a term (a province's communes): each
//! place's share of its judged targets met, as a dot plot, and the counts across all of them.

use super::filter::Filter;
use super::spec::{Dot, DotChart};
use super::words::unit_name;
use crate::format;
use crate::i18n::Lang;
use crate::index::DatasetIndex;
use crate::model::{Dataset, Level, Locality, Status};
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

/// Every peer of `locality` in `term` (see `peers`) as a dot at the share of its targets due that
/// were met (achieved or exceeded), as its overview counts them: a target due without a result
/// counts as not met, a target not yet due does not count, met early or not (`add_as_due`). In a
/// term under way, with no target due at any of them, the dot is the share of all its targets
/// that are on pace or ahead instead, a target whose pace cannot be measured yet counting as not
/// on pace, as a target due without a result counts as not met (an empty chart for the whole term
/// told a province nothing: outside tester; and of the targets with a pace measured, only those
/// met early had one in their province, all 100 %). Places with nothing to count are listed in the
/// sentence and the table, not drawn. The filter's domain and search narrow the targets counted; its status and
/// pace do not apply (a share of the targets of one status says nothing), and the sentence says so.
pub fn places(index: &DatasetIndex, locality: &str, term: &str, filter: &Filter, lang: Lang) -> DotChart {
    let narrow = Filter { domain: filter.domain.clone(), query: filter.query.clone(), ..Filter::default() };
    // Per place: met, due, on pace or ahead, with a target; and the sums, with exceeded, not yet
    // due, and without a pace measured.
    let mut counted = Vec::new();
    let mut totals = [0; 7];
    let peers = peers(index, locality, term);
    for place in &peers {
        let mut counts = Counts::default();
        for row in index.rows(&place.id, term) {
            if narrow.accepts(row.indicator, row.evaluation) {
                counts.add_as_due(row.evaluation);
            }
        }
        let (on, measured) = counts.on_pace();
        let four = [counts.met(), counts.assessed - counts.get(Status::NotYetDue), on, counts.assessed];
        for (total, count) in totals.iter_mut().zip(four) {
            *total += count;
        }
        totals[4] += counts.get(Status::Exceeded);
        totals[5] += counts.get(Status::NotYetDue);
        totals[6] += counts.assessed - measured;
        counted.push((place, four));
    }
    // Nothing due anywhere, and some pace measured.
    let pace = totals[1] == 0 && totals[3] > totals[6];
    let (mut dots, mut without) = (Vec::new(), Vec::new());
    for (place, [met, due, on, all]) in counted {
        let label = unit_name(index, &place.id, lang);
        let (part, whole) = if pace { (on, all) } else { (met, due) };
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
    let [met, due, on, all, exceeded, pending, unmeasured] = totals;
    let totals = if pace { [on, all, unmeasured, 0] } else { [met, due, exceeded, pending] };
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
/// on pace or ahead of all), or `None` with nothing to count.
fn dot(key: &str, label: String, highlighted: bool, part: u32, whole: u32, pace: bool, lang: Lang) -> Option<Dot> {
    (whole > 0).then(|| {
        let value = 100.0 * f64::from(part) / f64::from(whole);
        let said = match (pace, lang) {
            (false, _) => lang.pick("đạt", "met"),
            (true, Lang::Vi) => "đúng hoặc vượt tiến độ",
            (true, Lang::En) => "on pace or ahead",
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
/// on pace or ahead, all of them, and those without a pace measured (and a zero).
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
        Lang::Vi if drawn == 0 => format!("{group}: {n} địa phương cùng cấp, chưa nơi nào có chỉ tiêu đến hạn"),
        Lang::En if drawn == 0 => format!("{group}: {} of one level, none with a target due yet", places(n)),
        Lang::Vi if pace => {
            format!("{group}: {half}/{drawn} địa phương cùng cấp có từ nửa số chỉ tiêu đúng hoặc vượt tiến độ trở lên")
        }
        Lang::En if pace => {
            format!(
                "{group}: {half} of {} of one level have at least half their targets on pace or ahead",
                places(drawn)
            )
        }
        Lang::Vi => format!("{group}: {half}/{drawn} địa phương cùng cấp đạt từ nửa số chỉ tiêu đến hạn trở lên"),
        Lang::En => format!("{group}: {half} of {} of one level met at least half their targets due", places(drawn)),
    };
    // The targets not yet due, when there are any (a finished term has none to count).
    let pending = match (pending.as_str(), lang) {
        ("0", _) => String::new(),
        (pending, Lang::Vi) => format!("; {pending} chỉ tiêu chưa đến hạn"),
        ("1", Lang::En) => "; 1 target not yet due".to_string(),
        (pending, Lang::En) => format!("; {pending} targets not yet due"),
    };
    let mut description = match lang {
        // Nothing due anywhere: no "0/0" to read (the title already says none is due).
        Lang::Vi if drawn == 0 => format!("Cả {n} nơi: chưa có chỉ tiêu nào đến hạn{pending}."),
        Lang::En if drawn == 0 => format!("All {}: no target due yet{pending}.", places(n)),
        Lang::Vi if pace => format!(
            "Chưa chỉ tiêu nào đến hạn: mỗi ô là một địa phương, theo tỷ lệ chỉ tiêu đúng hoặc vượt tiến độ trên tổng số chỉ tiêu (chưa đo được tiến độ là chưa đúng tiến độ), gom theo khoảng 5 điểm. Cả {n} nơi: {met}/{due} chỉ tiêu đúng hoặc vượt tiến độ, {exceeded} chưa đo được tiến độ."
        ),
        Lang::En if pace => format!(
            "No target is due yet: each square is a place, at the share of its targets on pace or ahead (a target without a pace measured yet is not on pace), in bins of 5 points. All {}: {met} of {due} targets on pace or ahead, {exceeded} without a pace measured yet.",
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
        description += &match (pace, lang) {
            // Not "not due yet": in a finished term these places have no target to judge at all
            // (outside tester).
            (false, Lang::Vi) => format!(" Không có chỉ tiêu đến hạn để đánh giá ({} nơi): {names}", without.len()),
            (false, Lang::En) => format!(" No target due to judge ({}): {names}", places(without.len())),
            (true, Lang::Vi) => format!(" Không có chỉ tiêu có mục tiêu ({} nơi): {names}", without.len()),
            (true, Lang::En) => format!(" No target to judge ({}): {names}", places(without.len())),
        };
    }
    DotChart {
        title,
        description,
        axis_label: match (pace, lang) {
            (false, _) => lang.pick("% chỉ tiêu đến hạn đã đạt", "% of targets due that were met"),
            (true, Lang::Vi) => "% chỉ tiêu đúng hoặc vượt tiến độ",
            (true, Lang::En) => "% of targets on pace or ahead",
        }
        .to_string(),
        counted: match (pace, lang) {
            (false, _) => [lang.pick("Chỉ tiêu đạt", "Targets met"), lang.pick("Chỉ tiêu đến hạn", "Targets due")],
            (true, Lang::Vi) => ["Đúng hoặc vượt tiến độ", "Chỉ tiêu có mục tiêu"],
            (true, Lang::En) => ["On pace or ahead", "Targets"],
        },
        dots,
        without,
        lang,
    }
}
