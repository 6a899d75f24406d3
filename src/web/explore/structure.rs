//! The economic structure (sector shares) of the locality on screen, across its terms.

use std::sync::Arc;

use chitieu_core::chart::{self, ChartSpec};
use chitieu_core::index::DatasetIndex;
use chitieu_core::selection::structure_locality;
use leptos::prelude::*;

use super::Empty;
use crate::web::figure::ChartFigure;
use crate::web::state::use_screen;

#[component]
pub fn StructureView(data: Arc<DatasetIndex>) -> impl IntoView {
    let screen = use_screen();
    let with_structure = chart::localities_with_structure(&data);
    let spec = Memo::new(move |_| {
        let on_screen = screen.place.get().map(|(locality, _)| locality);
        let locality = structure_locality(on_screen.as_deref(), &with_structure)?;
        Some(ChartSpec::Stacked(chart::structure(&data, &locality, screen.lang.get())))
    });
    move || match spec.get() {
        Some(spec) => view! { <ChartFigure id="structure-chart" chart=Signal::stored(spec) /> }.into_any(),
        None => view! {
            <Empty
                vi="Địa phương này không có chỉ tiêu cơ cấu kinh tế trong bộ dữ liệu."
                en="This locality has no economic-structure indicator in the dataset."
            />
        }
        .into_any(),
    }
}
