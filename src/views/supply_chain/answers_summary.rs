use chrono::NaiveDate;
use yew::prelude::*;

use crate::components::{printed_answers, typed_money, Answers};
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
pub fn supply_chain_answers(props: &SupplyChainAnswersProps) -> Html {
    let mut answers = Answers::default();
    for firm in props.form.firms.iter().filter(|firm| !firm.is_blank()) {
        let name = if firm.name.trim().is_empty() { text(SupplyChainText::UnnamedFirm) } else { firm.name.trim() };
        let pay = typed_money(&firm.average_pay);
        let figures = [
            ("employees", firm.employees.trim()),
            ("pay", pay.as_str()),
            ("lost", firm.lost_output_pct.trim()),
            ("weeks", firm.shutdown_weeks.trim()),
        ];
        if figures.iter().any(|(_, typed)| typed.is_empty()) {
            answers.add_named(name, text(SupplyChainText::PrintedFirmIncomplete));
            continue;
        }
        let mut value = text_with(SupplyChainText::PrintedFirm, &figures);
        if !firm.cash_reserves.trim().is_empty() {
            let cash = typed_money(&firm.cash_reserves);
            value = text_with(SupplyChainText::PrintedFirmCash, &[("firm", &value), ("cash", &cash)]);
        }
        answers.add_named(name, value);
    }
    let from_file = props.figures.as_ref().map_or(0, |figures| {
        figures.firms.iter().filter(|firm| matches!(firm.source, FirmSource::File { .. })).count()
    });
    if from_file > 0 {
        let count = format::count(from_file as u64);
        answers.add(SupplyChainText::PrintedFileFirmsLabel, text_with(SupplyChainText::PrintedFileFirms, &[("count", &count)]));
    }
    answers.add(CommonText::SchemeLabel, text(SchemeText::PresetName(chosen_preset(&props.form.preset))));
    let printed_on = text_with(SupplyChainText::PrintedOn, &[("date", &format::date(props.today))]);
    printed_answers(&printed_on, text(CommonText::PrintedAnswersHeading), answers)
}
