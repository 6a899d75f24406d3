//! Colours per theme. Every status has a colour of its own (never two statuses in one grey), and
//! always comes with a symbol and words, and a pattern in the charts (`charts::status_fill`), so
//! status is never told by colour alone. Every status and
//! series colour stands out from the background by at least 3:1 (WCAG non-text contrast); the tests
//! compute it.

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
    /// Due later: a blue, for "under way".
    pub not_yet_due: RGBColor,
    /// Due, and no result reported: a neutral grey.
    pub no_result: RGBColor,
    /// No numeric target to judge against (the source's own assessment, or none): a violet.
    pub no_target: RGBColor,
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
                achieved: RGBColor(34, 139, 94),
                not_achieved: RGBColor(196, 60, 40),
                not_yet_due: RGBColor(59, 110, 175),
                no_result: RGBColor(112, 117, 125),
                no_target: RGBColor(135, 95, 165),
                bands: [RGBColor(222, 225, 229), RGBColor(235, 237, 240), RGBColor(246, 247, 249)],
                target: RGBColor(28, 32, 38),
                series: [
                    RGBColor(11, 92, 173),
                    RGBColor(200, 110, 0),
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
                not_yet_due: RGBColor(110, 160, 230),
                no_result: RGBColor(140, 146, 156),
                no_target: RGBColor(185, 145, 215),
                bands: [RGBColor(58, 63, 72), RGBColor(45, 49, 57), RGBColor(34, 37, 43)],
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
                not_yet_due: RGBColor(110, 180, 255),
                no_result: RGBColor(200, 200, 200),
                no_target: RGBColor(225, 160, 255),
                bands: [RGBColor(48, 48, 48), RGBColor(30, 30, 30), RGBColor(16, 16, 16)],
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
            Some(Status::NotYetDue) => self.not_yet_due,
            Some(Status::NoResult) => self.no_result,
            None => self.no_target,
        }
    }
}
