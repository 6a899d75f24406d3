//! Structure, hit testing and escaping of rendered charts (not pixel-exact positions: native text
//! metrics are estimates).

use super::*;
use chitieu_core::chart::*;
use chitieu_core::model::Status;
use chitieu_core::Lang;

fn chart(labels: &[&str]) -> BarChart {
    BarChart {
        title: "Bến Sung, 2020-2025: % mục tiêu".into(),
        description: "Câu mô tả".into(),
        axis_label: "% mục tiêu".into(),
        bars: labels
            .iter()
            .enumerate()
            .map(|(index, label)| Bar {
                key: format!("i{index}"),
                label: label.to_string(),
                value: 150.0 - index as f64 * 40.0,
                value_text: format!("{} %", 150 - index * 40),
                status_text: String::new(),
                status: Some(if index == 0 { Status::Exceeded } else { Status::NotAchieved }),
                contested: false,
                unit: String::new(),
                target: Cell::default(),
                result: Cell::default(),
            })
            .collect(),
        reference: Some(100.0),
        axis_min: 0.0,
        axis_max: 200.0,
        lang: Lang::Vi,
        value_header: "% mục tiêu".into(),
    }
}

const FRAME: Frame = Frame { width: 960.0, font_px: 16.0 };

fn light() -> Palette {
    Palette::for_theme(Theme::Light)
}

fn fill(rgb: plotters::style::RGBColor) -> String {
    format!("fill=\"#{:02X}{:02X}{:02X}\"", rgb.0, rgb.1, rgb.2)
}

#[test]
fn a_bar_chart_is_an_accessible_image_with_title_and_description() {
    let svg = scene_svg(&bar_chart(&chart(&["Thu nhập", "Giá trị sản xuất"]), FRAME, &light()));
    assert!(svg.starts_with("<svg role=\"img\" aria-label=\"Bến Sung, 2020-2025: % mục tiêu\""), "{}", &svg[..200]);
    assert!(svg.contains("<title>Bến Sung, 2020-2025: % mục tiêu</title><desc>Câu mô tả</desc>"));
    assert!(svg.contains("Thu nhập"), "label drawn");
    assert!(svg.contains("▲ 150 %"), "status symbol beside the value");
}

#[test]
fn one_rectangle_and_one_mark_per_bar() {
    let palette = light();
    let scene = bar_chart(&chart(&["a", "b", "c"]), FRAME, &palette);
    let svg = scene_svg(&scene);
    assert_eq!(svg.matches(&fill(palette.exceeded)).count(), 1);
    assert_eq!(svg.matches(&fill(palette.not_achieved)).count(), 2);
    assert_eq!(scene.marks.len(), 3);
}

#[test]
fn status_words_follow_the_value_where_there_is_room_and_stay_in_the_tooltip_where_not() {
    let mut spec = chart(&["a"]);
    spec.bars[0].status_text = "Vượt mục tiêu".into();
    let cases = [
        // (frame width, whether the status words are drawn beside the value)
        (960.0, true),
        (300.0, false),
    ];
    for (width, words_drawn) in cases {
        let scene = bar_chart(&spec, Frame { width, font_px: 16.0 }, &light());
        let svg = scene_svg(&scene);
        assert!(svg.contains("▲ 150 %"), "{width}: the symbol and the value are always drawn");
        assert_eq!(svg.contains("▲ 150 % · Vượt mục tiêu"), words_drawn, "{width}");
        assert_eq!(scene.marks[0].label, "a: 150 % · Vượt mục tiêu", "{width}: the tooltip keeps the words");
    }
}

#[test]
fn tick_labels_are_formatted_the_vietnamese_way() {
    let mut wide = chart(&["a"]);
    wide.axis_max = 2500.0;
    let svg = scene_svg(&bar_chart(&wide, FRAME, &light()));
    assert!(svg.contains(">\n1.000\n<") || svg.contains("1.000"), "thousands with a dot");
}

#[test]
fn text_is_drawn_at_the_frame_font_size() {
    let svg = scene_svg(&bar_chart(&chart(&["a"]), FRAME, &light()));
    assert!(svg.contains("font-size=\"16\""), "{}", &svg[..600]);
}

#[test]
fn a_pointer_over_a_bar_finds_it_and_far_away_finds_nothing() {
    let scene = bar_chart(&chart(&["a", "b", "c"]), FRAME, &light());
    let second = &scene.marks[1];
    let inside = (second.x + second.width / 2.0, second.y + second.height / 2.0);
    assert_eq!(scene.hit(inside.0, inside.1), Some(1));
    assert_eq!(scene.hit(-100.0, -100.0), None);
    assert!(scene.marks[1].label.contains("b: 110 %"));
}

#[test]
fn pointer_positions_are_rescaled_from_the_shown_size_to_the_scene() {
    let scene = bar_chart(&chart(&["a"]), FRAME, &light());
    let shown_width = scene.width / 2.0;
    let shown_height = scene.height / 2.0;
    let (x, y) = pointer_to_scene(100.0, 20.0, shown_width, shown_height, &scene);
    assert!((x - 200.0).abs() < 1e-9 && (y - 40.0).abs() < 1e-9);
    // Round trip: a mark's centre shown at half size maps back onto the mark.
    let mark = &scene.marks[0];
    let centre_shown = ((mark.x + mark.width / 2.0) / 2.0, (mark.y + mark.height / 2.0) / 2.0);
    let (x, y) = pointer_to_scene(centre_shown.0, centre_shown.1, shown_width, shown_height, &scene);
    assert_eq!(scene.hit(x, y), Some(0));
}

#[test]
fn hostile_text_in_every_string_is_escaped() {
    let hostile = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>"];
    for text in hostile {
        let mut spec = chart(&[text]);
        spec.title = text.into();
        spec.description = text.into();
        spec.axis_label = text.into();
        spec.bars[0].value_text = text.into();
        spec.bars[0].status_text = text.into();
        let stacked = StackedChart {
            title: text.into(),
            description: text.into(),
            rows: vec![StackedRow {
                key: "k".into(),
                label: text.into(),
                segments: vec![Segment {
                    label: text.into(),
                    value: 1.0,
                    value_label: text.into(),
                    colour: Colour::Series(0),
                    inner_text: None,
                }],
            }],
            legend: vec![(text.into(), Colour::Series(0))],
            lang: Lang::Vi,
            value_axis: true,
            axis_label: text.into(),
        };
        let bullet = BulletChart {
            title: text.into(),
            description: text.into(),
            value: Some(1.0),
            value_label: text.into(),
            target: Some(2.0),
            target_label: text.into(),
            expected: None,
            bands: vec![QualitativeBand { from: 0.0, to: 3.0, quality: BandQuality::Good }],
            axis_min: 0.0,
            axis_max: 3.0,
            status: None,
            status_label: text.into(),
            unit: text.into(),
            lang: Lang::Vi,
        };
        let columns = ColumnChart {
            title: text.into(),
            description: text.into(),
            category: text.into(),
            unit: text.into(),
            columns: vec![Column {
                key: text.into(),
                label: text.into(),
                value: Some(1.0),
                value_label: text.into(),
                target: Some(1.0),
                target_label: text.into(),
                status: None,
                status_text: String::new(),
                highlighted: false,
            }],
            omitted: Vec::new(),
            unranked: Vec::new(),
            axis_min: 0.0,
            axis_max: 1.2,
            lang: Lang::Vi,
        };
        let dark = Palette::for_theme(Theme::Dark);
        for svg in [
            scene_svg(&bar_chart(&spec, FRAME, &dark)),
            scene_svg(&stacked_chart(&stacked, FRAME, &dark)),
            scene_svg(&bullet_chart(&bullet, FRAME, &dark)),
            scene_svg(&column_chart(&columns, FRAME, &dark)),
        ] {
            assert!(!svg.contains("<script"), "{svg}");
            assert!(!svg.contains("<img"), "{svg}");
            assert!(!svg.contains("<svg onload"), "{svg}");
            assert!(!svg.contains("\"><svg"), "{svg}");
        }
    }
}

#[test]
fn long_labels_are_truncated_with_an_ellipsis() {
    assert_eq!(truncate("Tỉ lệ dân số được sử dụng nguồn nước hợp vệ sinh", 12), "Tỉ lệ dân…");
    assert_eq!(truncate("ngắn", 12), "ngắn");
    assert_eq!(truncate("Tỉlệdânsốđượcsửdụng", 8), "Tỉlệdân…");
    // Invisible characters take no room: a padded or overridden name keeps its letters.
    let padded = format!("{}Bến Sung", "\u{200B}".repeat(40));
    assert_eq!(truncate(&padded, 12), padded, "8 visible characters fit in 12");
    assert!(truncate(&format!("\u{202E}{}", "Thị trấn Bến Sung mở rộng"), 12).contains("Thị trấn"));
}

#[test]
fn an_empty_chart_shows_its_sentence_instead_of_bars() {
    let mut spec = chart(&[]);
    spec.description = "Chưa có chỉ tiêu".into();
    let scene = bar_chart(&spec, FRAME, &light());
    assert!(scene.marks.is_empty());
    assert!(scene_svg(&scene).contains("Chưa có chỉ tiêu"));
    // A long sentence on a phone is wrapped inside the frame, not cut at both sides.
    spec.description =
        "Thị trấn Bến Sung, 2020-2025: không có chỉ tiêu nào vừa khớp bộ lọc, tìm kiếm vừa tính được % mục tiêu."
            .into();
    let phone = bar_chart(&spec, Frame { width: 380.0, font_px: 14.0 }, &light());
    let lines = scene_texts(&phone);
    assert!(lines.len() >= 2, "{lines:?}");
    assert_eq!(lines.join(" "), spec.description);
    for shape in &phone.shapes {
        if let Shape::Text { text, x, y, size, .. } = shape {
            let half = crate::scene::text_width(text, *size) / 2.0;
            assert!(x - half >= 0.0 && x + half <= 380.0 && *y > 0.0 && *y < phone.height, "{text:?} at {x}, {y}");
        }
    }
}

#[test]
fn text_grows_with_the_frame_font() {
    let small = bar_chart(&chart(&["a", "b"]), Frame { width: 1300.0, font_px: 14.0 }, &light());
    let large = bar_chart(&chart(&["a", "b"]), Frame { width: 3700.0, font_px: 36.0 }, &light());
    assert!(large.height > small.height * 2.0);
}

#[test]
fn stacked_bullet_and_column_charts_have_marks_for_every_value() {
    let stacked = StackedChart {
        title: "t".into(),
        description: "d".into(),
        rows: vec![StackedRow {
            key: "economy".into(),
            label: "Kinh tế".into(),
            segments: vec![
                Segment {
                    label: "Vượt".into(),
                    value: 6.0,
                    value_label: "6 vượt".into(),
                    colour: Colour::Status(Some(Status::Exceeded)),
                    inner_text: None,
                },
                Segment {
                    label: "Đạt".into(),
                    value: 3.0,
                    value_label: "3 đạt".into(),
                    colour: Colour::Status(Some(Status::Achieved)),
                    inner_text: None,
                },
            ],
        }],
        legend: vec![("Vượt".into(), Colour::Status(Some(Status::Exceeded)))],
        lang: Lang::Vi,
        value_axis: true,
        axis_label: "Số chỉ tiêu".into(),
    };
    assert_eq!(stacked_chart(&stacked, FRAME, &light()).marks.len(), 2);
    // Counts of one or two indicators: whole ticks only ("0,5" indicators means nothing).
    let mut few = stacked.clone();
    few.rows[0].segments.truncate(1);
    few.rows[0].segments[0].value = 2.0;
    let numbers: Vec<String> = stacked_chart(&few, FRAME, &light())
        .shapes
        .iter()
        .filter_map(|shape| match shape {
            Shape::Text { text, .. } if text.chars().all(|c| c.is_ascii_digit() || c == ',') => Some(text.clone()),
            _ => None,
        })
        .collect();
    assert!(numbers.contains(&"1".to_string()) && numbers.iter().all(|number| !number.contains(',')), "{numbers:?}");
    let bullet = BulletChart {
        title: "t".into(),
        description: "d".into(),
        value: Some(76.6),
        value_label: "76,6".into(),
        target: Some(87.0),
        target_label: "87".into(),
        expected: None,
        bands: vec![
            QualitativeBand { from: 0.0, to: 43.5, quality: BandQuality::Poor },
            QualitativeBand { from: 43.5, to: 78.3, quality: BandQuality::Fair },
            QualitativeBand { from: 78.3, to: 108.75, quality: BandQuality::Good },
        ],
        axis_min: 0.0,
        axis_max: 108.75,
        status: Some(Status::NotAchieved),
        status_label: "Không đạt".into(),
        unit: "triệu đồng".into(),
        lang: Lang::Vi,
    };
    let scene = bullet_chart(&bullet, FRAME, &light());
    assert_eq!(scene.marks.iter().map(|mark| mark.key.as_str()).collect::<Vec<_>>(), ["result", "target"]);
    // The bands say what they are, inside the scene's height; without bands, no such line.
    let band_words = |scene: &Scene| {
        scene
            .shapes
            .iter()
            .filter_map(|shape| match shape {
                Shape::Text { text, y, .. }
                    if ["Nền:", "dưới 50 % mục tiêu", "50–90 %", "từ 90 %"].contains(&text.as_str()) =>
                {
                    Some((text.clone(), *y))
                }
                _ => None,
            })
            .collect::<Vec<_>>()
    };
    let words = band_words(&scene);
    assert_eq!(words.len(), 4, "{words:?}");
    // Only the bands drawn, in the order drawn: a lower-is-better indicator whose axis holds its
    // good and fair bands only.
    let lower = BulletChart {
        bands: vec![
            QualitativeBand { from: 0.0, to: 40.0, quality: BandQuality::Good },
            QualitativeBand { from: 40.0, to: 60.0, quality: BandQuality::Fair },
        ],
        ..bullet.clone()
    };
    let in_order: Vec<String> =
        band_words(&bullet_chart(&lower, FRAME, &light())).into_iter().map(|(text, _)| text).collect();
    assert_eq!(in_order, ["Nền:", "từ 90 %", "50–90 %"]);
    assert!(words.iter().all(|(_, y)| *y < scene.height), "{words:?} in a scene {} high", scene.height);
    // Without a target there is no marker, and the legend draws no swatch for one.
    let target_swatches = |scene: &Scene| {
        scene.shapes.iter().filter(|shape| matches!(shape, Shape::Rect { fill, .. } if *fill == light().target)).count()
    };
    let plain = bullet_chart(&BulletChart { bands: Vec::new(), ..bullet.clone() }, FRAME, &light());
    let untargeted = bullet_chart(&BulletChart { target: None, bands: Vec::new(), ..bullet }, FRAME, &light());
    assert_eq!(target_swatches(&plain) - target_swatches(&untargeted), 2, "the marker and its swatch go together");
    assert!(band_words(&plain).is_empty());
    assert!(plain.height < scene.height);
}

// ---------------------------------------------------------------------------------------------
// Axes that include zero and the data on both sides.

use crate::scene::{Anchor, Shape};

/// A dataset with one lower-is-better "change per year" indicator ("giảm 1,3 điểm %/năm"),
/// written as a negative target, with a negative result, in two terms; and one higher-is-better
/// amount with a positive target, so both directions can be drawn from the core's builders.
fn negative_dataset() -> chitieu_core::DatasetIndex {
    let source = r#"{"source": "s1", "quote": "q"}"#;
    let text = format!(
        r#"{{
        "format": "chitieu-dataset", "version": 1, "title": {{"vi": "Thử"}}, "data_as_of": "2025-09-30",
        "sources": [{{"id": "s1", "file": "s1.txt", "title": {{"vi": "Nguồn"}}}}],
        "localities": [{{"id": "l1", "name": {{"vi": "Xã A"}}, "level": "commune"}}],
        "terms": [{{"id": "2015-2020", "start_year": 2015, "end_year": 2020}},
                  {{"id": "2020-2025", "start_year": 2020, "end_year": 2025}}],
        "domains": [{{"id": "society", "name": {{"vi": "Xã hội"}}}}],
        "indicators": [
          {{"id": "poverty-change", "name": {{"vi": "Giảm tỉ lệ hộ nghèo"}}, "domain": "society",
            "unit": {{"vi": "điểm %/năm"}}, "direction": "lower_is_better", "kind": "rate"}},
          {{"id": "income", "name": {{"vi": "Thu nhập"}}, "domain": "society",
            "unit": {{"vi": "triệu đồng"}}, "direction": "higher_is_better", "kind": "amount"}}
        ],
        "records": [
          {{"locality": "l1", "indicator": "poverty-change", "term": "2015-2020",
            "target": {{"shape": "change_per_year", "value": -1.3, "source": {source}}},
            "results": [{{"value": -0.5, "source": {source}}}]}},
          {{"locality": "l1", "indicator": "poverty-change", "term": "2020-2025",
            "target": {{"shape": "change_per_year", "value": -1.0, "source": {source}}},
            "results": [{{"value": 0.4, "source": {source}}}]}},
          {{"locality": "l1", "indicator": "income", "term": "2020-2025",
            "target": {{"shape": "level", "value": 80, "source": {source}}},
            "results": [{{"value": 60, "source": {source}}}]}}
        ]
    }}"#
    );
    chitieu_core::DatasetIndex::new(chitieu_core::load::load(&text).into_valid().expect("the test dataset is valid"))
}

/// A number as the charts write it in Vietnamese ("-1.000,5").
fn parse_vietnamese_number(text: &str) -> Option<f64> {
    text.replace('.', "").replace(',', ".").parse().ok()
}

/// The tick labels of a horizontal value axis: the numbers written on the same line as the "0"
/// tick, as (value, x).
fn horizontal_ticks(scene: &Scene) -> Vec<(f64, f64)> {
    axis_ticks(scene, Anchor::Middle, |x, y| (y, x))
}

/// The tick labels of a vertical value axis: the numbers right-aligned where the "0" tick is, as
/// (value, y).
fn vertical_ticks(scene: &Scene) -> Vec<(f64, f64)> {
    axis_ticks(scene, Anchor::End, |x, y| (x, y))
}

/// The numbers written with `anchor` in line with the "0" tick; `split` turns a label's (x, y)
/// into (the coordinate shared by the axis's labels, the coordinate along the axis).
fn axis_ticks(scene: &Scene, anchor: Anchor, split: fn(f64, f64) -> (f64, f64)) -> Vec<(f64, f64)> {
    let texts = || {
        scene.shapes.iter().filter_map(move |shape| match shape {
            Shape::Text { text, x, y, anchor: text_anchor, .. } if *text_anchor == anchor => {
                Some((text.as_str(), split(*x, *y)))
            }
            _ => None,
        })
    };
    let (zero_line, _) = texts().find(|(text, _)| *text == "0").expect("the axis includes zero").1;
    texts()
        .filter(|(_, (line, _))| (*line - zero_line).abs() < 1e-9)
        .filter_map(|(text, (_, along))| parse_vietnamese_number(text).map(|value| (value, along)))
        .collect()
}

/// The pixel position of `value` on an axis, from two of its ticks.
fn position_of(ticks: &[(f64, f64)], value: f64) -> f64 {
    let (first, last) = (ticks[0], ticks[ticks.len() - 1]);
    first.1 + (value - first.0) * (last.1 - first.1) / (last.0 - first.0)
}

/// The rectangles filled with `colour`, as (start, end) along x or y.
fn rects_of(scene: &Scene, colour: plotters::style::RGBColor, vertical: bool) -> Vec<(f64, f64)> {
    scene
        .shapes
        .iter()
        .filter_map(|shape| match shape {
            Shape::Rect { x, y, width, height, fill } if *fill == colour && *width > 0.0 && *height > 0.0 => {
                Some(if vertical { (*y, y + height) } else { (*x, x + width) })
            }
            _ => None,
        })
        .collect()
}

fn assert_within_frame(scene: &Scene, what: &str) {
    for shape in &scene.shapes {
        let (left, top, right, bottom) = match shape {
            Shape::Rect { x, y, width, height, .. } => (*x, *y, x + width, y + height),
            Shape::Line { from, to, .. } => (from.0.min(to.0), from.1.min(to.1), from.0.max(to.0), from.1.max(to.1)),
            Shape::Text { x, y, .. } => (*x, *y, *x, *y),
        };
        assert!(
            left >= -0.5 && top >= -0.5 && right <= scene.width + 0.5 && bottom <= scene.height + 0.5,
            "{what}: {shape:?} leaves the {}×{} frame",
            scene.width,
            scene.height
        );
    }
}

#[test]
fn a_ranking_with_negative_percents_draws_them_left_of_zero_with_negative_ticks() {
    let palette = light();
    let mut spec = chart(&["tốt", "kém", "rất kém", "ngoài trục"]);
    for (bar, (value, status)) in spec.bars.iter_mut().zip([
        (150.0, Status::Exceeded),
        (40.0, Status::Achieved),
        (-30.0, Status::NotAchieved),
        (-250.0, Status::NotYetDue),
    ]) {
        bar.value = value;
        bar.value_text = format!("{value} %");
        bar.status = Some(status);
    }
    spec.axis_min = -100.0;
    let scene = bar_chart(&spec, FRAME, &palette);
    let ticks = horizontal_ticks(&scene);
    assert!(ticks.iter().any(|(value, _)| *value < 0.0), "ticks on both sides of zero: {ticks:?}");
    assert!(ticks.iter().any(|(value, _)| *value > 100.0), "{ticks:?}");
    let (zero, axis_start, axis_end) =
        (position_of(&ticks, 0.0), position_of(&ticks, spec.axis_min), position_of(&ticks, spec.axis_max));
    let cases = [
        // (status colour, whether the bar lies right of the zero line)
        (palette.exceeded, true),
        (palette.achieved, true),
        (palette.not_achieved, false),
        (palette.not_yet_due, false),
    ];
    for (colour, right_of_zero) in cases {
        let bars = rects_of(&scene, colour, false);
        assert_eq!(bars.len(), 1, "one bar of {colour:?}");
        let (start, end) = bars[0];
        if right_of_zero {
            assert!((start - zero).abs() < 0.5 && end > zero, "{colour:?}: {start}..{end}, zero at {zero}");
        } else {
            assert!((end - zero).abs() < 0.5 && start < zero, "{colour:?}: {start}..{end}, zero at {zero}");
        }
        assert!(start >= axis_start - 0.5 && end <= axis_end + 0.5, "{colour:?} leaves the plot");
    }
    assert!(scene_svg(&scene).contains("-250 %"), "the label of a bar beyond the axis stays exact");
    assert_within_frame(&scene, "ranking");
}

#[test]
fn a_negative_target_and_result_are_drawn_below_zero_in_the_bullet_and_across_terms() {
    let palette = light();
    let index = negative_dataset();
    let detail =
        chitieu_core::chart::indicator_detail(&index, "l1", "2015-2020", "poverty-change", Lang::Vi).expect("a record");
    assert!(detail.bullet.axis_min < -1.3 && detail.bullet.axis_max >= 0.0, "{:?}", detail.bullet);
    let bullet = bullet_chart(&detail.bullet, FRAME, &palette);
    let ticks = horizontal_ticks(&bullet);
    assert!(ticks.iter().any(|(value, _)| *value <= -1.0), "{ticks:?}");
    let zero = position_of(&ticks, 0.0);
    let target_x = position_of(&ticks, -1.3);
    let result_bar = rects_of(&bullet, palette.status(detail.bullet.status), false);
    assert_eq!(result_bar.len(), 2, "the bar and the legend swatch");
    let (start, end) = result_bar[0];
    assert!((end - zero).abs() < 0.5 && (start - position_of(&ticks, -0.5)).abs() < 0.5, "{start}..{end}");
    let marker = rects_of(&bullet, palette.target, false)[0];
    assert!(((marker.0 + marker.1) / 2.0 - target_x).abs() < 0.5 && marker.1 < zero, "{marker:?}");
    assert_within_frame(&bullet, "bullet");

    let across_terms = detail.across_terms.as_ref().expect("values across terms");
    let across = column_chart(across_terms, FRAME, &palette);
    let ticks = vertical_ticks(&across);
    assert!(ticks.iter().any(|(value, _)| *value < 0.0) && ticks.iter().any(|(value, _)| *value > 0.0), "{ticks:?}");
    let zero = position_of(&ticks, 0.0);
    let (axis_top, axis_bottom) =
        (position_of(&ticks, across_terms.axis_max), position_of(&ticks, across_terms.axis_min));
    // 2015-2020: −0,5 against −1,3, not achieved, downwards; 2020-2025: +0,4, upwards.
    let downwards = rects_of(&across, palette.not_achieved, true);
    assert_eq!(
        downwards.len(),
        5,
        "two columns, the boxes of the figures inside them, the legend swatch: {downwards:?}"
    );
    let columns: Vec<(f64, f64)> =
        downwards.into_iter().filter(|(top, bottom)| (top - zero).abs() < 0.5 || (bottom - zero).abs() < 0.5).collect();
    assert_eq!(columns.len(), 2, "{columns:?}");
    let below = columns.iter().find(|(top, _)| (top - zero).abs() < 0.5).expect("one column below zero");
    assert!((below.1 - position_of(&ticks, -0.5)).abs() < 0.5, "{below:?}");
    let above = columns.iter().find(|(_, bottom)| (bottom - zero).abs() < 0.5).expect("one column above zero");
    assert!((above.0 - position_of(&ticks, 0.4)).abs() < 0.5, "{above:?}");
    for (top, bottom) in columns {
        assert!(top >= axis_top - 0.5 && bottom <= axis_bottom + 0.5, "a column leaves the plot");
    }
    let markers = rects_of(&across, palette.target, true);
    let below_zero = markers.iter().filter(|(top, _)| *top > zero).count();
    assert!(below_zero >= 2, "both targets are below the zero line: {markers:?}");
    assert_within_frame(&across, "across terms");
}

#[test]
fn the_good_band_of_a_bullet_graph_lies_on_the_better_side_of_the_target() {
    let palette = light();
    let index = negative_dataset();
    let cases = [
        // (indicator, term, target, whether higher is better)
        ("income", "2020-2025", 80.0, true),
        ("poverty-change", "2015-2020", -1.3, false),
    ];
    for (indicator, term, target, higher_is_better) in cases {
        let detail = chitieu_core::chart::indicator_detail(&index, "l1", term, indicator, Lang::Vi).unwrap();
        let scene = bullet_chart(&detail.bullet, FRAME, &palette);
        let ticks = horizontal_ticks(&scene);
        let target_x = position_of(&ticks, target);
        let step = (position_of(&ticks, target.abs() * 0.05) - position_of(&ticks, 0.0)).abs();
        let colour_at = |x: f64| {
            scene
                .shapes
                .iter()
                .find_map(|shape| match shape {
                    Shape::Rect { x: left, width, fill, .. }
                        if palette.bands.contains(fill) && (*left..=left + width).contains(&x) =>
                    {
                        Some(*fill)
                    }
                    _ => None,
                })
                .expect("a band under every point of the axis")
        };
        let (better_side, worse_side) = if higher_is_better {
            (target_x + step, target_x - 12.0 * step)
        } else {
            (target_x - step, target_x + 12.0 * step)
        };
        assert_eq!(colour_at(better_side), palette.bands[2], "{indicator}: good band on the better side");
        assert_eq!(colour_at(worse_side), palette.bands[0], "{indicator}: poor band on the worse side");
    }
}

#[test]
fn the_bullet_legend_names_a_missing_result_once() {
    let mut bullet = BulletChart {
        title: "t".into(),
        description: "d".into(),
        value: None,
        value_label: "chưa có".into(),
        target: Some(1.44),
        target_label: "1,44 %".into(),
        expected: None,
        bands: Vec::new(),
        axis_min: 0.0,
        axis_max: 1.8,
        status: Some(Status::NoResult),
        status_label: "Chưa có kết quả".into(),
        unit: "%".into(),
        lang: Lang::Vi,
    };
    let cases = [
        // (status, its words, the legend line)
        (Status::NoResult, "Chưa có kết quả", "Kết quả: – Chưa có kết quả"),
        (Status::NotYetDue, "Chưa đến hạn", "Kết quả: chưa có  ◷ Chưa đến hạn"),
    ];
    for (status, words, expected) in cases {
        bullet.status = Some(status);
        bullet.status_label = words.into();
        let scene = bullet_chart(&bullet, FRAME, &light());
        let legend: Vec<&str> = scene
            .shapes
            .iter()
            .filter_map(|shape| match shape {
                Shape::Text { text, .. } if text.starts_with("Kết quả:") => Some(text.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(legend, [expected]);
    }
}

#[test]
fn a_milestone_is_drawn_as_done_or_not_done_without_a_value_axis() {
    let index = default_index();
    let detail =
        chitieu_core::chart::indicator_detail(&index, "kbang", "2015-2020", "cultural-office", Lang::Vi).unwrap();
    let ChartSpec::Stacked(chart) = &detail.main_chart else {
        panic!("a milestone is not a bullet: {:?}", detail.main_chart)
    };
    let scene = chart_scene(&detail.main_chart, FRAME, &light());
    let texts = scene_texts(&scene);
    let words = chart.rows[0].segments[0].inner_text.clone().unwrap();
    assert!(texts.contains(&words.as_str()), "{words:?} in {texts:?}");
    assert!(!texts.iter().any(|text| text.parse::<f64>().is_ok()), "no tick numbers: {texts:?}");
}

#[test]
fn every_status_has_its_own_colour_and_every_mark_colour_stands_out_by_3_to_1_in_every_theme() {
    use crate::charts::contrast;
    use plotters::style::RGBColor;
    for theme in [Theme::Light, Theme::Dark, Theme::Contrast] {
        let palette = Palette::for_theme(theme);
        let mut statuses: Vec<(String, RGBColor)> =
            Status::ALL.iter().map(|status| (status.id().to_string(), palette.status(Some(*status)))).collect();
        statuses.push(("no target".into(), palette.status(None)));
        for (index, (name, colour)) in statuses.iter().enumerate() {
            for (other_name, other) in &statuses[index + 1..] {
                let RGBColor(r, g, b) = *colour;
                let RGBColor(r2, g2, b2) = *other;
                let distance = (i32::from(r) - i32::from(r2)).abs()
                    + (i32::from(g) - i32::from(g2)).abs()
                    + (i32::from(b) - i32::from(b2)).abs();
                assert!(distance >= 40, "{theme:?}: {name} and {other_name} look alike ({colour:?}, {other:?})");
            }
        }
        // Marks are drawn on the background; a bullet graph's bar (a status colour) on its bands.
        let bands = [("poor band", palette.bands[0]), ("fair band", palette.bands[1]), ("good band", palette.bands[2])];
        for (name, colour) in &statuses {
            for (behind_name, behind_colour) in std::iter::once(("background", palette.background)).chain(bands) {
                let ratio = contrast(*colour, behind_colour);
                assert!(ratio >= 3.0, "{theme:?}: {name} {colour:?} on the {behind_name} is {ratio:.2}:1");
            }
        }
        for (index, colour) in palette.series.iter().enumerate() {
            let ratio = contrast(*colour, palette.background);
            assert!(ratio >= 3.0, "{theme:?}: series {index} {colour:?} on the background is {ratio:.2}:1");
        }
        for (name, colour) in [("text", palette.text), ("muted", palette.muted), ("target", palette.target)] {
            let ratio = contrast(colour, palette.background);
            assert!(ratio >= 4.5, "{theme:?}: {name} {colour:?} on the background is {ratio:.2}:1");
        }
    }
}

#[test]
fn contrast_is_the_wcag_ratio() {
    use crate::charts::contrast;
    use plotters::style::RGBColor;
    assert!((contrast(RGBColor(0, 0, 0), RGBColor(255, 255, 255)) - 21.0).abs() < 0.01);
    assert!((contrast(RGBColor(255, 255, 255), RGBColor(255, 255, 255)) - 1.0).abs() < 1e-9);
    // #767676 on white is the well-known 4.54:1.
    assert!((contrast(RGBColor(118, 118, 118), RGBColor(255, 255, 255)) - 4.54).abs() < 0.01);
}

#[test]
fn a_framed_export_carries_its_title_above_and_its_notes_below_the_whole_chart_within_the_frame() {
    let palette = light();
    let spec = chart(&["Thu nhập bình quân đầu người", "Tỷ lệ hộ nghèo"]);
    let chart_scene = bar_chart(&spec, FRAME, &palette);
    let chart_height = chart_scene.height;
    let notes = vec![
        "Nguồn: Nghị quyết Đại hội Đảng bộ thị trấn Bến Sung lần thứ XXIII, nhiệm kỳ 2020-2025".to_string(),
        "Số liệu đến 2025 · Chỉ Tiêu".to_string(),
    ];
    let framed = chart_scene.clone().framed(&notes, FRAME.font_px, palette.text, palette.muted);
    assert!(framed.height > chart_height + FRAME.font_px * 4.0);
    let texts: Vec<(f64, String)> = framed
        .shapes
        .iter()
        .filter_map(|shape| match shape {
            Shape::Text { y, text, .. } => Some((*y, text.clone())),
            _ => None,
        })
        .collect();
    let y_of = |needle: &str| texts.iter().find(|(_, text)| text.contains(needle)).map(|(y, _)| *y).expect(needle);
    let chart_texts_top =
        texts.iter().filter(|(_, text)| text.contains("Tỷ lệ hộ nghèo")).map(|(y, _)| *y).fold(f64::MAX, f64::min);
    assert!(y_of("2020-2025: % mục tiêu") < chart_texts_top, "the title is above the chart");
    assert!(y_of("Nguồn:") > chart_texts_top && y_of("Số liệu đến") > y_of("Nguồn:"), "the notes are below it");
    assert_eq!(framed.marks.len(), chart_scene.marks.len(), "the chart's marks move with it");
    assert_within_frame(&framed, "framed export");
}

#[test]
fn a_column_target_that_is_a_bound_keeps_its_sign() {
    let chart = |target_label: &str| ColumnChart {
        title: "t".into(),
        description: "d".into(),
        category: "Địa phương".into(),
        unit: "%".into(),
        columns: vec![Column {
            key: "a".into(),
            label: "A".into(),
            value: Some(3.0),
            value_label: "3 %".into(),
            target: Some(4.0),
            target_label: target_label.into(),
            status: None,
            status_text: String::new(),
            highlighted: false,
        }],
        omitted: Vec::new(),
        unranked: Vec::new(),
        axis_min: 0.0,
        axis_max: 5.0,
        lang: Lang::Vi,
    };
    let texts = |target_label: &str| -> Vec<String> {
        column_chart(&chart(target_label), FRAME, &light())
            .shapes
            .iter()
            .filter_map(|shape| match shape {
                Shape::Text { text, .. } => Some(text.clone()),
                _ => None,
            })
            .collect()
    };
    for (phrase, marker) in [("< 4\u{a0}%", "< 4"), ("≥ 4\u{a0}%", "≥ 4"), ("≤ 4\u{a0}%", "≤ 4"), ("4\u{a0}%", "4")]
    {
        assert!(texts(phrase).iter().any(|text| text == marker), "{phrase}: {:?}", texts(phrase));
    }
    // Columns without a status are drawn in one colour, and the legend says so.
    assert!(texts("4").contains(&"kết quả".to_string()), "{:?}", texts("4"));
}

#[test]
fn on_a_phone_long_bar_names_go_above_their_bars_whole() {
    let long = "Tỷ lệ lao động nông nghiệp trong tổng số lao động xã hội";
    let bars = ["Tỷ lệ lao động nông nghiệp trong tổng số lao động xã hội", "Tỷ lệ lao động qua đào tạo nghề"]
        .iter()
        .enumerate()
        .map(|(index, label)| Bar {
            key: format!("k{index}"),
            label: (*label).into(),
            value: 80.0 + index as f64 * 30.0,
            value_text: "80 %".into(),
            status_text: "Không đạt".into(),
            status: Some(Status::NotAchieved),
            contested: false,
            unit: String::new(),
            target: Cell::default(),
            result: Cell::default(),
        })
        .collect::<Vec<_>>();
    let chart = BarChart {
        title: "t".into(),
        description: "d".into(),
        bars,
        axis_min: 0.0,
        axis_max: 120.0,
        reference: Some(100.0),
        axis_label: "% mục tiêu".into(),
        lang: Lang::Vi,
        value_header: "% mục tiêu".into(),
    };
    let texts = |scene: &Scene| {
        scene
            .shapes
            .iter()
            .filter_map(|shape| match shape {
                Shape::Text { text, x, anchor, .. } => Some((text.clone(), *x, *anchor)),
                _ => None,
            })
            .collect::<Vec<_>>()
    };
    // A phone (370 px of chart at 14 px text): the names whole, above the bars, from the left edge.
    let phone = bar_chart(&chart, Frame { width: 370.0, font_px: 14.0 }, &light());
    let phone_texts = texts(&phone);
    let names: Vec<&(String, f64, Anchor)> =
        phone_texts.iter().filter(|(_, x, anchor)| *x < 20.0 && *anchor == Anchor::Start).collect();
    let joined = names.iter().map(|(text, _, _)| text.as_str()).collect::<Vec<_>>().join(" ");
    assert_eq!(joined, format!("{long} Tỷ lệ lao động qua đào tạo nghề"), "{phone_texts:?}");
    assert_eq!(names.len(), 3, "the long name on two lines, the short on one");
    let bar_left = phone
        .shapes
        .iter()
        .filter_map(|shape| match shape {
            Shape::Rect { x, width, height, .. } if *width > 20.0 && *height > 10.0 && *height < 30.0 => Some(*x),
            _ => None,
        })
        .fold(f64::MAX, f64::min);
    assert!(bar_left < 30.0, "the bars start at the left edge too: {bar_left}");
    // A desk keeps the names in a column beside the bars.
    let desk = bar_chart(&chart, Frame { width: 1300.0, font_px: 14.0 }, &light());
    assert!(texts(&desk).iter().any(|(text, _, anchor)| text == long && *anchor == Anchor::End));
}

#[test]
fn a_bar_whose_source_contradicts_itself_is_drawn_open_not_as_a_failure() {
    let index = default_index();
    let ranking = chitieu_core::chart::ranking(&index, "ben-sung", "2020-2025", &Default::default(), Lang::Vi);
    let contested: Vec<&Bar> = ranking.bars.iter().filter(|bar| bar.contested).collect();
    assert_eq!(contested.iter().map(|bar| bar.key.as_str()).collect::<Vec<_>>(), ["investment-mobilised"]);
    let scene = bar_chart(&ranking, FRAME, &light());
    let labels = scene_texts(&scene);
    assert!(labels.iter().any(|label| label.starts_with("? 25\u{a0}%")), "{labels:?}");
    assert!(!labels.iter().any(|label| label.starts_with("✗ 25\u{a0}%")), "{labels:?}");
    // The gaps: background rectangles across the contested bar only.
    let gaps = scene
        .shapes
        .iter()
        .filter(|shape| matches!(shape, Shape::Rect { fill, width, .. } if *fill == light().background && (*width - FRAME.font_px * 0.3).abs() < 0.01))
        .count();
    assert!(gaps >= 2, "{gaps} gaps");
    // On a phone the status words go, but the "?" keeps why; the table (CSV, XLSX) says it too.
    let phone_scene = bar_chart(&ranking, Frame { width: 380.0, font_px: 14.0 }, &light());
    let phone = scene_texts(&phone_scene);
    assert!(phone.contains(&"? 25\u{a0}% · nguồn mâu thuẫn"), "{phone:?}");
    assert!(phone.contains(&"▲ 153\u{a0}%"), "{phone:?}");
    let table = ranking.table();
    let row = table.rows.iter().find(|row| row[0].text == "Tổng huy động vốn đầu tư").unwrap();
    assert_eq!(row[5].text, "Không đạt hoặc vượt (nguồn mâu thuẫn)");
}

#[test]
fn statuses_are_told_apart_by_symbol_as_well_as_colour() {
    let index = default_index();
    let breakdown = chitieu_core::chart::domain_breakdown(&index, "ben-sung", "2020-2025", Lang::Vi);
    let legend: Vec<&str> = breakdown.legend.iter().map(|(label, _)| label.as_str()).collect();
    // Bến Sung 2020-2025 has nothing not yet due and nothing without a result: no entry for them.
    assert_eq!(legend, ["▲ Vượt", "✓ Đạt", "✗ Không đạt", "Không có mục tiêu"]);
    let scene = stacked_chart(&breakdown, Frame { width: 1300.0, font_px: 16.0 }, &light());
    let texts = scene_texts(&scene);
    // Bến Sung's economy: 6 exceeded, 4 achieved, 4 not achieved; a domain's single exceeded
    // indicator keeps its count too (it has room for "▲ 1").
    for count in ["▲ 6", "✓ 4", "✗ 4", "▲ 1"] {
        assert!(texts.contains(&count), "{count} in {texts:?}");
    }
}

/// The default dataset, indexed.
fn default_index() -> chitieu_core::DatasetIndex {
    let dataset = chitieu_core::load::load(include_str!("../../../public/data/default.json")).into_valid().unwrap();
    chitieu_core::DatasetIndex::new(dataset)
}

/// Every text a scene draws, in drawing order.
fn scene_texts(scene: &Scene) -> Vec<&str> {
    scene
        .shapes
        .iter()
        .filter_map(|shape| match shape {
            Shape::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

#[test]
fn an_axis_wider_than_the_largest_float_still_draws_finite_shapes() {
    // Found by the render fuzz target: a target of 1e308 and a result of -5e-324.
    let bullet = BulletChart {
        title: "t".into(),
        description: "d".into(),
        value: Some(-5e-324),
        value_label: "v".into(),
        target: Some(1e308),
        target_label: "1e308".into(),
        expected: None,
        bands: vec![
            QualitativeBand { from: -2.5e307, to: 5e307, quality: BandQuality::Poor },
            QualitativeBand { from: 5e307, to: 9e307, quality: BandQuality::Fair },
            QualitativeBand { from: 9e307, to: 1.1e308, quality: BandQuality::Good },
            QualitativeBand { from: 1.1e308, to: 1.25e308, quality: BandQuality::Fair },
        ],
        axis_min: -2.5e307,
        axis_max: 1.25e308,
        status: None,
        status_label: "s".into(),
        unit: "%".into(),
        lang: Lang::Vi,
    };
    let scene = bullet_chart(&bullet, FRAME, &light());
    for shape in &scene.shapes {
        let finite = match shape {
            Shape::Rect { x, y, width, height, .. } => [*x, *y, *width, *height].iter().all(|v| v.is_finite()),
            Shape::Line { from, to, .. } => [from.0, from.1, to.0, to.1].iter().all(|v| v.is_finite()),
            Shape::Text { x, y, .. } => x.is_finite() && y.is_finite(),
        };
        assert!(finite, "{shape:?}");
    }
}

/// A province compared: 20 communes side by side at a desk's width. Their names take two lines
/// rather than "Xã Xuâ…", the chart grows to hold them, and no text is printed over another (the
/// target's number goes where its column has room; the tooltip and the table always say it).
#[test]
fn twenty_columns_of_long_names_keep_their_names_and_print_nothing_over_each_other() {
    let column = |index: usize| Column {
        key: format!("xa-{index}"),
        label: format!("Xã Xuân Phú {index} (Huyện Quảng Xương)"),
        value: Some(150.0 + index as f64 * 3.3),
        value_label: "150 triệu đồng".into(),
        target: Some(148.6 + index as f64),
        target_label: "≥ 148,6 triệu đồng".into(),
        status: Some(chitieu_core::model::Status::Achieved),
        status_text: String::new(),
        highlighted: index == 3,
    };
    let chart = |count: usize| ColumnChart {
        title: "t".into(),
        description: "d".into(),
        category: "Địa phương".into(),
        unit: "triệu đồng".into(),
        columns: (0..count).map(column).collect(),
        omitted: Vec::new(),
        unranked: Vec::new(),
        axis_min: 0.0,
        axis_max: 250.0,
        lang: Lang::Vi,
    };
    let desk = Frame { width: 1300.0, font_px: 13.0 };
    let scene = column_chart(&chart(20), desk, &light());
    let texts = scene_texts(&scene);
    assert!(texts.contains(&"Xã Xuân") && texts.iter().any(|text| text.starts_with("Phú 0")), "{texts:?}");
    assert!(scene.height > column_chart(&chart(3), desk, &light()).height, "two lines of names take room");
    assert_no_text_overlaps(&scene);
    assert!(texts.contains(&"kết quả (màu theo trạng thái)"), "{texts:?}");
    // The place on screen (the fourth) has its name in bold and its column ringed: one rectangle
    // in the text colour more than without it (the target markers and the legend's).
    let bold: Vec<&str> = scene
        .shapes
        .iter()
        .filter_map(|shape| match shape {
            Shape::Text { text, bold: true, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    assert!(bold.len() == 2 && bold[1].starts_with("Phú 3"), "{bold:?}");
    let dark = |scene: &Scene| {
        scene.shapes.iter().filter(|shape| matches!(shape, Shape::Rect { fill, .. } if *fill == light().text)).count()
    };
    let mut plain = chart(20);
    plain.columns.iter_mut().for_each(|column| column.highlighted = false);
    assert_eq!(dark(&scene), dark(&column_chart(&plain, desk, &light())) + 1);
    // Three columns have room for their targets' numbers.
    let few = column_chart(&chart(3), desk, &light());
    assert!(scene_texts(&few).contains(&"≥ 148,6"), "{:?}", scene_texts(&few));
}

/// No two texts of `scene` overlap, and none leaves it (boxes from the text widths the layout uses).
fn assert_no_text_overlaps(scene: &Scene) {
    let boxes: Vec<(f64, f64, f64, f64, &str)> = scene
        .shapes
        .iter()
        .filter_map(|shape| match shape {
            Shape::Text { x, y, text, size, anchor, .. } => {
                let width = crate::scene::text_width(text, *size);
                let left = match anchor {
                    Anchor::Start => *x,
                    Anchor::Middle => x - width / 2.0,
                    Anchor::End => x - width,
                };
                Some((left, y - size / 2.0, left + width, y + size / 2.0, text.as_str()))
            }
            _ => None,
        })
        .collect();
    for (at, first) in boxes.iter().enumerate() {
        for second in &boxes[at + 1..] {
            let apart = first.2 <= second.0 || second.2 <= first.0 || first.3 <= second.1 || second.3 <= first.1;
            assert!(apart, "{:?} overlaps {:?}", first.4, second.4);
        }
        assert!(first.0 >= 0.0 && first.2 <= scene.width && first.3 <= scene.height, "{:?} leaves the chart", first.4);
    }
}

#[test]
fn three_hundred_places_are_one_square_each_in_their_five_point_bin_and_nothing_overlaps() {
    use chitieu_core::chart::{Dot, DotChart};
    // Half the places at 100 %: the highest pile, which the squares shrink to hold.
    let dot = |index: usize| {
        let value = if index.is_multiple_of(2) { 100.0 } else { (index * 37 % 100) as f64 };
        Dot {
            key: format!("xa-{index}"),
            label: format!("Xã Xuân Phú {index} (Huyện Quảng Xương)"),
            met: 0,
            judged: 0,
            value,
            value_text: format!("{value} %"),
            highlighted: index == 7,
        }
    };
    let chart = DotChart {
        title: "t".into(),
        description: "d".into(),
        axis_label: "% chỉ tiêu đạt".into(),
        dots: (0..300).map(dot).collect(),
        without: Vec::new(),
        counted: ["đạt", "đến hạn"],
        lang: Lang::Vi,
    };
    for frame in [
        Frame { width: 1300.0, font_px: 13.0 },
        Frame { width: 360.0, font_px: 13.0 },
        Frame { width: 1800.0, font_px: 40.0 },
    ] {
        let scene = dot_chart(&chart, frame, &light());
        assert_eq!(scene.marks.len(), 300);
        assert!(scene.height <= frame.font_px * 40.0, "{frame:?}: {} high", scene.height);
        assert_within_frame(&scene, "dots");
        assert_no_text_overlaps(&scene);
        let ticks = horizontal_ticks(&scene);
        // Marks run from the lowest share to the highest (the keyboard's order), the place on screen
        // (xa-7, at 59 %) first in its bin and at the foot of its pile.
        let shares: Vec<f64> =
            scene.marks.iter().map(|mark| chart.dots.iter().find(|dot| dot.key == mark.key).unwrap().value).collect();
        assert!(shares.windows(2).all(|pair| (pair[0] / 5.0).floor() <= (pair[1] / 5.0).floor()), "{shares:?}");
        let own = scene.marks.iter().position(|mark| mark.key == "xa-7").unwrap();
        assert!(own == 0 || (shares[own - 1] / 5.0).floor() < 11.0, "{shares:?}");
        let column = scene.marks.iter().filter(|mark| (mark.x - scene.marks[own].x).abs() < 0.01).map(|mark| mark.y);
        assert!(column.fold(0.0, f64::max) <= scene.marks[own].y + 0.01);
        for mark in &scene.marks {
            let dot = chart.dots.iter().find(|dot| dot.key == mark.key).unwrap();
            let bin = (dot.value / 5.0).floor().min(19.0) * 5.0;
            let centre = mark.x + mark.width / 2.0;
            assert!(
                position_of(&ticks, bin) - 0.5 <= centre && centre <= position_of(&ticks, bin + 5.0) + 0.5,
                "{frame:?}: {} at {centre}",
                dot.value
            );
        }
        for (at, first) in scene.marks.iter().enumerate() {
            for second in &scene.marks[at + 1..] {
                let apart = first.x + first.width <= second.x + 0.01
                    || second.x + second.width <= first.x + 0.01
                    || first.y + first.height <= second.y + 0.01
                    || second.y + second.height <= first.y + 0.01;
                assert!(apart, "{frame:?}: {} and {} overlap", first.key, second.key);
            }
        }
        // The place on screen is named in the legend and ringed in the text colour.
        assert!(scene_texts(&scene).contains(&"Xã Xuân Phú 7 (Huyện Quảng Xương)"));
        assert!(scene_texts(&scene).contains(&"299 nơi khác"));
    }
}

/// On a phone (347 px of chart at 14 px text, a 390 px screen) every indicator's charts keep their
/// legends whole inside the frame: the bullet's status on a line of its own rather than cut off the
/// result's, every band named, the columns' "mục tiêu" under "kết quả" rather than past the edge.
#[test]
fn on_a_phone_every_indicator_chart_keeps_its_legend_whole_inside_the_frame() {
    let index = default_index();
    let frame = Frame { width: 347.0, font_px: 14.0 };
    let mut checked = 0;
    for (locality, term) in index.locality_terms() {
        for row in index.rows(locality, term) {
            let Some(detail) = indicator_detail(&index, locality, term, &row.indicator.id, Lang::Vi) else { continue };
            let charts = [Some(ChartSpec::Bullet(detail.bullet.clone())), detail.across_terms.map(ChartSpec::Columns)];
            for chart in charts.into_iter().flatten() {
                let scene = crate::slide::chart_scene(&chart, frame, &light());
                for shape in &scene.shapes {
                    let Shape::Text { x, y, text, size, anchor, .. } = shape else { continue };
                    let width = crate::scene::text_width(text, *size);
                    let left = match anchor {
                        Anchor::Start => *x,
                        Anchor::Middle => x - width / 2.0,
                        Anchor::End => x - width,
                    };
                    let at = format!("{locality} {term} {}: {text:?}", row.indicator.id);
                    assert!(
                        left >= -0.5 && left + width <= frame.width + 0.5,
                        "{at} runs from {left} to {}",
                        left + width
                    );
                    assert!(*y > 0.0 && *y < scene.height, "{at} at y {y} of {}", scene.height);
                }
                if let ChartSpec::Bullet(bullet) = &chart {
                    let texts = scene_texts(&scene);
                    if !bullet.status_label.is_empty() && bullet.value.is_some() {
                        assert!(
                            texts.join(" ").contains(&bullet.status_label),
                            "{locality} {}: {texts:?}",
                            row.indicator.id
                        );
                    }
                    let mut qualities: Vec<BandQuality> = bullet.bands.iter().map(|band| band.quality).collect();
                    qualities.dedup();
                    let bands = qualities.len();
                    let [_, poor, fair, good] = chitieu_core::chart::band_legend(Lang::Vi);
                    let named = [poor, fair, good].iter().filter(|words| texts.contains(&words.as_str())).count();
                    assert_eq!(named, bands, "{locality} {}: every band named, {texts:?}", row.indicator.id);
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 100, "{checked} charts checked");
}

/// A count's axis ends on a whole number at or past its longest bar: Bến Sung's 18 indicators of
/// culture end at the tick 20 (not 15), and a bar of 2 has its tick 2 (an outside tester saw an
/// axis stop at 1 beside a bar of 2).
#[test]
fn a_count_s_axis_ends_on_a_whole_tick_at_or_past_the_longest_bar() {
    let index = default_index();
    for (locality, term) in index.locality_terms() {
        let chart = domain_breakdown(&index, locality, term, Lang::Vi);
        let longest = chart
            .rows
            .iter()
            .map(|row| row.segments.iter().map(|segment| segment.value).sum::<f64>())
            .fold(0.0, f64::max);
        for frame in [FRAME, Frame { width: 347.0, font_px: 14.0 }, Frame { width: 1800.0, font_px: 27.0 }] {
            let scene = stacked_chart(&chart, frame, &light());
            let ticks: Vec<f64> =
                scene_texts(&scene).iter().filter_map(|text| text.replace('.', "").parse::<f64>().ok()).collect();
            let last = ticks.iter().copied().fold(0.0, f64::max);
            assert!(last >= longest, "{locality} {term} at {}: ticks {ticks:?}, longest bar {longest}", frame.width);
        }
    }
}

/// Columns across terms: the value axis ends on a tick above every column and target marker (a
/// target of 108 drawn over an axis whose last number is 100 reads as off the scale).
#[test]
fn the_columns_axis_ends_on_a_tick_above_every_column_and_target() {
    let index = default_index();
    let mut checked = 0;
    for (locality, term) in index.locality_terms() {
        for row in index.rows(locality, term) {
            let Some(detail) = indicator_detail(&index, locality, term, &row.indicator.id, Lang::Vi) else { continue };
            let Some(columns) = detail.across_terms else { continue };
            let highest =
                columns.columns.iter().flat_map(|column| [column.value, column.target]).flatten().fold(0.0, f64::max);
            let scene = column_chart(&columns, FRAME, &light());
            let ticks: Vec<f64> = scene
                .shapes
                .iter()
                .filter_map(|shape| match shape {
                    Shape::Text { text, anchor: Anchor::End, .. } => {
                        text.replace('.', "").replace(',', ".").parse().ok()
                    }
                    _ => None,
                })
                .collect();
            let last = ticks.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            assert!(
                last >= highest - 1e-9,
                "{locality} {term} {}: ticks {ticks:?}, highest {highest}",
                row.indicator.id
            );
            checked += 1;
        }
    }
    assert!(checked > 50, "{checked}");
}

/// Every status is told apart by its pattern as well as its colour and symbol (a grey print, a
/// colour-blind reader): solid for exceeded and achieved (dark and mid), rising stripes for not
/// achieved, falling for not yet due, level for no result, both diagonals for no target; in every
/// theme; and no stripe runs under the count written inside a segment.
#[test]
fn every_status_has_a_pattern_of_its_own_and_no_stripe_crosses_a_figure() {
    let statuses = [
        Some(Status::Exceeded),
        Some(Status::Achieved),
        Some(Status::NotAchieved),
        Some(Status::NotYetDue),
        Some(Status::NoResult),
        None,
    ];
    let chart = StackedChart {
        title: "t".into(),
        description: "d".into(),
        rows: vec![StackedRow {
            key: "k".into(),
            label: "Kinh tế".into(),
            segments: statuses
                .iter()
                .map(|status| Segment {
                    label: "s".into(),
                    value: 5.0,
                    value_label: "5".into(),
                    inner_text: None,
                    colour: Colour::Status(*status),
                })
                .collect(),
        }],
        legend: statuses.iter().map(|status| ("s".to_string(), Colour::Status(*status))).collect(),
        lang: Lang::Vi,
        axis_label: "Số chỉ tiêu".into(),
        value_axis: true,
    };
    for theme in [Theme::Light, Theme::Dark, Theme::Contrast] {
        let palette = Palette::for_theme(theme);
        let scene = stacked_chart(&chart, FRAME, &palette);
        let stripes: Vec<((f64, f64), (f64, f64))> = scene
            .shapes
            .iter()
            .filter_map(|shape| match shape {
                Shape::Line { from, to, colour, .. } if *colour == palette.background => Some((*from, *to)),
                _ => None,
            })
            .collect();
        let mut patterns = Vec::new();
        for status in statuses {
            // The segment: the widest rectangle of the status's colour.
            let (x, y, width, height) = scene
                .shapes
                .iter()
                .filter_map(|shape| match shape {
                    Shape::Rect { x, y, width, height, fill } if *fill == palette.status(status) => {
                        Some((*x, *y, *width, *height))
                    }
                    _ => None,
                })
                .max_by(|a, b| a.2.total_cmp(&b.2))
                .unwrap();
            let inside = |(px, py): (f64, f64)| {
                px >= x - 0.5 && px <= x + width + 0.5 && py >= y - 0.5 && py <= y + height + 0.5
            };
            let mut slopes: Vec<i8> = stripes
                .iter()
                .filter(|(from, to)| inside(*from) && inside(*to))
                .map(|(from, to)| {
                    ((to.1 - from.1) / (to.0 - from.0)).signum() as i8 * i8::from((to.1 - from.1).abs() > 0.01)
                })
                .collect();
            slopes.sort();
            slopes.dedup();
            patterns.push(slopes);
            // The count inside ("▲ 5", "5") sits on a box of the segment's colour drawn over the
            // stripes, as wide as the text: no stripe shows through it.
            for (index, shape) in scene.shapes.iter().enumerate() {
                let Shape::Text { x: tx, y: ty, text, size, .. } = shape else { continue };
                if !inside((*tx, *ty)) {
                    continue;
                }
                let half = crate::scene::text_width(text, *size) / 2.0;
                let backed = scene.shapes[..index].iter().enumerate().rev().find_map(|(at, shape)| match shape {
                    Shape::Rect { x: bx, y: by, width: bw, height: bh, fill }
                        if *fill == palette.status(status)
                            && *bx <= tx - half
                            && bx + bw >= tx + half
                            && *by <= ty - size * 0.5
                            && by + bh >= ty + size * 0.5
                            && *bw < width =>
                    {
                        Some(at)
                    }
                    _ => None,
                });
                let Some(box_at) = backed else { panic!("{theme:?} {status:?}: {text:?} has no box") };
                let crossing_after = scene.shapes[box_at..index].iter().any(|shape| {
                    matches!(shape, Shape::Line { from, to, colour, .. } if *colour == palette.background
                        && from.0.min(to.0) < tx + half && from.0.max(to.0) > tx - half
                        && from.1.min(to.1) < ty + size * 0.5 && from.1.max(to.1) > ty - size * 0.5)
                });
                assert!(!crossing_after, "{theme:?} {status:?}: a stripe crosses {text:?}");
            }
        }
        assert_eq!(patterns, [vec![], vec![], vec![-1], vec![1], vec![0], vec![-1, 1]], "{theme:?}");
    }
}

/// Columns across terms on a 0–10 % axis, for the column tests.
fn terms_chart(columns: Vec<Column>) -> ColumnChart {
    ColumnChart {
        title: "t".into(),
        description: "d".into(),
        category: "Nhiệm kỳ".into(),
        unit: "%".into(),
        columns,
        omitted: Vec::new(),
        unranked: Vec::new(),
        axis_min: 0.0,
        axis_max: 10.0,
        lang: Lang::Vi,
    }
}

/// Among columns coloured by status, one without a target is drawn in the no-target colour, as
/// the bullet draws it, not in the series blue the legend does not explain (outside tester); with
/// no status at all (a term's years) the columns keep the series colour.
#[test]
fn a_column_without_a_target_among_judged_ones_has_the_no_target_colour() {
    let column = |key: &str, status: Option<Status>| Column {
        key: key.into(),
        label: key.into(),
        value: Some(7.9),
        value_label: "7,9".into(),
        target: status.map(|_| 7.0),
        target_label: String::new(),
        status,
        status_text: String::new(),
        highlighted: false,
    };
    let chart = terms_chart;
    let palette = light();
    let mixed = column_chart(&chart(vec![column("a", Some(Status::Exceeded)), column("b", None)]), FRAME, &palette);
    assert!(!rects_of(&mixed, palette.no_target, true).is_empty());
    assert!(rects_of(&mixed, palette.series[0], true).is_empty());
    let plain = column_chart(&chart(vec![column("a", None), column("b", None)]), FRAME, &palette);
    assert!(rects_of(&plain, palette.no_target, true).is_empty());
    assert!(!rects_of(&plain, palette.series[0], true).is_empty());
}

/// A long domain name beside a stacked bar takes two lines rather than being cut (outside tester:
/// "Xây dựng Đảng và…" on a summary slide at scale 1.5).
#[test]
fn a_long_domain_name_beside_its_bar_wraps_rather_than_being_cut() {
    let name = "Xây dựng Đảng và hệ thống chính trị";
    let chart = StackedChart {
        title: "t".into(),
        description: "d".into(),
        rows: vec![StackedRow {
            key: "party".into(),
            label: name.into(),
            segments: vec![Segment {
                label: "Đạt".into(),
                value: 2.0,
                value_label: "2 đạt".into(),
                inner_text: None,
                colour: Colour::Status(Some(Status::Achieved)),
            }],
        }],
        legend: vec![("✓ Đạt".into(), Colour::Status(Some(Status::Achieved)))],
        lang: Lang::Vi,
        axis_label: "Số chỉ tiêu".into(),
        value_axis: true,
    };
    // A slide's frame at scale 1.5: text of some 40 px across 1,800.
    let scene = stacked_chart(&chart, Frame { width: 1800.0, font_px: 40.0 }, &light());
    let texts = scene_texts(&scene);
    assert!(texts.iter().all(|text| !text.ends_with('…')), "{texts:?}");
    assert!(texts.join(" ").contains(name), "{texts:?}");
}

/// A column's figure never sits under its target's marker: a target a little under the result
/// crosses the top of the column, so the figure goes above it (outside tester: the 7,05 target
/// line ran through "7,9").
#[test]
fn a_column_s_figure_moves_out_of_the_way_of_its_target_marker() {
    let chart = terms_chart(vec![Column {
        key: "a".into(),
        label: "2020-2025".into(),
        value: Some(7.9),
        value_label: "7,9 %".into(),
        target: Some(7.05),
        target_label: "7,05 %".into(),
        status: Some(Status::Exceeded),
        status_text: String::new(),
        highlighted: false,
    }]);
    let palette = light();
    let scene = column_chart(&chart, FRAME, &palette);
    let marker = scene
        .shapes
        .iter()
        .find_map(|shape| match shape {
            Shape::Rect { y, height, fill, .. } if *fill == palette.target && *height < FRAME.font_px => {
                Some(y + height / 2.0)
            }
            _ => None,
        })
        .unwrap();
    let figure = scene
        .shapes
        .iter()
        .find_map(|shape| match shape {
            Shape::Text { y, text, .. } if text == "7,9" => Some(*y),
            _ => None,
        })
        .unwrap();
    assert!((figure - marker).abs() >= FRAME.font_px * 0.8, "the figure at {figure}, the marker at {marker}");
}
