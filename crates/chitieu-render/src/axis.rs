//! Axis ticks at "nice" numbers (1, 2, 2.5, 5 × 10ⁿ).

/// About `count` ticks covering `0..=max` (or `min..=max`), at nice steps.
pub fn nice_ticks(min: f64, max: f64, count: usize) -> Vec<f64> {
    if !(min.is_finite() && max.is_finite()) || max <= min || count == 0 {
        return vec![min];
    }
    let raw_step = (max - min) / count as f64;
    let magnitude = 10f64.powf(raw_step.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|factor| factor * magnitude)
        .find(|step| *step >= raw_step)
        .unwrap_or(10.0 * magnitude);
    // Each tick a whole number of steps, not a running sum: ten steps of 0,2 make 2, not
    // 1,9999999999999998 (which a count's axis, whole numbers only, would then leave out).
    let first = (min / step).ceil();
    let mut ticks = Vec::new();
    let mut steps = first;
    while steps * step <= max + step * 1e-9 {
        ticks.push(if steps == 0.0 { 0.0 } else { steps * step });
        steps += 1.0;
    }
    ticks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_fall_on_nice_numbers() {
        assert_eq!(nice_ticks(0.0, 150.0, 6), vec![0.0, 25.0, 50.0, 75.0, 100.0, 125.0, 150.0]);
        assert_eq!(nice_ticks(0.0, 2732.16, 5), vec![0.0, 1000.0, 2000.0]);
        assert_eq!(nice_ticks(0.0, 1.0, 4), vec![0.0, 0.25, 0.5, 0.75, 1.0]);
        // Ten steps of 0,2 end on 2 exactly: whole numbers stay whole.
        let counts = nice_ticks(0.0, 2.0, 10);
        assert_eq!(counts.iter().filter(|tick| tick.fract() == 0.0).count(), 3, "{counts:?}");
    }

    #[test]
    fn degenerate_ranges_give_one_tick() {
        assert_eq!(nice_ticks(0.0, 0.0, 5), vec![0.0]);
        assert_eq!(nice_ticks(0.0, f64::NAN, 5), vec![0.0]);
    }
}
