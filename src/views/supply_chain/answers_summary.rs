use chrono::NaiveDate;
use yew::prelude::*;

use crate::components::{PrintedAnswer, PrintedAnswers};
use crate::derive::defaults::chosen_preset;
use crate::derive::supply_chain::{FirmSource, SupplyChainFigures};
use crate::format;
use crate::messages::{text, text_with, CommonText, SchemeText, SupplyChainText};
use crate::state::SupplyChainForm;

#[derive(Properties, PartialEq)]
pub struct SupplyChainAnswersProps {
    pub form: std::rc::Rc<SupplyChainForm>,
    /// The figures printed with the answers (the last that could be calculated), for the
    /// number of firms they took from the imported file.
    pub figures: Option<std::rc::Rc<SupplyChainFigures>>,
    pub today: NaiveDate,
}

/// The supply chain's answers, printed instead of its form: each firm of the table as typed,
/// how many firms came from an imported file, and the scheme.
#[function_component(SupplyChainAnswers)]
pub fn supply_chain_answers(props: &SupplyChainAnswersProps) -> Html {
    let mut answers: Vec<PrintedAnswer> = props
        .form
        .firms
        .iter()
        .filter(|firm| !firm.employees.trim().is_empty() || !firm.name.trim().is_empty())
        .map(|firm| {
            let name = if firm.name.trim().is_empty() { text(SupplyChainText::UnnamedFirm) } else { firm.name.trim() };
            let figures = [
                ("employees", firm.employees.trim()),
                ("pay", firm.average_pay.trim().trim_start_matches('£')),
                ("lost", firm.lost_output_pct.trim()),
                ("weeks", firm.shutdown_weeks.trim()),
            ];
            if figures.iter().any(|(_, typed)| typed.is_empty()) {
                return PrintedAnswer { label: name.to_string().into(), value: text(SupplyChainText::PrintedFirmIncomplete).into() };
            }
            let mut value = text_with(SupplyChainText::PrintedFirm, &figures);
            if !firm.cash_reserves.trim().is_empty() {
                let cash = firm.cash_reserves.trim().trim_start_matches('£');
                value = text_with(SupplyChainText::PrintedFirmCash, &[("firm", &value), ("cash", cash)]);
            }
            PrintedAnswer { label: name.to_string().into(), value: value.into() }
        })
        .collect();
    let from_file = props.figures.as_ref().map_or(0, |figures| {
        figures.firms.iter().filter(|firm| matches!(firm.source, FirmSource::File { .. })).count()
    });
    if from_file > 0 {
        answers.push(PrintedAnswer {
            label: text(SupplyChainText::PrintedFileFirmsLabel).into(),
            value: text_with(SupplyChainText::PrintedFileFirms, &[("count", &format::count(from_file as u64))]).into(),
        });
    }
    answers.push(PrintedAnswer {
        label: text(CommonText::SchemeLabel).into(),
        value: text(SchemeText::PresetName(chosen_preset(&props.form.preset))).into(),
    });
    html! {
        <PrintedAnswers
            printed_on={text_with(SupplyChainText::PrintedOn, &[("date", &format::date(props.today))])}
            heading={text(CommonText::PrintedAnswersHeading)}
            {answers} />
    }
}
