//! Structure and escaping of rendered SVG (not pixel positions: native text metrics are estimates).

use super::*;
use chitieu_core::chart::Bar;
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
                value_label: format!("{} %", 150 - index * 40),
                status: Some(if index == 0 {
                    Status::Exceeded
                } else {
                    Status::NotAchieved
                }),
            })
            .collect(),
        reference: Some(100.0),
        axis_max: 200.0,
        lang: Lang::Vi,
    }
}

const FRAME: Frame = Frame {
    width: 960,
    height: 540,
    font_px: 16.0,
};

#[test]
fn a_bar_chart_is_an_accessible_image_with_title_and_description() {
    let svg = bar_chart_svg(
        &chart(&["Thu nhập", "Giá trị sản xuất"]),
        FRAME,
        &Palette::for_theme(Theme::Light),
    );
    assert!(
        svg.starts_with("<svg role=\"img\" aria-label=\"Bến Sung, 2020-2025: % mục tiêu\""),
        "{}",
        &svg[..200]
    );
    assert!(svg.contains("<title>Bến Sung, 2020-2025: % mục tiêu</title><desc>Câu mô tả</desc>"));
    assert!(
        svg.contains(">\nThu nhập\n<") || svg.contains(">Thu nhập<"),
        "label drawn"
    );
    assert!(svg.contains("▲ 150 %"), "status symbol beside the value");
}

#[test]
fn one_rectangle_per_bar_is_drawn() {
    let colour = |rgb: plotters::style::RGBColor| {
        format!("fill=\"#{:02X}{:02X}{:02X}\"", rgb.0, rgb.1, rgb.2)
    };
    let palette = Palette::for_theme(Theme::Light);
    let svg = bar_chart_svg(&chart(&["a", "b", "c"]), FRAME, &palette);
    assert_eq!(svg.matches(&colour(palette.exceeded)).count(), 1);
    assert_eq!(svg.matches(&colour(palette.not_achieved)).count(), 2);
}

#[test]
fn tick_labels_are_formatted_the_vietnamese_way() {
    let mut wide = chart(&["a"]);
    wide.axis_max = 2500.0;
    let svg = bar_chart_svg(&wide, FRAME, &Palette::for_theme(Theme::Light));
    assert!(
        svg.contains("1.000") || svg.contains("2.000"),
        "thousands with a dot"
    );
}

#[test]
fn hostile_text_in_every_string_is_escaped() {
    let hostile = [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "\"><svg onload=alert(1)>",
    ];
    for text in hostile {
        let mut spec = chart(&[text]);
        spec.title = text.into();
        spec.description = text.into();
        spec.axis_label = text.into();
        spec.bars[0].value_label = text.into();
        let svg = bar_chart_svg(&spec, FRAME, &Palette::for_theme(Theme::Dark));
        assert!(!svg.contains("<script"), "{svg}");
        assert!(!svg.contains("<img"), "{svg}");
        assert!(!svg.contains("<svg onload"), "{svg}");
        assert!(!svg.contains("\"><svg"), "{svg}");
    }
}

#[test]
fn long_labels_are_truncated_with_an_ellipsis() {
    assert_eq!(
        truncate("Tỉ lệ dân số được sử dụng nguồn nước hợp vệ sinh", 12),
        "Tỉ lệ dân…"
    );
    assert_eq!(truncate("ngắn", 12), "ngắn");
    assert_eq!(truncate("Tỉlệdânsốđượcsửdụng", 8), "Tỉlệdân…");
}

#[test]
fn an_empty_chart_shows_its_sentence_instead_of_bars() {
    let mut spec = chart(&[]);
    spec.description = "Chưa có chỉ tiêu".into();
    let svg = bar_chart_svg(&spec, FRAME, &Palette::for_theme(Theme::Light));
    assert!(svg.contains("Chưa có chỉ tiêu"));
}

#[test]
fn text_is_drawn_at_the_frame_font_size() {
    let svg = bar_chart_svg(&chart(&["a"]), FRAME, &Palette::for_theme(Theme::Light));
    assert!(svg.contains("font-size=\"16\""), "{}", &svg[..600]);
}
