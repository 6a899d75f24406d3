//! Layouts: each chart specification becomes a scene. One shape for all of them: frame → margins
//! → plot area → axis → marks → labels, and a hit region for every mark.

use chitieu_core::chart::{BandQuality, Bar, BarChart, BulletChart, Colour, ColumnChart, Dot, DotChart, StackedChart};
use chitieu_core::format;
use chitieu_core::i18n::status_symbol;
use chitieu_core::model::Status;
use plotters::style::RGBColor;

use crate::axis::nice_ticks;
use crate::palette::Palette;
use crate::scene::{fit_width, text_width, wrap, Anchor, Scene};
use crate::{truncate, Frame};

/// A status mark: its colour, and its pattern, so that no status is told by colour alone (a
/// grey print, a colour-blind reader): exceeded and achieved solid (dark and mid), not achieved
/// in rising stripes, not yet due in falling ones, no result in level ones, no target
/// cross-hatched. The stripes are of the background colour; a series colour is solid.
fn status_fill(
    scene: &mut Scene,
    palette: &Palette,
    colour: Colour,
    (x, y, width, height): (f64, f64, f64, f64),
    font: f64,
) {
    scene.rect(x, y, width, height, palette.colour(colour));
    let slopes: &[i8] = match colour {
        Colour::Status(Some(Status::NotAchieved)) => &[1],
        Colour::Status(Some(Status::NotYetDue)) => &[-1],
        Colour::Status(Some(Status::NoResult)) => &[0],
        Colour::Status(None) => &[1, -1],
        _ => &[],
    };
    let (step, stroke) = ((font * 0.5).max(4.0), (font * 0.1).max(1.0));
    let (right, bottom) = (x + width.max(0.0), y + height.max(0.0));
    for &slope in slopes {
        // Lines x + y = c (rising), x - y = c (falling) or y = c (level), cut to the rectangle.
        let (first, last) = match slope {
            1 => (x + y, right + bottom),
            -1 => (x - bottom, right - y),
            _ => (y, bottom),
        };
        let mut c = first + step / 2.0;
        while c < last {
            let (from, to) = match slope {
                1 => ((x.max(c - bottom), 0.0), (right.min(c - y), 0.0)),
                -1 => ((x.max(c + y), 0.0), (right.min(c + bottom), 0.0)),
                _ => ((x, c), (right, c)),
            };
            let (from, to) = match slope {
                1 => ((from.0, c - from.0), (to.0, c - to.0)),
                -1 => ((from.0, from.0 - c), (to.0, to.0 - c)),
                _ => (from, to),
            };
            if to.0 - from.0 >= stroke {
                scene.line(from, to, palette.background, stroke);
            }
            c += step;
        }
    }
}

/// A text inside a status mark sits on a box of the mark's own colour, clear of its stripes.
fn on_mark(scene: &mut Scene, (x, y): (f64, f64), text: String, font: f64, colour: RGBColor) {
    let width = text_width(&text, font) + font * 0.3;
    scene.rect(x - width / 2.0, y - font * 0.65, width, font * 1.3, colour);
    scene.text(x, y, text, font, text_on(colour), Anchor::Middle);
}

/// White or black, whichever contrasts more with `background` (WCAG relative luminance): one of
/// them always reaches 4.58:1.
fn text_on(background: RGBColor) -> RGBColor {
    let dark = RGBColor(0, 0, 0);
    if contrast(background, RGBColor(255, 255, 255)) >= contrast(background, dark) {
        RGBColor(255, 255, 255)
    } else {
        dark
    }
}

/// The WCAG contrast ratio of two colours, from 1 to 21.
pub fn contrast(one: RGBColor, other: RGBColor) -> f64 {
    fn luminance(RGBColor(r, g, b): RGBColor) -> f64 {
        let linear = |channel: u8| {
            let value = f64::from(channel) / 255.0;
            if value <= 0.04045 {
                value / 12.92
            } else {
                ((value + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    }
    let (a, b) = (luminance(one) + 0.05, luminance(other) + 0.05);
    a.max(b) / a.min(b)
}

/// A chart with nothing to draw shows its sentence in the middle instead, wrapped to its width.
fn show_empty(scene: &mut Scene, description: &str, font: f64, palette: &Palette) {
    let size = font * 1.1;
    let lines = crate::scene::wrap(description, size, scene.width - 2.0 * font);
    let x = scene.width / 2.0;
    let mut y = (scene.height - (lines.len() as f64 - 1.0) * size * 1.3) / 2.0;
    for line in lines {
        scene.text(x, y, line, size, palette.muted, Anchor::Middle);
        y += size * 1.3;
    }
}

/// A linear map from a value axis (`min..max`, which includes 0) to pixels (`start..end`); values
/// outside the axis are held at its ends, so nothing is drawn outside the plot.
#[derive(Debug, Clone, Copy)]
struct ValueScale {
    min: f64,
    max: f64,
    start_px: f64,
    end_px: f64,
}

impl ValueScale {
    fn new((min, max): (f64, f64), (start_px, end_px): (f64, f64)) -> ValueScale {
        let (min, max) = if min.is_finite() && max.is_finite() && max > min { (min, max) } else { (0.0, 1.0) };
        ValueScale { min, max, start_px, end_px }
    }
    /// The pixel position of `value`, held within the axis.
    fn px(&self, value: f64) -> f64 {
        let held = value.clamp(self.min, self.max);
        // An axis wider than the largest float (-2,5e307 to 1,25e308) is measured in halves, so
        // that the share along it stays finite.
        let share = if (self.max - self.min).is_finite() {
            (held - self.min) / (self.max - self.min)
        } else {
            (held / 2.0 - self.min / 2.0) / (self.max / 2.0 - self.min / 2.0)
        };
        self.start_px + (self.end_px - self.start_px) * share
    }
    /// The pixel position of zero, where bars and columns start.
    fn zero_px(&self) -> f64 {
        self.px(0.0)
    }
    /// About one tick per `spacing_px`, at nice numbers, on both sides of zero.
    fn ticks(&self, spacing_px: f64) -> Vec<f64> {
        let count = ((self.end_px - self.start_px).abs() / spacing_px).clamp(2.0, 10.0) as usize;
        nice_ticks(self.min, self.max, count)
    }
}

/// Ticks along a horizontal value axis, with grid lines from `top` to `bottom`.
fn horizontal_axis(
    scene: &mut Scene,
    palette: &Palette,
    scale: &ValueScale,
    (top, bottom): (f64, f64),
    font: f64,
    lang: chitieu_core::Lang,
    whole: bool,
) {
    // Counts (how many indicators) have no fractional ticks: "0,5 chỉ tiêu" means nothing.
    for tick in scale.ticks(font * 6.0).into_iter().filter(|tick| !whole || tick.fract() == 0.0) {
        let x = scale.px(tick);
        scene.line((x, top), (x, bottom), palette.grid, 1.0);
        scene.text(x, bottom + font * 0.9, format::number(tick, lang), font, palette.text, Anchor::Middle);
    }
}

/// `text` in at most two lines of `width`, the second cut with "…" when it does not fit.
fn two_lines(text: &str, font: f64, width: f64) -> Vec<String> {
    let mut lines = wrap(text, font, width);
    if lines.len() > 2 {
        let rest = lines[1..].join(" ");
        lines.truncate(1);
        lines.push(fit_width(&rest, font, width).unwrap_or_default());
    }
    lines
}

/// Below this width (CSS pixels: a phone; slides are never this narrow) a bar chart whose names
/// would be cut puts them above the bars.
const LABELS_ABOVE_BELOW_PX: f64 = 640.0;

/// Horizontal bars: ranking by % of target, or localities compared.
pub fn bar_chart(chart: &BarChart, frame: Frame, palette: &Palette) -> Scene {
    let font = frame.font_px;
    let pad = font * 0.6;
    // On a narrow frame (a phone) whose names would be cut, each name goes above its bar, across
    // the whole width, rather than in a column beside the bars where every name would be cut to the
    // same few words.
    let max_label = frame.width * 0.38;
    let labels_above =
        frame.width < LABELS_ABOVE_BELOW_PX && chart.bars.iter().any(|bar| text_width(&bar.label, font) > max_label);
    // Above the bars a name has the whole width and up to two lines.
    let name_lines: Vec<Vec<String>> = if labels_above {
        chart.bars.iter().map(|bar| two_lines(&bar.label, font, frame.width - 2.0 * pad)).collect()
    } else {
        Vec::new()
    };
    let lines = name_lines.iter().map(Vec::len).max().unwrap_or(0) as f64;
    // Beside the bars, a name longer than its column takes two lines rather than being cut, and
    // every row gets the room for them.
    let wrap_beside = !labels_above && chart.bars.iter().any(|bar| text_width(&bar.label, font) > max_label);
    let row = font
        * if labels_above {
            2.1 + 1.3 * lines
        } else if wrap_beside {
            2.7
        } else {
            2.1
        };
    // Where the bar sits in its row: its top and its height.
    let (bar_top, bar_height) =
        if labels_above { (font * (0.35 + 1.3 * lines), font * 1.4) } else { (row * 0.16, row * 0.68) };
    let n = chart.bars.len();
    let height = pad * 2.0 + n.max(1) as f64 * row + font * 3.6;
    let mut scene = Scene::new(frame.width, height, palette.background, &chart.title, &chart.description);
    if n == 0 {
        show_empty(&mut scene, &chart.description, font, palette);
        return scene;
    }
    let symbol = |bar: &Bar| if bar.contested { "?" } else { status_symbol(bar.status.unwrap_or(Status::NoResult)) };
    let full_labels: Vec<String> =
        chart.bars.iter().map(|bar| format!("{} {}", symbol(bar), bar.value_with_status())).collect();
    let widest = full_labels.iter().map(|label| text_width(label, font)).fold(0.0, f64::max);
    // On narrow screens the status words go; the symbol still tells the status, except for a
    // contested bar, whose "?" keeps two words of why.
    let value_labels: Vec<String> = if widest > frame.width * 0.3 {
        let contested = chart.lang.pick("nguồn mâu thuẫn", "contradictory source");
        chart
            .bars
            .iter()
            .map(|bar| match bar.contested {
                true => format!("? {} · {contested}", bar.value_text),
                false => format!("{} {}", symbol(bar), bar.value_text),
            })
            .collect()
    } else {
        full_labels
    };
    let label_width = if labels_above {
        -font * 0.6
    } else {
        chart.bars.iter().map(|bar| text_width(&bar.label, font)).fold(0.0, f64::max).min(max_label)
    };
    let max_label_chars = ((max_label / (font * 0.58)) as usize).max(8);
    let value_width =
        value_labels.iter().map(|label| text_width(label, font)).fold(0.0, f64::max).min(frame.width * 0.3);
    let x0 = pad + label_width + font * 0.6;
    let x1 = (frame.width - pad - value_width - font * 0.6).max(x0 + font * 4.0);
    let top = pad;
    let bottom = top + n as f64 * row;
    let scale = ValueScale::new((chart.axis_min.min(0.0), chart.axis_max.max(0.0)), (x0, x1));
    let zero = scale.zero_px();

    horizontal_axis(&mut scene, palette, &scale, (top, bottom), font, chart.lang, false);
    scene.line((zero, top), (zero, bottom), palette.text, 1.0);
    scene.text((x0 + x1) / 2.0, bottom + font * 2.5, chart.axis_label.clone(), font, palette.text, Anchor::Middle);
    // The reference line goes first so that bars and labels are drawn over it.
    if let Some(reference) = chart.reference.filter(|reference| (scale.min..=scale.max).contains(reference)) {
        let x = scale.px(reference);
        scene.line((x, top - pad * 0.5), (x, bottom), palette.reference, (font / 8.0).max(2.0));
    }
    for (index, (bar, value_label)) in chart.bars.iter().zip(value_labels).enumerate() {
        let y = top + index as f64 * row;
        let middle = y + bar_top + bar_height / 2.0;
        let end = scale.px(bar.value);
        // From the zero line to the value: to the right when positive, to the left when negative.
        let extent = (zero.min(end), y + bar_top, (end - zero).abs(), bar_height);
        status_fill(&mut scene, palette, Colour::Status(bar.status), extent, font);
        if bar.contested {
            // Broken up by gaps: the source's two figures leave the status open.
            let mut gap = zero.min(end) + font * 0.6;
            while gap < zero.max(end) - font * 0.3 {
                scene.rect(gap, y + bar_top, font * 0.3, bar_height, palette.background);
                gap += font * 0.9;
            }
        }
        let (gap_top, gap_height) = (y + bar_top - bar_height * 0.1, bar_height * 1.2);
        if bar.value > scale.max {
            // A broken bar: a gap near its end says "longer than drawn".
            scene.rect(end - font * 1.4, gap_top, font * 0.35, gap_height, palette.background);
        } else if bar.value < scale.min {
            scene.rect(end + font * 1.05, gap_top, font * 0.35, gap_height, palette.background);
        }
        // The value follows the end of a positive bar; a negative bar's value sits just right of
        // the zero line, where its row is empty, so it never meets the category labels.
        let label_x = if bar.value < 0.0 { zero } else { end };
        scene.rect(
            label_x + font * 0.3,
            middle - font * 0.7,
            text_width(&value_label, font) + font * 0.2,
            font * 1.4,
            palette.background,
        );
        scene.text(label_x + font * 0.4, middle, value_label.clone(), font, palette.text, Anchor::Start);
        if labels_above {
            for (line_index, line) in name_lines[index].iter().enumerate() {
                let line_y = y + font * (0.85 + 1.3 * line_index as f64);
                // On the page's colour, so that the grid and reference lines do not run through it.
                scene.rect(
                    pad,
                    line_y - font * 0.65,
                    text_width(line, font) + font * 0.2,
                    font * 1.3,
                    palette.background,
                );
                scene.text(pad, line_y, line.clone(), font, palette.text, Anchor::Start);
            }
        } else if wrap_beside && text_width(&bar.label, font) > max_label {
            let lines = two_lines(&bar.label, font, max_label);
            let first = middle - (lines.len() as f64 - 1.0) * font * 0.6;
            for (index, line) in lines.into_iter().enumerate() {
                scene.text(x0 - font * 0.6, first + index as f64 * font * 1.2, line, font, palette.text, Anchor::End);
            }
        } else {
            scene.text(x0 - font * 0.6, middle, truncate(&bar.label, max_label_chars), font, palette.text, Anchor::End);
        }
        let tooltip = format!("{}: {}", bar.label, bar.value_with_status());
        scene.mark(&bar.key, tooltip, pad, y, frame.width - 2.0 * pad, row);
    }
    scene
}

/// Stacked horizontal bars with a legend: statuses per domain, or composition parts per term.
pub fn stacked_chart(chart: &StackedChart, frame: Frame, palette: &Palette) -> Scene {
    let font = frame.font_px;
    let pad = font * 0.6;
    let row = font * 2.4;
    // The legend wraps onto as many lines as it needs.
    let mut legend_lines: Vec<Vec<(String, Colour, f64)>> = vec![Vec::new()];
    let mut line_width = 0.0;
    for (label, colour) in &chart.legend {
        let width = font * 1.6 + text_width(label, font) + font;
        if line_width + width > frame.width - 2.0 * pad && !legend_lines.last().is_some_and(Vec::is_empty) {
            legend_lines.push(Vec::new());
            line_width = 0.0;
        }
        legend_lines.last_mut().expect("one line").push((label.clone(), *colour, line_width));
        line_width += width;
    }
    let legend_height = legend_lines.len() as f64 * font * 1.8;
    let n = chart.rows.len();
    let height = pad * 2.0 + legend_height + n.max(1) as f64 * row + font * 3.6;
    let mut scene = Scene::new(frame.width, height, palette.background, &chart.title, &chart.description);
    for (line_index, line) in legend_lines.iter().enumerate() {
        let y = pad + line_index as f64 * font * 1.8 + font * 0.7;
        for (label, colour, offset) in line {
            status_fill(&mut scene, palette, *colour, (pad + offset, y - font * 0.5, font, font), font);
            scene.text(pad + offset + font * 1.4, y, label.clone(), font, palette.text, Anchor::Start);
        }
    }
    if n == 0 {
        show_empty(&mut scene, &chart.description, font, palette);
        return scene;
    }
    let max_label = frame.width * 0.3;
    let label_width = chart.rows.iter().map(|row| text_width(&row.label, font)).fold(0.0, f64::max).min(max_label);
    let max_label_chars = ((max_label / (font * 0.58)) as usize).max(8);
    let x0 = pad + label_width + font * 0.6;
    let x1 = frame.width - pad - font;
    let top = pad + legend_height + font * 0.4;
    let bottom = top + n as f64 * row;
    let max_total = chart
        .rows
        .iter()
        .map(|row| row.segments.iter().map(|segment| segment.value).sum::<f64>())
        .fold(0.0, f64::max)
        .max(1.0);
    // The axis ends on a tick at or past the longest bar (20 for a bar of 18, not 15 and a bar
    // running on past the last number).
    let max_total = match ValueScale::new((0.0, max_total), (x0, x1)).ticks(font * 6.0)[..] {
        [first, second, ..] => ((max_total / (second - first) - 1e-9).ceil() * (second - first)).min(f64::MAX),
        _ => max_total,
    };
    let scale = ValueScale::new((0.0, max_total), (x0, x1));
    if chart.value_axis {
        let whole = chart.rows.iter().flat_map(|row| &row.segments).all(|segment| segment.value.fract() == 0.0);
        horizontal_axis(&mut scene, palette, &scale, (top, bottom), font, chart.lang, whole);
        scene.text((x0 + x1) / 2.0, bottom + font * 2.5, chart.axis_label.clone(), font, palette.text, Anchor::Middle);
    }
    for (index, stacked) in chart.rows.iter().enumerate() {
        let y = top + index as f64 * row;
        let middle = y + row / 2.0;
        // A long domain name takes two lines beside its bar rather than being cut ("Xây dựng
        // Đảng và…" on a slide at scale 1.5: outside tester).
        let lines = match text_width(&stacked.label, font) > max_label {
            true => two_lines(&stacked.label, font, max_label),
            false => vec![stacked.label.clone()],
        };
        let first = middle - (lines.len() as f64 - 1.0) * font * 0.6;
        for (line_index, line) in lines.into_iter().enumerate() {
            let line = truncate(&line, max_label_chars);
            scene.text(x0 - font * 0.6, first + line_index as f64 * font * 1.2, line, font, palette.text, Anchor::End);
        }
        let mut start = x0;
        for segment in &stacked.segments {
            let width = (x1 - x0) * segment.value / max_total;
            let colour = palette.colour(segment.colour);
            status_fill(&mut scene, palette, segment.colour, (start, y + row * 0.14, width, row * 0.72), font);
            // A thin gap between segments keeps them apart without relying on colour.
            scene.rect(start + width - 1.0, y + row * 0.14, 2.0, row * 0.72, palette.background);
            // A status's count carries its symbol where it fits ("▲ 6"): the colour is not alone.
            let number = format::number(segment.value, chart.lang);
            let inside = match (&segment.inner_text, segment.colour) {
                (Some(text), _) => text.clone(),
                (None, Colour::Status(Some(status))) => {
                    let with_symbol = format!("{} {number}", status_symbol(status));
                    if text_width(&with_symbol, font) <= width - font * 0.6 {
                        with_symbol
                    } else {
                        number
                    }
                }
                (None, _) => number,
            };
            // Too long for its segment (a grade's name on a slide): shortened with "…", never
            // dropped; a short count that fits is drawn as it is.
            let room = width - font * 0.6;
            let fitted = if text_width(&inside, font) <= room { Some(inside) } else { fit_width(&inside, font, room) };
            if let Some(inside) = fitted {
                on_mark(&mut scene, (start + width / 2.0, middle), inside, font, colour);
            }
            scene.mark(&stacked.key, format!("{} — {}", stacked.label, segment.value_label), start, y, width, row);
            start += width;
        }
    }
    scene
}

/// A bullet graph: bands behind, the result as a bar, the target as a marker.
pub fn bullet_chart(chart: &BulletChart, frame: Frame, palette: &Palette) -> Scene {
    let font = frame.font_px;
    let pad = font * 0.6;
    // A legend line for the value expected by now, when there is one, and one for the bands.
    let extra_lines = f64::from(u8::from(chart.expected.is_some()) + u8::from(!chart.bands.is_empty()));
    let height = font * (11.0 + 1.7 * extra_lines);
    let mut scene = Scene::new(frame.width, height, palette.background, &chart.title, &chart.description);
    let x0 = pad + font;
    let x1 = frame.width - pad - font * 2.0;
    let top = pad + font * 0.5;
    let band_height = font * 3.2;
    let bottom = top + band_height;
    let scale = ValueScale::new((chart.axis_min.min(0.0), chart.axis_max.max(0.0)), (x0, x1));
    let zero = scale.zero_px();
    if chart.bands.is_empty() {
        // Nothing to judge by: a plain track.
        scene.rect(x0, top, x1 - x0, band_height, palette.bands[2]);
    }
    for band in &chart.bands {
        let colour = match band.quality {
            BandQuality::Poor => palette.bands[0],
            BandQuality::Fair => palette.bands[1],
            BandQuality::Good => palette.bands[2],
        };
        let (start, end) = (scale.px(band.from), scale.px(band.to));
        scene.rect(start.min(end), top, (end - start).abs(), band_height, colour);
    }
    for tick in scale.ticks(font * 6.0) {
        let x = scale.px(tick);
        scene.line((x, bottom), (x, bottom + font * 0.3), palette.text, 1.0);
        scene.text(x, bottom + font * 0.9, format::number(tick, chart.lang), font, palette.text, Anchor::Middle);
    }
    if scale.min < 0.0 {
        scene.line((zero, top), (zero, bottom), palette.text, 1.0);
    }
    scene.text((x0 + x1) / 2.0, bottom + font * 2.3, chart.unit.clone(), font, palette.text, Anchor::Middle);
    let legend_y = bottom + font * 3.9;
    let symbol = status_symbol(chart.status.unwrap_or(Status::NoResult));
    let (result_word, target_word) = (chart.lang.pick("Kết quả", "Result"), chart.lang.pick("Mục tiêu", "Target"));
    // "No result" already says there is none: the status then stands in for the result's words,
    // rather than "Result: none yet – No result".
    let result_line = if chart.status == Some(Status::NoResult) && chart.value.is_none() {
        format!("{result_word}: {symbol} {}", chart.status_label)
    } else {
        format!("{result_word}: {}  {symbol} {}", chart.value_label, chart.status_label)
    };
    let legend_width = frame.width - x0 - font * 1.6 - pad;
    // On a narrow frame (a phone) the status takes a line of its own rather than being cut off
    // the result's; the lines under it move down by one.
    let mut result_lines = vec![result_line.clone()];
    if let Some((result, status)) =
        result_line.split_once("  ").filter(|_| text_width(&result_line, font) > legend_width)
    {
        result_lines = wrap(status, font, legend_width);
        result_lines.insert(0, result.to_string());
    }
    let shift = (result_lines.len() - 1) as f64 * font * 1.7;
    if let Some(value) = chart.value {
        let end = scale.px(value);
        // From zero to the result: to the left of the zero line when the result is negative.
        let extent = (zero.min(end), top + band_height * 0.3, (end - zero).abs(), band_height * 0.4);
        status_fill(&mut scene, palette, Colour::Status(chart.status), extent, font);
        let mark_width = (end - zero).abs().max(font);
        let mark_x = if end < zero { zero - mark_width } else { zero };
        scene.mark("result", chart.value_label.clone(), mark_x, top, mark_width, band_height);
    }
    if let Some(target) = chart.target {
        let x = scale.px(target);
        scene.rect(x - font * 0.15, top + band_height * 0.1, font * 0.3, band_height * 0.8, palette.target);
        scene.mark("target", chart.target_label.clone(), x - font * 0.5, top, font, band_height);
    }
    if let Some((expected, label)) = &chart.expected {
        // The path's value by now: a thin full-height line, told apart from the target's thick one.
        let x = scale.px(*expected);
        scene.rect(x - font * 0.06, top - font * 0.3, font * 0.12, band_height + font * 0.6, palette.text);
        scene.mark("expected", label.clone(), x - font * 0.5, top, font, band_height);
        scene.rect(x0 + font * 0.54, legend_y + shift + font * 2.8, font * 0.12, font * 1.2, palette.text);
        let label = fit_width(label, font, frame.width - x0 - font * 2.2).unwrap_or_default();
        scene.text(x0 + font * 1.6, legend_y + shift + font * 3.4, label, font, palette.text, Anchor::Start);
    }
    status_fill(
        &mut scene,
        palette,
        Colour::Status(chart.status),
        (x0, legend_y - font * 0.2, font * 1.2, font * 0.4),
        font,
    );
    // A legend line still longer than the frame (a large `scale`) is shortened with "…"; the
    // sentence under the chart says it in full.
    for (index, line) in result_lines.iter().enumerate() {
        let line = fit_width(line, font, legend_width).unwrap_or_default();
        scene.text(x0 + font * 1.6, legend_y + index as f64 * font * 1.7, line, font, palette.text, Anchor::Start);
    }
    // The target's swatch only when its marker is drawn ("Mục tiêu: không nêu" has none).
    if chart.target.is_some() {
        scene.rect(x0 + font * 0.45, legend_y + shift + font * 1.1, font * 0.3, font * 1.2, palette.target);
    }
    let target_line = format!("{target_word}: {}", chart.target_label);
    scene.text(
        x0 + font * 1.6,
        legend_y + shift + font * 1.7,
        fit_width(&target_line, font, legend_width).unwrap_or_default(),
        font,
        palette.text,
        Anchor::Start,
    );
    scene.height += shift;
    if !chart.bands.is_empty() {
        let line_y = legend_y + shift + font * if chart.expected.is_some() { 5.1 } else { 3.4 };
        let lines = band_legend_line(&mut scene, chart, (x0, line_y), frame.width - pad, font, palette);
        scene.height += (lines - 1) as f64 * font * 1.7;
    }
    scene
}

/// The bands' legend: "Nền:", then each band drawn, in the order drawn (a lower-is-better
/// indicator's good band comes first), with its swatch (outlined: the bands are pale) and words;
/// a band that does not fit on the line goes on the next (a phone). Returns the lines used.
fn band_legend_line(
    scene: &mut Scene,
    chart: &BulletChart,
    (x, mut y): (f64, f64),
    right: f64,
    font: f64,
    palette: &Palette,
) -> usize {
    let [heading, poor, fair, good] = chitieu_core::chart::band_legend(chart.lang);
    scene.text(x, y, heading.clone(), font, palette.text, Anchor::Start);
    let start = x + text_width(&heading, font) + font * 0.6;
    let mut x = start;
    let mut lines = 1;
    let mut drawn: Vec<BandQuality> = Vec::new();
    for band in &chart.bands {
        if !drawn.contains(&band.quality) {
            drawn.push(band.quality);
        }
    }
    for quality in drawn {
        let (colour, words) = match quality {
            BandQuality::Poor => (palette.bands[0], poor.clone()),
            BandQuality::Fair => (palette.bands[1], fair.clone()),
            BandQuality::Good => (palette.bands[2], good.clone()),
        };
        let width = font * 1.6 + text_width(&words, font);
        if x + width > right && x > start {
            (x, y, lines) = (start, y + font * 1.7, lines + 1);
        }
        scene.rect(x, y - font * 0.75, font * 1.2, font * 0.9, palette.text);
        scene.rect(x + 1.0, y - font * 0.75 + 1.0, font * 1.2 - 2.0, font * 0.9 - 2.0, colour);
        scene.text(x + font * 1.6, y, words, font, palette.text, Anchor::Start);
        x += width + font * 0.9;
    }
    lines
}

/// Vertical columns per term or period, with the target as a marker on each.
/// A column's name in one line when it fits `width`, else in two (the second shortened with "…"
/// where it is still too long).
fn label_lines(label: &str, font: f64, width: f64) -> Vec<String> {
    let characters = ((width / (font * 0.58)) as usize).max(6);
    let mut lines = wrap(label, font, width);
    if lines.len() > 2 {
        lines[1] = lines[1..].join(" ");
        lines.truncate(2);
    }
    lines.iter().map(|line| truncate(line, characters)).collect()
}

pub fn column_chart(chart: &ColumnChart, frame: Frame, palette: &Palette) -> Scene {
    let font = frame.font_px;
    let pad = font * 0.6;
    // The ticks depend on the values alone: they set where the columns start.
    let mut values = ValueScale::new((chart.axis_min.min(0.0), chart.axis_max.max(0.0)), (0.0, 1.0));
    let mut ticks = nice_ticks(values.min, values.max, 5);
    // The axis ends on a tick above the highest column or marker (a target of 108 under the tick
    // 125, not floating over an axis that stops at 100).
    if let [.., before, last] = ticks[..] {
        // (Not past the largest number there is: a value near it keeps its own end.)
        let next = 2.0 * last - before;
        if last < values.max && next.is_finite() {
            ticks.push(next);
            values.max = next;
        }
    }
    let tick_width = ticks.iter().map(|tick| text_width(&format::number(*tick, chart.lang), font)).fold(0.0, f64::max);
    let x0 = pad + tick_width + font * 0.8;
    let x1 = frame.width - pad;
    let n = chart.columns.len().max(1);
    let slot = (x1 - x0) / n as f64;
    // Each column's name under it (a province's 20 communes side by side: a name too long for
    // one line takes two, and the chart grows by a line).
    let names: Vec<Vec<String>> =
        chart.columns.iter().map(|column| label_lines(&column.label, font, slot - font * 0.4)).collect();
    let extra = if names.iter().any(|lines| lines.len() > 1) { font * 1.2 } else { 0.0 };
    let height = font * 20.0 + extra;
    let mut scene = Scene::new(frame.width, height, palette.background, &chart.title, &chart.description);
    let top = pad + font * 2.5;
    let bottom = height - pad - font * 4.6 - extra;
    let scale = ValueScale { start_px: bottom, end_px: top, ..values };
    let zero = scale.zero_px();
    for tick in &ticks {
        let y = scale.px(*tick);
        scene.line((x0, y), (x1, y), palette.grid, 1.0);
        scene.text(x0 - font * 0.4, y, format::number(*tick, chart.lang), font, palette.text, Anchor::End);
    }
    scene.text(x0, pad + font * 0.7, chart.unit.clone(), font, palette.text, Anchor::Start);
    let bar_width = (slot * 0.45).min(font * 8.0);
    let by_status = chart.columns.iter().any(|column| column.status.is_some());
    for ((index, column), name) in chart.columns.iter().enumerate().zip(names) {
        let centre = x0 + slot * (index as f64 + 0.5);
        if let Some(value) = column.value {
            let y = scale.px(value);
            // Coloured by status when any column has one: one without (no target) in the
            // no-target colour and pattern, as the bullet draws it, not the series blue the
            // legend does not explain (outside tester).
            let fill = match by_status {
                true => Colour::Status(column.status),
                false => Colour::Series(0),
            };
            let colour = palette.colour(fill);
            // The place on screen among others is ringed in the text colour.
            if column.highlighted {
                let ring = font * 0.2;
                scene.rect(
                    centre - bar_width / 2.0 - ring,
                    y.min(zero) - ring,
                    bar_width + 2.0 * ring,
                    (zero - y).abs() + 2.0 * ring,
                    palette.text,
                );
            }
            // From the zero line to the value: up when positive, down when negative.
            status_fill(
                &mut scene,
                palette,
                fill,
                (centre - bar_width / 2.0, y.min(zero), bar_width, (zero - y).abs()),
                font,
            );
            // The value sits inside the far end of the bar when it fits; else, or where the target's
            // marker crosses the bar there (a target a little under the result: outside tester),
            // just beyond that end.
            let number = format::number(value, chart.lang);
            let outward = if value < 0.0 { 1.0 } else { -1.0 };
            let inside_y = y - outward * font * 0.9;
            let marker_there = column.target.is_some_and(|target| (scale.px(target) - inside_y).abs() < font * 0.9);
            let fits_inside = (zero - y).abs() > font * 1.8 && text_width(&number, font) < bar_width && !marker_there;
            if fits_inside {
                on_mark(&mut scene, (centre, y - outward * font * 0.9), number, font, colour);
            } else {
                scene.text(centre, y + outward * font * 0.8, number, font, palette.text, Anchor::Middle);
            }
        }
        if let Some(target) = column.target {
            let y = scale.px(target);
            scene.rect(centre - bar_width * 0.7, y - font * 0.15, bar_width * 1.4, font * 0.3, palette.target);
            // A bound keeps its sign ("< 4", not "4"): the core's target phrase starts with it.
            let sign = ["≥ ", "≤ ", "< ", "> "].into_iter().find(|sign| column.target_label.starts_with(sign));
            let number = format!("{}{}", sign.unwrap_or(""), format::number(target, chart.lang));
            let label_x = centre + bar_width * 0.75;
            // Beside the marker where the column's slot has room for it; else the tooltip and
            // the table say it (narrow columns would print it over the next column's figures).
            let label_width = text_width(&number, font) + font * 0.3;
            if label_x + label_width <= centre + slot / 2.0 + font * 0.2 {
                scene.rect(label_x, y - font * 0.7, label_width, font * 1.4, palette.background);
                scene.text(label_x + font * 0.1, y, number, font, palette.text, Anchor::Start);
            }
        }
        for (line, text) in name.into_iter().enumerate() {
            let y = bottom + font * (1.0 + 1.2 * line as f64);
            match column.highlighted {
                true => scene.bold_text(centre, y, text, font, palette.text, Anchor::Middle),
                false => scene.text(centre, y, text, font, palette.text, Anchor::Middle),
            }
        }
        if let Some(status) = column.status {
            scene.text(centre, bottom + extra + font * 2.3, status_symbol(status), font, palette.text, Anchor::Middle);
        }
        let label = match chart.lang {
            chitieu_core::Lang::Vi => {
                format!("{}: kết quả {}; mục tiêu {}", column.label, column.value_label, column.target_label)
            }
            chitieu_core::Lang::En => {
                format!("{}: result {}; target {}", column.label, column.value_label, column.target_label)
            }
        };
        scene.mark(&column.key, label, centre - slot / 2.0, top, slot, bottom - top);
    }
    scene.line((x0, zero), (x1, zero), palette.text, 1.0);
    // The legend says what the columns are drawn in: status colours, or one colour when none
    // has a status (a term's years).
    let result_word = match by_status {
        true => chart.lang.pick("kết quả (màu theo trạng thái)", "result (coloured by status)"),
        false => chart.lang.pick("kết quả", "result"),
    };
    let target_word = chart.lang.pick("mục tiêu", "target");
    let legend_y = height - pad - font * 0.8;
    let (left, right) = match by_status {
        true => (Colour::Status(Some(Status::Exceeded)), Colour::Status(Some(Status::NotAchieved))),
        false => (Colour::Series(0), Colour::Series(0)),
    };
    status_fill(&mut scene, palette, left, (x0, legend_y - font * 0.5, font * 0.5, font), font);
    status_fill(&mut scene, palette, right, (x0 + font * 0.5, legend_y - font * 0.5, font * 0.5, font), font);
    scene.text(x0 + font * 1.4, legend_y, result_word, font, palette.text, Anchor::Start);
    let mut target = (x0 + font * 2.4 + text_width(result_word, font), legend_y);
    // Too wide for one line (a phone): the target's entry goes under the result's.
    if target.0 + font * 1.8 + text_width(target_word, font) > x1 {
        target = (x0, legend_y + font * 1.6);
        scene.height += font * 1.6;
    }
    scene.rect(target.0, target.1 - font * 0.15, font * 1.4, font * 0.3, palette.target);
    scene.text(target.0 + font * 1.8, target.1, target_word, font, palette.text, Anchor::Start);
    scene
}

/// Places as squares along a 0–100 % axis, piled in bins of 5 points (a province's communes by the
/// share of targets met): every place one mark, the place on screen in a colour of its own and
/// ringed. The squares shrink (to 3 px at least) so that the highest pile stays within 22 lines
/// of text.
pub fn dot_chart(chart: &DotChart, frame: Frame, palette: &Palette) -> Scene {
    const BINS: usize = 20;
    let font = frame.font_px;
    let pad = font * 0.6;
    let (x0, x1) = (pad + font, frame.width - pad - font);
    // The legend: the place on screen, when it is drawn, and the others; an entry that does not fit
    // on the line starts the next one.
    let on_screen = chart.dots.iter().find(|dot| dot.highlighted);
    let others = chart.dots.len() - usize::from(on_screen.is_some());
    let places = if others == 1 { "place" } else { "places" };
    let others = match (chart.lang, on_screen.is_some()) {
        (chitieu_core::Lang::Vi, true) => format!("{others} nơi khác"),
        (chitieu_core::Lang::En, true) => format!("{others} other {places}"),
        (chitieu_core::Lang::Vi, false) => format!("{others} địa phương"),
        (chitieu_core::Lang::En, false) => format!("{others} {places}"),
    };
    // No "0 other places" beside a place drawn alone.
    let others = (chart.dots.len() > 1 || on_screen.is_none()).then_some((others.as_str(), palette.series[0]));
    let mut legend = Vec::new();
    let (mut x, mut y) = (x0, pad + font * 0.8);
    for (text, colour) in on_screen.map(|dot| (dot.label.as_str(), palette.series[1])).into_iter().chain(others) {
        let text = fit_width(text, font, x1 - x0 - font * 1.3).unwrap_or_default();
        let width = font * 1.3 + text_width(&text, font);
        if x > x0 && x + width > x1 {
            (x, y) = (x0, y + font * 1.5);
        }
        legend.push((x, y, text, colour));
        x += width + font * 1.2;
    }
    let bin_width = (x1 - x0) / BINS as f64;
    let bin = |value: f64| ((value / 5.0).floor().max(0.0) as usize).min(BINS - 1);
    let mut piles = [0usize; BINS];
    for dot in &chart.dots {
        piles[bin(dot.value)] += 1;
    }
    let highest = piles.iter().copied().max().unwrap_or(0).max(1) as f64;
    let per_row = |cell: f64| (bin_width / cell).floor().max(1.0);
    let mut cell = (font * 1.1).min(bin_width);
    while cell > 3.0 && (highest / per_row(cell)).ceil() * cell > font * 22.0 {
        cell *= 0.9;
    }
    let rows = (highest / per_row(cell)).ceil();
    let per_row = per_row(cell) as usize;
    let top = y + font * 1.4;
    let bottom = top + (rows * cell).max(font * 4.0);
    let height = bottom + font * 3.6 + pad;
    let mut scene = Scene::new(frame.width, height, palette.background, &chart.title, &chart.description);
    if chart.dots.is_empty() {
        show_empty(&mut scene, &chart.description, font, palette);
        return scene;
    }
    for (x, y, text, colour) in legend {
        scene.rect(x, y - font * 0.45, font * 0.9, font * 0.9, colour);
        scene.text(x + font * 1.3, y, text, font, palette.text, Anchor::Start);
    }
    let scale = ValueScale::new((0.0, 100.0), (x0, x1));
    horizontal_axis(&mut scene, palette, &scale, (top, bottom), font, chart.lang, false);
    scene.text((x0 + x1) / 2.0, bottom + font * 2.4, chart.axis_label.clone(), font, palette.text, Anchor::Middle);
    scene.line((x0, bottom), (x1, bottom), palette.text, 1.0);
    let mut placed = [0usize; BINS];
    // Lowest first, so that a pile rises with the share within its bin and the keyboard steps from
    // left to right; the place on screen at the foot of its pile, where it is found.
    let mut order: Vec<&Dot> = chart.dots.iter().collect();
    order.sort_by(|a, b| {
        (bin(a.value), !a.highlighted).cmp(&(bin(b.value), !b.highlighted)).then(a.value.total_cmp(&b.value))
    });
    for dot in order {
        let index = bin(dot.value);
        let (row, column) = (placed[index] / per_row, placed[index] % per_row);
        placed[index] += 1;
        let x = x0 + bin_width * index as f64 + (bin_width - cell * per_row as f64) / 2.0 + cell * column as f64;
        let y = bottom - cell * (row as f64 + 1.0);
        let gap = (cell * 0.15).max(0.5);
        // The place on screen is ringed in the text colour, within its own cell.
        let inset = if dot.highlighted {
            scene.rect(x, y, cell, cell, palette.text);
            gap
        } else {
            gap / 2.0
        };
        let colour = palette.series[usize::from(dot.highlighted)];
        scene.rect(x + inset, y + inset, cell - 2.0 * inset, cell - 2.0 * inset, colour);
        scene.mark(&dot.key, format!("{}: {}", dot.label, dot.value_text), x, y, cell, cell);
    }
    scene
}
