//! The rendering layer: chart specifications from `chitieu_core::chart` laid out into scenes
//! (pure geometry with hit regions) and drawn to SVG with plotters.
//!
//! Architecture invariant: rendering takes a specification and a frame and returns a scene or
//! markup; it reads no dataset, holds no state and knows nothing of the DOM. Every string that
//! reaches the markup is escaped (plotters escapes the text it draws; `escape` covers what this
//! crate writes itself).

pub mod axis;
pub mod charts;
pub mod palette;
pub mod scene;
pub mod slide;
pub mod svg;

pub use charts::{bar_chart, bullet_chart, column_chart, dot_chart, stacked_chart};
pub use palette::{Palette, Theme};
pub use scene::{pointer_to_scene, Scene};
pub use slide::{chart_scene, slide_font_px, slide_scene};
pub use svg::scene_svg;

/// The width of the drawing and the base font size, both in CSS pixels. Heights follow from the
/// content. The presentation modes scale `font_px` with the screen; `scale` in the URL
/// multiplies it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    pub width: f64,
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

/// Characters that take no room on screen (zero-width spaces and joiners, direction marks,
/// overrides and isolates, the byte-order mark, soft hyphens): they do not count towards a label's
/// length, so a name padded with them is not cut down to a bare "…".
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

/// Cuts `text` to at most `max_chars` visible characters, ending with "…" when cut, between words
/// where possible.
pub fn truncate(text: &str, max_chars: usize) -> String {
    if text.chars().filter(|c| !is_invisible(*c)).count() <= max_chars {
        return text.to_string();
    }
    let mut visible = 0;
    let kept: String = text
        .chars()
        .take_while(|c| {
            visible += usize::from(!is_invisible(*c));
            visible < max_chars
        })
        .collect();
    // Prefer to cut between words when that keeps at least half of the room.
    let kept = match kept.rfind(' ') {
        Some(space) if kept[..space].chars().count() * 2 >= max_chars => &kept[..space],
        _ => kept.as_str(),
    };
    format!("{}…", kept.trim_end())
}

#[cfg(test)]
mod tests;
