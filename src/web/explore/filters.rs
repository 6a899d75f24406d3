//! The filters: locality and term, domain, status, pace, and the search.

use chitieu_core::chart;
use chitieu_core::i18n::{pace_name, status_name, status_symbol};
use chitieu_core::model::Status;
use chitieu_core::pace::Pace;
use chitieu_core::Lang;
use leptos::prelude::*;

use crate::web::browser::focus_first;
use crate::web::loading::open_part;
use crate::web::state::{use_screen, use_state};

#[component]
pub fn Filters() -> impl IntoView {
    let state = use_state();
    let screen = use_screen();
    let lang = move || screen.lang.get();
    // Whether the place on screen has targets with a pace (or the URL asks for one).
    let has_pace = Memo::new(move |_| {
        let asked = screen.filter.with(|filter| filter.pace.is_some());
        asked
            || screen.place.get().is_some_and(|(locality, term)| {
                state.data().rows(&locality, &term).iter().any(|row| row.evaluation.pace.is_some())
            })
    });
    // With many places (a province's communes over two terms), a search box narrows the picker
    // to the places and terms whose name, district or term match what is typed (without
    // diacritics); Enter opens the first.
    let place_query = PlaceQuery { typed: RwSignal::new(false) };
    // Built once per dataset, language and place search, grouped by term (a province's hundreds
    // of communes, one group per term); choosing a place only moves the selection, so a
    // locality change does not rebuild hundreds of options.
    let place_options = Memo::new(move |_| {
        let data = state.data();
        let lang = lang();
        let query = place_query.get();
        let searching = !query.trim().is_empty();
        let found = if searching { data.find_places(&query) } else { Vec::new() };
        // While searching, the matches and the place on screen (which the picker still shows).
        let here = if searching { screen.place.get() } else { None };
        let kept = |locality: &str, term: &str| {
            !searching
                || found.contains(&(locality, term))
                || here.as_ref().is_some_and(|(here, here_term)| here == locality && here_term == term)
        };
        let mut terms: Vec<&str> = Vec::new();
        for (_, term) in data.locality_terms() {
            if !terms.contains(&term.as_str()) {
                terms.push(term);
            }
        }
        let mut groups = terms
            .into_iter()
            .map(|term| {
                // Alphabetical (without diacritics, so "Đ" sorts with "D"), each named with its
                // term: a closed picker shows the option alone.
                let mut options = data
                    .locality_terms()
                    .iter()
                    .filter(|(locality, other)| other == term && kept(locality, other))
                    .map(|(locality, term)| {
                        let name = data.dataset().locality(locality).map_or(locality.as_str(), |l| l.name.get(lang));
                        (
                            chitieu_core::search::fold(name),
                            format!("{locality}|{term}"),
                            chart::place_name(&data, locality, term, lang),
                        )
                    })
                    .collect::<Vec<_>>();
                options.sort_by(|first, second| first.0.cmp(&second.0));
                let options: Vec<(String, String)> =
                    options.into_iter().map(|(_, value, label)| (value, label)).collect();
                (format!("{} {term}", lang.pick("Nhiệm kỳ", "Term")), options)
            })
            .filter(|(_, options)| !options.is_empty())
            .collect::<Vec<_>>();
        // A dataset split by province: the other provinces, each opening its own file.
        state.split.with_value(|split| {
            if let Some(split) = split {
                let parts = split.index.dataset().parts.iter().filter(|part| part.locality != split.part);
                let options = parts
                    .map(|part| {
                        (format!("part|{}", part.locality), chart::unit_name(&split.index, &part.locality, lang))
                    })
                    .collect();
                groups.push((lang.pick("Tỉnh, thành khác", "Other provinces").to_string(), options));
            }
        });
        // While searching: how many match, and the best match (which Enter opens), named: the
        // best place, in the term on screen when it reports in that term.
        let answer = searching.then(|| {
            let best = found.first().map(|&(locality, term)| {
                let term = here
                    .as_ref()
                    .map(|(_, here_term)| here_term.as_str())
                    .filter(|&here_term| found.contains(&(locality, here_term)))
                    .unwrap_or(term);
                (format!("{locality}|{term}"), chart::place_name(&data, locality, term, lang))
            });
            (found.len(), best)
        });
        (groups, answer)
    });
    let place_select: NodeRef<leptos::html::Select> = NodeRef::new();
    // Opens a picker value, "locality|term", or "part|<province>".
    let open_place = move |value: &str| {
        if let Some(province) = value.strip_prefix("part|") {
            open_part(state, province.to_string());
            // The picker names the place on screen until the province's part is there (and
            // still, if it cannot be loaded).
            if let (Some(select), Some((locality, term))) = (place_select.get_untracked(), screen.place.get_untracked())
            {
                select.set_value(&format!("{locality}|{term}"));
            }
        } else if let Some((locality, term)) = value.split_once('|') {
            let (locality, term) = (locality.to_string(), term.to_string());
            state.screen.update(|screen| {
                screen.locality = Some(locality);
                screen.term = Some(term);
            });
        }
    };
    // One effect moves the selection (per-option reactive `selected` would be hundreds of
    // subscribers to wake on every change).
    Effect::new(move |_| {
        place_options.track();
        let value = screen.place.get().map(|(locality, term)| format!("{locality}|{term}")).unwrap_or_default();
        if let Some(select) = place_select.get() {
            select.set_value(&value);
        }
    });
    let domain_options = move || {
        let data = state.data();
        let lang = lang();
        data.dataset()
            .domains
            .iter()
            .map(|domain| {
                let id = domain.id.clone();
                let selected = move || screen.filter.with(|filter| filter.domain.as_deref() == Some(id.as_str()));
                view! { <option value=domain.id.clone() selected=selected>{domain.name.get(lang).to_string()}</option> }
            })
            .collect_view()
    };
    view! {
        <section class="filters" aria-label=move || lang().pick("Bộ lọc", "Filters")>
            <label class="field">
                <span>{move || lang().pick("Địa phương, nhiệm kỳ", "Locality, term")}</span>
                <select
                    id="unit-term"
                    node_ref=place_select
                    on:change=move |event| {
                        open_place(&event_target_value(&event));
                        place_query.clear();
                    }
                >
                    {move || {
                        place_options
                            .get()
                            .0
                            .into_iter()
                            .map(|(group, options)| {
                                view! {
                                    <optgroup label=group>
                                        {options
                                            .into_iter()
                                            .map(|(value, label)| view! { <option value=value>{label}</option> })
                                            .collect_view()}
                                    </optgroup>
                                }
                            })
                            .collect_view()
                    }}
                </select>
            </label>
            <label class="field" hidden=move || state.data().locality_terms().len() <= MANY_PLACES>
                <span>{move || lang().pick("Tìm địa phương (không cần dấu)", "Find a place")}</span>
                <input
                    type="search"
                    id="place-search"
                    placeholder=move || lang().pick("ví dụ: xa dong hung", "e.g. dong hung")
                    on:input=move |_| place_query.typed.update(|typed| *typed = !*typed)
                    on:keydown=move |event| {
                        if event.key() == "Enter" {
                            event.prevent_default();
                            place_options.with(|(_, answer)| {
                                if let Some((_, Some((value, _)))) = answer {
                                    open_place(value);
                                }
                            });
                            place_query.clear();
                        }
                    }
                />
                <span class="place-count" role="status">
                    {move || {
                        place_options.with(|(_, answer)| match (answer, lang()) {
                            (None, _) => String::new(),
                            (Some((0, _)), Lang::Vi) => "Không có nơi nào khớp.".to_string(),
                            (Some((0, _)), Lang::En) => "No place matches.".to_string(),
                            (Some((n, Some((_, best)))), Lang::Vi) => format!("{n} nơi, nhiệm kỳ khớp; Enter mở {best}."),
                            (Some((n, Some((_, best)))), Lang::En) => format!("{n} places and terms match; Enter opens {best}."),
                            (Some(_), _) => String::new(),
                        })
                    }}
                </span>
            </label>
            <label class="field">
                <span>{move || lang().pick("Lĩnh vực", "Domain")}</span>
                <select
                    id="domain"
                    on:change=move |event| {
                        let value = event_target_value(&event);
                        state.screen.update(|screen| screen.domain = (!value.is_empty()).then_some(value));
                    }
                >
                    <option value="" selected=move || screen.filter.with(|filter| filter.domain.is_none())>
                        {move || lang().pick("Tất cả", "All")}
                    </option>
                    {domain_options}
                </select>
            </label>
            <label class="field">
                <span>{move || lang().pick("Trạng thái", "Status")}</span>
                <select
                    id="status"
                    on:change=move |event| {
                        let status = Status::from_id(&event_target_value(&event));
                        state.screen.update(|screen| screen.status = status);
                    }
                >
                    <option value="" selected=move || screen.filter.with(|filter| filter.status.is_none())>
                        {move || lang().pick("Tất cả", "All")}
                    </option>
                    {Status::ALL
                        .iter()
                        .map(|status| {
                            let status = *status;
                            view! {
                                <option value=status.id() selected=move || screen.filter.with(|filter| filter.status == Some(status))>
                                    {move || format!("{} {}", status_symbol(status), status_name(status, lang()))}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            // Pace, only when some target not yet due has one (the 2025-2030 term).
            {move || has_pace.get().then(|| view! {
                <label class="field">
                    <span>{move || lang().pick("Tiến độ", "Pace")}</span>
                    <select
                        id="pace"
                        on:change=move |event| {
                            let pace = Pace::from_id(&event_target_value(&event));
                            state.screen.update(|screen| screen.pace = pace);
                        }
                    >
                        <option value="" selected=move || screen.filter.with(|filter| filter.pace.is_none())>
                            {move || lang().pick("Tất cả", "All")}
                        </option>
                        {Pace::ALL
                            .iter()
                            .map(|pace| {
                                let pace = *pace;
                                view! {
                                    <option value=pace.id() selected=move || screen.filter.with(|filter| filter.pace == Some(pace))>
                                        {move || pace_name(pace, lang())}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
            })}
            <label class="field search">
                <span>{move || lang().pick("Tìm chỉ tiêu (không cần dấu)", "Find an indicator")}</span>
                <input
                    type="search"
                    id="search"
                    prop:value=move || screen.filter.with(|filter| filter.query.clone())
                    placeholder=move || lang().pick("ví dụ: ho ngheo", "e.g. poor households")
                    on:input=move |event| {
                        let query = event_target_value(&event);
                        state.screen.update(|screen| screen.query = query);
                    }
                />
            </label>
            {move || {
                screen.filter.with(|filter| !filter.query.is_empty()).then(|| {
                    view! {
                        <button
                            type="button"
                            id="clear-search"
                            on:click=move |_| {
                                state.screen.update(|screen| screen.query.clear());
                                // The button goes with the search: the focus goes back to the box.
                                focus_first("#search");
                            }
                        >
                            {lang().pick("Xoá tìm kiếm", "Clear search")}
                        </button>
                    }
                })
            }}
            {found_elsewhere}
        </section>
    }
}

/// More places and terms than this and the picker gets a search box.
const MANY_PLACES: usize = 8;

/// What the place search's box holds: read from the box itself, with a flag flipped at each
/// keystroke for the picker to follow (cheaper in the first screen's code than a signal of text).
#[derive(Clone, Copy)]
struct PlaceQuery {
    typed: RwSignal<bool>,
}

impl PlaceQuery {
    fn get(self) -> String {
        self.typed.track();
        place_search_box().map(|input| input.value()).unwrap_or_default()
    }

    /// Empties the search box; with nothing typed, nothing changes (a place chosen from the
    /// picker would otherwise rebuild the picker's hundreds of options).
    fn clear(self) {
        if let Some(input) = place_search_box().filter(|input| !input.value().is_empty()) {
            input.set_value("");
            self.typed.update(|typed| *typed = !*typed);
        }
    }
}

fn place_search_box() -> Option<web_sys::HtmlInputElement> {
    use wasm_bindgen::JsCast;
    web_sys::window()?.document()?.get_element_by_id("place-search")?.dyn_into().ok()
}

/// While searching, next to the box the user is typing in: how many indicators match here, and
/// the other places and terms with matches, as buttons that open them with the search kept.
fn found_elsewhere() -> impl IntoView {
    let state = use_state();
    let screen = use_screen();
    move || {
        const SHOWN: usize = 8;
        let (locality, term) = screen.place.get()?;
        let lang = screen.lang.get();
        let data = state.data();
        let filter = screen.filter.get();
        if filter.query.trim().is_empty() {
            return None;
        }
        // Here first (what the list below shows), so the search answers where the user looks.
        let here =
            data.rows(&locality, &term).iter().filter(|row| filter.accepts(row.indicator, &row.evaluation)).count();
        let here = match lang {
            Lang::Vi => format!("Ở đây: {here} chỉ tiêu khớp."),
            Lang::En if here == 1 => "Here: 1 matching indicator.".to_string(),
            Lang::En => format!("Here: {here} matching indicators."),
        };
        let found = data.found_elsewhere(&filter.query, (&locality, &term));
        let found_nothing = found.is_empty();
        let more = found.len().saturating_sub(SHOWN);
        let buttons = found
            .into_iter()
            .take(SHOWN)
            .map(|(locality, term, count)| {
                let label = format!("{} ({count})", chart::place_name(&data, locality, term, lang));
                let (locality, term) = (locality.to_string(), term.to_string());
                view! {
                    <button
                        type="button"
                        on:click=move |_| {
                            state.screen.update(|screen| {
                                screen.locality = Some(locality.clone());
                                screen.term = Some(term.clone());
                            });
                            // These buttons now name other places: the focus goes back to the box.
                            focus_first("#search");
                        }
                    >
                        {label}
                    </button>
                }
            })
            .collect_view();
        Some(view! {
            <p class="found-elsewhere" role="status">
                <span>{here}</span>
                {(!found_nothing).then(|| view! { <span>{lang.pick("Cũng tìm thấy ở:", "Also found in:")}</span> })}
                {buttons}
                {(more > 0).then(|| match lang {
                    Lang::Vi => format!("và {more} nơi khác"),
                    Lang::En => format!("and {more} more"),
                })}
            </p>
        })
    }
}
