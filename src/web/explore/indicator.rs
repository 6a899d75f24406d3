//! The indicator detail: the bullet graph, the facts, the source sentences, values across terms
//! and the in-term series of one indicator of the locality and term on screen.

use std::sync::Arc;

use chitieu_core::chart::{self, ChartSpec, IndicatorDetail};
use chitieu_core::i18n::status_symbol;
use chitieu_core::index::DatasetIndex;
use chitieu_core::model::Status;
use chitieu_core::selection::choose_detail_indicator;
use leptos::prelude::*;

use super::Empty;
use crate::web::figure::ChartFigure;
use crate::web::state::{use_screen, use_state};

#[component]
pub fn IndicatorView(data: Arc<DatasetIndex>) -> impl IntoView {
    let state = use_state();
    let screen = use_screen();
    let index = data.clone();
    // The indicator on screen, by id.
    let chosen = Memo::new(move |_| {
        let (locality, term) = screen.place.get()?;
        let first = index.rows(&locality, &term).first().map(|row| row.indicator.id.clone());
        screen.indicator.with(|requested| choose_detail_indicator(requested.as_deref(), first.as_deref()))
    });
    let index = data.clone();
    let detail = Memo::new(move |_| {
        let (locality, term) = screen.place.get()?;
        let indicator = chosen.get()?;
        chart::indicator_detail(&index, &locality, &term, &indicator, screen.lang.get())
    });
    let picker = move || {
        let (locality, term) = screen.place.get()?;
        let lang = screen.lang.get();
        let current = chosen.get();
        let filter = screen.filter.get();
        let options = data
            .rows(&locality, &term)
            .into_iter()
            .filter(|row| filter.accepts(row.indicator, &row.evaluation))
            .map(|row| {
                let selected = current.as_deref() == Some(row.indicator.id.as_str());
                view! { <option value=row.indicator.id.clone() selected=selected>{row.indicator.name.get(lang).to_string()}</option> }
            })
            .collect_view();
        Some(view! {
            <label class="field wide">
                <span>{lang.pick("Chỉ tiêu", "Indicator")}</span>
                <select
                    id="indicator"
                    on:change=move |event| {
                        let id = event_target_value(&event);
                        state.screen.update(|screen| screen.indicator = Some(id));
                    }
                >
                    {options}
                </select>
            </label>
        })
    };
    let body = move || match detail.get() {
        Some(detail) => view! { <Detail detail /> }.into_any(),
        None => view! {
            <Empty
                vi="Chưa chọn chỉ tiêu, hoặc chỉ tiêu không có ở địa phương và nhiệm kỳ này."
                en="No indicator chosen, or it is not reported for this locality and term."
            />
        }
        .into_any(),
    };
    view! { {picker} {body} }
}

/// One indicator's detail, as computed by the core.
#[component]
fn Detail(detail: IndicatorDetail) -> impl IntoView {
    let screen = use_screen();
    let lang = screen.lang.get_untracked();
    let main_chart = detail.main_chart.clone();
    let across = detail.across_terms.clone();
    let series = detail.series.clone();
    let percent = detail.percent_of_target.clone().unwrap_or_else(|| "—".into());
    let status_class = format!("status status-{}", detail.status.map_or("none", Status::id));
    let symbol = detail.status.map(status_symbol).unwrap_or("");
    let fact = |vi: &'static str, en: &'static str, value: String, class: String| {
        view! { <div><dt>{lang.pick(vi, en)}</dt><dd class=class>{value}</dd></div> }
    };
    view! {
        <article class="indicator-detail">
            <h2 tabindex="-1">{detail.name.clone()}</h2>
            <dl class="facts">
                {fact("Trạng thái", "Status", format!("{symbol} {}", detail.status_label), status_class)}
                {fact("% mục tiêu", "% of target", percent, String::new())}
                {fact("Đơn vị", "Unit", detail.unit.clone(), String::new())}
                {fact("Chiều tốt", "Direction", detail.direction.clone(), String::new())}
                {fact("Lĩnh vực", "Domain", detail.domain.clone(), String::new())}
                {detail.pace.clone().map(|pace| fact("Tiến độ", "Pace", pace, String::new()))}
                {detail.trend.clone().map(|trend| fact("Xu hướng", "Trend", trend, String::new()))}
                {detail.part_of.clone().map(|parent| fact("Thuộc chỉ tiêu", "Part of", parent, String::new()))}
            </dl>
            {(!detail.findings.is_empty())
                .then(|| {
                    view! {
                        <section class="findings" role="note">
                            <h3>{lang.pick("Lưu ý về số liệu", "About these figures")}</h3>
                            <ul>{detail.findings.iter().map(|finding| view! { <li>{finding.clone()}</li> }).collect_view()}</ul>
                        </section>
                    }
                })}
            <ChartFigure id="bullet-chart" chart=Signal::stored(main_chart) />
            <section class="provenance">
                <h3>{lang.pick("Nguồn số liệu", "Where the figures come from")}</h3>
                <ul>
                    {detail
                        .provenance
                        .iter()
                        .map(|item| {
                            view! {
                                <li>
                                    <details>
                                        <summary>{item.what.clone()}</summary>
                                        <blockquote>{item.quote.clone()}</blockquote>
                                        <p class="source">{item.source_title.clone()}</p>
                                    </details>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
            {across
                .map(|across| {
                    view! { <ChartFigure id="terms-chart" chart=Signal::stored(ChartSpec::Columns(across)) /> }
                })}
            {series
                .map(|series| {
                    view! { <ChartFigure id="series-chart" chart=Signal::stored(ChartSpec::Columns(series)) /> }
                })}
        </article>
    }
}
