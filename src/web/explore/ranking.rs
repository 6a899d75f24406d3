//! The ranking of the indicators of the locality and term on screen by % of target.

use std::sync::Arc;

use chitieu_core::chart::{self, ChartSpec};
use chitieu_core::index::DatasetIndex;
use leptos::prelude::*;

use super::open_indicator;
use crate::web::figure::ChartFigure;
use crate::web::state::{use_screen, use_state};

#[component]
pub fn RankingView(data: Arc<DatasetIndex>) -> impl IntoView {
    let state = use_state();
    let screen = use_screen();
    let ranking = Memo::new(move |_| {
        let (locality, term) = screen.place.get().unwrap_or_default();
        ChartSpec::Bars(screen.filter.with(|filter| chart::ranking(&data, &locality, &term, filter, screen.lang.get())))
    });
    view! {
        <ChartFigure
            id="ranking-chart"
            chart=ranking.into()
            on_select=open_indicator(state)
        />
    }
}
