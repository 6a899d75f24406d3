//! Loading datasets: from the server at start-up (`?data=` or the default), from a file the user
//! opens or drops, and from the last good copy when the server cannot be reached. Whatever the
//! path, only a dataset that validates reaches the screen.

use std::sync::Arc;

use chitieu_core::index::DatasetIndex;
use chitieu_core::load::load;
use chitieu_core::model::Dataset;
use chitieu_core::{Lang, Problem};
use leptos::prelude::*;

use super::browser::log_error;
use super::state::{AppState, LoadFailure};

/// Where the last dataset shown is kept, so that it stays up when the network or server is gone.
const LAST_DATASET_KEY: &str = "chitieu:last-dataset";

fn remember_dataset(url: &str, text: &str) {
    use gloo_storage::Storage;
    // A full storage quota only costs the offline fallback; the data on screen is unaffected.
    let _ = gloo_storage::LocalStorage::set(LAST_DATASET_KEY, (url, text));
}

/// The last good copy of the dataset at `url`, if one was kept and still validates.
fn last_good_dataset(url: &str) -> Option<Dataset> {
    use gloo_storage::Storage;
    let (kept_url, text): (String, String) = gloo_storage::LocalStorage::get(LAST_DATASET_KEY).ok()?;
    (kept_url == url).then(|| load(&text).into_valid().ok()).flatten()
}

fn unreachable(url: &str, code: &'static str, vi: String, en: String) -> LoadFailure {
    LoadFailure::Unreachable { url: url.to_string(), problem: Problem::error(code, "$", vi, en) }
}

/// Fetches and validates a dataset; an invalid one is never returned.
pub async fn fetch_dataset(url: &str) -> Result<Dataset, LoadFailure> {
    let response = gloo_net::http::Request::get(url).send().await.map_err(|error| {
        unreachable(
            url,
            "fetch",
            format!("Không tải được tệp: {error}."),
            format!("The file could not be fetched: {error}."),
        )
    })?;
    if !response.ok() {
        let status = response.status();
        return Err(unreachable(
            url,
            "http-status",
            format!("Máy chủ trả về mã {status} cho tệp này."),
            format!("The server answered {status} for this file."),
        ));
    }
    let text = response.text().await.map_err(|error| {
        unreachable(
            url,
            "read",
            format!("Không đọc được nội dung tệp: {error}."),
            format!("The file's content could not be read: {error}."),
        )
    })?;
    let dataset =
        load(&text).into_valid().map_err(|problems| LoadFailure::Invalid { url: url.to_string(), problems })?;
    remember_dataset(url, &text);
    Ok(dataset)
}

/// Loads the start-up dataset. On success the screen state drops ids the dataset does not have,
/// with notices. When the server cannot be reached, the last good copy stays up, stamped; a bad
/// file is reported as such (`failure` is set) and nothing is shown in its place.
pub fn load_at_startup(state: AppState, url: String, failure: RwSignal<Option<LoadFailure>>) {
    leptos::task::spawn_local(async move {
        match fetch_dataset(&url).await {
            Ok(dataset) => {
                let mut screen = state.screen.get_untracked();
                let dropped = screen.reconcile(&dataset);
                state.notices.update(|notices| notices.extend(dropped));
                state.screen.set(screen);
                state.data.set(Some(Arc::new(DatasetIndex::new(dataset))));
            }
            Err(error) => {
                for problem in error.problems() {
                    log_error(&problem.describe(error.url(), Lang::En));
                }
                let fallback = match &error {
                    LoadFailure::Unreachable { .. } => last_good_dataset(&url),
                    LoadFailure::Invalid { .. } => None,
                };
                match fallback {
                    Some(dataset) => {
                        state.stale.set(true);
                        state.data.set(Some(Arc::new(DatasetIndex::new(dataset))));
                    }
                    None => failure.set(Some(error)),
                }
            }
        }
    });
}

/// Replaces the data with a valid new dataset, or keeps the old one and shows why not.
pub fn accept_loaded(state: AppState, name: &str, text: &str) {
    match load(text).into_valid() {
        Ok(dataset) => {
            state.rejected.set(None);
            state.screen.update(|screen| {
                screen.locality = None;
                screen.term = None;
                screen.indicator = None;
                screen.data = None;
            });
            state.data.set(Some(Arc::new(DatasetIndex::new(dataset))));
        }
        Err(problems) => state.rejected.set(Some(LoadFailure::Invalid { url: name.to_string(), problems })),
    }
}

/// Reads a file the user opened or dropped, then `accept_loaded`.
pub fn open_file(state: AppState, file: web_sys::File) {
    let name = file.name();
    leptos::task::spawn_local(async move {
        let file = gloo_file::File::from(file);
        match gloo_file::futures::read_as_text(&file).await {
            Ok(text) => accept_loaded(state, &name, &text),
            Err(error) => state.rejected.set(Some(unreachable(
                &name,
                "read",
                format!("Không đọc được tệp: {error}."),
                format!("The file could not be read: {error}."),
            ))),
        }
    });
}
