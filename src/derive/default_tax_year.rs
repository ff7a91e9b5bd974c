/// The tax year a calculation uses when none is chosen: the one containing today, if we hold
/// its thresholds; otherwise (`None`) the engine takes the newest it holds.
pub fn default_tax_year(today: chrono::NaiveDate) -> Option<furlough_engine::payroll::TaxYear> {
    use furlough_engine::payroll::{supported_tax_years, TaxYear};
    TaxYear::containing(today).filter(|year| supported_tax_years().any(|held| held == *year))
}
