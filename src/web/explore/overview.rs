//! The overview: the scorecard of the locality and term on screen, status by domain, the ranking
//! by % of target, and the indicator list.

use std::sync::Arc;

use chitieu_core::chart::{self, ChartSpec};
use chitieu_core::format;
use chitieu_core::i18n::{status_name, status_symbol};
use chitieu_core::index::DatasetIndex;
use chitieu_core::model::Status;
use chitieu_core::scorecard::scorecard;
use chitieu_core::url::Tab;
use leptos::prelude::*;

use super::indicator_list::IndicatorList;
use super::open_indicator;
use crate::web::figure::ChartFigure;
use crate::web::state::{use_screen, use_state};

#[component]
pub fn OverviewView(data: Arc<DatasetIndex>) -> impl IntoView {
    let state = use_state();
    let screen = use_screen();
    let lang = move || screen.lang.get();
    let index = data.clone();
    // Read once, by the summary below: a plain closure (a memo of its own type would cost the
    // first screen its code).
    let counts = move || {
        let (locality, term) = screen.place.get()?;
        let card = scorecard(&index, &locality, &term);
        let place = chart::place_name(&index, &locality, &term, lang());
        let counts: Vec<(Status, u32)> = Status::ALL.iter().map(|status| (*status, card.total.get(*status))).collect();
        Some((chart::scorecard_sentence(&card, &place, lang()), counts, card.total.from_source))
    };
    let index = data.clone();
    // Memos of `ChartSpec`, as every view's: a memo of each chart type would cost the first
    // screen code of its own.
    let breakdown = Memo::new(move |_| {
        let (locality, term) = screen.place.get().unwrap_or_default();
        ChartSpec::Stacked(chart::domain_breakdown(&index, &locality, &term, lang()))
    });
    let index = data.clone();
    let ranking = Memo::new(move |_| {
        let (locality, term) = screen.place.get().unwrap_or_default();
        ChartSpec::Bars(screen.filter.with(|filter| chart::ranking(&index, &locality, &term, filter, lang())))
    });
    let scorecard_view = move || {
        counts().map(|(headline, counts, from_source)| {
            let lang = lang();
            view! {
                <section class="scorecard" aria-label=lang.pick("Tổng hợp", "Summary")>
                    <p class="headline">{headline}</p>
                    <ul class="counts">
                        {counts
                            .into_iter()
                            .map(|(status, count)| {
                                view! {
                                    <li class=format!("count status-{}", status.id())>
                                        <button
                                            type="button"
                                            on:click=move |_| {
                                                state.screen.update(|screen| {
                                                    screen.status = Some(status);
                                                    screen.tab = Tab::Ranking;
                                                })
                                            }
                                        >
                                            <span class="symbol" aria-hidden="true">{status_symbol(status)}</span>
                                            <strong>{format::number(f64::from(count), lang)}</strong>
                                            " "
                                            {status_name(status, lang)}
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                    {(from_source > 0)
                        .then(|| {
                            view! {
                                <p class="note">{chart::from_source_note(from_source, lang)}</p>
                            }
                        })}
                </section>
            }
        })
    };
    view! {
        {scorecard_view}
        <ChartFigure id="domain-chart" chart=breakdown.into() />
        <ChartFigure
            id="ranking-chart"
            chart=ranking.into()
            on_select=open_indicator(state)
        />
        <IndicatorList data />
    }
}
