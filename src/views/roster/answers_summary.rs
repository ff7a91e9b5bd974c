use chrono::NaiveDate;
use yew::prelude::*;

use crate::components::{printed_answers, typed_money, Answers};
use crate::derive::defaults::chosen_preset;
use crate::derive::roster::RosterFile;
use crate::format;
use crate::messages::{
    text, text_count, text_with, CommonText, EstimateText, RosterText, SchemeText,
};
use crate::state::RosterForm;

#[derive(Properties, PartialEq)]
pub struct RosterAnswersProps {
    pub form: std::rc::Rc<RosterForm>,
    pub file: std::rc::Rc<RosterFile>,
    pub today: NaiveDate,
}

/// The roster view's answers, printed instead of its form: how many employees were read (and
/// left out), the shutdown and the scheme. The roster itself is the user's file; the printout
/// does not repeat it.
pub fn roster_answers(props: &RosterAnswersProps) -> Html {
    let form = &props.form;
    let mut answers = Answers::default();
    let read = props.file.reading.employees.len();
    let left_out = props.file.reading.rows_left_out;
    let employees = [
        (read > 0).then(|| text_count(RosterText::RowsReadOne, RosterText::RowsRead, read)),
        (left_out > 0).then(|| text_with(RosterText::PrintedRowsLeftOut, &[("count", &format::count(left_out as u64))])),
    ];
    answers.add(RosterText::EmployeesHeading, employees.into_iter().flatten().collect::<Vec<_>>().join(text(CommonText::SentenceSeparator)));
    answers.add(RosterText::LostOutputLabel, &form.lost_output_pct);
    answers.add(RosterText::ShutdownWeeksLabel, &form.shutdown_weeks);
    answers.add(EstimateText::CashReservesLabel, typed_money(&form.cash_reserves));
    answers.add(CommonText::SchemeLabel, text(SchemeText::PresetName(chosen_preset(&form.preset))));
    let printed_on = text_with(RosterText::PrintedOn, &[("date", &format::date(props.today))]);
    printed_answers(&printed_on, text(CommonText::PrintedAnswersHeading), answers)
}
