use furlough_engine::estimate::SupplyChainTotals;
use yew::prelude::*;
use yew::props;

use super::firm_results::FirmResults;
use crate::components::csv::{download_button, DownloadButtonProps};
use crate::components::{table_scroll, TableTitle};
use crate::components::{figure_list, Figure, FigureListProps};
use crate::derive::supply_chain::{supply_chain_results_csv, SupplyChainFigures};
use crate::derive::Shown;
use crate::format;
use crate::messages::{text, text_count, CommonText, SupplyChainText};

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub shown: Shown<SupplyChainFigures>,
}

/// The chain's totals, how many firms end each way, each firm's results, and the export.
pub fn results(props: &ResultsProps) -> Html {
    let Some(figures) = props.shown.figures.clone() else {
        return html! {};
    };
    let left_out = figures.left_out();
    let contents = {
        let figures = figures.clone();
        Callback::from(move |()| supply_chain_results_csv(&figures))
    };
    html! {
        <section class="results" aria-labelledby="supply-chain-results-heading">
            <h3 class="heading-m" id="supply-chain-results-heading">{ text(SupplyChainText::ResultsHeading) }</h3>
            if props.shown.out_of_date {
                <div class="notice notice--warning" role="status">
                    <strong class="notice__text">{ text(CommonText::OutOfDate) }</strong>
                </div>
            }
            if left_out > 0 {
                <p class="notice">
                    { text_count(SupplyChainText::FirmsLeftOutOne, SupplyChainText::FirmsLeftOut, left_out) }
                </p>
            }
            if figures.totals.firms == 0 {
                <p>{ text(SupplyChainText::NothingCalculated) }</p>
            } else {
                { figure_list(&props!(FigureListProps {
                    label: text(SupplyChainText::TotalsLabel), figures: totals(&figures.totals),
                })) }
                { outcome_counts(&figures.totals) }
            }
            <FirmResults figures={figures.clone()} />
            { download_button(&props!(DownloadButtonProps {
                label: text(CommonText::ExportCsv), file_name: "supply-chain-results.csv", contents,
            })) }
        </section>
    }
}

fn totals(totals: &SupplyChainTotals) -> Vec<Figure> {
    let figure = |label: AttrValue, value: String| Figure { label, value, note: None };
    vec![
        figure(text(SupplyChainText::FirmsCalculated).into(), format::count(totals.firms.into())),
        figure(text(SupplyChainText::Headcount).into(), format::count(totals.headcount)),
        figure(text(SupplyChainText::ExposedJobs).into(), format::count(totals.exposed_jobs)),
        figure(text(CommonText::JobsAtRiskWithout).into(), format::count(totals.jobs_at_risk_without)),
        figure(text(CommonText::JobsAtRiskWith).into(), format::count(totals.jobs_at_risk_with)),
        figure(text(CommonText::JobsSaved).into(), format::count(totals.jobs_saved)),
        figure(text(CommonText::GovernmentCost).into(), format::money_compact(totals.government_cost)),
        figure(
            text(CommonText::CostPerJobSaved).into(),
            totals.cost_per_job_saved.map_or_else(|| text(CommonText::NoJobSaved).into(), format::money_compact),
        ),
    ]
}

/// Safe, layoffs, insolvency: how many firms, without and with the scheme.
fn outcome_counts(totals: &SupplyChainTotals) -> Html {
    let caption = text(SupplyChainText::OutcomesCaption);
    let (without, with) = (&totals.outcomes_without, &totals.outcomes_with);
    let rows = [
        (CommonText::OutcomeSafe, without.safe, with.safe),
        (CommonText::OutcomeLayoffs, without.layoffs, with.layoffs),
        (CommonText::OutcomeInsolvency, without.insolvency, with.insolvency),
    ];
    html! {
        { table_scroll(caption, TableTitle::Shown, html! {
            <table class="table table--outcomes">
                <caption class="visually-hidden">{ caption }</caption>
                <thead>
                    <tr>
                        <th scope="col" class="table__header">{ text(SupplyChainText::ColumnOutcome) }</th>
                        <th scope="col" class="table__header table__header--numeric">{ text(SupplyChainText::ColumnFirmsWithout) }</th>
                        <th scope="col" class="table__header table__header--numeric">{ text(SupplyChainText::ColumnFirmsWith) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for rows.into_iter().map(|(outcome, without, with)| html! {
                        <tr>
                            <th scope="row" class="table__header">{ text(outcome) }</th>
                            <td class="table__cell table__cell--numeric">{ format::count(without.into()) }</td>
                            <td class="table__cell table__cell--numeric">{ format::count(with.into()) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        }) }
    }
}
