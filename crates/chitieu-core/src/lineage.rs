//! Communes that merged: since 1 July 2025 most communes of the 2025-2030 term were formed from
//! several of the 2020-2025 term (`Locality::formed_from`), and the old ones ceased to exist
//! (`Locality::until`). This module answers who came before and who came after, and says it.

use crate::format;
use crate::i18n::Lang;
use crate::model::{Dataset, Locality};

/// The localities `locality` was formed from, in the order the dataset lists them (unknown ids,
/// which validation reports, are skipped).
pub fn predecessors<'a>(dataset: &'a Dataset, locality: &Locality) -> Vec<&'a Locality> {
    locality.formed_from.iter().filter_map(|id| dataset.locality(id)).collect()
}

/// The locality that `locality_id` was merged into, when one lists it in `formed_from`.
pub fn successor<'a>(dataset: &'a Dataset, locality_id: &str) -> Option<&'a Locality> {
    dataset.localities.iter().find(|locality| locality.formed_from.iter().any(|id| id == locality_id))
}

/// What to say above the views about where the locality on screen comes from or went:
/// "Xã Tân Hòa đã sáp nhập vào Phường Đông Sơn (từ 01/07/2025)." for a unit that no longer exists,
/// "Phường Đông Sơn được hình thành ngày 01/07/2025 từ Xã Tân Hòa, Xã Tân Lập." for a merged one.
/// With the successor's id, so that the shell can link to it.
pub fn lineage_notice(dataset: &Dataset, locality_id: &str, lang: Lang) -> Option<(String, Option<String>)> {
    let locality = dataset.locality(locality_id)?;
    let name = locality.name.get(lang);
    if let Some(next) = successor(dataset, locality_id) {
        let next_name = next.name.get(lang);
        let since = next.formed_on.as_deref().map(|date| format::date(date, lang));
        let text = match (lang, since) {
            (Lang::Vi, Some(since)) => format!("{name} đã sáp nhập vào {next_name} (từ {since})."),
            (Lang::Vi, None) => format!("{name} đã sáp nhập vào {next_name}."),
            (Lang::En, Some(since)) => format!("{name} was merged into {next_name} (from {since})."),
            (Lang::En, None) => format!("{name} was merged into {next_name}."),
        };
        return Some((text, Some(next.id.clone())));
    }
    let before = predecessors(dataset, locality);
    if before.is_empty() {
        return None;
    }
    let names = before.iter().map(|locality| locality.name.get(lang)).collect::<Vec<_>>().join(", ");
    let since = locality.formed_on.as_deref().map(|date| format::date(date, lang));
    let text = match (lang, since) {
        (Lang::Vi, Some(since)) => format!("{name} được hình thành ngày {since} từ {names}."),
        (Lang::Vi, None) => format!("{name} được hình thành từ {names}."),
        (Lang::En, Some(since)) => format!("{name} was formed on {since} from {names}."),
        (Lang::En, None) => format!("{name} was formed from {names}."),
    };
    Some((text, None))
}

/// The locality to show when the URL asks for `asked`: its successor when it has no figures of its
/// own but was merged into a unit that has (a link to a commune merged in 2025 opens the new one).
pub fn stand_in<'a>(dataset: &'a Dataset, has_figures: &dyn Fn(&str) -> bool, asked: &'a str) -> &'a str {
    if has_figures(asked) {
        return asked;
    }
    successor(dataset, asked).map_or(asked, |next| next.id.as_str())
}

/// The notice above the views: where the locality on screen comes from or went, and, when the URL
/// asked for another locality than the one shown, which and why, so that no figure shows under a
/// name it does not belong to unannounced.
pub fn place_notice(
    dataset: &Dataset,
    asked: Option<&str>,
    shown: &str,
    lang: Lang,
) -> Option<(String, Option<String>)> {
    let Some(asked) = asked.filter(|asked| *asked != shown) else { return lineage_notice(dataset, shown, lang) };
    let asked_name = dataset.locality(asked)?.name.get(lang);
    let shown_name = dataset.locality(shown).map_or(shown, |found| found.name.get(lang));
    let showing = match lang {
        Lang::Vi => format!("Đang hiển thị {shown_name}."),
        Lang::En => format!("Showing {shown_name}."),
    };
    let text = match lineage_notice(dataset, asked, lang) {
        Some((merged, Some(_))) => format!("{merged} {showing}"),
        _ => match lang {
            Lang::Vi => format!("{asked_name} không có số liệu trong bộ dữ liệu này. {showing}"),
            Lang::En => format!("{asked_name} has no figures in this dataset. {showing}"),
        },
    };
    Some((text, None))
}
