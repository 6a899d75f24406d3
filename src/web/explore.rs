//! The explore mode: header, notices, filters, tabs and the views officials use at their desks.
//! Every choice goes through `AppState::view`, so the address bar always reproduces the screen.

use std::sync::Arc;

use chitieu_core::chart::{self, ChartSpec, Filter};
use chitieu_core::i18n::{status_name, status_symbol};
use chitieu_core::model::{Dataset, Status};
use chitieu_core::scorecard::{default_locality_term, locality_terms, rows, scorecard};
use chitieu_core::url::{Theme, View, ViewState};
use chitieu_core::{format, Lang};
use leptos::prelude::*;

use super::app::{accept_loaded, AppState, ProblemList};
use super::figure::ChartFigure;

/// The locality and term on screen, shared by every view: one memo for the whole explorer, so
/// the fallback (which evaluates every record) is computed once per dataset, not per view change.
#[derive(Clone, Copy)]
struct CurrentPair(Memo<Option<(String, String)>>);

/// The pair the URL asks for, else the most informative one (`fallback`), else the first.
fn choose_pair(
    pairs: &[(String, String)],
    fallback: Option<&(String, String)>,
    unit: Option<&str>,
    term: Option<&str>,
) -> Option<(String, String)> {
    let wanted_unit = unit.or(fallback.map(|pair| pair.0.as_str()));
    let wanted_term = term.or(fallback.map(|pair| pair.1.as_str()));
    pairs
        .iter()
        .find(|(unit, term)| Some(unit.as_str()) == wanted_unit && Some(term.as_str()) == wanted_term)
        .or_else(|| pairs.iter().find(|(unit, _)| Some(unit.as_str()) == wanted_unit))
        .or(pairs.first())
        .cloned()
}

fn provide_current_pair(state: AppState) {
    let known = Memo::new(move |_| {
        state.dataset.with(|dataset| {
            dataset
                .as_ref()
                .map(|dataset| (locality_terms(dataset), default_locality_term(dataset)))
                .unwrap_or_default()
        })
    });
    let wanted = Memo::new(move |_| state.view.with(|view| (view.unit.clone(), view.term.clone())));
    let pair = Memo::new(move |_| {
        known.with(|(pairs, fallback)| {
            wanted.with(|(unit, term)| choose_pair(pairs, fallback.as_ref(), unit.as_deref(), term.as_deref()))
        })
    });
    provide_context(CurrentPair(pair));
}

fn current_pair() -> Memo<Option<(String, String)>> {
    expect_context::<CurrentPair>().0
}

fn filter_of(view: &ViewState) -> Filter {
    Filter { domain: view.domain.clone(), status: view.status, query: view.query.clone() }
}

#[component]
pub fn Explorer() -> impl IntoView {
    let state = expect_context::<AppState>();
    let dataset = move || state.dataset.get().expect("the explorer shows only with a dataset");
    // A memo: closures that need the language re-run when it changes, not on every view change.
    let lang_memo = Memo::new(move |_| state.view.with(|view| view.lang));
    let lang = move || lang_memo.get();
    let view_is = move |wanted: View| state.view.with(|view| view.view == wanted);
    // The view's content is rebuilt only when the kind of view changes; everything else (language,
    // filters, theme) updates the charts in place.
    let kind = Memo::new(move |_| state.view.with(|view| view.view));
    provide_current_pair(state);
    // Views without a chart (an empty comparison) are ready once drawn; charts mark it themselves.
    Effect::new(move |_| request_animation_frame(super::browser::mark_ready));

    let tab = move |view_id: View, vi: &'static str, en: &'static str| {
        view! {
            <button
                type="button"
                class="tab"
                id=format!("tab-{}", view_id.id())
                aria-pressed=move || view_is(view_id).to_string()
                on:click=move |_| state.view.update(|view| view.view = view_id)
            >
                {move || lang().pick(vi, en)}
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
            <Header />
            <Notices />
            <Rejected />
            <nav class="tabs" aria-label=move || lang().pick("Các chế độ xem", "Views")>
                {tab(View::Overview, "Tổng quan", "Overview")}
                {tab(View::Ranking, "Xếp hạng", "Ranking")}
                {tab(View::Indicator, "Chi tiết chỉ tiêu", "Indicator detail")}
                {tab(View::Compare, "So sánh địa phương", "Compare localities")}
                {tab(View::Structure, "Cơ cấu kinh tế", "Economic structure")}
            </nav>
            <Filters />
            <main id="content">
                {move || {
                    let dataset = dataset();
                    match kind.get() {
                        View::Overview => view! { <OverviewView dataset /> }.into_any(),
                        View::Ranking => view! { <RankingView dataset /> }.into_any(),
                        View::Indicator => view! { <IndicatorView dataset /> }.into_any(),
                        View::Compare => view! { <CompareView dataset /> }.into_any(),
                        View::Structure => view! { <StructureView dataset /> }.into_any(),
                    }
                }}
            </main>
        </div>
    }
}

fn open_file(state: AppState, file: web_sys::File) {
    let name = file.name();
    leptos::task::spawn_local(async move {
        let file = gloo_file::File::from(file);
        match gloo_file::futures::read_as_text(&file).await {
            Ok(text) => accept_loaded(state, &name, &text),
            Err(error) => state.rejected.set(Some(super::app::LoadFailure {
                url: name,
                problems: vec![chitieu_core::Problem::error(
                    "read",
                    "$",
                    format!("Không đọc được tệp: {error}."),
                    format!("The file could not be read: {error}."),
                )],
            })),
        }
    });
}

#[component]
fn Header() -> impl IntoView {
    let state = expect_context::<AppState>();
    // A memo: closures that need the language re-run when it changes, not on every view change.
    let lang_memo = Memo::new(move |_| state.view.with(|view| view.lang));
    let lang = move || lang_memo.get();
    let dataset = move || state.dataset.get().expect("a dataset");
    let other_lang = move || match lang() {
        Lang::Vi => Lang::En,
        Lang::En => Lang::Vi,
    };
    view! {
        <header class="app-header">
            <h1>{move || dataset().title.get(lang()).to_string()}</h1>
            <p class="as-of">
                {move || lang().pick("Dữ liệu cập nhật đến ", "Data as of ")}
                <time datetime=move || dataset().data_as_of.clone()>
                    {move || format::date(&dataset().data_as_of, lang())}
                </time>
            </p>
            <div class="controls">
                <button
                    type="button"
                    id="lang-switch"
                    lang=move || other_lang().id()
                    on:click=move |_| {
                        // Read before writing: reading a signal inside its own update would fail.
                        let next = other_lang();
                        state.view.update(|view| view.lang = next);
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
                                state.view.update(|view| view.theme = theme);
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
                                    <option value=theme.id() selected=move || state.view.with(|view| view.theme == theme)>
                                        {label}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                <label class="button file-button">
                    {move || lang().pick("Mở tệp dữ liệu…", "Open a dataset…")}
                    <input
                        type="file"
                        id="open-file"
                        accept=".json,application/json"
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
            </div>
        </header>
    }
}

#[component]
fn Notices() -> impl IntoView {
    let state = expect_context::<AppState>();
    // A memo: closures that need the language re-run when it changes, not on every view change.
    let lang_memo = Memo::new(move |_| state.view.with(|view| view.lang));
    let lang = move || lang_memo.get();
    move || {
        let notices = state.notices.get();
        (!notices.is_empty()).then(|| {
            view! {
                <section class="notices" role="status">
                    <ul>
                        {notices
                            .into_iter()
                            .map(|notice| view! { <li>{notice.message.get(lang()).to_string()}</li> })
                            .collect_view()}
                    </ul>
                    <button type="button" on:click=move |_| state.notices.set(Vec::new())>
                        {move || lang().pick("Đóng", "Dismiss")}
                    </button>
                </section>
            }
        })
    }
}

#[component]
fn Rejected() -> impl IntoView {
    let state = expect_context::<AppState>();
    // A memo: closures that need the language re-run when it changes, not on every view change.
    let lang_memo = Memo::new(move |_| state.view.with(|view| view.lang));
    let lang = move || lang_memo.get();
    move || {
        state.rejected.get().map(|failure| {
            view! {
                <section class="error-panel rejected" role="alert">
                    <h2>
                        {lang()
                            .pick(
                                "Tệp không hợp lệ — dữ liệu đang hiển thị được giữ nguyên",
                                "Invalid file — the data on screen is kept",
                            )}
                    </h2>
                    <ProblemList failure lang=lang() />
                    <button type="button" on:click=move |_| state.rejected.set(None)>
                        {lang().pick("Đóng", "Dismiss")}
                    </button>
                </section>
            }
        })
    }
}

#[component]
fn Filters() -> impl IntoView {
    let state = expect_context::<AppState>();
    // A memo: closures that need the language re-run when it changes, not on every view change.
    let lang_memo = Memo::new(move |_| state.view.with(|view| view.lang));
    let lang = move || lang_memo.get();
    let dataset = move || state.dataset.get().expect("a dataset");
    let pair_memo = current_pair();
    let pair = move || pair_memo.get();
    view! {
        <section class="filters" aria-label=move || lang().pick("Bộ lọc", "Filters")>
            <label class="field">
                <span>{move || lang().pick("Địa phương, nhiệm kỳ", "Locality, term")}</span>
                <select
                    id="unit-term"
                    on:change=move |event| {
                        let value = event_target_value(&event);
                        if let Some((unit, term)) = value.split_once('|') {
                            let (unit, term) = (unit.to_string(), term.to_string());
                            state.view.update(|view| {
                                view.unit = Some(unit);
                                view.term = Some(term);
                            });
                        }
                    }
                >
                    {move || {
                        let dataset = dataset();
                        let current = pair();
                        locality_terms(&dataset)
                            .into_iter()
                            .map(|(unit, term)| {
                                let selected = current.as_ref() == Some(&(unit.clone(), term.clone()));
                                let label = chart::place_name(&dataset, &unit, &term, lang());
                                view! { <option value=format!("{unit}|{term}") selected=selected>{label}</option> }
                            })
                            .collect_view()
                    }}
                </select>
            </label>
            <label class="field">
                <span>{move || lang().pick("Lĩnh vực", "Domain")}</span>
                <select
                    id="domain"
                    on:change=move |event| {
                        let value = event_target_value(&event);
                        state.view.update(|view| view.domain = (!value.is_empty()).then_some(value));
                    }
                >
                    <option value="" selected=move || state.view.with(|view| view.domain.is_none())>
                        {move || lang().pick("Tất cả", "All")}
                    </option>
                    {move || {
                        dataset()
                            .domains
                            .iter()
                            .map(|domain| {
                                let id = domain.id.clone();
                                let selected = state.view.with(|view| view.domain.as_deref() == Some(id.as_str()));
                                view! { <option value=id.clone() selected=selected>{domain.name.get(lang()).to_string()}</option> }
                            })
                            .collect_view()
                    }}
                </select>
            </label>
            <label class="field">
                <span>{move || lang().pick("Trạng thái", "Status")}</span>
                <select
                    id="status"
                    on:change=move |event| {
                        let status = Status::from_id(&event_target_value(&event));
                        state.view.update(|view| view.status = status);
                    }
                >
                    <option value="" selected=move || state.view.with(|view| view.status.is_none())>
                        {move || lang().pick("Tất cả", "All")}
                    </option>
                    {Status::ALL
                        .iter()
                        .map(|status| {
                            let status = *status;
                            view! {
                                <option value=status.id() selected=move || state.view.with(|view| view.status == Some(status))>
                                    {move || format!("{} {}", status_symbol(status), status_name(status, lang()))}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <label class="field search">
                <span>{move || lang().pick("Tìm chỉ tiêu (không cần dấu)", "Find an indicator")}</span>
                <input
                    type="search"
                    id="search"
                    prop:value=move || state.view.with(|view| view.query.clone())
                    placeholder=move || lang().pick("ví dụ: ho ngheo", "e.g. poverty")
                    on:input=move |event| {
                        let query = event_target_value(&event);
                        state.view.update(|view| view.query = query);
                    }
                />
            </label>
        </section>
    }
}

/// Opens an indicator's detail.
fn open_indicator(state: AppState) -> Callback<String> {
    Callback::new(move |indicator: String| {
        state.view.update(|view| {
            view.indicator = Some(indicator);
            view.view = View::Indicator;
        });
    })
}

#[component]
fn OverviewView(dataset: Arc<Dataset>) -> impl IntoView {
    let state = expect_context::<AppState>();
    // A memo: closures that need the language re-run when it changes, not on every view change.
    let lang_memo = Memo::new(move |_| state.view.with(|view| view.lang));
    let lang = move || lang_memo.get();
    let pair = current_pair();
    let data = dataset.clone();
    let counts = Memo::new(move |_| {
        let (unit, term) = pair.get()?;
        let card = scorecard(&data, &unit, &term);
        let place = chart::place_name(&data, &unit, &term, lang());
        let counts: Vec<(Status, u32)> = Status::ALL.iter().map(|status| (*status, card.total.get(*status))).collect();
        Some((chart::scorecard_sentence(&card, &place, lang()), counts, card.total.from_source))
    });
    let data = dataset.clone();
    let breakdown = Memo::new(move |_| {
        let (unit, term) = pair.get().unwrap_or_default();
        chart::domain_breakdown(&data, &unit, &term, lang())
    });
    let data = dataset.clone();
    let ranking = Memo::new(move |_| {
        let (unit, term) = pair.get().unwrap_or_default();
        state.view.with(|view| chart::ranking(&data, &unit, &term, &filter_of(view), lang()))
    });
    view! {
        {move || {
            counts
                .get()
                .map(|(headline, counts, from_source)| {
                    view! {
                        <section class="scorecard" aria-label=move || lang().pick("Tổng hợp", "Summary")>
                            <p class="headline">{headline}</p>
                            <ul class="counts">
                                {counts
                                    .into_iter()
                                    .map(|(status, count)| {
                                        view! {
                                            <li class=format!("count status-{}", status.id())>
                                                <button
                                                    type="button"
                                                    on:click=move |_| state.view.update(|view| {
                                                        view.status = Some(status);
                                                        view.view = View::Ranking;
                                                    })
                                                >
                                                    <span class="symbol" aria-hidden="true">{status_symbol(status)}</span>
                                                    <strong>{format::number(f64::from(count), lang())}</strong>
                                                    " "
                                                    {status_name(status, lang())}
                                                </button>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                            {(from_source > 0)
                                .then(|| {
                                    view! {
                                        <p class="note">
                                            {match lang() {
                                                Lang::Vi => format!("{from_source} chỉ tiêu không có mục tiêu định lượng: trạng thái theo đánh giá của nguồn."),
                                                Lang::En => format!("{from_source} indicators have no numeric target: their status is the source's own assessment."),
                                            }}
                                        </p>
                                    }
                                })}
                        </section>
                    }
                })
        }}
        <ChartFigure id="domain-chart" chart=Signal::derive(move || ChartSpec::Stacked(breakdown.get())) />
        <ChartFigure
            id="ranking-chart"
            chart=Signal::derive(move || ChartSpec::Bars(ranking.get()))
            on_select=open_indicator(state)
        />
        <IndicatorList dataset />
    }
}

/// Every indicator of the locality and term that passes the filters, as a table with links.
#[component]
fn IndicatorList(dataset: Arc<Dataset>) -> impl IntoView {
    let state = expect_context::<AppState>();
    // A memo: closures that need the language re-run when it changes, not on every view change.
    let lang_memo = Memo::new(move |_| state.view.with(|view| view.lang));
    let lang = move || lang_memo.get();
    let pair = current_pair();
    let rows_view = move || {
        let view = state.view.get();
        let (unit, term) = pair.get()?;
        let filter = filter_of(&view);
        let lang = view.lang;
        let items: Vec<_> = rows(&dataset, &unit, &term)
            .into_iter()
            .filter(|row| filter.accepts(row.indicator, &row.evaluation))
            .map(|row| {
                let id = row.indicator.id.clone();
                let unit_text = row.indicator.unit.get(lang).to_string();
                let shape = row.record.target.as_ref().and_then(|target| target.shape().ok());
                let target = chart::target_phrase(
                    shape.as_ref(),
                    row.evaluation.target_value,
                    row.evaluation.target_derived,
                    &unit_text,
                    row.record,
                    lang,
                );
                let result = row
                    .evaluation
                    .assessed_result
                    .map(|index| chart::outcome_phrase(&row.record.results[index], row.indicator, &unit_text, lang))
                    .unwrap_or_else(|| "—".to_string());
                let status = row.evaluation.effective_status();
                let status_text = status.map_or_else(
                    || lang.pick("không có mục tiêu", "no target").to_string(),
                    |(status, _)| format!("{} {}", status_symbol(status), status_name(status, lang)),
                );
                let name = row.indicator.name.get(lang).to_string();
                view! {
                    <tr>
                        <th scope="row">
                            <a
                                href="#"
                                class="indicator-link"
                                data-indicator=id.clone()
                                on:click=move |event| {
                                    event.prevent_default();
                                    open_indicator(state).run(id.clone());
                                }
                            >
                                {name}
                            </a>
                        </th>
                        <td>{target}</td>
                        <td>{result}</td>
                        <td class=format!("status status-{}", status.map_or("none", |(status, _)| status.id()))>{status_text}</td>
                    </tr>
                }
            })
            .collect();
        let count = items.len();
        Some(view! {
            <p class="result-count">
                {match lang {
                    Lang::Vi => format!("{count} chỉ tiêu phù hợp bộ lọc"),
                    Lang::En => format!("{count} indicators match the filters"),
                }}
            </p>
            <div class="table-scroll">
            <table class="data-table indicator-list">
                <thead>
                    <tr>
                        <th scope="col">{lang.pick("Chỉ tiêu", "Indicator")}</th>
                        <th scope="col">{lang.pick("Mục tiêu", "Target")}</th>
                        <th scope="col">{lang.pick("Kết quả", "Result")}</th>
                        <th scope="col">{lang.pick("Trạng thái", "Status")}</th>
                    </tr>
                </thead>
                <tbody>{items}</tbody>
            </table>
            </div>
        })
    };
    view! {
        <section class="indicator-section" aria-label=move || lang().pick("Danh sách chỉ tiêu", "Indicators")>
            <h2>{move || lang().pick("Các chỉ tiêu", "Indicators")}</h2>
            {rows_view}
        </section>
    }
}

#[component]
fn RankingView(dataset: Arc<Dataset>) -> impl IntoView {
    let state = expect_context::<AppState>();
    // A memo: closures that need the language re-run when it changes, not on every view change.
    let lang_memo = Memo::new(move |_| state.view.with(|view| view.lang));
    let lang = move || lang_memo.get();
    let pair = current_pair();
    let ranking = Memo::new(move |_| {
        let (unit, term) = pair.get().unwrap_or_default();
        state.view.with(|view| chart::ranking(&dataset, &unit, &term, &filter_of(view), lang()))
    });
    view! {
        <ChartFigure
            id="ranking-chart"
            chart=Signal::derive(move || ChartSpec::Bars(ranking.get()))
            on_select=open_indicator(state)
        />
    }
}

#[component]
fn IndicatorView(dataset: Arc<Dataset>) -> impl IntoView {
    let state = expect_context::<AppState>();
    // A memo: closures that need the language re-run when it changes, not on every view change.
    let lang_memo = Memo::new(move |_| state.view.with(|view| view.lang));
    let lang = move || lang_memo.get();
    let pair = current_pair();
    let data = dataset.clone();
    let detail = Memo::new(move |_| {
        let (unit, term) = pair.get()?;
        state.view.with(|view| {
            let indicator = view
                .indicator
                .clone()
                .or_else(|| rows(&data, &unit, &term).first().map(|row| row.indicator.id.clone()))?;
            chart::indicator_detail(&data, &unit, &term, &indicator, lang())
        })
    });
    let picker_data = dataset.clone();
    let picker = move || {
        let view = state.view.get();
        let (unit, term) = pair.get()?;
        let current = detail.with(|detail| detail.as_ref().map(|detail| detail.name.clone()));
        let filter = filter_of(&view);
        let options = rows(&picker_data, &unit, &term)
            .into_iter()
            .filter(|row| filter.accepts(row.indicator, &row.evaluation))
            .map(|row| {
                let name = row.indicator.name.get(view.lang).to_string();
                let selected = current.as_deref() == Some(name.as_str());
                view! { <option value=row.indicator.id.clone() selected=selected>{name}</option> }
            })
            .collect_view();
        Some(view! {
            <label class="field wide">
                <span>{lang().pick("Chỉ tiêu", "Indicator")}</span>
                <select
                    id="indicator"
                    on:change=move |event| {
                        let id = event_target_value(&event);
                        state.view.update(|view| view.indicator = Some(id));
                    }
                >
                    {options}
                </select>
            </label>
        })
    };
    let body = move || {
        let Some(detail) = detail.get() else {
            return view! {
                <p class="empty">{lang().pick("Chưa chọn chỉ tiêu, hoặc chỉ tiêu không có ở địa phương và nhiệm kỳ này.", "No indicator chosen, or it is not reported for this locality and term.")}</p>
            }
                .into_any();
        };
        let bullet = detail.bullet.clone();
        let across = detail.across_terms.clone();
        let series = detail.series.clone();
        let percent = detail.percent_of_target.clone().unwrap_or_else(|| "—".into());
        let status_class = format!("status status-{}", detail.status.map_or("none", Status::id));
        let symbol = detail.status.map(status_symbol).unwrap_or("");
        view! {
            <article class="indicator-detail">
                <h2>{detail.name.clone()}</h2>
                <dl class="facts">
                    <div><dt>{lang().pick("Trạng thái", "Status")}</dt><dd class=status_class>{format!("{symbol} {}", detail.status_label)}</dd></div>
                    <div><dt>{lang().pick("% mục tiêu", "% of target")}</dt><dd>{percent}</dd></div>
                    <div><dt>{lang().pick("Đơn vị", "Unit")}</dt><dd>{detail.unit.clone()}</dd></div>
                    <div><dt>{lang().pick("Chiều tốt", "Direction")}</dt><dd>{detail.direction.clone()}</dd></div>
                    <div><dt>{lang().pick("Lĩnh vực", "Domain")}</dt><dd>{detail.domain.clone()}</dd></div>
                </dl>
                {(!detail.findings.is_empty())
                    .then(|| {
                        view! {
                            <section class="findings" role="note">
                                <h3>{lang().pick("Lưu ý về số liệu", "About these figures")}</h3>
                                <ul>{detail.findings.iter().map(|finding| view! { <li>{finding.clone()}</li> }).collect_view()}</ul>
                            </section>
                        }
                    })}
                <ChartFigure
                    id="bullet-chart"
                    chart=Signal::derive(move || ChartSpec::Bullet(bullet.clone()))
                />
                <section class="provenance">
                    <h3>{lang().pick("Nguồn số liệu", "Where the figures come from")}</h3>
                    <ul>
                        {detail
                            .provenance
                            .iter()
                            .map(|item| {
                                view! {
                                    <li>
                                        <details>
                                            <summary>{item.what.clone()}</summary>
                                            <blockquote>{item.quote.clone()}</blockquote>
                                            <p class="source">{format!("{} — {}", item.source_title, item.file)}</p>
                                        </details>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </section>
                <ChartFigure
                    id="terms-chart"
                    chart=Signal::derive(move || ChartSpec::Columns(across.clone()))
                />
                {series
                    .map(|series| {
                        view! {
                            <ChartFigure
                                id="series-chart"
                                chart=Signal::derive(move || ChartSpec::Columns(series.clone()))
                            />
                        }
                    })}
            </article>
        }
            .into_any()
    };
    view! { {picker} {body} }
}

#[component]
fn CompareView(dataset: Arc<Dataset>) -> impl IntoView {
    let state = expect_context::<AppState>();
    // A memo: closures that need the language re-run when it changes, not on every view change.
    let lang_memo = Memo::new(move |_| state.view.with(|view| view.lang));
    let lang = move || lang_memo.get();
    let data = dataset.clone();
    let choices = Memo::new(move |_| {
        chart::comparable_indicators(&data)
            .into_iter()
            .map(|indicator| (indicator.id.clone(), indicator.name.get(lang()).to_string()))
            .collect::<Vec<_>>()
    });
    let chosen = Memo::new(move |_| {
        state
            .view
            .with(|view| view.indicator.clone())
            .filter(|id| choices.with(|choices| choices.iter().any(|(choice, _)| choice == id)))
            .or_else(|| choices.with(|choices| choices.first().map(|(id, _)| id.clone())))
    });
    let data = dataset.clone();
    let pair = current_pair();
    let spec = Memo::new(move |_| {
        let indicator = chosen.get()?;
        let term = pair.get().map(|pair| pair.1);
        chart::compare(&data, &indicator, term.as_deref(), lang())
    });
    view! {
        {move || {
            (!choices.with(Vec::is_empty))
                .then(|| {
                    let current = chosen.get();
                    view! {
                        <label class="field wide">
                            <span>{lang().pick("Chỉ tiêu có ở nhiều địa phương", "Indicator reported by several localities")}</span>
                            <select
                                id="compare-indicator"
                                on:change=move |event| {
                                    let id = event_target_value(&event);
                                    state.view.update(|view| view.indicator = Some(id));
                                }
                            >
                                {choices
                                    .get()
                                    .into_iter()
                                    .map(|(id, name)| {
                                        let selected = current.as_deref() == Some(id.as_str());
                                        view! { <option value=id selected=selected>{name}</option> }
                                    })
                                    .collect_view()}
                            </select>
                        </label>
                    }
                })
        }}
        {move || match spec.get() {
            Some(spec) => {
                view! {
                    <ChartFigure
                        id="compare-chart"
                        chart=Signal::derive(move || ChartSpec::Columns(spec.clone()))
                    />
                }
                    .into_any()
            }
            None => {
                view! {
                    <p class="empty">
                        {lang()
                            .pick(
                                "Bộ dữ liệu này chưa có chỉ tiêu nào ở nhiều địa phương.",
                                "This dataset has no indicator reported by several localities.",
                            )}
                    </p>
                }
                    .into_any()
            }
        }}
    }
}

#[component]
fn StructureView(dataset: Arc<Dataset>) -> impl IntoView {
    let state = expect_context::<AppState>();
    // A memo: closures that need the language re-run when it changes, not on every view change.
    let lang_memo = Memo::new(move |_| state.view.with(|view| view.lang));
    let lang = move || lang_memo.get();
    let data = dataset.clone();
    let spec = Memo::new(move |_| {
        let localities = chart::localities_with_structure(&data);
        let wanted = state.view.with(|view| view.unit.clone());
        let locality = wanted.filter(|unit| localities.contains(unit)).or_else(|| localities.first().cloned())?;
        Some(chart::structure(&data, &locality, lang()))
    });
    move || {
        match spec.get() {
        Some(spec) => {
            view! {
                <ChartFigure
                    id="structure-chart"
                    chart=Signal::derive(move || ChartSpec::Stacked(spec.clone()))
                />
            }
                .into_any()
        }
        None => {
            view! {
                <p class="empty">{lang().pick("Bộ dữ liệu không có chỉ tiêu cơ cấu.", "The dataset has no composition indicator.")}</p>
            }
                .into_any()
        }
    }
    }
}
