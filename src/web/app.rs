//! The root: builds the state, starts loading, keeps the document and the address bar in step
//! with the screen state, and shows the app's main view (the explorer in the desk app, the slide
//! stage in the stage app) or why it cannot show.

use chitieu_core::chart::place_name;
use chitieu_core::i18n::page_title;
use chitieu_core::url::{parse_query, to_query, Mode, ScreenState};
use leptos::prelude::*;

use super::browser::{
    is_same_origin, query_string, restore_scroll, scroll_restoration_by_page, set_document_attribute, window_size,
    write_query,
};
use super::loading::load_at_startup;
use super::problems::ErrorPanel;
use super::state::{provide_app_context, AppState, LoadFailure, Progress};
use super::DEFAULT_DATASET_URL;

/// The whole app around its main view. Each of the two apps passes its own (`web::start`,
/// `web::start_stage`), so neither binary carries the other's view code.
pub fn app_with(main_view: fn() -> AnyView) -> impl IntoView {
    let (initial, notices) = parse_query(&query_string(), &is_same_origin);
    let url = initial.data.clone().unwrap_or_else(|| DEFAULT_DATASET_URL.to_string());
    let mode = initial.mode;
    let state = AppState::new(initial, notices, window_size());
    let screen = provide_app_context(state);
    let startup_failure: RwSignal<Option<LoadFailure>> = RwSignal::new(None);
    load_at_startup(state, url, startup_failure);

    // The document follows the screen: language, theme, scale. Each is written only when it
    // changes: rewriting <html style> restyles the whole page.
    Effect::new(move |_| set_document_attribute("lang", screen.lang.get().id()));
    Effect::new(move |_| set_document_attribute("data-theme", screen.theme.get().id()));
    Effect::new(move |_| set_document_attribute("style", &format!("--scale: {}", screen.scale.get())));
    // The page title names the view and the place, so browser tabs and bookmarks tell them apart.
    Effect::new(move |_| {
        let lang = screen.lang.get();
        // A deck of several places (no `unit`) is not about the place the desk would open on. The
        // URL's unit is read untracked: the place follows it.
        let one_place = mode == Mode::Explore || state.screen.with_untracked(|screen| screen.locality.is_some());
        let place = screen.place.get().filter(|_| one_place);
        let place_name = state.data.with(|data| {
            data.as_ref().zip(place).map(|(data, (locality, term))| place_name(data, &locality, &term, lang))
        });
        let tab = (mode == Mode::Explore).then(|| screen.tab.get());
        if let Some(document) = web_sys::window().and_then(|window| window.document()) {
            document.set_title(&page_title(tab, place_name.as_deref(), lang));
        }
    });
    follow_in_address_bar(state);
    scroll_restoration_by_page();
    // Back and forward restore the screen; resizing re-lays out the charts.
    window_event_listener_untyped("popstate", move |_| {
        let (restored, notices) = parse_query(&query_string(), &is_same_origin);
        state.notices.set(notices);
        state.screen.set(restored);
        restore_scroll();
    });
    window_event_listener_untyped("resize", move |_| state.window.set(window_size()));

    view! {
        {move || {
            state.progress.get().map(|progress| {
                let lang = screen.lang.get();
                // Without a known size the bar is indeterminate (no value).
                let (label, share) = match progress {
                    Progress::Arriving(share) => (lang.pick("Đang tải dữ liệu", "Downloading the data"), share),
                    Progress::Reading(share) => (lang.pick("Đang đọc dữ liệu", "Reading the data"), Some(share)),
                };
                view! { <progress class="reading" max="1" value=share.map(|share| share.to_string()) aria-label=label></progress> }
            })
        }}
        {move || match (state.data.with(Option::is_some), startup_failure.get()) {
            (true, _) => main_view(),
            (false, Some(failure)) => view! { <ErrorPanel failure lang=screen.lang.get_untracked() /> }.into_any(),
            // Until then the static shell in index.html says what the page is and that it is opening.
            (false, None) => ().into_any(),
        }}
    }
}

/// The address bar follows the screen: a history entry per navigation; typing and slide changes
/// replace the entry in place.
fn follow_in_address_bar(state: AppState) {
    Effect::new(move |previous: Option<ScreenState>| {
        let current = state.screen.get();
        let push = previous.as_ref().is_some_and(|previous| {
            let mut without_typing = previous.clone();
            without_typing.query = current.query.clone();
            without_typing.slide = current.slide;
            without_typing != current
        });
        // Written a moment later, off the path from input to the next frame. (leptos' set_timeout
        // frees its callback once it has run; a forgotten timer would leak one closure per
        // change, which a kiosk makes tens of thousands of.)
        let query = to_query(&current);
        set_timeout(move || write_query(&query, push), std::time::Duration::ZERO);
        current
    });
}
