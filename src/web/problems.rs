//! Showing what went wrong: the start-up error panel, the panel of a refused file, and the located
//! problem list both use. Never a blank page.

use chitieu_core::url::ScreenState;
use chitieu_core::{Lang, Severity};
use leptos::prelude::*;

use super::browser::{local_date_time, mark_error};
use super::explore::OpenFile;
use super::state::{use_screen, use_state, DataOrigin, LoadFailure};

/// Shows why data could not be shown: the file, each problem with its location, and a way back
/// to the default dataset or to a file of the user's own.
#[component]
pub fn ErrorPanel(failure: LoadFailure, lang: Lang) -> impl IntoView {
    mark_error();
    // The same screen (mode, place, view, language…) with the default dataset, or in the other
    // language: a presenter or a kiosk stays one. When the default dataset is what failed, the
    // way back is trying it again (outside tester: "open the default" loaded the same file).
    let (retry, default_data, other) = use_state().screen.with_untracked(|screen| {
        let other = match lang {
            Lang::Vi => Lang::En,
            Lang::En => Lang::Vi,
        };
        let link = |screen: ScreenState| match chitieu_core::url::to_query(&screen) {
            query if query.is_empty() => "./".to_string(),
            query => query,
        };
        (
            screen.data.is_none(),
            link(ScreenState { data: None, ..screen.clone() }),
            link(ScreenState { lang: other, ..screen.clone() }),
        )
    });
    view! {
        <section class="error-panel" role="alert">
            <h2>{lang.pick("Không hiển thị được dữ liệu", "The data cannot be shown")}</h2>
            <ProblemList failure lang />
            <p class="actions">
                <a class="button" href=default_data>
                    {match retry {
                        true => lang.pick("Thử lại", "Try again"),
                        false => lang.pick("Mở bộ dữ liệu mặc định", "Open the default dataset"),
                    }}
                </a>
                " "
                <OpenFile />
                " "
                <a class="button" href=other lang=lang.pick("en", "vi")>
                    {lang.pick("English", "Tiếng Việt")}
                </a>
            </p>
        </section>
        <Rejected />
    }
}

/// A file the user opened was refused: its problems, while the data on screen stays.
#[component]
pub fn Rejected() -> impl IntoView {
    let state = use_state();
    let screen = use_screen();
    move || {
        let lang = screen.lang.get();
        state.rejected.get().map(|failure| {
            // A spreadsheet that was opened may still come with readings worth a look (a number
            // that reads two ways): the same list, under a heading that says the file was opened.
            let opened = failure.problems().iter().all(|problem| problem.severity == Severity::Warning);
            view! {
                <section class="error-panel rejected" role="alert">
                    <h2>
                        {if opened {
                            lang.pick(
                                "Đã mở tệp — hãy xem lại cách đọc các ô dưới đây",
                                "File opened — check how the cells below were read",
                            )
                        } else if matches!(failure, LoadFailure::Unreachable { .. }) {
                            lang.pick(
                                "Không tải được tệp — dữ liệu đang hiển thị được giữ nguyên",
                                "The file could not be loaded — the data on screen is kept",
                            )
                        } else {
                            lang.pick(
                                "Tệp không hợp lệ — dữ liệu đang hiển thị được giữ nguyên",
                                "Invalid file — the data on screen is kept",
                            )
                        }}
                    </h2>
                    <ProblemList failure lang />
                    <button type="button" on:click=move |_| state.rejected.set(None)>
                        {lang.pick("Đóng", "Dismiss")}
                    </button>
                </section>
            }
        })
    }
}

/// The file name and its located problems (the first 200).
#[component]
pub fn ProblemList(failure: LoadFailure, lang: Lang) -> impl IntoView {
    let problems = failure.problems();
    let shown = problems.len().min(200);
    let hidden = problems.len() - shown;
    let items = problems
        .iter()
        .take(shown)
        .map(|problem| {
            let severity = match problem.severity {
                Severity::Error => lang.pick("Lỗi", "Error"),
                Severity::Warning => lang.pick("Cảnh báo", "Warning"),
            };
            view! {
                <li>
                    <strong>{severity}</strong>
                    " "
                    <code class="location">{problem.location(lang)}</code>
                    " "
                    <span class="message">{problem.message.get(lang).to_string()}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <p>
            {lang.pick("Tệp: ", "File: ")}
            <code class="file">{failure.url().to_string()}</code>
        </p>
        <ul class="problems">{items}</ul>
        {(hidden > 0).then(|| view! { <p>{format!("… {hidden} {}", lang.pick("vấn đề nữa", "more problems"))}</p> })}
    }
}

/// The stamp on an older copy: how current the data is, when this copy was fetched, and that the
/// newest could not be loaded. `None` when the data on screen is fresh.
pub fn stale_stamp(origin: &DataOrigin, data_as_of: &str, lang: Lang) -> Option<String> {
    let DataOrigin::LastGood { fetched_at, .. } = origin else { return None };
    let as_of = chitieu_core::format::date(data_as_of, lang);
    let fetched = fetched_at.map(|time| local_date_time(time, lang));
    Some(match (lang, fetched) {
        (Lang::Vi, Some(fetched)) => {
            format!("Dữ liệu cập nhật đến {as_of} · bản lưu lúc {fetched} · chưa tải được dữ liệu mới")
        }
        (Lang::Vi, None) => format!("Dữ liệu cập nhật đến {as_of} · bản lưu · chưa tải được dữ liệu mới"),
        (Lang::En, Some(fetched)) => {
            format!("Data as of {as_of} · copy saved {fetched} · newer data could not be loaded")
        }
        (Lang::En, None) => format!("Data as of {as_of} · saved copy · newer data could not be loaded"),
    })
}

/// In the explorer: the stale stamp, and why the newest data could not be loaded.
#[component]
pub fn StaleNotice() -> impl IntoView {
    let state = use_state();
    let screen = use_screen();
    move || {
        let lang = screen.lang.get();
        let origin = state.origin.get();
        let as_of = state.data.with(|data| data.as_ref().map(|data| data.dataset().data_as_of.clone()))?;
        let stamp = stale_stamp(&origin, &as_of, lang)?;
        let reason = match &origin {
            DataOrigin::LastGood { failure, .. } => {
                failure.problems().first().map(|problem| problem.message.get(lang).to_string())
            }
            _ => None,
        };
        Some(view! {
            <section class="notices stale" role="status">
                <p class="stale-stamp">{stamp}</p>
                {reason.map(|reason| view! { <p class="stale-reason">{reason}</p> })}
            </section>
        })
    }
}
