use gloo::events::EventListener;
use yew::prelude::*;

use crate::state::{Action, AppState, View};

/// Follows the URL fragment: opens the view it names whenever it changes (a navigation link, the
/// back button, a pasted link). The view it named at load is the start state's.
#[hook]
pub fn use_fragment_view(state: UseReducerHandle<AppState>) {
    use_effect_with((), move |_| {
        let show_current_fragment = {
            let dispatch = state.dispatcher();
            move || {
                if let Some(view) = current_fragment().as_deref().and_then(View::from_fragment) {
                    dispatch.dispatch(Action::ShowView(view));
                }
            }
        };
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "hashchange", move |_| show_current_fragment())
        });
        move || drop(listener)
    });
}

fn current_fragment() -> Option<String> {
    web_sys::window()?.location().hash().ok()
}
