//! Every place of the on-screen place's level and province in the term on screen, by the share of
//! its targets met; a place's square opens its overview.

use std::sync::Arc;

use chitieu_core::chart::{self, ChartSpec};
use chitieu_core::index::DatasetIndex;
use chitieu_core::url::Tab;
use leptos::prelude::*;

use crate::web::figure::ChartFigure;
use crate::web::loading::open_part;
use crate::web::state::{use_screen, use_state};

#[component]
pub fn PlacesView(data: Arc<DatasetIndex>) -> impl IntoView {
    let state = use_state();
    let screen = use_screen();
    // Not a memo: a memo of a chart type of its own would cost the first screen about 1 KB of wasm.
    let places = move || {
        let (locality, term) = screen.place.get().unwrap_or_default();
        screen.filter.with(|filter| ChartSpec::Dots(chart::places(&data, &locality, &term, filter, screen.lang.get())))
    };
    let open_place = Callback::new(move |locality: String| {
        state.screen.update(|screen| {
            screen.locality = Some(locality);
            screen.tab = Tab::Overview;
        });
    });
    // A dataset split by province: every province, from the counts its index carries; a
    // province's square opens its file.
    let provinces = move || {
        let term = screen.place.get().unwrap_or_default().1;
        state.split.with_value(|split| {
            let split = split.as_ref()?;
            Some(ChartSpec::Dots(chart::provinces(split.index.dataset(), &split.part, &term, screen.lang.get())))
        })
    };
    let open_province = Callback::new(move |province: String| open_part(state, province));
    view! {
        <ChartFigure id="places-chart" chart=Signal::derive(places) on_select=open_place />
        {move || provinces().map(|chart| view! { <ChartFigure id="provinces-chart" chart=Signal::stored(chart) on_select=open_province /> })}
    }
}
