//! The employee roster view.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RosterText {
    Heading,
    Intro,
    EmployeesHeading,
    CsvLabel,
    CsvHint,
    FileLabel,
    CsvMissing,
    NoRowRead,
    RowsRead,
    RowsReadOne,
    RowsLeftOut,
    RowsLeftOutOne,
    RowProblemsCaption,
    ShutdownHeading,
    LostOutputLabel,
    LostOutputHint,
    ShutdownWeeksLabel,
    CashReservesHint,
    ResultsHeading,
    HeadlineLabel,
    Summary,
    EmployeesCaption,
    ExposureNote,
    ColumnRow,
    ColumnLabel,
    ColumnAnnualPay,
    ColumnWeeklyPay,
    ColumnNic,
    ColumnPension,
    ColumnWeeklyCost,
    ColumnFurloughPay,
    ColumnGovernment,
    ColumnFirm,
    ColumnRedundancy,
    PaginationLabel,
    PrintedOn,
    PrintedRowsLeftOut,
}

pub(super) fn english(id: RosterText) -> &'static str {
    use RosterText::*;
    match id {
        Heading => "Employee roster",
        Intro => "Use a list of your employees, one row per person, for figures that follow each \
            person's pay, age and service. The list stays on this device.",
        EmployeesHeading => "Your employees",
        CsvLabel => "Your roster, as CSV",
        CsvHint => "One row per employee under a header row: label, annual_pay, age, years_service, \
            nic_category, pension_enrolled. Only annual_pay, age and years_service are needed. Copy the \
            rows from a spreadsheet and paste them here, or choose a file below.",
        FileLabel => "Or choose a CSV file of your employees",
        CsvMissing => "Paste your roster into the box, or choose a CSV file of your employees",
        NoRowRead => "None of the roster's rows could be read: correct the rows listed under the box",
        RowsRead => "{count} employees read from the roster.",
        RowsReadOne => "1 employee read from the roster.",
        RowsLeftOutOne => "1 row has problems and is left out of the figures until it is corrected: see the \
            list below.",
        RowsLeftOut => "{count} rows have problems and are left out of the figures until they are \
            corrected: see the list below.",
        RowProblemsCaption => "Rows left out of the figures",
        ShutdownHeading => "About the shutdown",
        LostOutputLabel => "Share of normal output lost during the shutdown, as a percentage",
        LostOutputHint => "For example 60. This share of your employees would have no work.",
        ShutdownWeeksLabel => "Expected length of the shutdown, in weeks",
        CashReservesHint => "Leave empty to assume 27 days of normal spending, the median for small \
            businesses (JPMorgan Chase Institute).",
        ResultsHeading => "Results for your roster",
        PrintedOn => "Roster estimate printed on {date} from the furlough and jobs-at-risk calculator.",
        PrintedRowsLeftOut => "Rows left out because of problems: {count}.",
        HeadlineLabel => "Headline figures for your roster",
        Summary => "{headcount} employees, of whom {exposed} would have no work during the shutdown. \
            Without the scheme: {without}. With the scheme: {with}.",
        EmployeesCaption => "Figures for each employee, per week",
        ExposureNote => "The calculator does not choose who is furloughed: it counts {exposed} of the \
            {headcount} employees as having no work, a cross-section of everyone. The furlough columns \
            show what each person would cost if furloughed.",
        ColumnRow => "Row",
        ColumnLabel => "Label",
        ColumnAnnualPay => "Annual pay",
        ColumnWeeklyPay => "Weekly pay",
        ColumnNic => "Employer NIC",
        ColumnPension => "Employer pension",
        ColumnWeeklyCost => "Weekly cost",
        ColumnFurloughPay => "Furlough pay",
        ColumnGovernment => "Government pays if furloughed",
        ColumnFirm => "Firm pays if furloughed",
        ColumnRedundancy => "Redundancy pay",
        PaginationLabel => "Pages of the employee table",
    }
}
