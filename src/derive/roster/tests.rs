use super::*;
use crate::test_support::today;
use crate::state::{CsvAction, RosterAction, RosterField};
use furlough_engine::estimate::Outcome;
use furlough_engine::Money;

/// The spec's worked example as a roster: 200 people at £32,000, aged 40 with 8 years'
/// service, and a bad row at line 102 (the header is line 1).
fn worked_example_roster_with_a_bad_row() -> String {
    let mut csv = String::from("label,annual_pay,age,years_service,nic_category,pension_enrolled\n");
    for row in 2..=201 {
        csv.push_str("Line,32000,40,8,A,yes\n");
        if row == 101 {
            csv.push_str("Line,32k,40,8,A,yes\n");
        }
    }
    csv
}

fn form_with(csv: &str, answers: &[(RosterField, &str)]) -> RosterForm {
    let mut form = RosterForm::default();
    form.apply(RosterAction::Csv(CsvAction::Type(csv.into())));
    for (field, text) in answers {
        form.apply(RosterAction::Set(*field, (*text).into()));
    }
    form
}

fn worked_example_answers() -> [(RosterField, &'static str); 3] {
    [(RosterField::LostOutput, "60%"), (RosterField::ShutdownWeeks, "6"), (RosterField::CashReserves, "£600,000")]
}

fn derive(form: &RosterForm) -> Derived<RosterFigures> {
    derive_roster(form, &Rc::new(read_roster_text(&form.csv.text)), today())
}

#[test]
fn a_bad_row_is_named_by_row_and_column_and_the_good_rows_are_still_calculated() {
    let csv = worked_example_roster_with_a_bad_row();
    let form = form_with(&csv, &worked_example_answers());
    let figures = derive(&form).expect("the good rows are calculated");

    let problems = &figures.file.row_problems;
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!((problems[0].row, problems[0].column.as_str()), (102, "annual_pay"));
    assert!(problems[0].describe().starts_with("Row 102, annual_pay: "), "{}", problems[0].describe());

    // The 200 good rows are the spec's worked example (2026-27 thresholds give the same
    // figures: pay is below both years' redundancy caps).
    let estimate = &figures.estimate;
    assert_eq!((estimate.headcount, estimate.exposed_jobs), (200, 120));
    assert_eq!(estimate.without_scheme.outcome, Outcome::Insolvency);
    assert_eq!(estimate.with_scheme.outcome, Outcome::Safe);
    assert_eq!(estimate.jobs_saved, 200);
    assert_eq!(estimate.government_cost, Money::pence(35_445_600));
    assert_eq!(estimate.employer_cost, Money::pence(5_084_640));
    assert_eq!(estimate.cost_per_job_saved, Some(Money::pence(177_228)));
    assert_eq!(figures.file.reading.employees.len(), 200);

    assert_eq!(&*form.csv.text, csv, "what was pasted is kept as it was, bad row included");
}

#[test]
fn a_roster_with_no_readable_row_is_a_problem_on_the_box() {
    let form = form_with("label,annual_pay,age,years_service\nA,lots,40,8\n", &worked_example_answers());
    let problems = derive(&form).expect_err("nothing to calculate");
    assert_eq!(problems.invalid, [FieldError::new(CSV_ID, text(RosterText::NoRowRead))]);
    let file = read_roster_text(&form.csv.text);
    assert_eq!(file.row_problems.len(), 1, "the bad row is still listed");
}

#[test]
fn a_header_problem_is_said_on_the_box_and_not_listed_as_a_row() {
    let file = read_roster_text("name,salary\nA,30000\n");
    assert!(file.row_problems.is_empty());
    let message = file.file_problem.expect("a file problem");
    assert!(message.contains("name, salary"), "{message}");
}

#[test]
fn a_fresh_form_has_only_missing_answers_and_no_errors_to_show_yet() {
    let problems = derive(&RosterForm::default()).expect_err("incomplete");
    assert!(problems.invalid.is_empty(), "{:?}", problems.invalid);
    let ids: Vec<&str> = problems.missing.iter().map(|e| e.field_id.as_str()).collect();
    assert_eq!(ids, [CSV_ID, LOST_OUTPUT_ID, SHUTDOWN_WEEKS_ID]);
    assert_eq!(problems.missing[0].message, text(RosterText::CsvMissing));
}

#[test]
fn answers_that_are_not_numbers_or_out_of_range_are_errors_on_their_own_fields() {
    let csv = worked_example_roster_with_a_bad_row();
    let form = form_with(
        &csv,
        &[(RosterField::LostOutput, "160"), (RosterField::ShutdownWeeks, "6"), (RosterField::CashReserves, "lots")],
    );
    let problems = derive(&form).expect_err("invalid");
    let ids: Vec<&str> = problems.invalid.iter().map(|e| e.field_id.as_str()).collect();
    assert_eq!(ids, [CASH_RESERVES_ID, LOST_OUTPUT_ID]);
    assert!(problems.missing.is_empty());
}

#[test]
fn the_chosen_scheme_is_used() {
    let csv = worked_example_roster_with_a_bad_row();
    let mut form = form_with(&csv, &worked_example_answers());
    form.apply(RosterAction::ChoosePreset("cjrs-oct-2020".into()));
    let figures = derive(&form).expect("figures");
    assert_eq!(figures.preset, SchemePreset::CjrsOct2020);
    assert!(figures.estimate.government_cost < Money::pence(35_445_600), "60% costs less than 80%");
}

#[test]
fn each_employee_gets_the_figures_of_the_worked_example_person() {
    let csv = worked_example_roster_with_a_bad_row();
    let figures = derive(&form_with(&csv, &worked_example_answers())).expect("figures");
    let page: Vec<EmployeeFigures> = figures.employees(95, 105).collect();
    assert_eq!(page.len(), 10);
    let rows: Vec<u64> = page.iter().map(|employee| employee.row).collect();
    assert_eq!(rows, [97, 98, 99, 100, 101, 103, 104, 105, 106, 107], "row 102 is left out");
    let person = &page[0];
    assert_eq!(person.label, "Line");
    assert_eq!(
        (person.week.pay, person.week.employer_nic, person.week.employer_pension, person.week.cost),
        (Money::pence(61_538), Money::pence(7_791), Money::pence(1_486), Money::pence(70_815))
    );
    // Spec step 3: 80% of £615.38 = £492.30, all paid by the grant; the firm pays NIC
    // (15% × (492.30 − 96) = 59.45) and pension (3% × (492.30 − 120) = 11.17).
    assert_eq!((person.furlough_pay, person.government), (Money::pence(49_230), Money::pence(49_230)));
    assert_eq!(person.firm, Money::pence(5_945 + 1_117));
    // Spec step 7: 8 years × 1 week × £615.38.
    assert_eq!(person.redundancy_pay, Money::pence(492_304));
    assert_eq!(figures.employees(199, 500).count(), 1, "the last page is clamped");
}

#[test]
fn the_export_has_a_row_per_employee_with_the_figures_as_plain_numbers() {
    let csv = worked_example_roster_with_a_bad_row();
    let figures = derive(&form_with(&csv, &worked_example_answers())).expect("figures");
    let export = employee_results_csv(&figures);
    let lines: Vec<&str> = export.lines().collect();
    assert_eq!(lines.len(), 201);
    assert_eq!(lines[0], EMPLOYEE_RESULTS_HEADER.join(","));
    assert_eq!(lines[1], "2,Line,32000.00,615.38,77.91,14.86,708.15,492.30,492.30,70.62,4923.04");
    assert!(lines.iter().all(|line| !line.starts_with("102,")));
}

#[test]
fn labels_with_commas_and_quotes_stay_one_cell_in_the_export() {
    let csv = "label,annual_pay,age,years_service\n\"Paint, \"\"night\"\"\",30000,30,3\n";
    let figures = derive(&form_with(csv, &worked_example_answers())).expect("figures");
    let export = employee_results_csv(&figures);
    assert!(export.lines().nth(1).unwrap().starts_with("2,\"Paint, \"\"night\"\"\",30000.00,"), "{export}");
}

#[test]
fn row_problems_are_worded_from_the_catalogue_with_amounts_and_counts_formatted() {
    let mut csv = String::from("annual_pay,age,years_service\n32000,40,8\n20000000,40,8\n");
    for _ in 0..120 {
        csv.push_str("x,40,8\n");
    }
    let file = read_roster_text(&csv);
    assert_eq!(
        file.row_problems[0].message,
        "Annual pay must be at most £10,000,000 a year per person; you entered £20,000,000.00."
    );
    assert_eq!(file.row_problems[1].message, "Enter an amount in pounds, like 32000 or £32,000.50.");
    let last = file.row_problems.last().expect("the rest counted");
    assert_eq!((last.row, last.message.as_str()), (0, "… and 21 more problems."));
}
