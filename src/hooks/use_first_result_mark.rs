//! Marks the moment the first result is on screen, `performance.mark("first-result")`, once per
//! page: `make bench` reads the mark's time from navigation start as the app's load time
//! (issue 7).

use yew::prelude::*;

/// The name of the mark in the browser's performance timeline.
pub const FIRST_RESULT_MARK: &str = "first-result";

/// Sets the mark after the first render in which the open view shows figures. Effects run
/// once that render is in the DOM, so the mark is never early; a mark already set is kept, so
/// later results (or a remount) do not move it.
#[hook]
pub fn use_first_result_mark(result_on_screen: bool) {
    use_effect_with(result_on_screen, |on_screen| {
        if *on_screen {
            mark_once(FIRST_RESULT_MARK);
        }
    });
}

fn mark_once(name: &str) {
    let Some(performance) = web_sys::window().and_then(|window| window.performance()) else {
        return;
    };
    if performance.get_entries_by_name_with_entry_type(name, "mark").length() == 0 {
        // A browser without user timing loses only the benchmark's figure.
        let _ = performance.mark(name);
    }
}
