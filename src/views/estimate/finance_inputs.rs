use furlough_engine::payroll::supported_tax_years;
use yew::prelude::*;
use yew::props;

use super::SectionProps;
use crate::components::form::{
    select_field, text_field, SelectFieldProps, SelectOption, TextFieldProps,
};
use crate::format;
use crate::messages::{text, text_with, AssumptionText, EstimateText};
use crate::state::{EstimateAction, EstimateField, FinanceField};

/// The finance assumptions (detailed mode), each starting at its default and showing its
/// source, and the tax year whose payroll rules apply.
pub fn finance_inputs(props: &SectionProps) -> Html {
    let finances = &props.form.finances;
    let set = |field| props.on_action.reform(move |typed| EstimateAction::SetFinance(field, typed));
    let source = |source: AssumptionText| text_with(EstimateText::SourceHint, &[("source", text(source))]);
    let mut years = vec![SelectOption { value: "".into(), label: text(EstimateText::TaxYearToday).into() }];
    years.extend(supported_tax_years().map(|year| SelectOption { value: year.to_string().into(), label: format::tax_year(year).into() }));
    html! {
        <fieldset class="fieldset form-section" aria-describedby="finances-hint">
            <legend class="fieldset__legend fieldset__legend--m">{ text(EstimateText::FinancesHeading) }</legend>
            <p class="hint" id="finances-hint">{ text(EstimateText::FinancesHint) }</p>
            { text_field(&props!(TextFieldProps {
                id: "finances-cash-buffer-days", label: text(EstimateText::CashBufferLabel),
                hint: source(AssumptionText::SourceCashBuffer), value: finances.cash_buffer_days.clone(),
                error: props.error("finances-cash-buffer-days"), suffix: text(EstimateText::DaysSuffix),
                width: "input--width-5", on_input: set(FinanceField::CashBufferDays),
            })) }
            { text_field(&props!(TextFieldProps {
                id: "finances-weekly-revenue", label: text(EstimateText::WeeklyRevenueLabel),
                hint: text(EstimateText::WeeklyRevenueHint), value: finances.weekly_revenue.clone(),
                error: props.error("finances-weekly-revenue"), prefix: "£", width: "input--width-10",
                on_input: set(FinanceField::WeeklyRevenue),
            })) }
            { text_field(&props!(TextFieldProps {
                id: "finances-labour-cost-share", label: text(EstimateText::LabourShareLabel),
                hint: source(AssumptionText::SourceLabourCostShare),
                value: finances.labour_cost_share_pct.clone(), error: props.error("finances-labour-cost-share"),
                suffix: "%", width: "input--width-5", on_input: set(FinanceField::LabourCostShare),
            })) }
            { text_field(&props!(TextFieldProps {
                id: "finances-operating-margin", label: text(EstimateText::MarginLabel),
                hint: source(AssumptionText::SourceOperatingMargin),
                value: finances.operating_margin_pct.clone(), error: props.error("finances-operating-margin"),
                suffix: "%", width: "input--width-5", on_input: set(FinanceField::OperatingMargin),
            })) }
            { text_field(&props!(TextFieldProps {
                id: "finances-variable-cost-share", label: text(EstimateText::VariableShareLabel),
                hint: source(AssumptionText::SourceVariableCostShare),
                value: finances.variable_cost_share_pct.clone(),
                error: props.error("finances-variable-cost-share"), suffix: "%", width: "input--width-5",
                on_input: set(FinanceField::VariableCostShare),
            })) }
            { select_field(&props!(SelectFieldProps {
                id: "tax-year", label: text(EstimateText::TaxYearLabel), hint: text(EstimateText::TaxYearHint),
                options: years, selected: props.form.tax_year.clone(), error: props.error("tax-year"),
                on_change: props.on_action.reform(|year| EstimateAction::Set(EstimateField::TaxYear, year)),
            })) }
        </fieldset>
    }
}
