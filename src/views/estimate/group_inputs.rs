use furlough_engine::payroll::NicCategory;
use yew::prelude::*;
use yew::props;

use super::SectionProps;
use crate::components::focus::focus_element;
use crate::components::form::{
    checkbox, select_field, text_field, CheckboxProps, InputMode, SelectFieldProps, SelectOption,
    TextFieldProps,
};
use crate::messages::{text, text_with, EstimateText, SchemeText};
use crate::state::{EstimateAction, GroupField, GroupForm};

/// "Add a group": where focus goes when a group is removed, so it is not lost with the button.
const ADD_GROUP_ID: &str = "add-group";

/// Detailed mode's workforce: groups of staff, added and removed by the user. Rows are keyed,
/// so removing one never moves what was typed into another.
pub fn group_inputs(props: &SectionProps) -> Html {
    let removable = props.form.groups.len() > 1;
    html! {
        <fieldset class="fieldset form-section" aria-describedby="groups-hint">
            <legend class="fieldset__legend fieldset__legend--m">{ text(EstimateText::GroupsHeading) }</legend>
            <p class="hint" id="groups-hint">{ text(EstimateText::GroupsHint) }</p>
            // A fragment of its own, so the keyed rows are diffed by key: among their unkeyed
            // siblings Yew would match them by place, rebuilding rows and the controls before them.
            <>{ for props.form.groups.iter().enumerate().map(|(index, group)| group_row(index, group, removable, props)) }</>
            <button type="button" class="button button--secondary" id={ADD_GROUP_ID}
                onclick={props.on_action.reform(|_| EstimateAction::AddGroup)}>
                { text(EstimateText::AddGroup) }
            </button>
        </fieldset>
    }
}

/// One group's questions, keyed by the group.
fn group_row(index: usize, group: &GroupForm, removable: bool, section: &SectionProps) -> Html {
    let key = group.key;
    let number = (index + 1).to_string();
    let id = |field: &str| format!("workforce-{index}-{field}");
    let set = |field| section.on_action.reform(move |typed| EstimateAction::SetGroup { key, field, text: typed });
    let nic_options = NicCategory::ALL
        .into_iter()
        .map(|category| SelectOption {
            value: category.letter().into(),
            label: format!("{} ({})", category.letter(), text(SchemeText::NicCategoryDescription(category))).into(),
        })
        .collect::<Vec<_>>();
    html! {
        <fieldset class="fieldset group-row" {key}>
            <legend class="fieldset__legend">{ text_with(EstimateText::GroupLegend, &[("number", &number)]) }</legend>
            { text_field(&props!(TextFieldProps {
                id: id("label"), label: text(EstimateText::GroupLabelLabel),
                hint: text(EstimateText::GroupLabelHint), value: group.label.clone(),
                error: section.error(&id("label")), input_mode: InputMode::Text, width: "input--width-20",
                on_input: set(GroupField::Label),
            })) }
            <div class="field-row">
                { text_field(&props!(TextFieldProps {
                    id: id("employees"), label: text(EstimateText::GroupEmployeesLabel),
                    value: group.employees.clone(), error: section.error(&id("employees")),
                    input_mode: InputMode::Numeric, width: "input--width-5",
                    on_input: set(GroupField::Employees),
                })) }
                { text_field(&props!(TextFieldProps {
                    id: id("annual-pay"), label: text(EstimateText::GroupPayLabel),
                    value: group.annual_pay.clone(), error: section.error(&id("annual-pay")), prefix: "£",
                    width: "input--width-10", on_input: set(GroupField::AnnualPay),
                })) }
            </div>
            <div class="field-row">
                { text_field(&props!(TextFieldProps {
                    id: id("age"), label: text(EstimateText::GroupAgeLabel),
                    hint: text(EstimateText::GroupAgeHint), value: group.age.clone(),
                    error: section.error(&id("age")), input_mode: InputMode::Numeric, width: "input--width-5",
                    on_input: set(GroupField::Age),
                })) }
                { text_field(&props!(TextFieldProps {
                    id: id("years-service"), label: text(EstimateText::GroupServiceLabel),
                    hint: text(EstimateText::GroupServiceHint), value: group.years_service.clone(),
                    error: section.error(&id("years-service")), input_mode: InputMode::Numeric,
                    width: "input--width-5", on_input: set(GroupField::YearsService),
                })) }
            </div>
            { select_field(&props!(SelectFieldProps {
                id: id("nic-category"), label: text(EstimateText::GroupNicLabel),
                hint: text(EstimateText::GroupNicHint), options: nic_options,
                selected: group.nic_category.clone(), error: section.error(&id("nic-category")),
                on_change: set(GroupField::NicCategory),
            })) }
            { checkbox(&props!(CheckboxProps {
                id: id("pension-enrolled"), label: text(EstimateText::GroupPensionLabel),
                checked: group.pension_enrolled,
                on_change: section.on_action.reform(move |enrolled| EstimateAction::SetGroupPension { key, enrolled }),
            })) }
            if removable {
                <button type="button" class="button button--warning"
                    onclick={section.on_action.reform(move |_| {
                        focus_element(ADD_GROUP_ID);
                        EstimateAction::RemoveGroup { key }
                    })}>
                    { text_with(EstimateText::RemoveGroup, &[("number", &number)]) }
                </button>
            }
        </fieldset>
    }
}
