//! The filters: locality and term, domain, status, pace, and the search.

use chitieu_core::chart;
use chitieu_core::i18n::{pace_name, status_name, status_symbol};
use chitieu_core::model::Status;
use chitieu_core::pace::Pace;
use leptos::prelude::*;

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
    let place_options = move || {
        let data = state.data();
        let current = screen.place.get();
        let lang = lang();
        data.locality_terms()
            .iter()
            .map(|(locality, term)| {
                let selected = current.as_ref().is_some_and(|current| current.0 == *locality && current.1 == *term);
                let label = chart::place_name(data.dataset(), locality, term, lang);
                view! { <option value=format!("{locality}|{term}") selected=selected>{label}</option> }
            })
            .collect_view()
    };
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
                    on:change=move |event| {
                        let value = event_target_value(&event);
                        if let Some((locality, term)) = value.split_once('|') {
                            let (locality, term) = (locality.to_string(), term.to_string());
                            state.screen.update(|screen| {
                                screen.locality = Some(locality);
                                screen.term = Some(term);
                            });
                        }
                    }
                >
                    {place_options}
                </select>
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
                    placeholder=move || lang().pick("ví dụ: ho ngheo", "e.g. poverty")
                    on:input=move |event| {
                        let query = event_target_value(&event);
                        state.screen.update(|screen| screen.query = query);
                    }
                />
            </label>
        </section>
    }
}
