//! The drawing's size and type. The SVG has a fixed viewBox and is scaled to the width of its
//! container, so its text is sized for the narrowest layout: a 320px screen leaves about 290px
//! for the chart, and 20 units drawn 480 units wide at 290px are 12px.

/// The width of every chart's viewBox.
pub const VIEW_WIDTH: f64 = 480.0;

/// The size of text in the charts, in viewBox units (see the module's note).
pub const FONT_SIZE: f64 = 20.0;

/// A generous guess at how wide a line of chart text is, for leaving room for labels. The
/// widths (in em) are those of DejaVu Sans, the widest of the system fonts we use.
pub fn text_width(text: &str) -> f64 {
    let ems: f64 = text
        .chars()
        .map(|c| match c {
            ',' | '.' | ':' | ';' | ' ' | '-' | 'i' | 'l' | 'j' | 't' | 'f' | 'r' => 0.4,
            'm' | 'w' | 'M' | 'W' => 1.0,
            _ => 0.66,
        })
        .sum();
    ems * FONT_SIZE
}

/// The plotting area inside a chart, in viewBox units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl Frame {
    pub fn width(&self) -> f64 {
        self.right - self.left
    }

    /// Half way across: where an axis's name is centred.
    pub fn middle(&self) -> f64 {
        (self.left + self.right) / 2.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chart_text_is_at_least_12px_on_a_320px_screen() {
        let drawn_width = 320.0 - 2.0 * 15.0;
        assert!(FONT_SIZE * drawn_width / VIEW_WIDTH >= 12.0);
    }

    #[test]
    fn text_width_grows_with_the_text() {
        assert_eq!(text_width(""), 0.0);
        assert!(text_width("-£400k") > text_width("£0"));
    }
}
