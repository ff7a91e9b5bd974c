//! The employee roster view: a CSV of employees (pasted or from a file), the shutdown
//! questions a roster does not answer, and the firm's figures with each employee's.

mod answers_summary;
mod employee_table;
mod employees_input;
mod questions;
mod results;

use std::rc::Rc;

use yew::prelude::*;
use yew::props;

use crate::components::form::ErrorSummary;
use crate::derive::roster::{CSV_ID, ROW_PROBLEMS_ID, RosterFigures, RosterFile};
use crate::derive::row_problems::summary_entries;
use crate::derive::Shown;
use crate::messages::{text, CommonText, RosterText};
use crate::state::{FieldError, RosterAction, RosterForm};
use answers_summary::{roster_answers, RosterAnswersProps};
use employees_input::{employees_input, EmployeesInputProps};
use questions::{questions, QuestionsProps};
use results::{results, ResultsProps};

#[derive(Properties, PartialEq)]
pub struct RosterViewProps {
    pub form: Rc<RosterForm>,
    /// For the printed answers' date.
    pub today: chrono::NaiveDate,
    /// The roster as read now (its rows left out are listed even while figures are stale).
    pub file: Rc<RosterFile>,
    pub shown: Shown<RosterFigures>,
    pub show_missing: bool,
    pub focus_request: u32,
    pub on_action: Callback<RosterAction>,
    pub on_submit: Callback<()>,
}

/// Every problem the view shows, in the order of the page: the roster's (the box, then its
/// rows left out), then the answers'.
pub fn roster_errors(shown: &Shown<RosterFigures>, file: &RosterFile, show_missing: bool) -> Vec<FieldError> {
    let (mut errors, answers): (Vec<FieldError>, Vec<FieldError>) =
        shown.problems.shown(show_missing).into_iter().partition(|error| error.field_id == CSV_ID);
    errors.extend(summary_entries(&file.row_problems, CSV_ID, ROW_PROBLEMS_ID));
    errors.extend(answers);
    errors
}

/// A component, unlike the claim and method views, so that after a pasted or loaded CSV file the root's
/// derivation (tens of milliseconds for 10,000 rows, past Yew's 16 ms slice) is followed by the
/// whole view in one render: as a plain function its figures were painted a frame before its
/// CSV box caught up (settled 38 ms later in an A/B of 10,000-row pastes).
#[function_component(RosterView)]
pub fn roster_view(props: &RosterViewProps) -> Html {
    let errors = roster_errors(&props.shown, &props.file, props.show_missing);
    let onsubmit = {
        let on_submit = props.on_submit.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            on_submit.emit(());
        })
    };
    html! {
        <section class="view" aria-labelledby="view-heading">
            <h2 class="heading-l" id="view-heading">{ text(RosterText::Heading) }</h2>
            <p class="lead">{ text(RosterText::Intro) }</p>
            <ErrorSummary errors={errors.clone()} focus_request={props.focus_request} />
            { roster_answers(&props!(RosterAnswersProps {
                form: props.form.clone(), file: props.file.clone(), today: props.today,
            })) }
            <form class="roster-form" novalidate=true {onsubmit}>
                { employees_input(&props!(EmployeesInputProps {
                    csv: props.form.csv.clone(), file: props.file.clone(), errors: errors.clone(),
                    on_action: props.on_action.clone(),
                })) }
                { questions(&props!(QuestionsProps {
                    form: props.form.clone(), errors, on_action: props.on_action.clone(),
                })) }
                <button type="submit" class="button">{ text(CommonText::Calculate) }</button>
            </form>
            { results(&props!(ResultsProps { shown: props.shown.clone() })) }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::derive::roster::LOST_OUTPUT_ID;
    use crate::derive::row_problems::RowProblem;
    use crate::derive::Problems;

    #[test]
    fn the_roster_s_problems_come_first_as_on_the_page() {
        let shown = Shown::<RosterFigures> {
            figures: None,
            out_of_date: false,
            problems: Problems {
                invalid: vec![FieldError::new(LOST_OUTPUT_ID, "Enter a percentage")],
                missing: vec![FieldError::new(CSV_ID, "Paste your roster")],
            },
        };
        let file = RosterFile {
            row_problems: vec![RowProblem { row: 7, column: "age".into(), message: "Enter a whole number".into() }],
            ..RosterFile::default()
        };
        let messages = |show_missing| -> Vec<String> {
            roster_errors(&shown, &file, show_missing).into_iter().map(|error| error.message).collect()
        };
        assert_eq!(messages(false), ["Row 7, age: Enter a whole number", "Enter a percentage"]);
        assert_eq!(messages(true), ["Paste your roster", "Row 7, age: Enter a whole number", "Enter a percentage"]);
    }
}
