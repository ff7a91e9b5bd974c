//! The embedded calculator's entry point (`embed.html`): the firm estimate alone, so its wasm
//! carries none of the other views' pages (see `embedded_app`).

#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

fn main() {
    furlough_app::panic_notice::install();
    furlough_app::mount_embedded();
}
