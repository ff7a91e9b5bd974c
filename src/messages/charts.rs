//! The charts: their shared wording (the table toggle, the text alternatives' templates) and the
//! titles, axes, series and summaries of the firm estimate's three charts.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChartText {
    ShowTable,
    NoData,
    NoValue,
    /// A series described by its ends and its lowest point.
    SeriesRange,
    /// Added to [`ChartText::SeriesRange`] when the series goes below zero.
    SeriesBelowZero,
    /// A series described by the runs of weeks over which it stays the same (counts).
    SeriesRuns,
    SeriesRunsSeparator,
    SeriesRun,
    SeriesEmpty,
    BarValue,
    InWeek,
    InWeeks,
    AtOneWeek,
    AtWeeks,
    FromToWeeks,

    CashTitle,
    CashWeekAxis,
    CashValueAxis,
    CashBelowZero,
    WithoutScheme,
    WithScheme,
    WithLayoffs,
    CashRunsOutWithoutOnly,
    CashRunsOutBoth,
    CashRunsOutWithOnly,
    CashLasts,

    RiskTitle,
    RiskLengthAxis,
    RiskValueAxis,
    OneWeek,
    Weeks,
    RiskWithoutOnly,
    RiskBoth,
    RiskWithOnly,
    RiskNone,

    CostTitle,
    CostCategory,
    CostValueAxis,
    CostGovernment,
    CostFirm,
    CostSummary,
    CostNothing,
}

pub(super) fn english(id: ChartText) -> &'static str {
    use ChartText::*;
    match id {
        ShowTable => "Show the data as a table",
        NoData => "There are no figures to show.",
        NoValue => "–",
        SeriesRange => "{name}: {first} {first_at} and {last} {last_at}; lowest {lowest} {lowest_at}.",
        SeriesBelowZero => "It is first below zero {at}.",
        SeriesRuns => "{name}: {runs}.",
        SeriesRunsSeparator => "; ",
        SeriesRun => "{value} {range}",
        SeriesEmpty => "{name}: no figures.",
        BarValue => "{label}: {value}.",
        InWeek => "in week {week}",
        InWeeks => "in weeks {from} to {to}",
        AtOneWeek => "at 1 week",
        AtWeeks => "at {weeks} weeks",
        FromToWeeks => "from {from} to {to} weeks",

        CashTitle => "Cash at the end of each week of the shutdown",
        CashWeekAxis => "Week of the shutdown",
        CashValueAxis => "Cash at the end of the week",
        CashBelowZero => "Cash has run out",
        WithoutScheme => "Without the scheme",
        WithScheme => "With the scheme",
        WithLayoffs => "Making the exposed staff redundant",
        CashRunsOutWithoutOnly => {
            "Without the scheme the firm's cash runs out in week {without}; with it, \
            the cash lasts the whole shutdown."
        }
        CashRunsOutBoth => "Without the scheme the firm's cash runs out in week {without}; with it, in week {with}.",
        CashRunsOutWithOnly => {
            "With the scheme the firm's cash runs out in week {with}; without it, \
            the cash lasts the whole shutdown."
        }
        CashLasts => "The firm's cash lasts the whole shutdown, with or without the scheme.",

        RiskTitle => "Jobs at risk by length of shutdown",
        RiskLengthAxis => "Length of the shutdown, in weeks",
        RiskValueAxis => "Jobs at risk",
        OneWeek => "1 week",
        Weeks => "{weeks} weeks",
        RiskWithoutOnly => {
            "Without the scheme jobs are at risk if the shutdown lasts {without} or more; \
            with it, no jobs are at risk in a shutdown of up to {longest}."
        }
        RiskBoth => {
            "Without the scheme jobs are at risk if the shutdown lasts {without} or more; \
            with it, if it lasts {with} or more."
        }
        RiskWithOnly => {
            "With the scheme jobs are at risk if the shutdown lasts {with} or more; \
            without it, no jobs are at risk in a shutdown of up to {longest}."
        }
        RiskNone => "No jobs are at risk in a shutdown of up to {longest}, with or without the scheme.",

        CostTitle => "Who pays for a week of furlough",
        CostCategory => "Who pays",
        CostValueAxis => "Cost a week",
        CostGovernment => "The government",
        CostFirm => "Your firm",
        CostSummary => {
            "The government pays {government} a week and your firm {firm}: the government \
            pays {share} of the cost."
        }
        CostNothing => "No one is furloughed, so furlough costs nothing a week.",
    }
}
