//! The charts' maths, free of the browser and tested natively: scales from data to pixels,
//! round tick values, SVG path strings, and the drawing's frame. `f64` is used for pixels
//! only; every value that is shown stays a `Decimal`.

mod frame;
mod path;
mod scale;
mod ticks;

/// Native only: proptest is not built for the browser tests.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties;

pub use frame::{text_width, Frame, FONT_SIZE, VIEW_WIDTH};
pub use path::{line_path, px, step_path};
pub use scale::LinearScale;
pub use ticks::{nice_ticks, ticks_within};
