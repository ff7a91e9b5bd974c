//! The browser entry point: install the crash notice, then mount the app into `#app`.

#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

fn main() {
    furlough_app::panic_notice::install();
    furlough_app::mount();
}
