//! What a key press does, as plain decisions the shell only carries out: moving between slides
//! (clickers and keyboards in present and kiosk modes) and between the marks of a chart.

/// What a key does on the slide stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeckKey {
    Next,
    Previous,
    First,
    Last,
    /// A digit typed towards a slide number, finished by `Enter`.
    Digit(u8),
    Enter,
    ToggleFullScreen,
    /// "/": find a place of the deck by name.
    Find,
}

impl DeckKey {
    /// The action of a `KeyboardEvent.key` value; `None` leaves the key to the browser (Esc, for
    /// instance, which leaves full screen). Clickers send PageDown/PageUp or the arrows.
    pub fn from_key(key: &str) -> Option<DeckKey> {
        Some(match key {
            "ArrowRight" | "PageDown" | " " | "ArrowDown" => DeckKey::Next,
            "ArrowLeft" | "PageUp" | "ArrowUp" => DeckKey::Previous,
            "Home" => DeckKey::First,
            "End" => DeckKey::Last,
            "Enter" => DeckKey::Enter,
            "f" | "F" => DeckKey::ToggleFullScreen,
            "/" => DeckKey::Find,
            digit if digit.len() == 1 && digit.as_bytes()[0].is_ascii_digit() => {
                DeckKey::Digit(digit.as_bytes()[0] - b'0')
            }
            _ => return None,
        })
    }
}

/// Where a deck of `count` slides stands, as a 1-based slide number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeckPosition {
    pub number: usize,
    pub count: usize,
}

impl DeckPosition {
    /// The position for a requested slide number (from the URL, say), clamped into the deck.
    pub fn new(requested: usize, count: usize) -> Self {
        let count = count.max(1);
        DeckPosition { number: requested.clamp(1, count), count }
    }
    /// The next slide; after the last comes the first again (the kiosk loops).
    pub fn next(self) -> usize {
        if self.number >= self.count {
            1
        } else {
            self.number + 1
        }
    }
    /// The next slide for a presenter: the last stays the last (a clicker pressed once too often
    /// does not jump back to the agenda; outside tester).
    pub fn next_stopping(self) -> usize {
        (self.number + 1).min(self.count)
    }
    /// The previous slide; the first stays the first.
    pub fn previous(self) -> usize {
        self.number.saturating_sub(1).max(1)
    }
    /// The slide a number typed before Enter asks for, if it is a number at all.
    pub fn typed(self, typed: &str) -> Option<usize> {
        typed.parse::<usize>().ok().map(|number| number.clamp(1, self.count))
    }
}

/// What a key does to the focused mark of a chart with `count` marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkKeyOutcome {
    /// Focus moves to this mark, or leaves the marks (`None`).
    Focus(Option<usize>),
    /// The focused mark is chosen (opens its detail).
    Select(usize),
    /// The key is not the chart's: leave it to the browser.
    Ignore,
}

/// Arrow keys step through the marks (stopping at either end), Home and End jump, Escape leaves,
/// Enter chooses the focused mark.
pub fn mark_key(key: &str, focused: Option<usize>, count: usize) -> MarkKeyOutcome {
    if count == 0 {
        return MarkKeyOutcome::Ignore;
    }
    let last = count - 1;
    match (key, focused) {
        ("ArrowRight" | "ArrowDown", None) => MarkKeyOutcome::Focus(Some(0)),
        ("ArrowRight" | "ArrowDown", Some(index)) => MarkKeyOutcome::Focus(Some((index + 1).min(last))),
        ("ArrowLeft" | "ArrowUp", Some(index)) => MarkKeyOutcome::Focus(Some(index.saturating_sub(1).min(last))),
        ("Home", _) => MarkKeyOutcome::Focus(Some(0)),
        ("End", _) => MarkKeyOutcome::Focus(Some(last)),
        ("Escape", _) => MarkKeyOutcome::Focus(None),
        ("Enter", Some(index)) if index < count => MarkKeyOutcome::Select(index),
        _ => MarkKeyOutcome::Ignore,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clicker_and_keyboard_keys_map_to_deck_actions() {
        let cases = [
            ("ArrowRight", Some(DeckKey::Next)),
            ("PageDown", Some(DeckKey::Next)),
            (" ", Some(DeckKey::Next)),
            ("ArrowDown", Some(DeckKey::Next)),
            ("ArrowLeft", Some(DeckKey::Previous)),
            ("PageUp", Some(DeckKey::Previous)),
            ("ArrowUp", Some(DeckKey::Previous)),
            ("Home", Some(DeckKey::First)),
            ("End", Some(DeckKey::Last)),
            ("Enter", Some(DeckKey::Enter)),
            ("f", Some(DeckKey::ToggleFullScreen)),
            ("F", Some(DeckKey::ToggleFullScreen)),
            ("/", Some(DeckKey::Find)),
            ("7", Some(DeckKey::Digit(7))),
            ("0", Some(DeckKey::Digit(0))),
            ("Escape", None),
            ("a", None),
            ("12", None),
            ("", None),
        ];
        for (key, expected) in cases {
            assert_eq!(DeckKey::from_key(key), expected, "key {key:?}");
        }
    }

    #[test]
    fn the_deck_loops_forward_and_stops_at_the_first_slide_backward() {
        // (number, count) → (next, previous)
        let cases = [((1, 5), (2, 1)), ((3, 5), (4, 2)), ((5, 5), (1, 4)), ((1, 1), (1, 1)), ((9, 5), (1, 4))];
        for ((number, count), (next, previous)) in cases {
            let position = DeckPosition::new(number, count);
            assert_eq!((position.next(), position.previous()), (next, previous), "slide {number} of {count}");
            assert_eq!(position.next_stopping(), if next == 1 { position.number } else { next }, "presenting");
        }
    }

    #[test]
    fn a_requested_slide_is_clamped_into_the_deck() {
        assert_eq!(DeckPosition::new(0, 10).number, 1);
        assert_eq!(DeckPosition::new(11, 10).number, 10);
        assert_eq!(DeckPosition::new(4, 0), DeckPosition { number: 1, count: 1 });
    }

    #[test]
    fn a_typed_number_jumps_within_the_deck() {
        let position = DeckPosition::new(1, 20);
        assert_eq!(position.typed("12"), Some(12));
        assert_eq!(position.typed("99"), Some(20));
        assert_eq!(position.typed("0"), Some(1));
        assert_eq!(position.typed(""), None);
    }

    #[test]
    fn mark_keys_step_jump_leave_and_select() {
        use MarkKeyOutcome::*;
        let cases = [
            ("ArrowRight", None, 3, Focus(Some(0))),
            ("ArrowDown", Some(0), 3, Focus(Some(1))),
            ("ArrowRight", Some(2), 3, Focus(Some(2))),
            ("ArrowLeft", Some(0), 3, Focus(Some(0))),
            ("ArrowUp", Some(2), 3, Focus(Some(1))),
            ("ArrowLeft", None, 3, Ignore),
            ("Home", Some(2), 3, Focus(Some(0))),
            ("End", None, 3, Focus(Some(2))),
            ("Escape", Some(1), 3, Focus(None)),
            ("Enter", Some(1), 3, Select(1)),
            ("Enter", None, 3, Ignore),
            ("x", Some(1), 3, Ignore),
            ("ArrowRight", None, 0, Ignore),
        ];
        for (key, focused, count, expected) in cases {
            assert_eq!(mark_key(key, focused, count), expected, "{key:?} from {focused:?} of {count}");
        }
    }
}
