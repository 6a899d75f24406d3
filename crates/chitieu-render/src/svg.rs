//! Draws a scene to SVG with plotters, and makes it an accessible image.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::scene::{Anchor, Scene, Shape};
use crate::{escape, FONT_FAMILY};

/// plotters' SVG backend writes `font-size` as the font's size divided by 1.24; this makes the
/// rendered text exactly the size asked for, in CSS pixels.
const PLOTTERS_FONT_SCALE: f64 = 1.24;

/// The scene as an SVG document with `role="img"`, `aria-label`, `<title>` and `<desc>`.
pub fn scene_svg(scene: &Scene) -> String {
    let mut svg = String::new();
    {
        let size = (scene.width.round().max(1.0) as u32, scene.height.round().max(1.0) as u32);
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        // The string backend cannot fail; a failed draw would leave a partial chart, not a panic.
        let _ = draw(&root, scene);
        let _ = root.present();
    }
    accessible(merge_lines(&svg), &scene.title, &scene.description, scene.marks.is_empty())
}

/// Runs of straight lines of one style as one `<path>` each: plotters writes every line as a
/// `<polyline>` of its own, and a bar's stripes are dozens of lines (a ranking of 25 indicators had
/// 1,280 of them, most of its 150 KB of markup and of the browser's work to show it).
fn merge_lines(svg: &str) -> String {
    let mut merged = String::with_capacity(svg.len());
    // The style (the attributes before `points`) of the path being written, if one is.
    let mut open = "";
    for line in svg.split_inclusive('\n') {
        let segment = line.strip_prefix("<polyline ").and_then(|rest| {
            let (style, points) = rest.split_once(" points=\"")?;
            let (from, to) = points.strip_suffix(" \"/>\n")?.split_once(' ')?;
            (!to.contains(' ')).then_some((style, from, to))
        });
        let style = segment.map_or("", |(style, _, _)| style);
        if style != open {
            if !open.is_empty() {
                merged.push_str("\"/>\n");
            }
            if !style.is_empty() {
                merged.push_str("<path ");
                merged.push_str(style);
                merged.push_str(" d=\"");
            }
            open = style;
        }
        match segment {
            Some((_, from, to)) => {
                merged.push('M');
                merged.push_str(from);
                merged.push('L');
                merged.push_str(to);
            }
            None => merged.push_str(line),
        }
    }
    if !open.is_empty() {
        merged.push_str("\"/>\n");
    }
    merged
}

fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, plotters::coord::Shift>,
    scene: &Scene,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    root.fill(&scene.background)?;
    let point = |x: f64, y: f64| (x.round() as i32, y.round() as i32);
    for shape in &scene.shapes {
        match shape {
            Shape::Rect { x, y, width, height, fill } => {
                root.draw(&Rectangle::new([point(*x, *y), point(x + width, y + height)], fill.filled()))?;
            }
            Shape::Line { from, to, colour, width } => {
                let style = colour.stroke_width(width.round().max(1.0) as u32);
                root.draw(&PathElement::new(vec![point(from.0, from.1), point(to.0, to.1)], style))?;
            }
            Shape::Text { x, y, text, size, colour, anchor, bold } => {
                let font = (FONT_FAMILY, size * PLOTTERS_FONT_SCALE).into_font();
                let font = if *bold { font.style(FontStyle::Bold) } else { font };
                let h_pos = match anchor {
                    Anchor::Start => HPos::Left,
                    Anchor::Middle => HPos::Center,
                    Anchor::End => HPos::Right,
                };
                let style = TextStyle::from(font).color(colour).pos(Pos::new(h_pos, VPos::Center));
                root.draw(&Text::new(text.clone(), point(*x, *y), style))?;
            }
        }
    }
    Ok(())
}

/// An SVG with nothing drawn (a filter that keeps nothing) is of class "empty": the page offers
/// no table and no downloads for it.
fn accessible(svg: String, title: &str, description: &str, empty: bool) -> String {
    let Some(open_end) = svg.find('>') else {
        return svg;
    };
    let (open, rest) = svg.split_at(open_end);
    let class = if empty { "chart empty" } else { "chart" };
    let attributes = format!("<svg role=\"img\" aria-label=\"{}\" class=\"{class}\" ", escape(title));
    let open = open.replacen("<svg ", &attributes, 1);
    format!("{open}><title>{}</title><desc>{}</desc>{}", escape(title), escape(description), &rest[1..])
}
