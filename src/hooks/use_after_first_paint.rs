//! Lets a component put off the parts of its first render that are not needed at once, so the
//! browser paints what is (issue 7: the headline figures of a loaded link are on screen before
//! the charts and tables below them are built and laid out).

use std::cell::RefCell;
use std::rc::Rc;

use gloo::render::{request_animation_frame, AnimationFrame};
use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// `false` in the component's first render, `true` from the render after the browser has
/// painted it. The animation frame runs just before that paint; the timeout it queues runs
/// after it. Both are cancelled if the component goes away first. A page the browser does not
/// paint (a hidden tab or iframe) gets the rest when it is shown.
#[hook]
pub fn use_after_first_paint() -> bool {
    let painted = use_state(|| false);
    {
        let painted = painted.clone();
        use_effect_with((), move |_| {
            let timeout: Rc<RefCell<Option<Timeout>>> = Rc::default();
            let frame: AnimationFrame = {
                let timeout = timeout.clone();
                request_animation_frame(move |_| {
                    *timeout.borrow_mut() = Some(Timeout::new(0, move || painted.set(true)));
                })
            };
            move || {
                drop(frame);
                drop(timeout.take());
            }
        });
    }
    *painted
}
