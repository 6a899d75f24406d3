//! The app's shared state and the per-field memos every component reads.
//!
//! `AppState` holds the signals (the data on screen, the screen state the URL reproduces, notices,
//! the window size). `Screen` holds one memo per field of the screen state, built once at the root:
//! a component that shows the language reads `screen.lang`, and re-runs when the language changes,
//! not on every keystroke in the search box.

use std::sync::Arc;

use chitieu_core::chart::Filter;
use chitieu_core::index::DatasetIndex;
use chitieu_core::lineage::stand_in;
use chitieu_core::selection::{choose_locality_term, LocalityTerm};
use chitieu_core::url::{Notice, ScreenState, Tab, Theme};
use chitieu_core::{Lang, Problem};
use leptos::prelude::*;

/// Why a dataset could not be shown.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadFailure {
    /// The network or the server did not deliver the file: the last good copy may stand in.
    Unreachable { url: String, problem: Problem },
    /// The file arrived but is not a valid dataset: every located problem.
    Invalid { url: String, problems: Vec<Problem> },
}

impl LoadFailure {
    /// The file, as the user named it (a URL or a file name).
    pub fn url(&self) -> &str {
        match self {
            LoadFailure::Unreachable { url, .. } | LoadFailure::Invalid { url, .. } => url,
        }
    }
    pub fn problems(&self) -> &[Problem] {
        match self {
            LoadFailure::Unreachable { problem, .. } => std::slice::from_ref(problem),
            LoadFailure::Invalid { problems, .. } => problems,
        }
    }
}

/// Where the data on screen came from.
/// How far a dataset on its way is (shares from 0 to 1).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Progress {
    /// Its bytes are arriving: the share arrived, when the server says how many there are.
    Arriving(Option<f64>),
    /// It is being read.
    Reading(f64),
}

#[derive(Debug, Clone, PartialEq, Default)]
pub enum DataOrigin {
    /// Not loaded yet.
    #[default]
    Nothing,
    /// Fetched from the server just now.
    Network,
    /// The last good copy, kept when it was fetched (`fetched_at`, milliseconds since 1970, when
    /// known), because the newest could not be loaded (`failure`).
    LastGood { fetched_at: Option<f64>, failure: LoadFailure },
    /// A file the user opened.
    File { name: String },
}

impl DataOrigin {
    /// The data on screen is an older copy: the newest could not be loaded.
    pub fn is_stale(&self) -> bool {
        matches!(self, DataOrigin::LastGood { .. })
    }
}

/// A dataset split by province: its index file, where it is, and which part is on screen.
#[derive(Clone)]
pub struct Split {
    /// The index file's absolute URL; the parts' files are relative to it.
    pub url: String,
    /// The province whose part is on screen (a locality of the index), and its file's absolute URL.
    pub part: String,
    pub part_url: String,
    pub index: Arc<DatasetIndex>,
}

/// The app's state, shared by context. Each part is a signal; the data is only ever replaced by a
/// valid dataset.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The dataset on screen, evaluated once and indexed.
    pub data: RwSignal<Option<Arc<DatasetIndex>>>,
    /// Everything the URL reproduces.
    pub screen: RwSignal<ScreenState>,
    pub notices: RwSignal<Vec<Notice>>,
    /// A dataset that was opened but refused: its problems show while the old data stays.
    pub rejected: RwSignal<Option<LoadFailure>>,
    /// The window's inner size, kept current on resize.
    pub window: RwSignal<(f64, f64)>,
    /// Where the data on screen came from: the network now, a kept copy, or a file.
    pub origin: RwSignal<DataOrigin>,
    /// The JSON of a dataset opened from a file (or read from a spreadsheet), for exporting it as
    /// a workbook; `None` for data from the server, which the spreadsheet worker fetches again.
    pub source: StoredValue<Option<Arc<[u8]>>>,
    /// How far a dataset on its way is, while one is.
    pub progress: RwSignal<Option<Progress>>,
    /// A dataset split by province (`data` is the part on screen, set after it: whatever reads
    /// `data` follows both).
    pub split: StoredValue<Option<Split>>,
}

impl AppState {
    pub fn new(screen: ScreenState, notices: Vec<Notice>, window: (f64, f64)) -> Self {
        AppState {
            data: RwSignal::new(None),
            screen: RwSignal::new(screen),
            notices: RwSignal::new(notices),
            rejected: RwSignal::new(None),
            window: RwSignal::new(window),
            origin: RwSignal::new(DataOrigin::Nothing),
            source: StoredValue::new(None),
            progress: RwSignal::new(None),
            split: StoredValue::new(None),
        }
    }

    /// The data on screen; the explorer and the stage only exist while there is some.
    pub fn data(&self) -> Arc<DatasetIndex> {
        self.data.get().expect("components that show data exist only while there is data")
    }
}

/// One memo per field of the screen state, and the locality and term on screen.
#[derive(Clone, Copy)]
pub struct Screen {
    pub lang: Memo<Lang>,
    pub theme: Memo<Theme>,
    pub scale: Memo<f64>,
    pub tab: Memo<Tab>,
    /// Domain, status and search together: what narrows the lists and rankings.
    pub filter: Memo<Filter>,
    /// The indicator asked for (`?indicator=`).
    pub indicator: Memo<Option<String>>,
    /// The locality and term on screen: what the URL asks for, else the most informative pair.
    pub place: Memo<Option<LocalityTerm>>,
}

impl Screen {
    fn new(state: AppState) -> Self {
        let lang = field(state, |screen| screen.lang);
        let theme = field(state, |screen| screen.theme);
        let scale = field(state, |screen| screen.scale);
        let tab = field(state, |screen| screen.tab);
        let filter = field(state, |screen| Filter {
            domain: screen.domain.clone(),
            status: screen.status,
            pace: screen.pace,
            query: screen.query.clone(),
        });
        let indicator = field(state, |screen| screen.indicator.clone());
        // Read from the whole screen state (a memo of the two ids would cost the first screen
        // code of its own type); as a memo, it wakes its readers only when the place changes.
        let place = Memo::new(move |_| {
            state.data.with(|data| {
                let data = data.as_ref()?;
                state.screen.with(|ScreenState { locality, term, .. }| {
                    // A commune merged away opens its successor (the notice above the views says so).
                    let has_figures = |id: &str| data.locality_terms().iter().any(|(locality, _)| locality == id);
                    let locality = locality.as_deref().map(|asked| stand_in(data.dataset(), &has_figures, asked));
                    choose_locality_term(data.locality_terms(), data.default_locality_term(), locality, term.as_deref())
                })
            })
        });
        Screen { lang, theme, scale, tab, filter, indicator, place }
    }
}

/// A memo of one field: it notifies only when that field changes.
fn field<T: PartialEq + Send + Sync + 'static>(state: AppState, read: fn(&ScreenState) -> T) -> Memo<T> {
    Memo::new(move |_| state.screen.with(read))
}

/// Provides the state and its memos to every component below. The root calls it once; a test
/// that mounts one component calls it too.
pub fn provide_app_context(state: AppState) -> Screen {
    provide_context(state);
    let screen = Screen::new(state);
    provide_context(screen);
    screen
}

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}

pub fn use_screen() -> Screen {
    expect_context::<Screen>()
}
