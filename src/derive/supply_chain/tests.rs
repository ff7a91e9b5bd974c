use super::*;
use crate::test_support::today;
use crate::state::{CsvAction, SupplyChainAction};
use furlough_engine::estimate::{Outcome, ScenarioProblem, SUPPLY_CHAIN_TEMPLATE};
use furlough_engine::Money;
use crate::messages::FileProblemText;

fn with_file(csv: &str) -> SupplyChainForm {
    let mut form = SupplyChainForm::default();
    form.apply(SupplyChainAction::Csv(CsvAction::Type(csv.into())));
    form
}

/// Types a firm into the table's row with this key (adding rows as needed).
fn type_firm(form: &mut SupplyChainForm, key: u32, cells: [&str; 6]) {
    while !form.firms.iter().any(|firm| firm.key == key) {
        form.apply(SupplyChainAction::AddFirm);
    }
    for (field, text) in FirmField::ALL.into_iter().zip(cells) {
        form.apply(SupplyChainAction::SetFirm { key, field, text: text.into() });
    }
}

const WORKED_EXAMPLE: [&str; 6] = ["Worked example Ltd", "200", "£32,000", "60", "6", "600,000"];

#[test]
fn the_template_s_firms_are_summed_as_the_command_line_sums_them() {
    // Hand-checked (spec step 3): Pressings is the worked example, £354,456.00; Trim: 36
    // exposed × £423.08 × 6 weeks = £91,385.28; Castings: 48 × £538.46 × 6 = £155,076.48.
    let figures = derive_supply_chain(&with_file(SUPPLY_CHAIN_TEMPLATE), today()).expect("figures");
    let totals = &figures.totals;
    assert_eq!((totals.firms, totals.headcount, totals.exposed_jobs), (3, 365, 204));
    assert_eq!((totals.jobs_at_risk_without, totals.jobs_at_risk_with, totals.jobs_saved), (320, 0, 320));
    assert_eq!(totals.government_cost, Money::pence(60_091_776));
    assert_eq!(totals.cost_per_job_saved, Some(Money::pence(187_787)), "£600,917.76 ÷ 320");
    assert_eq!((totals.outcomes_without.safe, totals.outcomes_without.insolvency), (1, 2));
    assert_eq!(totals.outcomes_with.safe, 3);
    let sources: Vec<FirmSource> = figures.firms.iter().map(|firm| firm.source).collect();
    assert_eq!(sources, [6, 7, 8].map(|row| FirmSource::File { row }));
    assert!(figures.problems.invalid.is_empty() && figures.row_problems.is_empty());
}

#[test]
fn typed_firms_and_the_file_s_firms_count_together() {
    let mut form = with_file(SUPPLY_CHAIN_TEMPLATE);
    type_firm(&mut form, 0, WORKED_EXAMPLE);
    let figures = derive_supply_chain(&form, today()).expect("figures");
    assert_eq!(figures.firms[0].source, FirmSource::Table { row: 1 });
    assert_eq!(figures.firms[0].row.firm, "Worked example Ltd");
    let typed = figures.firms[0].result.as_ref().expect("the typed firm is calculated");
    assert_eq!((typed.without_scheme.outcome, typed.with_scheme.outcome), (Outcome::Insolvency, Outcome::Safe));
    assert_eq!(typed.government_cost, Money::pence(35_445_600));
    assert_eq!((figures.totals.firms, figures.totals.headcount, figures.totals.jobs_saved), (4, 565, 520));
    assert_eq!(figures.totals.government_cost, Money::pence(95_537_376));
    assert_eq!(figures.totals.cost_per_job_saved, Some(Money::pence(183_726)), "£955,373.76 ÷ 520");
}

#[test]
fn a_bad_row_of_the_file_is_named_by_row_and_column_and_the_other_firms_still_count() {
    let csv = SUPPLY_CHAIN_TEMPLATE.replace("Example Trim Ltd,45,", "Example Trim Ltd,lots,");
    let figures = derive_supply_chain(&with_file(&csv), today()).expect("figures");
    assert_eq!(figures.left_out(), 1);
    assert_eq!(figures.totals.firms, 2);
    assert_eq!(figures.totals.government_cost, Money::pence(35_445_600 + 15_507_648));
    let problem = &figures.row_problems[0];
    assert_eq!((problem.row, problem.column.as_str()), (7, "employees"));
    assert_eq!(figures.problems.invalid.len(), 1);
    assert_eq!(figures.problems.invalid[0].field_id, CSV_ID);
    assert!(figures.problems.invalid[0].message.starts_with("Row 7, employees: "));
}

#[test]
fn a_typed_cell_that_is_not_a_number_is_an_error_on_that_cell_and_leaves_out_that_firm_only() {
    let mut form = with_file(SUPPLY_CHAIN_TEMPLATE);
    type_firm(&mut form, 0, ["Typo Ltd", "200", "32k", "60", "6", ""]);
    let figures = derive_supply_chain(&form, today()).expect("figures");
    let message = text_with(SupplyChainText::CellProblem, &[("row", "1"), ("message", &parse_message("32k"))]);
    assert_eq!(figures.problems.invalid, [FieldError::new("firm-0-average-pay", message)]);
    assert!(figures.problems.invalid[0].message.starts_with("Table row 1: Enter an amount"));
    assert!(figures.firms[0].result.is_err());
    assert_eq!(figures.totals.firms, 3);
}

fn parse_message(typed: &str) -> String {
    match parse::money(typed) {
        Typed::Invalid(message) => message,
        other => panic!("{typed:?} read as {other:?}"),
    }
}

#[test]
fn a_half_typed_row_has_missing_cells_to_show_after_a_submit_and_nothing_invalid() {
    let mut form = SupplyChainForm::default();
    type_firm(&mut form, 0, ["Half Ltd", "", "", "60", "", ""]);
    type_firm(&mut form, 1, WORKED_EXAMPLE);
    let figures = derive_supply_chain(&form, today()).expect("the complete firm is calculated");
    assert!(figures.problems.invalid.is_empty(), "{:?}", figures.problems.invalid);
    let ids: Vec<&str> = figures.problems.missing.iter().map(|e| e.field_id.as_str()).collect();
    assert_eq!(ids, ["firm-0-employees", "firm-0-average-pay", "firm-0-shutdown-weeks"]);
}

#[test]
fn a_typed_value_out_of_range_gets_the_engine_message_on_its_cell_at_once() {
    let mut form = SupplyChainForm::default();
    type_firm(&mut form, 0, ["Big Ltd", "200", "32000", "160", "6", ""]);
    let figures = derive_supply_chain(&form, today()).expect("a firm's problem does not stop the view");
    assert_eq!(figures.totals.firms, 0);
    assert_eq!(figures.problems.invalid.len(), 1);
    assert_eq!(figures.problems.invalid[0].field_id, "firm-0-lost-output-pct");
}

#[test]
fn blank_rows_are_not_firms_and_no_firm_at_all_is_a_missing_answer_on_the_first_cell() {
    let mut form = SupplyChainForm::default();
    form.apply(SupplyChainAction::AddFirm);
    let problems = derive_supply_chain(&form, today()).expect_err("no firm");
    assert!(problems.invalid.is_empty());
    assert_eq!(problems.missing, [FieldError::new("firm-0-name", text(SupplyChainText::NoFirms))]);

    form.apply(SupplyChainAction::RemoveFirm { key: 0 });
    form.apply(SupplyChainAction::RemoveFirm { key: 1 });
    let problems = derive_supply_chain(&form, today()).expect_err("no firm");
    assert_eq!(problems.missing[0].field_id, ADD_FIRM_ID);
}

#[test]
fn a_file_that_cannot_be_read_stops_the_figures_and_keeps_the_table_s_problems() {
    let mut form = with_file("company,staff\nA,3\n");
    type_firm(&mut form, 0, ["Typo Ltd", "2OO", "32000", "60", "6", ""]);
    let problems = derive_supply_chain(&form, today()).expect_err("unreadable file");
    let ids: Vec<&str> = problems.invalid.iter().map(|e| e.field_id.as_str()).collect();
    assert_eq!(ids, ["firm-0-employees", CSV_ID], "in the order of the page");
    assert!(problems.invalid[1].message.contains("company, staff"), "{}", problems.invalid[1].message);
}

#[test]
fn a_file_with_a_header_and_no_firms_says_so_on_the_box() {
    let mut form = with_file("firm,employees,annual_pay,lost_output_pct,shutdown_weeks\n");
    type_firm(&mut form, 0, WORKED_EXAMPLE);
    let figures = derive_supply_chain(&form, today()).expect("the typed firm is calculated");
    assert_eq!(figures.problems.invalid, [FieldError::new(CSV_ID, text(SupplyChainText::FileHasNoFirms))]);
}

#[test]
fn the_chain_s_scheme_applies_to_every_firm() {
    let mut form = with_file(SUPPLY_CHAIN_TEMPLATE);
    form.apply(SupplyChainAction::ChoosePreset("cjrs-oct-2020".into()));
    let figures = derive_supply_chain(&form, today()).expect("figures");
    assert_eq!(figures.preset, SchemePreset::CjrsOct2020);
    // 60% instead of 80%: three quarters of the grant, £600,917.76 × 3/4 give or take pennies.
    let cost = figures.totals.government_cost;
    assert!(cost > Money::pounds(450_000) && cost < Money::pounds(451_000), "{cost}");
}

#[test]
fn the_export_is_the_command_line_s_results_file_with_the_page_s_words_in_its_error_column() {
    let csv = SUPPLY_CHAIN_TEMPLATE.replace("Example Trim Ltd,45,", "Example Trim Ltd,lots,");
    let figures = derive_supply_chain(&with_file(&csv), today()).expect("figures");
    let export = supply_chain_results_csv(&figures);
    let lines: Vec<&str> = export.lines().collect();
    assert_eq!(lines.len(), 5);
    assert!(lines[0].starts_with("line,firm,headcount,exposed_jobs,"));
    assert!(lines[1].starts_with("6,Example Pressings Ltd,200,120,insolvency,200,4.31,safe,0,9.54,200,354456.00,"));
    let trim_problem = format!("Row 7, employees: {}", text(FileProblemText::CellNotAWholeNumber));
    assert!(lines[2].starts_with("7,Example Trim Ltd,,") && lines[2].contains(&trim_problem), "{}", lines[2]);
    assert!(lines[4].starts_with(",TOTAL,320,168,"), "{}", lines[4]);
    assert!(lines[4].ends_with(&format!(",{}", text(SupplyChainText::FirmsLeftOutOne))), "{}", lines[4]);
}

#[test]
fn a_file_row_the_engine_refuses_is_worded_from_the_catalogue_with_its_amount_formatted() {
    let csv = "firm,employees,annual_pay,lost_output_pct,shutdown_weeks\n\
               Big Pay Ltd,10,20000000,60,6\n\
               Small Ltd,10,30000,60,6\n";
    let figures = derive_supply_chain(&with_file(csv), today()).expect("the other firm is calculated");
    let problem = &figures.row_problems[0];
    assert_eq!((problem.row, problem.column.as_str()), (2, "annual_pay"));
    assert_eq!(
        problem.message,
        "Annual pay must be at most £10,000,000 a year per person; you entered £20,000,000.00."
    );
}

#[test]
fn a_typed_cell_that_is_not_a_number_goes_to_the_export_in_the_page_s_own_words() {
    let mut form = with_file(SUPPLY_CHAIN_TEMPLATE);
    type_firm(&mut form, 0, ["Typo Ltd", "2OO", "32000", "60.5", "6", ""]);
    let figures = derive_supply_chain(&form, today()).expect("figures");
    let errors = figures.firms[0].result.as_ref().expect_err("left out");
    assert_eq!(errors.errors()[0].problem, ScenarioProblem::Cell(CellProblem::NotAWholeNumber));

    let export = supply_chain_results_csv(&figures);
    let typo = export.lines().find(|line| line.starts_with("1,Typo Ltd,")).expect("the typed firm's row");
    let on_the_page = match parse::whole_number("2OO") {
        Typed::Invalid(message) => message,
        other => panic!("2OO read as {other:?}"),
    };
    assert!(typo.contains(&format!("Row 1, employees: {on_the_page}")), "{typo}");
}
