//! The places of one level and province side by side in a term (a province's communes): each
//! place's share of its judged targets met, as a dot plot, and the counts across all of them.

use super::spec::{Dot, DotChart};
use super::words::unit_name;
use crate::format;
use crate::i18n::Lang;
use crate::index::DatasetIndex;
use crate::model::{Level, Locality, Status};
use crate::scorecard::scorecard;

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

/// Every peer of `locality` in `term` (see `peers`) as a dot at the share of its targets with a
/// result that were met (achieved or exceeded); targets not yet due or without a result do not
/// count. Places with no judged target are listed in the sentence and the table, not drawn.
pub fn places(index: &DatasetIndex, locality: &str, term: &str, lang: Lang) -> DotChart {
    let mut dots = Vec::new();
    let mut without = Vec::new();
    let (mut met, mut judged, mut exceeded, mut pending) = (0, 0, 0, 0);
    let peers = peers(index, locality, term);
    for place in &peers {
        let counts = scorecard(index, &place.id, term).total;
        let (place_met, place_judged) = (counts.met(), counts.met() + counts.get(Status::NotAchieved));
        met += place_met;
        judged += place_judged;
        exceeded += counts.get(Status::Exceeded);
        pending += counts.get(Status::NotYetDue) + counts.get(Status::NoResult);
        let label = unit_name(index, &place.id, lang);
        if place_judged == 0 {
            without.push(label);
            continue;
        }
        let value = 100.0 * f64::from(place_met) / f64::from(place_judged);
        dots.push(Dot {
            key: place.id.clone(),
            value_text: format!(
                "{place_met}/{place_judged} {} ({})",
                lang.pick("đạt", "met"),
                format::percent(value, lang)
            ),
            label,
            met: place_met,
            judged: place_judged,
            value,
            highlighted: place.id == locality,
        });
    }
    let (n, drawn) = (peers.len(), dots.len());
    let half = dots.iter().filter(|dot| dot.value >= 50.0).count();
    let province = peers.first().and_then(|place| place.province.as_deref()).map(super::words::isolate_direction);
    let group = province.map_or(term.to_string(), |province| format!("{province}, {term}"));
    let title = match lang {
        Lang::Vi if drawn == 0 => format!("{group}: {n} địa phương cùng cấp, chưa nơi nào có chỉ tiêu có kết quả"),
        Lang::En if drawn == 0 => format!("{group}: {n} places of one level, none with a target with a result yet"),
        Lang::Vi => format!("{group}: {half}/{drawn} địa phương cùng cấp đạt từ nửa số chỉ tiêu có kết quả trở lên"),
        Lang::En => {
            format!("{group}: {half} of {drawn} places of one level met at least half their targets with a result")
        }
    };
    let mut description = match lang {
        Lang::Vi => format!(
            "Mỗi ô là một địa phương, theo tỷ lệ chỉ tiêu đạt hoặc vượt trên số chỉ tiêu đã có kết quả. Cả {n} nơi: {met}/{judged} chỉ tiêu có kết quả đạt, {exceeded} vượt; {pending} chưa đến hạn hoặc chưa có kết quả."
        ),
        Lang::En => format!(
            "Each square is a place, at the share of its targets with a result that were met or exceeded. All {n} places: {met} of {judged} targets with a result met, {exceeded} exceeded; {pending} not yet due or without a result."
        ),
    };
    // The first of the highest and the last of the lowest, in the dataset's order.
    let best = dots.iter().reduce(|best, dot| if dot.value > best.value { dot } else { best });
    let worst = dots.iter().reduce(|worst, dot| if dot.value <= worst.value { dot } else { worst });
    if let (Some(best), Some(worst), true) = (best, worst, dots.len() > 1) {
        description += &match lang {
            Lang::Vi => format!(
                " Cao nhất {}: {}; thấp nhất {}: {}.",
                best.label, best.value_text, worst.label, worst.value_text
            ),
            Lang::En => {
                format!(" Highest {}: {}; lowest {}: {}.", best.label, best.value_text, worst.label, worst.value_text)
            }
        };
    }
    if !without.is_empty() {
        // A few by name; the table lists every one.
        let mut names = without[..without.len().min(8)].join(", ");
        if without.len() > 8 {
            names += ", …";
        }
        description += &match lang {
            Lang::Vi => format!(" Chưa có chỉ tiêu nào có kết quả ({} nơi): {names}.", without.len()),
            Lang::En => format!(" No target with a result yet ({} places): {names}.", without.len()),
        };
    }
    DotChart {
        title,
        description,
        axis_label: lang.pick("% chỉ tiêu đạt", "% of targets met").to_string(),
        dots,
        without,
        lang,
    }
}
