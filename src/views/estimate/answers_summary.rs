use chrono::NaiveDate;
use furlough_engine::estimate::SchemePreset;
use yew::prelude::*;

use crate::format;
use crate::messages::{text, text_with, EstimateText, SchemeText};
use crate::state::{EntryMode, EstimateForm};

#[derive(Properties, PartialEq)]
pub struct AnswersSummaryProps {
    pub form: std::rc::Rc<EstimateForm>,
    pub today: NaiveDate,
}

/// The answers as a short list, with the date: printed instead of the form, so a printout
/// shows what the figures are for on one or two pages.
#[function_component(AnswersSummary)]
pub fn answers_summary(props: &AnswersSummaryProps) -> Html {
    let form = &props.form;
    let mut rows: Vec<(AttrValue, String)> = Vec::new();
    let add = |rows: &mut Vec<(AttrValue, String)>, label: EstimateText, value: &str| {
        if !value.trim().is_empty() {
            rows.push((text(label).into(), value.trim().to_string()));
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
                rows.push((name.into(), value));
            }
        }
    }
    add(&mut rows, EstimateText::LostOutputLabel, &form.lost_output_pct);
    add(&mut rows, EstimateText::ShutdownWeeksLabel, &form.shutdown_weeks);
    add(&mut rows, EstimateText::CashReservesLabel, &form.cash_reserves);
    let scheme = SchemePreset::from_id(&form.preset).map(|preset| text(SchemeText::PresetName(preset))).unwrap_or(form.preset.as_str());
    add(&mut rows, EstimateText::SchemePresetLabel, scheme);
    html! {
        <section class="print-only answers-summary">
            <p class="answers-summary__date">
                { text_with(EstimateText::PrintedOn, &[("date", &format::date(props.today))]) }
            </p>
            <h2 class="heading-m">{ text(EstimateText::InputsHeading) }</h2>
            <dl class="answers-summary__list">
                { for rows.into_iter().map(|(label, value)| html! {
                    <div class="answers-summary__row"><dt>{ label }</dt><dd>{ value }</dd></div>
                }) }
            </dl>
        </section>
    }
}
