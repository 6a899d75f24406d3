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
    accessible(svg, &scene.title, &scene.description, scene.marks.is_empty())
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
