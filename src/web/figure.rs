//! A chart figure: the SVG, a tooltip for the mark under the pointer or keyboard focus, the
//! generated sentence, and the sortable table twin with CSV and SVG downloads.

use chitieu_core::chart::{ChartSpec, Table};
use chitieu_core::slides::Slide;
use chitieu_render::{chart_scene, pointer_to_scene, scene_svg, slide_scene, Frame, Palette, Scene};
use leptos::prelude::*;

use chitieu_core::keys::{mark_key, MarkKeyOutcome};

use super::browser::{download, download_png, mark_ready};
use super::state::{use_screen, use_state, AppState, Screen};

/// The chart frame for the current window and scale: text is 1/60 of the window height (at least
/// 14 px) times `scale`, so a 4K screen is as legible as a laptop.
pub fn explore_frame(state: AppState, screen: Screen) -> Frame {
    let (width, height) = state.window.get();
    let scale = screen.scale.get();
    let font_px = (height / 60.0).clamp(14.0, 48.0) * scale;
    let padding = if width <= 600.0 { 1.6 * font_px } else { 4.0 * font_px };
    let width = (width - padding - 20.0).clamp(280.0, 3800.0);
    Frame { width, font_px }
}

pub fn current_palette(screen: Screen) -> Palette {
    Palette::for_theme(screen.theme.get())
}

/// A figure around one chart. `on_select` receives the key of a mark that is clicked or chosen
/// with Enter (an indicator id, for instance).
#[component]
pub fn ChartFigure(
    /// A stable id for the figure (tests and links use it).
    id: &'static str,
    chart: Signal<ChartSpec>,
    #[prop(optional)] on_select: Option<Callback<String>>,
) -> impl IntoView {
    let state = use_state();
    let screen = use_screen();
    let lang = move || screen.lang.get();
    // Laid out once per change, then shared by the SVG, the caption, the title and hit testing.
    let illustrative = move || state.data.with(|data| data.as_ref().is_some_and(|data| data.dataset().illustrative));
    let scene: Memo<Scene> = Memo::new(move |_| {
        let frame = explore_frame(state, screen);
        let palette = current_palette(screen);
        let mut scene = chart.with(|chart| chart_scene(chart, frame, &palette));
        // Made-up figures say so on the chart itself, so every SVG, PNG and print carries it.
        if illustrative() {
            scene.add_footer(chitieu_core::i18n::illustrative_notice(lang()), frame.font_px, palette.text);
        }
        scene
    });
    let table: Signal<Table> = Signal::derive(move || chart.with(ChartSpec::table));
    let sources = move || {
        let lang = lang();
        state.data.with(|data| {
            data.as_ref().map_or(String::new(), |data| {
                let titles: Vec<String> =
                    data.dataset().sources.iter().map(|source| source.title.get(lang).to_string()).collect();
                format!("{}{}", lang.pick("Nguồn: ", "Sources: "), titles.join("; "))
            })
        })
    };
    let svg = Memo::new(move |_| scene.with(scene_svg));
    // Each chart is drawn in a task of its own, after the page around it: a view with several
    // charts then never holds the page for one long task.
    let drawn = RwSignal::new(false);
    set_timeout(move || drawn.set(true), std::time::Duration::ZERO);
    let focused: RwSignal<Option<usize>> = RwSignal::new(None);
    let table_open = RwSignal::new(false);
    let tooltip_at: RwSignal<(f64, f64)> = RwSignal::new((0.0, 0.0));
    let host = NodeRef::<leptos::html::Div>::new();

    Effect::new(move |_| {
        if drawn.get() {
            svg.track();
            focused.set(None);
            request_animation_frame(mark_ready);
        }
    });

    // Where a mark sits on screen, for placing the tooltip next to it.
    let place_tooltip = move |index: usize| {
        let Some(element) = host.get_untracked() else {
            return;
        };
        let rect = element.get_bounding_client_rect();
        scene.with_untracked(|scene| {
            if let Some(mark) = scene.marks.get(index) {
                let ratio = if scene.width > 0.0 { rect.width() / scene.width } else { 1.0 };
                tooltip_at.set(((mark.x + mark.width / 2.0) * ratio, (mark.y) * ratio));
            }
        });
    };
    let on_pointer = move |event: leptos::ev::PointerEvent| {
        let Some(element) = host.get_untracked() else {
            return;
        };
        let rect = element.get_bounding_client_rect();
        let x = f64::from(event.client_x()) - rect.left();
        let y = f64::from(event.client_y()) - rect.top();
        let hit = scene.with_untracked(|scene| {
            let (scene_x, scene_y) = pointer_to_scene(x, y, rect.width(), rect.height(), scene);
            scene.hit(scene_x, scene_y)
        });
        if hit != focused.get_untracked() {
            focused.set(hit);
        }
        if hit.is_some() {
            tooltip_at.set((x, y));
        }
    };
    let select = move |index: usize| {
        if let Some(callback) = on_select {
            if let Some(key) = scene.with_untracked(|scene| scene.marks.get(index).map(|mark| mark.key.clone())) {
                callback.run(key);
            }
        }
    };
    let on_key = move |event: leptos::ev::KeyboardEvent| {
        let count = scene.with_untracked(|scene| scene.marks.len());
        let next = match mark_key(&event.key(), focused.get_untracked(), count) {
            MarkKeyOutcome::Focus(next) => next,
            MarkKeyOutcome::Select(index) => {
                select(index);
                return;
            }
            MarkKeyOutcome::Ignore => return,
        };
        event.prevent_default();
        focused.set(next);
        if let Some(index) = next {
            place_tooltip(index);
        }
    };
    let tooltip = move || {
        let index = focused.get()?;
        let label = scene.with(|scene| scene.marks.get(index).map(|mark| mark.label.clone()))?;
        let (x, y) = tooltip_at.get();
        Some(view! {
            <div class="tooltip" role="status" style=format!("left: {x:.0}px; top: {y:.0}px")>
                {label}
            </div>
        })
    };
    let hint = move || {
        lang().pick(
            "Di chuột hoặc dùng phím mũi tên để xem số liệu; Enter để mở chi tiết.",
            "Hover or use the arrow keys to read values; Enter opens the detail.",
        )
    };
    let caption = move || scene.with(|scene| scene.description.clone());
    let title = move || scene.with(|scene| scene.title.clone());
    let file_stem = move || format!("chitieu-{id}");

    view! {
        <figure class="chart-figure" id=id>
            <div
                class="chart-host"
                node_ref=host
                tabindex="0"
                role="group"
                aria-label=title
                title=hint
                on:pointermove=on_pointer
                on:pointerleave=move |_| focused.set(None)
                on:click=move |_| {
                    if let Some(index) = focused.get_untracked() {
                        select(index);
                    }
                }
                on:keydown=on_key
                on:blur=move |_| focused.set(None)
            >
                <div class="chart-svg" inner_html=move || if drawn.get() { svg.get() } else { String::new() }></div>
                {tooltip}
            </div>
            <figcaption>{caption}</figcaption>
            <p class="print-source">{sources}</p>
            <details
                class="table-twin"
                on:toggle=move |event| {
                    use wasm_bindgen::JsCast;
                    let open = event.target().and_then(|target| target.dyn_into::<web_sys::HtmlDetailsElement>().ok()).is_some_and(|details| details.open());
                    table_open.set(open);
                }
            >
                <summary>{move || lang().pick("Bảng số liệu của biểu đồ", "The chart's data table")}</summary>
                // Built only while open: a closed table costs nothing on each filter change.
                {move || table_open.get().then(|| view! { <DataTable table /> })}
                <div class="downloads">
                    <button
                        type="button"
                        on:click=move |_| {
                            table.with_untracked(|table| {
                                let mut csv = table.to_csv();
                                if illustrative() {
                                    csv.push_str(chitieu_core::i18n::illustrative_notice(lang()));
                                    csv.push_str("\r\n");
                                }
                                download(&format!("{}.csv", file_stem()), "text/csv;charset=utf-8", &csv)
                            })
                        }
                    >
                        {move || lang().pick("Tải CSV", "Download CSV")}
                    </button>
                    <button
                        type="button"
                        on:click=move |_| {
                            let csv = table.with_untracked(|table| table.to_csv());
                            crate::web::sheets::table_workbook(state, format!("{}.xlsx", file_stem()), csv);
                        }
                    >
                        {move || lang().pick("Tải XLSX", "Download XLSX")}
                    </button>
                    <button
                        type="button"
                        on:click=move |_| download(&format!("{}.svg", file_stem()), "image/svg+xml", &svg.get_untracked())
                    >
                        {move || lang().pick("Tải SVG", "Download SVG")}
                    </button>
                    <button
                        type="button"
                        on:click=move |_| {
                            // The SVG's own size is the scene's, rounded to whole pixels.
                            let (width, height) = scene.with_untracked(|scene| (scene.width.round(), scene.height.round()));
                            download_png(format!("{}.png", file_stem()), svg.get_untracked(), width * 2.0, height * 2.0);
                        }
                    >
                        {move || lang().pick("Tải PNG (2×)", "Download PNG (2×)")}
                    </button>
                    <button
                        type="button"
                        on:click=move |_| {
                            // Made-up figures say so on the exported slide too.
                            let kicker = if illustrative() {
                                chitieu_core::i18n::illustrative_notice(lang()).to_string()
                            } else {
                                String::new()
                            };
                            let slide = chart.with_untracked(|chart| Slide {
                                kicker,
                                title: chart.title().to_string(),
                                sentence: chart.description().to_string(),
                                chart: Some(chart.clone()),
                                lines: Vec::new(),
                            });
                            let palette = Palette::for_theme(screen.theme.get_untracked());
                            let scale = screen.scale.get_untracked();
                            let svg = scene_svg(&slide_scene(&slide, 1920.0, 1080.0, scale, &palette));
                            download_png(format!("{}-slide.png", file_stem()), svg, 1920.0, 1080.0);
                        }
                    >
                        {move || lang().pick("Tải trang chiếu PNG 1920×1080", "Download slide PNG 1920×1080")}
                    </button>
                </div>
            </details>
        </figure>
    }
}

/// A table whose column headers sort it (numbers numerically, text ignoring diacritics).
#[component]
pub fn DataTable(table: Signal<Table>) -> impl IntoView {
    let sort: RwSignal<Option<(usize, bool)>> = RwSignal::new(None);
    let sorted = Memo::new(move |_| {
        let mut table = table.get();
        if let Some((column, ascending)) = sort.get() {
            table.sort_by(column, ascending);
        }
        table
    });
    view! {
        <div class="table-scroll">
        <table class="data-table">
            <caption>{move || sorted.with(|table| table.caption.clone())}</caption>
            <thead>
                <tr>
                    {move || {
                        sorted
                            .with(|table| table.headers.clone())
                            .into_iter()
                            .enumerate()
                            .map(|(column, header)| {
                                let aria_sort = move || match sort.get() {
                                    Some((sorted_column, true)) if sorted_column == column => "ascending",
                                    Some((sorted_column, false)) if sorted_column == column => "descending",
                                    _ => "none",
                                };
                                view! {
                                    <th scope="col" aria-sort=aria_sort>
                                        <button
                                            type="button"
                                            on:click=move |_| {
                                                sort.update(|sort| {
                                                    *sort = match *sort {
                                                        Some((current, ascending)) if current == column => Some((column, !ascending)),
                                                        _ => Some((column, true)),
                                                    };
                                                })
                                            }
                                        >
                                            {header}
                                        </button>
                                    </th>
                                }
                            })
                            .collect_view()
                    }}
                </tr>
            </thead>
            <tbody>
                {move || {
                    sorted
                        .with(|table| table.rows.clone())
                        .into_iter()
                        .map(|row| {
                            view! {
                                <tr>
                                    {row
                                        .into_iter()
                                        .map(|cell| {
                                            let class = if cell.number.is_some() { "number" } else { "" };
                                            view! { <td class=class>{cell.text}</td> }
                                        })
                                        .collect_view()}
                                </tr>
                            }
                        })
                        .collect_view()
                }}
            </tbody>
        </table>
        </div>
    }
}
