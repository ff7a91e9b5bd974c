//! The supply-chain view: firms typed into a table or imported from a CSV file, one scheme for
//! the whole chain, and the chain's totals with each firm's outcome.

mod answers_summary;
mod firm_results;
mod firm_row;
mod firms_table;
mod import;
mod results;

use std::rc::Rc;

use yew::prelude::*;
use yew::props;

use crate::components::form::ErrorSummary;
use crate::components::{preset_select, PresetSelectProps};
use crate::derive::defaults::chosen_preset;
use crate::derive::supply_chain::{PRESET_ID, SupplyChainFigures};
use crate::derive::Shown;
use crate::messages::{text, CommonText, SupplyChainText};
use crate::state::{FieldError, SupplyChainAction, SupplyChainForm};
use answers_summary::{supply_chain_answers, SupplyChainAnswersProps};
use firms_table::FirmsTable;
use import::{import, ImportProps};
use results::{results, ResultsProps};

#[derive(Properties, PartialEq)]
pub struct SupplyChainViewProps {
    pub form: Rc<SupplyChainForm>,
    /// For the printed answers' date.
    pub today: chrono::NaiveDate,
    pub shown: Shown<SupplyChainFigures>,
    pub show_missing: bool,
    pub focus_request: u32,
    pub on_action: Callback<SupplyChainAction>,
    pub on_submit: Callback<()>,
}

/// The figures of the current answers, if they could be calculated (not the last valid ones).
fn current(shown: &Shown<SupplyChainFigures>) -> Option<&SupplyChainFigures> {
    shown.figures.as_deref().filter(|_| !shown.out_of_date)
}

/// Every problem the view shows: those that stop the figures, or else those of the firms left
/// out of the totals.
pub fn supply_chain_errors(shown: &Shown<SupplyChainFigures>, show_missing: bool) -> Vec<FieldError> {
    match current(shown) {
        Some(figures) => figures.problems.shown(show_missing),
        None => shown.problems.shown(show_missing),
    }
}

/// A component for the reason `RosterView` is one: after a loaded file the root's derivation is
/// followed by the whole view, CSV box included, in one render.
#[function_component(SupplyChainView)]
pub fn supply_chain_view(props: &SupplyChainViewProps) -> Html {
    let errors = supply_chain_errors(&props.shown, props.show_missing);
    let row_problems = current(&props.shown).map(|figures| figures.row_problems.clone()).unwrap_or_default();
    let onsubmit = {
        let on_submit = props.on_submit.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            on_submit.emit(());
        })
    };
    html! {
        <section class="view" aria-labelledby="view-heading">
            <h2 class="heading-l" id="view-heading">{ text(SupplyChainText::Heading) }</h2>
            <p class="lead">{ text(SupplyChainText::Intro) }</p>
            <ErrorSummary errors={errors.clone()} focus_request={props.focus_request} />
            { supply_chain_answers(&props!(SupplyChainAnswersProps {
                form: props.form.clone(), figures: props.shown.figures.clone(), today: props.today,
            })) }
            <form class="supply-chain-form" novalidate=true {onsubmit}>
                <FirmsTable firms={props.form.firms.clone()} next_key={props.form.next_firm_key()}
                    errors={errors.clone()} on_action={props.on_action.clone()} />
                { import(&props!(ImportProps {
                    csv: props.form.csv.clone(), row_problems, errors,
                    on_action: props.on_action.clone(),
                })) }
                <h3 class="heading-m">{ text(SupplyChainText::SchemeHeading) }</h3>
                { preset_select(&props!(PresetSelectProps {
                    id: PRESET_ID, selected: chosen_preset(&props.form.preset),
                    on_change: props.on_action.reform(SupplyChainAction::ChoosePreset),
                })) }
                <button type="submit" class="button">{ text(CommonText::Calculate) }</button>
            </form>
            { results(&props!(ResultsProps { shown: props.shown.clone() })) }
        </section>
    }
}
