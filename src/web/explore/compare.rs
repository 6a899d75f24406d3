//! Compare localities: one indicator reported by several localities, in the term on screen.

use std::sync::Arc;

use chitieu_core::chart::{self, ChartSpec};
use chitieu_core::index::DatasetIndex;
use leptos::prelude::*;

use super::Empty;
use crate::web::figure::ChartFigure;
use crate::web::state::{use_screen, use_state};

#[component]
pub fn CompareView(data: Arc<DatasetIndex>) -> impl IntoView {
    let state = use_state();
    let screen = use_screen();
    let index = data.clone();
    // The indicators several localities report in the term on screen: compare never borrows
    // another term's figures. A plain closure, read by the choice and the picker (a memo of its
    // own type would cost the first screen its code).
    let choices = move || {
        let lang = screen.lang.get();
        let Some((_, term)) = screen.place.get() else { return Vec::new() };
        chart::comparable_indicators_in_term(&index, &term)
            .into_iter()
            .map(|indicator| (indicator.id.clone(), indicator.name.get(lang).to_string()))
            .collect::<Vec<_>>()
    };
    let index = data.clone();
    let choices_shown = choices.clone();
    let chosen = Memo::new(move |_| {
        let (locality, term) = screen.place.get()?;
        let choices = choices();
        let ids: Vec<&str> = choices.iter().map(|(id, _)| id.as_str()).collect();
        screen
            .indicator
            .with(|requested| crate::web::figure::choose_compared(&index, &locality, &term, &ids, requested.as_deref()))
    });
    let spec = Memo::new(move |_| {
        let indicator = chosen.get()?;
        let (locality, term) = screen.place.get().unzip();
        chart::compare(&data, &indicator, term.as_deref(), locality.as_deref(), screen.lang.get())
            .map(ChartSpec::Columns)
    });
    let picker = move || {
        let choices = choices_shown();
        (!choices.is_empty()).then(|| {
            let current = chosen.get();
            view! {
                <label class="field wide">
                    <span>
                        {move || {
                            screen
                                .lang
                                .get()
                                .pick("Chỉ tiêu có ở nhiều địa phương", "Indicator reported by several localities")
                        }}
                    </span>
                    <select
                        id="compare-indicator"
                        on:change=move |event| {
                            let id = event_target_value(&event);
                            state.screen.update(|screen| screen.indicator = Some(id));
                        }
                    >
                        {choices
                            .into_iter()
                            .map(|(id, name)| {
                                let selected = current.as_deref() == Some(id.as_str());
                                view! { <option value=id selected=selected>{name}</option> }
                            })
                            .collect_view()}
                    </select>
                </label>
            }
        })
    };
    let chart = move || match spec.get() {
        Some(spec) => view! { <ChartFigure id="compare-chart" chart=Signal::stored(spec) /> }.into_any(),
        None => view! {
            <Empty
                vi="Trong nhiệm kỳ này chưa có chỉ tiêu nào được nhiều địa phương báo cáo."
                en="No indicator is reported by several localities in this term."
            />
        }
        .into_any(),
    };
    view! { {picker} {chart} }
}
