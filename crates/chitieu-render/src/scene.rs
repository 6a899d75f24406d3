//! A scene: the primitives of one chart in pixel space, plus the marks a pointer or keyboard can
//! land on. Charts are laid out into a scene (pure), then drawn (`svg.rs`); hover and focus use the
//! same geometry that was drawn.

use plotters::style::RGBColor;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    Rect { x: f64, y: f64, width: f64, height: f64, fill: RGBColor },
    Line { from: (f64, f64), to: (f64, f64), colour: RGBColor, width: f64 },
    Text { x: f64, y: f64, text: String, size: f64, colour: RGBColor, anchor: Anchor, bold: bool },
}

/// Something with a value a person can point at: its box in pixels and what to say about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub key: String,
    /// The exact value, formatted, with its status in words: what a tooltip shows.
    pub label: String,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl Mark {
    /// Distance in pixels from a point to the box (0 inside).
    pub fn distance(&self, x: f64, y: f64) -> f64 {
        let dx = (self.x - x).max(0.0).max(x - (self.x + self.width));
        let dy = (self.y - y).max(0.0).max(y - (self.y + self.height));
        (dx * dx + dy * dy).sqrt()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    pub width: f64,
    pub height: f64,
    pub background: RGBColor,
    pub shapes: Vec<Shape>,
    pub marks: Vec<Mark>,
    pub title: String,
    pub description: String,
}

/// How far (in pixels) a pointer may be from a mark and still select it.
pub const HIT_DISTANCE_PX: f64 = 40.0;

impl Scene {
    pub fn new(width: f64, height: f64, background: RGBColor, title: &str, description: &str) -> Scene {
        Scene {
            width,
            height,
            background,
            shapes: Vec::new(),
            marks: Vec::new(),
            title: title.to_string(),
            description: description.to_string(),
        }
    }

    /// Adds a line of text under everything drawn so far, growing the scene to hold it (a note
    /// every export must carry, such as "illustrative data").
    pub fn add_footer(&mut self, text: &str, font: f64, colour: RGBColor) {
        let y = self.height + font * 0.9;
        self.height += font * 1.6;
        self.text(font * 0.6, y, text.to_string(), font, colour, Anchor::Start);
    }

    pub fn rect(&mut self, x: f64, y: f64, width: f64, height: f64, fill: RGBColor) {
        self.shapes.push(Shape::Rect { x, y, width: width.max(0.0), height: height.max(0.0), fill });
    }

    pub fn line(&mut self, from: (f64, f64), to: (f64, f64), colour: RGBColor, width: f64) {
        self.shapes.push(Shape::Line { from, to, colour, width });
    }

    pub fn text(&mut self, x: f64, y: f64, text: impl Into<String>, size: f64, colour: RGBColor, anchor: Anchor) {
        self.shapes.push(Shape::Text { x, y, text: text.into(), size, colour, anchor, bold: false });
    }

    pub fn bold_text(&mut self, x: f64, y: f64, text: impl Into<String>, size: f64, colour: RGBColor, anchor: Anchor) {
        self.shapes.push(Shape::Text { x, y, text: text.into(), size, colour, anchor, bold: true });
    }

    pub fn mark(&mut self, key: &str, label: String, x: f64, y: f64, width: f64, height: f64) {
        self.marks.push(Mark { key: key.to_string(), label, x, y, width, height });
    }

    /// The scene as a file stands alone (SVG and PNG downloads): the title above, in bold, then the
    /// chart, then `notes` (place and term are in the title; source, data date, the app) in the
    /// muted colour, every line wrapped to the width.
    pub fn framed(self, notes: &[String], font: f64, text: RGBColor, muted: RGBColor) -> Scene {
        let pad = font * 0.6;
        let width = self.width - 2.0 * pad;
        let title_lines = wrap(&self.title, font * 1.2, width);
        let note_lines: Vec<String> = notes.iter().flat_map(|note| wrap(note, font * 0.9, width)).collect();
        let top = pad + title_lines.len() as f64 * font * 1.6;
        let height = top + self.height + pad + note_lines.len() as f64 * font * 1.3;
        let mut framed = Scene::new(self.width, height, self.background, &self.title, &self.description);
        for (index, line) in title_lines.into_iter().enumerate() {
            framed.bold_text(pad, pad + (index as f64 + 0.6) * font * 1.6, line, font * 1.2, text, Anchor::Start);
        }
        let chart_height = self.height;
        framed.embed(self, 0.0, top);
        for (index, line) in note_lines.into_iter().enumerate() {
            let y = top + chart_height + pad + (index as f64 + 0.5) * font * 1.3;
            framed.text(pad, y, line, font * 0.9, muted, Anchor::Start);
        }
        framed
    }

    /// Draws `other` into this scene with its top-left corner at (`dx`, `dy`), marks included.
    pub fn embed(&mut self, other: Scene, dx: f64, dy: f64) {
        for shape in other.shapes {
            self.shapes.push(match shape {
                Shape::Rect { x, y, width, height, fill } => Shape::Rect { x: x + dx, y: y + dy, width, height, fill },
                Shape::Line { from, to, colour, width } => {
                    Shape::Line { from: (from.0 + dx, from.1 + dy), to: (to.0 + dx, to.1 + dy), colour, width }
                }
                Shape::Text { x, y, text, size, colour, anchor, bold } => {
                    Shape::Text { x: x + dx, y: y + dy, text, size, colour, anchor, bold }
                }
            });
        }
        for mark in other.marks {
            self.marks.push(Mark { x: mark.x + dx, y: mark.y + dy, ..mark });
        }
    }

    /// The mark nearest to a point in scene pixels, within `HIT_DISTANCE_PX`.
    pub fn hit(&self, x: f64, y: f64) -> Option<usize> {
        self.marks
            .iter()
            .enumerate()
            .map(|(index, mark)| (index, mark.distance(x, y)))
            .filter(|(_, distance)| *distance <= HIT_DISTANCE_PX)
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(index, _)| index)
    }
}

/// Converts a pointer position in CSS pixels of the drawn element to scene pixels, given the
/// element's on-screen size (the SVG scales with its container).
pub fn pointer_to_scene(
    offset_x: f64,
    offset_y: f64,
    shown_width: f64,
    shown_height: f64,
    scene: &Scene,
) -> (f64, f64) {
    let scale_x = if shown_width > 0.0 { scene.width / shown_width } else { 1.0 };
    let scale_y = if shown_height > 0.0 { scene.height / shown_height } else { 1.0 };
    (offset_x * scale_x, offset_y * scale_y)
}

/// Rough width of a text in pixels, for layout before the browser measures (Be Vietnam Pro and
/// DejaVu Sans average about 0.58 em per character).
pub fn text_width(text: &str, size: f64) -> f64 {
    text.chars().filter(|c| !crate::is_invisible(*c)).count() as f64 * size * EM_PER_CHARACTER
}

const EM_PER_CHARACTER: f64 = 0.58;

/// `text` shortened with "…" to fit `width` pixels (by the same estimate as `text_width`);
/// `None` when not even a few letters fit.
pub fn fit_width(text: &str, size: f64, width: f64) -> Option<String> {
    let characters = (width / (size * EM_PER_CHARACTER)).floor().max(0.0) as usize;
    (characters >= 4).then(|| crate::truncate(text, characters))
}

/// Breaks `text` into lines no wider than `width` pixels (estimated), between words.
pub fn wrap(text: &str, size: f64, width: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    // Split at ordinary spaces only: a no-break space keeps a number with its unit ("48,5 %").
    for word in text.split([' ', '\n']).filter(|word| !word.is_empty()) {
        let candidate = if line.is_empty() { word.to_string() } else { format!("{line} {word}") };
        if text_width(&candidate, size) > width && !line.is_empty() {
            lines.push(std::mem::replace(&mut line, word.to_string()));
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}
