use std::rc::Rc;

use yew::prelude::*;

use crate::share::{LinkError, ShareLink};
use crate::state::View;

/// The share link of a view's answers (`answers` holds whatever the payload is made from),
/// worked out again only when those answers change or become current.
#[hook]
pub fn use_share_link<A: PartialEq + 'static>(
    view: View,
    answers: A,
    current: bool,
    base_url: Rc<AttrValue>,
    payload: fn(&A) -> Result<String, LinkError>,
) -> Rc<ShareLink> {
    use_memo((answers, current), move |(answers, current)| {
        ShareLink::to(&base_url, view, *current, || payload(answers))
    })
}
