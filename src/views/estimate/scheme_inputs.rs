use furlough_engine::estimate::SchemePreset;
use yew::prelude::*;
use yew::props;

use super::SectionProps;
use crate::components::form::{
    checkbox, select_field, text_field, CheckboxProps, InputMode, SelectFieldProps, TextFieldProps,
};
use crate::components::preset_options;
use crate::messages::{text, text_with, EstimateText, SchemeText};
use crate::state::{EstimateAction, SchemeField, SchemeFlag};

/// The scheme preset, with what it means and where it comes from.
pub fn scheme_choice(props: &SectionProps) -> Html {
    let options = preset_options(true);
    let chosen = SchemePreset::from_id(&props.form.preset);
    html! {
        <>
            { select_field(&props!(SelectFieldProps {
                id: "scheme-preset", label: text(EstimateText::SchemePresetLabel),
                hint: text(EstimateText::SchemePresetHint), options, selected: props.form.preset.clone(),
                on_change: props.on_action.reform(EstimateAction::ChoosePreset),
            })) }
            if let Some(preset) = chosen {
                <div class="inset-text" aria-live="polite">
                    <p>{ text(SchemeText::PresetDescription(preset)) }</p>
                    <p class="hint">{ text_with(EstimateText::PresetSource, &[("source", text(SchemeText::PresetSource(preset)))]) }</p>
                </div>
            }
        </>
    }
}

/// Every parameter of the scheme (detailed mode). Changing one makes the scheme "custom".
pub fn scheme_inputs(props: &SectionProps) -> Html {
    let scheme = &props.form.scheme;
    let set = |field| props.on_action.reform(move |typed| EstimateAction::SetScheme(field, typed));
    let flag = |flag| props.on_action.reform(move |on| EstimateAction::SetSchemeFlag(flag, on));
    html! {
        <fieldset class="fieldset form-section">
            <legend class="fieldset__legend fieldset__legend--m">{ text(EstimateText::SchemeHeading) }</legend>
            { text_field(&props!(TextFieldProps {
                id: "scheme-gov-rate-pct", label: text(EstimateText::GovRateLabel),
                hint: text(EstimateText::GovRateHint), value: scheme.gov_rate_pct.clone(),
                error: props.error("scheme-gov-rate-pct"), suffix: "%", width: "input--width-5",
                on_input: set(SchemeField::GovRate),
            })) }
            { text_field(&props!(TextFieldProps {
                id: "scheme-employee-floor-pct", label: text(EstimateText::FloorLabel),
                hint: text(EstimateText::FloorHint), value: scheme.employee_floor_pct.clone(),
                error: props.error("scheme-employee-floor-pct"), suffix: "%", width: "input--width-5",
                on_input: set(SchemeField::EmployeeFloor),
            })) }
            { text_field(&props!(TextFieldProps {
                id: "scheme-monthly-cap", label: text(EstimateText::CapLabel),
                hint: text(EstimateText::CapHint), value: scheme.monthly_cap.clone(),
                error: props.error("scheme-monthly-cap"), prefix: "£", width: "input--width-10",
                on_input: set(SchemeField::MonthlyCap),
            })) }
            { text_field(&props!(TextFieldProps {
                id: "scheme-top-up-to-pct", label: text(EstimateText::TopUpLabel),
                hint: text(EstimateText::TopUpHint), value: scheme.top_up_to_pct.clone(),
                error: props.error("scheme-top-up-to-pct"), suffix: "%", width: "input--width-5",
                on_input: set(SchemeField::TopUpTo),
            })) }
            { text_field(&props!(TextFieldProps {
                id: "scheme-max-weeks", label: text(EstimateText::MaxWeeksLabel),
                hint: text(EstimateText::MaxWeeksHint), value: scheme.max_weeks.clone(),
                error: props.error("scheme-max-weeks"), suffix: text(EstimateText::WeeksSuffix),
                input_mode: InputMode::Numeric, width: "input--width-5", on_input: set(SchemeField::MaxWeeks),
            })) }
            { checkbox(&props!(CheckboxProps {
                id: "scheme-covers-employer-nic", label: text(EstimateText::CoversNicLabel),
                checked: scheme.covers_employer_nic, on_change: flag(SchemeFlag::CoversEmployerNic),
            })) }
            { checkbox(&props!(CheckboxProps {
                id: "scheme-covers-pension", label: text(EstimateText::CoversPensionLabel),
                checked: scheme.covers_pension, on_change: flag(SchemeFlag::CoversPension),
            })) }
        </fieldset>
    }
}
