use chrono::NaiveDate;
use furlough_engine::estimate::SchemePreset;
use yew::prelude::*;

use crate::components::{PrintedAnswer, PrintedAnswers};
use crate::format;
use crate::messages::{text, text_with, EstimateText, SchemeText};
use crate::state::{EntryMode, EstimateForm};

#[derive(Properties, PartialEq)]
pub struct AnswersSummaryProps {
    pub form: std::rc::Rc<EstimateForm>,
    pub today: NaiveDate,
}

/// The firm estimate's answers, printed instead of its form.
#[function_component(AnswersSummary)]
pub fn answers_summary(props: &AnswersSummaryProps) -> Html {
    let form = &props.form;
    let mut rows: Vec<PrintedAnswer> = Vec::new();
    let add = |rows: &mut Vec<PrintedAnswer>, label: EstimateText, value: &str| {
        if !value.trim().is_empty() {
            rows.push(PrintedAnswer { label: text(label).into(), value: value.trim().to_string().into() });
        }
    };
    match form.mode {
        EntryMode::Quick => {
            add(&mut rows, EstimateText::HeadcountLabel, &form.headcount);
            add(&mut rows, EstimateText::AveragePayLabel, &form.average_pay);
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
                    &[("employees", group.employees.trim()), ("pay", group.annual_pay.trim().trim_start_matches('£')), ("age", group.age.trim()),
                      ("years", group.years_service.trim()), ("nic", group.nic_category.trim())],
                );
                rows.push(PrintedAnswer { label: name.into(), value: value.into() });
            }
        }
    }
    add(&mut rows, EstimateText::LostOutputLabel, &form.lost_output_pct);
    add(&mut rows, EstimateText::ShutdownWeeksLabel, &form.shutdown_weeks);
    add(&mut rows, EstimateText::CashReservesLabel, &form.cash_reserves);
    let scheme = SchemePreset::from_id(&form.preset).map(|preset| text(SchemeText::PresetName(preset))).unwrap_or(form.preset.as_str());
    add(&mut rows, EstimateText::SchemePresetLabel, scheme);
    html! {
        <PrintedAnswers
            printed_on={text_with(EstimateText::PrintedOn, &[("date", &format::date(props.today))])}
            heading={text(EstimateText::InputsHeading)}
            answers={rows} />
    }
}
