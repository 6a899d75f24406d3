//! The pure core of Chỉ Tiêu.
//!
//! Architecture invariant: this crate does no I/O and knows nothing of the DOM, plotters or Leptos.
//! Everything here compiles and is tested natively.

pub mod chart;
pub mod evaluate;
pub mod format;
pub mod i18n;
pub mod index;
pub mod keys;
pub mod kiosk;
pub mod lineage;
pub mod load;
pub mod model;
pub mod pace;
pub mod problem;
pub mod reading;
#[cfg(feature = "schema")]
pub mod schema;
pub mod scorecard;
pub mod search;
pub mod selection;
pub mod slides;
pub mod url;
pub mod vietnamese;

pub use evaluate::{evaluate, DerivedFrom, Evaluation, Finding};
pub use i18n::Lang;
pub use index::DatasetIndex;
pub use load::{load, load_bytes, Loaded};
pub use model::*;
pub use problem::{Problem, Severity};

/// Ids and the position of what each names: one map type for every section's ids, the other ids
/// checks and the index (each type of map costs the browser's first screen its own code). Hashed
/// with rustc-hash's FxHasher, which the UI library links already: the ids are the dataset's own,
/// not an attacker's keys, and std's SipHash was a sixth of reading a province's file.
pub(crate) type Ids = std::collections::HashMap<String, usize, rustc_hash::FxBuildHasher>;
