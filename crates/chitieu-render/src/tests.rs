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
            })
            .collect(),
        reference: Some(100.0),
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
                }],
            }],
            legend: vec![(text.into(), Colour::Series(0))],
            lang: Lang::Vi,
            axis_label: text.into(),
        };
        let bullet = BulletChart {
            title: text.into(),
            description: text.into(),
            value: Some(1.0),
            value_label: text.into(),
            target: Some(2.0),
            target_label: text.into(),
            bands: [1.0, 2.0, 3.0],
            axis_max: 3.0,
            status: None,
            status_label: text.into(),
            unit: text.into(),
            lang: Lang::Vi,
        };
        let columns = ColumnChart {
            title: text.into(),
            description: text.into(),
            unit: text.into(),
            columns: vec![Column {
                key: text.into(),
                label: text.into(),
                value: Some(1.0),
                value_label: text.into(),
                target: Some(1.0),
                target_label: text.into(),
                status: None,
            }],
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
}

#[test]
fn an_empty_chart_shows_its_sentence_instead_of_bars() {
    let mut spec = chart(&[]);
    spec.description = "Chưa có chỉ tiêu".into();
    let scene = bar_chart(&spec, FRAME, &light());
    assert!(scene.marks.is_empty());
    assert!(scene_svg(&scene).contains("Chưa có chỉ tiêu"));
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
                },
                Segment {
                    label: "Đạt".into(),
                    value: 3.0,
                    value_label: "3 đạt".into(),
                    colour: Colour::Status(Some(Status::Achieved)),
                },
            ],
        }],
        legend: vec![("Vượt".into(), Colour::Status(Some(Status::Exceeded)))],
        lang: Lang::Vi,
        axis_label: "Số chỉ tiêu".into(),
    };
    assert_eq!(stacked_chart(&stacked, FRAME, &light()).marks.len(), 2);
    let bullet = BulletChart {
        title: "t".into(),
        description: "d".into(),
        value: Some(76.6),
        value_label: "76,6".into(),
        target: Some(87.0),
        target_label: "87".into(),
        bands: [43.5, 78.3, 108.75],
        axis_max: 108.75,
        status: Some(Status::NotAchieved),
        status_label: "Không đạt".into(),
        unit: "triệu đồng".into(),
        lang: Lang::Vi,
    };
    let scene = bullet_chart(&bullet, FRAME, &light());
    assert_eq!(scene.marks.iter().map(|mark| mark.key.as_str()).collect::<Vec<_>>(), ["result", "target"]);
}
