use std::rc::Rc;

use furlough_engine::estimate::ROSTER_TEMPLATE;
use yew::prelude::*;

use crate::components::csv::{CsvInput, RowProblems};
use crate::derive::roster::{CSV_ID, ROW_PROBLEMS_ID, RosterFile};
use crate::messages::{text, text_count, RosterText};
use crate::state::{error_for, CsvText, FieldError, RosterAction};

#[derive(Properties, PartialEq)]
pub struct EmployeesInputProps {
    pub csv: CsvText,
    pub file: Rc<RosterFile>,
    pub errors: Vec<FieldError>,
    pub on_action: Callback<RosterAction>,
}

/// The roster: the box (or a file, or the template), how many employees were read, and the
/// rows left out.
pub fn employees_input(props: &EmployeesInputProps) -> Html {
    let file = &props.file;
    let left_out = file.reading.rows_left_out;
    // The box says what is wrong with the roster as a whole; each row's problem is in the list.
    let error = error_for(&props.errors, CSV_ID)
        .filter(|_| file.row_problems.is_empty() || file.file_problem.is_some())
        .map(str::to_string)
        .or_else(|| {
            (left_out > 0).then(|| text_count(RosterText::RowsLeftOutOne, RosterText::RowsLeftOut, left_out))
        });
    let read = file.reading.employees.len();
    html! {
        <>
            <h3 class="heading-m">{ text(RosterText::EmployeesHeading) }</h3>
            <CsvInput id={CSV_ID} label={text(RosterText::CsvLabel)} hint={text(RosterText::CsvHint)}
                file_label={text(RosterText::FileLabel)} template={ROSTER_TEMPLATE}
                template_file_name="roster-template.csv" csv={props.csv.clone()}
                error={error.map(AttrValue::from)} on_action={props.on_action.reform(RosterAction::Csv)} />
            <p class="csv-status" role="status">
                if read > 0 {
                    { text_count(RosterText::RowsReadOne, RosterText::RowsRead, read) }
                }
            </p>
            <RowProblems id={ROW_PROBLEMS_ID} caption={text(RosterText::RowProblemsCaption)}
                problems={file.row_problems.clone()} />
        </>
    }
}
