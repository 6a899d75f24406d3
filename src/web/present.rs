//! Presentation (`?mode=present`) and kiosk (`?mode=kiosk`) modes: one 16:9 slide at a time, no
//! chrome, clicker keys; the kiosk advances by itself, pauses on input and resumes after 60 s idle,
//! hides the cursor, drifts against burn-in and keeps the screen awake where allowed.

use chitieu_core::slides::slides;
use chitieu_core::url::{Mode, DEFAULT_INTERVAL_SECONDS};
use chitieu_core::{format, Lang};
use chitieu_render::{scene_svg, slide_scene, Palette};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use super::app::AppState;
use super::browser::mark_ready;

/// Input pauses the kiosk loop for this long.
pub const KIOSK_IDLE_RESUME_MS: f64 = 60_000.0;
/// The cursor hides after this long without movement.
pub const CURSOR_HIDE_MS: f64 = 3_000.0;
/// The content moves to its next drift position this often.
pub const DRIFT_PERIOD_MS: f64 = 60_000.0;
/// The largest drift, as a share of the screen (the bar is 1.5 %).
pub const DRIFT_SHARE: f64 = 0.012;

/// The drift offsets, as multiples of `DRIFT_SHARE`: a slow loop around the centre.
const DRIFT_STEPS: [(f64, f64); 8] =
    [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0), (-1.0, 1.0), (-1.0, 0.0), (-1.0, -1.0), (0.0, -1.0)];

/// The 16:9 stage that fits the window.
fn stage_size((width, height): (f64, f64)) -> (f64, f64) {
    let stage_width = width.min(height * 16.0 / 9.0);
    (stage_width, stage_width * 9.0 / 16.0)
}

fn now() -> f64 {
    js_sys::Date::now()
}

#[component]
pub fn Stage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let kiosk = state.view.with_untracked(|view| view.mode == Mode::Kiosk);
    let dataset = state.dataset.get_untracked().expect("the stage shows only with a dataset");
    let lang = Memo::new(move |_| state.view.with(|view| view.lang));
    let deck = Memo::new(move |_| slides(&dataset, lang.get()));
    let count = move || deck.with(Vec::len).max(1);
    let index = Memo::new(move |_| (state.view.with(|view| view.slide.unwrap_or(1)) as usize).clamp(1, count()) - 1);
    let go = move |number: usize| {
        let number = number.clamp(1, count()) as u32;
        state.view.update(|view| view.slide = Some(number));
    };
    let next = move || go(if index.get_untracked() + 1 >= count() { 1 } else { index.get_untracked() + 2 });
    let previous = move || go(index.get_untracked().max(1));

    let svg = Memo::new(move |_| {
        let (width, height) = stage_size(state.window.get());
        let (scale, theme) = state.view.with(|view| (view.scale, view.theme));
        deck.with(|deck| {
            deck.get(index.get())
                .map(|slide| scene_svg(&slide_scene(slide, width, height, scale, &Palette::for_theme(theme))))
        })
    });
    Effect::new(move |_| {
        svg.track();
        request_animation_frame(mark_ready);
    });

    // Keys: clickers send → ← PageDown PageUp Space Home End; digits then Enter jump; f toggles
    // full screen; Esc is left to the browser, which leaves full screen.
    let typed: RwSignal<String> = RwSignal::new(String::new());
    let last_input = RwSignal::new(f64::NEG_INFINITY);
    if let Some(window) = web_sys::window() {
        let options = gloo_events::EventListenerOptions::enable_prevent_default();
        gloo_events::EventListener::new_with_options(&window, "keydown", options, move |event| {
            let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else { return };
            last_input.set(now());
            let key = event.key();
            match key.as_str() {
                "ArrowRight" | "PageDown" | " " | "ArrowDown" => next(),
                "ArrowLeft" | "PageUp" | "ArrowUp" => previous(),
                "Home" => go(1),
                "End" => go(count()),
                "Enter" => {
                    if let Ok(number) = typed.get_untracked().parse::<usize>() {
                        go(number);
                    }
                    typed.set(String::new());
                }
                "f" | "F" => toggle_full_screen(),
                digit if digit.len() == 1 && digit.chars().all(|c| c.is_ascii_digit()) => {
                    typed.update(|typed| typed.push_str(digit));
                    return;
                }
                _ => return,
            }
            event.prevent_default();
        })
        .forget();
    }

    let cursor_hidden = RwSignal::new(false);
    let drift = RwSignal::new(0usize);
    if kiosk {
        let interval_ms =
            f64::from(state.view.with_untracked(|view| view.interval.unwrap_or(DEFAULT_INTERVAL_SECONDS))) * 1000.0;
        let last_move = RwSignal::new(now());
        let last_advance = RwSignal::new(now());
        let last_drift = RwSignal::new(now());
        if let Some(window) = web_sys::window() {
            for name in ["pointermove", "pointerdown", "wheel", "touchstart"] {
                gloo_events::EventListener::new(&window, name, move |_| {
                    let time = now();
                    last_input.set(time);
                    last_move.set(time);
                    if cursor_hidden.get_untracked() {
                        cursor_hidden.set(false);
                    }
                })
                .forget();
            }
        }
        // One timer drives everything, so nothing accumulates however long the kiosk runs.
        let tick_ms = (interval_ms / 4.0).clamp(20.0, 250.0) as u32;
        gloo_timers::callback::Interval::new(tick_ms, move || {
            let time = now();
            let idle = time - last_input.get_untracked() >= KIOSK_IDLE_RESUME_MS;
            if idle && time - last_advance.get_untracked() >= interval_ms {
                last_advance.set(time);
                next();
            } else if !idle {
                last_advance.set(time);
            }
            let hide = time - last_move.get_untracked() >= CURSOR_HIDE_MS;
            if hide != cursor_hidden.get_untracked() {
                cursor_hidden.set(hide);
            }
            if time - last_drift.get_untracked() >= DRIFT_PERIOD_MS {
                last_drift.set(time);
                drift.update(|step| *step = (*step + 1) % DRIFT_STEPS.len());
            }
        })
        .forget();
        keep_screen_awake();
    }

    let stage_style = move || {
        let (width, height) = state.window.get();
        let (dx, dy) = DRIFT_STEPS[drift.get()];
        let background = Palette::for_theme(state.view.with(|view| view.theme)).background;
        format!(
            "transform: translate({:.1}px, {:.1}px); background: rgb({}, {}, {}); cursor: {}",
            dx * DRIFT_SHARE * width,
            dy * DRIFT_SHARE * height,
            background.0,
            background.1,
            background.2,
            if cursor_hidden.get() { "none" } else { "auto" },
        )
    };
    let slide_style = move || {
        let (width, height) = stage_size(state.window.get());
        format!("width: {width:.0}px; height: {height:.0}px")
    };
    let position = move || {
        let number = index.get() + 1;
        match lang.get() {
            Lang::Vi => format!("Trang {number}/{}", count()),
            Lang::En => format!("Slide {number} of {}", count()),
        }
    };
    let stale = move || {
        state.stale.get().then(|| {
            let (_, height) = stage_size(state.window.get());
            let as_of = state.dataset.with(|dataset| dataset.as_ref().map(|dataset| format::date(&dataset.data_as_of, lang.get())));
            view! {
                <p class="stale-notice" style=format!("font-size: {:.0}px", height / 50.0)>
                    {match lang.get() {
                        Lang::Vi => format!("Dữ liệu cập nhật đến {} · chưa tải được dữ liệu mới", as_of.unwrap_or_default()),
                        Lang::En => format!("Data as of {} · newer data could not be loaded", as_of.unwrap_or_default()),
                    }}
                </p>
            }
        })
    };
    view! {
        <div class="stage" class:kiosk=kiosk data-slide=move || (index.get() + 1).to_string() style=stage_style>
            <div class="slide" style=slide_style inner_html=move || svg.get().unwrap_or_default()></div>
            <p class="visually-hidden" aria-live="polite">{position}</p>
            {stale}
        </div>
    }
}

fn toggle_full_screen() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else { return };
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    } else if let Some(html) = document.document_element() {
        let _ = html.request_fullscreen();
    }
}

/// Requests a screen wake lock where the browser offers one, again whenever the page becomes
/// visible (the browser releases it when hidden). Failure is silent: not every browser allows it.
fn keep_screen_awake() {
    request_wake_lock();
    if let Some(document) = web_sys::window().and_then(|window| window.document()) {
        gloo_events::EventListener::new(&document, "visibilitychange", move |_| {
            let visible = web_sys::window()
                .and_then(|window| window.document())
                .is_some_and(|document| document.visibility_state() == web_sys::VisibilityState::Visible);
            if visible {
                request_wake_lock();
            }
        })
        .forget();
    }
}

fn request_wake_lock() {
    let Some(window) = web_sys::window() else { return };
    let navigator: JsValue = window.navigator().into();
    let Ok(wake_lock) = js_sys::Reflect::get(&navigator, &JsValue::from_str("wakeLock")) else { return };
    if wake_lock.is_undefined() || wake_lock.is_null() {
        return;
    }
    let Ok(request) = js_sys::Reflect::get(&wake_lock, &JsValue::from_str("request")) else { return };
    let Some(request) = request.dyn_ref::<js_sys::Function>() else { return };
    if let Ok(promise) = request.call1(&wake_lock, &JsValue::from_str("screen")) {
        if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
            leptos::task::spawn_local(async move {
                let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
            });
        }
    }
}
