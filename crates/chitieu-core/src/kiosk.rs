//! The kiosk's clock as a plain state machine: when to advance, when to hide the cursor, when to
//! drift, and how input pauses the loop. The shell feeds it the time and the input events and
//! applies what `tick` returns, so the rules are tested here without waiting real minutes.

use crate::{format, Lang};

/// Input pauses the kiosk loop for this long.
pub const IDLE_RESUME_MS: f64 = 60_000.0;
/// The cursor hides after this long without movement.
pub const CURSOR_HIDE_MS: f64 = 3_000.0;
/// The content moves to its next drift position this often.
pub const DRIFT_PERIOD_MS: f64 = 60_000.0;
/// The largest drift, as a share of the screen (the bar is 1.5 %).
pub const DRIFT_SHARE: f64 = 0.012;
/// The drift offsets, as multiples of `DRIFT_SHARE`: a slow loop around the centre.
pub const DRIFT_STEPS: [(f64, f64); 8] =
    [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0), (-1.0, 1.0), (-1.0, 0.0), (-1.0, -1.0), (0.0, -1.0)];

/// What changed at a tick.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct KioskTick {
    /// Show the next slide.
    pub advance: bool,
    /// The cursor's visibility changed to hidden (`Some(true)`) or shown (`Some(false)`).
    pub cursor_hidden: Option<bool>,
    /// The drift moved to this step of `DRIFT_STEPS`.
    pub drift_step: Option<usize>,
    /// The loop paused for input (`Some(true)`) or resumed after the idle pause (`Some(false)`):
    /// the slide says so.
    pub paused: Option<bool>,
}

/// The kiosk's timers, all measured from times the shell passes in (milliseconds).
#[derive(Debug, Clone, PartialEq)]
pub struct KioskClock {
    pub interval_ms: f64,
    last_input: f64,
    last_move: f64,
    last_advance: f64,
    last_drift: f64,
    cursor_hidden: bool,
    drift_step: usize,
    was_paused: bool,
}

impl KioskClock {
    /// A kiosk that starts at `now`, showing a slide for `interval_ms` each. It starts idle: the
    /// loop runs at once, without waiting for the idle pause.
    pub fn new(interval_ms: f64, now: f64) -> Self {
        KioskClock {
            interval_ms,
            last_input: f64::NEG_INFINITY,
            last_move: now,
            last_advance: now,
            last_drift: now,
            cursor_hidden: false,
            drift_step: 0,
            was_paused: false,
        }
    }

    /// A key press: the loop pauses for `IDLE_RESUME_MS`.
    pub fn key(&mut self, now: f64) {
        self.last_input = now;
    }

    /// Pointer movement, a touch or the wheel: the loop pauses and the cursor shows again.
    /// Returns whether the cursor was hidden and must be shown.
    pub fn pointer(&mut self, now: f64) -> bool {
        self.last_input = now;
        self.last_move = now;
        std::mem::replace(&mut self.cursor_hidden, false)
    }

    /// Whether someone has used the kiosk within the idle pause.
    pub fn paused(&self, now: f64) -> bool {
        now - self.last_input < IDLE_RESUME_MS
    }

    pub fn cursor_hidden(&self) -> bool {
        self.cursor_hidden
    }

    pub fn drift_step(&self) -> usize {
        self.drift_step
    }

    /// Advances the clock to `now`. While paused, the slide interval restarts, so the first slide
    /// after the pause stays its full interval.
    pub fn tick(&mut self, now: f64) -> KioskTick {
        let mut tick = KioskTick::default();
        let paused = self.paused(now);
        if paused != self.was_paused {
            self.was_paused = paused;
            tick.paused = Some(paused);
        }
        if paused {
            self.last_advance = now;
        } else if now - self.last_advance >= self.interval_ms {
            self.last_advance = now;
            tick.advance = true;
        }
        let hide = now - self.last_move >= CURSOR_HIDE_MS;
        if hide != self.cursor_hidden {
            self.cursor_hidden = hide;
            tick.cursor_hidden = Some(hide);
        }
        if now - self.last_drift >= DRIFT_PERIOD_MS {
            self.last_drift = now;
            self.drift_step = (self.drift_step + 1) % DRIFT_STEPS.len();
            tick.drift_step = Some(self.drift_step);
        }
        tick
    }

    /// How often the shell should call `tick`: often enough for the interval, rarely enough to
    /// cost nothing.
    pub fn tick_period_ms(&self) -> u32 {
        (self.interval_ms / 4.0).clamp(20.0, 250.0) as u32
    }
}

/// The line above each kiosk slide's title: the slide's own (place and term), then how recent the
/// data is, unless the line says that already (the title slide's does), and the day it is shown.
/// Dates are ISO. (That the loop is paused is said by the stage's own sign, `paused_sign`.)
pub fn kiosk_kicker(kicker: &str, data_as_of: &str, today: &str, lang: Lang) -> String {
    let as_of = lang.pick("Dữ liệu cập nhật đến ", "Data as of ");
    let mut line = kicker.to_string();
    if !kicker.contains(as_of) {
        line += &format!(" · {as_of}{}", format::date(data_as_of, lang));
    }
    // Today's date says what it is, beside the data's date (outside tester: "… 12/01/2026 ·
    // 24/11/2026" read as two unexplained dates).
    line + " · " + lang.pick("Hôm nay ", "Today ") + &format::date(today, lang)
}

/// The sign a kiosk shows while input pauses its loop, so a passer-by sees why the slides stopped
/// and that they start again by themselves.
pub fn paused_sign(lang: Lang) -> &'static str {
    lang.pick("Tạm dừng · tự chạy lại sau 1 phút", "Paused · resumes after a minute")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tick_says_when_the_loop_pauses_and_resumes() {
        let mut clock = KioskClock::new(10_000.0, 0.0);
        assert_eq!(clock.tick(100.0).paused, None, "running from the start: nothing to say");
        clock.pointer(1_000.0);
        assert_eq!(clock.tick(1_100.0).paused, Some(true));
        assert_eq!(clock.tick(1_200.0).paused, None, "said once");
        clock.key(30_000.0);
        assert_eq!(clock.tick(60_000.0).paused, None, "a key inside the pause only extends it");
        assert_eq!(clock.tick(30_000.0 + IDLE_RESUME_MS).paused, Some(false));
    }

    #[test]
    fn a_kiosk_slide_says_the_day_and_how_recent_the_data_is() {
        let kicker = |kicker, lang| kiosk_kicker(kicker, "2024-12-31", "2026-11-23", lang);
        // A year alone, as the default dataset has it, inside a term's years ("2020-2025").
        assert_eq!(
            kiosk_kicker("Thị trấn Bến Sung, 2020-2025", "2025", "2026-11-23", Lang::Vi),
            "Thị trấn Bến Sung, 2020-2025 · Dữ liệu cập nhật đến 2025 · Hôm nay 23/11/2026"
        );
        assert_eq!(
            kicker("Thị trấn Bến Sung, 2020-2025", Lang::Vi),
            "Thị trấn Bến Sung, 2020-2025 · Dữ liệu cập nhật đến 31/12/2024 · Hôm nay 23/11/2026"
        );
        assert_eq!(
            kicker("Bến Sung, 2020-2025", Lang::En),
            "Bến Sung, 2020-2025 · Data as of 31 Dec 2024 · Today 23 Nov 2026"
        );
        // The title slide's line is already the data's date: not said twice.
        assert_eq!(
            kicker("Dữ liệu cập nhật đến 31/12/2024", Lang::Vi),
            "Dữ liệu cập nhật đến 31/12/2024 · Hôm nay 23/11/2026"
        );
    }

    /// Runs the clock from `from` to `to` in steps of its own tick period; counts advances.
    fn run(clock: &mut KioskClock, from: f64, to: f64) -> usize {
        let step = f64::from(clock.tick_period_ms());
        let mut time = from;
        let mut advances = 0;
        while time < to {
            time += step;
            advances += usize::from(clock.tick(time).advance);
        }
        advances
    }

    #[test]
    fn an_untouched_kiosk_advances_once_per_interval() {
        let mut clock = KioskClock::new(2_000.0, 0.0);
        assert_eq!(run(&mut clock, 0.0, 20_000.0), 10);
    }

    #[test]
    fn input_pauses_the_loop_for_a_minute_then_it_resumes_with_a_full_interval() {
        let mut clock = KioskClock::new(2_000.0, 0.0);
        run(&mut clock, 0.0, 5_000.0);
        clock.key(5_000.0);
        let step = f64::from(clock.tick_period_ms());
        let mut advances = Vec::new();
        let mut time = 5_000.0;
        while time < 75_000.0 {
            time += step;
            if clock.tick(time).advance {
                advances.push(time);
            }
        }
        // Paused until 65 s; the first slide after the pause stays a full interval (one tick late
        // at most); then one advance per interval.
        assert!((67_000.0 - step..=67_000.0 + step).contains(&advances[0]), "first advance at {advances:?}");
        assert!(advances.windows(2).all(|pair| pair[1] - pair[0] == 2_000.0), "{advances:?}");
        assert_eq!(advances.len(), 5, "{advances:?}");
    }

    #[test]
    fn the_cursor_hides_after_three_still_seconds_and_shows_on_movement() {
        let mut clock = KioskClock::new(15_000.0, 0.0);
        assert_eq!(clock.tick(2_999.0).cursor_hidden, None);
        assert_eq!(clock.tick(3_000.0).cursor_hidden, Some(true));
        assert_eq!(clock.tick(3_250.0).cursor_hidden, None, "reported once, not at every tick");
        assert!(clock.pointer(4_000.0), "movement shows a hidden cursor");
        assert!(!clock.pointer(4_100.0), "and does nothing when it is shown");
        assert_eq!(clock.tick(6_999.0).cursor_hidden, None);
        assert_eq!(clock.tick(7_100.0).cursor_hidden, Some(true));
    }

    #[test]
    fn the_content_drifts_every_minute_around_the_loop() {
        let mut clock = KioskClock::new(15_000.0, 0.0);
        let mut steps = Vec::new();
        let mut time = 0.0;
        for _ in 0..(DRIFT_STEPS.len() + 1) {
            time += DRIFT_PERIOD_MS;
            steps.extend(clock.tick(time).drift_step);
        }
        assert_eq!(steps, vec![1, 2, 3, 4, 5, 6, 7, 0, 1]);
        assert!(DRIFT_STEPS.iter().all(|(dx, dy)| dx.abs() <= 1.0 && dy.abs() <= 1.0));
    }

    /// At most 1.5 % of the screen, checked when the crate compiles.
    const _: () = assert!(DRIFT_SHARE <= 0.015);

    #[test]
    fn the_tick_period_follows_the_interval_within_bounds() {
        let cases = [(40.0, 20), (2_000.0, 250), (15_000.0, 250), (400.0, 100)];
        for (interval, period) in cases {
            assert_eq!(KioskClock::new(interval, 0.0).tick_period_ms(), period, "interval {interval} ms");
        }
    }
}
