//! A chart figure: the SVG, a tooltip for the mark under the pointer or keyboard focus, the
//! generated sentence, and the sortable table twin with CSV and SVG downloads.

use chitieu_core::chart;
use chitieu_core::chart::{ChartSpec, Table};
use chitieu_core::index::DatasetIndex;
use chitieu_core::model::Record;
use chitieu_core::selection::choose_among;
use chitieu_core::slides::Slide;
use chitieu_core::url::Tab;
use chitieu_core::Lang;
use chitieu_render::{chart_scene, pointer_to_scene, scene_svg, slide_scene, Frame, Palette, Scene};
use leptos::prelude::*;

use chitieu_core::keys::{mark_key, MarkKeyOutcome};

use super::browser::{copy_png, download, download_png, log_warning, mark_ready, settled_in_next_task};
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
    let sources = move || chart.with(|chart| figure_sources(state, screen, lang(), id, chart));
    let svg = Memo::new(move |_| scene.with(scene_svg));
    // Each chart is drawn in a task of its own, after the page around it: a view with several
    // charts then never holds the page for one long task.
    let drawn = settled_in_next_task();
    let focused: RwSignal<Option<usize>> = RwSignal::new(None);
    let table_open = RwSignal::new(false);
    // The tooltip's position in the host's CSS pixels, beside the pointer; `None` for the keyboard,
    // whose tooltip sits under the chart, where it covers no mark.
    let tooltip_at: RwSignal<Option<(f64, f64)>> = RwSignal::new(None);
    // The box of the mark under the pointer or the keyboard, outlined over the chart.
    let mark_box: RwSignal<[f64; 4]> = RwSignal::new([0.0; 4]);
    let host = NodeRef::<leptos::html::Div>::new();
    let copied: RwSignal<Option<bool>> = RwSignal::new(None);

    Effect::new(move |_| {
        if drawn.get() {
            svg.track();
            focused.set(None);
            // "Chart image copied" was about the chart before.
            copied.set(None);
            request_animation_frame(mark_ready);
        }
    });

    // Where a mark sits on screen, outlined.
    let show_mark = move |index: usize| {
        let Some(element) = host.get_untracked() else {
            return;
        };
        let rect = element.get_bounding_client_rect();
        scene.with_untracked(|scene| {
            if let Some(mark) = scene.marks.get(index) {
                let ratio = if scene.width > 0.0 { rect.width() / scene.width } else { 1.0 };
                mark_box.set([mark.x, mark.y, mark.width, mark.height].map(|value| value * ratio));
            }
        });
    };
    // The mark under a point of the page, and the point within the chart.
    let hit_at = move |client_x: i32, client_y: i32| {
        let element = host.get_untracked()?;
        let rect = element.get_bounding_client_rect();
        let x = f64::from(client_x) - rect.left();
        let y = f64::from(client_y) - rect.top();
        let hit = scene.with_untracked(|scene| {
            let (scene_x, scene_y) = pointer_to_scene(x, y, rect.width(), rect.height(), scene);
            scene.hit(scene_x, scene_y)
        });
        Some((hit, x, y, rect.width()))
    };
    let on_pointer = move |event: leptos::ev::PointerEvent| {
        let Some((hit, x, y, width)) = hit_at(event.client_x(), event.client_y()) else {
            return;
        };
        if hit != focused.get_untracked() {
            focused.set(hit);
            if let Some(index) = hit {
                show_mark(index);
            }
        }
        if let Some(index) = hit {
            // Centred on the pointer, but kept inside the chart: no nearer an edge than half its
            // width, estimated from its text (about 8 px a character, at most 20rem).
            let characters =
                scene.with_untracked(|scene| scene.marks.get(index).map_or(0, |mark| mark.label.chars().count()));
            let half = (characters as f64 * 4.0 + 10.0).min(170.0).min(width / 2.0);
            tooltip_at.set(Some((x.clamp(half, width - half), y)));
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
            show_mark(index);
            tooltip_at.set(None);
        }
    };
    let tooltip = move || {
        let index = focused.get()?;
        let label = scene.with(|scene| scene.marks.get(index).map(|mark| mark.label.clone()))?;
        let [left, top, width, height] = mark_box.get();
        let (class, at) = match tooltip_at.get() {
            Some((x, y)) => ("tooltip", format!("left: {x:.0}px; top: {y:.0}px")),
            None => ("tooltip keyboard", String::new()),
        };
        Some(view! {
            <div class="mark-focus" style=format!("left: {left:.0}px; top: {top:.0}px; width: {width:.0}px; height: {height:.0}px")></div>
            <div class=class role="status" style=at>
                {label}
            </div>
        })
    };
    // Enter opens something only where a mark leads somewhere.
    let hint = move || match on_select {
        Some(_) => lang().pick(
            "Di chuột hoặc dùng phím mũi tên để xem số liệu; Enter để mở chi tiết.",
            "Hover or use the arrow keys to read values; Enter opens the detail.",
        ),
        None => lang()
            .pick("Di chuột hoặc dùng phím mũi tên để xem số liệu.", "Hover or use the arrow keys to read values."),
    };
    let caption = move || scene.with(|scene| scene.description.clone());
    let title = move || scene.with(|scene| scene.title.clone());

    view! {
        <figure class="chart-figure" id=id>
            <p class="chart-title">{title}</p>
            <div
                class="chart-host"
                node_ref=host
                tabindex="0"
                role="group"
                aria-label=title
                title=hint
                on:pointermove=on_pointer
                // A tap has no pointer moving before it: the mark under the finger is found on the
                // press, so the tap shows its value and opens it like a click.
                on:pointerdown=on_pointer
                // A finger lifted leaves the chart at once: its tooltip stays until the next tap.
                on:pointerleave=move |event: leptos::ev::PointerEvent| {
                    if event.pointer_type() == "mouse" {
                        focused.set(None);
                    }
                }
                // The mark under the click itself, not the one last hovered: a tap moves no pointer.
                on:click=move |event: leptos::ev::MouseEvent| {
                    if let Some((Some(index), ..)) = hit_at(event.client_x(), event.client_y()) {
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
            <p class="chart-source">{sources}</p>
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
            </details>
            // Next to the chart, not inside the closed table.
            <div class="downloads">
                {[Export::Csv, Export::Xlsx, Export::Svg, Export::Png, Export::Copy, Export::Slide]
                    .map(|kind| {
                        let figure = Exported { id, chart, table, scene, copied };
                        view! {
                            <button type="button" on:click=move |_| export(kind, figure, state, screen)>
                                {move || kind.label(lang())}
                            </button>
                        }
                    })}
                <span class="copied" role="status">
                    {move || {
                        copied.get().map(|done| match done {
                            true => lang().pick("Đã chép ảnh biểu đồ: dán vào văn bản hoặc thư.", "Chart image copied: paste it into a document or an email."),
                            false => lang().pick("Trình duyệt không cho chép ảnh: hãy dùng “Tải PNG”.", "The browser would not copy the image: use “Download PNG”."),
                        })
                    }}
                </span>
            </div>
        </figure>
    }
}

/// A table whose column headers sort it (numbers numerically, text ignoring diacritics).
#[component]
pub fn DataTable(table: Signal<Table>) -> impl IntoView {
    // The column sorted by and which way, as one number (column × 2, plus 1 when ascending): a
    // signal of a type the page already has (each type of signal costs the first screen its code).
    let sort: RwSignal<Option<usize>> = RwSignal::new(None);
    let sorted_by = move || sort.get().map(|key| (key / 2, key % 2 == 1));
    let sorted = Memo::new(move |_| {
        let mut table = table.get();
        if let Some((column, ascending)) = sorted_by() {
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
                                let aria_sort = move || match sorted_by() {
                                    Some((sorted_column, true)) if sorted_column == column => "ascending",
                                    Some((sorted_column, false)) if sorted_column == column => "descending",
                                    _ => "none",
                                };
                                view! {
                                    <th scope="col" aria-sort=aria_sort>
                                        <button
                                            type="button"
                                            on:click=move |_| {
                                                let ascending = match sorted_by() {
                                                    Some((current, ascending)) if current == column => !ascending,
                                                    _ => true,
                                                };
                                                sort.set(Some(column * 2 + usize::from(ascending)));
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

/// The documents the figures of figure `id` come from, as "Nguồn: …": those cited by the records
/// it draws (the place and term; one indicator in the detail, across the place's terms in its
/// terms chart; the compared indicator at the places drawn, in the term on screen; every place's
/// records in the places chart), not every document of the dataset; of more than twenty, the first
/// ten and how many more.
fn figure_sources(state: AppState, screen: Screen, lang: Lang, id: &str, chart: &ChartSpec) -> String {
    state.data.with(|data| {
        let Some(data) = data.as_ref() else { return String::new() };
        let (place, indicator) = (screen.place.get(), screen.indicator.get());
        let Some((locality, term)) = &place else { return String::new() };
        let records: Vec<&Record> = match (id, &indicator) {
            ("compare-chart", _) => {
                // The places drawn: of many, the best and the worst (the table lists every one).
                let drawn: Vec<&str> = match chart {
                    ChartSpec::Columns(chart) => chart.columns.iter().map(|column| column.key.as_str()).collect(),
                    _ => Vec::new(),
                };
                data.records_of_indicator(
                    &compared_indicator(data, locality, term, indicator.as_deref()).unwrap_or_default(),
                )
                .filter(|record| drawn.contains(&format!("{}|{}", record.locality, record.term).as_str()))
                .collect()
            }
            ("terms-chart", Some(indicator)) => {
                // The place's terms, and the units it was formed from (their columns come first).
                let formed_from = data.dataset().locality(locality).map(|found| &found.formed_from);
                data.records_of_indicator(indicator)
                    .filter(|record| {
                        &record.locality == locality || formed_from.is_some_and(|ids| ids.contains(&record.locality))
                    })
                    .collect()
            }
            // Every province's counts: the index file's, made from each province's own file.
            ("provinces-chart", _) => {
                return lang
                    .pick(
                        "Nguồn: tệp chỉ mục (số đếm từ tệp của từng tỉnh)",
                        "Source: the index file (counts from each province's file)",
                    )
                    .to_string()
            }
            ("places-chart", _) => chitieu_core::chart::peers(data, locality, term)
                .iter()
                .flat_map(|place| data.rows(&place.id, term).into_iter().map(|row| row.record))
                .collect(),
            ("bullet-chart" | "series-chart", Some(indicator)) => {
                data.row(locality, term, indicator).map(|row| row.record).into_iter().collect()
            }
            _ => data.rows(locality, term).iter().map(|row| row.record).collect(),
        };
        // A province's places cite hundreds of documents: the first ten and how many more. A
        // comparison draws at most twenty places, and names every document.
        chart::sources_line(data, records, 10, lang)
    })
}

/// The indicator the compare view shows: its own choice among those several places report in the
/// term (the URL's, when it is one of them; else one the place on screen reports).
fn compared_indicator(data: &DatasetIndex, locality: &str, term: &str, requested: Option<&str>) -> Option<String> {
    let comparable = chart::comparable_indicators_in_term(data, term);
    let ids: Vec<&str> = comparable.iter().map(|indicator| indicator.id.as_str()).collect();
    choose_compared(data, locality, term, &ids, requested)
}

/// The choice among `ids` (the comparable indicators, when the caller has them already: the
/// compare view's picker does, and a scan of the term's records is not made twice).
pub fn choose_compared(
    data: &DatasetIndex,
    locality: &str,
    term: &str,
    ids: &[&str],
    requested: Option<&str>,
) -> Option<String> {
    let own = data.rows(locality, term);
    choose_among(requested, ids, |id| own.iter().any(|row| row.indicator.id == id))
}

#[derive(Clone, Copy)]
enum Export {
    Csv,
    Xlsx,
    Svg,
    Png,
    Copy,
    Slide,
}

impl Export {
    fn label(self, lang: Lang) -> &'static str {
        match self {
            Export::Csv => lang.pick("Tải CSV", "Download CSV"),
            Export::Xlsx => lang.pick("Tải XLSX", "Download XLSX"),
            Export::Svg => lang.pick("Tải SVG", "Download SVG"),
            Export::Png => lang.pick("Tải PNG (2×)", "Download PNG (2×)"),
            Export::Copy => lang.pick("Chép ảnh", "Copy image"),
            Export::Slide => lang.pick("Tải trang chiếu PNG 1920×1080", "Download slide PNG 1920×1080"),
        }
    }
}

/// What a figure hands to its downloads.
#[derive(Clone, Copy)]
struct Exported {
    id: &'static str,
    chart: Signal<ChartSpec>,
    table: Signal<Table>,
    scene: Memo<Scene>,
    /// Whether the last "copy image" got to the clipboard.
    copied: RwSignal<Option<bool>>,
}

/// One download of a figure. Every file stands alone: it names its place and term (in the
/// chart's title), its sources and the data's date, and its name says what is in it
/// ("ben-sung-2020-2025-income-per-capita-bullet.png").
fn export(kind: Export, figure: Exported, state: AppState, screen: Screen) {
    let lang = screen.lang.get_untracked();
    let (as_of, illustrative) = state
        .data
        .with_untracked(|data| {
            data.as_ref().map(|data| (data.dataset().data_as_of.clone(), data.dataset().illustrative))
        })
        .unwrap_or_default();
    let mut notes = vec![
        untrack(|| figure.chart.with(|chart| figure_sources(state, screen, lang, figure.id, chart))),
        format!(
            "{} {} · Chỉ Tiêu",
            lang.pick("Số liệu tính đến", "Data as of"),
            chitieu_core::format::date(&as_of, lang)
        ),
    ];
    if illustrative {
        notes.push(chitieu_core::i18n::illustrative_notice(lang).to_string());
    }
    let mut parts: Vec<String> =
        screen.place.get_untracked().map(|(locality, term)| vec![locality, term]).unwrap_or_default();
    let requested = screen.indicator.get_untracked();
    match (screen.tab.get_untracked(), screen.place.get_untracked()) {
        // A comparison is of every place, not of the one on screen: named by term and indicator.
        (Tab::Compare, Some((locality, term))) => {
            parts = vec![
                term.clone(),
                state.data.with_untracked(|data| {
                    data.as_ref()
                        .and_then(|data| compared_indicator(data, &locality, &term, requested.as_deref()))
                        .unwrap_or_default()
                }),
            ]
        }
        // All places of a province: named by the province, as the chart's title is.
        (Tab::Places, Some((locality, term))) => {
            parts = state
                .data
                .with_untracked(|data| data.as_ref()?.dataset().locality(&locality)?.province.clone())
                .into_iter()
                .chain([term])
                .collect()
        }
        (Tab::Indicator, _) => parts.extend(requested),
        _ => {}
    }
    parts.push(figure.id.trim_end_matches("-chart").to_string());
    if matches!(kind, Export::Slide) {
        parts.push("slide".into());
    }
    let slug: String = chitieu_core::search::fold(&parts.join("-"))
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let stem = slug.split('-').filter(|part| !part.is_empty()).collect::<Vec<_>>().join("-");
    let palette = Palette::for_theme(screen.theme.get_untracked());
    let title = figure.chart.with_untracked(|chart| chart.title().to_string());
    match kind {
        Export::Csv | Export::Xlsx => {
            notes.insert(0, title);
            // The worker reads numbers the Vietnamese way, whatever the screen's language.
            let csv_lang = if matches!(kind, Export::Csv) { lang } else { Lang::Vi };
            let csv = figure.table.with_untracked(|table| table.to_csv(csv_lang, &notes));
            if matches!(kind, Export::Csv) {
                download(&format!("{stem}.csv"), "text/csv;charset=utf-8", &csv);
            } else {
                crate::web::sheets::table_workbook(state, format!("{stem}.xlsx"), csv);
            }
        }
        Export::Svg | Export::Png | Export::Copy => {
            let font = untrack(|| explore_frame(state, screen)).font_px;
            let framed = figure.scene.get_untracked().framed(&notes, font, palette.text, palette.muted);
            let svg = scene_svg(&framed);
            let (width, height) = (framed.width.round() * 2.0, framed.height.round() * 2.0);
            match kind {
                Export::Svg => download(&format!("{stem}.svg"), "image/svg+xml", &svg),
                Export::Png => download_png(format!("{stem}.png"), svg, width, height),
                _ => {
                    figure.copied.set(None);
                    leptos::task::spawn_local(async move {
                        let copied = copy_png(svg, width, height).await;
                        if let Err(error) = &copied {
                            log_warning(&format!("copying the chart failed: {error:?}"));
                        }
                        figure.copied.set(Some(copied.is_ok()));
                    });
                }
            }
        }
        Export::Slide => {
            // The sources at the foot, as on the stage's slides; the data's date above the title.
            let footer = notes.remove(0);
            let slide = figure.chart.with_untracked(|chart| Slide {
                kicker: notes.join(" · "),
                footer,
                title,
                sentence: chart.description().to_string(),
                chart: Some(chart.clone()),
                ..Slide::default()
            });
            let svg = scene_svg(&slide_scene(&slide, 1920.0, 1080.0, screen.scale.get_untracked(), &palette));
            download_png(format!("{stem}.png"), svg, 1920.0, 1080.0);
        }
    }
}
