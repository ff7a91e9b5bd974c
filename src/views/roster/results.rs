use furlough_engine::estimate::Estimate;
use yew::prelude::*;
use yew::props;

use super::employee_table::EmployeeTable;
use crate::components::csv::{download_button, DownloadButtonProps};
use crate::components::{figure_list, Figure, FigureListProps};
use crate::derive::roster::{employee_results_csv, RosterFigures};
use crate::derive::Shown;
use crate::format;
use crate::messages::{outcome_text, text, text_with, CommonText, RosterText};

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub shown: Shown<RosterFigures>,
}

/// The firm's headline figures, each employee's figures a page at a time, and the export.
pub fn results(props: &ResultsProps) -> Html {
    let Some(figures) = props.shown.figures.clone() else {
        return html! {};
    };
    let estimate = &figures.estimate;
    let count = |n: u32| format::count(n.into());
    let summary = text_with(
        RosterText::Summary,
        &[
            ("headcount", &count(estimate.headcount)),
            ("exposed", &count(estimate.exposed_jobs)),
            ("without", text(outcome_text(estimate.without_scheme.outcome))),
            ("with", text(outcome_text(estimate.with_scheme.outcome))),
        ],
    );
    let exposure = text_with(
        RosterText::ExposureNote,
        &[("exposed", &count(estimate.exposed_jobs)), ("headcount", &count(estimate.headcount))],
    );
    let contents = {
        let figures = figures.clone();
        Callback::from(move |()| employee_results_csv(&figures))
    };
    html! {
        <section class="results" aria-labelledby="roster-results-heading">
            <h3 class="heading-m" id="roster-results-heading">{ text(RosterText::ResultsHeading) }</h3>
            if props.shown.out_of_date {
                <div class="notice notice--warning" role="status">
                    <strong class="notice__text">{ text(CommonText::OutOfDate) }</strong>
                </div>
            }
            { figure_list(&props!(FigureListProps {
                label: text(RosterText::HeadlineLabel), figures: headline(estimate),
            })) }
            <p>{ summary }</p>
            <p class="hint">{ exposure }</p>
            <EmployeeTable figures={figures.clone()} />
            { download_button(&props!(DownloadButtonProps {
                label: text(CommonText::ExportCsv), file_name: "roster-results.csv", contents,
            })) }
        </section>
    }
}

/// The figures people will quote, as on the firm estimate.
fn headline(estimate: &Estimate) -> Vec<Figure> {
    let over_weeks = text_with(CommonText::OverWeeks, &[("weeks", &estimate.scheme_weeks.to_string())]);
    let figure = |label: CommonText, value: String, note: Option<String>| Figure { label: text(label).into(), value, note };
    vec![
        figure(CommonText::JobsAtRiskWithout, format::count(estimate.without_scheme.jobs_at_risk.into()), None),
        figure(CommonText::JobsAtRiskWith, format::count(estimate.with_scheme.jobs_at_risk.into()), None),
        figure(CommonText::JobsSaved, format::count(estimate.jobs_saved.into()), None),
        figure(CommonText::GovernmentCost, format::money_compact(estimate.government_cost), Some(over_weeks.clone())),
        figure(CommonText::FirmCost, format::money_compact(estimate.employer_cost), Some(over_weeks)),
        figure(
            CommonText::CostPerJobSaved,
            estimate.cost_per_job_saved.map_or_else(|| text(CommonText::NoJobSaved).into(), format::money_compact),
            None,
        ),
    ]
}
