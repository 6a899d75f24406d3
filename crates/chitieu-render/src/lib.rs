//! The rendering layer: chart specifications from `chitieu_core::chart` drawn to SVG with plotters.
//!
//! Architecture invariant: rendering takes a specification and a frame and returns markup; it reads
//! no dataset, holds no state and knows nothing of the DOM. Every string that reaches the markup
//! is escaped (plotters escapes the text it draws; `escape` covers what this crate writes itself).

use chitieu_core::chart::BarChart;
use chitieu_core::i18n::status_symbol;
use chitieu_core::model::Status;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

pub mod palette;
pub use palette::{Palette, Theme};

/// The size of the drawing and the base font size, both in CSS pixels. The presentation modes
/// scale `font_px` with the screen; `scale` in the URL multiplies it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    pub width: u32,
    pub height: u32,
    pub font_px: f64,
}

/// The font stack every chart uses; the app ships the first family as a web font.
pub const FONT_FAMILY: &str = "Be Vietnam Pro, Noto Sans, DejaVu Sans, sans-serif";

/// Escapes text for HTML or SVG markup, attributes included.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}

/// Cuts `text` to at most `max_chars` characters, ending with "…" when cut, between words
/// where possible.
pub fn truncate(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_string();
    }
    let kept: String = text.chars().take(max_chars.saturating_sub(1)).collect();
    // Prefer to cut between words when that keeps at least half of the room.
    let kept = match kept.rfind(' ') {
        Some(space) if kept[..space].chars().count() * 2 >= max_chars => &kept[..space],
        _ => kept.as_str(),
    };
    format!("{}…", kept.trim_end())
}

/// Rough width of a text in pixels; plotters measures for real in the browser, this only sizes
/// the label area before drawing.
fn estimated_text_width(text: &str, font_px: f64) -> f64 {
    text.chars().count() as f64 * font_px * 0.56
}

/// Draws a horizontal bar chart to an SVG document with `role="img"`, a title and a description.
pub fn bar_chart_svg(chart: &BarChart, frame: Frame, palette: &Palette) -> String {
    let mut svg = String::new();
    {
        let root =
            SVGBackend::with_string(&mut svg, (frame.width, frame.height)).into_drawing_area();
        // Errors from the SVG string backend cannot happen (it writes to a String); a failed draw
        // leaves a partial chart rather than a panic.
        let _ = draw_bar_chart(&root, chart, frame, palette);
        let _ = root.present();
    }
    accessible_svg(svg, &chart.title, &chart.description)
}

fn draw_bar_chart<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &BarChart,
    frame: Frame,
    palette: &Palette,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    root.fill(&palette.background)?;
    let font = frame.font_px;
    let text_style = text_style_for;
    if chart.bars.is_empty() {
        let message =
            text_style(font * 1.2, &palette.muted).pos(Pos::new(HPos::Center, VPos::Center));
        root.draw(&Text::new(
            chart.description.clone(),
            (frame.width as i32 / 2, frame.height as i32 / 2),
            message,
        ))?;
        return Ok(());
    }
    let max_label_px = f64::from(frame.width) * 0.42;
    let longest_label = chart
        .bars
        .iter()
        .map(|bar| estimated_text_width(&bar.label, font))
        .fold(0.0, f64::max);
    let label_area = longest_label.min(max_label_px) + font;
    let max_label_chars = ((max_label_px / (font * 0.56)) as usize).max(8);
    let value_area = chart
        .bars
        .iter()
        .map(|bar| estimated_text_width(&bar.value_label, font))
        .fold(0.0, f64::max)
        + font;

    let n = chart.bars.len();
    let mut cartesian = ChartBuilder::on(root)
        .margin_top(font * 0.8)
        .margin_bottom(font * 0.5)
        .margin_left(font * 0.5)
        .margin_right(value_area)
        .x_label_area_size(font * 3.2)
        .y_label_area_size(label_area)
        .build_cartesian_2d(0.0..chart.axis_max, 0.0..n as f64)?;
    let tick_format = |value: &f64| chitieu_core::format::number(*value, chart.lang);
    cartesian
        .configure_mesh()
        .disable_y_mesh()
        .disable_y_axis()
        .y_labels(0)
        .x_labels(6)
        .x_label_formatter(&tick_format)
        .x_desc(chart.axis_label.clone())
        .axis_desc_style(text_style(font, &palette.text))
        .x_label_style(text_style(font, &palette.text))
        .axis_style(palette.grid)
        .light_line_style(palette.background)
        .bold_line_style(palette.grid)
        .draw()?;

    // The reference line goes first so that bars and labels are drawn over it.
    if let Some(reference) = chart
        .reference
        .filter(|reference| *reference <= chart.axis_max)
    {
        cartesian.draw_series(std::iter::once(PathElement::new(
            vec![(reference, 0.0), (reference, n as f64)],
            palette.reference.stroke_width((font / 8.0).max(1.0) as u32),
        )))?;
    }
    // Bars from the top: the first bar is drawn in the top row.
    let row_top = |index: usize| (n - index) as f64;
    for (index, bar) in chart.bars.iter().enumerate() {
        let value = bar.value.clamp(0.0, chart.axis_max);
        let colour = palette.status(bar.status);
        let top = row_top(index) - 0.18;
        let bottom = row_top(index) - 0.82;
        cartesian.draw_series(std::iter::once(Rectangle::new(
            [(0.0, bottom), (value, top)],
            colour.filled(),
        )))?;
        if bar.value > chart.axis_max {
            // A broken bar: two white slashes near its end say "longer than drawn".
            let x = chart.axis_max * 0.97;
            cartesian.draw_series(std::iter::once(Rectangle::new(
                [(x - chart.axis_max * 0.012, bottom), (x, top)],
                palette.background.filled(),
            )))?;
        }
        let (x_end, y_mid) = cartesian.backend_coord(&(value, row_top(index) - 0.5));
        let label = format!(
            "{} {}",
            status_symbol(bar.status.unwrap_or(Status::NoResult)),
            bar.value_label
        );
        // A background under the label keeps it readable where it crosses the reference line.
        let label_x = x_end + (font * 0.4) as i32;
        let half_height = (font * 0.65) as i32;
        root.draw(&Rectangle::new(
            [
                (label_x - 2, y_mid - half_height),
                (
                    label_x + estimated_text_width(&label, font) as i32,
                    y_mid + half_height,
                ),
            ],
            palette.background.filled(),
        ))?;
        root.draw(&Text::new(
            label,
            (x_end + (font * 0.4) as i32, y_mid),
            text_style(font, &palette.text).pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
        let (x_start, _) = cartesian.backend_coord(&(0.0, 0.0));
        root.draw(&Text::new(
            truncate(&bar.label, max_label_chars),
            (x_start - (font * 0.5) as i32, y_mid),
            text_style(font, &palette.text).pos(Pos::new(HPos::Right, VPos::Center)),
        ))?;
    }
    Ok(())
}

/// plotters' SVG backend writes `font-size` as the font's size divided by 1.24; this makes the
/// rendered text exactly `size_px` CSS pixels.
const PLOTTERS_FONT_SCALE: f64 = 1.24;

fn text_style_for<'a>(size_px: f64, colour: &'a RGBColor) -> TextStyle<'a> {
    TextStyle::from((FONT_FAMILY, size_px * PLOTTERS_FONT_SCALE).into_font()).color(colour)
}

/// Adds `role="img"`, `aria-label` and `<title>`/`<desc>` to an SVG document from plotters.
fn accessible_svg(svg: String, title: &str, description: &str) -> String {
    let Some(open_end) = svg.find('>') else {
        return svg;
    };
    let (open, rest) = svg.split_at(open_end);
    let open = open.replacen(
        "<svg ",
        &format!(
            "<svg role=\"img\" aria-label=\"{}\" class=\"chart\" ",
            escape(title)
        ),
        1,
    );
    format!(
        "{open}><title>{}</title><desc>{}</desc>{}",
        escape(title),
        escape(description),
        &rest[1..]
    )
}

#[cfg(test)]
mod tests;
