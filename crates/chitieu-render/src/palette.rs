//! Colours per theme. Status colours are one hue family per status and always come with a symbol
//! and words, so status is never told by colour alone.

use chitieu_core::model::Status;
use plotters::style::RGBColor;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Light,
    Dark,
    Contrast,
}

impl Theme {
    pub fn id(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Contrast => "contrast",
        }
    }
    pub fn from_id(id: &str) -> Option<Theme> {
        [Theme::Light, Theme::Dark, Theme::Contrast]
            .into_iter()
            .find(|theme| theme.id() == id)
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    pub background: RGBColor,
    pub text: RGBColor,
    pub muted: RGBColor,
    pub grid: RGBColor,
    pub reference: RGBColor,
    pub exceeded: RGBColor,
    pub achieved: RGBColor,
    pub not_achieved: RGBColor,
    pub pending: RGBColor,
}

impl Palette {
    pub fn for_theme(theme: Theme) -> Palette {
        match theme {
            Theme::Light => Palette {
                background: RGBColor(255, 255, 255),
                text: RGBColor(28, 32, 38),
                muted: RGBColor(90, 98, 110),
                grid: RGBColor(200, 205, 212),
                reference: RGBColor(28, 32, 38),
                exceeded: RGBColor(0, 98, 65),
                achieved: RGBColor(46, 160, 110),
                not_achieved: RGBColor(196, 60, 40),
                pending: RGBColor(150, 156, 166),
            },
            Theme::Dark => Palette {
                background: RGBColor(22, 25, 30),
                text: RGBColor(236, 238, 241),
                muted: RGBColor(170, 176, 186),
                grid: RGBColor(70, 76, 86),
                reference: RGBColor(236, 238, 241),
                exceeded: RGBColor(70, 200, 140),
                achieved: RGBColor(130, 220, 170),
                not_achieved: RGBColor(255, 120, 95),
                pending: RGBColor(120, 126, 136),
            },
            Theme::Contrast => Palette {
                background: RGBColor(0, 0, 0),
                text: RGBColor(255, 255, 255),
                muted: RGBColor(255, 255, 255),
                grid: RGBColor(255, 255, 255),
                reference: RGBColor(255, 255, 0),
                exceeded: RGBColor(0, 255, 140),
                achieved: RGBColor(120, 255, 200),
                not_achieved: RGBColor(255, 80, 80),
                pending: RGBColor(200, 200, 200),
            },
        }
    }

    pub fn status(&self, status: Option<Status>) -> RGBColor {
        match status {
            Some(Status::Exceeded) => self.exceeded,
            Some(Status::Achieved) => self.achieved,
            Some(Status::NotAchieved) => self.not_achieved,
            Some(Status::NotYetDue | Status::NoResult) | None => self.pending,
        }
    }
}
