//! The browser entry point: install the crash notice, then mount the app into `#app`.

fn main() {
    furlough_app::panic_notice::install();
    furlough_app::mount();
}
