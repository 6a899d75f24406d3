//! The header (title, data date, language, theme, opening a file) and the notices about ignored
//! URL parameters.

use chitieu_core::url::Theme;
use chitieu_core::{format, Lang};
use leptos::prelude::*;

use crate::web::loading::open_file;
use crate::web::sheets;
use crate::web::state::{use_screen, use_state};

/// The illustrative dataset shipped beside the default one (`data/build_illustrative_dataset.py`).
const ILLUSTRATIVE_DATA: &str = "data/illustrative.json";

#[component]
pub fn Header() -> impl IntoView {
    let state = use_state();
    let screen = use_screen();
    let lang = move || screen.lang.get();
    let other_lang = move || match lang() {
        Lang::Vi => Lang::En,
        Lang::En => Lang::Vi,
    };
    let title = move || state.data.with(|data| data.as_ref().map(|data| data.dataset().title.get(lang()).to_string()));
    let as_of = move || state.data.with(|data| data.as_ref().map(|data| data.dataset().data_as_of.clone()));
    let illustrative = move || state.data.with(|data| data.as_ref().is_some_and(|data| data.dataset().illustrative));
    // The illustrative province is offered next to the default dataset, and the way back: a link
    // that opens the page on the other dataset, in the same language.
    let switch_data = move || {
        let on_illustrative = state.screen.with(|screen| screen.data.as_deref() == Some(ILLUSTRATIVE_DATA));
        let (label_vi, label_en, data) = if on_illustrative {
            ("Về dữ liệu mặc định", "Back to the default data", None)
        } else {
            (
                "Xem dữ liệu minh họa (một tỉnh sau sáp nhập 2025)",
                "See illustrative data (a province after the 2025 mergers)",
                Some(ILLUSTRATIVE_DATA.to_string()),
            )
        };
        // The illustrative province opens on the term it is for: 2025-2030, with its pace.
        let term = data.as_ref().map(|_| "2025-2030".to_string());
        let target = chitieu_core::url::ScreenState { data, term, lang: lang(), ..Default::default() };
        let query = chitieu_core::url::to_query(&target);
        let href = if query.is_empty() { "./".to_string() } else { query };
        view! { <a class="switch-data" id="switch-data" href=href>{lang().pick(label_vi, label_en)}</a> }
    };
    view! {
        {move || {
            illustrative().then(|| {
                view! { <p class="illustrative-banner" role="note">{chitieu_core::i18n::illustrative_notice(lang())}</p> }
            })
        }}
        <header class="app-header">
            <h1>{title}</h1>
            <p class="as-of">
                {move || lang().pick("Dữ liệu cập nhật đến ", "Data as of ")}
                <time datetime=as_of>{move || as_of().map(|date| format::date(&date, lang()))}</time>
            </p>
            <div class="controls">
                {switch_data}
                <button
                    type="button"
                    id="lang-switch"
                    lang=move || other_lang().id()
                    on:click=move |_| {
                        // Read before writing: reading a signal inside its own update would fail.
                        let next = other_lang();
                        state.screen.update(|screen| screen.lang = next);
                    }
                >
                    {move || other_lang().pick("Tiếng Việt", "English")}
                </button>
                <label class="inline-field">
                    <span>{move || lang().pick("Giao diện", "Theme")}</span>
                    <select
                        id="theme"
                        on:change=move |event| {
                            if let Some(theme) = Theme::from_id(&event_target_value(&event)) {
                                state.screen.update(|screen| screen.theme = theme);
                            }
                        }
                    >
                        {Theme::ALL
                            .iter()
                            .map(|theme| {
                                let theme = *theme;
                                let label = move || match theme {
                                    Theme::Light => lang().pick("Sáng", "Light"),
                                    Theme::Dark => lang().pick("Tối", "Dark"),
                                    Theme::Contrast => lang().pick("Tương phản cao", "High contrast"),
                                };
                                view! {
                                    <option value=theme.id() selected=move || screen.theme.get() == theme>
                                        {label}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                <OpenFile />
                <SheetMenu />
            </div>
        </header>
    }
}

/// Ignored URL parameters, each with why, and a way to dismiss them.
#[component]
pub fn Notices() -> impl IntoView {
    let state = use_state();
    let screen = use_screen();
    move || {
        let lang = screen.lang.get();
        let notices = state.notices.get();
        (!notices.is_empty()).then(|| {
            view! {
                <section class="notices" role="status">
                    <ul>
                        {notices
                            .into_iter()
                            .map(|notice| view! { <li>{notice.message.get(lang).to_string()}</li> })
                            .collect_view()}
                    </ul>
                    <button type="button" on:click=move |_| state.notices.set(Vec::new())>
                        {lang.pick("Đóng", "Dismiss")}
                    </button>
                </section>
            }
        })
    }
}

/// Spreadsheets in and out: the dataset as a workbook, the fill-in template, and a box to paste a
/// range copied from Excel or LibreOffice. The work happens in the spreadsheet worker.
///
/// The menu is fixed markup (no dataset text reaches it) with one click handler that reads which
/// button was pressed: a Leptos view per button cost about 3 KB of the first screen's 250 KB.
#[component]
fn SheetMenu() -> impl IntoView {
    let state = use_state();
    let screen = use_screen();
    let on_click = move |event: leptos::ev::MouseEvent| {
        use wasm_bindgen::JsCast;
        let lang = screen.lang.get_untracked();
        let target = event.target().and_then(|target| target.dyn_into::<web_sys::Element>().ok());
        let id = target.map(|target| target.id());
        if matches!(id.as_deref(), Some("export-xlsx" | "download-template" | "read-pasted")) {
            // The menu closes on an action, so that what follows (a message, new data) shows.
            let menu = event.current_target().and_then(|menu| menu.dyn_into::<web_sys::HtmlDetailsElement>().ok());
            if let Some(menu) = menu {
                menu.set_open(false);
            }
        }
        match id.as_deref() {
            Some("export-xlsx") => {
                // A dataset split by province: the part on screen.
                let part = state.split.with_value(|split| split.as_ref().map(|split| split.part_url.clone()));
                let url = part.or_else(|| state.screen.with_untracked(|screen| screen.data.clone()));
                let url = url.unwrap_or_else(|| crate::web::DEFAULT_DATASET_URL.to_string());
                // Named after what is on screen: the file opened, else the dataset's URL.
                let shown = match state.origin.get_untracked() {
                    crate::web::DataOrigin::File { name } => name,
                    _ => url.rsplit('/').next().unwrap_or("du-lieu").to_string(),
                };
                let stem = shown.rsplit_once('.').map_or(shown.as_str(), |(stem, _)| stem).to_string();
                let file = stem + ".xlsx";
                sheets::export_workbook(state, url, file);
            }
            Some("download-template") => sheets::download_template(state, lang),
            Some("read-pasted") => {
                let text = web_sys::window()
                    .and_then(|window| window.document())
                    .and_then(|document| document.get_element_by_id("paste-box"))
                    .and_then(|element| element.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
                    .map(|area| area.value())
                    .unwrap_or_default();
                if !text.trim().is_empty() {
                    sheets::read_in_worker(state, lang.pick("Dữ liệu dán", "Pasted data").to_string(), text.as_bytes());
                }
            }
            _ => {}
        }
    };
    let markup = move || match screen.lang.get() {
        Lang::Vi => concat!(
            r#"<summary class="button">Bảng tính</summary><div class="sheet-menu-body">"#,
            r#"<button type="button" id="export-xlsx">Tải dữ liệu (.xlsx)</button>"#,
            r#"<button type="button" id="download-template">Tải mẫu bảng tính</button>"#,
            r#"<label for="paste-box">Dán ô chép từ Excel, LibreOffice (kèm dòng tiêu đề):</label>"#,
            r#"<textarea id="paste-box" rows="4"></textarea>"#,
            r#"<button type="button" id="read-pasted">Đọc dữ liệu đã dán</button></div>"#
        ),
        Lang::En => concat!(
            r#"<summary class="button">Spreadsheets</summary><div class="sheet-menu-body">"#,
            r#"<button type="button" id="export-xlsx">Download the data (.xlsx)</button>"#,
            r#"<button type="button" id="download-template">Download the fill-in template</button>"#,
            r#"<label for="paste-box">Paste cells from Excel or LibreOffice (with headers):</label>"#,
            r#"<textarea id="paste-box" rows="4"></textarea>"#,
            r#"<button type="button" id="read-pasted">Read the pasted data</button></div>"#
        ),
    };
    view! { <details class="sheet-menu" inner_html=markup on:click=on_click></details> }
}

/// "Open a dataset…": a JSON dataset, a workbook or a CSV from the user's computer. On the
/// explorer's header, and on the error panel when the start-up data could not be shown.
#[component]
pub fn OpenFile() -> impl IntoView {
    let state = use_state();
    let screen = use_screen();
    view! {
    <label class="button file-button">
        {move || screen.lang.get().pick("Mở tệp dữ liệu…", "Open a dataset…")}
        <input
            type="file"
            id="open-file"
            accept=".json,.xlsx,.xlsm,.ods,.xls,.csv,.tsv,.txt,application/json,text/csv"
            on:change=move |event| {
                use wasm_bindgen::JsCast;
                let input = event.target().and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok());
                if let Some(file) = input.as_ref().and_then(|input| input.files()).and_then(|files| files.get(0)) {
                    open_file(state, file);
                }
                if let Some(input) = input {
                    input.set_value("");
                }
            }
        />
    </label>
    }
}
