//! The CJRS claim view: the claim spec's questions (§7) in the order a payroll officer knows the
//! answers, each shown only when it applies, and the claim with its pay-period breakdown.

mod answers_summary;
mod breakdown;
mod claim_period;
mod contributions;
mod fields;
mod hours;
mod pay;
mod pay_periods;
mod phase_one;
mod results;
mod variable_pay;

use std::rc::Rc;

use yew::prelude::*;
use yew::props;

use crate::components::form::ErrorSummary;
use crate::derive::claim::questions::ClaimQuestions;
use crate::derive::claim::ClaimFigures;
use crate::derive::Shown;
use crate::messages::{text, ClaimText};
use crate::state::{ClaimAction, ClaimForm, FieldError};
use answers_summary::{claim_answers, ClaimAnswersProps};
use breakdown::{breakdown, BreakdownProps};
use claim_period::claim_period_section;
use contributions::contributions_section;
use hours::hours_section;
use pay::pay_section;
use pay_periods::pay_periods_section;
use phase_one::phase_one_section;
use results::{claim_results, ClaimResultsProps};

#[derive(Properties, PartialEq)]
pub struct ClaimViewProps {
    pub form: Rc<ClaimForm>,
    /// For the printed answers' date.
    pub today: chrono::NaiveDate,
    pub shown: Shown<ClaimFigures>,
    pub show_missing: bool,
    pub focus_request: u32,
    pub on_action: Callback<ClaimAction>,
    pub on_submit: Callback<()>,
}

/// What every section of the form gets: the answers, the errors to show, the questions that
/// apply, and where to send what the user does. The sections are plain functions of it.
pub struct SectionProps<'a> {
    pub form: &'a ClaimForm,
    pub errors: &'a [FieldError],
    pub asked: ClaimQuestions,
    pub on_action: &'a Callback<ClaimAction>,
}

pub fn claim_view(props: &ClaimViewProps) -> Html {
    let errors = props.shown.problems.shown(props.show_missing);
    let section = SectionProps {
        form: &props.form,
        errors: &errors,
        asked: ClaimQuestions::of(&props.form),
        on_action: &props.on_action,
    };
    let asked = section.asked;
    let on_submit = {
        let on_submit = props.on_submit.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            on_submit.emit(());
        })
    };
    html! {
        <section class="view" aria-labelledby="view-heading" key="claim">
            <h2 class="heading-l" id="view-heading">{ text(ClaimText::Heading) }</h2>
            <p class="claim-intro">{ text(ClaimText::Intro) }</p>
            <ErrorSummary errors={errors.clone()} focus_request={props.focus_request} />
            { claim_answers(&props!(ClaimAnswersProps { form: props.form.clone(), asked, today: props.today })) }
            <div class="claim-layout">
                <form class="claim-form" novalidate=true onsubmit={on_submit}>
                    { claim_period_section(&section) }
                    { pay_section(&section) }
                    { pay_periods_section(&section) }
                    if asked.worked_during_claim {
                        { hours_section(&section) }
                    }
                    if asked.nic_and_pension {
                        { contributions_section(&section) }
                    }
                    if asked.phase_one_pay {
                        { phase_one_section(&section) }
                    }
                    <button class="button" type="submit">{ text(ClaimText::Calculate) }</button>
                </form>
                { claim_results(&props!(ClaimResultsProps { shown: props.shown.clone() })) }
            </div>
            if let Some(figures) = props.shown.figures.clone() {
                { breakdown(&props!(BreakdownProps { figures, out_of_date: props.shown.out_of_date })) }
            }
        </section>
    }
}
