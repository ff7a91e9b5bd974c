//! SVG path strings from points in viewBox units.

/// A pixel coordinate as SVG text: at most two decimals, no trailing zeros, and never `NaN` or
/// `inf` (a non-finite number, which the scales never produce, is drawn at 0). Written from
/// whole hundredths, so the wasm carries no float formatting (about 10 KB).
pub fn px(value: f64) -> String {
    let hundredths = (value * 100.0).round();
    if !hundredths.is_finite() || hundredths.abs() >= 1e15 {
        return "0".into();
    }
    let hundredths = hundredths as i64;
    let (whole, fraction) = (hundredths.abs() / 100, hundredths.abs() % 100);
    let sign = if hundredths < 0 { "-" } else { "" };
    match fraction {
        0 => format!("{sign}{whole}"),
        f if f % 10 == 0 => format!("{sign}{whole}.{}", f / 10),
        f => format!("{sign}{whole}.{f:02}"),
    }
}

/// Straight lines through the points, in order.
pub fn line_path(points: &[(f64, f64)]) -> String {
    points
        .iter()
        .enumerate()
        .map(|(i, &(x, y))| format!("{}{},{}", if i == 0 { "M" } else { "L" }, px(x), px(y)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A step line for counts: a count holds for a whole number of weeks, so the line stays level
/// around each point and steps up or down half way to the next one.
pub fn step_path(points: &[(f64, f64)]) -> String {
    let Some(&(x0, y0)) = points.first() else {
        return String::new();
    };
    let mut path = format!("M{},{}", px(x0), px(y0));
    for pair in points.windows(2) {
        let ((x1, _), (x2, y2)) = (pair[0], pair[1]);
        let middle = (x1 + x2) / 2.0;
        path.push_str(&format!(" H{} V{} H{}", px(middle), px(y2), px(x2)));
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pixels_are_short_and_always_numbers() {
        assert_eq!(px(12.0), "12");
        assert_eq!(px(12.345), "12.35");
        assert_eq!(px(-0.001), "0");
        assert_eq!(px(0.5), "0.5");
        assert_eq!(px(f64::NAN), "0");
        assert_eq!(px(f64::INFINITY), "0");
        assert_eq!(px(-12.5), "-12.5");
        assert_eq!(px(0.05), "0.05");
        assert_eq!(px(100.1), "100.1");
        assert_eq!(px(-0.004), "0");
        assert_eq!(px(f64::INFINITY), "0");
    }

    #[test]
    fn a_line_moves_to_the_first_point_and_draws_to_the_others() {
        assert_eq!(line_path(&[(0.0, 10.0), (5.5, 20.0), (10.0, 0.0)]), "M0,10 L5.5,20 L10,0");
        assert_eq!(line_path(&[(1.0, 2.0)]), "M1,2");
        assert_eq!(line_path(&[]), "");
    }

    #[test]
    fn a_step_line_changes_level_half_way_between_points() {
        assert_eq!(step_path(&[(0.0, 100.0), (10.0, 100.0), (20.0, 0.0)]), "M0,100 H5 V100 H10 H15 V0 H20");
        assert_eq!(step_path(&[(3.0, 4.0)]), "M3,4");
        assert_eq!(step_path(&[]), "");
    }
}
