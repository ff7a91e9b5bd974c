use chrono::NaiveDate;
use furlough_engine::estimate::SchemePreset;
use yew::prelude::*;

use crate::components::{printed_answers, typed_money, Answers};
use crate::format;
use crate::messages::{text, text_with, EstimateText, SchemeText};
use crate::state::{EntryMode, EstimateForm};

/// The firm estimate's answers, printed instead of its form.
pub fn answers_summary(form: &EstimateForm, today: NaiveDate) -> Html {
    let mut answers = Answers::default();
    match form.mode {
        EntryMode::Quick => {
            answers.add(EstimateText::HeadcountLabel, &form.headcount);
            answers.add(EstimateText::AveragePayLabel, typed_money(&form.average_pay));
        }
        EntryMode::Detailed => {
            for (index, group) in form.groups.iter().enumerate() {
                let number = (index + 1).to_string();
                let name = if group.label.trim().is_empty() {
                    text_with(EstimateText::GroupLegend, &[("number", &number)])
                } else {
                    group.label.trim().to_string()
                };
                let value = text_with(
                    EstimateText::PrintGroup,
                    &[("employees", group.employees.trim()), ("pay", &typed_money(&group.annual_pay)), ("age", group.age.trim()),
                      ("years", group.years_service.trim()), ("nic", group.nic_category.trim())],
                );
                answers.add_named(name, value);
            }
        }
    }
    answers.add(EstimateText::LostOutputLabel, &form.lost_output_pct);
    answers.add(EstimateText::ShutdownWeeksLabel, &form.shutdown_weeks);
    answers.add(EstimateText::CashReservesLabel, typed_money(&form.cash_reserves));
    let scheme = SchemePreset::from_id(&form.preset).map(|preset| text(SchemeText::PresetName(preset))).unwrap_or(form.preset.as_str());
    answers.add(EstimateText::SchemePresetLabel, scheme);
    let printed_on = text_with(EstimateText::PrintedOn, &[("date", &format::date(today))]);
    printed_answers(&printed_on, text(EstimateText::InputsHeading), answers)
}
