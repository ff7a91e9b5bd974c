use chrono::NaiveDate;
use yew::prelude::*;
use yew::props;

use super::fields::{error, yes_no};
use super::SectionProps;
use crate::components::form::{text_field, TextFieldProps};
use crate::derive::claim::typed_periods;
use crate::format;
use crate::messages::{text, text_with, ClaimText, CommonText};
use crate::state::claim_form::{ids, ClaimQuestion, PeriodField};
use crate::state::ClaimAction;

/// Claim spec §3, flexible furlough (claims from July 2020): whether the employee worked, and
/// then the usual and worked hours of each pay period.
pub fn hours_section(props: &SectionProps) -> Html {
    let id = ids::HOURS;
    html! {
        <div class="claim-section">
            <h3 class="heading-m">{ text(ClaimText::SectionHours) }</h3>
            { yes_no(props, ClaimQuestion::WorkedDuringClaim, ClaimText::WorkedLegend, Some(ClaimText::WorkedHint)) }
            if props.asked.hours {
                <div class={classes!("form-group", "conditional", error(props, id).map(|_| "form-group--error"))}>
                    <fieldset class="fieldset" id={id} aria-describedby={format!("{id}-hint")}>
                        <legend class="fieldset__legend">{ text(ClaimText::HoursLegend) }</legend>
                        <div class="hint" id={format!("{id}-hint")}>{ text(ClaimText::HoursHint) }</div>
                        if let Some(message) = error(props, id) {
                            <p class="error-message"><span class="visually-hidden">{ text(CommonText::ErrorTitlePrefix) }</span>{ message }</p>
                        }
                        // Keyed rows in a fragment of their own (see `group_inputs`).
                        <>{ for typed_periods(props.form).into_iter().filter_map(|(key, from, to)| hours_row(props, key, from, to)) }</>
                    </fieldset>
                </div>
            }
        </div>
    }
}

/// A period's hours, keyed by its row (`None` if the row is gone: every item of a keyed list
/// must have a key).
fn hours_row(props: &SectionProps, key: u32, from: NaiveDate, to: NaiveDate) -> Option<Html> {
    let row = props.form.pay_periods.iter().find(|row| row.key == key)?;
    let legend = text_with(ClaimText::PeriodLegend, &[("from", &format::date(from)), ("to", &format::date(to))]);
    let field = |field: PeriodField, label: ClaimText| {
        let id = ids::period_field(key, field);
        let on_action = props.on_action.clone();
        let on_input = Callback::from(move |text| on_action.emit(ClaimAction::SetPeriod { key, field, text }));
        text_field(&props!(TextFieldProps {
            id: id.clone(), label: text(label), value: row.field(field).to_string(),
            width: Some("input--width-5"), error: error(props, &id), on_input,
        }))
    };
    Some(html! {
        <fieldset class="fieldset period-hours" key={key}>
            <legend class="fieldset__legend period-hours__legend">{ legend }</legend>
            <div class="period-hours__fields">
                { field(PeriodField::UsualHours, ClaimText::UsualHoursLabel) }
                { field(PeriodField::WorkedHours, ClaimText::WorkedHoursLabel) }
            </div>
        </fieldset>
    })
}
