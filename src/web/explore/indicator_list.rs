//! Every indicator of the locality and term on screen that passes the filters, as a table with
//! links to each detail.

use std::sync::Arc;

use chitieu_core::chart;
use chitieu_core::i18n::{status_symbol, trend_words};
use chitieu_core::index::DatasetIndex;
use chitieu_core::Lang;
use leptos::prelude::*;

use super::open_indicator;
use crate::web::browser::settled_in_next_task;
use crate::web::state::{use_screen, use_state};

#[component]
pub fn IndicatorList(data: Arc<DatasetIndex>) -> impl IntoView {
    let state = use_state();
    let screen = use_screen();
    let lang = move || screen.lang.get();
    // The list is long and below the charts: built in a task of its own, after them.
    let settled = settled_in_next_task();
    let rows_view = move || {
        settled.get().then_some(())?;
        let (locality, term) = screen.place.get()?;
        let lang = lang();
        let filter = screen.filter.get();
        let items: Vec<_> = data
            .rows(&locality, &term)
            .into_iter()
            .filter(|row| filter.accepts(row.indicator, &row.evaluation))
            .map(|row| {
                let id = row.indicator.id.clone();
                let unit_text = row.indicator.unit.get(lang).to_string();
                let target = chart::listed_target(row, lang);
                // As the detail shows it: an average given year by year as the average judged.
                let result = chart::shown_result(row, &unit_text, lang).1.unwrap_or_else(|| "—".to_string());
                let result = match &row.evaluation.trend {
                    Some(trend) => format!("{result} {}", trend_words(trend, lang)),
                    None => result,
                };
                let status = row.evaluation.effective_status();
                // Two statuses the source's figures lead to: "?", as the ranking draws it.
                let symbol = match status {
                    _ if row.evaluation.contested_by.is_some() => "?",
                    Some((status, _)) => status_symbol(status),
                    None => "",
                };
                // Not yet due says its pace ("Chưa đến hạn · chậm tiến độ"), from the core's words.
                let status_text = format!("{symbol} {}", chart::status_words(&row.evaluation, lang)).trim().to_string();
                let status_class = format!("status status-{}", status.map_or("none", |(status, _)| status.id()));
                let name = row.indicator.name.get(lang).to_string();
                // A part of another indicator ("trong đó …") sits indented under it.
                let row_class = row.indicator.part_of.is_some().then_some("sub-indicator");
                view! {
                    <tr class=row_class>
                        <th scope="row">
                            <a
                                href="#"
                                class="indicator-link"
                                data-indicator=id.clone()
                                on:click=move |event| {
                                    event.prevent_default();
                                    open_indicator(state).run(id.clone());
                                }
                            >
                                {name}
                            </a>
                        </th>
                        <td>{target}</td>
                        <td>{result}</td>
                        <td class=status_class>{status_text}</td>
                    </tr>
                }
            })
            .collect();
        let count = items.len();
        Some(view! {
            <p class="result-count">
                {match lang {
                    Lang::Vi => format!("{count} chỉ tiêu phù hợp bộ lọc"),
                    Lang::En => format!("{count} indicators match the filters"),
                }}
            </p>
            <div class="table-scroll">
                <table class="data-table indicator-list">
                    <thead>
                        <tr>
                            <th scope="col">{lang.pick("Chỉ tiêu", "Indicator")}</th>
                            <th scope="col">{lang.pick("Mục tiêu", "Target")}</th>
                            <th scope="col">{lang.pick("Kết quả", "Result")}</th>
                            <th scope="col">{lang.pick("Trạng thái", "Status")}</th>
                        </tr>
                    </thead>
                    <tbody>{items}</tbody>
                </table>
            </div>
        })
    };
    view! {
        <section class="indicator-section" aria-label=move || lang().pick("Danh sách chỉ tiêu", "Indicators")>
            <h2>{move || lang().pick("Các chỉ tiêu", "Indicators")}</h2>
            {rows_view}
        </section>
    }
}
