//! The firm estimate view.

use std::rc::Rc;

use yew::prelude::*;

use crate::derive::estimate::EstimateFigures;
use crate::derive::Shown;
use crate::state::{EstimateAction, EstimateForm};

#[derive(Properties, PartialEq)]
pub struct EstimateViewProps {
    pub form: Rc<EstimateForm>,
    pub shown: Shown<EstimateFigures>,
    pub show_missing: bool,
    pub focus_request: u32,
    pub on_action: Callback<EstimateAction>,
    pub on_submit: Callback<()>,
}

#[function_component(EstimateView)]
pub fn estimate_view(_props: &EstimateViewProps) -> Html {
    html! {}
}
