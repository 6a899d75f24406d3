//! Evaluation and rendering: a dataset the loader accepts goes through everything the app and the
//! deck do with it, for every locality and term and every indicator, in both languages:
//! index → scorecard, breakdown, rankings (each filter), indicator details, across-terms,
//! compare, structure, phrases, tables (CSV, every sort) → scenes → SVG; and the slide deck.
//!
//! Input: the dataset's JSON, optionally followed by a NUL byte and a few bytes of screen
//! parameters (theme, window size, scale), so that the fuzzer can steer the frame as well. JSON
//! text never holds a raw NUL, so the seeds are plain dataset files. The frame is computed as the
//! app computes it (`explore_frame`, `stage_size`), so anything found here is reachable in the app.
//!
//! Checks beyond not panicking: every coordinate of a scene is finite, and the SVG has no element
//! but those the renderer draws (dataset text is escaped, never markup).

#![no_main]

use chitieu_core::chart::{self, ChartSpec, Filter};
use chitieu_core::index::DatasetIndex;
use chitieu_core::load::load_bytes;
use chitieu_core::model::Status;
use chitieu_core::scorecard::scorecard;
use chitieu_core::slides::{slides, DeckScope};
use chitieu_core::Lang;
use chitieu_render::scene::Shape;
use chitieu_render::{chart_scene, scene_svg, slide_scene, Frame, Palette, Scene, Theme};
use libfuzzer_sys::fuzz_target;

/// The screen: what the app derives its frames from.
struct Screen {
    theme: Theme,
    window: (f64, f64),
    scale: f64,
}

impl Screen {
    /// A laptop at scale 1 when there are no parameter bytes; otherwise theme, window width and
    /// height (100 to 7779 and 100 to 4379 px) and scale (0.75 to 3, as the URL allows).
    fn from_bytes(bytes: Option<&[u8]>) -> Screen {
        let Some(bytes) = bytes else {
            return Screen { theme: Theme::Light, window: (1366.0, 768.0), scale: 1.0 };
        };
        let byte = |index: usize| bytes.get(index).copied().unwrap_or(0);
        let word = |index: usize| u16::from_le_bytes([byte(index), byte(index + 1)]);
        Screen {
            theme: Theme::ALL[usize::from(byte(0)) % Theme::ALL.len()],
            window: (100.0 + f64::from(word(1) % 7680), 100.0 + f64::from(word(3) % 4280)),
            scale: 0.75 + f64::from(byte(5) % 226) * 0.01,
        }
    }

    /// As `src/web/figure.rs` `explore_frame`.
    fn explore_frame(&self) -> Frame {
        let (width, height) = self.window;
        let font_px = (height / 60.0).clamp(14.0, 48.0) * self.scale;
        let padding = if width <= 600.0 { 1.6 * font_px } else { 4.0 * font_px };
        let width = (width - padding - 20.0).clamp(280.0, 3800.0);
        Frame { width, font_px }
    }

    /// As `src/web/present.rs` `stage_size`.
    fn stage(&self) -> (f64, f64) {
        let (width, height) = self.window;
        let stage_width = width.min(height * 16.0 / 9.0);
        (stage_width, stage_width * 9.0 / 16.0)
    }
}

/// Every chart the explore views build for this dataset, plus the words around them.
fn charts(index: &DatasetIndex, lang: Lang) -> Vec<ChartSpec> {
    let dataset = index.dataset();
    let mut specs = Vec::new();

    // The pairs with records, then a few without (and ids the dataset lacks): views answer those
    // with empty charts or `None`, and must not fall over.
    let mut pairs: Vec<(String, String)> = index.locality_terms().to_vec();
    for locality in dataset.localities.iter().take(3) {
        for term in dataset.terms.iter().take(3) {
            pairs.push((locality.id.clone(), term.id.clone()));
        }
    }
    pairs.push(("no-such-locality".into(), "no-such-term".into()));
    let _ = index.default_locality_term();

    // Every filter the explore views offer; domain filters for the domains a place has (and one it
    // lacks), so that the work stays proportional to the records, as it is in the app.
    let mut filters = vec![Filter::default()];
    filters.extend(Status::ALL.iter().map(|status| Filter { status: Some(*status), ..Filter::default() }));
    if let Some(indicator) = dataset.indicators.first() {
        let query: String = indicator.name.get(lang).chars().take(6).collect();
        filters.push(Filter { query, ..Filter::default() });
    }

    for (locality, term) in &pairs {
        let card = scorecard(index, locality, term);
        let place = chart::place_name(index, locality, term, lang);
        let _ = chart::scorecard_sentence(&card, &place, lang);
        specs.push(ChartSpec::Stacked(chart::domain_breakdown(index, locality, term, lang)));
        let rows = index.rows(locality, term);
        let mut domains: Vec<&str> = rows.iter().map(|row| row.indicator.domain.as_str()).collect();
        domains.sort_unstable();
        domains.dedup();
        domains.push("no-such-domain");
        let domain_filters =
            domains.iter().map(|domain| Filter { domain: Some(domain.to_string()), ..Filter::default() });
        for filter in filters.iter().cloned().chain(domain_filters) {
            specs.push(ChartSpec::Bars(chart::ranking(index, locality, term, &filter, lang)));
        }
        for row in &rows {
            let unit = row.indicator.unit.get(lang);
            let shape = row.record.target.as_ref().and_then(|target| target.shape().ok());
            let _ = chart::target_phrase(shape.as_ref(), row.evaluation.target_value, row.indicator, row.record, lang);
            for outcome in &row.record.results {
                let _ = chart::outcome_phrase(outcome, row.indicator, row.record, unit, lang);
            }
        }
        let with_records = rows.iter().map(|row| row.indicator.id.as_str());
        let others = dataset.indicators.first().map(|indicator| indicator.id.as_str()).into_iter();
        for indicator in with_records.chain(others).chain(["no-such-indicator"]) {
            if let Some(detail) = chart::indicator_detail(index, locality, term, indicator, lang) {
                specs.push(detail.main_chart.clone());
                specs.push(ChartSpec::Bullet(detail.bullet));
                specs.extend(detail.across_terms.map(ChartSpec::Columns));
                specs.extend(detail.series.map(ChartSpec::Columns));
            }
        }
    }

    for locality in &dataset.localities {
        specs.push(ChartSpec::Stacked(chart::structure(index, &locality.id, lang)));
    }
    // Across terms for each locality an indicator has records in, and for one it has none in.
    for indicator in &dataset.indicators {
        let mut localities: Vec<&str> =
            index.records_of_indicator(&indicator.id).map(|record| record.locality.as_str()).collect();
        localities.sort_unstable();
        localities.dedup();
        localities.push("no-such-locality");
        for locality in localities {
            specs.push(ChartSpec::Columns(chart::across_terms(index, locality, indicator, lang)));
        }
    }
    let _ = chart::localities_with_structure(index);

    let _ = chart::comparable_indicators(index);
    // Compare: each indicator in each term it has records in, across all terms, and in a term it lacks.
    for indicator in &dataset.indicators {
        let mut terms: Vec<&str> =
            index.records_of_indicator(&indicator.id).map(|record| record.term.as_str()).collect();
        terms.sort_unstable();
        terms.dedup();
        for term in terms.into_iter().map(Some).chain([None, Some("no-such-term")]) {
            specs.extend(chart::compare(index, &indicator.id, term, term.and(index.locality_terms().first().map(|(locality, _)| locality.as_str())), lang).map(ChartSpec::Columns));
        }
    }
    let _ = chart::compare(index, "no-such-indicator", None, None, lang);
    // All places: from every place and term, with a domain and a search narrowing what is counted.
    let narrowed = chart::Filter {
        domain: dataset.domains.first().map(|domain| domain.id.clone()),
        query: "a".into(),
        ..chart::Filter::default()
    };
    for (locality, term) in index.locality_terms() {
        specs.push(ChartSpec::Dots(chart::places(index, locality, term, &chart::Filter::default(), lang)));
        specs.push(ChartSpec::Dots(chart::places(index, locality, term, &narrowed, lang)));
    }
    specs
}

/// The table twin of a chart, as the figure shows and downloads it.
fn tables(spec: &ChartSpec) {
    let _ = (spec.title(), spec.description());
    let mut table = spec.table();
    for lang in [Lang::Vi, Lang::En] {
        let _ = table.to_csv(lang, &["Nguồn: …".to_string()]);
    }
    for column in 0..=table.headers.len() {
        for ascending in [true, false] {
            table.sort_by(column, ascending);
        }
    }
}

fn check_scene(scene: &Scene, what: &str) {
    let finite = |values: &[f64]| values.iter().all(|value| value.is_finite());
    assert!(finite(&[scene.width, scene.height]), "{what}: scene size {}×{}", scene.width, scene.height);
    for shape in &scene.shapes {
        let ok = match shape {
            Shape::Rect { x, y, width, height, .. } => finite(&[*x, *y, *width, *height]),
            Shape::Line { from, to, width, .. } => finite(&[from.0, from.1, to.0, to.1, *width]),
            Shape::Text { x, y, size, .. } => finite(&[*x, *y, *size]),
        };
        assert!(ok, "{what}: a shape at a coordinate that is not a number: {shape:?}");
    }
    for mark in &scene.marks {
        assert!(finite(&[mark.x, mark.y, mark.width, mark.height]), "{what}: mark {mark:?}");
        let _ = scene.hit(mark.x + mark.width / 2.0, mark.y + mark.height / 2.0);
    }
}

/// The elements the renderer writes; anything else in the markup came from the data.
const ELEMENTS: &[&str] =
    &["svg", "rect", "line", "polyline", "polygon", "path", "circle", "text", "tspan", "title", "desc", "g", "?xml"];

fn check_svg(svg: &str, what: &str) {
    for (at, _) in svg.match_indices('<') {
        let rest = &svg[at + 1..];
        let rest = rest.strip_prefix('/').unwrap_or(rest);
        let name_end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '?')).unwrap_or(rest.len());
        let name = &rest[..name_end];
        assert!(
            ELEMENTS.contains(&name) && rest[name_end..].starts_with([' ', '>', '/', '\n']),
            "{what}: markup the renderer does not write, at byte {at}: {:?}",
            &svg[at..svg.len().min(at + 80)]
        );
    }
}

fn draw(scene: &Scene, what: &str) {
    check_scene(scene, what);
    check_svg(&scene_svg(scene), what);
}

fuzz_target!(|data: &[u8]| {
    let (json, parameters) = match data.iter().rposition(|byte| *byte == 0) {
        Some(nul) => (&data[..nul], Some(&data[nul + 1..])),
        None => (data, None),
    };
    let Ok(dataset) = load_bytes(json).into_valid() else { return };
    let screen = Screen::from_bytes(parameters);
    let palette = Palette::for_theme(screen.theme);
    let frame = screen.explore_frame();
    let (stage_width, stage_height) = screen.stage();
    let index = DatasetIndex::new(dataset);

    for lang in [Lang::Vi, Lang::En] {
        for spec in charts(&index, lang) {
            tables(&spec);
            draw(&chart_scene(&spec, frame, &palette), spec.title());
        }
        // The whole deck, and one narrowed to the first place, term and domain (as a URL asks).
        let first = index.locality_terms().first().cloned();
        let scoped = DeckScope {
            locality: first.as_ref().map(|pair| pair.0.clone()),
            term: first.map(|pair| pair.1),
            domain: index.dataset().domains.first().map(|domain| domain.id.clone()),
            // A kiosk's deck: its agenda without slide numbers.
            unnumbered: true,
        };
        for scope in [DeckScope::default(), scoped] {
            for slide in slides(&index, &scope, lang) {
                draw(&slide_scene(&slide, stage_width, stage_height, screen.scale, &palette), &slide.title);
            }
        }
    }
});
