//! The choices the explorer makes for the user: which locality and term are on screen, which
//! indicator a view opens on. Plain functions over ids, so the rules are tested natively and the
//! shell only reads their answers.
//!
//! The rule all of them keep: a view never shows a figure of a place or term other than the one
//! named on screen. When the place on screen has nothing for a view, the answer is `None` and the
//! view says so; it does not borrow another place's figures.

/// A locality id and a term id.
pub type LocalityTerm = (String, String);

/// The locality and term on screen: the pair the URL asks for; else, when the URL names a
/// locality (with no term, or a term it does not have), that locality's first term; else, when it
/// names only a term (or a locality without figures, and a term), the most informative locality
/// if it has that term, or the first that does; else the most informative pair (`fallback`); else
/// the first pair.
pub fn choose_locality_term(
    pairs: &[LocalityTerm],
    fallback: Option<&LocalityTerm>,
    locality: Option<&str>,
    term: Option<&str>,
) -> Option<LocalityTerm> {
    let wanted_locality = locality.or(fallback.map(|pair| pair.0.as_str()));
    let wanted_term = term.or(fallback.map(|pair| pair.1.as_str()));
    let find = |wanted_locality: Option<&str>, wanted_term: Option<&str>| {
        pairs.iter().find(|(pair_locality, pair_term)| {
            wanted_locality.is_none_or(|wanted| wanted == pair_locality)
                && wanted_term.is_none_or(|wanted| wanted == pair_term)
        })
    };
    let exact = wanted_locality.zip(wanted_term).and_then(|(locality, term)| find(Some(locality), Some(term)));
    let chosen = match (locality, term) {
        // A locality without figures of its own (a province, whose places are in a split
        // dataset's part) keeps the term asked for, as if only the term were named.
        (Some(_), _) => exact
            .or_else(|| find(locality, None))
            .or_else(|| term.and(fallback.and_then(|pair| find(Some(&pair.0), term)).or_else(|| find(None, term)))),
        (None, Some(_)) => exact.or_else(|| find(None, term)),
        (None, None) => exact,
    };
    chosen
        .or_else(|| fallback.and_then(|fallback| pairs.iter().find(|pair| *pair == fallback)))
        .or(pairs.first())
        .cloned()
}

/// The indicator the detail view opens: the one asked for (even if this place does not report it:
/// the view then says so rather than showing another indicator under its name), else the first
/// indicator of the place on screen.
pub fn choose_detail_indicator(requested: Option<&str>, first_of_place: Option<&str>) -> Option<String> {
    requested.or(first_of_place).map(str::to_string)
}

/// One of `choices` (ids): the one asked for when it is among them, else the first `preferred`
/// one (compare: one the place on screen reports, so that it is among the places drawn), else the
/// first.
pub fn choose_among(requested: Option<&str>, choices: &[&str], preferred: impl Fn(&str) -> bool) -> Option<String> {
    requested
        .filter(|id| choices.contains(id))
        .or_else(|| choices.iter().copied().find(|id| preferred(id)))
        .or_else(|| choices.first().copied())
        .map(str::to_string)
}

/// The locality whose economic structure is shown: the locality on screen, and only if it has a
/// composition indicator.
pub fn structure_locality(on_screen: Option<&str>, localities_with_structure: &[String]) -> Option<String> {
    on_screen.filter(|locality| localities_with_structure.iter().any(|id| id == locality)).map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair(locality: &str, term: &str) -> LocalityTerm {
        (locality.to_string(), term.to_string())
    }

    #[test]
    fn the_locality_and_term_on_screen_follow_the_url_then_the_fallback() {
        let pairs = [pair("a", "2015"), pair("a", "2020"), pair("b", "2020")];
        let fallback = pair("b", "2020");
        let cases = [
            // (locality asked, term asked, expected)
            (None, None, pair("b", "2020")),
            (Some("a"), Some("2015"), pair("a", "2015")),
            (Some("a"), None, pair("a", "2020")), // the fallback's term, which a has
            (Some("b"), Some("2015"), pair("b", "2020")), // b has no 2015: b's own term
            (Some("nowhere"), None, pair("b", "2020")), // unknown locality: the fallback
            (None, Some("2015"), pair("a", "2015")), // the fallback locality lacks 2015: the first that has it
            (None, Some("1990"), pair("b", "2020")), // no locality has 1990: the fallback
            // A locality without figures (a province of a split dataset) keeps the term.
            (Some("province"), Some("2015"), pair("a", "2015")),
            (Some("province"), Some("2020"), pair("b", "2020")),
        ];
        for (locality, term, expected) in cases {
            assert_eq!(
                choose_locality_term(&pairs, Some(&fallback), locality, term),
                Some(expected),
                "asked {locality:?} {term:?}"
            );
        }
        assert_eq!(choose_locality_term(&[], Some(&fallback), None, None), None);
        assert_eq!(choose_locality_term(&pairs, None, None, None), Some(pair("a", "2015")));
    }

    #[test]
    fn the_chosen_locality_always_is_the_asked_one_when_it_has_records() {
        let pairs = [pair("a", "2015"), pair("b", "2020"), pair("c", "2020")];
        for asked in ["a", "b", "c"] {
            for term in [None, Some("2015"), Some("2020"), Some("1990")] {
                let chosen = choose_locality_term(&pairs, Some(&pairs[1]), Some(asked), term).unwrap();
                assert_eq!(chosen.0, asked, "asked {asked} {term:?}");
            }
        }
    }

    #[test]
    fn the_detail_opens_on_the_asked_indicator_else_the_first_of_the_place() {
        let cases = [
            (Some("x"), Some("first"), Some("x")),
            (None, Some("first"), Some("first")),
            (None, None, None),
            (Some("x"), None, Some("x")),
        ];
        for (requested, first, expected) in cases {
            assert_eq!(choose_detail_indicator(requested, first).as_deref(), expected);
        }
    }

    #[test]
    fn a_choice_is_the_asked_one_when_offered_else_the_first_preferred_else_the_first() {
        let choices = ["p", "q", "r"];
        let none = |_: &str| false;
        assert_eq!(choose_among(Some("q"), &choices, none).as_deref(), Some("q"));
        assert_eq!(choose_among(Some("z"), &choices, none).as_deref(), Some("p"));
        assert_eq!(choose_among(None, &choices, none).as_deref(), Some("p"));
        assert_eq!(choose_among(Some("q"), &[], none), None);
        // Compare opens on an indicator the place on screen reports (outside tester: Khun Há was
        // left out of a chart of income, which it does not report).
        let own = |id: &str| id == "q" || id == "r";
        assert_eq!(choose_among(None, &choices, own).as_deref(), Some("q"));
        assert_eq!(choose_among(Some("p"), &choices, own).as_deref(), Some("p"), "the one asked for wins");
    }

    #[test]
    fn structure_is_shown_only_for_the_locality_on_screen() {
        let with_structure = vec!["kbang".to_string()];
        assert_eq!(structure_locality(Some("kbang"), &with_structure).as_deref(), Some("kbang"));
        assert_eq!(structure_locality(Some("ben-sung"), &with_structure), None, "never another place's shares");
        assert_eq!(structure_locality(None, &with_structure), None);
    }
}
