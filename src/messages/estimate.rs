//! The firm estimate view.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EstimateText {
    NicCategoryInvalid,
    GovRateMissing,
    FloorMissing,
    TopUpMissing,
    CapMissing,
    CashBufferMissing,
    LabourShareRange,
    MarginRange,
    VariableShareRange,
    LabourPlusMarginTooHigh,
}

pub(super) fn english(id: EstimateText) -> &'static str {
    use EstimateText::*;
    match id {
        NicCategoryInvalid => "Choose the group's National Insurance category: A, M, H, Z or X",
        GovRateMissing => "Enter the share of pay the government pays, as a percentage, like 80",
        FloorMissing => "Enter the share of pay furloughed staff receive, as a percentage, like 80",
        TopUpMissing => "Enter the share of full pay the firm tops furloughed staff up to, like 100, or 0 for no top-up",
        CapMissing => "Enter the monthly cap in pounds, like 2,500",
        CashBufferMissing => "Enter how many days of normal spending the firm's cash covers, like 27",
        LabourShareRange => "Labour cost must be more than 0% and at most 100% of revenue, like 25",
        MarginRange => "The operating margin must be between -50% and 50% of revenue, like 3",
        VariableShareRange => "The share of other costs that falls with output must be between 0% and 100%, like 75",
        LabourPlusMarginTooHigh => "Labour cost plus the operating margin cannot be more than 100% of revenue: \
            pay is part of the firm's costs, and costs plus profit make up revenue",
    }
}
