//! Where an engine field path is on the page, and what its box is called in a problem.

use crate::messages::EstimateText;
use crate::state::EntryMode;

/// The id of the input on the page for an engine field path: `workforce[1].annual_pay` →
/// `workforce-1-annual-pay`. In quick mode the one group is the headcount and average pay.
pub fn field_id(path: &str, mode: EntryMode) -> String {
    match (mode, path) {
        (EntryMode::Quick, "workforce[0].annual_pay") => return "average-pay".into(),
        (EntryMode::Quick, p) if p == "workforce" || p.starts_with("workforce[") => return "headcount".into(),
        (EntryMode::Detailed, "workforce") => return "workforce-0-employees".into(),
        (_, "") => return "lost-output-pct".into(),
        _ => {}
    }
    path.replace("].", "-").replace(['[', '.', '_'], "-")
}

/// `text` with its first letter a capital: a name from the middle of a sentence put first.
/// ASCII only: `char::to_uppercase` links Unicode's case tables, 10 KB of gzipped wasm
/// (measured); a name starting with another letter stays as the catalogue has it.
pub(super) fn sentence_start(text: &str) -> String {
    let mut text = text.to_string();
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    text
}

/// The name of the box an engine path is typed in, for a problem with what was typed: the
/// reader's messages say what to type ("Enter a whole number using digits only, like 12"), not
/// where, and in the error summary two boxes' same message would read the same (GOV.UK: an
/// error message says which answer it is about).
pub(super) fn typed_box_name(path: &str, mode: EntryMode) -> Option<EstimateText> {
    let field = path.rsplit_once('.').map_or(path, |(_, field)| field);
    Some(match (field, mode) {
        ("employees", _) => EstimateText::NameHeadcount,
        ("annual_pay", EntryMode::Quick) => EstimateText::NameAveragePay,
        ("annual_pay", EntryMode::Detailed) => EstimateText::NameAnnualPay,
        ("age", _) => EstimateText::NameAge,
        ("years_service", _) => EstimateText::NameYearsService,
        ("lost_output_pct", _) => EstimateText::NameLostOutput,
        ("shutdown_weeks", _) => EstimateText::NameShutdownWeeks,
        ("cash_reserves", _) => EstimateText::NameCashReserves,
        ("weekly_revenue", _) => EstimateText::NameWeeklyRevenue,
        ("cash_buffer_days", _) => EstimateText::NameCashBuffer,
        ("labour_cost_share", _) => EstimateText::NameLabourShare,
        ("operating_margin", _) => EstimateText::NameMargin,
        ("variable_cost_share", _) => EstimateText::NameVariableShare,
        ("gov_rate_pct", _) => EstimateText::NameGovRate,
        ("employee_floor_pct", _) => EstimateText::NameFloor,
        ("top_up_to_pct", _) => EstimateText::NameTopUp,
        ("monthly_cap", _) => EstimateText::NameCap,
        ("max_weeks", _) => EstimateText::NameMaxWeeks,
        _ => return None,
    })
}
