//! Workbooks LibreOffice made: the template filled in as a person would (scripts/libreoffice-fixtures),
//! saved as .xlsx, .ods and the old binary .xls. Each reads to the figures typed into it.

use chitieu_core::model::{Dataset, Record};
use chitieu_core::problem::Severity;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/libreoffice");

fn default_dataset() -> Dataset {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data/default.json")).unwrap();
    chitieu_core::load::load(&text).into_valid().unwrap()
}

#[test]
fn the_template_filled_in_libreoffice_reads_to_the_figures_typed_in_every_format() {
    let expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{DIR}/expected.json")).unwrap()).unwrap();
    let expected: Vec<Record> = serde_json::from_value(expected["records"].clone()).unwrap();
    let reference = default_dataset();
    for file in ["dien-tay.xlsx", "dien-tay.ods", "dien-tay.xls"] {
        let bytes = std::fs::read(format!("{DIR}/{file}")).unwrap();
        let imported = chitieu_sheet::read_file(&bytes, file);
        let errors: Vec<_> = imported.problems.iter().filter(|problem| problem.severity == Severity::Error).collect();
        assert!(errors.is_empty(), "{file}: {errors:#?}");
        let dataset = imported.dataset.unwrap();
        assert_eq!(dataset.records.len(), expected.len(), "{file}");
        for (read, written) in dataset.records.iter().zip(&expected) {
            let name = |dataset: &Dataset, id: &str| dataset.locality(id).unwrap().name.vi.clone();
            assert_eq!(name(&dataset, &read.locality), name(&reference, &written.locality), "{file}");
            let indicator = |dataset: &Dataset, id: &str| dataset.indicator(id).unwrap().name.vi.clone();
            assert_eq!(indicator(&dataset, &read.indicator), indicator(&reference, &written.indicator), "{file}");
            assert_eq!(read.term, written.term, "{file}");
            let target = |record: &Record| {
                record.target.as_ref().map(|target| (target.shape, target.value, target.count, target.total))
            };
            assert_eq!(target(read), target(written), "{file} {}", written.indicator);
            let results = |record: &Record| {
                record
                    .results
                    .iter()
                    .map(|result| (result.value, result.total, result.period, result.estimated))
                    .collect::<Vec<_>>()
            };
            assert_eq!(results(read), results(written), "{file} {}", written.indicator);
            // The source is named by its title; the quote is kept word for word.
            let quotes = |record: &Record| {
                record
                    .target
                    .iter()
                    .map(|target| target.source.quote.clone())
                    .chain(record.results.iter().map(|result| result.source.quote.clone()))
                    .collect::<Vec<_>>()
            };
            assert_eq!(quotes(read), quotes(written), "{file}");
        }
    }
}
