//! Linear scales from a data interval to a pixel interval (viewBox units). Pixels only: values
//! arrive as `Decimal` and become `f64` here, at the edge, and nothing computed here is ever
//! shown as a number (labels are formatted from the exact values).

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LinearScale {
    domain: (f64, f64),
    range: (f64, f64),
}

impl LinearScale {
    /// Maps `domain` (data) onto `range` (pixels); a range may run backwards (a value axis
    /// grows upwards while SVG's y grows downwards).
    pub fn new(domain: (Decimal, Decimal), range: (f64, f64)) -> LinearScale {
        LinearScale { domain: (pixels(domain.0), pixels(domain.1)), range }
    }

    /// Where `value` is drawn. A domain of a single value draws everything at the middle of the
    /// range; the result is always a finite number, so no `NaN` reaches the SVG.
    pub fn at(&self, value: Decimal) -> f64 {
        let ((d0, d1), (r0, r1)) = (self.domain, self.range);
        let span = d1 - d0;
        let position = if span == 0.0 { (r0 + r1) / 2.0 } else { r0 + (pixels(value) - d0) / span * (r1 - r0) };
        if position.is_finite() {
            position
        } else {
            r0
        }
    }

    /// Where a week is drawn.
    pub fn at_week(&self, week: u32) -> f64 {
        self.at(Decimal::from(week))
    }
}

/// A value as an `f64`, for drawing only.
fn pixels(value: Decimal) -> f64 {
    value.to_f64().filter(|v| v.is_finite()).unwrap_or(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(value: i64) -> Decimal {
        Decimal::from(value)
    }

    #[test]
    fn a_scale_maps_the_ends_of_its_domain_to_the_ends_of_its_range() {
        let scale = LinearScale::new((d(0), d(600_000)), (200.0, 10.0));
        assert_eq!(scale.at(d(0)), 200.0);
        assert_eq!(scale.at(d(600_000)), 10.0);
        assert_eq!(scale.at(d(300_000)), 105.0);
        assert_eq!(scale.at(d(-300_000)), 295.0);
    }

    #[test]
    fn a_domain_of_one_value_draws_at_the_middle() {
        let scale = LinearScale::new((d(5), d(5)), (0.0, 100.0));
        assert_eq!(scale.at(d(5)), 50.0);
        assert_eq!(scale.at_week(9), 50.0);
    }

    #[test]
    fn the_largest_decimals_still_give_finite_pixels() {
        let scale = LinearScale::new((Decimal::MIN, Decimal::MAX), (0.0, 100.0));
        assert!(scale.at(Decimal::MAX).is_finite());
        assert!((scale.at(Decimal::ZERO) - 50.0).abs() < 1e-9);
    }
}
