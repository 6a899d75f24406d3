//! The explore mode: header, notices, filters, tabs and the views officials use at their desks.
//! Every choice goes through `AppState::screen`, so the address bar always reproduces the screen.
//! Each view has its own file; they read the shared memos of `Screen` (language, filter, the
//! locality and term on screen) and build their charts from the dataset index.

mod compare;
mod filters;
mod header;
mod indicator;
mod indicator_list;
mod overview;
mod places;
mod ranking;
mod structure;

pub use header::OpenFile;

use chitieu_core::i18n::tab_name;
use chitieu_core::url::{ScreenState, Tab};
use leptos::prelude::*;

use super::browser::settled_in_next_task;
use super::loading::open_file;
use super::problems::{Rejected, StaleNotice};
use super::state::{use_screen, use_state, AppState};

#[component]
pub fn Explorer() -> impl IntoView {
    let state = use_state();
    let screen = use_screen();
    // Views without a chart (an empty comparison) are ready once drawn; charts mark it themselves.
    let settled = settled_in_next_task();
    Effect::new(move |_| {
        if settled.get() {
            request_animation_frame(super::browser::mark_ready);
        }
    });

    let tab_button = move |tab: Tab| {
        view! {
            <button
                type="button"
                class="tab"
                id=format!("tab-{}", tab.id())
                aria-pressed=move || (screen.tab.get() == tab).to_string()
                on:click=move |_| state.screen.update(|screen| screen.tab = tab)
            >
                {move || tab_name(tab, screen.lang.get())}
            </button>
        }
    };

    view! {
        <div
            class="app"
            on:dragover=move |event: leptos::ev::DragEvent| event.prevent_default()
            on:drop=move |event: leptos::ev::DragEvent| {
                event.prevent_default();
                let file = event.data_transfer().and_then(|transfer| transfer.files()).and_then(|files| files.get(0));
                if let Some(file) = file {
                    open_file(state, file);
                }
            }
        >
            <header::Header />
            <StaleNotice />
            <header::Notices />
            <Rejected />
            <nav class="tabs" aria-label=move || screen.lang.get().pick("Các chế độ xem", "Views")>
                {tab_button(Tab::Overview)}
                {tab_button(Tab::Ranking)}
                {tab_button(Tab::Indicator)}
                {tab_button(Tab::Compare)}
                {tab_button(Tab::Places)}
                {tab_button(Tab::Structure)}
            </nav>
            <filters::Filters />
            <Lineage />
            // The view is rebuilt only when the tab or the data changes; everything else (language,
            // filters, theme) updates its charts in place.
            // On the first screen the view is built a task after the header, so that neither holds
            // the page long.
            <main id="content">
                {move || {
                    let data = state.data();
                    match screen.tab.get() {
                        _ if !settled.get() => ().into_any(),
                        Tab::Overview => view! { <overview::OverviewView data /> }.into_any(),
                        Tab::Ranking => view! { <ranking::RankingView data /> }.into_any(),
                        Tab::Indicator => view! { <indicator::IndicatorView data /> }.into_any(),
                        Tab::Compare => view! { <compare::CompareView data /> }.into_any(),
                        Tab::Structure => view! { <structure::StructureView data /> }.into_any(),
                        Tab::Places => view! { <places::PlacesView data /> }.into_any(),
                    }
                }}
            </main>
        </div>
    }
}

/// Opens an indicator's detail, at its top: its heading takes the focus (a keyboard or screen
/// reader user goes on from there, not from `<body>`) and scrolls into view.
fn open_indicator(state: AppState) -> Callback<String> {
    Callback::new(move |indicator: String| {
        state.screen.update(|screen| {
            screen.indicator = Some(indicator);
            screen.tab = Tab::Indicator;
        });
        request_animation_frame(|| super::browser::focus_first(".indicator-detail h2"));
    })
}

/// Where the locality on screen comes from (the units merged into it) or went (the unit it was
/// merged into, with a button to open it), for the communes merged in 2025.
#[component]
fn Lineage() -> impl IntoView {
    let state = use_state();
    let screen = use_screen();
    move || {
        let (locality, _) = screen.place.get()?;
        let lang = screen.lang.get();
        let asked = state.screen.with(|screen| screen.locality.clone());
        let (text, successor) =
            chitieu_core::lineage::place_notice(state.data().dataset(), asked.as_deref(), &locality, lang)?;
        // A plain link to the successor's page: it can be opened in a new tab or shared.
        let open = successor.map(|successor| {
            let name = state.data().dataset().locality(&successor).map(|found| found.name.get(lang).to_string());
            let href = state.screen.with(|screen| {
                let next = ScreenState { locality: Some(successor), term: None, ..screen.clone() };
                chitieu_core::url::to_query(&next)
            });
            view! { <a href=href>{format!("{} {}", lang.pick("Xem", "Open"), name.unwrap_or_default())}</a> }
        });
        Some(view! { <p class="lineage" role="note">{text} " " {open}</p> })
    }
}

/// A sentence in place of a chart when the place on screen has nothing for a view.
#[component]
fn Empty(vi: &'static str, en: &'static str) -> impl IntoView {
    let screen = use_screen();
    view! { <p class="empty">{move || screen.lang.get().pick(vi, en)}</p> }
}
