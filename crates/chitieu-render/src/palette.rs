//! Colours per theme. Status colours are one hue family per status and always come with a symbol
//! and words, so status is never told by colour alone.

use chitieu_core::model::Status;
use plotters::style::RGBColor;

pub use chitieu_core::url::Theme;

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
    /// Qualitative bands of a bullet graph, one hue from dark to light (poor, fair, good).
    pub bands: [RGBColor; 3],
    pub target: RGBColor,
    /// Categorical colours for composition parts.
    pub series: [RGBColor; 6],
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
                bands: [RGBColor(200, 204, 210), RGBColor(222, 225, 229), RGBColor(240, 242, 244)],
                target: RGBColor(28, 32, 38),
                series: [
                    RGBColor(11, 92, 173),
                    RGBColor(230, 140, 20),
                    RGBColor(40, 150, 110),
                    RGBColor(150, 80, 160),
                    RGBColor(200, 70, 60),
                    RGBColor(110, 110, 110),
                ],
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
                bands: [RGBColor(70, 76, 86), RGBColor(52, 57, 66), RGBColor(38, 42, 49)],
                target: RGBColor(236, 238, 241),
                series: [
                    RGBColor(90, 160, 240),
                    RGBColor(250, 170, 60),
                    RGBColor(90, 200, 150),
                    RGBColor(200, 140, 220),
                    RGBColor(255, 120, 100),
                    RGBColor(170, 170, 170),
                ],
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
                bands: [RGBColor(90, 90, 90), RGBColor(60, 60, 60), RGBColor(35, 35, 35)],
                target: RGBColor(255, 255, 0),
                series: [
                    RGBColor(0, 200, 255),
                    RGBColor(255, 200, 0),
                    RGBColor(0, 255, 140),
                    RGBColor(255, 120, 255),
                    RGBColor(255, 80, 80),
                    RGBColor(255, 255, 255),
                ],
            },
        }
    }

    pub fn colour(&self, colour: chitieu_core::chart::Colour) -> RGBColor {
        match colour {
            chitieu_core::chart::Colour::Status(status) => self.status(status),
            chitieu_core::chart::Colour::Series(index) => self.series[index % self.series.len()],
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
