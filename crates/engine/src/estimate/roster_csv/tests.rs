use super::*;

fn groups(csv: &str) -> Vec<WorkforceGroup> {
    read_roster(csv.as_bytes()).unwrap()
}

#[test]
fn identical_employees_become_one_group_in_order_of_first_appearance() {
    let roster = groups(
        "label,annual_pay,age,years_service,nic_category,pension_enrolled\n\
         Assembly,32000,40,8,A,yes\n\
         Office,\"£28,500\",30,3,A,no\n\
         Assembly,32000,40,8,a,Y\n",
    );
    assert_eq!(roster.len(), 2);
    assert_eq!(
        (roster[0].label.as_str(), roster[0].employees),
        ("Assembly", Some(2))
    );
    assert_eq!(roster[1].annual_pay, Some(Money::pounds(28_500)));
    assert!(!roster[1].pension_enrolled);
}

#[test]
fn spaces_around_headers_and_cells_are_ignored() {
    let spaced = groups(
        " label , annual_pay ,age, years_service,nic_category ,pension_enrolled\n\
         Assembly , 32000 ,\t40,8 , A ,  yes \n\
         \tAssembly,32000,40,8,A,yes\n",
    );
    assert_eq!(spaced.len(), 1, "{spaced:?}");
    assert_eq!((spaced[0].label.as_str(), spaced[0].employees), ("Assembly", Some(2)));
    assert_eq!(spaced[0].annual_pay, Some(Money::pounds(32_000)));
    assert_eq!((spaced[0].age, spaced[0].years_service), (40, 8));
    assert!(spaced[0].pension_enrolled);
}

#[test]
fn optional_columns_take_the_group_defaults_and_columns_may_come_in_any_order() {
    let roster = groups("years_service,age,annual_pay\n3,19,18000\n");
    assert_eq!(
        (
            roster[0].nic_category,
            roster[0].pension_enrolled,
            roster[0].age
        ),
        (NicCategory::A, true, 19)
    );
    assert_eq!(roster[0].label, "");
}

#[test]
fn every_bad_cell_is_reported_with_its_line_and_column() {
    let errors =
        read_roster("label,annual_pay,age,years_service\nA,lots,40,8\nB,30000,,x\n".as_bytes())
            .unwrap_err();
    let found: Vec<(u64, &str)> = errors.iter().map(|e| (e.line, e.column.as_str())).collect();
    assert_eq!(found, [(2, "annual_pay"), (3, "age"), (3, "years_service")]);
    assert_eq!(
        errors[1].to_string(),
        "line 3, age: This cell is empty; fill it in."
    );
}

#[test]
fn a_missing_or_unknown_column_is_refused_before_any_row() {
    let errors = read_roster("label,annual_pay\nA,30000\n".as_bytes()).unwrap_err();
    assert!(
        errors[0].message().contains("age, years_service"),
        "{}",
        errors[0].message()
    );
    let errors = read_roster("label,salary,annual_pay,age,years_service\n".as_bytes()).unwrap_err();
    assert!(
        errors[0].message().contains("salary"),
        "{}",
        errors[0].message()
    );
}

#[test]
fn an_empty_roster_is_refused() {
    assert!(read_roster("annual_pay,age,years_service\n".as_bytes()).is_err());
}

#[test]
fn only_the_first_100_problems_are_listed() {
    let mut csv = String::from("annual_pay,age,years_service\n");
    for _ in 0..150 {
        csv.push_str("x,40,8\n");
    }
    let errors = read_roster(csv.as_bytes()).unwrap_err();
    assert_eq!(errors.len(), 101);
    assert_eq!(errors[100].message(), "… and 50 more problems.");
}

#[test]
fn every_row_left_out_is_counted_beyond_the_listed_problems() {
    let mut csv = String::from("annual_pay,age,years_service\n32000,40,8\n");
    for _ in 0..150 {
        csv.push_str("x,y,8\n");
    }
    let reading = read_roster_rows(csv.as_bytes());
    assert_eq!(reading.errors.len(), 101, "two problems a row, the first 100 listed");
    assert_eq!(reading.rows_left_out, 150);
    assert_eq!(reading.employees.len(), 1);
}

fn lines_and_columns(errors: &[RosterError]) -> Vec<(u64, &str)> {
    errors.iter().map(|e| (e.line, e.column.as_str())).collect()
}

#[test]
fn a_bad_row_is_left_out_and_reported_while_the_good_rows_are_kept() {
    let reading = read_roster_rows(
        "# a note\n\
         label,annual_pay,age,years_service\n\
         Assembly,32000,40,8\n\
         Office,lots,30,3\n\
         Assembly,32000,40,8\n\
         Paint,28000,25,2\n"
            .as_bytes(),
    );
    let found = lines_and_columns(&reading.errors);
    assert_eq!(
        found,
        [(4, "annual_pay")],
        "lines count the note, as a spreadsheet does"
    );
    let rows: Vec<(u64, usize)> = reading
        .employees
        .iter()
        .map(|r| (r.line, r.group))
        .collect();
    assert_eq!(rows, [(3, 0), (5, 0), (6, 1)]);
    let groups: Vec<(&str, Option<u32>)> = reading
        .groups
        .iter()
        .map(|g| (g.label.as_str(), g.employees))
        .collect();
    assert_eq!(groups, [("Assembly", Some(2)), ("Paint", Some(1))]);
    assert!(read_roster(
        "label,annual_pay,age,years_service\nA,lots,40,8\nB,30000,30,3\n".as_bytes()
    )
    .is_err());
}

#[test]
fn a_row_the_engine_would_refuse_is_named_by_its_line_and_left_out() {
    let reading = read_roster_rows(
        "label,annual_pay,age,years_service,nic_category\n\
         A,32000,40,8,A\n\
         B,0,40,8,A\n\
         C,20000,30,20,A\n\
         D,20000,30,2,M\n\
         E,20000,120,2,A\n"
            .as_bytes(),
    );
    let found = lines_and_columns(&reading.errors);
    assert_eq!(
        found,
        [
            (3, "annual_pay"),
            (4, "years_service"),
            (5, "nic_category"),
            (6, "age")
        ]
    );
    assert_eq!(reading.employees, [RosterRow { line: 2, group: 0 }]);
    assert_eq!(reading.groups.len(), 1);
    assert_eq!(reading.rows_left_out, 4);
}

#[test]
fn a_file_that_cannot_be_read_keeps_no_rows() {
    let reading = read_roster_rows("label,salary\nA,30000\n".as_bytes());
    assert!(reading.groups.is_empty() && reading.employees.is_empty());
    assert_eq!(reading.errors.len(), 1);
    assert_eq!(reading.errors[0].line, 1);
    let reading = read_roster_rows("annual_pay,age,years_service\n".as_bytes());
    assert_eq!(reading.errors[0].line, 2, "{:?}", reading.errors);
}

#[test]
fn the_template_reads_cleanly_and_its_notes_survive_a_spreadsheet() {
    assert_eq!(groups(ROSTER_TEMPLATE).len(), 5);
    assert!(ROSTER_TEMPLATE.lines().any(|line| line == ROSTER_HEADER));
    // A spreadsheet would split a note with a comma into cells and quote it, so that it
    // would no longer start with # and would be read as an employee.
    assert!(ROSTER_TEMPLATE
        .lines()
        .filter(|l| l.starts_with('#'))
        .all(|l| !l.contains(',')));
}
