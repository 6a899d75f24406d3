//! Presentation (`?mode=present`) and kiosk (`?mode=kiosk`) modes: one 16:9 slide at a time, no
//! chrome, clicker keys; the kiosk advances by itself, pauses on input and resumes after 60 s idle,
//! hides the cursor, drifts against burn-in and keeps the screen awake where allowed.

use chitieu_core::keys::{DeckKey, DeckPosition};
use chitieu_core::kiosk::{kiosk_kicker, paused_sign, KioskClock, DRIFT_SHARE, DRIFT_STEPS};
use chitieu_core::slides::{Deck, DeckScope};
use chitieu_core::url::{Mode, DEFAULT_INTERVAL_SECONDS};
use chitieu_core::Lang;
use chitieu_render::{scene_svg, slide_scene, Palette};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use super::browser::mark_ready;
use super::problems::stale_stamp;
use super::state::{use_screen, use_state};

/// The 16:9 stage that fits the window.
fn stage_size((width, height): (f64, f64)) -> (f64, f64) {
    let stage_width = width.min(height * 16.0 / 9.0);
    (stage_width, stage_width * 9.0 / 16.0)
}

fn now() -> f64 {
    js_sys::Date::now()
}

/// Today's date on this computer, ISO ("2026-11-23").
fn today() -> String {
    let date = js_sys::Date::new_0();
    format!("{}-{:02}-{:02}", date.get_full_year(), date.get_month() + 1, date.get_date())
}

#[component]
pub fn Stage() -> impl IntoView {
    let state = use_state();
    let screen = use_screen();
    let lang = screen.lang;
    let kiosk = state.screen.with_untracked(|screen| screen.mode == Mode::Kiosk);
    let data = state.data.get_untracked().expect("the stage shows only with data");
    // The deck follows the URL: `unit`, `term` and `domain` narrow it to what is presented.
    let scope = Memo::new(move |_| {
        state.screen.with(|screen| DeckScope {
            locality: screen.locality.clone(),
            term: screen.term.clone(),
            domain: screen.domain.clone(),
            unnumbered: kiosk,
        })
    });
    // Planned whole, made a slide at a time: a province's deck has thousands of slides.
    let deck = Memo::new({
        let data = data.clone();
        move |_| scope.with(|scope| Deck::new(&data, scope))
    });
    let find_data = data.clone();
    let requested = Memo::new(move |_| state.screen.with(|screen| screen.slide.unwrap_or(1)) as usize);
    let position = Memo::new(move |_| DeckPosition::new(requested.get(), deck.with(Deck::len)));
    let go = move |number: usize| {
        let number = DeckPosition::new(number, position.get_untracked().count).number as u32;
        state.screen.update(|screen| screen.slide = Some(number));
    };

    // A kiosk's slides say the day and how recent the data is, and that the loop is paused. The
    // day is read whenever a slide is made, which a running loop does every few seconds.
    let paused = RwSignal::new(false);
    let svg = Memo::new(move |_| {
        let (width, height) = stage_size(state.window.get());
        let (scale, theme) = (screen.scale.get(), screen.theme.get());
        deck.with(|deck| {
            deck.slide(&data, position.get().number - 1, lang.get()).map(|mut slide| {
                if kiosk {
                    let as_of = &data.dataset().data_as_of;
                    slide.kicker = kiosk_kicker(&slide.kicker, as_of, &today(), lang.get());
                }
                scene_svg(&slide_scene(&slide, width, height, scale, &Palette::for_theme(theme)))
            })
        })
    });
    Effect::new(move |_| {
        svg.track();
        request_animation_frame(mark_ready);
    });

    // One clock for the kiosk (and the key pause in present mode, where it never advances).
    let interval_ms =
        f64::from(state.screen.with_untracked(|screen| screen.interval.unwrap_or(DEFAULT_INTERVAL_SECONDS))) * 1000.0;
    let clock = StoredValue::new(KioskClock::new(interval_ms, now()));
    let cursor_hidden = RwSignal::new(false);
    let drift = RwSignal::new(0usize);

    // "/" opens a box to find a place of the deck by name (a province's deck has hundreds of
    // places); Enter goes to the first found, Esc closes it. While it has the focus it has the keys.
    let finding = RwSignal::new(false);
    let find = Finder::new(deck, find_data, lang);

    // Keys: clickers send → ← PageDown PageUp Space Home End; digits then Enter jump; f toggles
    // full screen; Esc is left to the browser, which leaves full screen.
    let typed: RwSignal<String> = RwSignal::new(String::new());
    {
        // Leptos' window listeners live as long as the page (the stage never unmounts).
        window_event_listener_untyped("keydown", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else { return };
            clock.update_value(|clock| clock.key(now()));
            if finding.get_untracked() {
                // Typing in the box. With the focus elsewhere (typed before the field had it, or
                // after a click on the slide), a character still goes into the box, and a
                // clicker's key closes it and acts (a "/" pressed by mistake must not leave the
                // clicker dead).
                let in_box = event
                    .target()
                    .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                    .is_some_and(|element| element.closest(".slide-find").ok().flatten().is_some());
                if in_box {
                    return;
                }
                let key = event.key();
                if key.chars().count() == 1 {
                    event.prevent_default();
                    find.query.update(|query| query.push_str(&key));
                    find.focus();
                    return;
                }
                finding.set(false);
            }
            let Some(action) = DeckKey::from_key(&event.key()) else { return };
            let position = position.get_untracked();
            match action {
                DeckKey::Next if kiosk => go(position.next()),
                DeckKey::Next => go(position.next_stopping()),
                DeckKey::Previous => go(position.previous()),
                DeckKey::First => go(1),
                DeckKey::Last => go(position.count),
                DeckKey::Enter => {
                    if let Some(number) = position.typed(&typed.get_untracked()) {
                        go(number);
                    }
                    typed.set(String::new());
                }
                DeckKey::ToggleFullScreen => toggle_full_screen(),
                // A kiosk's audience does not search; a key there only pauses the loop.
                DeckKey::Find if kiosk => return,
                DeckKey::Find => {
                    find.query.set(String::new());
                    finding.set(true);
                }
                DeckKey::Digit(digit) => {
                    typed.update(|typed| typed.push(char::from(b'0' + digit)));
                    return;
                }
            }
            event.prevent_default();
        });
    }

    if kiosk {
        for name in ["pointermove", "pointerdown", "wheel", "touchstart"] {
            window_event_listener_untyped(name, move |_| {
                let was_hidden = clock.try_update_value(|clock| clock.pointer(now())).unwrap_or(false);
                if was_hidden {
                    cursor_hidden.set(false);
                }
            });
        }
        // One timer drives everything, so nothing accumulates however long the kiosk runs.
        let tick_ms = clock.with_value(KioskClock::tick_period_ms);
        set_interval(
            move || {
                let Some(tick) = clock.try_update_value(|clock| clock.tick(now())) else { return };
                if tick.advance {
                    go(position.get_untracked().next());
                }
                if let Some(hidden) = tick.cursor_hidden {
                    cursor_hidden.set(hidden);
                }
                if let Some(step) = tick.drift_step {
                    drift.set(step);
                }
                if let Some(now_paused) = tick.paused {
                    paused.set(now_paused);
                }
            },
            std::time::Duration::from_millis(u64::from(tick_ms)),
        );
        keep_screen_awake();
    }

    let stage_style = move || {
        let (width, height) = state.window.get();
        let (dx, dy) = DRIFT_STEPS[drift.get()];
        let background = Palette::for_theme(screen.theme.get()).background;
        // --progress: how far a kiosk's loop is through the deck (a thin line along the bottom).
        let DeckPosition { number, count } = position.get();
        format!(
            "transform: translate({:.1}px, {:.1}px); background: rgb({}, {}, {}); cursor: {}; --progress: {:.2}%",
            dx * DRIFT_SHARE * width,
            dy * DRIFT_SHARE * height,
            background.0,
            background.1,
            background.2,
            if cursor_hidden.get() { "none" } else { "auto" },
            100.0 * number as f64 / count.max(1) as f64,
        )
    };
    let slide_style = move || {
        let (width, height) = stage_size(state.window.get());
        format!("width: {width:.0}px; height: {height:.0}px")
    };
    let position_text = move || {
        let DeckPosition { number, count } = position.get();
        match lang.get() {
            Lang::Vi => format!("Trang {number}/{count}"),
            Lang::En => format!("Slide {number} of {count}"),
        }
    };
    let stale = move || {
        let as_of = state.data.with(|data| data.as_ref().map(|data| data.dataset().data_as_of.clone()))?;
        let stamp = state.origin.with(|origin| stale_stamp(origin, &as_of, lang.get()))?;
        let (_, height) = stage_size(state.window.get());
        Some(view! { <p class="stale-notice" style=format!("font-size: {:.0}px", height / 50.0)>{stamp}</p> })
    };
    view! {
        <div class="stage" class:kiosk=kiosk data-slide=move || position.get().number.to_string() style=stage_style>
            <div class="slide" style=slide_style inner_html=move || svg.get().unwrap_or_default()></div>
            <p class="visually-hidden" aria-live="polite">{position_text}</p>
            // The presenter sees where they are (not the kiosk's audience): "12/146", at least 1/50
            // of the height.
            {(!kiosk)
                .then(|| {
                    view! {
                        <p
                            class="slide-number"
                            aria-hidden="true"
                            style=move || format!("font-size: {:.0}px", stage_size(state.window.get()).1 / 45.0)
                        >
                            {move || {
                                let DeckPosition { number, count } = position.get();
                                format!("{number}/{count}")
                            }}
                        </p>
                    }
                })}
            // While input pauses the loop, a sign in the top corner (1/45 of the height, the page's
            // colours reversed, off the slide's title) says so and that it starts again by itself.
            {kiosk
                .then(|| {
                    view! {
                        <Show when=move || paused.get()>
                            <p
                                class="paused-sign"
                                role="status"
                                style=move || format!("font-size: {:.0}px", stage_size(state.window.get()).1 / 45.0)
                            >
                                {move || paused_sign(lang.get())}
                            </p>
                        </Show>
                    }
                })}
            {stale}
            <Show when=move || finding.get()>
                <FindPlace find finding go font=move || stage_size(state.window.get()).1 / 40.0 />
            </Show>
        </div>
    }
}

/// What the find box searches: the deck on screen, in the language on screen.
#[derive(Clone, Copy)]
struct Finder {
    /// The first places found, named, with their first slide; and how many in all.
    found: Memo<(Vec<(String, usize)>, usize)>,
    query: RwSignal<String>,
    /// The search field, once the box is open.
    field: NodeRef<leptos::html::Input>,
}

impl Finder {
    fn new(deck: Memo<Deck>, data: std::sync::Arc<chitieu_core::index::DatasetIndex>, lang: Memo<Lang>) -> Finder {
        let query = RwSignal::new(String::new());
        let found = Memo::new(move |_| query.with(|query| deck.with(|deck| deck.find(&data, query, 8, lang.get()))));
        Finder { found, query, field: NodeRef::new() }
    }

    /// Puts the focus in the search field.
    fn focus(self) {
        if let Some(field) = self.field.get_untracked() {
            let _ = field.focus();
        }
    }
}

/// The find box: a search field and the places found, each with its slide number.
#[component]
fn FindPlace(
    find: Finder,
    finding: RwSignal<bool>,
    go: impl Fn(usize) + Copy + Send + Sync + 'static,
    font: impl Fn() -> f64 + Send + 'static,
) -> impl IntoView {
    let lang = use_screen().lang;
    Effect::new(move |_| {
        find.field.track();
        find.focus();
    });
    let open = move |number: usize| {
        go(number);
        find.query.set(String::new());
        finding.set(false);
    };
    view! {
        <form
            class="slide-find"
            role="search"
            style=move || format!("position: absolute; left: 50%; top: 4%; transform: translateX(-50%); width: 60%; font-size: {:.0}px; background: var(--bg); color: var(--fg); border: 2px solid var(--fg); border-radius: 0.4em; padding: 0.5em 0.7em", font())
            on:keydown=move |event| {
                // ↓ ↑ move between the field and the places found; Enter on a place opens it.
                let step = match event.key().as_str() {
                    "ArrowDown" => 1,
                    "ArrowUp" => -1,
                    _ => return,
                };
                event.prevent_default();
                let form = event.current_target().and_then(|target| target.dyn_into::<web_sys::Element>().ok());
                let Some(items) = form.and_then(|form| form.query_selector_all("input, button").ok()) else { return };
                let active = web_sys::window().and_then(|window| window.document()).and_then(|document| document.active_element());
                let count = items.length() as i32;
                let at = (0..count)
                    .find(|&at| items.item(at as u32).is_some_and(|item| item.is_same_node(active.as_deref())))
                    .unwrap_or(0);
                let next = items.item((at + step).clamp(0, count - 1) as u32);
                if let Some(next) = next.and_then(|next| next.dyn_into::<web_sys::HtmlElement>().ok()) {
                    let _ = next.focus();
                }
            }
            on:submit=move |event| {
                event.prevent_default();
                match find.found.with_untracked(|(found, _)| found.first().map(|(_, number)| *number)) {
                    Some(number) => open(number),
                    None => finding.set(false),
                }
            }
        >
            <input
                type="search"
                node_ref=find.field
                style="width: 100%; font: inherit; box-sizing: border-box"
                aria-label=move || lang.get().pick("Tìm một nơi trong bài trình bày", "Find a place in the presentation")
                placeholder=move || lang.get().pick("Tên xã, phường… rồi Enter; Esc để đóng", "A place's name, then Enter; Esc to close")
                prop:value=move || find.query.get()
                on:input=move |event| find.query.set(event_target_value(&event))
                on:keydown=move |event| {
                    if event.key() == "Escape" {
                        finding.set(false);
                    }
                }
            />
            <ul role="list" style="list-style: none; margin: 0.3em 0 0; padding: 0">
                {move || {
                    let (found, all) = find.found.get();
                    let typed = find.query.with(|query| !query.trim().is_empty());
                    if found.is_empty() && typed {
                        return view! { <li>{lang.get().pick("Không tìm thấy nơi nào", "No place found")}</li> }.into_any();
                    }
                    // Of hundreds found ("xã"), the first few and how many more: typing more narrows.
                    let more = (all > found.len()).then(|| {
                        let more = all - found.len();
                        let text = match lang.get() {
                            Lang::Vi => format!("… và {more} nơi khác — gõ thêm để thu hẹp"),
                            Lang::En => format!("… and {more} more — type more to narrow"),
                        };
                        view! { <li>{text}</li> }
                    });
                    let found = found
                        .into_iter()
                        .map(|(name, number)| {
                            view! {
                                <li>
                                    <button type="button" style="font: inherit; text-align: left" on:click=move |_| open(number)>
                                        {format!("{name} — {} {number}", lang.get().pick("trang", "slide"))}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        {found}
                        {more}
                    }
                    .into_any()
                }}
            </ul>
        </form>
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
    // "visibilitychange" bubbles from the document to the window.
    window_event_listener_untyped("visibilitychange", move |_| {
        let visible = web_sys::window()
            .and_then(|window| window.document())
            .is_some_and(|document| document.visibility_state() == web_sys::VisibilityState::Visible);
        if visible {
            request_wake_lock();
        }
    });
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
