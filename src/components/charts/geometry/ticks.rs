//! "Nice" tick values: steps of 1, 2 or 5 times a power of ten, so that every label is a round
//! number a reader can interpolate between. Worked out in `Decimal`, so a tick at £1,250,000 is
//! exactly that amount and its label is exact.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// Steps are tried from the smallest up; this many is past any amount a `Decimal` can hold.
const MAX_STEPS_TRIED: usize = 96;

/// At most `max_count` evenly spaced round values covering `lo..=hi` (the first at or below
/// `lo`, the last at or above `hi`), with a step of at least `smallest_step`. A single value
/// gets an interval of one step above it. The ticks' ends are the axis's ends.
pub fn nice_ticks(lo: Decimal, hi: Decimal, max_count: usize, smallest_step: Decimal) -> Vec<Decimal> {
    let (lo, hi) = if lo <= hi { (lo, hi) } else { (hi, lo) };
    let smallest_step = if smallest_step > Decimal::ZERO { smallest_step } else { Decimal::ONE };
    let (lo, hi) = match (hi == lo, lo.checked_add(smallest_step)) {
        (false, _) => (lo, hi),
        (true, Some(above)) => (lo, above),
        (true, None) => (lo - smallest_step, hi),
    };
    let max_count = max_count.max(2);
    candidate_steps(smallest_step)
        .take(MAX_STEPS_TRIED)
        .find_map(|step| ticks_with_step(lo, hi, step, max_count))
        .unwrap_or_else(|| vec![lo, hi])
}

/// At most `max_count` round values inside `lo..=hi`, for an axis that must end where the data
/// does (weeks): the ticks do not widen it.
pub fn ticks_within(lo: Decimal, hi: Decimal, max_count: usize, smallest_step: Decimal) -> Vec<Decimal> {
    let (lo, hi) = if lo <= hi { (lo, hi) } else { (hi, lo) };
    let mut ticks = nice_ticks(lo, hi, max_count.saturating_add(2), smallest_step);
    ticks.retain(|tick| (lo..=hi).contains(tick));
    while ticks.len() > max_count.max(1) {
        ticks = ticks.into_iter().step_by(2).collect();
    }
    ticks
}

/// smallest × 1, 2, 5, 10, 20, 50, 100, …
fn candidate_steps(smallest: Decimal) -> impl Iterator<Item = Decimal> {
    (0u32..).map_while(move |i| {
        let multiple = [1, 2, 5][(i % 3) as usize];
        (0..i / 3)
            .try_fold(smallest, |step, _| step.checked_mul(Decimal::TEN))
            .and_then(|step| step.checked_mul(Decimal::from(multiple)))
    })
}

fn ticks_with_step(lo: Decimal, hi: Decimal, step: Decimal, max_count: usize) -> Option<Vec<Decimal>> {
    let first = lo.checked_div(step)?.floor().to_i64()?;
    let last = hi.checked_div(step)?.ceil().to_i64()?;
    let count = usize::try_from(last.checked_sub(first)?.checked_add(1)?).ok()?;
    if count > max_count {
        return None;
    }
    (first..=last).map(|k| Decimal::from(k).checked_mul(step).map(|tick| tick.normalize())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(value: i64) -> Decimal {
        Decimal::from(value)
    }

    fn ds(values: &[i64]) -> Vec<Decimal> {
        values.iter().copied().map(d).collect()
    }

    #[test]
    fn ticks_are_round_and_cover_the_data() {
        assert_eq!(
            nice_ticks(d(-236_184), d(600_000), 6, Decimal::ONE),
            ds(&[-400_000, -200_000, 0, 200_000, 400_000, 600_000])
        );
        assert_eq!(nice_ticks(d(0), d(200), 6, Decimal::ONE), ds(&[0, 50, 100, 150, 200]));
        assert_eq!(nice_ticks(d(0), d(59_076), 5, Decimal::ONE), ds(&[0, 20_000, 40_000, 60_000]));
    }

    #[test]
    fn a_step_is_never_below_the_smallest_one() {
        assert_eq!(nice_ticks(d(0), d(2), 10, Decimal::ONE), ds(&[0, 1, 2]));
        assert_eq!(nice_ticks(d(0), d(0), 6, Decimal::ONE), ds(&[0, 1]));
    }

    #[test]
    fn reversed_and_equal_ends_are_handled() {
        assert_eq!(nice_ticks(d(10), d(0), 3, Decimal::ONE), ds(&[0, 5, 10]));
        assert_eq!(nice_ticks(d(7), d(7), 6, Decimal::ONE), ds(&[7, 8]));
    }

    #[test]
    fn ticks_within_stay_inside_the_weeks() {
        assert_eq!(ticks_within(d(0), d(6), 8, Decimal::ONE), ds(&[0, 1, 2, 3, 4, 5, 6]));
        assert_eq!(ticks_within(d(1), d(52), 8, Decimal::ONE), ds(&[10, 20, 30, 40, 50]));
        assert_eq!(ticks_within(d(0), d(104), 8, Decimal::ONE), ds(&[0, 20, 40, 60, 80, 100]));
        assert_eq!(ticks_within(d(3), d(3), 8, Decimal::ONE), ds(&[3]));
    }

    #[test]
    fn the_largest_amounts_get_ticks_without_overflowing() {
        let ticks = nice_ticks(Decimal::MIN, Decimal::MAX, 6, Decimal::ONE);
        assert!(ticks.len() >= 2 && ticks.len() <= 6, "{ticks:?}");
        let ticks = nice_ticks(Decimal::MAX, Decimal::MAX, 6, Decimal::ONE);
        assert!(ticks[0] < ticks[1], "{ticks:?}");
    }
}
