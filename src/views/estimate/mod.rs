//! The firm estimate view: the questions on one side, the figures on the other, updated as the
//! user types (there is no "calculate" button; the submit button only checks the answers).

mod answers_summary;
mod finance_inputs;
mod group_inputs;
mod mode_choice;
mod quick_inputs;
mod results;
mod scheme_inputs;
mod shutdown_inputs;

use std::rc::Rc;

use yew::prelude::*;

use crate::components::form::ErrorSummary;
use crate::derive::estimate::EstimateFigures;
use crate::derive::Shown;
use crate::messages::{text, EstimateText};
use crate::state::{EntryMode, EstimateAction, EstimateForm, FieldError};

use answers_summary::answers_summary;
use finance_inputs::finance_inputs;
use group_inputs::group_inputs;
use mode_choice::mode_choice;
use quick_inputs::quick_inputs;
use results::{estimate_summary, EstimateDetails};
use scheme_inputs::{scheme_choice, scheme_inputs};
use shutdown_inputs::shutdown_inputs;

pub use results::{drawn_charts, Charts};

#[derive(Properties, PartialEq)]
pub struct EstimateViewProps {
    pub form: Rc<EstimateForm>,
    /// For the printed summary's date.
    pub today: chrono::NaiveDate,
    pub shown: Shown<EstimateFigures>,
    pub show_missing: bool,
    pub focus_request: u32,
    pub on_action: Callback<EstimateAction>,
    /// The user asked to check the answers while some have problems.
    pub on_submit: Callback<()>,
    /// Drawn here, or a link away (the embedded calculator).
    pub charts: Charts,
}

/// What every input section of the view gets: the answers, the problems to show, and the
/// callback for changes. The sections are plain functions of it (they hold no state).
pub struct SectionProps<'a> {
    pub form: &'a EstimateForm,
    pub errors: &'a [FieldError],
    pub on_action: &'a Callback<EstimateAction>,
}

#[function_component(EstimateView)]
pub fn estimate_view(props: &EstimateViewProps) -> Html {
    let results_heading = use_node_ref();
    let errors = props.shown.problems.shown(props.show_missing);
    let has_problems = props.shown.figures.is_none() || props.shown.out_of_date;
    let onsubmit = {
        let on_submit = props.on_submit.clone();
        let results_heading = results_heading.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if has_problems {
                on_submit.emit(());
            } else if let Some(heading) = results_heading.cast::<web_sys::HtmlElement>() {
                let _ = heading.focus();
            }
        })
    };
    let section = SectionProps { form: &props.form, errors: &errors, on_action: &props.on_action };
    let detailed = props.form.mode == EntryMode::Detailed;

    html! {
        <div class="view estimate-view">
            <ErrorSummary errors={errors.clone()} focus_request={props.focus_request} />
            { answers_summary(&props.form, props.today) }
            <div class="calculator">
                <form class="calculator__inputs" novalidate=true {onsubmit} aria-labelledby="estimate-inputs-heading">
                    <h2 class="heading-l" id="estimate-inputs-heading">{ text(EstimateText::InputsHeading) }</h2>
                    { mode_choice(&section) }
                    if detailed {
                        { group_inputs(&section) }
                    } else {
                        { quick_inputs(&section) }
                    }
                    { shutdown_inputs(&section) }
                    { scheme_choice(&section) }
                    if detailed {
                        { scheme_inputs(&section) }
                        { finance_inputs(&section) }
                    }
                    <button type="submit" class="button">{ text(EstimateText::SubmitButton) }</button>
                </form>
                { estimate_summary(&props.shown, &results_heading) }
            </div>
            <EstimateDetails shown={props.shown.clone()} charts={props.charts.clone()} />
        </div>
    }
}

impl SectionProps<'_> {
    /// The error message for a field, as a form field's `error`.
    pub fn error(&self, field_id: &str) -> Option<AttrValue> {
        crate::state::error_for(self.errors, field_id).map(|message| AttrValue::from(message.to_string()))
    }
}
