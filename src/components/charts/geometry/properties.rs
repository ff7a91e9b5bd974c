//! Property tests: whatever the data (empty, one point, all equal, negative, huge), the maths
//! gives finite pixels and ticks that cover the data, and never panics.

use proptest::prelude::*;
use rust_decimal::Decimal;

use super::*;

fn amount() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        (-100_000_000_000_000i64..100_000_000_000_000).prop_map(|pence| Decimal::new(pence, 2)),
        Just(Decimal::ZERO),
        Just(Decimal::MAX),
        Just(Decimal::MIN),
    ]
}

proptest! {
    #[test]
    fn ticks_cover_the_data_in_round_steps(a in amount(), b in amount(), max_count in 0usize..12) {
        let ticks = nice_ticks(a, b, max_count, Decimal::ONE);
        prop_assert!(ticks.len() >= 2);
        prop_assert!(ticks.len() <= max_count.max(2) || ticks.len() == 2);
        prop_assert!(ticks.windows(2).all(|pair| pair[0] < pair[1]));
        let (lo, hi) = (a.min(b), a.max(b));
        prop_assert!(ticks[0] <= lo && *ticks.last().unwrap() >= hi);
    }

    #[test]
    fn ticks_within_stay_within(a in 0u32..200, b in 0u32..200, max_count in 1usize..12) {
        let ticks = ticks_within(a.into(), b.into(), max_count, Decimal::ONE);
        prop_assert!(!ticks.is_empty() || a.abs_diff(b) > 0);
        prop_assert!(ticks.len() <= max_count);
        prop_assert!(ticks.iter().all(|t| *t >= a.min(b).into() && *t <= a.max(b).into()));
    }

    #[test]
    fn scaled_values_are_finite_pixels(lo in amount(), hi in amount(), value in amount()) {
        let scale = LinearScale::new((lo, hi), (300.0, 20.0));
        prop_assert!(scale.at(value).is_finite());
        prop_assert!(!px(scale.at(value)).contains("NaN"));
    }

    #[test]
    fn paths_never_contain_nan(points in proptest::collection::vec((-1e6f64..1e6, -1e6f64..1e6), 0..60)) {
        for path in [line_path(&points), step_path(&points)] {
            prop_assert!(!path.contains("NaN") && !path.contains("inf"));
            prop_assert_eq!(path.is_empty(), points.is_empty());
        }
    }
}
